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
    // The group's size when the caller knows it (a search within the group it has open): not counted again, which
    // at 10,000,000 contacts costs more than the search.
    qint64 knownGroupTotal = -1;

    // The FTS5 expression for `search`: every word a quoted prefix, so no user text is read as FTS5 syntax.
    // Empty when the search has no letter or digit.
    static QString matchExpression(const QString &search);
};

// Row ids in an order, four bytes each while every id fits in 32 bits (a workspace makes four billion rows before
// one does not), eight bytes each from the first that does not. An open group of 10,000,000 contacts keeps 40 MB of
// ids instead of 80; its table view's vertical header alone takes 128 MB (8 bytes a section, grown by doubling).
class IdList
{
public:
    qsizetype size() const { return m_wide.isEmpty() ? m_narrow.size() : m_wide.size(); }
    bool isEmpty() const { return size() == 0; }
    qint64 at(qsizetype i) const { return m_wide.isEmpty() ? qint64(m_narrow.at(i)) : m_wide.at(i); }
    qint64 value(qsizetype i) const { return i >= 0 && i < size() ? at(i) : 0; }
    QList<qint64> mid(qsizetype from, qsizetype count = -1) const;
    QList<qint64> toList() const { return mid(0); }
    bool startsWith(const IdList &prefix) const;
    bool operator==(const IdList &other) const { return size() == other.size() && startsWith(other); }

    void append(qint64 id);
    void clear();
    void squeeze(); // gives back the slack of the growth

private:
    QList<quint32> m_narrow;
    QList<qint64> m_wide; // every id once one needs it; m_narrow is then empty
};

struct ContactKeys
{
    IdList ids;            // in the query's order
    qint64 groupTotal = 0; // contacts in the group, matching or not
    bool ok = false;       // false: failed or cancelled
    QString error;
};

// Runs the query on the calling thread's connection. Stops early (ok false) once `cancel` becomes true.
ContactKeys contactKeys(Database *database, const ContactQuery &query, const std::atomic<bool> *cancel = nullptr);

} // namespace cm
