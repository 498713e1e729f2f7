#include "contactmodel.h"

#include "background.h"
#include "groupstore.h"
#include "roles.h"

#include <QFutureWatcher>

namespace cm {

struct ContactModel::Pending
{
    std::atomic<bool> cancel = false;
    QFuture<ContactKeys> future;
};

ContactModel::ContactModel(GroupStore *store, QObject *parent)
    : TableModel(parent)
    , m_store(store)
{
    connect(store, &GroupStore::contactsChanged, this, [this](qint64 groupId) {
        if (groupId == m_query.groupId)
            reload();
    });
}

ContactModel::~ContactModel()
{
    for (const auto &running : std::as_const(m_running)) {
        running->cancel = true;
        running->future.waitForFinished(); // it reads the workspace this model's store belongs to
    }
}

void ContactModel::setGroup(qint64 groupId)
{
    if (m_pending)
        m_pending->cancel = true;
    m_pending.reset();
    beginResetModel();
    m_query.groupId = groupId;
    m_query.search.clear();
    m_query.knownGroupTotal = -1;
    m_keys.clear();
    m_pages.clear();
    m_pageOrder.clear();
    m_total = 0;
    if (groupId > 0 && m_query.sort == ContactSort::Id && !m_query.descending) {
        // The first page straight away, in the order the ids will arrive in: rows show before the count is known.
        const QList<Contact> first = m_store->contacts(groupId, 0, PageSize);
        for (const Contact &c : first)
            m_keys.append(c.id);
        m_pages.insert(0, first);
        m_pageOrder.append(0);
        m_total = m_keys.size();
    }
    endResetModel();
    if (groupId > 0)
        start();
    else
        emit loaded();
}

void ContactModel::setSearch(const QString &search)
{
    if (search == m_query.search)
        return;
    m_query.search = search;
    start();
}

void ContactModel::sort(int column, Qt::SortOrder order)
{
    static const ContactSort byColumn[] = {ContactSort::Email,    ContactSort::Phone, ContactSort::FirstName,
                                           ContactSort::LastName, ContactSort::City,  ContactSort::Country};
    const ContactSort sort = column >= 0 && column < int(std::size(byColumn)) ? byColumn[column] : ContactSort::Id;
    const bool descending = sort != ContactSort::Id && order == Qt::DescendingOrder;
    if (sort == m_query.sort && descending == m_query.descending)
        return;
    m_query.sort = sort;
    m_query.descending = descending;
    if (m_query.groupId > 0)
        start();
}

void ContactModel::reload()
{
    m_query.knownGroupTotal = -1; // the contacts changed: counted again
    if (m_query.groupId > 0)
        start();
}

void ContactModel::start()
{
    const bool wasLoading = isLoading();
    if (m_pending)
        m_pending->cancel = true; // its answer is ignored when it comes
    auto pending = std::make_shared<Pending>();
    m_pending = pending;
    m_running.removeIf([](const std::shared_ptr<Pending> &p) { return p->future.isFinished(); });
    m_running.append(pending);
    Database *database = m_store->database();
    pending->future = inBackground(
            database, [database, query = m_query, pending] { return contactKeys(database, query, &pending->cancel); });
    auto *watcher = new QFutureWatcher<ContactKeys>(this);
    connect(watcher, &QFutureWatcher<ContactKeys>::finished, this, [this, watcher, pending] {
        watcher->deleteLater();
        if (pending != m_pending)
            return; // superseded by a newer query
        m_pending.reset();
        arrive(pending->future.result());
        emit loadingChanged(false);
        emit loaded();
    });
    watcher->setFuture(pending->future);
    if (!wasLoading)
        emit loadingChanged(true);
}

void ContactModel::arrive(const ContactKeys &keys)
{
    if (!keys.ok) {
        if (!keys.error.isEmpty())
            emit failed(tr("The contacts cannot be read: %1").arg(keys.error));
        return;
    }
    m_total = keys.groupTotal;
    m_query.knownGroupTotal = keys.groupTotal; // until the contacts change
    if (keys.ids == m_keys) {                  // same rows (an edit): fresh values, same selection and scroll position
        m_pages.clear();
        m_pageOrder.clear();
        if (!m_keys.isEmpty())
            emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
        return;
    }
    if (keys.ids.size() > m_keys.size() && keys.ids.startsWith(m_keys)) {
        // The rest of the rows after the first page: appended, so the view keeps its place.
        beginInsertRows({}, int(m_keys.size()), int(keys.ids.size() - 1));
        if (m_keys.size() % PageSize) { // the last page read was short: it grows
            m_pages.remove(int(m_keys.size() / PageSize));
            m_pageOrder.removeOne(int(m_keys.size() / PageSize));
        }
        m_keys = keys.ids;
        endInsertRows();
        return;
    }
    beginResetModel();
    m_keys = keys.ids;
    m_pages.clear();
    m_pageOrder.clear();
    endResetModel();
}

int ContactModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(qMin<qsizetype>(m_keys.size(), INT_MAX));
}

const QList<Contact> &ContactModel::page(int index) const
{
    auto it = m_pages.constFind(index);
    if (it != m_pages.cend())
        return *it;
    if (m_pageOrder.size() >= CachedPages)
        m_pages.remove(m_pageOrder.takeFirst());
    m_pageOrder.append(index);
    return *m_pages.insert(index, m_store->contactsByIds(m_keys.mid(qsizetype(index) * PageSize, PageSize)));
}

Contact ContactModel::contactAt(int row) const
{
    if (row < 0 || row >= m_keys.size())
        return {};
    return page(row / PageSize).value(row % PageSize);
}

QStringList ContactModel::headers() const
{
    return {tr("Email"), tr("Phone"), tr("First name"), tr("Last name"), tr("City"), tr("Country")};
}

QVariant ContactModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (role == IdRole)
        return m_keys.at(index.row());
    if (role != Qt::DisplayRole && role != SortRole)
        return {};
    const QList<Contact> &rows = page(index.row() / PageSize);
    const int offset = index.row() % PageSize;
    if (offset >= rows.size())
        return {};
    const Contact &c = rows.at(offset);
    switch (index.column()) {
    case EmailColumn:
        return c.email;
    case PhoneColumn:
        return c.phone;
    case FirstNameColumn:
        return c.firstName;
    case LastNameColumn:
        return c.lastName;
    case CityColumn:
        return c.city;
    case CountryColumn:
        return c.country;
    }
    return {};
}

} // namespace cm
