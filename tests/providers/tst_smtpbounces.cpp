// The bounces, complaints and replies of an SMTP account's mailbox: seven real-world samples parsed, and a campaign
// sent through the SMTP test server whose bounces a real Dovecot holds, read into the report and the suppression list.
#include "app/services/accountservice.h"
#include "app/services/dispatcher.h"
#include "app/services/job.h"
#include "app/services/reportservice.h"
#include "app/services/secretstore.h"
#include "fakes/imapserver.h"
#include "fakes/smtpserver.h"
#include "models/accountstore.h"
#include "models/campaignstore.h"
#include "models/suppressionstore.h"
#include "providers/smtp/smtpmailbox.h"
#include "providers/smtp/smtpreports.h"
#include "smtptests.h"
#include "support/testsupport.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace cm;
using namespace cm::smtptest;

class TestSmtpBounces : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void reports_readFromRealWorldBouncesComplaintsAndReplies()
    {
        const QString id = QStringLiteral("c3-r9@moda.example");
        const QString to = QStringLiteral("ayse@example.net");
        struct Expected
        {
            const char *file;
            std::optional<EventType> type; // none: not an outcome
            const char *detail;            // how the detail starts
        };
        const QList<Expected> expected {
                {"postfix-hard.eml", EventType::Bounced, "5.1.1 smtp; 550 5.1.1"},
                {"exim-hard.eml", EventType::Bounced, "5.0.0 smtp; 550 5.1.1"},
                {"exchange-hard.eml", EventType::Bounced, "5.1.10 smtp;550 5.1.10"},
                {"gmail-soft.eml", std::nullopt, ""}, // delayed: still being tried
                {"complaint-arf.eml", EventType::Complained, "abuse"},
                {"autoreply.eml", EventType::Delivered, "auto-reply: "},
                {"plain-reply.eml", EventType::Delivered, "replied: "},
        };
        for (const Expected &e : expected) {
            const QByteArray mail = sample(QLatin1String(e.file), id, to);
            QVERIFY2(!mail.isEmpty(), e.file);
            const QList<smtp::MailReport> reports = smtp::readReports(mail);
            if (!e.type) {
                QVERIFY2(reports.isEmpty(), e.file);
                continue;
            }
            QCOMPARE(reports.size(), 1);
            const smtp::MailReport &r = reports.first();
            QVERIFY2(r.type == *e.type, e.file);
            QCOMPARE(r.messageId, id);
            QCOMPARE(r.recipient, to);
            QVERIFY2(r.detail.startsWith(QLatin1String(e.detail)),
                     qPrintable(QLatin1String(e.file) + QLatin1String(": ") + r.detail));
            QVERIFY2(r.at.isValid(), e.file);
            // With CRLF line ends, as IMAP serves them, the same.
            QByteArray crlf = mail;
            crlf.replace("\r\n", "\n").replace("\n", "\r\n");
            QCOMPARE(smtp::readReports(crlf).value(0).detail, r.detail);
        }
        // Someone else's bounce (another Message-ID) says nothing of ours; a message without any says nothing.
        QCOMPARE(smtp::readReports(sample(QStringLiteral("postfix-hard.eml"), QStringLiteral("other@x"), to))
                         .value(0)
                         .messageId,
                 QStringLiteral("other@x"));
        QVERIFY(smtp::readReports("From: a@b\r\nSubject: hi\r\n\r\nhello\r\n").isEmpty());
        // Folder names as IMAP writes them (modified UTF-7).
        QCOMPARE(smtp::Mailbox::imapName(QStringLiteral("Bounces")), QByteArray("Bounces"));
        QCOMPARE(smtp::Mailbox::imapName(QStringLiteral("Geri dönenler")), QByteArray("Geri d&APY-nenler"));
        QCOMPARE(smtp::Mailbox::imapName(QStringLiteral("A&B")), QByteArray("A&-B"));
    }

    void campaign_bouncesAndComplaintsFromTheMailbox_reachTheReportAndTheSuppressionList()
    {
        test::SmtpServer server;
        QVERIFY(server.start(QStringLiteral("marketing"), QStringLiteral("s3cret")));
        test::ImapServer mailbox; // its own password, not the server's
        QVERIFY(mailbox.start(QStringLiteral("marketing"), QStringLiteral("imap-pass")));
        test::TempWorkspace ws;
        MemorySecretStore secrets;
        JobTracker jobs;
        AccountService accounts(&ws.workspace(), &secrets, &jobs, false);
        Account account = smtpAccount(server);
        account.settings.insert(QStringLiteral("imap_server"), mailbox.url());
        account.settings.insert(QStringLiteral("imap_folder"), QStringLiteral("Bounces"));
        bool added = false;
        accounts.add(account, QStringLiteral("s3cret"), this, [&added](bool ok, const QString &why) {
            added = ok;
            if (!ok)
                qWarning() << why;
        });
        QTRY_VERIFY(added);
        const qint64 accountId = ws->accounts()->byName(QStringLiteral("Relay"))->id;
        // Test connection logs in to both: with the server's password the mailbox refuses, and it says so.
        QString tested;
        auto test = [&] {
            tested.clear();
            accounts.verify(accountId, this, [&tested](bool ok, const QString &message, const AccountStatus &) {
                tested = (ok ? QStringLiteral("ok: ") : QStringLiteral("failed: ")) + message;
            });
            QTRY_VERIFY_WITH_TIMEOUT(!tested.isEmpty(), 10000);
        };
        test();
        QVERIFY2(tested.startsWith(QStringLiteral("failed: ")) && tested.contains(QStringLiteral("mailbox")),
                 qPrintable(tested));
        bool stored = false;
        accounts.setMailboxSecret(accountId, QStringLiteral("imap-pass"), this,
                                  [&stored](bool ok, const QString &) { stored = ok; });
        QTRY_VERIFY(stored);
        QVERIFY(ws->accounts()->byId(accountId)->settings.value(QStringLiteral("has_mailbox_secret")).toBool());
        test();
        QVERIFY2(tested.startsWith(QStringLiteral("ok: ")) && tested.contains(QStringLiteral("Bounces")),
                 qPrintable(tested));

        const Audience audience = makeAudience(ws.workspace(), QStringLiteral("Bahar"),
                                               {QStringLiteral("hard@example.net"), QStringLiteral("angry@example.net"),
                                                QStringLiteral("away@example.net"), QStringLiteral("full@example.net"),
                                                QStringLiteral("fine@example.net")});
        Campaign c;
        c.name = QStringLiteral("Bahar");
        c.channel = Channel::Email;
        c.accountId = accountId;
        c.groupId = audience.groupId;
        c.templateId = audience.templateId;
        c.sender = QStringLiteral("news@moda.example");
        QVERIFY(ws->campaigns()->create(c));

        Dispatcher dispatcher(&ws.workspace(), &accounts, &jobs);
        bool sent = false;
        QString why;
        connect(dispatcher.send(c.id), &Job::finished, this, [&](bool ok, const QString &message) {
            sent = ok;
            why = message;
        });
        QTRY_VERIFY_WITH_TIMEOUT(!why.isEmpty(), 20000);
        QVERIFY2(sent, qPrintable(why));
        QCOMPARE(ws->campaigns()->recipientCounts(c.id).value(RecipientState::Accepted), 5);
        QCOMPARE(server.messages().size(), 5);
        // The Message-ID each went with, by address.
        QHash<QString, QString> ids;
        for (const QJsonObject &m : server.messages())
            ids.insert(m.value(QStringLiteral("rcpt_tos")).toArray().first().toString(),
                       m.value(QStringLiteral("message_id")).toString().mid(1).chopped(1));

        // What the mail servers sent back, into the Bounces folder.
        QVERIFY(mailbox.deliver(QStringLiteral("Bounces"),
                                sample(QStringLiteral("postfix-hard.eml"),
                                       ids.value(QStringLiteral("hard@example.net")),
                                       QStringLiteral("hard@example.net"))));
        QVERIFY(mailbox.deliver(QStringLiteral("Bounces"),
                                sample(QStringLiteral("complaint-arf.eml"),
                                       ids.value(QStringLiteral("angry@example.net")),
                                       QStringLiteral("angry@example.net"))));
        QVERIFY(mailbox.deliver(QStringLiteral("Bounces"),
                                sample(QStringLiteral("autoreply.eml"), ids.value(QStringLiteral("away@example.net")),
                                       QStringLiteral("away@example.net"))));
        QVERIFY(mailbox.deliver(QStringLiteral("Bounces"),
                                sample(QStringLiteral("gmail-soft.eml"), ids.value(QStringLiteral("full@example.net")),
                                       QStringLiteral("full@example.net"))));
        // Another campaign's bounce, in the same folder: not this one's.
        QVERIFY(mailbox.deliver(QStringLiteral("Bounces"),
                                sample(QStringLiteral("exim-hard.eml"), QStringLiteral("c99-r1@moda.example"),
                                       QStringLiteral("fine@example.net"))));

        ReportService reports(&ws.workspace(), &accounts, &jobs);
        std::optional<bool> refreshed;
        connect(reports.refresh(c.id), &Job::finished, this, [&](bool ok, const QString &message) {
            refreshed = ok;
            why = message;
        });
        QTRY_VERIFY_WITH_TIMEOUT(refreshed.has_value(), 20000);
        QVERIFY2(*refreshed, qPrintable(why));
        const auto counts = ws->campaigns()->recipientCounts(c.id);
        QCOMPARE(counts.value(RecipientState::Bounced), 1);
        QCOMPARE(counts.value(RecipientState::Delivered), 1); // the automatic reply came from the recipient
        // The complaint leaves its recipient as sent; the delayed one is still on its way; "fine" heard nothing.
        QCOMPARE(counts.value(RecipientState::Accepted), 3);
        // The hard bounce and the complaint are suppressed; the automatic reply and the delay are not.
        QVERIFY(ws->suppressions()->isSuppressed(QStringLiteral("email"), QStringLiteral("hard@example.net")));
        QVERIFY(ws->suppressions()->isSuppressed(QStringLiteral("email"), QStringLiteral("angry@example.net")));
        QVERIFY(!ws->suppressions()->isSuppressed(QStringLiteral("email"), QStringLiteral("away@example.net")));
        QVERIFY(!ws->suppressions()->isSuppressed(QStringLiteral("email"), QStringLiteral("full@example.net")));
        QVERIFY(!ws->suppressions()->isSuppressed(QStringLiteral("email"), QStringLiteral("fine@example.net")));
        const auto snapshot = ws->campaigns()->latestSnapshot(c.id);
        QVERIFY(snapshot);
        QVERIFY(snapshot->stats.isReported(CampaignStats::Bounced));
        QCOMPARE(snapshot->stats.value(CampaignStats::Bounced), 1);
        QCOMPARE(snapshot->stats.value(CampaignStats::Complained), 1);
        QVERIFY(!snapshot->stats.isReported(CampaignStats::Opened)); // not reported, never 0
    }
};

QTEST_MAIN(TestSmtpBounces)
#include "tst_smtpbounces.moc"
