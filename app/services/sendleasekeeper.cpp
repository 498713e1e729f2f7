#include "sendleasekeeper.h"

#include "job.h"
#include "workspace.h"

#include <QLoggingCategory>
#include <QTimer>

namespace cm {

Q_LOGGING_CATEGORY(lcLease, "cm.app.dispatch")

SendLeaseKeeper::SendLeaseKeeper(Workspace *workspace, Job *job, const SendLease &lease)
    : QObject(job)
    , m_workspace(workspace)
    , m_lease(lease)
    , m_timer(new QTimer(this))
{
    // Four heartbeats in a lease's time: a late timer or a busy database does not lose it.
    m_timer->setInterval(DispatchStore::LeaseSeconds * 1000 / 4);
    connect(m_timer, &QTimer::timeout, this, &SendLeaseKeeper::renew);
    m_timer->start();
    connect(job, &Job::finished, this, &SendLeaseKeeper::release);
}

void SendLeaseKeeper::renew()
{
    DispatchStore store(m_workspace->campaigns());
    if (store.renewLease(m_lease))
        return;
    // A busy database is tried again at the next beat; only a lease another send holds now is lost.
    const auto holder = store.leaseOf(m_lease.campaignId);
    if (holder && holder->owner != m_lease.owner) {
        m_lost = store.lastError().message;
        m_timer->stop();
        qCWarning(lcLease) << "lost the lease of campaign" << m_lease.campaignId << "to" << holder->host << holder->pid;
    }
}

void SendLeaseKeeper::release()
{
    m_timer->stop();
    if (isLost())
        return;
    DispatchStore store(m_workspace->campaigns());
    if (!store.releaseLease(m_lease))
        qCWarning(lcLease) << "could not release the lease of campaign" << m_lease.campaignId << ":"
                           << store.lastError().message;
}

} // namespace cm
