// Which contacts of a group a view shows, and in what order: a search over the full-text index and a sort column.
// The answer is the list of their ids, computed on any thread; the rows themselves are read a page at a time.
#pragma once

#include <QList>
#include <QString>

#include <atomic>

namespace cm {

class Database;

enum class ContactSort { Id, Email, Phone, FirstName, LastName, City, Country };

struct ContactQuery
{
    qint64 groupId = 0;
    QString search; // words; each must start a word of the email, phone, names or city (accents ignored)
    ContactSort sort = ContactSort::Id;
    bool descending = false;

    // The FTS5 expression for `search`: every word a quoted prefix, so no user text is read as FTS5 syntax.
    // Empty when the search has no letter or digit.
    static QString matchExpression(const QString &search);
};

struct ContactKeys
{
    QList<qint64> ids;     // in the query's order
    qint64 groupTotal = 0; // contacts in the group, matching or not
    bool ok = false;       // false: failed or cancelled
    QString error;
};

// Runs the query on the calling thread's connection. Stops early (ok false) once `cancel` becomes true.
ContactKeys contactKeys(Database *database, const ContactQuery &query, const std::atomic<bool> *cancel = nullptr);

} // namespace cm
