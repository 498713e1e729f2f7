// The SMTP adapter against a real SMTP server on loopback (aiosmtpd, tests/fakes/smtp/smtpfake.py): the MIME it
// builds, several messages on one connection, the login, the account's rate, and the worst case of each fault: a
// refusal (5xx, or 4xx for now) fails the recipient, a connection lost after the message went out leaves it unknown,
// before it went out not sent; campaignctl killed while the server holds a message; the daily quota. The bounces
// read from the mailbox are tst_smtpbounces.
#include "app/services/accountservice.h"
#include "app/services/dispatcher.h"
#include "app/services/job.h"
#include "app/services/secretstore.h"
#include "fakes/smtpserver.h"
#include "models/accountstore.h"
#include "models/campaignstore.h"
#include "models/groupstore.h"
#include "models/templatestore.h"
#include "providers/smtp/smtpmime.h"
#include "providers/smtp/smtpprovider.h"
#include "smtptests.h"
#include "support/testsupport.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace cm;

using namespace cm::smtptest;

class TestSmtp : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void mime_alternativeTextAndHtml_encodedHeaders_unsubscribe()
    {
        smtp::MailParts parts;
        parts.fromAddress = QStringLiteral("news@moda.example");
        parts.fromName = QStringLiteral("Moda Şirketi");
        parts.to = QStringLiteral("ayse@example.com");
        parts.subject = QStringLiteral("İndirim başladı");
        parts.html = QStringLiteral("<p>Merhaba Ayşe,</p><p>Yeni <b>sezon</b>: <a href=\"https://moda.example/s\">bakın"
                                    "</a> &amp; gelin.</p>");
        parts.messageId = smtp::messageIdFor(QStringLiteral("c7-r12"), parts.fromAddress);
        parts.unsubscribeUrl = smtp::unsubscribeUrlFor(QStringLiteral("https://example.com/u?list=3"), parts.to);
        parts.date = QDateTime(QDate(2026, 12, 5), QTime(9, 30), Qt::UTC);
        const QByteArray mail = smtp::buildMessage(parts);
        QCOMPARE(parts.messageId, QStringLiteral("c7-r12@moda.example"));
        QCOMPARE(parts.unsubscribeUrl, QStringLiteral("https://example.com/u?list=3&email=ayse%40example.com"));
        QVERIFY2(mail.contains("Message-Id: <c7-r12@moda.example>\r\n")
                         || mail.contains("Message-ID: <c7-r12@moda.example>\r\n"),
                 mail.constData());
        QVERIFY(mail.contains("Subject: =?UTF-8?B?xLBuZGlyaW0gYmHFn2xhZMSx?=\r\n")); // RFC 2047
        QVERIFY(mail.contains("From: Moda =?"));                                     // the name encoded…
        QVERIFY(mail.contains("?= <news@moda.example>\r\n"));                        // …the address as it is
        QVERIFY(mail.contains("<news@moda.example>"));
        QVERIFY(mail.contains("To: ayse@example.com"));
        QVERIFY(mail.contains("List-Unsubscribe: <https://example.com/u?list=3&email=ayse%40example.com>\r\n"));
        QVERIFY(mail.contains("List-Unsubscribe-Post: List-Unsubscribe=One-Click\r\n"));
        QVERIFY(mail.contains("Content-Type: multipart/alternative"));
        QVERIFY(mail.contains("Content-Type: text/plain; charset=utf-8"));
        QVERIFY(mail.contains("Content-Type: text/html; charset=utf-8"));
        QVERIFY(mail.contains("Date: Sat, 05 Dec 2026 09:30:00 +0000"));
        for (const char c : mail) // 7-bit on the wire, CRLF line ends
            QVERIFY(uchar(c) < 128);
        QVERIFY(!mail.contains("\n\n") || mail.contains("\r\n\r\n"));
        // A file goes attached, beside the text and the HTML.
        QTemporaryDir dir;
        QFile pdf(dir.filePath(QStringLiteral("katalog.pdf")));
        QVERIFY(pdf.open(QIODevice::WriteOnly));
        pdf.write("%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n");
        pdf.close();
        parts.attachmentPath = pdf.fileName();
        const QByteArray withFile = smtp::buildMessage(parts);
        QVERIFY(withFile.contains("Content-Type: multipart/mixed"));
        QVERIFY(withFile.contains("Content-Type: multipart/alternative"));
        QVERIFY(withFile.contains("Content-Type: application/pdf"));
        QVERIFY(withFile.contains("Content-Disposition: attachment; filename=katalog.pdf"));
        for (const char c : withFile) // encoded (base64 or quoted-printable, whichever is shorter) for 7-bit relays
            QVERIFY(uchar(c) < 128);
        parts.attachmentPath = dir.filePath(QStringLiteral("missing.pdf"));
        QString problem;
        QVERIFY(smtp::buildMessage(parts, &problem).isEmpty());
        QVERIFY(!problem.isEmpty());
        // The text version reads as the HTML does: its paragraphs, its link's address, its entities.
        QCOMPARE(smtp::textFromHtml(parts.html),
                 QStringLiteral("Merhaba Ayşe,\nYeni sezon: bakın (https://moda.example/s) & gelin.\n"));
    }

    void send_severalOnOneConnection_withTheLogin()
    {
        test::SmtpServer server;
        QVERIFY(server.start(QStringLiteral("marketing"), QStringLiteral("s3cret")));
        SmtpProvider provider(smtpAccount(server), QStringLiteral("s3cret"), {});
        ProviderError error;
        const auto status = wait(provider.verify(), &error);
        QVERIFY2(status, qPrintable(error.message));
        QVERIFY2(status->detail.contains(QStringLiteral("127.0.0.1")), qPrintable(status->detail));

        const auto result = wait(provider.send(emailTo(
                {QStringLiteral("a@example.com"), QStringLiteral("b@example.com"), QStringLiteral("c@example.com")})));
        QVERIFY(result);
        QCOMPARE(result->outcomes.size(), 3);
        const QList<QJsonObject> messages = server.messages();
        QCOMPARE(messages.size(), 3);
        for (int i = 0; i < 3; ++i) {
            const MessageOutcome &o = result->outcomes.at(i);
            QVERIFY2(o.accepted, qPrintable(o.error));
            QCOMPARE(o.providerId, QStringLiteral("c1-r%1@moda.example").arg(i + 1));
            QCOMPARE(messages.at(i).value(QStringLiteral("message_id")).toString(),
                     QLatin1Char('<') + o.providerId + QLatin1Char('>'));
            QCOMPARE(messages.at(i).value(QStringLiteral("auth_user")).toString(), QStringLiteral("marketing"));
            QCOMPARE(messages.at(i).value(QStringLiteral("mail_from")).toString(), QStringLiteral("news@moda.example"));
            // One connection for all three (and the login test's own).
            QCOMPARE(messages.at(i).value(QStringLiteral("connection")).toInt(),
                     messages.at(0).value(QStringLiteral("connection")).toInt());
        }
        QCOMPARE(messages.at(1).value(QStringLiteral("rcpt_tos")).toArray().first().toString(),
                 QStringLiteral("b@example.com"));
        // The recipient's own unsubscribe link, in the body and the header.
        const QByteArray second = server.message(2);
        QVERIFY(second.contains("List-Unsubscribe: <https://example.com/unsubscribe?email=b%40example.com>"));
        QVERIFY(second.contains("email=3Db%40example.com") || second.contains("email=b%40example.com"));
        QVERIFY(server.connections() <= 2);
    }

    void wrongPassword_isRefused_andNothingGoes()
    {
        test::SmtpServer server;
        QVERIFY(server.start(QStringLiteral("marketing"), QStringLiteral("s3cret")));
        SmtpProvider provider(smtpAccount(server), QStringLiteral("wrong"), {});
        ProviderError error;
        QVERIFY(!wait(provider.verify(), &error));
        QCOMPARE(error.kind, ProviderError::Kind::Auth);
        const auto result
                = wait(provider.send(emailTo({QStringLiteral("a@example.com"), QStringLiteral("b@example.com")})));
        QVERIFY(result);
        QVERIFY(!result->stopReason.isEmpty());
        for (const MessageOutcome &o : result->outcomes)
            QVERIFY(!o.accepted && !o.unknown); // refused before anything went out: failed, retried later
        QVERIFY(server.messages().isEmpty());
    }

    void faults_eachJudgedByItsWorstCase()
    {
        test::SmtpServer server;
        QVERIFY(server.start());
        server.setScript(QJsonObject {
                {QStringLiteral("rcpt"),
                 QJsonObject {
                         {QStringLiteral("gone@example.com"),
                          QStringLiteral("550 5.1.1 <gone@example.com>: Recipient address rejected: User unknown")},
                         {QStringLiteral("later@example.com"), QStringLiteral("451 4.7.1 Try again later")}}},
                {QStringLiteral("data"),
                 QJsonObject {
                         {QStringLiteral("spam@example.com"), QStringLiteral("554 5.7.1 Message rejected as spam")}}},
                {QStringLiteral("drop_after_data"), QJsonArray {QStringLiteral("lost@example.com")}},
                {QStringLiteral("drop_before_data"), QJsonArray {QStringLiteral("cut@example.com")}}});
        SmtpProvider provider(smtpAccount(server, {}), {}, {});
        const QStringList to {QStringLiteral("ok1@example.com"),   QStringLiteral("gone@example.com"),
                              QStringLiteral("later@example.com"), QStringLiteral("spam@example.com"),
                              QStringLiteral("lost@example.com"),  QStringLiteral("cut@example.com"),
                              QStringLiteral("ok2@example.com")};
        const auto result = wait(provider.send(emailTo(to)));
        QVERIFY(result);
        QCOMPARE(result->outcomes.size(), to.size());
        QVERIFY(result->stopReason.isEmpty());
        auto o = [&](int i) { return outcomeFor(*result, QStringLiteral("c1-r%1").arg(i + 1)); };
        QVERIFY(o(0).accepted);
        QVERIFY(!o(1).accepted && !o(1).unknown);
        QVERIFY2(o(1).error.contains(QStringLiteral("550")), qPrintable(o(1).error));
        QVERIFY(!o(2).accepted && !o(2).unknown);
        QVERIFY2(o(2).error.contains(QStringLiteral("later")), qPrintable(o(2).error));
        QVERIFY(!o(3).accepted && !o(3).unknown);
        QVERIFY2(o(3).error.contains(QStringLiteral("554")), qPrintable(o(3).error));
        // The server has it (it recorded it) but never said so: unknown, never failed.
        QVERIFY2(o(4).unknown && !o(4).accepted, qPrintable(o(4).error));
        // Cut off before the message went out: not sent.
        QVERIFY2(!o(5).accepted && !o(5).unknown, qPrintable(o(5).error));
        QVERIFY2(o(6).accepted, qPrintable(o(6).error));
        QStringList received;
        for (const QJsonObject &m : server.messages())
            received.append(m.value(QStringLiteral("rcpt_tos")).toArray().first().toString());
        QCOMPARE(received,
                 (QStringList {QStringLiteral("ok1@example.com"), QStringLiteral("lost@example.com"),
                               QStringLiteral("ok2@example.com")}));
    }

    // campaignctl end to end, killed (SIGKILL) while a message is with the server and before it answered, then run
    // again: nobody gets the message twice, and the one in flight is unknown, never sent again by itself.
    void cli_killedWhileAMessageGoesOut_nobodyGetsItTwice()
    {
        test::SmtpServer server;
        QVERIFY(server.start());
        test::TempWorkspace ws;
        QStringList addresses;
        for (int i = 0; i < 10; ++i)
            addresses.append(QStringLiteral("kisi%1@example.net").arg(i));
        QVERIFY(makeAudience(ws.workspace(), QStringLiteral("Bahar"), addresses).templateId);

        QProcess process;
        auto ctl = [&](const QStringList &args) { return runCtl(process, ws.path(), args); };
        QCOMPARE(ctl({QStringLiteral("accounts"), QStringLiteral("add"), QStringLiteral("Relay"),
                      QStringLiteral("--provider"), QStringLiteral("smtp"), QStringLiteral("--base-url"), server.url(),
                      QStringLiteral("--setting"), QStringLiteral("unsubscribe_url=https://moda.example/u")}),
                 0);
        QCOMPARE(ctl({QStringLiteral("accounts"), QStringLiteral("verify"), QStringLiteral("Relay")}), 0);
        QCOMPARE(ctl({QStringLiteral("campaigns"), QStringLiteral("create"), QStringLiteral("Bahar"),
                      QStringLiteral("--account"), QStringLiteral("Relay"), QStringLiteral("--group"),
                      QStringLiteral("Bahar"), QStringLiteral("--template"), QStringLiteral("Bahar"),
                      QStringLiteral("--sender"), QStringLiteral("news@moda.example")}),
                 0);
        const QStringList send {QStringLiteral("campaigns"), QStringLiteral("send"), QStringLiteral("Bahar")};
        // A test send first: to the address given, nothing recorded.
        QCOMPARE(ctl(send + QStringList {QStringLiteral("--test-to"), QStringLiteral("proof@moda.example")}), 0);
        QCOMPARE(server.messages().size(), 1);
        QCOMPARE(server.messages().first().value(QStringLiteral("rcpt_tos")).toArray().first().toString(),
                 QStringLiteral("proof@moda.example"));
        server.setScript(QJsonObject {{QStringLiteral("delay_data_ms"), 300}});
        // Killed once the server has taken the fourth message, while it waits to answer it.
        process.start(QStringLiteral(CAMPAIGNCTL), QStringList {QStringLiteral("--db"), ws.path()} + send);
        QVERIFY(QTest::qWaitFor([&server] { return server.messages().size() >= 5; }, 30000)); // the test's, and 4
        process.kill();
        QVERIFY(process.waitForFinished(5000));
        QCOMPARE(process.exitStatus(), QProcess::CrashExit);
        // Run again, with no delay, to the end.
        server.setScript({});
        ctl(send);
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);

        QHash<QString, int> received;
        for (const QJsonObject &m : server.messages())
            ++received[m.value(QStringLiteral("rcpt_tos")).toArray().first().toString()];
        received.remove(QStringLiteral("proof@moda.example"));
        QCOMPARE(received.size(), 10);
        for (auto it = received.cbegin(); it != received.cend(); ++it)
            QVERIFY2(it.value() == 1, qPrintable(it.key()));
        const auto counts = ws->campaigns()->recipientCounts(ws->campaigns()->byName(QStringLiteral("Bahar"))->id);
        QCOMPARE(counts.value(RecipientState::Pending), 0);
        QCOMPARE(counts.value(RecipientState::Submitting), 0);
        QCOMPARE(counts.value(RecipientState::Unknown), 1); // the fourth: the server has it, we never heard
        QCOMPARE(counts.value(RecipientState::Accepted), 9);
    }

    // A broken installation (the adapter's module missing): the account test says so, and a send stops at its first
    // message with nothing handed over, the rest kept for when the module is back.
    void cli_withoutTheModule_saysSoAndSendsNothing()
    {
        test::SmtpServer server;
        QVERIFY(server.start());
        test::TempWorkspace ws;
        QVERIFY(makeAudience(ws.workspace(), QStringLiteral("Kış"),
                             {QStringLiteral("a@example.net"), QStringLiteral("b@example.net"),
                              QStringLiteral("c@example.net")})
                        .templateId);
        QTemporaryDir empty;
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("CM_MODULE_DIR"), empty.path());
        process.setProcessEnvironment(env);
        auto ctl = [&](const QStringList &args) { return runCtl(process, ws.path(), args); };
        QCOMPARE(ctl({QStringLiteral("accounts"), QStringLiteral("add"), QStringLiteral("Relay"),
                      QStringLiteral("--provider"), QStringLiteral("smtp"), QStringLiteral("--base-url"), server.url(),
                      QStringLiteral("--setting"), QStringLiteral("unsubscribe_url=https://moda.example/u")}),
                 0);
        QVERIFY(ctl({QStringLiteral("accounts"), QStringLiteral("verify"), QStringLiteral("Relay")}) != 0);
        const QString said = QString::fromUtf8(process.readAllStandardError() + process.readAllStandardOutput());
        QVERIFY2(said.contains(QStringLiteral("SMTP adapter cannot be loaded")), qPrintable(said));
        QCOMPARE(ctl({QStringLiteral("campaigns"), QStringLiteral("create"), QStringLiteral("Kış"),
                      QStringLiteral("--account"), QStringLiteral("Relay"), QStringLiteral("--group"),
                      QStringLiteral("Kış"), QStringLiteral("--template"), QStringLiteral("Kış"),
                      QStringLiteral("--sender"), QStringLiteral("news@moda.example")}),
                 0);
        QVERIFY(ctl({QStringLiteral("campaigns"), QStringLiteral("send"), QStringLiteral("Kış")}) != 0);
        QCOMPARE(server.messages().size(), 0);
        const auto counts = ws->campaigns()->recipientCounts(ws->campaigns()->byName(QStringLiteral("Kış"))->id);
        QCOMPARE(counts.value(RecipientState::Failed), 1); // the first, refused here: nothing left the machine
        QCOMPARE(counts.value(RecipientState::Pending), 2);
        QCOMPARE(counts.value(RecipientState::Unknown), 0);
    }

    // The relay's daily quota holds across campaigns: once the account has handed over messages_per_day today, the
    // send pauses until midnight (and goes on by itself then), the rest pending.
    void dailyQuota_pausesTheSendUntilMidnight()
    {
        test::SmtpServer server;
        QVERIFY(server.start());
        test::TempWorkspace ws;
        MemorySecretStore secrets;
        JobTracker jobs;
        AccountService accounts(&ws.workspace(), &secrets, &jobs, false);
        Account account = smtpAccount(server, {});
        account.settings.insert(QStringLiteral("messages_per_day"), 3);
        account.settings.insert(QStringLiteral("sender"), QStringLiteral("news@moda.example"));
        bool added = false;
        accounts.add(account, {}, this, [&added](bool ok, const QString &) { added = ok; });
        QTRY_VERIFY(added);
        QStringList addresses;
        for (int i = 0; i < 5; ++i)
            addresses.append(QStringLiteral("k%1@example.net").arg(i));
        const Audience audience = makeAudience(ws.workspace(), QStringLiteral("Beş"), addresses);
        Campaign c;
        c.name = QStringLiteral("Kota");
        c.channel = Channel::Email;
        c.accountId = ws->accounts()->byName(QStringLiteral("Relay"))->id;
        c.groupId = audience.groupId;
        c.templateId = audience.templateId;
        QVERIFY(ws->campaigns()->create(c));

        Dispatcher dispatcher(&ws.workspace(), &accounts, &jobs);
        auto send = [&] {
            std::optional<bool> ok;
            QString why;
            connect(dispatcher.send(c.id), &Job::finished, this, [&](bool done, const QString &message) {
                ok = done;
                why = message;
            });
            [&] { QTRY_VERIFY_WITH_TIMEOUT(ok.has_value(), 20000); }();
            return why;
        };
        const QString first = send();
        QVERIFY2(first.contains(QStringLiteral("paused until")), qPrintable(first));
        QCOMPARE(server.messages().size(), 3);
        auto counts = ws->campaigns()->recipientCounts(c.id);
        QCOMPARE(counts.value(RecipientState::Accepted), 3);
        QCOMPARE(counts.value(RecipientState::Pending), 2);
        const QDateTime midnight = QDateTime(ws.clock().now().toLocalTime().date().addDays(1), QTime(0, 0)).toUTC();
        QCOMPARE(ws->campaigns()->byId(c.id)->resumeAt, midnight);
        // Sending again the same day hands over nothing more.
        QVERIFY(send().contains(QStringLiteral("paused until")));
        QCOMPARE(server.messages().size(), 3);
    }

    // A server that refuses every recipient the same way ("relay access denied": the account is the problem) stops
    // the send after five, the rest not sent and kept for the next send.
    void sameRefusalFiveTimes_stopsTheSend()
    {
        test::SmtpServer server;
        QVERIFY(server.start());
        QJsonObject refusals;
        QStringList to;
        for (int i = 0; i < 7; ++i) {
            to.append(QStringLiteral("r%1@example.org").arg(i));
            refusals.insert(to.last(), QStringLiteral("554 5.7.1 <%1>: Relay access denied").arg(to.last()));
        }
        server.setScript(QJsonObject {{QStringLiteral("rcpt"), refusals}});
        SmtpProvider provider(smtpAccount(server, {}), {}, {});
        const auto result = wait(provider.send(emailTo(to)));
        QVERIFY(result);
        QVERIFY2(result->stopReason.contains(QStringLiteral("five")), qPrintable(result->stopReason));
        QCOMPARE(result->outcomes.size(), 7);
        for (const MessageOutcome &o : result->outcomes)
            QVERIFY(!o.accepted && !o.unknown);
        QVERIFY(result->outcomes.last().error.startsWith(QStringLiteral("Not sent")));
        QVERIFY(server.messages().isEmpty());
    }

    void rate_messagesPerMinuteHold()
    {
        test::SmtpServer server;
        QVERIFY(server.start());
        Account account = smtpAccount(server, {});
        account.settings.insert(QStringLiteral("messages_per_minute"), 300); // one every 200 ms
        SmtpProvider provider(account, {}, {});
        QElapsedTimer timer;
        timer.start();
        const auto result
                = wait(provider.send(emailTo({QStringLiteral("a@example.com"), QStringLiteral("b@example.com"),
                                              QStringLiteral("c@example.com"), QStringLiteral("d@example.com")})));
        QVERIFY(result);
        QVERIFY2(timer.elapsed() >= 3 * 200 - 20, QByteArray::number(timer.elapsed()));
        QCOMPARE(server.messages().size(), 4);
    }

    void tls_aCertificateNobodyTrustsIsRefused()
    {
        test::SmtpServer server;
        QVERIFY(server.start({}, {}, true));
        SmtpProvider provider(smtpAccount(server, {}), {}, {});
        ProviderError error;
        QVERIFY(!wait(provider.verify(), &error));
        QVERIFY2(error.message.contains(QStringLiteral("certificate"), Qt::CaseInsensitive)
                         || error.message.contains(QStringLiteral("SSL"), Qt::CaseInsensitive),
                 qPrintable(error.message));
        const auto result = wait(provider.send(emailTo({QStringLiteral("a@example.com")})));
        QVERIFY(result);
        QVERIFY(!result->outcomes.first().accepted && !result->outcomes.first().unknown);
        QVERIFY(server.messages().isEmpty());
    }
};

QTEST_MAIN(TestSmtp)
#include "tst_smtp.moc"
