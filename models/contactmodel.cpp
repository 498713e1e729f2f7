#include "contactmodel.h"

#include "groupstore.h"
#include "roles.h"

namespace cm {

ContactModel::ContactModel(GroupStore *store, QObject *parent)
    : WindowModel(parent)
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
    m_total = m_groupId > 0 ? m_store->contactCount(m_groupId) : 0;
    WindowModel::reload();
}

QList<Contact> ContactModel::fetchWindow(qint64 afterId, int limit) const
{
    return m_store->contacts(m_groupId, afterId, limit);
}

QStringList ContactModel::headers() const
{
    return {tr("Email"), tr("Phone"), tr("First name"), tr("Last name"), tr("City"), tr("Country")};
}

QVariant ContactModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Contact &c = row(index.row());
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
