// The contacts of one group, fetched in windows by key (`WHERE id > ? ORDER BY id LIMIT n`), never all at once.
#pragma once

#include "tablemodel.h"
#include "types.h"

namespace cm {

class GroupStore;

class ContactModel : public TableModel
{
    Q_OBJECT
public:
    enum Column { EmailColumn, PhoneColumn, FirstNameColumn, LastNameColumn, CityColumn, CountryColumn };
    explicit ContactModel(GroupStore *store, QObject *parent = nullptr);

    void setGroup(qint64 groupId);
    qint64 groupId() const { return m_groupId; }
    qint64 totalCount() const { return m_total; } // the whole group, fetched or not

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    void reload() override;

    static constexpr int WindowSize = 500;

protected:
    QStringList headers() const override;

private:
    GroupStore *m_store;
    qint64 m_groupId = 0;
    qint64 m_total = 0;
    QList<Contact> m_rows;
    bool m_signalling = false;
};

} // namespace cm
