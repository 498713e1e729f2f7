// SeriesStore's progress of contacts through a series (seriesstore.h): who is due, moving them past their steps, and
// what came of it (reports per step, timelines). seriesstore.cpp has the series, their steps and the entry.
#include "seriesstore.h"

#include "sqlhelpers.h"
#include "types.h"

#include <QSet>

namespace cm {

namespace {

// Whether the recipient `r` (a message of a step) was opened, and clicked: two columns, false without a message.
const QString openedClicked = QStringLiteral(
        "r.id IS NOT NULL AND EXISTS (SELECT 1 FROM events e WHERE e.campaign_id = r.campaign_id AND e.type = 'opened'"
        " AND e.recipient_id = r.id), r.id IS NOT NULL AND EXISTS (SELECT 1 FROM events e WHERE e.campaign_id ="
        " r.campaign_id AND e.type = 'clicked' AND e.recipient_id = r.id)");

QString memberStateKey(SeriesMember::State state)
{
    switch (state) {
    case SeriesMember::State::Waiting:
        return QStringLiteral("waiting");
    case SeriesMember::State::Finished:
        return QStringLiteral("finished");
    case SeriesMember::State::Left:
        return QStringLiteral("left");
    }
    return {};
}

} // namespace

QList<SeriesStore::Due> SeriesStore::due(qint64 seriesId, const QDateTime &now, int limit) const
{
    QList<Due> result;
    sql::Query q(
            db(),
            QStringLiteral("SELECT m.contact_id, m.step, m.entered_at, m.due_at, c.id IS NOT NULL, c.group_id,"
                           " coalesce(c.email, ''), coalesce(c.phone, ''), r.state, ")
                    + openedClicked
                    + QStringLiteral(
                            ", coalesce(s.campaign_id, 0),"
                            " pc.id IS NULL OR pc.state IN ('sent', 'failed', 'cancelled')"
                            " FROM series_members m"
                            " LEFT JOIN contacts c ON c.id = m.contact_id"
                            " LEFT JOIN series_sends s ON s.series_id = m.series_id AND s.contact_id = m.contact_id"
                            "   AND s.step = m.step - 1 AND s.outcome = 'sent'"
                            " LEFT JOIN campaign_recipients r ON r.campaign_id = s.campaign_id AND r.contact_id = "
                            "m.contact_id"
                            " LEFT JOIN campaigns pc ON pc.id = s.campaign_id"
                            " WHERE m.series_id = ? AND m.state = 'waiting' AND m.due_at <= ?"
                            " ORDER BY m.due_at LIMIT ?"));
    if (!q.bind(seriesId).bind(sql::timeValue(now)).bind(limit).exec())
        return result;
    while (q.next()) {
        Due d;
        d.contactId = q.value(0).toLongLong();
        d.step = q.value(1).toInt();
        d.enteredAt = sql::timeFrom(q.value(2));
        d.dueAt = sql::timeFrom(q.value(3));
        d.exists = q.value(4).toBool();
        d.groupId = q.value(5).toLongLong();
        d.email = q.value(6).toString();
        d.phone = q.value(7).toString();
        if (!q.value(8).isNull())
            d.previousState = q.value(8).toString();
        d.opened = q.value(9).toBool();
        d.clicked = q.value(10).toBool();
        d.previousCampaignId = q.value(11).toLongLong();
        d.previousSettled = q.value(12).toBool();
        result.append(d);
    }
    return result;
}

QList<qint64> SeriesStore::conditionCampaigns(qint64 seriesId, const QList<int> &conditionalSteps,
                                              const QDateTime &now) const
{
    QList<qint64> result;
    for (const int step : conditionalSteps) {
        sql::Query q(
                db(),
                QStringLiteral("SELECT DISTINCT s.campaign_id FROM series_members m JOIN series_sends s"
                               " ON s.series_id = m.series_id AND s.contact_id = m.contact_id AND s.step = m.step - 1"
                               " WHERE m.series_id = ? AND m.state = 'waiting' AND m.due_at <= ? AND m.step = ?"
                               " AND s.campaign_id IS NOT NULL"));
        if (q.bind(seriesId).bind(sql::timeValue(now)).bind(step).exec()) {
            while (q.next()) {
                if (!result.contains(q.value(0).toLongLong()))
                    result.append(q.value(0).toLongLong());
            }
        }
    }
    return result;
}

bool SeriesStore::advance(qint64 seriesId, qint64 contactId, int step, Outcome outcome, const QDateTime &at,
                          const QDateTime &reached, const QDateTime &nextDue, bool last, const QString &note)
{
    sql::Query move(
            db(),
            outcome == Outcome::Left
                    ? QStringLiteral("UPDATE series_members SET state = 'left', left_reason = ?, due_at = NULL "
                                     "WHERE series_id = ? AND contact_id = ? AND state = 'waiting' AND step = ?")
                    : QStringLiteral("UPDATE series_members SET state = ?, step = step + 1, reached_at = ?, "
                                     "due_at = ? WHERE series_id = ? AND contact_id = ? AND state = 'waiting' "
                                     "AND step = ?"));
    if (outcome == Outcome::Left)
        move.bind(note);
    else
        move.bind(memberStateKey(last ? SeriesMember::State::Finished : SeriesMember::State::Waiting))
                .bind(sql::timeValue(reached))
                .bind(sql::timeValue(last ? QDateTime() : nextDue));
    if (!move.bind(seriesId).bind(contactId).bind(step).exec())
        return fail(move.error(), tr("move a contact along the series"));
    if (move.rowsAffected() != 1)
        return false; // moved by another process: not this one's to record
    sql::Query line(db(),
                    QStringLiteral("INSERT INTO series_sends (series_id, step, contact_id, outcome, at, note) "
                                   "VALUES (?, ?, ?, ?, ?, ?)"));
    const QString key = outcome == Outcome::Sent ? QStringLiteral("sent")
            : outcome == Outcome::Skipped        ? QStringLiteral("skipped")
                                                 : QStringLiteral("left");
    if (!line.bind(seriesId).bind(step).bind(contactId).bind(key).bind(sql::timeValue(at)).bind(note).exec())
        return fail(line.error(), tr("move a contact along the series"));
    return succeed();
}

bool SeriesStore::setSendCampaign(qint64 seriesId, int step, const QList<qint64> &contactIds, qint64 campaignId)
{
    sql::RawStatement q(
            db(), "UPDATE series_sends SET campaign_id = ?1 WHERE series_id = ?2 AND step = ?3 AND contact_id = ?4");
    for (const qint64 id : contactIds) {
        if (!q.bind(1, campaignId).bind(2, seriesId).bind(3, qint64(step)).bind(4, id).step())
            return fail(q.error(), tr("move a contact along the series"));
    }
    return succeed();
}

bool SeriesStore::revokeSends(qint64 campaignId, const QString &note)
{
    sql::Query q(db(),
                 QStringLiteral("UPDATE series_sends SET outcome = 'left', note = ? WHERE campaign_id = ? AND "
                                "outcome = 'sent'"));
    if (!q.bind(note).bind(campaignId).exec())
        return fail(q.error(), tr("stop the series"));
    return succeed();
}

QSet<QString> SeriesStore::sentAddresses(qint64 seriesId, int step) const
{
    QSet<QString> addresses;
    sql::Query q(
            db(),
            QStringLiteral("SELECT coalesce(c.email, ''), coalesce(c.phone, '') FROM series_sends s JOIN contacts c "
                           "ON c.id = s.contact_id WHERE s.series_id = ? AND s.step = ? AND s.outcome = 'sent'"));
    if (q.bind(seriesId).bind(step).exec()) {
        while (q.next()) {
            for (const int column : {0, 1}) {
                if (const QString address = q.value(column).toString(); !address.isEmpty())
                    addresses.insert(address);
            }
        }
    }
    return addresses;
}

QList<qint64> SeriesStore::campaignContacts(qint64 campaignId) const
{
    QList<qint64> ids;
    sql::Query q(db(), QStringLiteral("SELECT contact_id FROM series_sends WHERE campaign_id = ? ORDER BY contact_id"));
    if (q.bind(campaignId).exec()) {
        while (q.next())
            ids.append(q.value(0).toLongLong());
    }
    return ids;
}

QList<qint64> SeriesStore::campaigns(qint64 seriesId) const
{
    QList<qint64> ids;
    sql::Query q(db(), QStringLiteral("SELECT id FROM campaigns WHERE series_id = ? ORDER BY id"));
    if (q.bind(seriesId).exec()) {
        while (q.next())
            ids.append(q.value(0).toLongLong());
    }
    return ids;
}

QMap<qint64, qint64> SeriesStore::unknownCampaigns(qint64 seriesId) const
{
    QMap<qint64, qint64> result;
    sql::Query q(db(),
                 QStringLiteral("SELECT c.id, count(*) FROM campaigns c JOIN campaign_recipients r ON r.campaign_id = "
                                "c.id WHERE c.series_id = ? AND r.state = 'unknown' GROUP BY c.id"));
    if (q.bind(seriesId).exec()) {
        while (q.next())
            result.insert(q.value(0).toLongLong(), q.value(1).toLongLong());
    }
    return result;
}

QList<SeriesStepReport> SeriesStore::report(qint64 seriesId, int steps) const
{
    QList<SeriesStepReport> result(steps);
    const auto at = [&result](const QVariant &step) -> SeriesStepReport * {
        const int i = step.toInt();
        return i >= 0 && i < result.size() ? &result[i] : nullptr;
    };
    sql::Query waiting(db(),
                       QStringLiteral("SELECT step, count(*) FROM series_members WHERE series_id = ? AND state = "
                                      "'waiting' GROUP BY step"));
    if (waiting.bind(seriesId).exec()) {
        while (waiting.next()) {
            if (SeriesStepReport *r = at(waiting.value(0)))
                r->waiting = waiting.value(1).toLongLong();
        }
    }
    sql::Query outcomes(db(),
                        QStringLiteral("SELECT step, outcome, count(*) FROM series_sends WHERE series_id = ? "
                                       "GROUP BY step, outcome"));
    if (outcomes.bind(seriesId).exec()) {
        while (outcomes.next()) {
            SeriesStepReport *r = at(outcomes.value(0));
            const QString outcome = outcomes.value(1).toString();
            if (r)
                (outcome == QLatin1String("sent")              ? r->sent
                         : outcome == QLatin1String("skipped") ? r->skipped
                                                               : r->left)
                        = outcomes.value(2).toLongLong();
        }
    }
    // The messages' fate, from the steps' campaigns.
    sql::Query states(db(),
                      QStringLiteral("SELECT s.step, r.state, count(*) FROM series_sends s JOIN campaign_recipients r"
                                     " ON r.campaign_id = s.campaign_id AND r.contact_id = s.contact_id"
                                     " WHERE s.series_id = ? AND s.outcome = 'sent' GROUP BY s.step, r.state"));
    if (states.bind(seriesId).exec()) {
        while (states.next()) {
            SeriesStepReport *r = at(states.value(0));
            const auto state = recipientStateFromKey(states.value(1).toString());
            if (!r || !state)
                continue;
            const qint64 n = states.value(2).toLongLong();
            switch (*state) {
            case RecipientState::Accepted:
                r->accepted += n;
                break;
            case RecipientState::Delivered:
                r->accepted += n;
                r->delivered += n;
                break;
            case RecipientState::Failed:
                r->failed += n;
                break;
            case RecipientState::Bounced:
                r->accepted += n;
                r->bounced += n;
                break;
            case RecipientState::Unknown:
                r->unknown += n;
                break;
            case RecipientState::Pending:
            case RecipientState::Submitting:
                break;
            }
        }
    }
    sql::Query engaged(
            db(),
            QStringLiteral(
                    "SELECT s.step, e.type, count(DISTINCT r.id) FROM series_sends s"
                    " JOIN campaign_recipients r ON r.campaign_id = s.campaign_id"
                    "   AND r.contact_id = s.contact_id"
                    " JOIN events e ON e.campaign_id = r.campaign_id AND e.recipient_id = r.id"
                    " WHERE s.series_id = ? AND s.outcome = 'sent' AND e.type IN ('opened', 'clicked', 'unsubscribed')"
                    " GROUP BY s.step, e.type"));
    if (engaged.bind(seriesId).exec()) {
        while (engaged.next()) {
            SeriesStepReport *r = at(engaged.value(0));
            const QString type = engaged.value(1).toString();
            if (r)
                (type == QLatin1String("opened")            ? r->opened
                         : type == QLatin1String("clicked") ? r->clicked
                                                            : r->unsubscribed)
                        = engaged.value(2).toLongLong();
        }
    }
    return result;
}

QHash<QString, qint64> SeriesStore::memberCounts(qint64 seriesId) const
{
    QHash<QString, qint64> counts;
    sql::Query q(db(), QStringLiteral("SELECT state, count(*) FROM series_members WHERE series_id = ? GROUP BY state"));
    if (q.bind(seriesId).exec()) {
        while (q.next())
            counts.insert(q.value(0).toString(), q.value(1).toLongLong());
    }
    return counts;
}

std::optional<SeriesMember> SeriesStore::member(qint64 seriesId, qint64 contactId) const
{
    sql::Query q(db(),
                 QStringLiteral("SELECT state, step, entered_at, reached_at, due_at, left_reason FROM series_members "
                                "WHERE series_id = ? AND contact_id = ?"));
    if (!q.bind(seriesId).bind(contactId).exec() || !q.next())
        return std::nullopt;
    SeriesMember m;
    m.contactId = contactId;
    const QString state = q.value(0).toString();
    m.state = state == QLatin1String("finished") ? SeriesMember::State::Finished
            : state == QLatin1String("left")     ? SeriesMember::State::Left
                                                 : SeriesMember::State::Waiting;
    m.step = q.value(1).toInt();
    m.enteredAt = sql::timeFrom(q.value(2));
    m.reachedAt = sql::timeFrom(q.value(3));
    m.dueAt = sql::timeFrom(q.value(4));
    m.leftReason = q.value(5).toString();
    return m;
}

QList<SeriesEvent> SeriesStore::timeline(qint64 seriesId, qint64 contactId) const
{
    QList<SeriesEvent> result;
    sql::Query q(db(),
                 QStringLiteral("SELECT s.step, s.outcome, s.at, s.note, coalesce(s.campaign_id, 0), r.state, ")
                         + openedClicked
                         + QStringLiteral(" FROM series_sends s LEFT JOIN campaign_recipients r"
                                          "   ON r.campaign_id = s.campaign_id AND r.contact_id = s.contact_id"
                                          " WHERE s.series_id = ? AND s.contact_id = ? ORDER BY s.at, s.step"));
    if (!q.bind(seriesId).bind(contactId).exec())
        return result;
    while (q.next()) {
        SeriesEvent e;
        e.step = q.value(0).toInt();
        e.outcome = q.value(1).toString();
        e.at = sql::timeFrom(q.value(2));
        e.note = q.value(3).toString();
        e.campaignId = q.value(4).toLongLong();
        e.recipientState = q.value(5).toString();
        e.opened = q.value(6).toBool();
        e.clicked = q.value(7).toBool();
        result.append(e);
    }
    return result;
}

} // namespace cm
