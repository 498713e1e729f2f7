#include "campaignstore.h"
#include "suppressionstore.h"

#include "sqlhelpers.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace cm {

namespace {
// Accepted by the provider: with or without an id of its own (Deployments returns none), and still counted when it
// failed or bounced afterwards. A recipient refused at submission has no provider id and is not "sent".
const QString acceptedByProvider = QStringLiteral(
        "(state IN ('accepted', 'delivered', 'bounced') OR (state = 'failed' AND provider_id IS NOT NULL))");

// The recipient state an event moves a recipient to, if any.
std::optional<RecipientState> stateAfter(EventType type)
{
    switch (type) {
    case EventType::Delivered:
    case EventType::Opened:
    case EventType::Clicked:
        return RecipientState::Delivered;
    case EventType::Failed:
        return RecipientState::Failed;
    case EventType::Bounced:
        return RecipientState::Bounced;
    default:
        return std::nullopt;
    }
}
} // namespace

QList<QPair<QDateTime, qint64>> CampaignStore::eventSeries(qint64 campaignId, EventType type, bool byDay) const
{
    // Times are stored as "2026-11-02T09:41:07Z": the hour or the day is a prefix, no date arithmetic per event.
    QList<QPair<QDateTime, qint64>> series;
    sql::Query q(db(),
                 QStringLiteral("SELECT substr(occurred_at, 1, ?), count(*) FROM events "
                                "WHERE campaign_id = ? AND type = ? GROUP BY 1 ORDER BY 1"));
    if (q.bind(byDay ? 10 : 13).bind(campaignId).bind(eventTypeKey(type)).exec()) {
        const QString rest = byDay ? QStringLiteral("T00:00:00Z") : QStringLiteral(":00:00Z");
        while (q.next())
            series.append({QDateTime::fromString(q.value(0).toString() + rest, Qt::ISODate), q.value(1).toLongLong()});
    }
    return series;
}

QList<std::tuple<QString, qint64, qint64>> CampaignStore::linkClicks(qint64 campaignId) const
{
    QList<std::tuple<QString, qint64, qint64>> links;
    sql::Query q(db(),
                 QStringLiteral("SELECT link, count(*), count(DISTINCT recipient_id) FROM (SELECT CASE WHEN "
                                "instr(detail, ' ') > 0 THEN substr(detail, 1, instr(detail, ' ') - 1) ELSE detail END "
                                "AS link, recipient_id FROM events WHERE campaign_id = ? AND type = 'clicked' AND "
                                "detail <> '') GROUP BY link ORDER BY 2 DESC, 1"));
    if (q.bind(campaignId).exec()) {
        while (q.next())
            links.append({q.value(0).toString(), q.value(1).toLongLong(), q.value(2).toLongLong()});
    }
    return links;
}

