// Where account secrets live: the OS keychain, or, when there is none, this session's memory. Never the database,
// a settings file or a log.
#pragma once

#include <QHash>
#include <QObject>

#include <functional>

namespace cm {

class SecretStore : public QObject
{
    Q_OBJECT
public:
    // Locked: the keychain holds its entries locked (no session unlocked it, or it was locked), so it could not
    // say whether the entry is there.
    enum class Status { Ok, NotFound, Locked, Unavailable, Error };
    using ReadCallback = std::function<void(Status status, const QString &secret, const QString &error)>;
    using DoneCallback = std::function<void(Status status, const QString &error)>;

    using QObject::QObject;
    // Each callback is called once, on this object's thread, unless `context` is destroyed first.
    virtual void read(const QString &key, QObject *context, ReadCallback callback) = 0;
    virtual void write(const QString &key, const QString &secret, QObject *context, DoneCallback callback) = 0;
    virtual void remove(const QString &key, QObject *context, DoneCallback callback) = 0;
    virtual bool isPersistent() const = 0; // false: secrets are forgotten when the app quits
    virtual QString backendName() const = 0;

    // "ws-<workspace id>/account-42": each workspace its own entries, so two workspaces whose accounts share an id
    // never overwrite each other's secrets.
    static QString keyForAccount(const QString &workspaceId, qint64 accountId);
    static QString legacyKeyForAccount(qint64 accountId); // "account-42", before schema 9: moved on first read
};

// Secrets kept for this session only.
class MemorySecretStore : public SecretStore
{
    Q_OBJECT
public:
    using SecretStore::SecretStore;
    void read(const QString &key, QObject *context, ReadCallback callback) override;
    void write(const QString &key, const QString &secret, QObject *context, DoneCallback callback) override;
    void remove(const QString &key, QObject *context, DoneCallback callback) override;
    bool isPersistent() const override { return false; }
    QString backendName() const override;

private:
    QHash<QString, QString> m_secrets;
};

// The OS keychain through QtKeychain (insecure fallback off). A job that does not answer within the timeout (a
// keyring waiting for an unlock prompt nobody sees) counts as "unavailable"; the job is left to finish on its own.
class KeychainSecretStore : public SecretStore
{
    Q_OBJECT
public:
    explicit KeychainSecretStore(const QString &service, QObject *parent = nullptr);
    void read(const QString &key, QObject *context, ReadCallback callback) override;
    void write(const QString &key, const QString &secret, QObject *context, DoneCallback callback) override;
    void remove(const QString &key, QObject *context, DoneCallback callback) override;
    bool isPersistent() const override { return true; }
    QString backendName() const override;

    void setTimeout(int milliseconds) { m_timeoutMs = milliseconds; }

private:
    enum class Operation { Read, Write, Remove };
    static bool keyringIsLocked();
    void run(Operation operation, const QString &key, const QString &secret, QObject *context, ReadCallback callback,
             bool isRetry);

    QString m_service;
    int m_timeoutMs = 5000;
};

// The keychain while it works; when it is unavailable, this session's memory, and says so once.
class FallbackSecretStore : public SecretStore
{
    Q_OBJECT
public:
    FallbackSecretStore(SecretStore *primary, QObject *parent = nullptr);
    void read(const QString &key, QObject *context, ReadCallback callback) override;
    void write(const QString &key, const QString &secret, QObject *context, DoneCallback callback) override;
    void remove(const QString &key, QObject *context, DoneCallback callback) override;
    bool isPersistent() const override { return !m_usingMemory; }
    QString backendName() const override;

signals:
    void keychainUnavailable(const QString &reason); // translated; emitted once, when falling back

private:
    void fallBack(const QString &reason);

    SecretStore *m_primary;
    MemorySecretStore m_memory;
    bool m_usingMemory = false;
};

} // namespace cm
