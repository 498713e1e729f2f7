// Sending campaigns through the dispatcher, against the Outbox fake: every recipient once, batches recorded before
// and after each request, failures kept for a retry, and the kill test: campaignctl killed (SIGKILL) while a batch is
// with the provider and again right after an answer, then resumed; nobody gets the message twice, and whoever may
// have got it without our knowing is listed as unknown.
#include "app/services/accountservice.h"
#include "app/services/dispatcher.h"
#include "app/services/job.h"
#include "app/services/secretstore.h"
#include "fakes/outboxfake.h"
#include "models/accountstore.h"
#include "models/campaignstore.h"
#include "models/dispatchstore.h"
#include "models/groupstore.h"
#include "models/suppressionstore.h"
#include "models/templatestore.h"
#include "support/testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QTest>

#include <optional>

using namespace cm;

namespace {
const QByteArray key = "dispatch-key-77";

qint64 makeGroup(Workspace &ws, const QString &name, int size)
{
    Group g;
    g.name = name;
    ws.groups()->create(g);
    QList<Contact> contacts;
    for (int i = 0; i < size; ++i) {
        Contact c;
        c.email = QStringLiteral("k%1@example.com").arg(i);
        c.phone = QStringLiteral("+90532%1").arg(3000000 + i);
        c.firstName = i % 2 ? QStringLiteral("Ayşe") : QStringLiteral("Mehmet");
        contacts.append(c);
    }
    ws.groups()->addContacts(g.id, contacts);
    return g.id;
}

qint64 makeTemplate(Workspace &ws)
{
    Template t;
    t.name = QStringLiteral("Kampanya");
    t.channel = Channel::Sms;
    t.body = QStringLiteral("Merhaba {{first_name}}, indirim bugün!");
    ws.templates()->add(t);
    return t.id;
}
// An Outbox account with `secret`, and a draft SMS campaign to a group of 250 (one without a phone number).
std::optional<Campaign> outboxCampaign(Workspace &ws, AccountService &accounts, const QString &baseUrl,
                                       const QString &secret, const QString &name, QObject *context)
{
    bool added = false;
    accounts.add(Account {0, QStringLiteral("Outbox TR"), QStringLiteral("outbox"), baseUrl, {}, {}, {}}, secret,
                 context, [&added](bool ok, const QString &) { added = ok; });
    if (!QTest::qWaitFor([&added] { return added; }, 5000))
        return std::nullopt;
    Campaign c;
    c.name = name;
    c.channel = Channel::Sms;
    c.accountId = ws.accounts()->byName(QStringLiteral("Outbox TR"))->id;
    c.groupId = makeGroup(ws, QStringLiteral("G"), 250);
    c.templateId = makeTemplate(ws);
    if (!ws.campaigns()->create(c))
        return std::nullopt;
    return c;
}

} // namespace

