#pragma once

#include "store.h"
#include "types.h"

#include <QHash>
#include <QMap>

#include <functional>
#include <memory>
#include <optional>
#include <tuple>
#include <vector>

namespace cm {

namespace sql {
class Transaction;
}

// What the provider said of one submitted recipient.
struct SubmitResult
{
    qint64 recipientId = 0;
    QString providerId;
    bool accepted = false;
    QString error;
};

// Campaigns, their recipient snapshots, send results, events and report snapshots: the only writer of the campaigns
// and campaign_recipients tables (DispatchStore, which keeps a send's batches, writes recipients through it).
// campaignstore.cpp has the campaigns, campaignrecipients.cpp the recipients, campaignevents.cpp events and reports.
class CampaignStore : public Store
{
    Q_OBJECT
public:
    explicit CampaignStore(Database *database, QObject *parent = nullptr);
    // A store for a worker thread (with that thread's connection) whose changes `owner`, the workspace's store on its
    // own thread, announces as well: its signals are emitted there too, so that the views hear of what the worker
    // wrote. `owner` outlives this store.
    CampaignStore(Database *database, CampaignStore *owner);
    ~CampaignStore() override;

    // With joined names and recipient counts; the series' step campaigns only with `withSeriesSteps` (the panes list
    // the user's own campaigns; a series shows its steps).
    QList<Campaign> campaigns(bool withSeriesSteps = false) const;
    std::optional<Campaign> byId(qint64 id) const;
    std::optional<Campaign> byName(const QString &name) const;
    QString uniqueName(const QString &base) const; // `base`, or "base (2)", … when a campaign has that name
    bool create(Campaign &campaign);               // sets campaign.id; saves its groups and exclusions
    // Changes a draft or a scheduled campaign (not its state); refuses once its send has started.
    bool update(Campaign &campaign);
    bool setState(qint64 id, CampaignState state, const QDateTime &at);
    // Scheduled at `at` (UTC), or back to a draft when `at` is invalid; only a draft or a scheduled campaign. A send
    // the provider holds moves only once the provider moved it (`atProvider`: it did; it stays scheduled).
    bool schedule(qint64 id, const QDateTime &at, bool atProvider = false);
    // A draft, a scheduled or a paused send becomes cancelled: nothing more of it is sent. A send the provider holds
    // is cancelled only once the provider cancelled it (`atProvider`); its recipients then fail as cancelled.
    bool cancel(qint64 id, bool atProvider = false);
    // A send just handed to a provider that holds it until `at`: scheduled again, with its recipients.
    bool holdAtProvider(qint64 id, const QDateTime &at);
    // A draft copy under a new name: account, template, groups, exclusions, sender, window; no schedule.
    std::optional<Campaign> clone(qint64 id, const QString &name);
    // Scheduled campaigns whose time has come and paused sends whose window has opened, soonest first.
    QList<qint64> due(const QDateTime &now) const;
    CampaignState state(qint64 id) const; // cheap, read before every batch; Cancelled for a deleted campaign
    bool setResumeAt(qint64 id, const QDateTime &at); // invalid: not paused

    // Snapshots the recipients (address and rendered content) in one transaction; sets their ids.
    bool addRecipients(qint64 campaignId, QList<Recipient> &recipients);
    // A window of recipients ordered by id, optionally of one state; with the newest event of each.
    QList<Recipient> recipients(qint64 campaignId, qint64 afterId, int limit, const RecipientFilter &filter = {}) const;
    // Events of a type over time, counted per hour or per day (UTC start of the bucket → count), in order.
    QList<QPair<QDateTime, qint64>> eventSeries(qint64 campaignId, EventType type, bool byDay) const;
    // The links people clicked, most clicked first: link → (clicks, people). A click's detail is its link, perhaps
    // followed by a space and the device ("https://… (Safari iOS)").
    QList<std::tuple<QString, qint64, qint64>> linkClicks(qint64 campaignId) const;
    // The contacts (still in the workspace) behind the recipients the filter selects: to retarget them.
    QList<qint64> recipientContactIds(qint64 campaignId, const RecipientFilter &filter) const;
    QMap<RecipientState, qint64> recipientCounts(qint64 campaignId) const;
    // Campaign → how many of its recipients are in `state`, for every campaign that has any: one query, an index seek
    // per campaign.
    QHash<qint64, qint64> countsInState(RecipientState state) const;
    // How many messages the account's campaigns handed to it since `since` (accepted, delivered, bounced, unknown
    // or being submitted): what counts against a relay's daily quota.
    qint64 sentByAccountSince(qint64 accountId, const QDateTime &since) const;
    // Why recipients were not sent (failed or unknown): the most frequent distinct reasons with their counts.
    QList<QPair<QString, qint64>> commonErrors(qint64 campaignId, int limit = 3) const;
    // recipient id → provider id, for every recipient the provider accepted.
    QHash<QString, qint64> providerIds(qint64 campaignId) const;
    bool recordSubmitResults(const QList<SubmitResult> &results);
    // Stores events (ignoring ones already stored) and moves recipients to delivered/failed/bounced.
    // Returns how many events were new, or -1 on error.
    int addEvents(qint64 campaignId, const QList<DeliveryEvent> &events);
    // The per-recipient report, one row per recipient in id order, each row's values as text in this order: address,
    // state, provider id, error, updated at, first delivered, opens, first opened, clicks, first clicked, the clicked
    // links (space-separated), bounced, unsubscribed, complained (times in UTC ISO 8601, empty when none). `row`
    // returns false to stop. False, with the database's message in `error`, when the report cannot be read.
    bool reportRows(qint64 campaignId, const std::function<bool(const QStringList &row)> &row, QString *error) const;

