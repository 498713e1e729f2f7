#include "overviewpane.h"

#include "emptystate.h"
#include "paneicons.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QShowEvent>
#include <QStyle>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace cm {

namespace {

QString percent(const std::optional<double> &rate)
{
    const QLocale locale;
    return locale.toString(*rate * 100, 'f', 1) + locale.percent();
}

QString when(const QDateTime &utc)
{
    return utc.isValid() ? QLocale().toString(utc.toLocalTime(), QLocale::ShortFormat) : QString();
}

// An id unique across the sections: the section and the kind in the high bits, the item's own id below.
qint64 itemId(int section, int kind, qint64 id)
{
    return (qint64(section * 16 + kind + 1) << 40) | (id & ((qint64(1) << 40) - 1));
}

QList<OverviewItem> itemsOf(const Overview &overview)
{
    QList<OverviewItem> items;
    for (const Overview::Attention &a : overview.attention) {
        OverviewItem item;
        item.section = OverviewPane::Attention;
        item.id = itemId(item.section, int(a.kind), a.id);
        item.pane = a.paneKey;
        item.target = a.id;
        item.item = a.text;
        item.warning = true;
        switch (a.kind) {
        case Overview::AttentionKind::UnknownRecipients:
            item.details = OverviewPane::tr("Open the campaign and resolve its unknown recipients.");
            break;
        case Overview::AttentionKind::FailedRefresh:
            item.details = OverviewPane::tr("Open the report and refresh it again.");
            break;
        case Overview::AttentionKind::SecretMissing:
        case Overview::AttentionKind::KeychainLocked:
        case Overview::AttentionKind::SecretUnreadable:
            item.details = OverviewPane::tr("Open the account, then edit it or test its connection.");
            break;
        }
        items.append(item);
    }
    for (const Overview::AccountHealth &a : overview.accounts) {
        OverviewItem item;
        item.section = OverviewPane::Accounts;
        item.id = itemId(item.section, 0, a.id);
        item.pane = QStringLiteral("accounts");
        item.target = a.id;
        item.item = a.name;
        QStringList details {a.provider};
        if (!a.tested)
            details.append(OverviewPane::tr("Not tested yet"));
        else if (a.testOk)
            details.append(OverviewPane::tr("Connection works (tested %1)").arg(when(a.testedAt)));
        else
            details.append(OverviewPane::tr("Connection test failed (%1): %2").arg(when(a.testedAt), a.testMessage));
        if (a.balance)
            details.append(OverviewPane::tr("Balance: %1").arg(QLocale().toCurrencyString(*a.balance, a.currency)));
        if (a.rateLimited)
            details.append(OverviewPane::tr("Turned away for its rate limit at the last try"));
        item.details = details.join(QStringLiteral(" · "));
        item.warning = (a.tested && !a.testOk) || a.rateLimited;
        items.append(item);
    }
    for (const Overview::Scheduled &s : overview.scheduled) {
        OverviewItem item;
        item.section = OverviewPane::Scheduled;
        item.id = itemId(item.section, 0, s.id);
        item.pane = QStringLiteral("campaigns");
        item.target = s.id;
        item.item = s.name;
        item.details = QStringList {when(s.at), channelName(s.channel), s.account}.join(QStringLiteral(" · "));
        items.append(item);
    }
    for (const Overview::Recent &r : overview.recent) {
        OverviewItem item;
        item.section = OverviewPane::Recent;
        item.id = itemId(item.section, 0, r.id);
        item.pane = QStringLiteral("reports");
        item.target = r.id;
        item.item = r.name;
        QStringList details {campaignStateName(r.state), when(r.at)};
        if (!r.read)
            details.append(OverviewPane::tr("Reading the report…"));
        else if (!r.sent)
            details.append(OverviewPane::tr("No report yet"));
        else {
            details.append(OverviewPane::tr("%n sent", nullptr, int(qMin<qint64>(r.sent, INT_MAX))));
            if (r.delivered)
                details.append(OverviewPane::tr("delivered %1").arg(percent(r.delivered)));
            if (r.opened)
                details.append(OverviewPane::tr("opened %1").arg(percent(r.opened)));
            if (r.clicked)
                details.append(OverviewPane::tr("clicked %1").arg(percent(r.clicked)));
        }
        item.details = details.join(QStringLiteral(" · "));
        items.append(item);
    }
    return items;
}

} // namespace

