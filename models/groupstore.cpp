#include "groupstore.h"

#include "sqlhelpers.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace cm {

namespace {
const QString selectGroup
        = QStringLiteral("SELECT g.id, g.name, g.account_id, g.remote_id, g.description, g.created_at, g.synced_at,"
                         " (SELECT count(*) FROM contacts c WHERE c.group_id = g.id) FROM groups g");
const QString selectContact = QStringLiteral(
        "SELECT id, group_id, email, phone, first_name, last_name, city, country, fields, remote_id FROM contacts");

Group groupFrom(const sql::Query &q)
{
    Group g;
    g.id = q.value(0).toLongLong();
    g.name = q.value(1).toString();
    g.accountId = q.value(2).toLongLong();
    g.remoteId = q.value(3).toString();
    g.description = q.value(4).toString();
    g.createdAt = sql::timeFrom(q.value(5));
    g.syncedAt = sql::timeFrom(q.value(6));
    g.contactCount = q.value(7).toLongLong();
    return g;
}

Contact contactFrom(const sql::Query &q)
{
    Contact c;
    c.id = q.value(0).toLongLong();
    c.groupId = q.value(1).toLongLong();
    c.email = q.value(2).toString();
    c.phone = q.value(3).toString();
    c.firstName = q.value(4).toString();
    c.lastName = q.value(5).toString();
    c.city = q.value(6).toString();
    c.country = q.value(7).toString();
    c.fields = QJsonDocument::fromJson(q.value(8).toByteArray()).object().toVariantMap();
    c.remoteId = q.value(9).toString();
    return c;
}
} // namespace

QList<Group> GroupStore::groups() const
{
    QList<Group> result;
    sql::Query q(db(), selectGroup + QStringLiteral(" ORDER BY g.name"));
    if (q.exec()) {
        while (q.next())
            result.append(groupFrom(q));
    }
    return result;
}

std::optional<Group> GroupStore::byId(qint64 id) const
{
    sql::Query q(db(), selectGroup + QStringLiteral(" WHERE g.id = ?"));
    if (q.bind(id).exec() && q.next())
        return groupFrom(q);
    return std::nullopt;
}

std::optional<Group> GroupStore::byName(const QString &name) const
{
    sql::Query q(db(), selectGroup + QStringLiteral(" WHERE g.name = ?"));
    if (q.bind(name).exec() && q.next())
        return groupFrom(q);
    return std::nullopt;
}

bool GroupStore::create(Group &group)
{
    if (!group.createdAt.isValid())
        group.createdAt = now();
    sql::Query q(db(),
                 QStringLiteral("INSERT INTO groups (name, account_id, remote_id, description, created_at, "
                                "synced_at) VALUES (?, ?, ?, ?, ?, ?)"));
    q.bind(group.name).bind(sql::idOrNull(group.accountId)).bind(sql::textOrNull(group.remoteId));
    q.bind(group.description).bind(sql::timeValue(group.createdAt)).bind(sql::timeValue(group.syncedAt));
    if (!q.exec())
        return fail(q.error(), tr("create the group “%1”").arg(group.name));
    group.id = q.lastInsertId();
    emit groupsChanged();
    return succeed();
}

bool GroupStore::rename(qint64 id, const QString &name)
{
    sql::Query q(db(), QStringLiteral("UPDATE groups SET name = ? WHERE id = ?"));
    if (!q.bind(name).bind(id).exec())
        return fail(q.error(), tr("rename the group to “%1”").arg(name));
    emit groupsChanged();
    return succeed();
}

bool GroupStore::remove(qint64 id)
{
    sql::Query q(db(), QStringLiteral("DELETE FROM groups WHERE id = ?"));
    if (!q.bind(id).exec())
        return fail(q.error(), tr("delete the group"));
    emit groupsChanged();
    return succeed();
}

qint64 GroupStore::contactCount(qint64 groupId) const
{
    sql::Query q(db(), QStringLiteral("SELECT count(*) FROM contacts WHERE group_id = ?"));
    if (q.bind(groupId).exec() && q.next())
        return q.value(0).toLongLong();
    return 0;
}

QList<Contact> GroupStore::contacts(qint64 groupId, qint64 afterId, int limit) const
{
    QList<Contact> result;
    result.reserve(limit);
    // Not the contacts of an import still running: committed in chunks, they may yet be taken back, so a send or a
    // push to a provider never reaches them before the import is done.
    sql::Query q(db(),
                 selectContact + QStringLiteral(" WHERE group_id = ? AND id > ? AND ")
                         + settledContact(QStringLiteral("contacts")) + QStringLiteral(" ORDER BY id LIMIT ?"));
    if (q.bind(groupId).bind(afterId).bind(limit).exec()) {
        while (q.next())
            result.append(contactFrom(q));
    }
    return result;
}

