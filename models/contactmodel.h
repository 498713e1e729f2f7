// The contacts of one group, fetched in windows by key.
#pragma once

#include "types.h"
#include "windowmodel.h"

namespace cm {

class GroupStore;

class ContactModel : public WindowModel<Contact>
{
    Q_OBJECT
public:
    enum Column { EmailColumn, PhoneColumn, FirstNameColumn, LastNameColumn, CityColumn, CountryColumn };
    explicit ContactModel(GroupStore *store, QObject *parent = nullptr);

    void setGroup(qint64 groupId);
    qint64 groupId() const { return m_groupId; }
    qint64 totalCount() const { return m_total; } // the whole group, fetched or not

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    void reload() override;

protected:
    QStringList headers() const override;
    bool hasSource() const override { return m_groupId > 0; }
    QList<Contact> fetchWindow(qint64 afterId, int limit) const override;

private:
    GroupStore *m_store;
    qint64 m_groupId = 0;
    qint64 m_total = 0;
};

} // namespace cm
