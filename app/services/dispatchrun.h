// One send in progress, for the Dispatcher: the next pending batch, its request, the provider's answer written down
// (DispatchStore), and again, until no batch is left, the send is cancelled, or its sending window closes.
#pragma once

#include "models/dispatchstore.h"
#include "models/templaterenderer.h"
#include "models/types.h"
#include "providers/providertypes.h"

#include <QDateTime>
#include <QObject>

#include <optional>

namespace cm {

class Job;
class Provider;
class SendLeaseKeeper;
class Workspace;

class DispatchRun : public QObject
{
    Q_OBJECT
public:
    // Lives as long as `job`, which it finishes. `heldUntil`: the provider holds the send until then (a hand-over).
    // `keeper` holds the send's lease; every batch is written under it.
    DispatchRun(Workspace *workspace, Job *job, SendLeaseKeeper *keeper, Provider *provider, const Campaign &campaign,
                qint64 total, const QDateTime &heldUntil = {});

    void next(); // sends the next pending batch, or ends the run

private:
    // True when the account's messages_per_day are used up: the run has ended, paused until midnight.
    bool quotaReached(const QDateTime &now);
    // Writes the provider's answer to batch `batchId` (an error, or each recipient's outcome); a busy database is
    // tried again, every WriteRetryMs for up to MaxWriteAttempts times, before the run gives up.
    void record(const std::optional<ProviderError> &error, const SendResult &result, qint64 batchId, qsizetype count,
                int attempt);
    static constexpr int WriteRetryMs = 1000;
    static constexpr int MaxWriteAttempts = 600; // ten minutes, on top of each write's own 5 s busy wait
    // `paused`: stopped by the sending window, which is not a failure.
    void end(bool finished, const QString &problem, bool paused = false);

    Workspace *m_workspace;
    Job *m_job;
    SendLeaseKeeper *m_keeper;
    Provider *m_provider;
    Campaign m_campaign;
    DispatchStore m_store;
    qint64 m_total;
    QDateTime m_heldUntil;
    std::optional<CompiledText> m_bulkText; // the template's body, for BulkPersonalisation: parsed once a send
    bool m_names = false;                   // the provider lists recipients' names (Sending::recipientNames)
    qint64 m_done = 0;
    // The account's daily quota: the day counted, what its campaigns had sent that day before, m_done then.
    QDate m_quotaDay;
    qint64 m_sentBeforeRun = 0;
    qint64 m_doneAtDayStart = 0;
    bool m_cancelled = false;
};

} // namespace cm
