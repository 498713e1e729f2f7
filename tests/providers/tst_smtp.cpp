// The SMTP adapter against a real SMTP server on loopback (aiosmtpd, tests/fakes/smtp/smtpfake.py): the MIME it
// builds, several messages on one connection, the login, the account's rate, and the worst case of each fault: a
// refusal (5xx, or 4xx for now) fails the recipient, a connection lost after the message went out leaves it unknown,
// before it went out not sent. Then a campaign through the dispatcher.
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
#include "support/testsupport.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace cm;

namespace {

Account smtpAccount(const test::SmtpServer &server, const QString &user = QStringLiteral("marketing"))
{
    Account account {0, QStringLiteral("Relay"), QStringLiteral("smtp"), server.url(), user, {}, {}};
    account.settings.insert(QStringLiteral("from_name"), QStringLiteral("Moda Şirketi"));
    account.settings.insert(QStringLiteral("unsubscribe_url"), QStringLiteral("https://example.com/unsubscribe"));
    account.settings.insert(QStringLiteral("timeout_ms"), 5000);
    return account;
}

SendRequest emailTo(const QStringList &addresses)
{
    SendRequest request;
    request.channel = Channel::Email;
    request.sender = QStringLiteral("news@moda.example");
    for (int i = 0; i < addresses.size(); ++i)
        request.messages.append({QStringLiteral("c1-r%1").arg(i + 1), addresses.at(i),
                                 QStringLiteral("İndirim başladı"),
                                 QStringLiteral("<p>Merhaba,</p><p>Yeni sezon: <a href=\"https://moda.example/s\">"
                                                "bakın</a>.</p><p><a href=\"{{unsubscribe_url}}\">Ayrıl</a></p>")});
    return request;
}

template<typename T> std::optional<T> wait(const Reply<T> &reply, ProviderError *error = nullptr, int ms = 20000)
{
    bool done = false;
    std::optional<T> result;
    QObject::connect(reply.get(), &ProviderReply::finished, [&] {
        done = true;
        if (reply->hasError()) {
            if (error)
                *error = reply->error();
        } else {
            result = reply.result();
        }
    });
    if (!QTest::qWaitFor([&done] { return done; }, ms))
        qWarning() << "no answer";
    return result;
}

MessageOutcome outcomeFor(const SendResult &result, const QString &key)
{
    for (const MessageOutcome &o : result.outcomes)
        if (o.clientKey == key)
            return o;
    return {};
}

} // namespace

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
