// Holds a send's lease (DispatchStore, send_leases) for as long as its job runs: renews it on a timer (the
// heartbeat), and releases it when the job ends, however it ends. A process that is killed leaves it to expire.
#pragma once

#include "models/dispatchstore.h"

#include <QObject>

class QTimer;

namespace cm {

class Job;
class Workspace;

class SendLeaseKeeper : public QObject
{
    Q_OBJECT
public:
    // `lease` was claimed already; the keeper lives as long as `job`.
    SendLeaseKeeper(Workspace *workspace, Job *job, const SendLease &lease);

    const SendLease &lease() const { return m_lease; }
    // The lease was not renewed in time and another send took it over: this send must stop. Translated.
    bool isLost() const { return !m_lost.isEmpty(); }
    QString lostReason() const { return m_lost; }

private:
    void renew();
    void release();

    Workspace *m_workspace;
    SendLease m_lease;
    QTimer *m_timer;
    QString m_lost;
};

} // namespace cm
