#include "seriesstore.h"

#include "groupstore.h"
#include "sqlhelpers.h"

#include <QSet>

namespace cm {

namespace {

const QString selectSeries = QStringLiteral(
        "SELECT s.id, s.name, s.group_id, s.segment_id, s.starts_at, s.only_new, s.time_zone, s.state, s.created_at,"
        " s.started_at, s.stopped_at, coalesce(g.name, sg.name, '')"
        " FROM series s LEFT JOIN groups g ON g.id = s.group_id LEFT JOIN segments sg ON sg.id = s.segment_id");

Series seriesFrom(const sql::Query &q)
{
    Series s;
    s.id = q.value(0).toLongLong();
    s.name = q.value(1).toString();
    s.groupId = q.value(2).toLongLong();
    s.segmentId = q.value(3).toLongLong();
    s.startsAt = sql::timeFrom(q.value(4));
    s.onlyNew = q.value(5).toBool();
    s.timeZone = q.value(6).toString();
    s.state = seriesStateFromKey(q.value(7).toString()).value_or(SeriesState::Draft);
    s.createdAt = sql::timeFrom(q.value(8));
    s.startedAt = sql::timeFrom(q.value(9));
    s.stoppedAt = sql::timeFrom(q.value(10));
    s.entryName = q.value(11).toString();
    return s;
}

QVariant minutesOrNull(int minutes)
{
    return minutes >= 0 ? QVariant(minutes) : QVariant(QMetaType::fromType<int>());
}

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

void SeriesStore::loadSteps(Series &series) const
{
    series.steps.clear();
    sql::Query q(
            db(),
            QStringLiteral("SELECT st.name, st.template_id, st.account_id, st.sender, st.delay_min, st.after_entry,"
                           " st.time_of_day, st.window_start, st.window_end, st.condition, st.otherwise,"
                           " coalesce(t.name, ''), coalesce(a.name, '')"
                           " FROM series_steps st LEFT JOIN templates t ON t.id = st.template_id"
                           " LEFT JOIN accounts a ON a.id = st.account_id"
                           " WHERE st.series_id = ? ORDER BY st.position"));
    if (!q.bind(series.id).exec())
        return;
    while (q.next()) {
        SeriesStep step;
        step.name = q.value(0).toString();
        step.templateId = q.value(1).toLongLong();
        step.accountId = q.value(2).toLongLong();
        step.sender = q.value(3).toString();
        step.delayMinutes = q.value(4).toInt();
        step.afterEntry = q.value(5).toBool();
        step.timeOfDay = q.value(6).isNull() ? -1 : q.value(6).toInt();
        step.windowStart = q.value(7).isNull() ? -1 : q.value(7).toInt();
        step.windowEnd = q.value(8).isNull() ? -1 : q.value(8).toInt();
        step.condition = stepConditionFromKey(q.value(9).toString()).value_or(StepCondition::None);
        step.leaveOtherwise = q.value(10).toString() == QLatin1String("leave");
        step.templateName = q.value(11).toString();
        step.accountName = q.value(12).toString();
        series.steps.append(step);
    }
}

QList<Series> SeriesStore::list() const
{
    QList<Series> result;
    sql::Query q(db(), selectSeries + QStringLiteral(" ORDER BY s.name COLLATE NOCASE"));
    if (q.exec()) {
        while (q.next())
            result.append(seriesFrom(q));
    }
    for (Series &s : result)
        loadSteps(s);
    return result;
}

std::optional<Series> SeriesStore::byId(qint64 id) const
{
    sql::Query q(db(), selectSeries + QStringLiteral(" WHERE s.id = ?"));
    if (!q.bind(id).exec() || !q.next())
        return std::nullopt;
    Series s = seriesFrom(q);
    loadSteps(s);
    return s;
}

std::optional<Series> SeriesStore::byName(const QString &name) const
{
    sql::Query q(db(), QStringLiteral("SELECT id FROM series WHERE name = ? COLLATE NOCASE"));
    if (q.bind(name.trimmed()).exec() && q.next())
        return byId(q.value(0).toLongLong());
    return std::nullopt;
}

bool SeriesStore::hasRunning() const
{
    sql::Query q(db(), QStringLiteral("SELECT 1 FROM series WHERE state = 'running' LIMIT 1"));
    return q.exec() && q.next();
}

bool SeriesStore::save(Series &series)
{
    series.name = series.name.trimmed();
    if (series.name.isEmpty())
        return fail(tr("A series needs a name."));
    if (!series.groupId == !series.segmentId)
        return fail(tr("Choose who enters “%1”: a group's contacts or a segment's.").arg(series.name));
    if (series.steps.isEmpty())
        return fail(tr("“%1” needs at least one step.").arg(series.name));
    if (series.steps.first().condition != StepCondition::None)
        return fail(
                tr("The first step of “%1” has no previous message for its condition to look at.").arg(series.name));
    for (int i = 0; i < series.steps.size(); ++i) {
        if (!series.steps.at(i).templateId || !series.steps.at(i).accountId)
            return fail(tr("%1 of “%2” needs a template and an account.")
                                .arg(series.steps.at(i).displayName(i), series.name));
    }
    if (const auto other = byName(series.name); other && other->id != series.id)
        return fail(tr("There is already a series named “%1”; choose another name.").arg(series.name));
    const std::optional<Series> before = series.id ? byId(series.id) : std::nullopt;
    if (series.id && !before)
        return fail(tr("That series no longer exists."));
    sql::Transaction transaction(db());
    if (!before) {
        sql::Query q(db(),
                     QStringLiteral("INSERT INTO series (name, group_id, segment_id, starts_at, only_new, time_zone, "
                                    "state, created_at) VALUES (?, ?, ?, ?, ?, ?, 'draft', ?)"));
        q.bind(series.name).bind(sql::idOrNull(series.groupId)).bind(sql::idOrNull(series.segmentId));
        q.bind(sql::timeValue(series.startsAt)).bind(int(series.onlyNew)).bind(series.timeZone);
        q.bind(sql::timeValue(now()));
        if (!q.exec())
            return fail(q.error(), tr("save the series “%1”").arg(series.name));
        series.id = q.lastInsertId();
        series.state = SeriesState::Draft;
    } else {
        const bool draft = before->state == SeriesState::Draft;
        if (!draft
            && (series.groupId != before->groupId || series.segmentId != before->segmentId
                || series.startsAt != before->startsAt || series.onlyNew != before->onlyNew
                || series.timeZone != before->timeZone))
            return fail(tr("“%1” has started: its entry and time zone stay as they are; only its steps can change.")
                                .arg(series.name));
        sql::Query q(db(),
                     QStringLiteral("UPDATE series SET name = ?, group_id = ?, segment_id = ?, starts_at = ?, "
                                    "only_new = ?, time_zone = ? WHERE id = ?"));
        q.bind(series.name).bind(sql::idOrNull(series.groupId)).bind(sql::idOrNull(series.segmentId));
        q.bind(sql::timeValue(series.startsAt)).bind(int(series.onlyNew)).bind(series.timeZone).bind(series.id);
        if (!q.exec())
            return fail(q.error(), tr("save the series “%1”").arg(series.name));
    }
    if (!saveSteps(series, before ? &*before : nullptr))
        return false;
    if (!transaction.commit())
        return fail(transaction.error(), tr("save the series “%1”").arg(series.name));
    emit seriesChanged();
    return succeed();
}

bool SeriesStore::saveSteps(const Series &series, const Series *before)
{
    const int kept = before ? int(before->steps.size()) : 0;
    if (before && before->state != SeriesState::Draft && series.steps.size() < kept) {
        // Removed from the end: only steps nobody has reached yet.
        sql::Query reached(db(), QStringLiteral("SELECT count(*) FROM series_sends WHERE series_id = ? AND step >= ?"));
        if (!reached.bind(series.id).bind(int(series.steps.size())).exec() || !reached.next())
            return fail(reached.error(), tr("save the steps of “%1”").arg(series.name));
        if (reached.value(0).toLongLong() > 0)
            return fail(tr("Contacts have already reached the steps removed from “%1”; they stay. Edit them "
                           "instead, or stop the series.")
                                .arg(series.name));
    }
    sql::Query clear(db(), QStringLiteral("DELETE FROM series_steps WHERE series_id = ?"));
    if (!clear.bind(series.id).exec())
        return fail(clear.error(), tr("save the steps of “%1”").arg(series.name));
    const QDateTime at = now();
    for (int i = 0; i < series.steps.size(); ++i) {
        const SeriesStep &s = series.steps.at(i);
        sql::Query q(db(),
                     QStringLiteral("INSERT INTO series_steps (series_id, position, name, template_id, account_id, "
                                    "sender, delay_min, after_entry, time_of_day, window_start, window_end, condition, "
                                    "otherwise, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        q.bind(series.id).bind(i).bind(s.name.trimmed()).bind(sql::idOrNull(s.templateId));
        q.bind(sql::idOrNull(s.accountId)).bind(s.sender.trimmed()).bind(s.delayMinutes).bind(int(s.afterEntry));
        q.bind(minutesOrNull(s.timeOfDay)).bind(minutesOrNull(s.hasWindow() ? s.windowStart : -1));
        q.bind(minutesOrNull(s.hasWindow() ? s.windowEnd : -1)).bind(stepConditionKey(s.condition));
        q.bind(s.leaveOtherwise ? QStringLiteral("leave") : QStringLiteral("skip")).bind(sql::timeValue(at));
        if (!q.exec())
            return fail(q.error(), tr("save the steps of “%1”").arg(series.name));
    }
    if (!before || before->state == SeriesState::Draft)
        return true;
    // Those waiting for a removed step have finished; those waiting for a step whose timing changed wait for it anew.
    sql::Query finished(db(),
                        QStringLiteral("UPDATE series_members SET state = 'finished', due_at = NULL "
                                       "WHERE series_id = ? AND state = 'waiting' AND step >= ?"));
    if (!finished.bind(series.id).bind(int(series.steps.size())).exec())
        return fail(finished.error(), tr("save the steps of “%1”").arg(series.name));
    for (int i = 0; i < qMin(kept, int(series.steps.size())); ++i) {
        if (series.steps.at(i).sameTiming(before->steps.at(i)))
            continue;
        sql::Query waiting(db(),
                           QStringLiteral("SELECT contact_id, entered_at, reached_at FROM series_members "
                                          "WHERE series_id = ? AND state = 'waiting' AND step = ?"));
        if (!waiting.bind(series.id).bind(i).exec())
            return fail(waiting.error(), tr("save the steps of “%1”").arg(series.name));
        sql::Query move(db(),
                        QStringLiteral("UPDATE series_members SET due_at = ? WHERE series_id = ? AND contact_id = ?"));
        while (waiting.next()) {
            const QDateTime due = series.steps.at(i).dueAt(sql::timeFrom(waiting.value(1)),
                                                           sql::timeFrom(waiting.value(2)), series.zone());
            if (!move.bind(sql::timeValue(due)).bind(series.id).bind(waiting.value(0)).exec())
                return fail(move.error(), tr("save the steps of “%1”").arg(series.name));
        }
    }
    // Steps added after the end: those who finished stay finished (they got the whole series as it was).
    return true;
}

bool SeriesStore::setState(qint64 id, SeriesState state)
{
    const QDateTime at = now();
    sql::Query q(db(),
                 QStringLiteral("UPDATE series SET state = ?, started_at = coalesce(started_at, ?) WHERE id = ?"));
    if (!q.bind(seriesStateKey(state))
                 .bind(sql::timeValue(state == SeriesState::Running ? at : QDateTime()))
                 .bind(id)
                 .exec())
        return fail(q.error(), tr("change the series"));
    emit seriesChanged();
    return succeed();
}

bool SeriesStore::stop(qint64 id, const QString &reason)
{
    sql::Transaction transaction(db());
    sql::Query members(db(),
                       QStringLiteral("UPDATE series_members SET state = 'left', left_reason = ?, due_at = NULL "
                                      "WHERE series_id = ? AND state = 'waiting'"));
    sql::Query series(db(), QStringLiteral("UPDATE series SET state = 'stopped', stopped_at = ? WHERE id = ?"));
    if (!members.bind(reason).bind(id).exec() || !series.bind(sql::timeValue(now())).bind(id).exec()
        || !transaction.commit())
        return fail(members.error().isValid() ? members.error() : series.error(), tr("stop the series"));
    emit seriesChanged();
    return succeed();
}

bool SeriesStore::remove(qint64 id)
{
    sql::Query sent(db(), QStringLiteral("SELECT count(*) FROM series_sends WHERE series_id = ? AND outcome = 'sent'"));
    if (!sent.bind(id).exec() || !sent.next())
        return fail(sent.error(), tr("delete the series"));
    if (sent.value(0).toLongLong() > 0)
        return fail(tr("This series has sent messages; stop it instead, and its reports stay."));
    sql::Query q(db(), QStringLiteral("DELETE FROM series WHERE id = ?"));
    if (!q.bind(id).exec())
        return fail(q.error(), tr("delete the series"));
    emit seriesChanged();
    return succeed();
}

qint64 SeriesStore::enrolGroup(const Series &series, const QDateTime &from)
{
    // Contacts get new ids when they are added (by hand, an import, a provider), so those above the last id looked
    // at are the new ones: an index range, whatever the size of the group. Contacts moved in from another group
    // keep their ids; the whole group is looked at again for them every hour (and the first time).
    const QDateTime at = now();
    QDateTime lastFull;
    QDateTime lastLook;
    qint64 mark = 0;
    {
        // Read and let go before the transaction: a read left open would keep its snapshot, and the write below
        // would then fail at once (SQLITE_BUSY) when another process wrote meanwhile.
        sql::Query state(db(),
                         QStringLiteral("SELECT entered_through, full_entry_at, looked_at FROM series WHERE id = ?"));
        if (!state.bind(series.id).exec() || !state.next())
            return fail(state.error(), tr("add contacts to the series “%1”").arg(series.name)), -1;
        mark = state.value(0).toLongLong();
        lastFull = sql::timeFrom(state.value(1));
        lastLook = sql::timeFrom(state.value(2));
    }
    const bool full = !lastFull.isValid() || lastFull.secsTo(at) >= 3600 || lastFull > at;
    const qint64 after = full ? 0 : mark;
    sql::Transaction transaction(db());
    sql::Query q(db(),
                 QStringLiteral("INSERT OR IGNORE INTO series_members (series_id, contact_id, entered_at, reached_at) "
                                "SELECT ?, c.id, CASE WHEN c.id > ? THEN max(c.created_at, ?) ELSE ? END, "
                                "CASE WHEN c.id > ? THEN max(c.created_at, ?) ELSE ? END FROM contacts c "
                                "WHERE c.group_id = ? AND c.id > ? AND ")
                         + GroupStore::settledContact(QStringLiteral("c"))
                         + QStringLiteral(" AND (? = 0 OR c.created_at >= ?)"));
    const QVariant fromText = sql::timeValue(from);
    // Entering when added (a contact imported an hour before this run entered then), but not before the series
    // started, nor before the last look at the group: a contact made long ago in another group and moved in since
    // entered since. One moved in with an id below the mark is found by the hourly look, and enters now.
    const QVariant floorText
            = sql::timeValue(lastLook.isValid() && lastLook > from && lastLook <= at ? lastLook : from);
    q.bind(series.id).bind(mark).bind(floorText).bind(sql::timeValue(at)).bind(mark).bind(floorText);
    q.bind(sql::timeValue(at)).bind(series.groupId).bind(after);
    q.bind(int(series.onlyNew)).bind(fromText);
    if (!q.exec())
        return fail(q.error(), tr("add contacts to the series “%1”").arg(series.name)), -1;
    const qint64 entered = q.rowsAffected();
    if (entered > 0 && !fillDue(series))
        return -1;
    // The mark moves to the group's last contact, unless an import into it still runs (its contacts, once settled,
    // are new then).
    sql::Query moveMark(
            db(),
            QStringLiteral(
                    "UPDATE series SET looked_at = ?, full_entry_at = CASE WHEN ? THEN ? ELSE full_entry_at END, "
                    "entered_through = CASE WHEN EXISTS (SELECT 1 FROM contacts c WHERE c.group_id = ? "
                    "AND c.id > ? AND NOT ")
                    + GroupStore::settledContact(QStringLiteral("c"))
                    + QStringLiteral(") THEN entered_through ELSE coalesce((SELECT max(id) FROM contacts WHERE "
                                     "group_id = ?), entered_through) END WHERE id = ?"));
    moveMark.bind(sql::timeValue(at))
            .bind(int(full))
            .bind(sql::timeValue(at))
            .bind(series.groupId)
            .bind(after)
            .bind(series.groupId);
    if (!moveMark.bind(series.id).exec())
        return fail(moveMark.error(), tr("add contacts to the series “%1”").arg(series.name)), -1;
    if (!transaction.commit())
        return fail(transaction.error(), tr("add contacts to the series “%1”").arg(series.name)), -1;
    if (entered > 0)
        emit seriesChanged();
    succeed();
    return entered;
}

qint64 SeriesStore::enrolContacts(const Series &series, const QList<qint64> &contactIds, const QDateTime &now)
{
    // Those already in, read before the transaction (and let go): the write lock is then held only for the new
    // ones, usually a handful, not for a probe per contact of the segment.
    QSet<qint64> members;
    {
        sql::Query q(db(), QStringLiteral("SELECT contact_id FROM series_members WHERE series_id = ?"));
        if (!q.bind(series.id).exec())
            return fail(q.error(), tr("add contacts to the series “%1”").arg(series.name)), -1;
        while (q.next())
            members.insert(q.value(0).toLongLong());
    }
    QList<qint64> newcomers;
    for (const qint64 id : contactIds) {
        if (!members.contains(id))
            newcomers.append(id);
    }
    if (newcomers.isEmpty())
        return succeed(), 0;
    sql::Transaction transaction(db());
    sql::RawStatement insert(
            db(),
            "INSERT OR IGNORE INTO series_members (series_id, contact_id, entered_at, reached_at) "
            "SELECT ?1, c.id, ?3, ?3 FROM contacts c WHERE c.id = ?2 AND (?4 = 0 OR c.created_at >= ?5)");
    const QString at = sql::timeValue(now).toString();
    const QString from = sql::timeValue(series.entryFrom()).toString();
    qint64 entered = 0;
    for (const qint64 id : std::as_const(newcomers)) {
        insert.bind(1, series.id).bind(2, id).bind(3, at).bind(4, qint64(series.onlyNew)).bind(5, from);
        if (!insert.step())
            return fail(insert.error(), tr("add contacts to the series “%1”").arg(series.name)), -1;
        entered += insert.changes();
    }
    if (entered > 0 && !fillDue(series))
        return -1;
    if (!transaction.commit())
        return fail(transaction.error(), tr("add contacts to the series “%1”").arg(series.name)), -1;
    if (entered > 0)
        emit seriesChanged();
    succeed();
    return entered;
}

bool SeriesStore::fillDue(const Series &series)
{
    // Those who entered at the same moment are due at the same moment: one update per entry time.
    sql::Query times(db(),
                     QStringLiteral("SELECT DISTINCT entered_at FROM series_members "
                                    "WHERE series_id = ? AND state = 'waiting' AND due_at IS NULL"));
    if (!times.bind(series.id).exec())
        return fail(times.error(), tr("add contacts to the series “%1”").arg(series.name));
    QList<QDateTime> entries;
    while (times.next())
        entries.append(sql::timeFrom(times.value(0)));
    for (const QDateTime &entered : std::as_const(entries)) {
        sql::Query q(db(),
                     QStringLiteral("UPDATE series_members SET due_at = ? WHERE series_id = ? AND state = 'waiting' "
                                    "AND due_at IS NULL AND entered_at = ?"));
        const QDateTime due = series.steps.value(0).dueAt(entered, entered, series.zone());
        if (!q.bind(sql::timeValue(due)).bind(series.id).bind(sql::timeValue(entered)).exec())
            return fail(q.error(), tr("add contacts to the series “%1”").arg(series.name));
    }
    return true;
}

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
    sql::Query q(db(),
                 seriesId ? QStringLiteral("SELECT id FROM campaigns WHERE series_id = ? ORDER BY id")
                          : QStringLiteral("SELECT id FROM campaigns WHERE series_id IS NOT NULL ORDER BY id"));
    if (seriesId)
        q.bind(seriesId);
    if (q.exec()) {
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
