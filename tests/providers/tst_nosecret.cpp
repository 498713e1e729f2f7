// The whole life of an account with a real keychain and a real provider protocol (the Outbox fake): add, verify,
// push a group, send, refresh the report, edit the key. Then the bytes of the database, its WAL, the settings file
// and the log are searched: the secret is in none of them.
#include "app/services/accountservice.h"
#include "app/services/groupsync.h"
#include "app/services/job.h"
#include "app/services/logging.h"
#include "app/services/reportservice.h"
#include "app/services/secretstore.h"
#include "fakes/outboxfake.h"
#include "models/accountstore.h"
#include "models/campaignstore.h"
#include "models/groupstore.h"
#include "support/testsupport.h"

#include <QLoggingCategory>
#include <QSettings>
#include <QTest>

using namespace cm;

namespace {
QLoggingCategory::CategoryFilter previousFilter = nullptr;
void everythingOn(QLoggingCategory *category)
{
    if (previousFilter)
        previousFilter(category);
    if (qstrncmp(category->categoryName(), "cm.", 3) == 0) {
        category->setEnabled(QtDebugMsg, true);
        category->setEnabled(QtInfoMsg, true);
    }
}
} // namespace

class TestNoSecret : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void secretsStayInTheKeychain()
    {
        if (qEnvironmentVariableIntValue("CM_TEST_KEYCHAIN") != 1)
            QSKIP("needs an unlocked gnome-keyring on a private D-Bus session: run tests/run.sh");
        const QByteArray secret = "OBX-Auth-5f1c9e27d8a34b60";
        const QByteArray newSecret = "OBX-Auth-second-77aa19c3";
        test::TempWorkspace ws;
        const QString logFile = ws.dir() + QStringLiteral("/all.log");
        installLogging(logFile);
        previousFilter = QLoggingCategory::installFilter(everythingOn); // the most talkative log there can be
        QSettings settings;
        settings.setValue(QStringLiteral("pane"), QStringLiteral("accounts"));

        test::OutboxFake fake(secret);
        QVERIFY(fake.start());
        KeychainSecretStore keychain(QStringLiteral("org.campaignmanager.CampaignManager.tests"));
        JobTracker jobs;
        AccountService accounts(&ws.workspace(), &keychain, &jobs, false);
        GroupSyncService sync(&ws.workspace(), &accounts, &jobs);
        ReportService reports(&ws.workspace(), &accounts, &jobs);

        // Add and verify.
        bool done = false;
        Account account {0, QStringLiteral("Outbox TR"), QStringLiteral("outbox"), fake.baseUrl(), {}, {}, {}};
        accounts.add(account, QString::fromUtf8(secret), this, [&done](bool ok, const QString &message) {
            QVERIFY2(ok, qPrintable(message));
            done = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(done, 15000);
        account = *ws->accounts()->byName(QStringLiteral("Outbox TR"));
        done = false;
        accounts.verify(account.id, this, [&done](bool ok, const QString &message, const AccountStatus &) {
            QVERIFY2(ok, qPrintable(message));
            done = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(done, 15000);

        // Push a group.
        Group group;
        group.name = QStringLiteral("İzmir");
        QVERIFY(ws->groups()->create(group));
        QList<Contact> contacts = {Contact {0,
                                            0,
                                            QStringLiteral("ayse@example.com"),
                                            QStringLiteral("+905321112233"),
                                            QStringLiteral("Ayşe"),
                                            {},
                                            {},
                                            {},
                                            {},
                                            {}}};
        QVERIFY(ws->groups()->addContacts(group.id, contacts));
        QSignalSpy pushed(sync.push(group.id, account.id), &Job::finished);
        QVERIFY(pushed.wait(15000));
        QVERIFY2(pushed.first().at(0).toBool(), qPrintable(pushed.first().at(1).toString()));

        // Send, through the provider the account makes, and refresh the report.
        QString key;
        done = false;
        accounts.secretFor(account, this, [&](bool ok, const QString &s, const QString &) {
            key = s;
            done = ok;
        });
        QTRY_VERIFY_WITH_TIMEOUT(done, 15000);
        std::unique_ptr<Provider> provider(ws->providers().create(account, key));
        Campaign campaign;
        campaign.name = QStringLiteral("Secret-free");
        campaign.accountId = account.id;
        campaign.state = CampaignState::Sent;
        QVERIFY(ws->campaigns()->create(campaign));
        QList<Recipient> recipients = {Recipient {}};
        recipients.first().address = QStringLiteral("+905321112233");
        recipients.first().content = QString::fromUtf8("Merhaba Ayşe");
        QVERIFY(ws->campaigns()->addRecipients(campaign.id, recipients));
        SendRequest request;
        request.messages
                = {{recipients.first().clientKey, recipients.first().address, {}, recipients.first().content, {}}};
        const auto sent = test::waitFor(provider->send(request));
        QVERIFY2(sent.ok, qPrintable(sent.error.message));
        const MessageOutcome outcome = sent.value.value<SendResult>().outcomes.first();
        QVERIFY(ws->campaigns()->recordSubmitResults(
                {{recipients.first().id, outcome.providerId, outcome.accepted, {}}}));
        QSignalSpy refreshed(reports.refresh(campaign.id), &Job::finished);
        QVERIFY(refreshed.wait(15000));
        QVERIFY2(refreshed.first().at(0).toBool(), qPrintable(refreshed.first().at(1).toString()));

        // Change the key: the new one goes to the keychain too.
        done = false;
        accounts.update(account, QString::fromUtf8(newSecret), this, [&done](bool ok, const QString &message) {
            QVERIFY2(ok, qPrintable(message));
            done = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(done, 15000);
        qWarning() << "for the test, a line with the key in it: AuthKey=" << secret << "token:" << newSecret;

        settings.sync();
        QLoggingCategory::installFilter(previousFilter);
        qInstallMessageHandler(nullptr);
        const QStringList files {ws.path(), ws.path() + QStringLiteral("-wal"), settings.fileName(), logFile};
        for (const QString &path : files) {
            const QByteArray bytes = test::fileBytes(path);
            for (const QByteArray &s : {secret, newSecret}) {
                QVERIFY2(!bytes.contains(s), qPrintable(path));
                const QString text = QString::fromUtf8(s);
                QVERIFY2(!bytes.contains(QByteArray(reinterpret_cast<const char *>(text.utf16()), text.size() * 2)),
                         qPrintable(path));
            }
        }
        const QByteArray log = test::fileBytes(logFile);
        QVERIFY(log.contains("/send/message")); // the log did record the requests, redacted
        QVERIFY(log.contains("[redacted]"));

        // Removing the account removes its keychain entry.
        done = false;
        accounts.remove(account.id, this, [&done](bool ok, const QString &) { done = ok; });
        QTRY_VERIFY_WITH_TIMEOUT(done, 15000);
    }
};

QTEST_GUILESS_MAIN(TestNoSecret)
#include "tst_nosecret.moc"
