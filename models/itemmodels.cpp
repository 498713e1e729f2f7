#include "itemmodels.h"

#include "accountstore.h"
#include "campaignstore.h"
#include "groupstore.h"
#include "roles.h"
#include "seriesstore.h"
#include "templatestore.h"

#include <QLocale>

#include <algorithm>

namespace cm {

// --- AccountModel

AccountModel::AccountModel(AccountStore *store, ProviderName providerName, QObject *parent)
    : RowsModel(parent)
    , m_store(store)
    , m_providerName(std::move(providerName))
{
    connect(store, &AccountStore::changed, this, &AccountModel::reload);
    reload();
}

void AccountModel::reload()
{
    setRows(m_store->accounts());
}

QStringList AccountModel::headers() const
{
    return {tr("Name"), tr("Provider"), tr("User")};
}

QVariant AccountModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Account &a = at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case SortRole:
        switch (index.column()) {
        case NameColumn:
            return a.name;
        case ProviderColumn:
            return m_providerName ? m_providerName(a.provider) : a.provider;
        case UserColumn:
            return a.user;
        }
        break;
    case IdRole:
        return a.id;
    case NameRole:
        return a.name;
    }
    return {};
}

// --- SuppressionModel

SuppressionModel::SuppressionModel(SuppressionStore *store, QObject *parent)
    : RowsModel(parent)
    , m_store(store)
{
    connect(store, &SuppressionStore::changed, this, &SuppressionModel::reload);
    reload();
}

void SuppressionModel::setSearch(const QString &search)
{
    m_search = search;
    reload();
}

void SuppressionModel::reload()
{
    setRows(m_store->list(m_search));
}

QStringList SuppressionModel::headers() const
{
    return {tr("Address"), tr("Channel"), tr("Reason"), tr("Source"), tr("Added")};
}

QVariant SuppressionModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Suppression &s = at(index.row());
    if (role == IdRole)
        return s.id;
    if (role == SortRole && index.column() == AddedColumn)
        return s.createdAt;
    if (role != Qt::DisplayRole && role != SortRole)
        return {};
    switch (index.column()) {
    case AddressColumn:
        return s.address;
    case ChannelColumn:
        return Suppression::channelName(s.channel);
    case ReasonColumn:
        return Suppression::reasonName(s.reason);
    case SourceColumn:
        return s.source;
    case AddedColumn:
        return shortTime(s.createdAt);
    }
    return {};
}

// --- GroupModel

GroupModel::GroupModel(GroupStore *store, QObject *parent)
    : RowsModel(parent)
    , m_store(store)
{
    connect(store, &GroupStore::groupsChanged, this, &GroupModel::reload);
    reload();
}

void GroupModel::reload()
{
    setRows(m_store->groups());
}

QStringList GroupModel::headers() const
{
    return {tr("Name"), tr("Contacts"), tr("Created")};
}

QVariant GroupModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Group &g = at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return g.name;
        case ContactsColumn:
            return QLocale().toString(g.contactCount);
        case CreatedColumn:
            return shortTime(g.createdAt);
        }
        break;
    case SortRole:
        switch (index.column()) {
        case NameColumn:
            return g.name;
        case ContactsColumn:
            return g.contactCount;
        case CreatedColumn:
            return g.createdAt;
        }
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == ContactsColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case IdRole:
        return g.id;
    case NameRole:
        return g.name;
    }
    return {};
}

// --- TemplateModel

TemplateModel::TemplateModel(TemplateStore *store, QObject *parent)
    : RowsModel(parent)
    , m_store(store)
{
    connect(store, &TemplateStore::changed, this, &TemplateModel::reload);
    reload();
}

void TemplateModel::reload()
{
    setRows(m_store->templates());
}

QStringList TemplateModel::headers() const
{
    return {tr("Name"), tr("Channel"), tr("Updated")};
}

QVariant TemplateModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Template &t = at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return t.name;
        case ChannelColumn:
            return channelName(t.channel);
        case UpdatedColumn:
            return shortTime(t.updatedAt);
        }
        break;
    case SortRole:
        switch (index.column()) {
        case NameColumn:
            return t.name;
        case ChannelColumn:
            return channelKey(t.channel);
        case UpdatedColumn:
            return t.updatedAt;
        }
        break;
    case IdRole:
        return t.id;
    case NameRole:
        return t.name;
    case ChannelRole:
        return channelKey(t.channel);
    }
    return {};
}

// --- CampaignModel

CampaignModel::CampaignModel(CampaignStore *store, QObject *parent, Accept accept)
    : RowsModel(parent)
    , m_store(store)
    , m_accept(std::move(accept))
{
    connect(store, &CampaignStore::campaignsChanged, this, &CampaignModel::reload);
    reload();
}

void CampaignModel::reload()
{
    QList<Campaign> campaigns = m_store->campaigns();
    if (m_accept)
        campaigns.removeIf([this](const Campaign &c) { return !m_accept(c); });
    setRows(std::move(campaigns));
}

QDateTime CampaignModel::when(const Campaign &c)
{
    for (const QDateTime &t : {c.scheduledAt, c.finishedAt, c.startedAt, c.createdAt}) {
        if (t.isValid())
            return t;
    }
    return {};
}

QStringList CampaignModel::headers() const
{
    return {tr("Name"), tr("Channel"), tr("State"), tr("When"), tr("Recipients")};
}