OverviewModel::OverviewModel(OverviewService *service, QObject *parent)
    : RowsModel<OverviewItem>(parent)
    , m_service(service)
{
    reload();
}

QString OverviewModel::sectionName(int section)
{
    switch (section) {
    case OverviewPane::Attention:
        return OverviewPane::tr("Needs attention");
    case OverviewPane::Accounts:
        return OverviewPane::tr("Account");
    case OverviewPane::Scheduled:
        return OverviewPane::tr("Scheduled");
    case OverviewPane::Recent:
        return OverviewPane::tr("Recent campaign");
    }
    return {};
}

QStringList OverviewModel::headers() const
{
    return {OverviewPane::tr("What"), OverviewPane::tr("Item"), OverviewPane::tr("Details")};
}

QVariant OverviewModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const OverviewItem &item = at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return index.column() == SectionColumn ? sectionName(item.section)
                : index.column() == ItemColumn ? item.item
                                               : item.details;
    case Qt::ToolTipRole:
        return index.column() == SectionColumn ? QVariant() : QVariant(item.item + QLatin1Char('\n') + item.details);
    case Qt::DecorationRole:
        if (index.column() != SectionColumn)
            return {};
        if (item.warning)
            return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
        return paneIcon(item.section == OverviewPane::Accounts            ? PaneIcon::Accounts
                                : item.section == OverviewPane::Scheduled ? PaneIcon::Campaigns
                                                                          : PaneIcon::Reports);
    case SortRole:
        return index.column() == SectionColumn ? QVariant(item.section * 100000 + index.row())
                : index.column() == ItemColumn ? QVariant(item.item)
                                               : QVariant(item.details);
    case IdRole:
        return item.id;
    case NameRole:
        return item.item;
    case PaneRole:
        return item.pane;
    case TargetRole:
        return item.target;
    case SectionRole:
        return item.section;
    }
    return {};
}

void OverviewModel::show(const Overview &overview)
{
    m_overview = overview;
    setRows(itemsOf(overview));
}

void OverviewModel::reload()
{
    if (!m_service)
        return;
    if (!m_read && !m_loading) // the lists at once the first time; after that the read replaces them
        show(m_service->current());
    ++m_loading;
    m_service->load(this, [this](const Overview &overview) {
        --m_loading;
        if (m_loading > 0)
            return; // a newer read is on its way
        m_read = true;
        show(overview);
        emit loaded();
    });
}

