// Contact imports, recorded so that an import can be undone (what it added removed, what it updated restored).
// Written in chunks of ChunkRows contacts, each its own transaction, so that an import never holds the workspace's
// write lock for long (a send's bookkeeping waits for it); a cancelled or failed import is reverted, and one whose
// process died is reverted when the workspace next opens (revertInterrupted). Used on the import's worker thread.
#pragma once

#include "sqlhelpers.h"
#include "store.h"
#include "types.h"

#include <memory>

namespace cm {

struct ImportCounts
{
    qint64 imported = 0;
    qint64 updated = 0;
    qint64 skipped = 0;
    qint64 merged = 0; // rows of a person an earlier row of the file had, combined into that contact
};

// A row of a file as a contact, with what an update may write of it.
struct ImportRow
{
    enum Field { Phone = 1, FirstName = 2, LastName = 4, City = 8, Country = 16 };
    Contact contact;
    // The standard fields an update writes: the file's columns whose cell holds something (with "empty cells
    // clear", its empty cells too). Custom fields are merged: `contact.fields` written, `clears` removed.
    quint8 sets = 0;
    quint8 fills = 0; // fields an update writes only where the contact has no value (taken from a lesser column)
    QStringList clears;
    // The same person as an earlier row of the file: what that row wrote is updated with this one (the last row
    // wins), whether or not the import updates the contacts the group had.
    bool again = false;
    // The contact's email, phone, names, city, country and fields (as JSON) in UTF-8, as the insert binds them: made
    // by encode() on the thread that reads the file, so the writing thread only writes.
    QByteArrayList utf8;
    void encode();
};

class ImportStore : public Store
{
    Q_OBJECT
public:
    explicit ImportStore(Database *database, QObject *parent = nullptr);
    ~ImportStore() override;

    static constexpr qint64 ChunkRows = 50'000; // about a second of writing: the longest the lock is held

    // Records the import (committed, as running, by this process) and starts its first chunk; 0 on error.
    qint64 begin(qint64 groupId, const QString &fileName);
    // What apply() did to some contacts, by their indexes in its list: for the report, line by line.
    struct Notes
    {
        QList<qsizetype> sharedPhone; // imported without the phone another contact has (see apply)
        QList<qsizetype> known;       // skipped: in the group already
        QList<qsizetype> phoneTaken;  // not updated: the new phone is another contact's
        QList<qsizetype> merged;      // combined into the contact an earlier row of the file wrote
    };
    // Adds the new contacts; the known ones (same email, or same phone without email) are skipped or, with
    // `update`, updated with what the row holds (ImportRow::sets; their previous values kept for undo). Never
    // touches suppressions: an update cannot re-subscribe anyone.
    // A new contact whose email is new but whose phone another contact of the group has (an office switchboard, a
    // family landline) is a person of their own: imported without the phone, which is kept in the field
    // SharedPhoneField. `notes` (when given) says which contacts were changed or skipped, and why.
    bool apply(qint64 importId, qint64 groupId, const QList<ImportRow> &rows, bool update, ImportCounts &counts,
               Notes *notes = nullptr);
    static inline const QString SharedPhoneField = QStringLiteral("shared_phone");
    // Commits the last chunk, with the report. Without finish() (cancel, error) abort() reverts what was written.
    // Where the writing time went: rows into the table, the search index, commits.
    struct Timing
    {
        qint64 writeNs = 0, indexNs = 0, commitNs = 0;
    };
    Timing timing() const { return m_timing; }
    bool finish(qint64 importId, const ImportCounts &counts, qint64 invalid, const QByteArray &reportJson);
    // The chunk in progress rolled back, the chunks committed before it reverted: the group as it was.
    void abort();
    // Imports left running by a process on this host that is gone (killed, crashed mid-import): reverted, so a
    // group never keeps half an import. Returns how many, or -1.
    int revertInterrupted();

    bool undo(qint64 importId, qint64 *groupId);

    // {"key":"value",…} for custom fields that are all text (an import's always are), without building a
    // QJsonDocument per contact; anything else goes through QJsonDocument.
    static QByteArray fieldsJson(const QVariantMap &fields);

private:
    bool startChunk();
    // One row through the prepared insert (OR IGNORE: sqlite3_changes says whether it went in), encoded first
    // unless it is.
    bool insert(qint64 importId, qint64 groupId, const ImportRow &row, const QByteArray &nowText);
    bool commitChunk(); // the chunk's new rows indexed for search, then committed
    // What the import wrote undone (contacts it added deleted, those it updated restored), and its state `state`.
    bool revert(qint64 importId, const QString &state);
    // Writes what `row` holds over the contact `id` (found by `find`), remembering it first for undo unless this
    // import added it. False on a database error; `changed` says whether the contact took it (its new phone may be
    // another contact's).
    bool update(qint64 importId, const ImportRow &row, const sql::Query &find, bool ownContact, bool *changed);
    qint64 m_importId = 0;
    Timing m_timing;
    qint64 m_chunkStart = 0; // the last contact id before the chunk
    qint64 m_rowsInChunk = 0;
    std::unique_ptr<sql::Transaction> m_transaction;
    qint64 m_lastIdBefore = 0;                   // the rows after it are this import's
    std::unique_ptr<sql::RawStatement> m_insert; // on the raw handle: QtSql's binding is a third of an import
    std::unique_ptr<sql::Query> m_remember;      // update(): the contact before, and the change
    std::unique_ptr<sql::Query> m_change;
};

} // namespace cm