int CampaignStore::addEvents(qint64 campaignId, const QList<DeliveryEvent> &events)
{
    const QHash<QString, qint64> ids = providerIds(campaignId);
    // Events that name an address instead of a message (an events export) find their recipient by address.
    QHash<QString, qint64> byAddress;
    if (std::any_of(events.cbegin(), events.cend(), [](const DeliveryEvent &e) { return e.providerId.isEmpty(); })) {
        sql::Query q(db(),
                     QStringLiteral("SELECT lower(address), id FROM campaign_recipients WHERE campaign_id = ? "
                                    "AND provider_id IS NOT NULL"));
        if (q.bind(campaignId).exec()) {
            while (q.next())
                byAddress.insert(q.value(0).toString(), q.value(1).toLongLong());
        }
    }
    sql::Transaction transaction(db());
    sql::Query insert(db(),
                      QStringLiteral("INSERT OR IGNORE INTO events (campaign_id, recipient_id, type, "
                                     "occurred_at, detail) VALUES (?, ?, ?, ?, ?)"));
    // A final state is never undone by an older event arriving late.
    sql::Query move(db(),
                    QStringLiteral("UPDATE campaign_recipients SET state = ?, error = ?, updated_at = ? "
                                   "WHERE id = ? AND state IN ('pending', 'submitting', 'accepted', 'unknown')"));
    // Whoever unsubscribes, complains or bounces for good is on the workspace's suppression list from then on,
    // for every later campaign on this channel (a soft bounce is not a reason to stop writing).
    const auto campaign = byId(campaignId);
    const QString channel = campaign ? Suppression::channelFor(campaign->channel) : QString();
    const QString source = campaign ? tr("campaign “%1”").arg(campaign->name) : QString();
    sql::Query suppress(db(),
                        QStringLiteral("INSERT OR IGNORE INTO suppressions (channel, address, reason, source, "
                                       "created_at) SELECT ?, address, ?, ?, ? FROM campaign_recipients WHERE id = ?"));
    int added = 0;
    for (const DeliveryEvent &e : events) {
        const qint64 recipientId
                = e.providerId.isEmpty() ? byAddress.value(e.address.toLower()) : ids.value(e.providerId);
        if (recipientId == 0)
            continue;
        insert.bind(campaignId).bind(recipientId).bind(eventTypeKey(e.type)).bind(sql::timeValue(e.at)).bind(e.detail);
        if (!insert.exec()) {
            fail(insert.error(), tr("save the delivery events"));
            return -1;
        }
        const bool isNew = insert.rowsAffected() > 0;
        added += isNew ? 1 : 0;
        const QString reason = e.type == EventType::Unsubscribed ? QStringLiteral("opt_out")
                : e.type == EventType::Complained                ? QStringLiteral("complaint")
                : e.type == EventType::Bounced && !e.detail.startsWith(QLatin1String("soft"), Qt::CaseInsensitive)
                ? QStringLiteral("bounce")
                : QString();
        if (isNew && !reason.isEmpty() && !channel.isEmpty()) {
            suppress.bind(channel).bind(reason).bind(source).bind(sql::timeValue(e.at)).bind(recipientId);
            if (!suppress.exec()) {
                fail(suppress.error(), tr("save the delivery events"));
                return -1;
            }
        }
        if (const auto state = stateAfter(e.type)) {
            const bool isError = *state != RecipientState::Delivered;
            move.bind(recipientStateKey(*state)).bind(isError ? e.detail : QString());
            move.bind(sql::timeValue(e.at)).bind(recipientId);
            if (!move.exec()) {
                fail(move.error(), tr("save the delivery events"));
                return -1;
            }
        }
    }
    if (!transaction.commit()) {
        fail(transaction.error(), tr("save the delivery events"));
        return -1;
    }
    succeed();
    if (added > 0) {
        announce(Change::Recipients, campaignId);
        announce(Change::Report, campaignId);
    }
    return added;
}