OverviewPane::OverviewPane(const UiContext &context, OverviewService *service, QWidget *parent)
    : Pane(context, QStringLiteral("overview"), parent)
    , m_service(service)
    , m_model(new OverviewModel(service, this))
    , m_detail(new QWidget(this))
    , m_heading(makeHeading({}, m_detail))
    , m_summary(new QLabel(m_detail))
    , m_text(new QLabel(m_detail))
    , m_open(new QPushButton(m_detail))
    , m_reloadTimer(new QTimer(this))
{
    m_summary->setWordWrap(true);
    m_summary->setForegroundRole(QPalette::PlaceholderText);
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText); // provider messages: text, never markup
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_open->setObjectName(QStringLiteral("openButton"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_open);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(m_detail);
    layout->addWidget(m_summary);
    layout->addSpacing(8);
    layout->addWidget(m_heading);
    layout->addWidget(m_text);
    layout->addLayout(buttons);
    layout->addStretch(1);

    setupList(m_model, tr("Overview"),
              tr("Nothing here yet.\nAdd an account (Accounts) and contacts (Groups), then write a template and a "
                 "campaign: the overview then shows what is scheduled, how recent campaigns did and what needs "
                 "attention."),
              m_detail);
    // The items keep the order of their sections; the list opens an item on a click or Enter.
    listView()->sortByColumn(OverviewModel::SectionColumn, Qt::AscendingOrder);
    // A long attention sentence does not push the details out of sight: it is cut, and whole in the tooltip.
    listView()->horizontalHeader()->setSectionResizeMode(OverviewModel::ItemColumn, QHeaderView::Interactive);
    listView()->horizontalHeader()->resizeSection(OverviewModel::ItemColumn, 240);
    connect(listView(), &QTableView::clicked, this, [this](const QModelIndex &index) { openRow(index.row()); });
    connect(listView(), &QTableView::activated, this, [this](const QModelIndex &index) { openRow(index.row()); });
    connect(m_open, &QPushButton::clicked, this, [this] {
        if (listView()->currentIndex().isValid())
            openRow(listView()->currentIndex().row());
    });
    connect(m_model, &OverviewModel::loaded, this, &OverviewPane::loaded);
    connect(m_model, &OverviewModel::loaded, this, [this] { currentChanged(currentId()); });

    // Workspace changes and ended jobs reload it, a moment later and only while it is seen; hidden, it reloads when
    // it is shown again.
    m_reloadTimer->setSingleShot(true);
    m_reloadTimer->setInterval(300);
    connect(m_reloadTimer, &QTimer::timeout, this, &OverviewPane::reload);
    if (service) {
        connect(service, &OverviewService::changed, this, [this] {
            if (isVisible())
                m_reloadTimer->start();
        });
    }
    finishSetup();
}

bool OverviewPane::isLoading() const
{
    return m_model->isLoading();
}

void OverviewPane::reload()
{
    m_model->reload();
}

void OverviewPane::showEvent(QShowEvent *event)
{
    Pane::showEvent(event);
    if (!event->spontaneous() && !m_model->isLoading())
        m_reloadTimer->start(0);
}

void OverviewPane::openRow(int row)
{
    const QModelIndex index = listView()->model()->index(row, 0);
    if (!index.isValid())
        return;
    const QString pane = index.data(OverviewModel::PaneRole).toString();
    const qint64 target = index.data(OverviewModel::TargetRole).toLongLong();
    if (!pane.isEmpty())
        emit showPaneRequested(pane, target);
}

void OverviewPane::currentChanged(qint64 id)
{
    const Overview &o = m_model->overview();
    m_summary->setText(tr("%n account(s)", nullptr, int(o.accounts.size())) + QStringLiteral(" · ")
                       + tr("%n campaign(s) scheduled in the next %1 days", nullptr, int(o.scheduled.size()))
                                 .arg(OverviewService::ScheduledDays)
                       + QStringLiteral(" · ") + tr("%n item(s) need attention", nullptr, int(o.attention.size())));
    const QModelIndex index = listView()->currentIndex();
    const bool any = id && index.isValid();
    m_heading->setVisible(any);
    m_text->setVisible(any);
    m_open->setVisible(any);
    if (!any)
        return;
    const int section = index.data(OverviewModel::SectionRole).toInt();
    m_heading->setText(OverviewModel::sectionName(section));
    m_text->setText(index.data(NameRole).toString() + QLatin1Char('\n')
                    + index.siblingAtColumn(OverviewModel::DetailsColumn).data().toString());
    const QString pane = index.data(OverviewModel::PaneRole).toString();
    m_open->setText(pane == QLatin1String("accounts")          ? tr("Open in Accounts")
                            : pane == QLatin1String("reports") ? tr("Open in Reports")
                                                               : tr("Open in Campaigns"));
}

} // namespace cm
