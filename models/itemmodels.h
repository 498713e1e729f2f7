// The item models of the panes. They live on the GUI thread and reload when their store says it changed.
#pragma once

#include "series.h"
#include "suppressionstore.h"
#include "tablemodel.h"
#include "types.h"
#include "windowmodel.h"

#include <QHash>

#include <functional>
#include <optional>

namespace cm {

class AccountStore;
class GroupStore;
class TemplateStore;
class CampaignStore;
class SeriesStore;

class AccountModel : public RowsModel<Account>
{
    Q_OBJECT
public:
    enum Column { NameColumn, ProviderColumn, UserColumn };
    using ProviderName = std::function<QString(const QString &key)>;
    AccountModel(AccountStore *store, ProviderName providerName, QObject *parent = nullptr);
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    void reload() override;

protected:
    QStringList headers() const override;

private:
    AccountStore *m_store;
    ProviderName m_providerName;
};

class SuppressionModel : public RowsModel<Suppression>
{
    Q_OBJECT
public:
    enum Column { AddressColumn, ChannelColumn, ReasonColumn, SourceColumn, AddedColumn };
    explicit SuppressionModel(SuppressionStore *store, QObject *parent = nullptr);
    void setSearch(const QString &search);
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    void reload() override;

protected:
    QStringList headers() const override;

private:
    SuppressionStore *m_store;
    QString m_search;
};

class GroupModel : public RowsModel<Group>
{
    Q_OBJECT
public:
    enum Column { NameColumn, ContactsColumn, CreatedColumn };
    explicit GroupModel(GroupStore *store, QObject *parent = nullptr);
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    void reload() override;

protected:
    QStringList headers() const override;

private:
    GroupStore *m_store;
};

class TemplateModel : public RowsModel<Template>
{
    Q_OBJECT
public:
    enum Column { NameColumn, ChannelColumn, UpdatedColumn };
    explicit TemplateModel(TemplateStore *store, QObject *parent = nullptr);
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    void reload() override;

protected:
    QStringList headers() const override;

private:
    TemplateStore *m_store;
};

class CampaignModel : public RowsModel<Campaign>
{
    Q_OBJECT
public:
    enum Column { NameColumn, ChannelColumn, StateColumn, WhenColumn, RecipientsColumn };
    using Accept = std::function<bool(const Campaign &)>;
    // With `accept`, only the campaigns it accepts (Reports lists those with something to report).
    explicit CampaignModel(CampaignStore *store, QObject *parent = nullptr, Accept accept = {});
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    void reload() override;
    static QDateTime when(const Campaign &c); // scheduled, finished, started or created, the first that is set

protected:
    QStringList headers() const override;

private:
    CampaignStore *m_store;
    Accept m_accept;
};

// The recipients of one campaign, fetched in windows by key; optionally only those of one state. With `contacts`,
// each with the name of its contact as the workspace has it now (empty once the contact is gone).
class RecipientModel : public WindowModel<Recipient>
{
    Q_OBJECT
public:
    enum Column { NameColumn, AddressColumn, StateColumn, LastEventColumn, TimeColumn, ErrorColumn, ProviderIdColumn };
    explicit RecipientModel(CampaignStore *store, GroupStore *contacts = nullptr, QObject *parent = nullptr);
    void setCampaign(qint64 campaignId, const RecipientFilter &filter = {});
    qint64 campaignId() const { return m_campaignId; }
    const RecipientFilter &filter() const { return m_filter; }
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

protected:
    QStringList headers() const override;
    bool hasSource() const override { return m_campaignId > 0; }
    QList<Recipient> fetchWindow(qint64 afterId, int limit) const override;

private:
    CampaignStore *m_store;
    GroupStore *m_contacts;
    qint64 m_campaignId = 0;
    RecipientFilter m_filter;
    mutable QHash<qint64, QString> m_names; // contact id → "First Last", for the windows fetched
};

// The series, each with how many contacts wait, finished and left.
class SeriesModel : public TableModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, StateColumn, EntryColumn, StepsColumn, WaitingColumn, FinishedColumn, LeftColumn };
    explicit SeriesModel(SeriesStore *store, QObject *parent = nullptr);
    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    void reload() override;

protected:
    QStringList headers() const override;

private:
    struct Row
    {
        Series series;
        qint64 waiting = 0;
        qint64 finished = 0;
        qint64 left = 0;
    };
    SeriesStore *m_store;
    QList<Row> m_rows;
};

} // namespace cm
