#include "segmentstore.h"

#include "groupstore.h"
#include "sqlhelpers.h"

namespace cm {

namespace {

const QString selectSegment = QStringLiteral("SELECT id, name, rule, created_at, updated_at FROM segments");

Segment segmentFrom(const sql::Query &q)
{
    return {q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), sql::timeFrom(q.value(3)),
            sql::timeFrom(q.value(4))};
}

// Not the contacts of an import still running (GroupStore::contacts says why).
const QString settled = GroupStore::settledContact(QStringLiteral("c")) + QStringLiteral(" AND ");

} // namespace

QList<Segment> SegmentStore::segments() const
{
    QList<Segment> result;
    sql::Query q(db(), selectSegment + QStringLiteral(" ORDER BY name COLLATE NOCASE"));
    if (q.exec()) {
        while (q.next())
            result.append(segmentFrom(q));
    }
    return result;
}

std::optional<Segment> SegmentStore::byId(qint64 id) const
{
    sql::Query q(db(), selectSegment + QStringLiteral(" WHERE id = ?"));
    if (q.bind(id).exec() && q.next())
        return segmentFrom(q);
    return std::nullopt;
}

std::optional<Segment> SegmentStore::byName(const QString &name) const
{
    sql::Query q(db(), selectSegment + QStringLiteral(" WHERE name = ? COLLATE NOCASE"));
    if (q.bind(name.trimmed()).exec() && q.next())
        return segmentFrom(q);
    return std::nullopt;
}

bool SegmentStore::save(Segment &segment)
{
    segment.name = segment.name.trimmed();
    if (segment.name.isEmpty())
        return fail(tr("A segment needs a name."));
    SegmentRuleError error;
    if (!compile(segment.rule, &error))
        return fail(tr("The rule of “%1” has a mistake. %2").arg(segment.name, error.message));
    if (const auto other = byName(segment.name); other && other->id != segment.id)
        return fail(tr("There is already a segment named “%1”; choose another name.").arg(segment.name));
    const QDateTime at = now();
    if (segment.id == 0) {
        sql::Query q(db(),
                     QStringLiteral("INSERT INTO segments (name, rule, created_at, updated_at) "
                                    "VALUES (?, ?, ?, ?)"));
        q.bind(segment.name).bind(segment.rule.trimmed()).bind(sql::timeValue(at)).bind(sql::timeValue(at));
        if (!q.exec())
            return fail(q.error(), tr("save the segment “%1”").arg(segment.name));
        segment.id = q.lastInsertId();
        segment.createdAt = at;
    } else {
        sql::Query q(db(), QStringLiteral("UPDATE segments SET name = ?, rule = ?, updated_at = ? WHERE id = ?"));
        q.bind(segment.name).bind(segment.rule.trimmed()).bind(sql::timeValue(at)).bind(segment.id);
        if (!q.exec())
            return fail(q.error(), tr("save the segment “%1”").arg(segment.name));
    }
    segment.updatedAt = at;
    return succeed();
}

bool SegmentStore::remove(qint64 id)
{
    const auto segment = byId(id);
    if (!segment)
        return fail(tr("There is no such segment."));
    sql::Query using_(db(),
                      QStringLiteral("SELECT c.name FROM campaign_segments s JOIN campaigns c ON c.id = s.campaign_id "
                                     "WHERE s.segment_id = ? AND c.state IN ('draft', 'scheduled', 'sending') "
                                     "ORDER BY c.name"));
    QStringList campaigns;
    if (using_.bind(id).exec()) {
        while (using_.next())
            campaigns.append(QStringLiteral("“%1”").arg(using_.value(0).toString()));
    }
    if (!campaigns.isEmpty())
        return fail(tr("“%1” is the audience of %2, not sent yet: change their audience first.")
                            .arg(segment->name, campaigns.join(QStringLiteral(", "))));
    sql::Query q(db(), QStringLiteral("DELETE FROM segments WHERE id = ?"));
    if (!q.bind(id).exec())
        return fail(q.error(), tr("delete the segment “%1”").arg(segment->name));
    return succeed();
}

std::optional<SegmentRule> SegmentStore::compile(const QString &rule, SegmentRuleError *error) const
{
    const auto idOf = [this](const char *sql) {
        return [this, sql](const QString &name) -> std::optional<qint64> {
            sql::Query q(db(), QString::fromLatin1(sql));
            if (q.bind(name.trimmed()).exec() && q.next())
                return q.value(0).toLongLong();
            return std::nullopt;
        };
    };
    SegmentRule::Names names;
    names.campaign = idOf("SELECT id FROM campaigns WHERE name = ? COLLATE NOCASE");
    names.group = idOf("SELECT id FROM groups WHERE name = ? COLLATE NOCASE");
    names.now = now();
    return SegmentRule::compile(rule, names, error);
}

qint64 SegmentStore::count(const SegmentRule &rule, const std::atomic<bool> *cancel, QString *error) const
{
    const sql::CancelWhen cancelled(Database::nativeHandle(db()), cancel);
    sql::Query q(db(),
                 QStringLiteral("SELECT count(*) FROM contacts c WHERE ") + settled + QLatin1Char('(') + rule.where()
                         + QLatin1Char(')'));
    for (const QVariant &v : rule.binds())
        q.bind(v);
    if (!q.exec() || !q.next()) {
        if (error)
            *error = q.error().databaseText();
        return -1;
    }
    return q.value(0).toLongLong();
}

std::optional<QList<qint64>> SegmentStore::contactIds(const SegmentRule &rule, qint64 afterId, int limit,
                                                      QString *error) const
{
    QString sql = QStringLiteral("SELECT c.id FROM contacts c WHERE c.id > ? AND ") + settled + QLatin1Char('(')
            + rule.where() + QStringLiteral(") ORDER BY c.id");
    if (limit > 0)
        sql += QStringLiteral(" LIMIT %1").arg(limit);
    sql::Query q(db(), sql);
    q.bind(afterId);
    for (const QVariant &v : rule.binds())
        q.bind(v);
    QList<qint64> ids;
    if (!q.exec()) {
        if (error)
            *error = q.error().databaseText();
        return std::nullopt;
    }
    while (q.next())
        ids.append(q.value(0).toLongLong());
    return ids;
}

} // namespace cm
