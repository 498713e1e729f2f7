#include "campaignstore.h"

#include "sqlhelpers.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace cm {

namespace {
const QString selectCampaign = QStringLiteral(
        "SELECT c.id, c.name, c.channel, c.account_id, c.template_id, c.group_id, c.sender, c.state, c.scheduled_at,"
        " c.time_zone, c.remote_id, c.created_at, c.started_at, c.finished_at,"
        " coalesce(a.name, ''), coalesce(t.name, ''), coalesce(g.name, ''),"
        " (SELECT count(*) FROM campaign_recipients r WHERE r.campaign_id = c.id),"
        " c.window_start, c.window_end, c.resume_at, c.options, c.series_id, c.variant_of, c.subject, c.local_time,"
        " c.local_late"
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
    c.seriesId = q.value(22).toLongLong();
    c.variantOf = q.value(23).toLongLong();
    c.subject = q.value(24).toString();
    c.localTime = q.value(25).isNull() ? -1 : q.value(25).toInt();
    c.localLateNow = q.value(26).toString() == QLatin1String("now");
    return c;
}
} // namespace

CampaignStore::CampaignStore(Database *database, QObject *parent)
    : Store(database, parent)
{ }

CampaignStore::CampaignStore(Database *database, CampaignStore *owner)
    : Store(database)
    , m_owner(owner)
{ }

CampaignStore::~CampaignStore() = default; // an open transaction rolls back

void CampaignStore::announce(Change change, qint64 campaignId)
{
    if (!m_transactions.empty()) {
        if (!m_pending.contains(qMakePair(change, campaignId)))
            m_pending.append({change, campaignId});
        return;
    }
    emitChange(change, campaignId);
    if (m_owner)
        QMetaObject::invokeMethod(m_owner,
                                  [owner = m_owner, change, campaignId] { owner->emitChange(change, campaignId); });
}

void CampaignStore::emitChange(Change change, qint64 campaignId)
{
    switch (change) {
    case Change::Campaigns:
        emit campaignsChanged();
        break;
    case Change::Recipients:
        emit recipientsChanged(campaignId);
        break;
    case Change::Report:
        emit reportChanged(campaignId);
        break;
    }
}

bool CampaignStore::begin()
{
    auto transaction = std::make_unique<sql::Transaction>(db());
    if (!transaction->isActive())
        return fail(transaction->error(), tr("save the send results"));
    m_transactions.push_back(std::move(transaction));
    return succeed();
}

bool CampaignStore::commit()
{
    if (m_transactions.empty())
        return succeed(); // nothing to commit
    const std::unique_ptr<sql::Transaction> transaction = std::move(m_transactions.back());
    m_transactions.pop_back();
    const bool committed = transaction->commit(); // else rolled back as it goes
    const QList<QPair<Change, qint64>> pending
            = m_transactions.empty() ? std::exchange(m_pending, {}) : QList<QPair<Change, qint64>>();
    if (!committed)
        return fail(transaction->error(), tr("save the send results"));
    succeed();
    for (const auto &[change, campaignId] : pending)
        announce(change, campaignId);
    return true;
}

void CampaignStore::rollback()
{
    if (!m_transactions.empty())
        m_transactions.pop_back();
    if (m_transactions.empty())
        m_pending.clear();
}

