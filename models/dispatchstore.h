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

class DispatchStore : public Store
{
    Q_OBJECT
public:
    // Writes the recipients through `campaigns`: the workspace's store, or on a worker thread one whose owner it is.
    explicit DispatchStore(CampaignStore *campaigns, QObject *parent = nullptr);
    // With a CampaignStore of its own on `database`, whose signals nobody hears (the command line, tests).
    explicit DispatchStore(Database *database, QObject *parent = nullptr);

    bool hasSnapshot(qint64 campaignId) const;
    // The recipients (address, rendered content, parts, client key) in batches of `batchSize`, and the campaign
    // 'sending', in one transaction.
    bool snapshot(qint64 campaignId, const QList<Recipient> &recipients, int batchSize);
    // Batches a crash or kill left 'submitting' become 'unknown', with their recipients. Returns how many, or -1.
    int markInterrupted(qint64 campaignId);
    std::optional<SendBatch> nextPending(qint64 campaignId) const;
    QList<Recipient> batchRecipients(qint64 batchId) const;
    // Committed before the request goes out.
    bool beginBatch(qint64 batchId);
    // What the provider answered: each recipient accepted (with its provider id) or failed, and the provider's id
    // for the request (a campaign of its own), if it gave one.
    bool finishBatch(qint64 batchId, const QList<MessageOutcome> &outcomes, const QString &remoteId = {});
    // The provider's ids of the campaign's accepted batches, and the campaign's own, each once.
    QStringList remoteIds(qint64 campaignId) const;
    // No answer that says what happened to each recipient: `unknown` when the provider may have the request (a
    // timeout, a dropped connection), else failed (refused before sending: credentials, validation).
    bool failBatch(qint64 batchId, const QString &error, bool unknown);
    // Failed recipients go into new pending batches (the user chose to retry them). Returns how many, or -1.
    qint64 retryFailed(qint64 campaignId, int batchSize);
    QMap<QString, qint64> batchCounts(qint64 campaignId) const; // state → batches
    // The user checked with the provider what happened to the unknown recipients: they were sent (accepted), or
    // not (failed, and so retryable). Returns how many changed, or -1.
    qint64 resolveUnknown(qint64 campaignId, bool sent);

private:
    qint64 campaignOf(qint64 batchId) const;
    // Fails with the error CampaignStore recorded: false, or -1 for the counting calls.
    bool failFromCampaigns();

    CampaignStore *m_campaigns;
};

} // namespace cm
