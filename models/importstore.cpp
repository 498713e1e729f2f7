#include "importstore.h"

#include "dispatchstore.h"
#include "groupstore.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>

namespace cm {

QByteArray ImportStore::fieldsJson(const QVariantMap &fields)
{
    // Made in UTF-16 with room reserved, then converted once: a field costs no allocation of its own.
    QString json;
    json.reserve(64);
    json += QLatin1Char('{');
    const auto quoted = [&json](const QString &text) {
        json += QLatin1Char('"');
        for (const QChar c : text) {
            if (c == QLatin1Char('"') || c == QLatin1Char('\\')) {
                json += QLatin1Char('\\');
                json += c;
            } else if (c.unicode() < 0x20) {
                json += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
            } else {
                json += c;
            }
        }
        json += QLatin1Char('"');
    };
    for (auto it = fields.cbegin(); it != fields.cend(); ++it) {
        if (it->typeId() != QMetaType::QString)
            return QJsonDocument(QJsonObject::fromVariantMap(fields)).toJson(QJsonDocument::Compact);
        if (json.size() > 1)
            json += QLatin1Char(',');
        quoted(it.key());
        json += QLatin1Char(':');
        quoted(*static_cast<const QString *>(it->constData()));
    }
    json += QLatin1Char('}');
    return json.toUtf8();
}

void ImportRow::encode()
{
    utf8 = {contact.email.toUtf8(),
            contact.phone.toUtf8(),
            contact.firstName.toUtf8(),
            contact.lastName.toUtf8(),
            contact.city.toUtf8(),
            contact.country.toUtf8(),
            ImportStore::fieldsJson(contact.fields)};
}

namespace {
QJsonObject previousOf(const sql::Query &q)
{
    return {{QStringLiteral("email"), q.value(1).toString()},      {QStringLiteral("phone"), q.value(2).toString()},
            {QStringLiteral("first_name"), q.value(3).toString()}, {QStringLiteral("last_name"), q.value(4).toString()},
            {QStringLiteral("city"), q.value(5).toString()},       {QStringLiteral("country"), q.value(6).toString()},
            {QStringLiteral("fields"), q.value(7).toString()}};
}
} // namespace

ImportStore::ImportStore(Database *database, QObject *parent)
    : Store(database, parent)
{ }

ImportStore::~ImportStore()
{
    abort();
}

qint64 ImportStore::begin(qint64 groupId, const QString &fileName)
{
    // A big transaction whose pages do not fit the page cache writes them to the WAL again and again: 32 MB of
    // cache for the import (2 MB by default) makes a chunk write each page about once.
    QSqlQuery(db()).exec(QStringLiteral("PRAGMA cache_size = -32768"));
    sql::Query q(db(),
                 QStringLiteral("INSERT INTO import_batches (group_id, file_name, started_at, host, machine, pid) "
                                "VALUES (?, ?, ?, ?, ?, ?)"));
    const SendLease self = SendLease::forThisProcess(0); // who imports: this machine and process
    q.bind(groupId).bind(fileName).bind(sql::timeValue(now())).bind(self.host).bind(self.machine);
    if (!q.bind(self.pid).exec()) {
        fail(q.error(), tr("start the import"));
        return 0;
    }
    m_importId = q.lastInsertId();
    if (!startChunk())
        return 0;
    return m_importId;
}

bool ImportStore::startChunk()
{
    m_transaction = std::make_unique<sql::Transaction>(db());
    if (!m_transaction->isActive())
        return fail(m_transaction->error(), tr("start the import"));
    m_chunkStart = GroupStore::lastContactId(db());
    m_rowsInChunk = 0;
    return succeed();
}

bool ImportStore::commitChunk()
{
    // The search index takes the chunk's new rows in one statement; from then on the triggers keep them in step.
    QElapsedTimer timer;
    timer.start();
    QSqlError error;
    if (!GroupStore::indexContactsAfter(db(), m_chunkStart, &error))
        return fail(error, tr("import the contacts"));
    m_timing.indexNs += timer.nsecsElapsed();
    timer.start();
    sql::Query indexed(db(), QStringLiteral("UPDATE import_batches SET indexed_through = ? WHERE id = ?"));
    if (!indexed.bind(GroupStore::lastContactId(db())).bind(m_importId).exec())
        return fail(indexed.error(), tr("import the contacts"));
    if (!m_transaction || !m_transaction->commit())
        return fail(m_transaction ? m_transaction->error() : QSqlError(), tr("import the contacts"));
    m_timing.commitNs += timer.nsecsElapsed();
    m_transaction.reset();
    return succeed();
}

bool ImportStore::apply(qint64 importId, qint64 groupId, const QList<ImportRow> &rows, bool update,
                        ImportCounts &counts, Notes *notes)
{
    QElapsedTimer timer;
    timer.start();
    sql::Query emailKnown(db(), QStringLiteral("SELECT 1 FROM contacts WHERE group_id = ? AND email = ?"));
    const QVariant now = sql::timeValue(Store::now());
    sql::Query find(db(),
                    QStringLiteral("SELECT id, email, phone, first_name, last_name, city, country, fields, import_id "
                                   "FROM contacts WHERE group_id = ? AND (email = ? OR (? IS NULL AND phone = ?)) "
                                   "LIMIT 1"));
    sql::Query touched(db(), QStringLiteral("SELECT 1 FROM import_changes WHERE import_id = ? AND contact_id = ?"));
    const QByteArray nowText = now.toString().toUtf8();
    if (!m_insert) {
        auto insert = std::make_unique<sql::RawStatement>(
                db(),
                "INSERT OR IGNORE INTO contacts (group_id, email, phone, first_name, last_name, city, country, "
                "fields, import_id, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        if (!insert->isValid())
            return fail(insert->error(), tr("import the contacts"));
        m_insert = std::move(insert);
    }
    for (qsizetype index = 0; index < rows.size(); ++index) {
        const ImportRow &row = rows.at(index);
        const Contact &c = row.contact;
        const QVariant email = sql::textOrNull(c.email);
        const QVariant phone = sql::textOrNull(c.phone);
        // Skipping known contacts needs no look-up (the insert ignores them); updating them needs one.
        bool again = row.again;
        bool found = false;
        if (update || again) {
            if (!find.bind(groupId).bind(email).bind(email).bind(phone).exec())
                return fail(find.error(), tr("import the contacts"));
            found = find.next();
            // A row without an email is the same person as an earlier row only when that row made a contact by the
            // same phone, without an email: a contact found with one is someone else (only a collision of the
            // reading thread's 64-bit hashes brings such a row here). It is then what it would have been.
            if (found && again && c.email.isEmpty() && !find.value(1).toString().isEmpty()) {
                again = false;
                found = update;
            }
        }
        if (found) {
            const qint64 id = find.value(0).toLongLong();
            const bool ownContact = find.value(8).toLongLong() == importId; // this import added it
            bool thisImport = ownContact;
            if (again && !thisImport) {
                if (!touched.bind(importId).bind(id).exec())
                    return fail(touched.error(), tr("import the contacts"));
                thisImport = touched.next();
            }
            if (again && !thisImport && !update) {
                // The earlier row was skipped (the group had the person): so is this one.
                ++counts.skipped;
                if (notes)
                    notes->known.append(index);
                continue;
            }
            bool changed = false;
            if (!this->update(importId, row, find, ownContact, &changed))
                return false;
            if (!changed && !c.phone.isEmpty() && ((row.sets | row.fills) & ImportRow::Phone)) {
                // The new number is another contact's (a shared line): the rest of the row is still written, the
                // number kept beside it, as for a new contact.
                ImportRow without = row;
                without.sets &= ~quint8(ImportRow::Phone);
                without.fills &= ~quint8(ImportRow::Phone);
                without.contact.fields.insert(SharedPhoneField, c.phone);
                if (!this->update(importId, without, find, true, &changed))
                    return false;
                if (changed && notes)
                    notes->sharedPhone.append(index);
            }
            if (!changed) {
                ++counts.skipped;
                if (notes)
                    notes->phoneTaken.append(index);
            } else if (again && thisImport) {
                ++counts.merged;
                if (notes)
                    notes->merged.append(index);
            } else {
                ++counts.updated;
            }
            continue;
        }
        if (!insert(importId, groupId, row, nowText))
            return false;
        if (m_insert->changes() > 0) {
            ++counts.imported;
            continue;
        }
        // Ignored: the same email (the same person), or only the same phone as another contact (another person).
        bool samePerson = c.email.isEmpty();
        if (!samePerson) {
            if (!emailKnown.bind(groupId).bind(email).exec())
                return fail(emailKnown.error(), tr("import the contacts"));
            samePerson = emailKnown.next();
        }
        if (samePerson || c.phone.isEmpty()) {
            ++counts.skipped;
            if (notes)
                notes->known.append(index);
            continue;
        }
        ImportRow own;
        own.contact = c;
        own.contact.fields.insert(SharedPhoneField, c.phone);
        own.contact.phone.clear();
        if (!insert(importId, groupId, own, nowText))
            return false;
        const bool in = m_insert->changes() > 0;
        (in ? counts.imported : counts.skipped) += 1;
        if (notes)
            (in ? notes->sharedPhone : notes->known).append(index);
    }
    m_rowsInChunk += rows.size();
    m_timing.writeNs += timer.nsecsElapsed();
    if (m_rowsInChunk >= ChunkRows && (!commitChunk() || !startChunk()))
        return false;
    return succeed();
}

bool ImportStore::update(qint64 importId, const ImportRow &row, const sql::Query &find, bool ownContact, bool *changed)
{
    const qint64 id = find.value(0).toLongLong();
    if (!m_change) {
        m_remember = std::make_unique<sql::Query>(
                db(),
                QStringLiteral("INSERT OR IGNORE INTO import_changes (import_id, contact_id, previous) "
                               "VALUES (?, ?, ?)"));
        m_change = std::make_unique<sql::Query>(
                db(),
                QStringLiteral("UPDATE OR IGNORE contacts SET "
                               "phone = CASE WHEN ? THEN ? WHEN ? THEN coalesce(phone, ?) ELSE phone END, "
                               "first_name = CASE WHEN ? THEN ? WHEN ? AND first_name = '' THEN ? "
                               "ELSE first_name END, "
                               "last_name = CASE WHEN ? THEN ? WHEN ? AND last_name = '' THEN ? ELSE last_name END, "
                               "city = CASE WHEN ? THEN ? WHEN ? AND city = '' THEN ? ELSE city END, "
                               "country = CASE WHEN ? THEN ? WHEN ? AND country = '' THEN ? ELSE country END, "
                               "fields = json_patch(CASE WHEN json_valid(fields) THEN fields ELSE '{}' END, ?), "
                               "updated_at = ? WHERE id = ?"));
    }
    if (!ownContact) {
        // The contact as it was before this import, for undo (the first time only: OR IGNORE).
        sql::Query &remember = *m_remember;
        remember.bind(importId).bind(id).bind(QJsonDocument(previousOf(find)).toJson(QJsonDocument::Compact));
        if (!remember.exec())
            return fail(remember.error(), tr("import the contacts"));
    }
    // Only what the row holds: each standard field its file has (and, unless empty cells clear, whose cell has a
    // value); custom fields merged into the contact's (json_patch: a null removes one). The unique indexes refuse
    // a phone another contact has: OR IGNORE makes that a row not taken instead of an error.
    sql::Query &change = *m_change;
    const Contact &c = row.contact;
    const auto sets = [&row](ImportRow::Field field) { return bool(row.sets & field); };
    const auto fills = [&row](ImportRow::Field field) { return bool(row.fills & field); };
    const QVariant phone = sql::textOrNull(c.phone);
    change.bind(sets(ImportRow::Phone)).bind(phone).bind(fills(ImportRow::Phone)).bind(phone);
    change.bind(sets(ImportRow::FirstName)).bind(c.firstName).bind(fills(ImportRow::FirstName)).bind(c.firstName);
    change.bind(sets(ImportRow::LastName)).bind(c.lastName).bind(fills(ImportRow::LastName)).bind(c.lastName);
    change.bind(sets(ImportRow::City)).bind(c.city).bind(fills(ImportRow::City)).bind(c.city);
    change.bind(sets(ImportRow::Country)).bind(c.country).bind(fills(ImportRow::Country)).bind(c.country);
    QByteArray patch;
    if (row.clears.isEmpty()) {
        patch = fieldsJson(c.fields);
    } else {
        QJsonObject object = QJsonObject::fromVariantMap(c.fields);
        for (const QString &name : row.clears)
            object.insert(name, QJsonValue::Null);
        patch = QJsonDocument(object).toJson(QJsonDocument::Compact);
    }
    change.bind(QString::fromUtf8(patch)).bind(sql::timeValue(Store::now())).bind(id);
    if (!change.exec())
        return fail(change.error(), tr("import the contacts"));
    *changed = change.rowsAffected() > 0;
    return true;
}

bool ImportStore::insert(qint64 importId, qint64 groupId, const ImportRow &row, const QByteArray &nowText)
{
    ImportRow encoded;
    if (row.utf8.size() != 7) {
        encoded.contact = row.contact;
        encoded.encode();
    }
    const QByteArrayList &utf8 = row.utf8.size() == 7 ? row.utf8 : encoded.utf8;
    // UTF-8 made on the reading thread (alive until the step): no QVariant, no conversion here.
    sql::RawStatement &st = *m_insert;
    st.bind(1, groupId);
    for (int i = 0; i < 7; ++i) {
        if (i < 2 && utf8.at(i).isEmpty())
            st.bindNull(i + 2); // no email, no phone
        else
            st.bind(i + 2, utf8.at(i));
    }
    if (!st.bind(9, importId).bind(10, nowText).bind(11, nowText).step())
        return fail(st.error(), tr("import the contacts"));
    return true;
}

bool ImportStore::finish(qint64 importId, const ImportCounts &counts, qint64 invalid, const QByteArray &reportJson)
{
    sql::Query q(db(),
                 QStringLiteral("UPDATE import_batches SET state = 'done', finished_at = ?, imported = ?, "
                                "updated = ?, skipped = ?, invalid = ?, report = ? WHERE id = ?"));
    q.bind(sql::timeValue(now())).bind(counts.imported).bind(counts.updated);
    q.bind(counts.skipped).bind(invalid).bind(reportJson).bind(importId);
    if (!q.exec())
        return fail(q.error(), tr("finish the import"));
    m_insert.reset();
    m_remember.reset();
    m_change.reset();
    if (!commitChunk())
        return false;
    m_importId = 0;
    QSqlQuery(db()).exec(QStringLiteral("PRAGMA cache_size = -2000")); // SQLite's default again
    return succeed();
}

void ImportStore::abort()
{
    m_insert.reset();
    m_remember.reset();
    m_change.reset();
    m_transaction.reset(); // the chunk in progress rolls back
    if (m_importId) {
        // The chunks committed before it go too; the import is kept, as failed, with nothing of it left.
        const DatabaseError error = lastError();
        revert(m_importId, QStringLiteral("failed"));
        if (error)
            fail(error);
        m_importId = 0;
        QSqlQuery(db()).exec(QStringLiteral("PRAGMA cache_size = -2000"));
    }
}

int ImportStore::revertInterrupted()
{
    sql::Query running(db(), QStringLiteral("SELECT id, machine, pid FROM import_batches WHERE state = 'running'"));
    if (!running.exec()) {
        fail(running.error(), tr("undo an interrupted import"));
        return -1;
    }
    QList<qint64> gone;
    while (running.next()) {
        SendLease holder;
        holder.machine = running.value(1).toString();
        holder.pid = running.value(2).toLongLong();
        if (holder.holderIsGone())
            gone.append(running.value(0).toLongLong());
    }
    for (const qint64 id : std::as_const(gone)) {
        if (!revert(id, QStringLiteral("failed")))
            return -1;
    }
    succeed();
    return int(gone.size());
}

bool ImportStore::undo(qint64 importId, qint64 *groupId)
{
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
    return revert(importId, QStringLiteral("undone"));
}

bool ImportStore::revert(qint64 importId, const QString &state)
{
    sql::Transaction transaction(db());
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
    sql::Query mark(db(), QStringLiteral("UPDATE import_batches SET state = ?, finished_at = ? WHERE id = ?"));
    if (!mark.bind(state).bind(sql::timeValue(now())).bind(importId).exec() || !transaction.commit())
        return fail(mark.error(), tr("undo the import"));
    return succeed();
}

} // namespace cm
