#include "contactmodel.h"

#include "groupstore.h"
#include "roles.h"

#include <QScopedValueRollback>

namespace cm {

ContactModel::ContactModel(GroupStore *store, QObject *parent)
    : TableModel(parent)
    , m_store(store)
{
    connect(store, &GroupStore::contactsChanged, this, [this](qint64 groupId) {
        if (groupId == m_groupId)
            reload();
    });
}

void ContactModel::setGroup(qint64 groupId)
{
    m_groupId = groupId;
    reload();
}

void ContactModel::reload()
{
    const QScopedValueRollback signalling(m_signalling, true);
    beginResetModel();
    m_rows.clear();
    m_total = m_groupId > 0 ? m_store->contactCount(m_groupId) : 0;
    if (m_total > 0)
        m_rows = m_store->contacts(m_groupId, 0, WindowSize);
    endResetModel();
}

int ContactModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

bool ContactModel::canFetchMore(const QModelIndex &parent) const
{
    // Not while this model is telling its views about a change: a view reacting to it must not nest another.
    return !parent.isValid() && !m_signalling && m_rows.size() < m_total;
}

void ContactModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    const QList<Contact> more = m_store->contacts(m_groupId, m_rows.constLast().id, WindowSize);
    if (more.isEmpty()) {
        m_total = m_rows.size(); // the group shrank under us
        return;
    }
    const QScopedValueRollback signalling(m_signalling, true);
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + more.size() - 1));
    m_rows.append(more);
    endInsertRows();
}

QStringList ContactModel::headers() const
{
    return {tr("Email"), tr("Phone"), tr("First name"), tr("Last name"), tr("City"), tr("Country")};
}

QVariant ContactModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Contact &c = m_rows.at(index.row());
    if (role == Qt::DisplayRole || role == SortRole) {
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
    } else if (role == IdRole) {
        return c.id;
    }
    return {};
}

} // namespace cm
