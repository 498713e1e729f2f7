// Contact imports: written in one transaction (cancel or crash leaves the group as it was), recorded so that an
// import can be undone (what it added removed, what it updated restored). Used on the import's worker thread.
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
};

class ImportStore : public Store
{
    Q_OBJECT
public:
    explicit ImportStore(Database *database, QObject *parent = nullptr);
    ~ImportStore() override;

    // Starts the transaction and records the import; 0 on error.
    qint64 begin(qint64 groupId, const QString &fileName);
    // Adds the new contacts; the known ones (same email, or same phone without email) are skipped or, with
    // `update`, updated (their previous values kept for undo). Never touches suppressions: an update cannot
    // re-subscribe anyone.
    bool apply(qint64 importId, qint64 groupId, const QList<Contact> &contacts, bool update, ImportCounts &counts);
    // Commits, with the report. Without finish() (cancel, error, crash) nothing is written.
    bool finish(qint64 importId, const ImportCounts &counts, qint64 invalid, const QByteArray &reportJson);
    void abort();

    bool undo(qint64 importId, qint64 *groupId);

    // {"key":"value",…} for custom fields that are all text (an import's always are), without building a
    // QJsonDocument per contact; anything else goes through QJsonDocument.
    static QByteArray fieldsJson(const QVariantMap &fields);

private:
    struct InsertStatement;
    std::unique_ptr<sql::Transaction> m_transaction;
    qint64 m_lastIdBefore = 0;                 // the rows after it are this import's
    std::unique_ptr<InsertStatement> m_insert; // on the raw handle: QtSql's binding is a third of an import
};

} // namespace cm
