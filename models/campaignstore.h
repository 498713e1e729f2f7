#pragma once

#include "store.h"
#include "types.h"

#include <QHash>
#include <QMap>
#include <optional>
#include <tuple>

namespace cm {

// What the provider said of one submitted recipient.
struct SubmitResult
{
    qint64 recipientId = 0;
    QString providerId;
    bool accepted = false;
    QString error;
};

// Campaigns, their recipient snapshots, send results, events and report snapshots.
class CampaignStore : public Store
{
    Q_OBJECT
public:
    using Store::Store;

    QList<Campaign> campaigns() const; // with joined names and recipient counts
    std::optional<Campaign> byId(qint64 id) const;
    std::optional<Campaign> byName(const QString &name) const;
    bool create(Campaign &campaign); // sets campaign.id; saves its groups and exclusions
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
    // recipient id → provider id, for every recipient the provider accepted.
    QHash<QString, qint64> providerIds(qint64 campaignId) const;
    bool recordSubmitResults(const QList<SubmitResult> &results);
    // Stores events (ignoring ones already stored) and moves recipients to delivered/failed/bounced.
    // Returns how many events were new, or -1 on error.
    int addEvents(qint64 campaignId, const QList<DeliveryEvent> &events);

    // Counts computed from the recipients and events we hold.
    CampaignStats computeStats(qint64 campaignId) const;
    qint64 sentParts(qint64 campaignId) const; // SMS parts (or emails) the provider accepted: what it costs
    bool addSnapshot(qint64 campaignId, const CampaignStats &stats);
    std::optional<ReportSnapshot> latestSnapshot(qint64 campaignId) const;
    QList<ReportSnapshot> snapshots(qint64 campaignId) const;

private:
    void loadGroups(Campaign &campaign) const;
    bool saveGroups(const Campaign &campaign);

signals:
    void campaignsChanged();
    void recipientsChanged(qint64 campaignId);
    void reportChanged(qint64 campaignId);
};

} // namespace cm
