// Group sync through the real services, against the Outbox fake: push, pull, link, cancel, and the CLI.
#include "app/services/accountservice.h"
#include "app/services/groupsync.h"
#include "app/services/job.h"
#include "app/services/secretstore.h"
#include "fakes/deploymentsfake.h"
#include "fakes/outboxfake.h"
#include "models/accountstore.h"
#include "models/groupstore.h"
#include "support/testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTest>

using namespace cm;

namespace {
const QByteArray key = "sync-key-0a1b2c3d";

struct Finished
{
    bool done = false;
    bool ok = false;
    QString message;
};

Finished waitForJob(Job *job, int timeoutMs = 20000)
{
    auto result = std::make_shared<Finished>();
    QObject::connect(job, &Job::finished, [result](bool ok, const QString &message) { *result = {true, ok, message}; });
    (void)QTest::qWaitFor([result] { return result->done; }, timeoutMs);
    return *result;
}
} // namespace

class TestGroupSync : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::TempWorkspace> m_ws;
    std::unique_ptr<test::OutboxFake> m_fake;
    std::unique_ptr<MemorySecretStore> m_secrets;
    std::unique_ptr<JobTracker> m_jobs;
    std::unique_ptr<AccountService> m_accounts;
    std::unique_ptr<GroupSyncService> m_sync;
    qint64 m_accountId = 0;

    qint64 makeGroup(const QString &name, int size, int withoutEmail = 0)
    {
        Group g;
        g.name = name;
        m_ws->workspace().groups()->create(g);
        QList<Contact> contacts;
        for (int i = 0; i < size; ++i)
            contacts.append(Contact {0,
                                     0,
                                     i < withoutEmail ? QString() : QStringLiteral("c%1@example.com").arg(i),
                                     QStringLiteral("+90532%1").arg(2000000 + i),
                                     QStringLiteral("Elif"),
                                     QStringLiteral("Kaya"),
                                     QStringLiteral("Bursa"),
                                     QStringLiteral("TR"),
                                     {},
                                     {}});
        m_ws->workspace().groups()->addContacts(g.id, contacts);
        return g.id;
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_ws = std::make_unique<test::TempWorkspace>();
        m_fake = std::make_unique<test::OutboxFake>(key);
        QVERIFY(m_fake->start());
        m_secrets = std::make_unique<MemorySecretStore>();
        m_jobs = std::make_unique<JobTracker>();
        m_accounts = std::make_unique<AccountService>(&m_ws->workspace(), m_secrets.get(), m_jobs.get(), false);
        m_sync = std::make_unique<GroupSyncService>(&m_ws->workspace(), m_accounts.get(), m_jobs.get());
        bool added = false;
        Account account {0, QStringLiteral("Outbox TR"), QStringLiteral("outbox"), m_fake->baseUrl(), {}, {}, {}};
        m_accounts->add(account, QString::fromUtf8(key), this, [&added](bool ok, const QString &message) {
            QVERIFY2(ok, qPrintable(message));
            added = true;
        });
        QTRY_VERIFY(added);
        m_accountId = m_ws->workspace().accounts()->byName(QStringLiteral("Outbox TR"))->id;
    }

    void push_createsTheRemoteGroupLinksItAndSendsEveryContactWithAnEmail()
    {
        const qint64 groupId = makeGroup(QStringLiteral("Bursa VIP"), 1250, 10);
        QList<qint64> progress;
        Job *job = m_sync->push(groupId, m_accountId);
        connect(job, &Job::progressChanged, this, [&progress](qint64 done, qint64) { progress.append(done); });
        const Finished f = waitForJob(job);
        QVERIFY2(f.ok, qPrintable(f.message));
        QVERIFY(f.message.contains(QStringLiteral("1240 of 1250")));
        QCOMPARE(progress, (QList<qint64> {1000, 1250})); // windows read from the workspace
        QCOMPARE(m_fake->groups.size(), 1);
        const auto remote = m_fake->groups.first();
        QCOMPARE(remote.name, QStringLiteral("Bursa VIP"));
        QCOMPARE(remote.contacts.size(), 1240);
        const Group linked = *m_ws->workspace().groups()->byId(groupId);
        QCOMPARE(linked.remoteId, QString::number(remote.id));
        QCOMPARE(linked.accountId, m_accountId);
        QVERIFY(linked.syncedAt.isValid());

        // Again: the same remote group, no new one, no duplicates.
        QVERIFY(waitForJob(m_sync->push(groupId, m_accountId)).ok);
        QCOMPARE(m_fake->groups.size(), 1);
        QCOMPARE(m_fake->groups.first().contacts.size(), 1240);
    }

    void push_usesTheRemoteGroupOfTheSameName()
    {
        m_fake->groups.insert(77, {77, QStringLiteral("Newsletter"), {}});
        const qint64 groupId = makeGroup(QStringLiteral("newsletter"), 5);
        QVERIFY(waitForJob(m_sync->push(groupId, m_accountId)).ok);
        QCOMPARE(m_fake->groups.size(), 1);
        QCOMPARE(m_fake->groups.value(77).contacts.size(), 5);
        QCOMPARE(m_ws->workspace().groups()->byId(groupId)->remoteId, QStringLiteral("77"));
    }

    void pull_addsWhatIsNewAndKeepsWhatIsHere()
    {
        const qint64 groupId = makeGroup(QStringLiteral("Pulled"), 3);
        QVERIFY(waitForJob(m_sync->push(groupId, m_accountId)).ok);
        // Someone adds a contact in the Outbox panel.
        test::OutboxFake::Group &remote = m_fake->groups.first();
        remote.contacts.insert(QStringLiteral("new@example.com"),
                               QJsonObject {{QStringLiteral("EMail"), QStringLiteral("new@example.com")},
                                            {QStringLiteral("GSMTel1"), QStringLiteral("5449998877")},
                                            {QStringLiteral("FirstName"), QStringLiteral("Deniz")},
                                            {QStringLiteral("ContactNo"), 5555}});
        const Finished f = waitForJob(m_sync->pull(groupId, m_accountId));
        QVERIFY2(f.ok, qPrintable(f.message));
        QVERIFY2(f.message.contains(QStringLiteral("1 new, 3 already here")), qPrintable(f.message));
        const QList<Contact> contacts = m_ws->workspace().groups()->allContacts(groupId);
        QCOMPARE(contacts.size(), 4);
        QCOMPARE(contacts.last().phone, QStringLiteral("+905449998877"));
        QCOMPARE(contacts.last().remoteId, QStringLiteral("5555"));
    }

    void pull_ofAGroupTheProviderDoesNotHave_saysWhatToDo()
    {
        const qint64 groupId = makeGroup(QStringLiteral("Nowhere"), 1);
        const Finished f = waitForJob(m_sync->pull(groupId, m_accountId));
        QVERIFY(!f.ok);
        QVERIFY(f.message.contains(QStringLiteral("Push the group there first")));
        QVERIFY(m_fake->groups.isEmpty()); // pulling never creates
    }

    void remoteGroupsAndCreateLinked()
    {
        bool created = false;
        m_sync->createLinked(QStringLiteral("Antalya"), m_accountId, this, [&created](bool ok, const QString &m) {
            QVERIFY2(ok, qPrintable(m));
            created = true;
        });
        QTRY_VERIFY(created);
        const auto local = m_ws->workspace().groups()->byName(QStringLiteral("Antalya"));
        QVERIFY(local && !local->remoteId.isEmpty());
        QList<RemoteGroup> seen;
        bool listed = false;
        m_sync->remoteGroups(m_accountId, this, [&](bool ok, const QString &, const QList<RemoteGroup> &groups) {
            listed = ok;
            seen = groups;
        });
        QTRY_VERIFY(listed);
        QCOMPARE(seen.size(), 1);
        QCOMPARE(seen.first().id, local->remoteId);
    }

    void push_canBeCancelled()
    {
        const qint64 groupId = makeGroup(QStringLiteral("Slow"), 3000);
        Job *job = m_sync->push(groupId, m_accountId);
        connect(job, &Job::progressChanged, job, &Job::cancel); // after the first window
        const Finished f = waitForJob(job);
        QVERIFY(!f.ok);
        QVERIFY(f.message.contains(QStringLiteral("Cancelled")));
        QVERIFY(m_fake->groups.first().contacts.size() < 3000);
    }

    void push_withAWrongKey_failsNamingTheAccount()
    {
        bool added = false;
        Account wrong {0, QStringLiteral("Outbox wrong"), QStringLiteral("outbox"), m_fake->baseUrl(), {}, {}, {}};
        m_accounts->add(wrong, QStringLiteral("not-the-key"), this, [&added](bool, const QString &) { added = true; });
        QTRY_VERIFY(added);
        const qint64 id = m_ws->workspace().accounts()->byName(QStringLiteral("Outbox wrong"))->id;
        const Finished f = waitForJob(m_sync->push(makeGroup(QStringLiteral("G"), 2), id));
        QVERIFY(!f.ok);
        QVERIFY(f.message.contains(QStringLiteral("Outbox wrong")));
        QVERIFY(f.message.contains(QStringLiteral("credentials")));
    }

    void cli_worksForDeploymentsToo()
    {
        test::DeploymentsFake fake("dep-token-42");
        QVERIFY(fake.start());
        const QString db = m_ws->dir() + QStringLiteral("/cli-dep.sqlite");
        auto ctl = [&](const QStringList &args) {
            QProcess process;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(QStringLiteral("CM_SECRET_SA_SMS"), QStringLiteral("dep-token-42"));
            process.setProcessEnvironment(env);
            process.start(QStringLiteral(CAMPAIGNCTL), QStringList {QStringLiteral("--db"), db} + args);
            (void)QTest::qWaitFor([&process] { return process.state() == QProcess::NotRunning; }, 30000);
            return std::make_tuple(process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
                                   QString::fromUtf8(process.readAllStandardError()));
        };
        auto [code, out, err]
                = ctl({QStringLiteral("accounts"), QStringLiteral("add"), QStringLiteral("SA SMS"),
                       QStringLiteral("--provider"), QStringLiteral("deployments"), QStringLiteral("--base-url"),
                       fake.baseUrl(), QStringLiteral("--setting"), QStringLiteral("page_size=2")});
        QVERIFY2(code == 0, qPrintable(err));
        std::tie(code, out, err)
                = ctl({QStringLiteral("accounts"), QStringLiteral("verify"), QStringLiteral("SA SMS")});
        QVERIFY2(code == 0, qPrintable(err));
        std::tie(code, out, err) = ctl({QStringLiteral("groups"), QStringLiteral("create"), QStringLiteral("Durban"),
                                        QStringLiteral("--account"), QStringLiteral("SA SMS")});
        QVERIFY2(code == 0, qPrintable(err));
        QCOMPARE(fake.lists.size(), 1);
        std::tie(code, out, err)
                = ctl({QStringLiteral("groups"), QStringLiteral("sync"), QStringLiteral("Durban"),
                       QStringLiteral("--account"), QStringLiteral("SA SMS"), QStringLiteral("--push")});
        QVERIFY2(code == 0, qPrintable(err)); // an empty group: nothing to send, still linked
        std::tie(code, out, err)
                = ctl({QStringLiteral("--json"), QStringLiteral("groups"), QStringLiteral("list"),
                       QStringLiteral("--account"), QStringLiteral("SA SMS"), QStringLiteral("--remote")});
        QVERIFY2(code == 0, qPrintable(err));
        QCOMPARE(QJsonDocument::fromJson(out.toUtf8()).object().value(QStringLiteral("groups")).toArray().size(), 1);
        std::tie(code, out, err) = ctl({QStringLiteral("accounts"), QStringLiteral("verify"), QStringLiteral("Nope")});
        QCOMPARE(code, 1);
    }

    void cli_syncsAndListsRemoteGroups()
    {
        // campaignctl in its own process, the key from the environment, the fake answering here.
        const QString db = m_ws->dir() + QStringLiteral("/cli.sqlite");
        auto ctl = [&](const QStringList &args) {
            QProcess process;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(QStringLiteral("CM_SECRET_OUTBOX_CLI"), QString::fromUtf8(key));
            process.setProcessEnvironment(env);
            process.start(QStringLiteral(CAMPAIGNCTL), QStringList {QStringLiteral("--db"), db} + args);
            (void)QTest::qWaitFor([&process] { return process.state() == QProcess::NotRunning; }, 30000);
            return std::make_tuple(process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
                                   QString::fromUtf8(process.readAllStandardError()));
        };
        auto [code, out, err] = ctl({QStringLiteral("accounts"), QStringLiteral("add"), QStringLiteral("Outbox CLI"),
                                     QStringLiteral("--provider"), QStringLiteral("outbox"),
                                     QStringLiteral("--base-url"), m_fake->baseUrl()});
        QVERIFY2(code == 0, qPrintable(err));
        std::tie(code, out, err)
                = ctl({QStringLiteral("accounts"), QStringLiteral("verify"), QStringLiteral("Outbox CLI")});
        QVERIFY2(code == 0, qPrintable(err));
        std::tie(code, out, err) = ctl({QStringLiteral("groups"), QStringLiteral("create"), QStringLiteral("İzmir"),
                                        QStringLiteral("--account"), QStringLiteral("Outbox CLI")});
        QVERIFY2(code == 0, qPrintable(err));
        QCOMPARE(m_fake->groups.size(), 1);
        std::tie(code, out, err)
                = ctl({QStringLiteral("--json"), QStringLiteral("groups"), QStringLiteral("list"),
                       QStringLiteral("--account"), QStringLiteral("Outbox CLI"), QStringLiteral("--remote")});
        QVERIFY2(code == 0, qPrintable(err));
        QCOMPARE(QJsonDocument::fromJson(out.toUtf8()).object().value(QStringLiteral("groups")).toArray().size(), 1);
        std::tie(code, out, err)
                = ctl({QStringLiteral("groups"), QStringLiteral("sync"), QStringLiteral("İzmir"),
                       QStringLiteral("--account"), QStringLiteral("Outbox CLI"), QStringLiteral("--pull")});
        QVERIFY2(code == 0, qPrintable(err));
        QVERIFY(out.contains(QStringLiteral("0 new")));
    }
};

QTEST_GUILESS_MAIN(TestGroupSync)
#include "tst_groupsync.moc"
