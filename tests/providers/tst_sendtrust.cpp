// The reliability suite of the send path: one sender per campaign across processes (the send lease), run-due
// resuming a send whose process died, and campaignctl killed at random points, at least twenty times, against the
// Outbox fake. The shared assertion: nobody gets a message twice, everyone is accepted or listed unknown, nothing is
// left pending or submitting, and the database is whole.
#include "app/services/accountservice.h"
#include "app/services/dispatcher.h"
#include "app/services/job.h"
#include "app/services/secretstore.h"
#include "fakes/freshmailfake.h"
#include "fakes/outboxfake.h"
#include "models/campaignstore.h"
#include "models/dispatchstore.h"
#include "models/groupstore.h"
#include "models/importstore.h"
#include "models/templatestore.h"
#include "support/testsupport.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTest>
#include <QThread>
#include <QTimer>

#include <atomic>
#include <thread>

using namespace cm;

namespace {

const QByteArray key = "trust-key-31";
const QString campaignName = QStringLiteral("Güven");

// A group of `size` contacts with a phone each, an SMS template, an Outbox account on `baseUrl` and a campaign for
// them, made through campaignctl as a user would (the account and campaign) and the stores (the contacts).
bool prepare(test::TempWorkspace &ws, test::Campaignctl &ctl, const QString &baseUrl, int size,
             const QStringList &campaignOptions = {})
{
    Group g;
    g.name = QStringLiteral("Herkes");
    ws->groups()->create(g);
    QList<Contact> contacts;
    for (int i = 0; i < size; ++i) {
        Contact c;
        c.phone = QStringLiteral("+90532%1").arg(4000000 + i);
        c.firstName = i % 2 ? QStringLiteral("Ayşe") : QStringLiteral("Łukasz");
        contacts.append(c);
    }
    ws->groups()->addContacts(g.id, contacts);
    Template t;
    t.name = QStringLiteral("Duyuru");
    t.channel = Channel::Sms;
    t.body = QStringLiteral("Merhaba {{first_name}}, yeni sezon başladı.");
    ws->templates()->add(t);
    ctl.env.insert(QStringLiteral("CM_SECRET_OUTBOX_TR"), QString::fromUtf8(key));
    return ctl({QStringLiteral("accounts"), QStringLiteral("add"), QStringLiteral("Outbox TR"),
                QStringLiteral("--provider"), QStringLiteral("outbox"), QStringLiteral("--base-url"), baseUrl})
            == 0
            && ctl(QStringList {QStringLiteral("campaigns"), QStringLiteral("create"), campaignName,
                                QStringLiteral("--account"), QStringLiteral("Outbox TR"), QStringLiteral("--group"),
                                QStringLiteral("Herkes"), QStringLiteral("--template"), QStringLiteral("Duyuru")}
                   + campaignOptions)
            == 0;
}

QStringList send()
{
    return {QStringLiteral("campaigns"), QStringLiteral("send"), campaignName};
}

bool nobodyTwice(const test::OutboxFake &fake)
{
    QSet<QString> received;
    for (const auto &m : std::as_const(fake.messages)) {
        if (received.contains(m.recipient)) {
            qWarning() << m.recipient << "received twice";
            return false;
        }
        received.insert(m.recipient);
    }
    return true;
}

// The shared assertion. Returns how many recipients are unknown.
qsizetype checkNobodyTwice(test::TempWorkspace &ws, const test::OutboxFake &fake, int size)
{
    QHash<QString, int> received;
    for (const auto &m : std::as_const(fake.messages))
        ++received[m.recipient];
    for (auto it = received.cbegin(); it != received.cend(); ++it) {
        if (it.value() != 1) {
            qWarning() << it.key() << "received" << it.value() << "times";
            return -1;
        }
    }
    const qint64 id = ws->campaigns()->byName(campaignName)->id;
    QSqlQuery q(ws->database()->connection());
    q.prepare(QStringLiteral("SELECT address, state FROM campaign_recipients WHERE campaign_id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return -1;
    QHash<QString, QString> states;
    while (q.next())
        states.insert(q.value(0).toString(), q.value(1).toString());
    q.finish();
    qsizetype unknown = 0;
    for (int i = 0; i < size; ++i) {
        const QString phone = QStringLiteral("+90532%1").arg(4000000 + i);
        const QString state = states.value(phone);
        // Accepted means the provider has it; unknown means it may. Nobody is left pending, submitting or failed.
        if ((state == QLatin1String("accepted") && received.value(phone) == 1) || state == QLatin1String("unknown")) {
            unknown += state == QLatin1String("unknown");
            continue;
        }
        qWarning() << phone << "is" << state << "and was received" << received.value(phone) << "times";
        return -1;
    }
    QSqlQuery check(ws->database()->connection());
    if (!check.exec(QStringLiteral("PRAGMA integrity_check")) || !check.next()
        || check.value(0).toString() != QLatin1String("ok"))
        return -1;
    return unknown;
}

} // namespace

class TestSendTrust : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    // The lease in the store: a second send is told who sends; a lease that expired is taken over, and then the
    // first send can neither start a batch nor record the answer to one the second marked unknown.
    void lease_oneSenderAtATime_andALostLeaseRecordsNothing()
    {
        test::TempWorkspace ws;
        Campaign c;
        c.name = campaignName;
        QVERIFY(ws->campaigns()->create(c));
        DispatchStore store(ws->database());
        QList<Recipient> recipients;
        for (int i = 0; i < 4; ++i) {
            Recipient r;
            r.address = QStringLiteral("+9053240000%1").arg(i);
            r.clientKey = QStringLiteral("k-%1").arg(i);
            r.content = QStringLiteral("x");
            recipients.append(r);
        }
        QVERIFY(store.snapshot(c.id, recipients, 2));

        SendLease first = SendLease::forThisProcess(c.id);
        QVERIFY(store.claimLease(first, nullptr));
        SendLease second = SendLease::forThisProcess(c.id);
        SendLease holder;
        QVERIFY(!store.claimLease(second, &holder));
        QCOMPARE(holder.owner, first.owner);
        QVERIFY2(store.lastError().message.contains(first.host), qPrintable(store.lastError().message));
        QVERIFY(store.interruptedSends().isEmpty()); // its holder is alive and renews it

        const qint64 batch = store.nextPending(c.id)->id;
        QVERIFY(store.beginBatch(first, batch));
        QVERIFY(!store.beginBatch(second, store.nextPending(c.id)->id)); // no lease, no batch

        // The first send stalls past its lease (a suspended laptop); the second takes over.
        ws.clock().advance(DispatchStore::LeaseSeconds + 1);
        QCOMPARE(store.interruptedSends(), QList<qint64> {c.id});
        QVERIFY2(store.claimLease(second, nullptr), qPrintable(store.lastError().message));
        QVERIFY(!store.renewLease(first));
        QCOMPARE(store.markInterrupted(second), 1);
        QVERIFY(!store.finishBatch(first, batch, {{QStringLiteral("k-0"), QStringLiteral("p0"), true, {}}}));
        QCOMPARE(store.leaseOf(c.id)->owner, second.owner);
        QVERIFY(!store.beginBatch(first, store.nextPending(c.id)->id));
        const auto counts = ws->campaigns()->recipientCounts(c.id);
        QCOMPARE(counts.value(RecipientState::Unknown), 2);
        QCOMPARE(counts.value(RecipientState::Pending), 2);
        QVERIFY(store.releaseLease(second));
        QVERIFY(!store.leaseOf(c.id));
    }

    // Two run-due (cron on two machines, say) and a campaigns send start together on a due campaign, against a slow
    // provider: one sends, the others say who does and send nothing.
    void twoProcessesAndRunDue_sendEveryRecipientExactlyOnce()
    {
        test::TempWorkspace ws;
        test::OutboxFake fake(key);
        QVERIFY(fake.start());
        test::Campaignctl ctl(QStringLiteral(CAMPAIGNCTL), ws.path());
        const QDateTime at = QDateTime::currentDateTimeUtc().addSecs(3600);
        const int size = 500;
        QVERIFY(prepare(ws, ctl, fake.baseUrl(), size,
                        {QStringLiteral("--at"), at.toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                         QStringLiteral("--tz"), QStringLiteral("UTC"), QStringLiteral("--in-app")}));
        // The first answer waits long enough for all three to have tried (a loaded machine starts them slowly); the
        // rest come at a slow provider's pace.
        test::FakeReply slowFirst = test::FakeReply::lostAfterRoute(false);
        slowFirst.delayMs = 8000;
        fake.scriptOn(QStringLiteral("/send/message"), slowFirst);
        fake.setAnswerDelay(300);

        QProcessEnvironment env = ctl.env;
        env.insert(QStringLiteral("CM_NOW"), at.addSecs(60).toString(Qt::ISODate));
        QList<QProcess *> processes;
        const QList<QStringList> commands {{QStringLiteral("run-due")}, {QStringLiteral("run-due")}, send()};
        for (const QStringList &args : commands) {
            auto *p = new QProcess(this);
            p->setProcessEnvironment(env);
            p->start(QStringLiteral(CAMPAIGNCTL), QStringList {QStringLiteral("--db"), ws.path()} + args);
            processes.append(p);
        }
        QVERIFY(QTest::qWaitFor(
                [&] {
                    return std::all_of(processes.cbegin(), processes.cend(),
                                       [](QProcess *p) { return p->state() == QProcess::NotRunning; });
                },
                60000));
        int sentBy = 0;
        int nothingDue = 0;
        for (QProcess *p : std::as_const(processes)) {
            const QString out = QString::fromUtf8(p->readAllStandardOutput() + p->readAllStandardError());
            sentBy += out.contains(QStringLiteral("is being sent by"));
            // A run-due that starts once the winner has the campaign sending finds nothing due: also right.
            nothingDue += p->arguments().contains(QStringLiteral("run-due"))
                    && out.contains(QStringLiteral("Nothing is due"));
            qInfo().noquote() << p->arguments().mid(2).join(QLatin1Char(' ')) << "→" << p->exitCode() << out.trimmed();
        }
        QCOMPARE(fake.messages.size(), size);
        QCOMPARE(checkNobodyTwice(ws, fake, size), 0);
        // The two that lost said who sends (or, a run-due that came later, that nothing is due); a run-due that lost is
        // not a failure, a campaigns send that sent nothing is.
        QCOMPARE(sentBy + nothingDue, 2);
        QCOMPARE(processes.at(0)->exitCode() + processes.at(1)->exitCode(), 0);
        QCOMPARE(ws->campaigns()->byName(campaignName)->state, CampaignState::Sent);
    }

    // campaignctl killed with a batch at the provider: the lease it leaves belongs to a process that is gone, so
    // run-due (cron) resumes the send by itself, and the batch in flight is unknown, not sent again.
    void runDue_resumesASendWhoseProcessWasKilled()
    {
        test::TempWorkspace ws;
        test::OutboxFake fake(key);
        QVERIFY(fake.start());
        test::Campaignctl ctl(QStringLiteral(CAMPAIGNCTL), ws.path());
        const int size = 500;
        QVERIFY(prepare(ws, ctl, fake.baseUrl(), size));
        QProcess process;
        process.setProcessEnvironment(ctl.env);
        int requests = 0;
        const auto connection = connect(&fake, &test::FakeServer::requestReceived, this, [&](const QString &path) {
            if (path == QLatin1String("/send/message") && ++requests == 2) {
                process.kill();
                process.waitForFinished(5000);
            }
        });
        process.start(QStringLiteral(CAMPAIGNCTL), QStringList {QStringLiteral("--db"), ws.path()} + send());
        QVERIFY(QTest::qWaitFor([&] { return process.state() == QProcess::NotRunning; }, 30000));
        QCOMPARE(process.exitStatus(), QProcess::CrashExit);
        disconnect(connection);
        QVERIFY(DispatchStore(ws->database()).leaseOf(ws->campaigns()->byName(campaignName)->id));

        QCOMPARE(ctl({QStringLiteral("run-due")}), 0);
        QVERIFY2(ctl.out.contains(QStringLiteral("accepted")), qPrintable(ctl.out));
        QCOMPARE(checkNobodyTwice(ws, fake, size), 100); // the batch that was in flight
        QVERIFY(!DispatchStore(ws->database()).leaseOf(ws->campaigns()->byName(campaignName)->id));
        QCOMPARE(ctl({QStringLiteral("run-due")}), 0);
        QVERIFY2(ctl.out.contains(QStringLiteral("Nothing is due")), qPrintable(ctl.out));
    }

    // Another process holds the write lock (a large import) when the provider's answer comes back: the answer waits
    // for the database and is written then, never dropped; nobody ends unknown.
    void answerDuringABusyDatabase_isWrittenOnceItIsFree()
    {
        test::TempWorkspace ws;
        test::OutboxFake fake(key);
        QVERIFY(fake.start());
        test::Campaignctl ctl(QStringLiteral(CAMPAIGNCTL), ws.path());
        const int size = 200;
        QVERIFY(prepare(ws, ctl, fake.baseUrl(), size));
        MemorySecretStore secrets;
        JobTracker jobs;
        AccountService accounts(&ws.workspace(), &secrets, &jobs, true); // the secret from CM_SECRET_OUTBOX_TR
        qputenv("CM_SECRET_OUTBOX_TR", key);
        Dispatcher dispatcher(&ws.workspace(), &accounts, &jobs);
        // The first answer comes a second late, by when the lock below is surely taken.
        test::FakeReply late = test::FakeReply::lostAfterRoute(false);
        late.delayMs = 1000;
        fake.scriptOn(QStringLiteral("/send/message"), late);
        std::thread holder;
        auto join = qScopeGuard([&holder] {
            if (holder.joinable())
                holder.join();
        });
        std::atomic<bool> locked {false};
        connect(&fake, &test::FakeServer::requestReceived, this, [&](const QString &path) {
            if (path != QLatin1String("/send/message") || holder.joinable())
                return;
            holder = std::thread([&, path = ws.path()] {
                Database other(path);
                if (other.open())
                    return;
                {
                    QSqlQuery q(other.connection());
                    locked = q.exec(QStringLiteral("BEGIN IMMEDIATE"));
                    QThread::msleep(7000); // longer than a write's own 5 s wait
                    q.exec(QStringLiteral("COMMIT"));
                }
                other.releaseThreadConnection();
            });
        });
        QElapsedTimer sending;
        sending.start();
        QSignalSpy finished(dispatcher.send(ws->campaigns()->byName(campaignName)->id), &Job::finished);
        QVERIFY(finished.wait(60000));
        QVERIFY2(sending.elapsed() > 6000, "the answer did not wait for the database"); // 7 s held, from ~0 s
        holder.join();
        qunsetenv("CM_SECRET_OUTBOX_TR");
        QVERIFY(locked);
        QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(1).toString()));
        QCOMPARE(checkNobodyTwice(ws, fake, size), 0);
    }

    // An import commits in chunks: another process writes between them instead of waiting for the whole file;
    // killed halfway, the chunks it committed are taken back when the workspace next opens, so the group never
    // keeps half a file.
    void importInChunks_leavesTheLockFree_andAKilledOneIsReverted()
    {
        test::TempWorkspace ws;
        Group g;
        g.name = QStringLiteral("Büyük liste");
        QVERIFY(ws->groups()->create(g));
        const QString csv = ws.dir() + QStringLiteral("/big.csv");
        {
            QFile file(csv);
            QVERIFY(file.open(QIODevice::WriteOnly));
            QByteArray data = "email,first_name\n";
            for (int i = 0; i < 6 * int(ImportStore::ChunkRows); ++i)
                data += "kisi" + QByteArray::number(i) + "@example.com,Kişi\n";
            file.write(data);
        }
        QProcess import;
        import.start(QStringLiteral(CAMPAIGNCTL),
                     {QStringLiteral("--db"), ws.path(), QStringLiteral("contacts"), QStringLiteral("import"), csv,
                      QStringLiteral("--group"), g.name});
        // Once the first chunk is in, a write from here goes through while the import goes on.
        QVERIFY(QTest::qWaitFor([&] { return ws->groups()->contactCount(g.id) > 0; }, 60000));
        QVERIFY(import.state() == QProcess::Running);
        QElapsedTimer waited;
        waited.start();
        Template t;
        t.name = QStringLiteral("Araya giren");
        t.channel = Channel::Sms;
        t.body = QStringLiteral("x");
        QVERIFY2(ws->templates()->add(t), qPrintable(ws->templates()->lastError().message));
        qInfo() << "a write during the import waited" << waited.elapsed() << "ms";
        QVERIFY(import.state() == QProcess::Running); // it did not wait for the whole import
        import.kill();
        QVERIFY(import.waitForFinished(10000));
        QVERIFY(ws->groups()->contactCount(g.id) > 0); // the chunks it committed, until the next open

        test::Campaignctl ctl(QStringLiteral(CAMPAIGNCTL), ws.path());
        QCOMPARE(ctl({QStringLiteral("groups"), QStringLiteral("list")}), 0);
        QCOMPARE(ws->groups()->contactCount(g.id), 0);
        QSqlQuery q(ws->database()->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT state FROM import_batches")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("failed"));
        // The search index lost the reverted rows with them (each chunk was indexed as it committed).
        QVERIFY2(q.exec(QStringLiteral("INSERT INTO contacts_search (contacts_search, rank) VALUES "
                                       "('integrity-check', 1)")),
                 qPrintable(q.lastError().text()));
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM contacts_search WHERE contacts_search MATCH 'kisi0'"))
                && q.next());
        QCOMPARE(q.value(0).toInt(), 0);
        q.finish();
        QVERIFY(ws->templates()->byName(QStringLiteral("Araya giren")));
    }

    // FreshMail returns no id and its SMS call is not idempotent, so a message whose answer was lost is unknown; asked
    // afterwards by the messageId it went with (its sms/reports), FreshMail has it: accepted. The message after it
    // was held back (failed), and a retry sends that one alone.
    void reconcile_findsAtFreshMailWhatALostAnswerLeftUnknown()
    {
        const QByteArray fmKey = "0123456789abcdef0123456789abcdef";
        const QByteArray fmSecret = "fedcba9876543210fedcba9876543210fedcba98";
        test::TempWorkspace ws;
        test::FreshMailFake fake(fmKey, fmSecret);
        QVERIFY(fake.start());
        fake.now = QDateTime::currentDateTimeUtc();
        Group g;
        g.name = QStringLiteral("Klienci");
        ws->groups()->create(g);
        QList<Contact> contacts;
        for (int i = 0; i < 3; ++i) {
            Contact c;
            c.phone = QStringLiteral("+4855566670%1").arg(i);
            contacts.append(c);
        }
        ws->groups()->addContacts(g.id, contacts);
        Template t;
        t.name = QStringLiteral("Promocja");
        t.channel = Channel::Sms;
        t.body = QStringLiteral("Promocja dzisiaj");
        ws->templates()->add(t);
        test::Campaignctl ctl(QStringLiteral(CAMPAIGNCTL), ws.path());
        ctl.env.insert(QStringLiteral("CM_SECRET_FRESHMAIL_PL"), QString::fromLatin1(fmSecret));
        QVERIFY2(ctl({QStringLiteral("accounts"), QStringLiteral("add"), QStringLiteral("FreshMail PL"),
                      QStringLiteral("--provider"), QStringLiteral("freshmail"), QStringLiteral("--base-url"),
                      fake.baseUrl(), QStringLiteral("--user"), QString::fromLatin1(fmKey)})
                         == 0,
                 qPrintable(ctl.out));
        QVERIFY2(ctl({QStringLiteral("campaigns"), QStringLiteral("create"), QStringLiteral("Lato"),
                      QStringLiteral("--account"), QStringLiteral("FreshMail PL"), QStringLiteral("--group"),
                      QStringLiteral("Klienci"), QStringLiteral("--template"), QStringLiteral("Promocja")})
                         == 0,
                 qPrintable(ctl.out));
        // The second SMS goes out, and its answer is cut off on the way back.
        fake.scriptOn(QStringLiteral("/rest/sms"), test::FakeReply::lostAfterRoute(false, 0), 1);
        ctl({QStringLiteral("campaigns"), QStringLiteral("send"), QStringLiteral("Lato")});
        const qint64 id = ws->campaigns()->byName(QStringLiteral("Lato"))->id;
        auto counts = ws->campaigns()->recipientCounts(id);
        QCOMPARE(fake.sms.size(), 2);
        QCOMPARE(counts.value(RecipientState::Accepted), 1);
        QCOMPARE(counts.value(RecipientState::Unknown), 1);
        QCOMPARE(counts.value(RecipientState::Failed), 1); // held back, never sent

        QVERIFY2(ctl({QStringLiteral("campaigns"), QStringLiteral("reconcile"), QStringLiteral("Lato")}) == 0,
                 qPrintable(ctl.out));
        QVERIFY2(ctl.out.contains(QStringLiteral("has 1 of the 1")), qPrintable(ctl.out));
        counts = ws->campaigns()->recipientCounts(id);
        QCOMPARE(counts.value(RecipientState::Accepted), 2);
        QCOMPARE(counts.value(RecipientState::Unknown), 0);
        QVERIFY2(ctl({QStringLiteral("campaigns"), QStringLiteral("retry"), QStringLiteral("Lato")}) == 0,
                 qPrintable(ctl.out));
        QCOMPARE(fake.sms.size(), 3);
        QSet<QString> numbers;
        for (const auto &sms : std::as_const(fake.sms))
            numbers.insert(sms.gsm);
        QCOMPARE(numbers.size(), 3); // each once
        QCOMPARE(ws->campaigns()->recipientCounts(id).value(RecipientState::Accepted), 3);
        // A provider that cannot be asked says so, and changes nothing.
        test::OutboxFake outbox(key);
        QVERIFY(outbox.start());
        QVERIFY(prepare(ws, ctl, outbox.baseUrl(), 1));
        QCOMPARE(ctl({QStringLiteral("campaigns"), QStringLiteral("reconcile"), campaignName}), 1);
        QVERIFY2(ctl.out.contains(QStringLiteral("cannot say which messages")), qPrintable(ctl.out));
    }

    // A locked keychain (in a keyring of its own, on a private D-Bus session, so the other tests' keyring stays
    // open): the pre-send check says to unlock it, and the send stops before its first request.
    void lockedKeychain_makesZeroRequests_andSaysToUnlockIt()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("gnome-keyring-daemon")).isEmpty()
            || QStandardPaths::findExecutable(QStringLiteral("dbus-run-session")).isEmpty())
            QSKIP("needs gnome-keyring and dbus-run-session (packaging/debian-deps.sh --tests installs them)");
        test::TempWorkspace ws;
        test::OutboxFake fake(key);
        QVERIFY(fake.start());
        test::Campaignctl ctl(QStringLiteral(CAMPAIGNCTL), ws.path());
        QVERIFY(prepare(ws, ctl, fake.baseUrl(), 10));
        const QString home = ws.dir() + QStringLiteral("/session");
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const char *dir : {"XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_RUNTIME_DIR", "HOME"}) {
            const QString path = home + QLatin1Char('/') + QLatin1String(dir);
            QVERIFY(QDir().mkpath(path));
            QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
            env.insert(QLatin1String(dir), path);
        }
        for (const char *name : {"DISPLAY", "WAYLAND_DISPLAY", "DBUS_SESSION_BUS_ADDRESS", "CM_SECRET_OUTBOX_TR"})
            env.remove(QLatin1String(name));
        env.insert(QStringLiteral("C"), QStringLiteral(CAMPAIGNCTL));
        env.insert(QStringLiteral("DB"), ws.path());
        env.insert(QStringLiteral("KEY"), QString::fromUtf8(key));
        const QString script = QStringLiteral(
                "echo -n pw | gnome-keyring-daemon --unlock --components=secrets >/dev/null\n"
                "printf %s \"$KEY\" | \"$C\" --db \"$DB\" accounts edit \"Outbox TR\" --secret-stdin; echo "
                "\"edit=$?\"\n"
                "dbus-send --session --dest=org.freedesktop.secrets --type=method_call --print-reply "
                "/org/freedesktop/secrets org.freedesktop.Secret.Service.Lock "
                "array:objpath:/org/freedesktop/secrets/collection/login >/dev/null; echo \"lock=$?\"\n"
                "\"$C\" --db \"$DB\" campaigns check \"$1\" 2>&1; echo \"check=$?\"\n"
                "\"$C\" --db \"$DB\" campaigns send \"$1\" 2>&1; echo \"send=$?\"\n");
        QProcess session;
        session.setProcessEnvironment(env);
        session.start(QStringLiteral("dbus-run-session"),
                      {QStringLiteral("--"), QStringLiteral("sh"), QStringLiteral("-c"), script, QStringLiteral("sh"),
                       campaignName});
        QVERIFY(QTest::qWaitFor([&] { return session.state() == QProcess::NotRunning; }, 60000));
        const QString out = QString::fromUtf8(session.readAllStandardOutput());
        QVERIFY2(out.contains(QStringLiteral("edit=0")) && out.contains(QStringLiteral("lock=0")), qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral("check=1")) && out.contains(QStringLiteral("send=1")), qPrintable(out));
        QVERIFY2(out.count(QStringLiteral("keychain is locked")) >= 2, qPrintable(out));
        QVERIFY(fake.requests().isEmpty());
        QCOMPARE(ws->campaigns()
                         ->recipientCounts(ws->campaigns()->byName(campaignName)->id)
                         .value(RecipientState::Accepted),
                 0);
    }

    // Killed at random points (while starting, while snapshotting, with a request in flight, right after an
    // answer), at least twenty times, and sent to the end after each: the shared assertion holds throughout, and a
    // retry sends nobody again.
    void killedAtRandomPoints_twentyTimes_nobodyGetsItTwice()
    {
        test::TempWorkspace ws;
        test::OutboxFake fake(key);
        QVERIFY(fake.start());
        test::Campaignctl ctl(QStringLiteral(CAMPAIGNCTL), ws.path());
        const int size = 8000; // 80 batches
        QVERIFY(prepare(ws, ctl, fake.baseUrl(), size));
        fake.setAnswerDelay(40);
        const quint32 seed = QRandomGenerator::global()->generate();
        qInfo() << "seed" << seed;
        QRandomGenerator random(seed);

        int kills = 0;
        QProcess process;
        process.setProcessEnvironment(ctl.env);
        auto kill = [&process] {
            if (process.state() != QProcess::NotRunning) {
                process.kill();
                process.waitForFinished(5000);
            }
        };
        while (kills < 20) {
            const int mode = int(random.bounded(3));
            const int k = int(random.bounded(1, 3));
            int seen = 0;
            QMetaObject::Connection connection;
            QTimer timer;
            timer.setSingleShot(true);
            connect(&timer, &QTimer::timeout, this, kill);
            if (mode == 0) // with request k in flight
                connection = connect(&fake, &test::FakeServer::requestReceived, this, [&, k](const QString &path) {
                    if (path == QLatin1String("/send/message") && ++seen == k)
                        kill();
                });
            else if (mode == 1) // right after request k's answer went out
                connection = connect(&fake, &test::FakeServer::requestAnswered, this, [&, k](const QString &path) {
                    if (path == QLatin1String("/send/message") && ++seen == k)
                        kill();
                });
            else // anywhere in the first moments: starting, taking the lease, snapshotting, sending
                timer.start(int(random.bounded(150)));
            process.start(QStringLiteral(CAMPAIGNCTL), QStringList {QStringLiteral("--db"), ws.path()} + send());
            QVERIFY(QTest::qWaitFor([&] { return process.state() == QProcess::NotRunning; }, 30000));
            disconnect(connection);
            timer.stop();
            if (process.exitStatus() != QProcess::CrashExit) {
                // Sent to the end before a kill came: the campaign is done.
                QVERIFY2(process.exitCode() == 0, process.readAllStandardError().constData());
                break;
            }
            ++kills;
            QVERIFY(nobodyTwice(fake));
        }
        QCOMPARE(kills, 20);
        fake.setAnswerDelay(0);
        ctl(send());
        const qsizetype unknown = checkNobodyTwice(ws, fake, size);
        QVERIFY(unknown >= 0);
        qInfo() << kills << "kills," << size - unknown << "recipients accepted," << unknown << "unknown (the provider"
                << "has" << fake.messages.size() - (size - unknown) << "of them), 0 duplicates";
        const qsizetype before = fake.messages.size();
        QCOMPARE(ctl({QStringLiteral("campaigns"), QStringLiteral("retry"), campaignName}), 0);
        QCOMPARE(fake.messages.size(), before);
    }
};

QTEST_GUILESS_MAIN(TestSendTrust)
#include "tst_sendtrust.moc"