std::optional<Contact> GroupStore::contactBefore(qint64 groupId, qint64 beforeId) const
{
    sql::Query q(db(), selectContact + QStringLiteral(" WHERE group_id = ? AND id < ? ORDER BY id DESC LIMIT 1"));
    if (q.bind(groupId).bind(beforeId).exec() && q.next())
        return contactFrom(q);
    return std::nullopt;
}

QList<Contact> GroupStore::allContacts(qint64 groupId) const
{
    QList<Contact> result;
    sql::Query q(db(), selectContact + QStringLiteral(" WHERE group_id = ? ORDER BY id"));
    if (q.bind(groupId).exec()) {
        while (q.next())
            result.append(contactFrom(q));
    }
    return result;
}

QList<Contact> GroupStore::contactsByIds(const QList<qint64> &ids) const
{
    QList<Contact> result(ids.size());
    if (ids.isEmpty())
        return result;
    QHash<qint64, qsizetype> position;
    position.reserve(ids.size());
    QString list;
    list.reserve(ids.size() * 8);
    for (qsizetype i = 0; i < ids.size(); ++i) {
        position.insert(ids[i], i);
        if (i)
            list += QLatin1Char(',');
        list += QString::number(ids[i]); // integers: no injection, and one statement instead of one per id
    }
    sql::Query q(db(), selectContact + QStringLiteral(" WHERE id IN (") + list + QLatin1Char(')'));
    if (q.exec()) {
        while (q.next()) {
            Contact c = contactFrom(q);
            result[position.value(c.id)] = std::move(c);
        }
    }
    return result;
}

std::optional<Contact> GroupStore::contact(qint64 id) const
{
    sql::Query q(db(), selectContact + QStringLiteral(" WHERE id = ?"));
    if (q.bind(id).exec() && q.next())
        return contactFrom(q);
    return std::nullopt;
}

std::optional<Contact> GroupStore::contactByAddress(qint64 groupId, const QString &address) const
{
    sql::Query q(db(), selectContact + QStringLiteral(" WHERE group_id = ? AND (email = ? OR phone = ?)"));
    if (q.bind(groupId).bind(address.trimmed().toLower()).bind(address.trimmed()).exec() && q.next())
        return contactFrom(q);
    return std::nullopt;
}

