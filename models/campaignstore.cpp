#include "campaignstore.h"

#include "sqlhelpers.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>

namespace cm {

namespace {
// Accepted by the provider: with or without an id of its own (Deployments returns none), and still counted when it
// failed or bounced afterwards. A recipient refused at submission has no provider id and is not "sent".
const QString acceptedByProvider = QStringLiteral(
        "(state IN ('accepted', 'delivered', 'bounced') OR (state = 'failed' AND provider_id IS NOT NULL))");

const QString selectCampaign = QStringLiteral(
        "SELECT c.id, c.name, c.channel, c.account_id, c.template_id, c.group_id, c.sender, c.state, c.scheduled_at,"
        " c.time_zone, c.remote_id, c.created_at, c.started_at, c.finished_at,"
        " coalesce(a.name, ''), coalesce(t.name, ''), coalesce(g.name, ''),"
        " (SELECT count(*) FROM campaign_recipients r WHERE r.campaign_id = c.id),"
        " c.window_start, c.window_end, c.resume_at, c.options"
        " FROM campaigns c LEFT JOIN accounts a ON a.id = c.account_id"
        " LEFT JOIN templates t ON t.id = c.template_id LEFT JOIN groups g ON g.id = c.group_id");

QString optionsJson(const QVariantMap &options)
{
    return QString::fromUtf8(QJsonDocument(QJsonObject::fromVariantMap(options)).toJson(QJsonDocument::Compact));
}

Campaign campaignFrom(const sql::Query &q)
{
    Campaign c;
    c.id = q.value(0).toLongLong();
    c.name = q.value(1).toString();
    c.channel = channelFromKey(q.value(2).toString()).value_or(Channel::Sms);
    c.accountId = q.value(3).toLongLong();
    c.templateId = q.value(4).toLongLong();
    c.groupId = q.value(5).toLongLong();
    c.sender = q.value(6).toString();
    c.state = campaignStateFromKey(q.value(7).toString()).value_or(CampaignState::Draft);
    c.scheduledAt = sql::timeFrom(q.value(8));
    c.timeZone = q.value(9).toString();
    c.remoteId = q.value(10).toString();
    c.createdAt = sql::timeFrom(q.value(11));
    c.startedAt = sql::timeFrom(q.value(12));
    c.finishedAt = sql::timeFrom(q.value(13));
    c.accountName = q.value(14).toString();
    c.templateName = q.value(15).toString();
    c.groupName = q.value(16).toString();
    c.recipientCount = q.value(17).toLongLong();
    c.windowStart = q.value(18).isNull() ? -1 : q.value(18).toInt();
    c.windowEnd = q.value(19).isNull() ? -1 : q.value(19).toInt();
    c.resumeAt = sql::timeFrom(q.value(20));
    c.options = QJsonDocument::fromJson(q.value(21).toString().toUtf8()).object().toVariantMap();
    return c;
}

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

QList<Campaign> CampaignStore::campaigns() const
{
    QList<Campaign> result;
    sql::Query q(db(), selectCampaign + QStringLiteral(" ORDER BY coalesce(c.scheduled_at, c.created_at) DESC"));
    if (q.exec()) {
        while (q.next())
            result.append(campaignFrom(q));
    }
    // Every campaign's groups in one query, not one per campaign.
    QHash<qint64, Campaign *> byId;
    for (Campaign &c : result)
        byId.insert(c.id, &c);
    sql::Query g(db(), QStringLiteral("SELECT campaign_id, group_id, exclude FROM campaign_groups ORDER BY rowid"));
    if (g.exec()) {
        while (g.next()) {
            if (Campaign *c = byId.value(g.value(0).toLongLong()))
                (g.value(2).toBool() ? c->excludedGroupIds : c->groupIds).append(g.value(1).toLongLong());
        }
    }
    return result;
}

void CampaignStore::loadGroups(Campaign &c) const
{
    c.groupIds.clear();
    c.excludedGroupIds.clear();
    sql::Query q(db(),
                 QStringLiteral("SELECT group_id, exclude FROM campaign_groups WHERE campaign_id = ? "
                                "ORDER BY rowid"));
    if (!q.bind(c.id).exec())
        return;
    while (q.next())
        (q.value(1).toBool() ? c.excludedGroupIds : c.groupIds).append(q.value(0).toLongLong());
}

bool CampaignStore::saveGroups(const Campaign &c)
{
    sql::Query clear(db(), QStringLiteral("DELETE FROM campaign_groups WHERE campaign_id = ?"));
    if (!clear.bind(c.id).exec())
        return fail(clear.error(), tr("save the groups of “%1”").arg(c.name));
    sql::Query add(db(),
                   QStringLiteral("INSERT OR IGNORE INTO campaign_groups (campaign_id, group_id, exclude) "
                                  "VALUES (?, ?, ?)"));
    for (const qint64 id : c.includedGroups()) {
        if (!add.bind(c.id).bind(id).bind(0).exec())
            return fail(add.error(), tr("save the groups of “%1”").arg(c.name));
    }
    for (const qint64 id : c.excludedGroupIds) {
        if (!add.bind(c.id).bind(id).bind(1).exec())
            return fail(add.error(), tr("save the groups of “%1”").arg(c.name));
    }
    return true;
}

std::optional<Campaign> CampaignStore::byId(qint64 id) const
{
    sql::Query q(db(), selectCampaign + QStringLiteral(" WHERE c.id = ?"));
    if (!q.bind(id).exec() || !q.next())
        return std::nullopt;
    Campaign c = campaignFrom(q);
    loadGroups(c);
    return c;
}

std::optional<Campaign> CampaignStore::byName(const QString &name) const
{
    sql::Query q(db(), selectCampaign + QStringLiteral(" WHERE c.name = ?"));
    if (!q.bind(name).exec() || !q.next())
        return std::nullopt;
    Campaign c = campaignFrom(q);
    loadGroups(c);
    return c;
}

bool CampaignStore::create(Campaign &c)
{
    if (!c.createdAt.isValid())
        c.createdAt = QDateTime::currentDateTimeUtc();
    if (!c.groupIds.isEmpty())
        c.groupId = c.groupIds.first();
    sql::Transaction transaction(db());
    sql::Query q(db(),
                 QStringLiteral("INSERT INTO campaigns (name, channel, account_id, template_id, group_id, "
                                "sender, state, scheduled_at, time_zone, remote_id, created_at, started_at, "
                                "finished_at, window_start, window_end, options) "
                                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.bind(c.name).bind(channelKey(c.channel)).bind(sql::idOrNull(c.accountId)).bind(sql::idOrNull(c.templateId));
    q.bind(sql::idOrNull(c.groupId)).bind(c.sender).bind(campaignStateKey(c.state)).bind(sql::timeValue(c.scheduledAt));
    q.bind(c.timeZone).bind(sql::textOrNull(c.remoteId)).bind(sql::timeValue(c.createdAt));
    q.bind(sql::timeValue(c.startedAt)).bind(sql::timeValue(c.finishedAt));
    q.bind(c.hasWindow() ? QVariant(c.windowStart) : QVariant())
            .bind(c.hasWindow() ? QVariant(c.windowEnd) : QVariant());
    q.bind(optionsJson(c.options));
    if (!q.exec())
        return fail(q.error(), tr("save the campaign “%1”").arg(c.name));
    c.id = q.lastInsertId();
    if (!saveGroups(c))
        return false;
    if (!transaction.commit())
        return fail(transaction.error(), tr("save the campaign “%1”").arg(c.name));
    emit campaignsChanged();
    return succeed();
}

bool CampaignStore::update(Campaign &c)
{
    const QString action = tr("save the campaign “%1”").arg(c.name);
    if (!c.groupIds.isEmpty())
        c.groupId = c.groupIds.first();
    sql::Transaction transaction(db());
    // Only while it is editable: a send that has started keeps what it was started with.
    sql::Query q(db(),
                 QStringLiteral("UPDATE campaigns SET name = ?, channel = ?, account_id = ?, template_id = ?, "
                                "group_id = ?, sender = ?, scheduled_at = ?, time_zone = ?, window_start = ?, "
                                "window_end = ?, options = ? WHERE id = ? AND state IN ('draft', 'scheduled')"));
    q.bind(c.name).bind(channelKey(c.channel)).bind(sql::idOrNull(c.accountId)).bind(sql::idOrNull(c.templateId));
    q.bind(sql::idOrNull(c.groupId)).bind(c.sender).bind(sql::timeValue(c.scheduledAt)).bind(c.timeZone);
    q.bind(c.hasWindow() ? QVariant(c.windowStart) : QVariant())
            .bind(c.hasWindow() ? QVariant(c.windowEnd) : QVariant());
    q.bind(optionsJson(c.options));
    if (!q.bind(c.id).exec())
        return fail(q.error(), action);
    if (q.rowsAffected() != 1)
        return fail(tr("“%1” can no longer be changed: its send has started. Clone it to change a copy.").arg(c.name));
    if (!saveGroups(c))
        return false;
    if (!transaction.commit())
        return fail(transaction.error(), action);
    emit campaignsChanged();
    return succeed();
}

bool CampaignStore::schedule(qint64 id, const QDateTime &at, bool atProvider)
{
    const auto campaign = byId(id);
    if (campaign && campaign->isHeldAtProvider() && (!atProvider || !at.isValid()))
        return fail(tr("The provider holds this send: move or cancel it there (Reschedule…, Cancel campaign)."));
    sql::Query q(db(),
                 QStringLiteral("UPDATE campaigns SET state = ?, scheduled_at = ? "
                                "WHERE id = ? AND state IN ('draft', 'scheduled')"));
    q.bind(campaignStateKey(at.isValid() ? CampaignState::Scheduled : CampaignState::Draft)).bind(sql::timeValue(at));
    if (!q.bind(id).exec())
        return fail(q.error(), tr("schedule the campaign"));
    if (q.rowsAffected() != 1)
        return fail(tr("Only a draft or a scheduled campaign can be scheduled; this one has started."));
    emit campaignsChanged();
    return succeed();
}

bool CampaignStore::holdAtProvider(qint64 id, const QDateTime &at)
{
    sql::Query q(db(),
                 QStringLiteral("UPDATE campaigns SET state = 'scheduled', scheduled_at = ?, started_at = NULL "
                                "WHERE id = ? AND state IN ('sending', 'scheduled')"));
    if (!q.bind(sql::timeValue(at)).bind(id).exec())
        return fail(q.error(), tr("schedule the campaign"));
    emit campaignsChanged();
    return succeed();
}

bool CampaignStore::cancel(qint64 id, bool atProvider)
{
    const auto campaign = byId(id);
    if (campaign && campaign->isHeldAtProvider() && !atProvider)
        return fail(tr("The provider holds this send: cancel it there first (Cancel campaign does)."));
    sql::Transaction transaction(db());
    // Recipients not yet handed over stay pending for the record; nothing sends them any more. Those a provider held
    // and has now dropped were never sent.
    sql::Query q(db(),
                 QStringLiteral("UPDATE campaigns SET state = 'cancelled', finished_at = ?, resume_at = NULL "
                                "WHERE id = ? AND state IN ('draft', 'scheduled', 'sending')"));
    if (!q.bind(sql::timeValue(QDateTime::currentDateTimeUtc())).bind(id).exec())
        return fail(q.error(), tr("cancel the campaign"));
    if (q.rowsAffected() != 1)
        return fail(tr("Only a draft, a scheduled or a paused campaign can be cancelled; this one has finished."));
    if (atProvider) {
        sql::Query dropped(db(),
                           QStringLiteral("UPDATE campaign_recipients SET state = 'failed', error = ?, updated_at = ? "
                                          "WHERE campaign_id = ? AND state = 'accepted'"));
        if (!dropped.bind(tr("Cancelled before it was sent."))
                     .bind(sql::timeValue(QDateTime::currentDateTimeUtc()))
                     .bind(id)
                     .exec())
            return fail(dropped.error(), tr("cancel the campaign"));
    }
    if (!transaction.commit())
        return fail(transaction.error(), tr("cancel the campaign"));
    emit campaignsChanged();
    emit recipientsChanged(id);
    return succeed();
}

std::optional<Campaign> CampaignStore::clone(qint64 id, const QString &name)
{
    auto c = byId(id);
    if (!c) {
        fail(tr("That campaign no longer exists."));
        return std::nullopt;
    }
    Campaign copy = *c;
    copy.id = 0;
    copy.name = name;
    copy.state = CampaignState::Draft;
    copy.scheduledAt = {};
    copy.resumeAt = {};
    copy.remoteId.clear();
    copy.createdAt = {};
    copy.startedAt = {};
    copy.finishedAt = {};
    copy.recipientCount = 0;
    if (!create(copy))
        return std::nullopt;
    return copy;
}

QList<qint64> CampaignStore::due(const QDateTime &now) const
{
    QList<qint64> result;
    sql::Query q(db(),
                 QStringLiteral("SELECT id FROM campaigns WHERE (state = 'scheduled' AND scheduled_at <= ?) "
                                "OR (state = 'sending' AND resume_at <= ?) ORDER BY coalesce(resume_at, "
                                "scheduled_at), id"));
    const QVariant at = sql::timeValue(now);
    if (q.bind(at).bind(at).exec()) {
        while (q.next())
            result.append(q.value(0).toLongLong());
    }
    return result;
}

CampaignState CampaignStore::state(qint64 id) const
{
    sql::Query q(db(), QStringLiteral("SELECT state FROM campaigns WHERE id = ?"));
    if (q.bind(id).exec() && q.next())
        return campaignStateFromKey(q.value(0).toString()).value_or(CampaignState::Draft);
    return CampaignState::Cancelled; // deleted: nothing more is sent
}

bool CampaignStore::setResumeAt(qint64 id, const QDateTime &at)
{
    sql::Query q(db(), QStringLiteral("UPDATE campaigns SET resume_at = ? WHERE id = ?"));
    if (!q.bind(sql::timeValue(at)).bind(id).exec())
        return fail(q.error(), tr("record when the send continues"));
    emit campaignsChanged();
    return succeed();
}

bool CampaignStore::setState(qint64 id, CampaignState state, const QDateTime &at)
{
    QString sql = QStringLiteral("UPDATE campaigns SET state = ?");
    if (state == CampaignState::Sending)
        sql += QStringLiteral(", started_at = ?");
    else if (state == CampaignState::Sent || state == CampaignState::Failed || state == CampaignState::Cancelled)
        sql += QStringLiteral(", finished_at = ?");
    sql += QStringLiteral(" WHERE id = ?");
    sql::Query q(db(), sql);
    q.bind(campaignStateKey(state));
    if (state != CampaignState::Draft && state != CampaignState::Scheduled)
        q.bind(sql::timeValue(at));
    if (!q.bind(id).exec())
        return fail(q.error(), tr("change the campaign's state"));
    emit campaignsChanged();
    return succeed();
}

bool CampaignStore::addRecipients(qint64 campaignId, QList<Recipient> &recipients)
{
    sql::Transaction transaction(db());
    const QVariant now = sql::timeValue(QDateTime::currentDateTimeUtc());
    sql::Query q(db(),
                 QStringLiteral("INSERT INTO campaign_recipients (campaign_id, contact_id, address, content, "
                                "parts, state, client_key, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    for (Recipient &r : recipients) {
        if (r.clientKey.isEmpty())
            r.clientKey = QUuid::createUuid().toString(QUuid::WithoutBraces);
        q.bind(campaignId).bind(sql::idOrNull(r.contactId)).bind(r.address).bind(r.content).bind(r.parts);
        q.bind(recipientStateKey(r.state)).bind(r.clientKey).bind(now);
        if (!q.exec())
            return fail(q.error(), tr("save the campaign's recipients"));
        r.id = q.lastInsertId();
        r.campaignId = campaignId;
    }
    if (!transaction.commit())
        return fail(transaction.error(), tr("save the campaign's recipients"));
    emit recipientsChanged(campaignId);
    emit campaignsChanged();
    return succeed();
}

QList<Recipient> CampaignStore::recipients(qint64 campaignId, qint64 afterId, int limit,
                                           const RecipientFilter &filter) const
{
    const std::optional<RecipientState> &state = filter.state;
    QString sql = QStringLiteral(
            "SELECT r.id, r.contact_id, r.address, r.content, r.state, r.client_key, r.provider_id, r.error,"
            " r.updated_at, e.type, e.occurred_at FROM campaign_recipients r"
            " LEFT JOIN events e ON e.id = (SELECT id FROM events WHERE recipient_id = r.id"
            " ORDER BY occurred_at DESC, id DESC LIMIT 1)"
            " WHERE r.campaign_id = ? AND r.id > ?");
    if (state)
        sql += QStringLiteral(" AND r.state = ?");
    if (filter.event)
        sql += QStringLiteral(" AND EXISTS (SELECT 1 FROM events x WHERE x.recipient_id = r.id AND x.type = ?)");
    sql += QStringLiteral(" ORDER BY r.id LIMIT ?");
    sql::Query q(db(), sql);
    q.bind(campaignId).bind(afterId);
    if (state)
        q.bind(recipientStateKey(*state));
    if (filter.event)
        q.bind(eventTypeKey(*filter.event));
    q.bind(limit);
    QList<Recipient> result;
    if (!q.exec())
        return result;
    while (q.next()) {
        Recipient r;
        r.id = q.value(0).toLongLong();
        r.campaignId = campaignId;
        r.contactId = q.value(1).toLongLong();
        r.address = q.value(2).toString();
        r.content = q.value(3).toString();
        r.state = recipientStateFromKey(q.value(4).toString()).value_or(RecipientState::Unknown);
        r.clientKey = q.value(5).toString();
        r.providerId = q.value(6).toString();
        r.error = q.value(7).toString();
        r.updatedAt = sql::timeFrom(q.value(8));
        r.lastEvent = q.value(9).toString();
        r.lastEventAt = sql::timeFrom(q.value(10));
        result.append(r);
    }
    return result;
}

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

QList<qint64> CampaignStore::recipientContactIds(qint64 campaignId, const RecipientFilter &filter) const
{
    QString sql = QStringLiteral("SELECT DISTINCT r.contact_id FROM campaign_recipients r WHERE r.campaign_id = ? "
                                 "AND r.contact_id IS NOT NULL");
    if (filter.state)
        sql += QStringLiteral(" AND r.state = ?");
    if (filter.event)
        sql += QStringLiteral(" AND EXISTS (SELECT 1 FROM events x WHERE x.recipient_id = r.id AND x.type = ?)");
    sql::Query q(db(), sql + QStringLiteral(" ORDER BY r.contact_id"));
    q.bind(campaignId);
    if (filter.state)
        q.bind(recipientStateKey(*filter.state));
    if (filter.event)
        q.bind(eventTypeKey(*filter.event));
    QList<qint64> ids;
    if (q.exec()) {
        while (q.next())
            ids.append(q.value(0).toLongLong());
    }
    return ids;
}

QMap<RecipientState, qint64> CampaignStore::recipientCounts(qint64 campaignId) const
{
    QMap<RecipientState, qint64> counts;
    sql::Query q(db(),
                 QStringLiteral("SELECT state, count(*) FROM campaign_recipients WHERE campaign_id = ? "
                                "GROUP BY state"));
    if (q.bind(campaignId).exec()) {
        while (q.next()) {
            if (const auto state = recipientStateFromKey(q.value(0).toString()))
                counts.insert(*state, q.value(1).toLongLong());
        }
    }
    return counts;
}

QHash<QString, qint64> CampaignStore::providerIds(qint64 campaignId) const
{
    QHash<QString, qint64> ids;
    sql::Query q(db(),
                 QStringLiteral("SELECT provider_id, id FROM campaign_recipients WHERE campaign_id = ? AND "
                                "provider_id IS NOT NULL"));
    if (q.bind(campaignId).exec()) {
        while (q.next())
            ids.insert(q.value(0).toString(), q.value(1).toLongLong());
    }
    return ids;
}

bool CampaignStore::recordSubmitResults(const QList<SubmitResult> &results)
{
    sql::Transaction transaction(db());
    const QVariant now = sql::timeValue(QDateTime::currentDateTimeUtc());
    sql::Query q(db(),
                 QStringLiteral("UPDATE campaign_recipients SET state = ?, provider_id = ?, error = ?, "
                                "updated_at = ? WHERE id = ?"));
    for (const SubmitResult &r : results) {
        q.bind(recipientStateKey(r.accepted ? RecipientState::Accepted : RecipientState::Failed));
        q.bind(sql::textOrNull(r.providerId)).bind(r.error).bind(now).bind(r.recipientId);
        if (!q.exec())
            return fail(q.error(), tr("save the send results"));
    }
    if (!transaction.commit())
        return fail(transaction.error(), tr("save the send results"));
    return succeed();
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
    const QString channel = campaign ? channelKey(campaign->channel) : QString();
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
        emit recipientsChanged(campaignId);
        emit reportChanged(campaignId);
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
    sql::Query e(db(),
                 QStringLiteral("SELECT type, count(*), count(DISTINCT recipient_id) FROM events "
                                "WHERE campaign_id = ? GROUP BY type"));
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
    emit reportChanged(campaignId);
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
