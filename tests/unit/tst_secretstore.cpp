// Secrets: the OS keychain through QtKeychain, the in-memory fallback, and never a secret on disk.
//
// The keychain tests need a D-Bus session with an unlocked gnome-keyring, as tests/run.sh sets up
// (CM_TEST_KEYCHAIN=1); elsewhere they are skipped and say why.
#include "app/services/accountservice.h"
#include "app/services/job.h"
#include "app/services/logging.h"
#include "app/services/secretstore.h"
#include "models/accountstore.h"
#include "models/settingsstore.h"
#include "support/testsupport.h"

#include <QDir>
#include <QLocalServer>
#include <QLocalSocket>
#include <QSettings>
#include <QSignalSpy>
#include <QTest>

using namespace cm;

namespace {

struct ReadResult
{
    bool done = false;
    SecretStore::Status status = SecretStore::Status::Error;
    QString secret;
    QString error;
};

ReadResult readSecret(SecretStore &store, const QString &key, QObject *context, int timeoutMs = 15000)
{
    ReadResult result;
    store.read(key, context, [&result](SecretStore::Status s, const QString &secret, const QString &error) {
        result = {true, s, secret, error};
    });
    (void)QTest::qWaitFor([&] { return result.done; }, timeoutMs);
    return result;
}

SecretStore::Status writeSecret(SecretStore &store, const QString &key, const QString &secret, QObject *context)
{
    bool done = false;
    SecretStore::Status status = SecretStore::Status::Error;
    store.write(key, secret, context, [&](SecretStore::Status s, const QString &) {
        done = true;
        status = s;
    });
    (void)QTest::qWaitFor([&] { return done; }, 15000);
    return status;
}

SecretStore::Status removeSecret(SecretStore &store, const QString &key, QObject *context)
{
    bool done = false;
    SecretStore::Status status = SecretStore::Status::Error;
    store.remove(key, context, [&](SecretStore::Status s, const QString &) {
        done = true;
        status = s;
    });
    (void)QTest::qWaitFor([&] { return done; }, 15000);
    return status;
}

// A secret store that is never available, standing in for a machine without a keychain.
class UnavailableStore : public SecretStore
{
public:
    void read(const QString &, QObject *context, ReadCallback callback) override
    {
        QTimer::singleShot(0, context, [callback] { callback(Status::Unavailable, {}, QStringLiteral("no backend")); });
    }
    void write(const QString &, const QString &, QObject *context, DoneCallback callback) override
    {
        QTimer::singleShot(0, context, [callback] { callback(Status::Unavailable, QStringLiteral("no backend")); });
    }
    void remove(const QString &, QObject *context, DoneCallback callback) override
    {
        QTimer::singleShot(0, context, [callback] { callback(Status::Unavailable, QStringLiteral("no backend")); });
    }
    bool isPersistent() const override { return true; }
    QString backendName() const override { return QStringLiteral("nothing"); }
};

// Set to 1 by tests/run.sh, inside its D-Bus session with an unlocked keyring.
bool keychainAvailable()
{
    return qEnvironmentVariableIntValue("CM_TEST_KEYCHAIN") == 1;
}

const QString service = QStringLiteral("org.campaignmanager.CampaignManager.tests");

} // namespace