    // Counts computed from the recipients and events we hold.
    CampaignStats computeStats(qint64 campaignId) const;
    qint64 sentParts(qint64 campaignId) const; // SMS parts (or emails) the provider accepted: what it costs
    bool addSnapshot(qint64 campaignId, const CampaignStats &stats);
    std::optional<ReportSnapshot> latestSnapshot(qint64 campaignId) const;
    QList<ReportSnapshot> snapshots(qint64 campaignId) const;

    // A send's writes, for DispatchStore, which keeps its batches (send_batches) in the same transaction.
    // The recipients snapshotted, the i-th in batch batchIds[i / batchSize], and the campaign 'sending'.
    // With `batchOf`, the i-th in batch batchIds[batchOf[i]] instead.
    bool addSendRecipients(qint64 campaignId, const QList<Recipient> &recipients, const QList<qint64> &batchIds,
                           int batchSize, const QList<int> &batchOf = {});
    // The provider's answer for a batch: each recipient it names accepted (with its provider id) or failed, those it
    // does not name unknown with `unnamed` as their error, and its `remoteId` the campaign's when it has none yet.
    bool recordBatchOutcomes(qint64 campaignId, qint64 batchId, const QList<MessageOutcome> &outcomes,
                             const QString &remoteId, const QString &unnamed);
    // The batch's recipients still pending or submitting become `state` (failed or unknown), with `error`.
    bool settleBatch(qint64 campaignId, qint64 batchId, RecipientState state, const QString &error);
    QList<qint64> failedRecipientIds(qint64 campaignId) const; // in id order
    // Those recipients pending again, the i-th in batch batchIds[i / batchSize], and the campaign 'sending' (when
    // there are any).
    bool requeueRecipients(qint64 campaignId, const QList<qint64> &recipientIds, const QList<qint64> &batchIds,
                           int batchSize);
    // The snapshot taken back: a send of which nothing went out (every recipient pending or failed) is scheduled
    // again, with no recipients. Returns false, changing nothing, when any of them may have gone.
    bool discardSendRecipients(qint64 campaignId);
    // The unknown recipients accepted (`sent`) or failed, with `note` as their error; a campaign that failed only for
    // want of an accepted recipient is sent after all. Returns how many recipients changed, or -1.
    // With `onlyKeys`, only the unknown recipients with those client keys (the provider found them).
    qint64 resolveUnknown(qint64 campaignId, bool sent, const QString &note, const QStringList &onlyKeys = {});
    QStringList unknownClientKeys(qint64 campaignId) const; // of the recipients listed unknown

    // The writes from begin() to commit(), this store's and others' on the same connection, as one transaction:
    // nothing of them is kept unless commit() succeeds (rollback(), or the store going away, drops them), and this
    // store's signals for them come after the commit. They nest (the outermost commit is the one that keeps them);
    // commit() or rollback() with none open does nothing.
    bool begin();
    bool commit();
    void rollback();

signals:
    void campaignsChanged();
    void recipientsChanged(qint64 campaignId);
    void reportChanged(qint64 campaignId);

private:
    enum class Change { Campaigns, Recipients, Report };
    // Emits the change's signal here and at the owner, or once the transaction begin() opened is committed.
    void announce(Change change, qint64 campaignId = 0);
    void emitChange(Change change, qint64 campaignId);
    void loadGroups(Campaign &campaign) const;
    bool saveGroups(const Campaign &campaign);

    CampaignStore *m_owner = nullptr;
    std::vector<std::unique_ptr<sql::Transaction>> m_transactions; // begin()'s, innermost last
    QList<QPair<Change, qint64>> m_pending;                        // announced at the outermost commit
};

} // namespace cm
