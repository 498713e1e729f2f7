#include "providersession.h"

#include <QNetworkAccessManager>

namespace cm {

RequestPace::RequestPace()
{
    m_clock.start();
}

int RequestPace::delayMs(double requestsPerSecond)
{
    if (requestsPerSecond <= 0)
        return 0;
    const qint64 now = m_clock.elapsed();
    const qint64 slot = qMax(now, m_nextSlotMs);
    m_nextSlotMs = slot + qint64(1000.0 / requestsPerSecond);
    return int(slot - now);
}

ProviderSession::ProviderSession(QObject *parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
{ }

ProviderSession *ProviderSessions::forAccount(qint64 accountId)
{
    ProviderSession *&session = m_sessions[accountId];
    if (!session)
        session = new ProviderSession(this);
    return session;
}

void ProviderSessions::forget(qint64 accountId)
{
    if (ProviderSession *session = m_sessions.take(accountId))
        session->deleteLater();
}

QNetworkAccessManager *ProviderContext::network(QObject *owner) const
{
    return session ? session->network() : new QNetworkAccessManager(owner);
}

} // namespace cm
