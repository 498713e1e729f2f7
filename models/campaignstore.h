#pragma once

#include "store.h"
#include "types.h"

#include <QHash>
#include <QMap>
#include <optional>

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
    bool create(Campaign &campaign); // sets campaign.id
    bool setState(qint64 id, CampaignState state, const QDateTime &at);

    // Snapshots the recipients (address and rendered content) in one transaction; sets their ids.
    bool addRecipients(qint64 campaignId, QList<Recipient> &recipients);
    // A window of recipients ordered by id, optionally of one state; with the newest event of each.
    QList<Recipient> recipients(qint64 campaignId, qint64 afterId, int limit,
                                std::optional<RecipientState> state = std::nullopt) const;
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

signals:
    void campaignsChanged();
    void recipientsChanged(qint64 campaignId);
    void reportChanged(qint64 campaignId);
};

} // namespace cm
