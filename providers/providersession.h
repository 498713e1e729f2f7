// What every operation of one account shares for the whole process: one QNetworkAccessManager (connections and TLS
// sessions reused from one operation to the next) and one request pace (the account's requests per second hold
// across all of its operations at once, not per operation). The services keep one session per account; an adapter
// made without one (tests) has its own of each.
#pragma once

#include <QElapsedTimer>
#include <QHash>
#include <QObject>

class QNetworkAccessManager;

namespace cm {

class Clock;

// The account's request rate: the milliseconds a request must wait for its slot.
class RequestPace
{
public:
    RequestPace();
    int delayMs(double requestsPerSecond);

private:
    QElapsedTimer m_clock;
    qint64 m_nextSlotMs = 0;
};

class ProviderSession : public QObject
{
    Q_OBJECT
public:
    explicit ProviderSession(QObject *parent = nullptr);
    QNetworkAccessManager *network() const { return m_network; }
    RequestPace *pace() { return &m_pace; }
    // Secrets beside the account's own (its mailbox password), read from the keychain by the services before an
    // adapter is made; in memory only, for this process.
    QString secret(const QString &name) const { return m_secrets.value(name); }
    void setSecret(const QString &name, const QString &value) { m_secrets.insert(name, value); }

private:
    QNetworkAccessManager *m_network;
    RequestPace m_pace;
    QHash<QString, QString> m_secrets;
};

// The sessions of this process, one per account id, made on first use on the thread that asks (the GUI's or the
// CLI's main thread).
class ProviderSessions : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    ProviderSession *forAccount(qint64 accountId);
    void forget(qint64 accountId); // the account was removed

private:
    QHash<qint64, ProviderSession *> m_sessions;
};

// What an adapter is made with besides its account and secret: the workspace clock and the account's session.
// Converts from a clock alone (no session: the adapter has a network and a pace of its own).
struct ProviderContext
{
    ProviderContext(const Clock *clockIn = nullptr, ProviderSession *sessionIn = nullptr) // NOLINT: a clock is one
        : clock(clockIn)
        , session(sessionIn)
    { }
    const Clock *clock;
    ProviderSession *session;

    // The session's network, or a new one owned by `owner` when there is no session.
    QNetworkAccessManager *network(QObject *owner) const;
    RequestPace *pace() const { return session ? session->pace() : nullptr; }
    QString sessionSecret(const QString &name) const { return session ? session->secret(name) : QString(); }
};

} // namespace cm