bool GroupStore::saveContact(Contact &c)
{
    const QVariant now = sql::timeValue(Store::now());
    const QString action = c.id ? tr("save the contact") : tr("add the contact");
    for (const auto &[column, value] :
         {std::pair {QStringLiteral("email"), c.email}, {QStringLiteral("phone"), c.phone}}) {
        if (value.isEmpty())
            continue;
        sql::Query other(
                db(), QStringLiteral("SELECT 1 FROM contacts WHERE group_id = ? AND %1 = ? AND id != ?").arg(column));
        if (!other.bind(c.groupId).bind(value).bind(c.id).exec())
            return fail(other.error(), action);
        if (other.next()) {
            return fail(tr("The group already has a contact with %1. Edit that contact instead.").arg(value));
        }
    }
    const QByteArray fields = QJsonDocument(QJsonObject::fromVariantMap(c.fields)).toJson(QJsonDocument::Compact);
    if (c.id) {
        sql::Query q(
                db(),
                QStringLiteral("UPDATE contacts SET email = ?, phone = ?, first_name = ?, last_name = ?, city = ?, "
                               "country = ?, fields = ?, updated_at = ? WHERE id = ?"));
        q.bind(sql::textOrNull(c.email)).bind(sql::textOrNull(c.phone)).bind(c.firstName).bind(c.lastName);
        q.bind(c.city).bind(c.country).bind(fields).bind(now).bind(c.id);
        if (!q.exec())
            return fail(q.error(), action);
    } else {
        sql::Transaction transaction(db());
        const qint64 before = lastContactId(db());
        sql::Query q(db(),
                     QStringLiteral("INSERT INTO contacts (group_id, email, phone, first_name, last_name, city, "
                                    "country, fields, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        q.bind(c.groupId).bind(sql::textOrNull(c.email)).bind(sql::textOrNull(c.phone)).bind(c.firstName);
        q.bind(c.lastName).bind(c.city).bind(c.country).bind(fields).bind(now).bind(now);
        if (!q.exec())
            return fail(q.error(), action);
        QSqlError error;
        if (!indexContactsAfter(db(), before, &error))
            return fail(error, action);
        if (!transaction.commit())
            return fail(transaction.error(), action);
        c.id = q.lastInsertId();
    }
    emit contactsChanged(c.groupId);
    emit groupsChanged();
    return succeed();
}

namespace {
// Runs `statement` (with %1 standing for a list of ids) over the ids, 5000 at a time; adds up the rows changed.
qint64 forIdChunks(const QSqlDatabase &db, const QString &statement, const QList<qint64> &ids,
                   const QVariantList &binds, QSqlError *error)
{
    qint64 changed = 0;
    for (qsizetype start = 0; start < ids.size(); start += 5000) {
        QStringList list;
        for (qsizetype i = start; i < qMin(ids.size(), start + 5000); ++i)
            list.append(QString::number(ids[i]));
        sql::Query q(db, statement.arg(list.join(QLatin1Char(','))));
        for (const QVariant &value : binds)
            q.bind(value);
        if (!q.exec()) {
            *error = q.error();
            return -1;
        }
        changed += q.rowsAffected();
    }
    return changed;
}
} // namespace

qint64 GroupStore::deleteContacts(const QList<qint64> &ids)
{
    QSet<qint64> groupIds;
    for (const Contact &c : contactsByIds(ids.mid(0, 1)))
        groupIds.insert(c.groupId);
    sql::Transaction transaction(db());
    QSqlError error;
    const qint64 deleted = forIdChunks(db(), QStringLiteral("DELETE FROM contacts WHERE id IN (%1)"), ids, {}, &error);
    if (deleted < 0 || !transaction.commit()) {
        fail(deleted < 0 ? error : transaction.error(), tr("delete the contacts"));
        return -1;
    }
    succeed();
    for (qint64 groupId : std::as_const(groupIds))
        emit contactsChanged(groupId);
    emit groupsChanged();
    return deleted;
}

qint64 GroupStore::createWithContacts(Group &group, const QList<qint64> &contactIds)
{
    if (byName(group.name)) {
        fail(tr("A group named “%1” exists already. Choose another name.").arg(group.name));
        return -1;
    }
    if (!create(group))
        return -1;
    const qint64 copied = copyContacts(contactIds, group.id, false);
    if (copied < 0)
        remove(group.id); // nothing half made
    return copied;
}

qint64 GroupStore::copyContacts(const QList<qint64> &ids, qint64 targetGroupId, bool move)
{
    QSet<qint64> groupIds {targetGroupId};
    for (const Contact &c : contactsByIds(ids.mid(0, 1)))
        groupIds.insert(c.groupId);
    const QVariant now = sql::timeValue(Store::now());
    sql::Transaction transaction(db());
    const qint64 before = lastContactId(db());
    QSqlError error;
    const qint64 changed = move
            ? forIdChunks(db(),
                          QStringLiteral("UPDATE OR IGNORE contacts SET group_id = ?, updated_at = ? WHERE id IN (%1)"),
                          ids, {targetGroupId, now}, &error)
            : forIdChunks(
                    db(),
                    QStringLiteral("INSERT OR IGNORE INTO contacts (group_id, email, phone, first_name, last_name, "
                                   "city, country, fields, created_at, updated_at) SELECT ?, email, phone, "
                                   "first_name, last_name, city, country, fields, ?, ? FROM contacts WHERE id IN (%1)"),
                    ids, {targetGroupId, now, now}, &error);
    if (changed < 0 || (!move && !indexContactsAfter(db(), before, &error)) || !transaction.commit()) {
        fail(error.isValid() ? error : transaction.error(), move ? tr("move the contacts") : tr("copy the contacts"));
        return -1;
    }
    succeed();
    for (qint64 groupId : std::as_const(groupIds))
        emit contactsChanged(groupId);
    emit groupsChanged();
    return changed;
}

QPair<qint64, qint64> GroupStore::mergeGroups(qint64 sourceId, qint64 targetId)
{
    const QString action = tr("merge the groups");
    if (sourceId == targetId) {
        fail(tr("A group cannot be merged into itself. Choose another group."));
        return {-1, -1};
    }
    sql::Transaction transaction(db());
    sql::Query move(db(), QStringLiteral("UPDATE OR IGNORE contacts SET group_id = ? WHERE group_id = ?"));
    sql::Query count(db(), QStringLiteral("SELECT count(*) FROM contacts WHERE group_id = ?"));
    sql::Query drop(db(), QStringLiteral("DELETE FROM groups WHERE id = ?"));
    if (!move.bind(targetId).bind(sourceId).exec() || !count.bind(sourceId).exec() || !count.next()) {
        fail(move.error().isValid() ? move.error() : count.error(), action);
        return {-1, -1};
    }
    const qint64 moved = move.rowsAffected();
    const qint64 duplicates = count.value(0).toLongLong();
    if (!drop.bind(sourceId).exec() || !transaction.commit()) {
        fail(drop.error().isValid() ? drop.error() : transaction.error(), action);
        return {-1, -1};
    }
    succeed();
    emit contactsChanged(targetId);
    emit contactsChanged(sourceId);
    emit groupsChanged();
    return {moved, duplicates};
}

bool GroupStore::addContacts(qint64 groupId, QList<Contact> &contacts)
{
    sql::Transaction transaction(db());
    const qint64 before = lastContactId(db());
    const QVariant now = sql::timeValue(Store::now());
    sql::Query q(db(),
                 QStringLiteral("INSERT INTO contacts (group_id, email, phone, first_name, last_name, city, "
                                "country, fields, remote_id, created_at, updated_at)"
                                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (Contact &c : contacts) {
        q.bind(groupId).bind(sql::textOrNull(c.email)).bind(sql::textOrNull(c.phone));
        q.bind(c.firstName).bind(c.lastName).bind(c.city).bind(c.country);
        q.bind(QJsonDocument(QJsonObject::fromVariantMap(c.fields)).toJson(QJsonDocument::Compact));
        q.bind(sql::textOrNull(c.remoteId)).bind(now).bind(now);
        if (!q.exec())
            return fail(q.error(), tr("add contacts to the group"));
        c.id = q.lastInsertId();
        c.groupId = groupId;
    }
    QSqlError error;
    if (!indexContactsAfter(db(), before, &error))
        return fail(error, tr("add contacts to the group"));
    if (!transaction.commit())
        return fail(transaction.error(), tr("add contacts to the group"));
    emit contactsChanged(groupId);
    emit groupsChanged();
    return succeed();
}

} // namespace cm

namespace cm {

QPair<int, int> GroupStore::mergeContacts(qint64 groupId, const QList<Contact> &contacts)
{
    sql::Transaction transaction(db());
    const qint64 before = lastContactId(db());
    const QVariant now = sql::timeValue(Store::now());
    sql::Query find(db(),
                    QStringLiteral("SELECT id FROM contacts WHERE group_id = ? AND (email = ? OR (? IS NULL AND "
                                   "phone = ?))"));
    sql::Query fill(db(),
                    QStringLiteral("UPDATE contacts SET remote_id = coalesce(remote_id, ?), first_name = "
                                   "CASE first_name WHEN '' THEN ? ELSE first_name END, last_name = CASE "
                                   "last_name WHEN '' THEN ? ELSE last_name END, updated_at = ? WHERE id = ?"));
    sql::Query insert(db(),
                      QStringLiteral("INSERT INTO contacts (group_id, email, phone, first_name, last_name, "
                                     "city, country, fields, remote_id, created_at, updated_at) "
                                     "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    int added = 0;
    int updated = 0;
    for (const Contact &c : contacts) {
        const QVariant email = sql::textOrNull(c.email.trimmed().toLower());
        find.bind(groupId).bind(email).bind(email).bind(sql::textOrNull(c.phone));
        if (!find.exec()) {
            fail(find.error(), tr("add contacts to the group"));
            return {-1, -1};
        }
        if (find.next()) {
            fill.bind(sql::textOrNull(c.remoteId)).bind(c.firstName).bind(c.lastName).bind(now).bind(find.value(0));
            if (!fill.exec()) {
                fail(fill.error(), tr("add contacts to the group"));
                return {-1, -1};
            }
            ++updated;
            continue;
        }
        insert.bind(groupId).bind(email).bind(sql::textOrNull(c.phone)).bind(c.firstName).bind(c.lastName);
        insert.bind(c.city).bind(c.country);
        insert.bind(QJsonDocument(QJsonObject::fromVariantMap(c.fields)).toJson(QJsonDocument::Compact));
        insert.bind(sql::textOrNull(c.remoteId)).bind(now).bind(now);
        if (!insert.exec()) {
            fail(insert.error(), tr("add contacts to the group"));
            return {-1, -1};
        }
        ++added;
    }
    QSqlError error;
    if (!indexContactsAfter(db(), before, &error)) {
        fail(error, tr("add contacts to the group"));
        return {-1, -1};
    }
    if (!transaction.commit()) {
        fail(transaction.error(), tr("add contacts to the group"));
        return {-1, -1};
    }
    succeed();
    if (added + updated > 0) {
        emit contactsChanged(groupId);
        emit groupsChanged();
    }
    return {added, updated};
}

bool GroupStore::setRemote(qint64 groupId, qint64 accountId, const QString &remoteId, const QDateTime &syncedAt)
{
    sql::Query q(db(), QStringLiteral("UPDATE groups SET account_id = ?, remote_id = ?, synced_at = ? WHERE id = ?"));
    q.bind(sql::idOrNull(accountId)).bind(sql::textOrNull(remoteId)).bind(sql::timeValue(syncedAt)).bind(groupId);
    if (!q.exec())
        return fail(q.error(), tr("save the group"));
    emit groupsChanged();
    return succeed();
}

} // namespace cm

namespace cm {

bool GroupStore::indexContactsAfter(const QSqlDatabase &db, qint64 afterId, QSqlError *error)
{
    sql::Query q(db,
                 QStringLiteral("INSERT INTO contacts_search (rowid, email, phone, first_name, last_name, city) "
                                "SELECT id, email, phone, first_name, last_name, city FROM contacts WHERE id > ?"));
    if (q.bind(afterId).exec())
        return true;
    *error = q.error();
    return false;
}

qint64 GroupStore::lastContactId(const QSqlDatabase &db)
{
    sql::Query q(db, QStringLiteral("SELECT coalesce(max(id), 0) FROM contacts"));
    return q.exec() && q.next() ? q.value(0).toLongLong() : 0;
}

void GroupStore::announceContactsChanged(qint64 groupId)
{
    emit contactsChanged(groupId);
    emit groupsChanged();
}

} // namespace cm

namespace cm {

QString GroupStore::settledContact(const QString &table)
{
    return QStringLiteral("(%1.import_id IS NULL OR %1.import_id NOT IN (SELECT id FROM import_batches WHERE state = "
                          "'running'))")
            .arg(table);
}

QStringList GroupStore::customFieldNames(qint64 groupId) const
{
    QStringList names;
    sql::Query q(db(),
                 QStringLiteral("SELECT DISTINCT j.key FROM contacts c, json_each(c.fields) j "
                                "WHERE c.group_id = ? ORDER BY j.key"));
    if (q.bind(groupId).exec()) {
        while (q.next())
            names.append(q.value(0).toString());
    }
    return names;
}

QMap<QString, qint64> GroupStore::countMissing(qint64 groupId, const QStringList &fields) const
{
    static const QStringList columns {QStringLiteral("email"),      QStringLiteral("phone"),
                                      QStringLiteral("first_name"), QStringLiteral("last_name"),
                                      QStringLiteral("city"),       QStringLiteral("country")};
    QMap<QString, qint64> missing;
    if (fields.isEmpty())
        return missing;
    // One pass over the group, a sum per field.
    QStringList sums;
    for (const QString &f : fields) {
        sums.append(columns.contains(f) ? QStringLiteral("sum(coalesce(trim(%1), '') = '')").arg(f)
                                        : QStringLiteral("sum(coalesce(trim(json_extract(fields, ?)), '') = '')"));
    }
    sql::Query q(db(),
                 QStringLiteral("SELECT %1 FROM contacts WHERE group_id = ?").arg(sums.join(QStringLiteral(", "))));
    for (const QString &f : fields) {
        if (!columns.contains(f))
            q.bind(QVariant(QStringLiteral("$.\"%1\"").arg(f)));
    }
    if (q.bind(groupId).exec() && q.next()) {
        for (qsizetype i = 0; i < fields.size(); ++i)
            missing.insert(fields.at(i), q.value(int(i)).toLongLong());
    }
    return missing;
}

QMap<QString, qint64> GroupStore::phonesByCountry(qint64 groupId) const
{
    QMap<QString, qint64> counts;
    sql::Query q(db(),
                 QStringLiteral("SELECT upper(country), count(*) FROM contacts WHERE group_id = ? AND phone IS "
                                "NOT NULL GROUP BY upper(country)"));
    if (q.bind(groupId).exec()) {
        while (q.next())
            counts.insert(q.value(0).toString(), q.value(1).toLongLong());
    }
    return counts;
}

} // namespace cm
