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
    return finishEntry(transaction, series, entered);
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
    return finishEntry(transaction, series, entered);
}

qint64 SeriesStore::finishEntry(sql::Transaction &transaction, const Series &series, qint64 entered)
{
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

} // namespace cm