QList<Campaign> CampaignStore::campaigns(bool withSeriesSteps) const
{
    QList<Campaign> result;
    sql::Query q(db(),
                 selectCampaign
                         + (withSeriesSteps ? QString()
                                            : QStringLiteral(" WHERE c.series_id IS NULL AND c.variant_of IS NULL"))
                         + QStringLiteral(" ORDER BY coalesce(c.scheduled_at, c.created_at) DESC"));
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
    sql::Query s(db(), QStringLiteral("SELECT campaign_id, segment_id, exclude FROM campaign_segments ORDER BY rowid"));
    if (s.exec()) {
        while (s.next()) {
            if (Campaign *c = byId.value(s.value(0).toLongLong()))
                (s.value(2).toBool() ? c->excludedSegmentIds : c->segmentIds).append(s.value(1).toLongLong());
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
    c.segmentIds.clear();
    c.excludedSegmentIds.clear();
    sql::Query s(db(),
                 QStringLiteral("SELECT segment_id, exclude FROM campaign_segments WHERE campaign_id = ? "
                                "ORDER BY rowid"));
    if (!s.bind(c.id).exec())
        return;
    while (s.next())
        (s.value(1).toBool() ? c.excludedSegmentIds : c.segmentIds).append(s.value(0).toLongLong());
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
    sql::Query clearSegments(db(), QStringLiteral("DELETE FROM campaign_segments WHERE campaign_id = ?"));
    if (!clearSegments.bind(c.id).exec())
        return fail(clearSegments.error(), tr("save the groups of “%1”").arg(c.name));
    sql::Query addSegment(db(),
                          QStringLiteral("INSERT OR IGNORE INTO campaign_segments (campaign_id, segment_id, exclude) "
                                         "VALUES (?, ?, ?)"));
    for (const auto &[ids, exclude] : {std::pair {&c.segmentIds, 0}, std::pair {&c.excludedSegmentIds, 1}}) {
        for (const qint64 id : *ids) {
            if (!addSegment.bind(c.id).bind(id).bind(exclude).exec())
                return fail(addSegment.error(), tr("save the groups of “%1”").arg(c.name));
        }
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

QString CampaignStore::uniqueName(const QString &base) const
{
    QString name = base;
    for (int n = 2; byName(name); ++n)
        name = QStringLiteral("%1 (%2)").arg(base).arg(n);
    return name;
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
        c.createdAt = now();
    if (!c.groupIds.isEmpty())
        c.groupId = c.groupIds.first();
    sql::Transaction transaction(db());
    sql::Query q(db(),
                 QStringLiteral("INSERT INTO campaigns (name, channel, account_id, template_id, group_id, "
                                "sender, state, scheduled_at, time_zone, remote_id, created_at, started_at, "
                                "finished_at, window_start, window_end, options, series_id, variant_of, subject, "
                                "local_time, local_late) "
                                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.bind(c.name).bind(channelKey(c.channel)).bind(sql::idOrNull(c.accountId)).bind(sql::idOrNull(c.templateId));
    q.bind(sql::idOrNull(c.groupId)).bind(c.sender).bind(campaignStateKey(c.state)).bind(sql::timeValue(c.scheduledAt));
    q.bind(c.timeZone).bind(sql::textOrNull(c.remoteId)).bind(sql::timeValue(c.createdAt));
    q.bind(sql::timeValue(c.startedAt)).bind(sql::timeValue(c.finishedAt));
    q.bind(c.hasWindow() ? QVariant(c.windowStart) : QVariant())
            .bind(c.hasWindow() ? QVariant(c.windowEnd) : QVariant());
    q.bind(optionsJson(c.options)).bind(sql::idOrNull(c.seriesId)).bind(sql::idOrNull(c.variantOf)).bind(c.subject);
    q.bind(c.sendsAtLocalTime() ? QVariant(c.localTime) : QVariant());
    q.bind(c.localLateNow ? QStringLiteral("now") : QStringLiteral("tomorrow"));
    if (!q.exec())
        return fail(q.error(), tr("save the campaign “%1”").arg(c.name));
    c.id = q.lastInsertId();
    if (!saveGroups(c))
        return false;
    if (!transaction.commit())
        return fail(transaction.error(), tr("save the campaign “%1”").arg(c.name));
    announce(Change::Campaigns);
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
                                "window_end = ?, options = ?, subject = ?, local_time = ?, local_late = ? "
                                "WHERE id = ? AND state IN ('draft', 'scheduled')"));
    q.bind(c.name).bind(channelKey(c.channel)).bind(sql::idOrNull(c.accountId)).bind(sql::idOrNull(c.templateId));
    q.bind(sql::idOrNull(c.groupId)).bind(c.sender).bind(sql::timeValue(c.scheduledAt)).bind(c.timeZone);
    q.bind(c.hasWindow() ? QVariant(c.windowStart) : QVariant())
            .bind(c.hasWindow() ? QVariant(c.windowEnd) : QVariant());
    q.bind(optionsJson(c.options)).bind(c.subject).bind(c.sendsAtLocalTime() ? QVariant(c.localTime) : QVariant());
    q.bind(c.localLateNow ? QStringLiteral("now") : QStringLiteral("tomorrow"));
    if (!q.bind(c.id).exec())
        return fail(q.error(), action);
    if (q.rowsAffected() != 1)
        return fail(tr("“%1” can no longer be changed: its send has started. Clone it to change a copy.").arg(c.name));
    if (!saveGroups(c))
        return false;
    if (!transaction.commit())
        return fail(transaction.error(), action);
    announce(Change::Campaigns);
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
    announce(Change::Campaigns);
    return succeed();
}

bool CampaignStore::holdAtProvider(qint64 id, const QDateTime &at)
{
    sql::Query q(db(),
                 QStringLiteral("UPDATE campaigns SET state = 'scheduled', scheduled_at = ?, started_at = NULL "
                                "WHERE id = ? AND state IN ('sending', 'scheduled')"));
    if (!q.bind(sql::timeValue(at)).bind(id).exec())
        return fail(q.error(), tr("schedule the campaign"));
    announce(Change::Campaigns);
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
    if (!q.bind(sql::timeValue(now())).bind(id).exec())
        return fail(q.error(), tr("cancel the campaign"));
    if (q.rowsAffected() != 1)
        return fail(tr("Only a draft, a scheduled or a paused campaign can be cancelled; this one has finished."));
    if (atProvider) {
        sql::Query dropped(db(),
                           QStringLiteral("UPDATE campaign_recipients SET state = 'failed', error = ?, updated_at = ? "
                                          "WHERE campaign_id = ? AND state = 'accepted'"));
        if (!dropped.bind(tr("Cancelled before it was sent.")).bind(sql::timeValue(now())).bind(id).exec())
            return fail(dropped.error(), tr("cancel the campaign"));
    }
    // An A/B test's variants go with their campaign: what of them is not sent yet is not sent any more.
    sql::Query variants(db(),
                        QStringLiteral("UPDATE campaigns SET state = 'cancelled', finished_at = ?, resume_at = NULL "
                                       "WHERE variant_of = ? AND state IN ('draft', 'scheduled', 'sending')"));
    if (!variants.bind(sql::timeValue(now())).bind(id).exec())
        return fail(variants.error(), tr("cancel the campaign"));
    if (!transaction.commit())
        return fail(transaction.error(), tr("cancel the campaign"));
    announce(Change::Campaigns);
    announce(Change::Recipients, id);
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
    copy.variantOf = 0;
    copy.subject.clear(); // an A/B test's winning subject was that campaign's; the copy has its template's
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
    announce(Change::Campaigns);
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
    announce(Change::Campaigns);
    return succeed();
}

} // namespace cm
