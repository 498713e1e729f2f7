#include "secretstore.h"

#include <QLoggingCategory>
#include <QPointer>
#include <QTimer>
#if defined(Q_OS_LINUX) || defined(Q_OS_FREEBSD)
#include <QDBusConnection>
#include <QDBusInterface>
#endif

#include <qt6keychain/keychain.h>

#include <memory>

namespace cm {

Q_LOGGING_CATEGORY(lcSecrets, "cm.app.secretstore")

QString SecretStore::keyForAccount(const QString &workspaceId, qint64 accountId)
{
    return QStringLiteral("ws-%1/account-%2").arg(workspaceId).arg(accountId);
}

QString SecretStore::legacyKeyForAccount(qint64 accountId)
{
    return QStringLiteral("account-%1").arg(accountId);
}

// --- MemorySecretStore

namespace {
// Calls back on the next turn of the event loop, as the keychain would, unless the context is gone.
void later(QObject *context, std::function<void()> call)
{
    QTimer::singleShot(0, context, std::move(call));
}
} // namespace

void MemorySecretStore::read(const QString &key, QObject *context, ReadCallback callback)
{
    const auto it = m_secrets.constFind(key);
    const bool found = it != m_secrets.cend();
    const QString secret = found ? *it : QString();
    later(context, [callback, found, secret] { callback(found ? Status::Ok : Status::NotFound, secret, {}); });
}

void MemorySecretStore::write(const QString &key, const QString &secret, QObject *context, DoneCallback callback)
{
    m_secrets.insert(key, secret);
    later(context, [callback] { callback(Status::Ok, {}); });
}

void MemorySecretStore::remove(const QString &key, QObject *context, DoneCallback callback)
{
    m_secrets.remove(key);
    later(context, [callback] { callback(Status::Ok, {}); });
}

QString MemorySecretStore::backendName() const
{
    return tr("this session's memory");
}

// --- KeychainSecretStore

KeychainSecretStore::KeychainSecretStore(const QString &service, QObject *parent)
    : SecretStore(parent)
    , m_service(service)
{ }

QString KeychainSecretStore::backendName() const
{
    return tr("the system keychain");
}

void KeychainSecretStore::read(const QString &key, QObject *context, ReadCallback callback)
{
    run(Operation::Read, key, {}, context, std::move(callback), false);
}

void KeychainSecretStore::write(const QString &key, const QString &secret, QObject *context, DoneCallback callback)
{
    run(
            Operation::Write, key, secret, context,
            [callback](Status status, const QString &, const QString &error) { callback(status, error); }, false);
}

void KeychainSecretStore::remove(const QString &key, QObject *context, DoneCallback callback)
{
    run(
            Operation::Remove, key, {}, context,
            [callback](Status status, const QString &, const QString &error) { callback(status, error); }, false);
}

void KeychainSecretStore::run(Operation operation, const QString &key, const QString &secret, QObject *context,
                              ReadCallback callback, bool isRetry)
{
    QKeychain::Job *job = nullptr;
    switch (operation) {
    case Operation::Read:
        job = new QKeychain::ReadPasswordJob(m_service);
        break;
    case Operation::Write: {
        auto *write = new QKeychain::WritePasswordJob(m_service);
        write->setTextData(secret);
        job = write;
        break;
    }
    case Operation::Remove:
        job = new QKeychain::DeletePasswordJob(m_service);
        break;
    }
    job->setAutoDelete(true); // never deleted by us while it runs: a timed-out job finishes and goes on its own
    job->setInsecureFallback(false);
    job->setKey(key);

    // Whichever comes first, the job's answer or the timeout, calls back; the other is ignored.
    auto answered = std::make_shared<bool>(false);
    QPointer<QObject> guard(context);
    auto answer = [answered, guard, callback](Status status, const QString &value, const QString &error) {
        if (*answered)
            return;
        *answered = true;
        if (guard)
            callback(status, value, error);
    };

    QTimer::singleShot(m_timeoutMs, this, [answer, key] {
        qCWarning(lcSecrets) << "keychain did not answer for" << key << "in time";
        answer(Status::Unavailable, {},
               tr("The system keychain did not answer (it may be locked and waiting for a password prompt)."));
    });

    connect(job, &QKeychain::Job::finished, this,
            [this, operation, key, secret, context, callback, answer, answered, isRetry](QKeychain::Job *done) {
                if (*answered)
                    return;
                const QKeychain::Error error = done->error();
                if (error == QKeychain::NoError) {
                    const QString value = operation == Operation::Read
                            ? static_cast<QKeychain::ReadPasswordJob *>(done)->textData()
                            : QString();
                    answer(Status::Ok, value, {});
                } else if (error == QKeychain::EntryNotFound) {
                    // Not a warning: reading an account without a secret, or removing one twice. A locked keyring
                    // answers "not found" too, without asking anyone to unlock it when nobody can see a prompt.
                    if (operation == Operation::Read && keyringIsLocked())
                        answer(Status::Locked, {}, tr("The system keychain is locked."));
                    else
                        answer(operation == Operation::Remove ? Status::Ok : Status::NotFound, {}, {});
                } else if (error == QKeychain::OtherError && !isRetry) {
                    // The backend may still be starting (a keyring activated by D-Bus): try once more shortly.
                    *answered = true;
                    QTimer::singleShot(500, this, [=] { run(operation, key, secret, context, callback, true); });
                } else {
                    qCWarning(lcSecrets) << "keychain error" << int(error) << done->errorString();
                    const bool unavailable = error == QKeychain::NoBackendAvailable
                            || error == QKeychain::NotImplemented || error == QKeychain::OtherError
                            || error == QKeychain::AccessDenied;
                    answer(unavailable ? Status::Unavailable : Status::Error, {}, done->errorString());
                }
            });
    job->start();
}

bool KeychainSecretStore::keyringIsLocked()
{
#if defined(Q_OS_LINUX) || defined(Q_OS_FREEBSD)
    // The Secret Service's default collection (gnome-keyring, KWallet's bridge, KeePassXC), asked over D-Bus.
    QDBusInterface collection(QStringLiteral("org.freedesktop.secrets"),
                              QStringLiteral("/org/freedesktop/secrets/aliases/default"),
                              QStringLiteral("org.freedesktop.Secret.Collection"), QDBusConnection::sessionBus());
    return collection.isValid() && collection.property("Locked").toBool();
#else
    return false;
#endif
}

// --- FallbackSecretStore

FallbackSecretStore::FallbackSecretStore(SecretStore *primary, QObject *parent)
    : SecretStore(parent)
    , m_primary(primary)
{ }

QString FallbackSecretStore::backendName() const
{
    return m_usingMemory ? m_memory.backendName() : m_primary->backendName();
}

void FallbackSecretStore::fallBack(const QString &reason)
{
    if (m_usingMemory)
        return;
    m_usingMemory = true;
    emit keychainUnavailable(
            tr("No system keychain is available (%1). Passwords and API keys are kept in memory until you quit, "
               "and you will be asked for them again next time.")
                    .arg(reason));
}

void FallbackSecretStore::read(const QString &key, QObject *context, ReadCallback callback)
{
    if (m_usingMemory) {
        m_memory.read(key, context, std::move(callback));
        return;
    }
    m_primary->read(key, context,
                    [this, key, context, callback](Status status, const QString &secret, const QString &error) {
                        if (status == Status::Unavailable) {
                            fallBack(error);
                            m_memory.read(key, context, callback);
                            return;
                        }
                        callback(status, secret, error);
                    });
}

void FallbackSecretStore::write(const QString &key, const QString &secret, QObject *context, DoneCallback callback)
{
    if (m_usingMemory) {
        m_memory.write(key, secret, context, std::move(callback));
        return;
    }
    m_primary->write(key, secret, context, [this, key, secret, context, callback](Status status, const QString &error) {
        if (status == Status::Unavailable) {
            fallBack(error);
            m_memory.write(key, secret, context, callback);
            return;
        }
        callback(status, error);
    });
}

void FallbackSecretStore::remove(const QString &key, QObject *context, DoneCallback callback)
{
    m_memory.remove(key, context, [](Status, const QString &) {});
    if (m_usingMemory) {
        QTimer::singleShot(0, context, [callback] { callback(Status::Ok, {}); });
        return;
    }
    m_primary->remove(key, context, std::move(callback));
}

} // namespace cm
