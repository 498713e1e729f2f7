#include "importstore.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace cm {

namespace {
QJsonObject previousOf(const sql::Query &q)
{
    return {{QStringLiteral("email"), q.value(1).toString()},      {QStringLiteral("phone"), q.value(2).toString()},
            {QStringLiteral("first_name"), q.value(3).toString()}, {QStringLiteral("last_name"), q.value(4).toString()},
            {QStringLiteral("city"), q.value(5).toString()},       {QStringLiteral("country"), q.value(6).toString()},
            {QStringLiteral("fields"), q.value(7).toString()}};
}
} // namespace

ImportStore::~ImportStore() = default;

qint64 ImportStore::begin(qint64 groupId, const QString &fileName)
{
    m_transaction = std::make_unique<sql::Transaction>(db());
    if (!m_transaction->isActive()) {
        fail(m_transaction->error(), tr("start the import"));
        return 0;
    }
    sql::Query q(db(), QStringLiteral("INSERT INTO import_batches (group_id, file_name, started_at) VALUES (?, ?, ?)"));
    if (!q.bind(groupId).bind(fileName).bind(sql::timeValue(QDateTime::currentDateTimeUtc())).exec()) {
        fail(q.error(), tr("start the import"));
        return 0;
    }
    return q.lastInsertId();
}

bool ImportStore::apply(qint64 importId, qint64 groupId, const QList<Contact> &contacts, bool update,
                        ImportCounts &counts)
{
    const QVariant now = sql::timeValue(QDateTime::currentDateTimeUtc());
    sql::Query find(db(),
                    QStringLiteral("SELECT id, email, phone, first_name, last_name, city, country, fields FROM "
                                   "contacts WHERE group_id = ? AND (email = ? OR (? IS NULL AND phone = ?)) "
                                   "LIMIT 1"));
    sql::Query remember(db(),
                        QStringLiteral("INSERT OR IGNORE INTO import_changes (import_id, contact_id, previous) "
                                       "VALUES (?, ?, ?)"));
    // A contact can be neither inserted nor given a phone number that another contact of the group has: the unique
    // indexes on (group, email) and (group, phone) refuse it, OR IGNORE makes that a skipped row instead of an error.
    sql::Query change(db(),
                      QStringLiteral("UPDATE OR IGNORE contacts SET phone = coalesce(?, phone), first_name = ?, "
                                     "last_name = ?, city = ?, country = ?, fields = ?, updated_at = ? WHERE id = ?"));
    sql::Query insert(db(),
                      QStringLiteral("INSERT OR IGNORE INTO contacts (group_id, email, phone, first_name, last_name, "
                                     "city, country, fields, import_id, created_at, updated_at) "
                                     "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const Contact &c : contacts) {
        const QVariant email = sql::textOrNull(c.email);
        const QVariant phone = sql::textOrNull(c.phone);
        const QByteArray fields = QJsonDocument(QJsonObject::fromVariantMap(c.fields)).toJson(QJsonDocument::Compact);
        // Skipping known contacts needs no look-up (the insert ignores them); updating them needs one.
        if (update) {
            if (!find.bind(groupId).bind(email).bind(email).bind(phone).exec())
                return fail(find.error(), tr("import the contacts"));
        }
        if (update && find.next()) {
            const qint64 id = find.value(0).toLongLong();
            remember.bind(importId).bind(id).bind(QJsonDocument(previousOf(find)).toJson(QJsonDocument::Compact));
            if (!remember.exec())
                return fail(remember.error(), tr("import the contacts"));
            change.bind(phone).bind(c.firstName).bind(c.lastName).bind(c.city).bind(c.country).bind(fields);
            if (!change.bind(now).bind(id).exec())
                return fail(change.error(), tr("import the contacts"));
            (change.rowsAffected() > 0 ? counts.updated : counts.skipped) += 1;
            continue;
        }
        insert.bind(groupId).bind(email).bind(phone).bind(c.firstName).bind(c.lastName).bind(c.city).bind(c.country);
        if (!insert.bind(fields).bind(importId).bind(now).bind(now).exec())
            return fail(insert.error(), tr("import the contacts"));
        (insert.rowsAffected() > 0 ? counts.imported : counts.skipped) += 1;
    }
    return succeed();
}

bool ImportStore::finish(qint64 importId, const ImportCounts &counts, qint64 invalid, const QByteArray &reportJson)
{
    sql::Query q(db(),
                 QStringLiteral("UPDATE import_batches SET state = 'done', finished_at = ?, imported = ?, "
                                "updated = ?, skipped = ?, invalid = ?, report = ? WHERE id = ?"));
    q.bind(sql::timeValue(QDateTime::currentDateTimeUtc())).bind(counts.imported).bind(counts.updated);
    q.bind(counts.skipped).bind(invalid).bind(reportJson).bind(importId);
    if (!q.exec())
        return fail(q.error(), tr("finish the import"));
    if (!m_transaction || !m_transaction->commit())
        return fail(m_transaction ? m_transaction->error() : QSqlError(), tr("finish the import"));
    m_transaction.reset();
    return succeed();
}

void ImportStore::abort()
{
    m_transaction.reset(); // rolls back
}

bool ImportStore::undo(qint64 importId, qint64 *groupId)
{
    sql::Transaction transaction(db());
    sql::Query batch(db(), QStringLiteral("SELECT group_id, state FROM import_batches WHERE id = ?"));
    if (!batch.bind(importId).exec() || !batch.next())
        return fail(QSqlError(tr("There is no import %1.").arg(importId), {}, QSqlError::UnknownError),
                    tr("undo the import"));
    *groupId = batch.value(0).toLongLong();
    if (batch.value(1).toString() != QLatin1String("done"))
        return fail(QSqlError(tr("Import %1 is not one that can be undone (it is %2).")
                                      .arg(importId)
                                      .arg(batch.value(1).toString()),
                              {}, QSqlError::UnknownError),
                    tr("undo the import"));
    sql::Query remove(db(), QStringLiteral("DELETE FROM contacts WHERE import_id = ?"));
    if (!remove.bind(importId).exec())
        return fail(remove.error(), tr("undo the import"));
    sql::Query changes(db(), QStringLiteral("SELECT contact_id, previous FROM import_changes WHERE import_id = ?"));
    sql::Query restore(db(),
                       QStringLiteral("UPDATE contacts SET email = ?, phone = ?, first_name = ?, last_name = ?, "
                                      "city = ?, country = ?, fields = ? WHERE id = ?"));
    if (!changes.bind(importId).exec())
        return fail(changes.error(), tr("undo the import"));
    while (changes.next()) {
        const QJsonObject p = QJsonDocument::fromJson(changes.value(1).toByteArray()).object();
        restore.bind(sql::textOrNull(p.value(QStringLiteral("email")).toString()))
                .bind(sql::textOrNull(p.value(QStringLiteral("phone")).toString()));
        restore.bind(p.value(QStringLiteral("first_name")).toString())
                .bind(p.value(QStringLiteral("last_name")).toString());
        restore.bind(p.value(QStringLiteral("city")).toString()).bind(p.value(QStringLiteral("country")).toString());
        restore.bind(p.value(QStringLiteral("fields")).toString()).bind(changes.value(0));
        if (!restore.exec())
            return fail(restore.error(), tr("undo the import"));
    }
    sql::Query mark(db(), QStringLiteral("UPDATE import_batches SET state = 'undone' WHERE id = ?"));
    if (!mark.bind(importId).exec() || !transaction.commit())
        return fail(mark.error(), tr("undo the import"));
    return succeed();
}

} // namespace cm