class TestDispatch : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void send_reachesEveryRecipientOnce_skipsSuppressed_andKeepsFailuresForARetry()
    {
        test::TempWorkspace ws;
        test::OutboxFake fake(key);
        QVERIFY(fake.start());
        MemorySecretStore secrets;
        JobTracker jobs;
        AccountService accounts(&ws.workspace(), &secrets, &jobs, false);
        const auto made = outboxCampaign(ws.workspace(), accounts, fake.baseUrl(), QString::fromUtf8(key),
                                         QStringLiteral("Kasım"), this);
        QVERIFY(made);
        const Campaign c = *made;
        Suppression stop;
        stop.address = QStringLiteral("+905323000007");
        stop.channel = QStringLiteral("sms");
        QCOMPARE(ws->suppressions()->add({stop}), 1);

        Dispatcher dispatcher(&ws.workspace(), &accounts, &jobs);
        // A test send first: personalised for the group's first contact, to the number given; nothing recorded.
        Job *test = dispatcher.testSend(c.id, {QStringLiteral("0555 111 22 33")});
        QString tested;
        connect(test, &Job::finished, this, [&tested](bool ok, const QString &message) {
            tested = ok ? message : QStringLiteral("failed: ") + message;
        });
        QTRY_VERIFY_WITH_TIMEOUT(!tested.isEmpty(), 10000);
        QVERIFY2(!tested.startsWith(QStringLiteral("failed")), qPrintable(tested));
        QCOMPARE(fake.messages.size(), 1);
        QCOMPARE(fake.messages.begin()->recipient, QStringLiteral("+905551112233"));
        QCOMPARE(fake.messages.begin()->content, QStringLiteral("Merhaba Mehmet, indirim bugün!"));
        QCOMPARE(ws->campaigns()->byId(c.id)->state, CampaignState::Draft);
        QVERIFY(ws->campaigns()->recipientCounts(c.id).isEmpty());
        fake.messages.clear();
        // The second request is refused (a validation error): its batch fails, the others go.
        int sends = 0;
        connect(&fake, &test::FakeServer::requestReceived, this, [&](const QString &path) {
            if (path == QLatin1String("/send/message") && ++sends == 2)
                fake.script(test::FakeReply::json(
                        QJsonObject {{QStringLiteral("message"), QStringLiteral("Invalid Message Content")}}, 500));
        });
        Job *job = dispatcher.send(c.id);
        bool finished = false;
        connect(job, &Job::finished, this, [&finished](bool, const QString &) { finished = true; });
        QTRY_VERIFY_WITH_TIMEOUT(finished, 20000);
        QCOMPARE(sends, 3); // 249 recipients in batches of 100
        auto counts = ws->campaigns()->recipientCounts(c.id);
        QCOMPARE(counts.value(RecipientState::Accepted) + counts.value(RecipientState::Failed)
                         + counts.value(RecipientState::Unknown),
                 249);
        QVERIFY(!ws->campaigns()->recipients(c.id, 0, 300).isEmpty());
        for (const auto &m : std::as_const(fake.messages))
            QVERIFY(m.recipient != stop.address);
        QVERIFY(fake.messages.begin()->content.startsWith(QStringLiteral("Merhaba ")));
        const qint64 failed = counts.value(RecipientState::Failed) + counts.value(RecipientState::Unknown);
        QCOMPARE(fake.messages.size(), 249 - failed);

        // Sending again sends nothing: the campaign is done.
        Job *again = dispatcher.send(c.id);
        QString refusal;
        connect(again, &Job::finished, this, [&refusal](bool, const QString &message) { refusal = message; });
        QTRY_VERIFY(!refusal.isEmpty());
        QCOMPARE(fake.messages.size(), 249 - failed);

        // Outbox said why (invalid content): the batch was refused, not sent, so it is failed, not unknown, and
        // the user may retry it; the retry sends those 100 and nobody else.
        QCOMPARE(counts.value(RecipientState::Failed), 100);
        QCOMPARE(counts.value(RecipientState::Unknown), 0);
        QCOMPARE(dispatcher.retryFailed(c.id), 100);
        Job *retry = dispatcher.send(c.id);
        bool retried = false;
        connect(retry, &Job::finished, this, [&retried](bool ok, const QString &) { retried = ok; });
        QTRY_VERIFY_WITH_TIMEOUT(retried, 20000);
        QCOMPARE(ws->campaigns()->recipientCounts(c.id).value(RecipientState::Accepted), 249);
        QCOMPARE(fake.messages.size(), 249);
        QSet<QString> once;
        for (const auto &m : std::as_const(fake.messages))
            QVERIFY2(!once.contains(m.recipient) && (once.insert(m.recipient), true), qPrintable(m.recipient));
        QCOMPARE(ws->campaigns()->byId(c.id)->state, CampaignState::Sent);
    }

    // No hammering: credentials the provider refuses stop the run after its first request, with the reason; the
    // batches not tried stay pending (nothing was sent), to go once the key is fixed.
    void refusedCredentials_stopTheRunAfterOneRequest()
    {
        test::TempWorkspace ws;
        test::OutboxFake fake(key);
        QVERIFY(fake.start());
        MemorySecretStore secrets;
        JobTracker jobs;
        AccountService accounts(&ws.workspace(), &secrets, &jobs, false);
        const auto made = outboxCampaign(ws.workspace(), accounts, fake.baseUrl(), QStringLiteral("not-the-key"),
                                         QStringLiteral("Yanlış anahtar"), this);
        QVERIFY(made);
        const Campaign c = *made;
        int sends = 0;
        connect(&fake, &test::FakeServer::requestReceived, this,
                [&sends](const QString &path) { sends += path == QLatin1String("/send/message"); });
        Dispatcher dispatcher(&ws.workspace(), &accounts, &jobs);
        Job *job = dispatcher.send(c.id);
        std::optional<bool> ok;
        QString message;
        connect(job, &Job::finished, this, [&](bool success, const QString &text) {
            ok = success;
            message = text;
        });
        QTRY_VERIFY_WITH_TIMEOUT(ok.has_value(), 20000);
        QVERIFY2(!*ok, qPrintable(message));
        QCOMPARE(sends, 1);
        QVERIFY2(message.contains(QStringLiteral("credentials")), qPrintable(message));
        const auto counts = ws->campaigns()->recipientCounts(c.id);
        QCOMPARE(counts.value(RecipientState::Failed), 100);
        QCOMPARE(counts.value(RecipientState::Accepted), 0);
        QCOMPARE(counts.value(RecipientState::Pending), 150);
        QVERIFY(fake.messages.isEmpty());
    }

    // The fault matrix end to end (#18): the first batch gets a gateway's 504 in JSON (unknown: Outbox may have sent
    // it), the second a refusal (failed), the third an answer that leaves one recipient out (unknown). A retry sends
    // the refused batch again and none of the unknown ones.
    void retry_sendsTheFailedAgain_neverTheUnknown()
    {
        test::TempWorkspace ws;
        test::OutboxFake fake(key);
        QVERIFY(fake.start());
        MemorySecretStore secrets;
        JobTracker jobs;
        AccountService accounts(&ws.workspace(), &secrets, &jobs, false);
        const auto made = outboxCampaign(ws.workspace(), accounts, fake.baseUrl(), QString::fromUtf8(key),
                                         QStringLiteral("Aralık"), this);
        QVERIFY(made);
        const auto recipientsOf = [](const test::RecordedRequest &r) {
            QStringList to;
            for (const QJsonValue &v : QJsonDocument::fromJson(r.body)[QStringLiteral("Recipients")].toArray())
                to.append(v[QStringLiteral("Recipient")].toString());
            return to;
        };
        QList<QStringList> batches; // the recipients of each send request, in order
        connect(&fake, &test::FakeServer::requestReceived, this, [&](const QString &path) {
            if (path != QLatin1String("/send/message"))
                return;
            batches.append(recipientsOf(fake.requests().last()));
            if (batches.size() == 1) {
                fake.script(test::FakeReply::json(
                        QJsonObject {{QStringLiteral("message"), QStringLiteral("Endpoint request timed out")}}, 504));
            } else if (batches.size() == 2) {
                fake.script(test::FakeReply::json(
                        QJsonObject {{QStringLiteral("message"), QStringLiteral("Invalid Message Content")}}, 500));
            } else if (batches.size() == 3) {
                QJsonArray result; // all but the first
                for (const QString &to : batches.last().mid(1))
                    result.append(
                            QJsonObject {{QStringLiteral("Recipient"), to},
                                         {QStringLiteral("TrackingID"), QString(QStringLiteral("t") + to.mid(1))}});
                fake.script(test::FakeReply::json(QJsonObject {{QStringLiteral("result"), result}}));
            }
        });
        Dispatcher dispatcher(&ws.workspace(), &accounts, &jobs);
        const auto run = [&](Job *job) {
            bool finished = false;
            connect(job, &Job::finished, this, [&finished](bool, const QString &) { finished = true; });
            return QTest::qWaitFor([&finished] { return finished; }, 20000);
        };
        QVERIFY(run(dispatcher.send(made->id)));
        QCOMPARE(batches.size(), 3);
        auto counts = ws->campaigns()->recipientCounts(made->id);
        QCOMPARE(counts.value(RecipientState::Unknown), 101); // the first batch, and the one left out of the third
        QCOMPARE(counts.value(RecipientState::Failed), 100);
        QCOMPARE(counts.value(RecipientState::Accepted), 49);

        QCOMPARE(dispatcher.retryFailed(made->id), 100);
        QVERIFY(run(dispatcher.send(made->id)));
        QCOMPARE(batches.size(), 4);
        QCOMPARE(QSet<QString>(batches.last().cbegin(), batches.last().cend()),
                 QSet<QString>(batches.at(1).cbegin(), batches.at(1).cend())); // the refused batch, and only it
        counts = ws->campaigns()->recipientCounts(made->id);
        QCOMPARE(counts.value(RecipientState::Unknown), 101); // still to be resolved by the user, never resent
        QCOMPARE(counts.value(RecipientState::Accepted), 149);
        QCOMPARE(dispatcher.retryFailed(made->id), 0);
    }

    void killedAndResumed_nobodyGetsItTwice()
    {
        test::TempWorkspace ws;
        test::OutboxFake fake(key);
        QVERIFY(fake.start());
        const int size = 2000;
        makeGroup(ws.workspace(), QStringLiteral("Büyük"), size);
        makeTemplate(ws.workspace());
        const QString db = ws.path();
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("CM_SECRET_OUTBOX_TR"), QString::fromUtf8(key));
        process.setProcessEnvironment(env);
        auto ctl = [&](const QStringList &args) {
            process.start(QStringLiteral(CAMPAIGNCTL), QStringList {QStringLiteral("--db"), db} + args);
            (void)QTest::qWaitFor([&process] { return process.state() == QProcess::NotRunning; }, 60000);
            return process.exitCode();
        };
        QCOMPARE(ctl({QStringLiteral("accounts"), QStringLiteral("add"), QStringLiteral("Outbox TR"),
                      QStringLiteral("--provider"), QStringLiteral("outbox"), QStringLiteral("--base-url"),
                      fake.baseUrl()}),
                 0);
        QCOMPARE(ctl({QStringLiteral("campaigns"), QStringLiteral("create"), QStringLiteral("Büyük kampanya"),
                      QStringLiteral("--account"), QStringLiteral("Outbox TR"), QStringLiteral("--group"),
                      QStringLiteral("Büyük"), QStringLiteral("--template"), QStringLiteral("Kampanya")}),
                 0);
        const QStringList send {QStringLiteral("campaigns"), QStringLiteral("send"), QStringLiteral("Büyük kampanya")};

        // 1: killed while the third batch is with the provider (it has it; we never hear back).
        int requests = 0;
        auto killOn = [&](int n) {
            return [&, n](const QString &path) {
                if (path == QLatin1String("/send/message") && ++requests == n) {
                    process.kill();
                    process.waitForFinished(5000);
                }
            };
        };
        auto connection = connect(&fake, &test::FakeServer::requestReceived, this, killOn(3));
        ctl(send);
        QCOMPARE(process.exitStatus(), QProcess::CrashExit);
        disconnect(connection);
        // 2: killed right after the provider answered the seventh request.
        connection = connect(&fake, &test::FakeServer::requestAnswered, this, killOn(7));
        ctl(send);
        QCOMPARE(process.exitStatus(), QProcess::CrashExit);
        disconnect(connection);
        // 3: to the end.
        QCOMPARE(ctl(send), 0);

        // Nobody twice; whoever did not get it is listed as unknown (it may have), everyone else got it once.
        QHash<QString, int> received;
        for (const auto &m : std::as_const(fake.messages))
            ++received[m.recipient];
        for (auto it = received.cbegin(); it != received.cend(); ++it)
            QVERIFY2(it.value() == 1, qPrintable(it.key()));
        process.start(QStringLiteral(CAMPAIGNCTL),
                      {QStringLiteral("--db"), db, QStringLiteral("--json"), QStringLiteral("campaigns"),
                       QStringLiteral("status"), QStringLiteral("Büyük kampanya")});
        QVERIFY(process.waitForFinished(30000));
        const QJsonObject status = QJsonDocument::fromJson(process.readAllStandardOutput()).object();
        const QJsonObject byState = status.value(QStringLiteral("recipients")).toObject();
        QCOMPARE(byState.value(QStringLiteral("pending")).toInt(), 0);
        QCOMPARE(byState.value(QStringLiteral("submitting")).toInt(), 0);
        QSet<QString> unknown;
        for (const QJsonValue &u : status.value(QStringLiteral("unknown")).toArray())
            unknown.insert(u[QStringLiteral("address")].toString());
        QVERIFY(unknown.size() >= 100); // the batch killed in flight, at least
        QCOMPARE(byState.value(QStringLiteral("unknown")).toInt(), unknown.size());
        QCOMPARE(byState.value(QStringLiteral("accepted")).toInt() + unknown.size(), size);
        for (int i = 0; i < size; ++i) {
            const QString phone = QStringLiteral("+90532%1").arg(3000000 + i);
            QVERIFY2(received.value(phone) == 1 || unknown.contains(phone), qPrintable(phone));
        }
        QSqlQuery check(ws->database()->connection());
        QVERIFY(check.exec(QStringLiteral("PRAGMA integrity_check")) && check.next());
        QCOMPARE(check.value(0).toString(), QStringLiteral("ok"));
        check.finish(); // or this connection keeps reading the database as it was

        // The user checks with the provider (here the fake has them all) and resolves them as sent: the campaign
        // is complete, and a retry has nothing to send.
        QCOMPARE(ctl({QStringLiteral("campaigns"), QStringLiteral("resolve"), QStringLiteral("Büyük kampanya"),
                      QStringLiteral("--as"), QStringLiteral("sent")}),
                 0);
        const qsizetype before = fake.messages.size();
        QCOMPARE(ctl({QStringLiteral("campaigns"), QStringLiteral("retry"), QStringLiteral("Büyük kampanya")}), 0);
        QCOMPARE(fake.messages.size(), before);
        const auto id = ws->campaigns()->byName(QStringLiteral("Büyük kampanya"))->id;
        QCOMPARE(ws->campaigns()->recipientCounts(id).value(RecipientState::Accepted), qint64(size));
        QCOMPARE(ws->campaigns()->recipientCounts(id).value(RecipientState::Unknown), 0);
    }
};

QTEST_GUILESS_MAIN(TestDispatch)
#include "tst_dispatch.moc"