CampaignStats CampaignStore::computeStats(qint64 campaignId) const
{
    CampaignStats stats;
    // By state from the (campaign, state) index alone; then the few failed ones the provider had accepted.
    sql::Query r(db(),
                 QStringLiteral("SELECT state, count(*) FROM campaign_recipients WHERE campaign_id = ? "
                                "GROUP BY state"));
    QMap<QString, qint64> byState;
    if (r.bind(campaignId).exec()) {
        while (r.next())
            byState.insert(r.value(0).toString(), r.value(1).toLongLong());
    }
    sql::Query failedAfter(db(),
                           QStringLiteral("SELECT count(*) FROM campaign_recipients WHERE campaign_id = ? AND "
                                          "state = 'failed' AND provider_id IS NOT NULL"));
    const qint64 failedAccepted
            = failedAfter.bind(campaignId).exec() && failedAfter.next() ? failedAfter.value(0).toLongLong() : 0;
    const auto n = [&byState](const char *state) { return byState.value(QLatin1String(state)); };
    // Accepted by the provider: as `acceptedByProvider` says.
    stats.set(CampaignStats::Sent, n("accepted") + n("delivered") + n("bounced") + failedAccepted);
    stats.set(CampaignStats::Delivered, n("delivered"));
    stats.set(CampaignStats::Failed, n("failed"));
    stats.set(CampaignStats::Bounced, n("bounced"));
    stats.set(CampaignStats::Pending, n("pending") + n("submitting") + n("accepted") + n("unknown"));
    // The event counters are kept by the events' triggers (schema 11): a few rows whatever the campaign's size.
    sql::Query e(db(), QStringLiteral("SELECT type, events, recipients FROM event_counts WHERE campaign_id = ?"));
    if (e.bind(campaignId).exec()) {
        while (e.next()) {
            const auto type = eventTypeFromKey(e.value(0).toString());
            const qint64 all = e.value(1).toLongLong();
            const qint64 unique = e.value(2).toLongLong();
            if (type == EventType::Opened) {
                stats.set(CampaignStats::Opened, all);
                stats.set(CampaignStats::UniqueOpened, unique);
            } else if (type == EventType::Clicked) {
                stats.set(CampaignStats::Clicked, all);
                stats.set(CampaignStats::UniqueClicked, unique);
            } else if (type == EventType::Unsubscribed) {
                stats.set(CampaignStats::Unsubscribed, unique);
            } else if (type == EventType::Complained) {
                stats.set(CampaignStats::Complained, unique);
            }
        }
    }
    // Counters with no events yet are zero, not unknown: the caller clears those its provider does not report.
    for (auto counter : {CampaignStats::Opened, CampaignStats::UniqueOpened, CampaignStats::Clicked,
                         CampaignStats::UniqueClicked, CampaignStats::Unsubscribed, CampaignStats::Complained}) {
        if (!stats.isReported(counter))
            stats.set(counter, 0);
    }
    return stats;
}

qint64 CampaignStore::sentParts(qint64 campaignId) const
{
    sql::Query q(db(),
                 QStringLiteral("SELECT coalesce(sum(parts), 0) FROM campaign_recipients "
                                "WHERE campaign_id = ? AND ")
                         + acceptedByProvider);
    if (q.bind(campaignId).exec() && q.next())
        return q.value(0).toLongLong();
    return 0;
}

bool CampaignStore::addSnapshot(qint64 campaignId, const CampaignStats &stats)
{
    sql::Query q(db(),
                 QStringLiteral("INSERT INTO report_snapshots (campaign_id, taken_at, counters) "
                                "VALUES (?, ?, ?)"));
    q.bind(campaignId).bind(sql::timeValue(stats.takenAt));
    q.bind(QJsonDocument(stats.toJson()).toJson(QJsonDocument::Compact));
    if (!q.exec())
        return fail(q.error(), tr("save the report"));
    announce(Change::Report, campaignId);
    return succeed();
}

std::optional<ReportSnapshot> CampaignStore::latestSnapshot(qint64 campaignId) const
{
    sql::Query q(db(),
                 QStringLiteral("SELECT id, counters FROM report_snapshots WHERE campaign_id = ? "
                                "ORDER BY taken_at DESC, id DESC LIMIT 1"));
    if (q.bind(campaignId).exec() && q.next())
        return ReportSnapshot {q.value(0).toLongLong(), campaignId,
                               CampaignStats::fromJson(QJsonDocument::fromJson(q.value(1).toByteArray()).object())};
    return std::nullopt;
}

QList<ReportSnapshot> CampaignStore::snapshots(qint64 campaignId) const
{
    QList<ReportSnapshot> result;
    sql::Query q(db(),
                 QStringLiteral("SELECT id, counters FROM report_snapshots WHERE campaign_id = ? "
                                "ORDER BY taken_at, id"));
    if (q.bind(campaignId).exec()) {
        while (q.next())
            result.append({q.value(0).toLongLong(), campaignId,
                           CampaignStats::fromJson(QJsonDocument::fromJson(q.value(1).toByteArray()).object())});
    }
    return result;
}

} // namespace cm
