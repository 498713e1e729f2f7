// The contacts of one group, as a view shows them: searched and sorted in the database, read a page at a time.
//
// The model holds the ids of the rows in order (8 bytes a contact) and a bounded cache of pages of contacts. The ids
// come from a worker thread, so a search or a sort over a million contacts never blocks the GUI; until they arrive
// the view keeps showing the previous answer. Opening a group shows its first page at once, read directly.
#pragma once

#include "contactquery.h"
#include "tablemodel.h"
#include "types.h"

#include <QFuture>
#include <QHash>

#include <memory>

namespace cm {

class GroupStore;

class ContactModel : public TableModel
{
    Q_OBJECT
public:
    enum Column { EmailColumn, PhoneColumn, FirstNameColumn, LastNameColumn, CityColumn, CountryColumn };
    static constexpr int PageSize = 256;
    static constexpr int CachedPages = 64; // at most 16,384 contacts in memory

    explicit ContactModel(GroupStore *store, QObject *parent = nullptr);
    ~ContactModel() override;

    void setGroup(qint64 groupId);
    qint64 groupId() const { return m_query.groupId; }
    void setSearch(const QString &search);
    QString search() const { return m_query.search; }
    ContactQuery query() const { return m_query; }

    qint64 totalCount() const { return m_total; }           // the whole group, matching the search or not
    bool isLoading() const { return m_pending != nullptr; } // a search or sort is being worked out
    qint64 idAt(int row) const { return m_keys.value(row); }
    const IdList &ids() const { return m_keys; } // every row, in the view's order
    Contact contactAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    void reload() override; // the same query again: the contacts changed

signals:
    void loadingChanged(bool loading);
    void loaded(); // the rows of the current query are in
    void failed(const QString &message);

protected:
    QStringList headers() const override;

private:
    struct Pending;
    void start();
    void arrive(const ContactKeys &keys);
    const QList<Contact> &page(int index) const;

    GroupStore *m_store;
    ContactQuery m_query;
    IdList m_keys;
    qint64 m_total = 0;
    std::shared_ptr<Pending> m_pending;        // the query whose answer the model waits for
    QList<std::shared_ptr<Pending>> m_running; // and superseded ones still winding down
    mutable QHash<int, QList<Contact>> m_pages;
    mutable QList<int> m_pageOrder; // oldest first
};

} // namespace cm
