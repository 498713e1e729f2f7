// The bookkeeping of a campaign's send, written before and after every request so that a crash or a kill at any
// moment leaves a record of what the provider may have: recipients snapshotted with their content and cut into
// batches; a batch moves pending → submitting → accepted | failed | unknown, and its recipients with it. Nothing
// that was submitting when the process died is sent again: it becomes unknown, for the user to resolve.
//
// This store keeps the batches (send_batches); the recipients and the campaign are CampaignStore's, which it writes
// through, in the same transaction, and whose signals tell the views.
#pragma once

#include "store.h"
#include "types.h"

#include <QCoreApplication>
#include <QDateTime>

#include <optional>

namespace cm {

class CampaignStore;
struct MessageOutcome;

struct SendBatch
{
    qint64 id = 0;
    qint64 campaignId = 0;
    int seq = 0;
    QString state; // "pending", "submitting", "accepted", "failed", "unknown"
    int attempts = 0;
    QString error;
};

// A send's hold on its campaign (send_leases): one sender per campaign, across processes and machines sharing the
// workspace. The send renews it while it runs (the heartbeat); a lease that expired, or whose process on this host
// is gone, was left by a send that stopped, and the next send takes it over.
struct SendLease
{
    Q_DECLARE_TR_FUNCTIONS(cm::SendLease)
public:
    qint64 campaignId = 0;
    QString owner;   // random, one per send
    QString host;    // its name, for the user
    QString machine; // the machine and its boot (holderIsGone): a name two machines may share tells nothing
    qint64 pid = 0;
    QString program; // campaign-manager, campaignctl
    QDateTime startedAt;
    QDateTime heartbeatAt;
    QDateTime expiresAt;

    // A new send of `campaignId` by this process.
    static SendLease forThisProcess(qint64 campaignId);
    // The process that holds it ran on this host and is gone (killed, crashed): its lease need not be waited out.
    bool holderIsGone() const;
    // Who sends, for the user: "campaignctl on host (process 123), since 21:30, last seen 21:41".
    QString describe() const;
};

class DispatchStore : public Store
{
    Q_OBJECT
public:
    // Writes the recipients through `campaigns`: the workspace's store, or on a worker thread one whose owner it is.
    explicit DispatchStore(CampaignStore *campaigns, QObject *parent = nullptr);
    // With a CampaignStore of its own on `database`, whose signals nobody hears (the command line, tests).
    explicit DispatchStore(Database *database, QObject *parent = nullptr);

    static constexpr int LeaseSeconds = 60; // a send renews its lease well before (SendLeaseKeeper)

    // Takes the campaign's lease for `lease`'s send: granted when nobody holds it, its holder's lease expired or
    // its process on this host is gone, or it is this send's already. Otherwise false, and `holder` says who sends.
    // The lease's times are set from the workspace clock.
    bool claimLease(SendLease &lease, SendLease *holder, int seconds = LeaseSeconds);
    // The heartbeat: false when the lease is no longer this send's (it expired and another send took it over).
    bool renewLease(SendLease &lease, int seconds = LeaseSeconds);
    bool releaseLease(const SendLease &lease);
    std::optional<SendLease> leaseOf(qint64 campaignId) const;
    // Campaigns being sent whose send stopped without ending (killed, crashed, the machine lost): their lease
    // expired or its process on this host is gone. run-due resumes them.
    QList<qint64> interruptedSends() const;

    bool hasSnapshot(qint64 campaignId) const;
    // The recipients (address, rendered content, parts, client key) in batches of `batchSize`, and the campaign
    // 'sending', in one transaction.
    // With `releases` (one per recipient, in order, a send at each recipient's local time): a batch holds recipients
    // of one release time only, and waits until it (nextPending).
    bool snapshot(qint64 campaignId, const QList<Recipient> &recipients, int batchSize,
                  const QList<QDateTime> &releases = {});
    // Batches another send left 'submitting' (it crashed, was killed, or lost its lease) become 'unknown', with
    // their recipients. Called by the send that holds `lease`. Returns how many, or -1.
    int markInterrupted(const SendLease &lease);
    // The first pending batch whose time has come at `now` (an invalid `now`: any).
    std::optional<SendBatch> nextPending(qint64 campaignId, const QDateTime &now = {}) const;
    // A send at local time with quiet hours: a batch whose time went by more than `slackSeconds` ago (the app was
    // closed, the send was paused) would reach its recipients outside their hours; it waits for the same time a day
    // (or days) later. Returns how many batches moved, or -1.
    int postponeLate(qint64 campaignId, const QDateTime &now, qint64 slackSeconds);
    // When the next pending batch that waits for its time may go; invalid when none waits.
    QDateTime nextRelease(qint64 campaignId) const;
    // A send at local time: release time (UTC) → recipients, of the batches not yet sent.
    QMap<QDateTime, qint64> pendingReleases(qint64 campaignId) const;
    QList<Recipient> batchRecipients(qint64 batchId) const;
    // Committed (durably) before the request goes out, only while `lease` is this send's.
    bool beginBatch(const SendLease &lease, qint64 batchId);
    // What the provider answered: each recipient accepted (with its provider id) or failed, and the provider's id
    // for the request (a campaign of its own), if it gave one. Only for a batch `lease`'s send has submitting: a
    // batch another send took over after this one lost its lease is left as that send recorded it.
    bool finishBatch(const SendLease &lease, qint64 batchId, const QList<MessageOutcome> &outcomes,
                     const QString &remoteId = {});
    // The provider's ids of the campaign's accepted batches, and the campaign's own, each once.
    QStringList remoteIds(qint64 campaignId) const;
    // No answer that says what happened to each recipient: `unknown` when the provider may have the request (a
    // timeout, a dropped connection), else failed (refused before sending: credentials, validation).
    bool failBatch(const SendLease &lease, qint64 batchId, const QString &error, bool unknown);
    // A hand-over the provider refused as a whole (nothing of it went out): the batches and recipients go, and the
    // campaign is scheduled again, to be sent from here at its time. Only while `lease` is this send's.
    bool discardSnapshot(const SendLease &lease);
    // Failed recipients go into new pending batches (the user chose to retry them). Returns how many, or -1.
    qint64 retryFailed(qint64 campaignId, int batchSize);
    QMap<QString, qint64> batchCounts(qint64 campaignId) const; // state → batches
    // The user checked with the provider what happened to the unknown recipients: they were sent (accepted), or
    // not (failed, and so retryable). Returns how many changed, or -1.
    // With `onlyKeys`, only those recipients (the provider was asked and found them); a batch is settled once none
    // of its recipients is unknown.
    qint64 resolveUnknown(qint64 campaignId, bool sent, const QString &note = {}, const QStringList &onlyKeys = {});

private:
    qint64 campaignOf(qint64 batchId) const;
    // Whether `batchId` is submitting by `lease`'s send; else records why not.
    bool isSubmittingBy(const SendLease &lease, qint64 batchId);
    // Fails with the error CampaignStore recorded: false, or -1 for the counting calls.
    bool failFromCampaigns();

    CampaignStore *m_campaigns;
};

} // namespace cm
