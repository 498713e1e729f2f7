// One send in progress, for the Dispatcher: the next pending batch, its request, the provider's answer written down
// (DispatchStore), and again, until no batch is left, the send is cancelled, or its sending window closes.
#pragma once

#include "models/dispatchstore.h"
#include "models/types.h"

#include <QDateTime>
#include <QObject>

namespace cm {

class Job;
class Provider;
class Workspace;

class DispatchRun : public QObject
{
    Q_OBJECT
public:
    // Lives as long as `job`, which it finishes. `heldUntil`: the provider holds the send until then (a hand-over).
    DispatchRun(Workspace *workspace, Job *job, Provider *provider, const Campaign &campaign, qint64 total,
                const QDateTime &heldUntil = {});

    void next(); // sends the next pending batch, or ends the run

private:
    // `paused`: stopped by the sending window, which is not a failure.
    void end(bool finished, const QString &problem, bool paused = false);

    Workspace *m_workspace;
    Job *m_job;
    Provider *m_provider;
    Campaign m_campaign;
    DispatchStore m_store;
    qint64 m_total;
    QDateTime m_heldUntil;
    QString m_bulkText; // the template's body, for BulkPersonalisation
    qint64 m_done = 0;
    bool m_cancelled = false;
};

} // namespace cm