class TestSecretStore : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void memoryStore_keepsSecretsForTheSession()
    {
        MemorySecretStore store;
        QCOMPARE(readSecret(store, QStringLiteral("account-1"), this).status, SecretStore::Status::NotFound);
        QCOMPARE(writeSecret(store, QStringLiteral("account-1"), QStringLiteral("k"), this), SecretStore::Status::Ok);
        QCOMPARE(readSecret(store, QStringLiteral("account-1"), this).secret, QStringLiteral("k"));
        QCOMPARE(removeSecret(store, QStringLiteral("account-1"), this), SecretStore::Status::Ok);
        QCOMPARE(readSecret(store, QStringLiteral("account-1"), this).status, SecretStore::Status::NotFound);
        QVERIFY(!store.isPersistent());
    }

    void fallback_usesMemoryAndSaysSoOnce()
    {
        UnavailableStore unavailable;
        FallbackSecretStore store(&unavailable);
        QSignalSpy told(&store, &FallbackSecretStore::keychainUnavailable);
        QCOMPARE(writeSecret(store, QStringLiteral("account-7"), QStringLiteral("s"), this), SecretStore::Status::Ok);
        QCOMPARE(readSecret(store, QStringLiteral("account-7"), this).secret, QStringLiteral("s"));
        QCOMPARE(told.size(), 1);
        QVERIFY(told.first().first().toString().contains(QStringLiteral("memory")));
        QVERIFY(!store.isPersistent());
    }

    void contextGone_callbackIsNotCalled()
    {
        MemorySecretStore store;
        bool called = false;
        {
            QObject context;
            store.read(QStringLiteral("x"), &context, [&called](auto, auto, auto) { called = true; });
        }
        QTest::qWait(20);
        QVERIFY(!called);
    }

    void keychainThatNeverAnswers_isUnavailableAfterTheTimeout()
    {
        // A "session bus" that accepts connections and never says a word: the hang of a keyring waiting for an
        // unlock prompt. The store must give up, and not block the event loop while it waits.
        if (keychainAvailable())
            QSKIP("this process talks to the real session bus; the silent bus is tested without tests/run.sh's one");
        QLocalServer silent;
        const QString socket
                = QDir::temp().filePath(QStringLiteral("cm-silent-bus-%1").arg(QCoreApplication::applicationPid()));
        QLocalServer::removeServer(socket);
        QVERIFY(silent.listen(socket));
        QList<QLocalSocket *> held;
        connect(&silent, &QLocalServer::newConnection, this, [&] { held.append(silent.nextPendingConnection()); });
        const QByteArray oldBus = qgetenv("DBUS_SESSION_BUS_ADDRESS");
        qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=" + QFile::encodeName(socket));
        KeychainSecretStore store(service);
        store.setTimeout(800);
        int ticks = 0;
        QTimer ticker;
        connect(&ticker, &QTimer::timeout, this, [&ticks] { ++ticks; });
        ticker.start(50);
        const ReadResult result = readSecret(store, QStringLiteral("account-1"), this, 5000);
        qputenv("DBUS_SESSION_BUS_ADDRESS", oldBus);
        QVERIFY(result.done);
        QVERIFY2(result.status == SecretStore::Status::Unavailable, qPrintable(result.error));
        QVERIFY2(ticks >= 5, "the event loop was blocked while waiting for the keychain");
    }

    // Two workspaces each have an account with id 1: their secrets are kept apart (the key holds the workspace's
    // id), and both verify with their own.
    void twoWorkspaces_withTheSameAccountId_keepTheirOwnSecrets()
    {
        MemorySecretStore shared;
        JobTracker jobs;
        test::TempWorkspace first, second;
        AccountService one(&first.workspace(), &shared, &jobs, false), two(&second.workspace(), &shared, &jobs, false);
        QStringList secrets;
        for (auto [service, secret] :
             {std::pair {&one, QStringLiteral("alpha")}, std::pair {&two, QStringLiteral("beta")}}) {
            Account account {0, QStringLiteral("Main"), QStringLiteral("sandbox"), {}, {}, {}, {}};
            bool added = false;
            service->add(account, secret, this, [&added](bool ok, const QString &message) {
                QVERIFY2(ok, qPrintable(message));
                added = true;
            });
            QTRY_VERIFY(added);
        }
        QCOMPARE(first->accounts()->byName(QStringLiteral("Main"))->id, 1);
        QCOMPARE(second->accounts()->byName(QStringLiteral("Main"))->id, 1);
        for (auto [service, ws] : {std::pair {&one, &first}, std::pair {&two, &second}}) {
            QString read;
            service->secretFor(*(*ws)->accounts()->byName(QStringLiteral("Main")), this,
                               [&read](bool ok, const QString &secret, const QString &) {
                                   read = ok ? secret : QStringLiteral("?");
                               });
            QTRY_VERIFY(!read.isEmpty());
            secrets.append(read);
            bool verified = false;
            service->verify(1, this, [&verified](bool ok, const QString &message, const AccountStatus &) {
                QVERIFY2(ok, qPrintable(message));
                verified = true;
            });
            QTRY_VERIFY(verified);
        }
        QCOMPARE(secrets, (QStringList {QStringLiteral("alpha"), QStringLiteral("beta")}));
    }

    // A secret kept under the key of older versions ("account-1") is read and copied to the workspace's key (a copy of
    // the workspace may still need the old one); removing the account removes both.
    void legacyEntry_isCopiedToTheWorkspacesKey_andRemovedWithTheAccount()
    {
        MemorySecretStore store;
        JobTracker jobs;
        test::TempWorkspace ws;
        AccountService service(&ws.workspace(), &store, &jobs, false);
        Account account {0, QStringLiteral("Old"), QStringLiteral("sandbox"), {}, {}, {}, {}};
        account.settings.insert(QStringLiteral("has_secret"), true);
        QVERIFY(ws->accounts()->add(account));
        QCOMPARE(writeSecret(store, SecretStore::legacyKeyForAccount(account.id), QStringLiteral("kept"), this),
                 SecretStore::Status::Ok);
        QString read;
        service.secretFor(account, this, [&read](bool ok, const QString &secret, const QString &error) {
            read = ok ? secret : error;
        });
        QTRY_VERIFY(!read.isEmpty());
        QCOMPARE(read, QStringLiteral("kept"));
        const QString key = SecretStore::keyForAccount(ws->settings()->workspaceId(), account.id);
        QTRY_COMPARE(readSecret(store, key, this).secret, QStringLiteral("kept"));
        bool removed = false;
        service.remove(account.id, this, [&removed](bool ok, const QString &) { removed = ok; });
        QTRY_VERIFY(removed);
        QTRY_COMPARE(readSecret(store, SecretStore::legacyKeyForAccount(account.id), this).status,
                     SecretStore::Status::NotFound);
        QCOMPARE(readSecret(store, key, this).status, SecretStore::Status::NotFound);
    }

    // An account that has a secret whose entry is gone is not sent with an empty credential: the read fails and
    // says what to do.
    void missingSecret_isAnErrorNeverAnEmptyCredential()
    {
        MemorySecretStore store;
        JobTracker jobs;
        test::TempWorkspace ws;
        AccountService service(&ws.workspace(), &store, &jobs, false);
        Account account {0, QStringLiteral("Gone"), QStringLiteral("sandbox"), {}, {}, {}, {}};
        account.settings.insert(QStringLiteral("has_secret"), true);
        QVERIFY(ws->accounts()->add(account));
        std::optional<bool> ok;
        QString error;
        service.secretFor(account, this, [&](bool done, const QString &, const QString &why) {
            ok = done;
            error = why;
        });
        QTRY_VERIFY(ok.has_value());
        QVERIFY(!*ok);
        QVERIFY2(error.contains(QStringLiteral("not in the keychain"))
                         && error.contains(QStringLiteral("CM_SECRET_GONE")),
                 qPrintable(error));
    }

    // campaignctl reads CM_SECRET_<NAME>: a name that maps to the variable of another account is refused.
    void accountNames_whoseSecretVariablesCollide_areRefused()
    {
        MemorySecretStore store;
        JobTracker jobs;
        test::TempWorkspace ws;
        AccountService service(&ws.workspace(), &store, &jobs, false);
        Account main {0, QStringLiteral("Main SMS"), QStringLiteral("sandbox"), {}, {}, {}, {}};
        QVERIFY(ws->accounts()->add(main));
        const Account clash {0, QStringLiteral("main-sms"), QStringLiteral("sandbox"), {}, {}, {}, {}};
        const QString problem = service.validate(clash);
        QVERIFY2(problem.contains(QStringLiteral("CM_SECRET_MAIN_SMS")), qPrintable(problem));
        const Account fine {0, QStringLiteral("Main SMS 2"), QStringLiteral("sandbox"), {}, {}, {}, {}};
        QVERIFY2(service.validate(fine).isEmpty(), qPrintable(service.validate(fine)));
    }

    void keychain_writesReadsAndRemoves()
    {
        if (!keychainAvailable())
            QSKIP("needs an unlocked gnome-keyring on a private D-Bus session: run tests/run.sh");
        KeychainSecretStore store(service);
        const QString key = QStringLiteral("account-%1").arg(QCoreApplication::applicationPid());
        QCOMPARE(readSecret(store, key, this).status, SecretStore::Status::NotFound);
        QCOMPARE(writeSecret(store, key, QStringLiteral("Şifre-ünïcode-🔑"), this), SecretStore::Status::Ok);
        const ReadResult read = readSecret(store, key, this);
        QCOMPARE(read.status, SecretStore::Status::Ok);
        QCOMPARE(read.secret, QStringLiteral("Şifre-ünïcode-🔑"));
        QCOMPARE(removeSecret(store, key, this), SecretStore::Status::Ok);
        QCOMPARE(readSecret(store, key, this).status, SecretStore::Status::NotFound);
        QCOMPARE(removeSecret(store, key, this), SecretStore::Status::Ok); // removing twice is fine
    }

    void accountSecret_neverReachesTheDatabaseSettingsOrLog()
    {
        if (!keychainAvailable())
            QSKIP("needs an unlocked gnome-keyring on a private D-Bus session: run tests/run.sh");
        test::TempWorkspace ws;
        const QString logFile = ws.dir() + QStringLiteral("/test.log");
        installLogging(logFile);
        QSettings settings;
        settings.setValue(QStringLiteral("pane"), QStringLiteral("accounts"));

        const QString secret = QStringLiteral("Very-Secret-Key-0f9e8d7c6b");
        KeychainSecretStore keychain(service);
        JobTracker jobs;
        AccountService accounts(&ws.workspace(), &keychain, &jobs, false);
        bool added = false;
        Account account {0, QStringLiteral("Keyed sandbox"), QStringLiteral("sandbox"), {}, {}, {}, {}};
        accounts.add(account, secret, this, [&added](bool ok, const QString &message) {
            QVERIFY2(ok, qPrintable(message));
            added = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(added, 15000);
        const auto stored = ws->accounts()->byName(QStringLiteral("Keyed sandbox"));
        QVERIFY(stored);
        // Verifying reads the secret back from the keychain and hands it to the provider.
        bool verified = false;
        accounts.verify(stored->id, this, [&verified](bool ok, const QString &message, const AccountStatus &) {
            QVERIFY2(ok, qPrintable(message));
            verified = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(verified, 15000);
        qWarning() << "logging the account for the test:" << stored->name << "key=" << secret;
        settings.sync();

        for (const QString &path :
             QStringList {ws.path(), ws.path() + QStringLiteral("-wal"), settings.fileName(), logFile}) {
            const QByteArray bytes = test::fileBytes(path);
            QVERIFY2(!bytes.contains(secret.toUtf8()), qPrintable(path));
            const QByteArray utf16(reinterpret_cast<const char *>(secret.utf16()), secret.size() * 2);
            QVERIFY2(!bytes.contains(utf16), qPrintable(path));
        }
        QVERIFY(test::fileBytes(logFile).contains("Keyed sandbox")); // the log was written, only redacted

        // Removing the account removes its keychain entry.
        bool removed = false;
        accounts.remove(stored->id, this, [&removed](bool ok, const QString &) { removed = ok; });
        QTRY_VERIFY_WITH_TIMEOUT(removed, 15000);
        QCOMPARE(readSecret(keychain, SecretStore::keyForAccount(ws->settings()->workspaceId(), stored->id), this)
                         .status,
                 SecretStore::Status::NotFound);
        qInstallMessageHandler(nullptr);
    }
};

QTEST_GUILESS_MAIN(TestSecretStore)
#include "tst_secretstore.moc"