QVariant CampaignModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Campaign &c = at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return c.name;
        case ChannelColumn:
            return channelName(c.channel);
        case StateColumn:
            return campaignStateName(c.state);
        case WhenColumn:
            return shortTime(when(c));
        case RecipientsColumn:
            // Recipients are chosen when the campaign is sent: before that there is no count to show.
            return c.recipientCount > 0 ? QLocale().toString(c.recipientCount) : QStringLiteral("—");
        }
        break;
    case SortRole:
        switch (index.column()) {
        case NameColumn:
            return c.name;
        case ChannelColumn:
            return channelKey(c.channel);
        case StateColumn:
            return int(c.state);
        case WhenColumn:
            return when(c);
        case RecipientsColumn:
            return c.recipientCount;
        }
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == RecipientsColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case IdRole:
        return c.id;
    case NameRole:
        return c.name;
    case StateRole:
        return campaignStateKey(c.state);
    case ChannelRole:
        return channelKey(c.channel);
    }
    return {};
}

// --- RecipientModel

RecipientModel::RecipientModel(CampaignStore *store, GroupStore *contacts, QObject *parent)
    : WindowModel(parent)
    , m_store(store)
    , m_contacts(contacts)
{
    connect(store, &CampaignStore::recipientsChanged, this, [this](qint64 campaignId) {
        if (campaignId == m_campaignId)
            reload();
    });
}

void RecipientModel::setCampaign(qint64 campaignId, const RecipientFilter &filter)
{
    m_campaignId = campaignId;
    m_filter = filter;
    reload();
}

QList<Recipient> RecipientModel::fetchWindow(qint64 afterId, int limit) const
{
    const QList<Recipient> window = m_store->recipients(m_campaignId, afterId, limit, m_filter);
    if (afterId == 0)
        m_names.clear();
    if (!m_contacts)
        return window;
    // The window's contacts in one query.
    QList<qint64> ids;
    for (const Recipient &r : window) {
        if (r.contactId > 0 && !m_names.contains(r.contactId))
            ids.append(r.contactId);
    }
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    for (const Contact &c : m_contacts->contactsByIds(ids)) {
        if (c.id > 0)
            m_names.insert(c.id, QString(c.firstName + QLatin1Char(' ') + c.lastName).trimmed());
    }
    return window;
}

QStringList RecipientModel::headers() const
{
    return {tr("Name"), tr("Address"), tr("State"), tr("Last event"), tr("Time"), tr("Error"), tr("Provider id")};
}

QVariant RecipientModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Recipient &r = row(index.row());
    const auto lastEvent = eventTypeFromKey(r.lastEvent);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return m_names.value(r.contactId);
        case AddressColumn:
            return r.address;
        case StateColumn:
            return recipientStateName(r.state);
        case LastEventColumn:
            return lastEvent ? eventTypeName(*lastEvent) : QString();
        case TimeColumn:
            return shortTime(r.lastEventAt.isValid() ? r.lastEventAt : r.updatedAt);
        case ProviderIdColumn:
            return r.providerId;
        case ErrorColumn:
            return r.error;
        }
        break;
    case SortRole:
        return index.column() == TimeColumn ? QVariant(r.lastEventAt) : data(index, Qt::DisplayRole);
    case IdRole:
        return r.id;
    case StateRole:
        return recipientStateKey(r.state);
    case Qt::ToolTipRole:
        // The provider's id whole (its column is narrow), the error whole; elsewhere what was sent.
        switch (index.column()) {
        case ProviderIdColumn:
            return r.providerId;
        case ErrorColumn:
            return r.error.isEmpty() ? r.content : r.error;
        default:
            return r.content;
        }
    }
    return {};
}

// --- SeriesModel

SeriesModel::SeriesModel(SeriesStore *store, QObject *parent)
    : TableModel(parent)
    , m_store(store)
{
    connect(store, &SeriesStore::seriesChanged, this, &SeriesModel::reload);
    reload();
}

int SeriesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

void SeriesModel::reload()
{
    QList<Row> rows;
    for (const Series &s : m_store->list()) {
        const QHash<QString, qint64> counts = m_store->memberCounts(s.id);
        rows.append({s, counts.value(QStringLiteral("waiting")), counts.value(QStringLiteral("finished")),
                     counts.value(QStringLiteral("left"))});
    }
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

QStringList SeriesModel::headers() const
{
    return {tr("Name"), tr("State"), tr("Entry"), tr("Steps"), tr("Waiting"), tr("Finished"), tr("Left")};
}

QVariant SeriesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Row &r = m_rows.at(index.row());
    const qint64 counts[] = {r.waiting, r.finished, r.left};
    switch (role) {
    case Qt::DisplayRole:
    case SortRole:
        switch (index.column()) {
        case NameColumn:
            return r.series.name;
        case StateColumn:
            return role == SortRole ? seriesStateKey(r.series.state) : seriesStateName(r.series.state);
        case EntryColumn:
            return r.series.entryName;
        case StepsColumn:
            return role == SortRole ? QVariant(r.series.steps.size())
                                    : QVariant(QLocale().toString(r.series.steps.size()));
        default:
            return role == SortRole ? QVariant(counts[index.column() - WaitingColumn])
                                    : QVariant(QLocale().toString(counts[index.column() - WaitingColumn]));
        }
    case Qt::TextAlignmentRole:
        return index.column() >= StepsColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case IdRole:
        return r.series.id;
    case NameRole:
        return r.series.name;
    case StateRole:
        return seriesStateKey(r.series.state);
    }
    return {};
}

} // namespace cm
