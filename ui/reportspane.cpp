#include "reportspane.h"

#include "abtestdialog.h"
#include "app/services/experiments.h"
#include "models/experiment.h"

#include "models/csvwriter.h"

#include "app/services/job.h"
#include "app/services/reportfiles.h"
#include "app/services/reportservice.h"
#include "app/services/translations.h"
#include "app/services/workspace.h"
#include "choices.h"
#include "comparisondialog.h"
#include "engagementchart.h"
#include "funnelchart.h"
#include "messagebanner.h"
#include "models/accountstore.h"
#include "models/campaignstore.h"
#include "models/groupstore.h"
#include "models/itemmodels.h"
#include "models/roles.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QFileDialog>
#include <QGridLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPainter>
#include <QPdfWriter>
#include <QScrollArea>
#include <QSplitter>
#include <QStyle>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace cm {

namespace {
// The counters shown as cards, in reading order, and what their rate is relative to.
const CampaignStats::Counter shownCounters[] = {
        CampaignStats::Sent,    CampaignStats::Delivered,    CampaignStats::Failed,
        CampaignStats::Pending, CampaignStats::UniqueOpened, CampaignStats::UniqueClicked,
        CampaignStats::Bounced, CampaignStats::Unsubscribed, CampaignStats::Complained,
};
} // namespace

ReportsPane::ReportsPane(const UiContext &context, QWidget *parent)
    : Pane(context, QStringLiteral("reports"), parent)
    , m_model(new CampaignModel(context.workspace->campaigns(), this, &ReportService::hasReport))
    , m_recipients(new RecipientModel(context.workspace->campaigns(), context.workspace->groups(), this))
    , m_detail(new QWidget(this))
    , m_heading(makeHeading({}, m_detail))
    , m_meta(new QLabel(m_detail))
    , m_noReport(new QLabel(m_detail))
    , m_report(new QWidget(m_detail))
    , m_counters(new QGridLayout)
    , m_cost(new QLabel(m_detail))
    , m_funnel(new FunnelChart(m_detail))
    , m_engagement(new EngagementChart(context.reports, m_detail))
    , m_stateFilter(new QComboBox(m_detail))
    , m_recipientView(new QTableView(m_detail))
{
    m_meta->setForegroundRole(QPalette::PlaceholderText);
    m_meta->setWordWrap(true);
    m_noReport->setWordWrap(true);

    for (std::size_t i = 0; i < std::size(shownCounters); ++i) {
        auto *value = makeHeading({}, m_report, 1.4);
        auto *name = new QLabel(CampaignStats::counterName(shownCounters[i]), m_report);
        name->setForegroundRole(QPalette::PlaceholderText);
        auto *card = new QVBoxLayout;
        card->setSpacing(0);
        card->addWidget(value);
        card->addWidget(name);
        m_counters->addLayout(card, int(i / 5), int(i % 5));
        m_counterValues.append(value);
    }

    m_stateFilter->addItem(tr("All recipients"), QString());
    for (auto state : {RecipientState::Delivered, RecipientState::Failed, RecipientState::Bounced,
                       RecipientState::Accepted, RecipientState::Pending, RecipientState::Unknown})
        m_stateFilter->addItem(recipientStateName(state), recipientStateKey(state));
    m_stateFilter->insertSeparator(m_stateFilter->count());
    for (auto event : {EventType::Opened, EventType::Clicked, EventType::Unsubscribed, EventType::Complained})
        m_stateFilter->addItem(tr("Who: %1").arg(eventTypeName(event)), eventTypeKey(event));
    m_stateFilter->setAccessibleName(tr("Show recipients by state or by what they did"));
    connect(m_stateFilter, &QComboBox::currentIndexChanged, this, [this] {
        m_recipients->setCampaign(
                m_recipients->campaignId(),
                RecipientFilter::fromKey(m_stateFilter->currentData().toString()).value_or(RecipientFilter()));
    });

    m_recipientView->setModel(m_recipients);
    m_recipientView->setAlternatingRowColors(true);
    m_recipientView->setShowGrid(false);
    m_recipientView->setWordWrap(false);
    m_recipientView->verticalHeader()->hide();
    // Columns as wide as what they show, whatever the font (never "Deliver…"); the error takes the room left, and the
    // provider's id, rarely read, comes last and narrow, whole in its tooltip.
    QHeaderView *columns = m_recipientView->horizontalHeader();
    columns->setSectionResizeMode(QHeaderView::ResizeToContents);
    columns->setResizeContentsPrecision(RecipientModel::WindowSize);
    columns->setSectionResizeMode(RecipientModel::ErrorColumn, QHeaderView::Stretch);
    columns->setSectionResizeMode(RecipientModel::ProviderIdColumn, QHeaderView::Interactive);
    columns->setStretchLastSection(false);
    columns->resizeSection(RecipientModel::ProviderIdColumn, fontMetrics().horizontalAdvance(QLatin1Char('M')) * 8);
    m_recipientView->setMinimumHeight(120);
    m_recipientView->setAccessibleName(tr("Recipients and their status"));

    auto *reportLayout = new QVBoxLayout(m_report);
    reportLayout->setContentsMargins(0, 0, 0, 0);
    reportLayout->addLayout(m_counters);
    reportLayout->addWidget(m_cost);
    // The funnel, and the engagement over time with the links clicked, as two tabs.
    m_charts = new QTabWidget(m_report);
    auto *charts = m_charts;
    charts->addTab(m_funnel, tr("Funnel"));
    charts->addTab(m_engagement, tr("Over time and links"));
    charts->setAccessibleName(tr("Charts"));
    // An A/B test's variants side by side: a tab of its own, there only for a campaign with a test.
    m_variantsTab = new QWidget(m_report);
    m_variantTable = new VariantsTable(m_variantsTab);
    m_verdict = new QLabel(m_variantsTab);
    m_verdict->setWordWrap(true);
    auto *variantsLayout = new QVBoxLayout(m_variantsTab);
    variantsLayout->addWidget(m_verdict);
    variantsLayout->addWidget(m_variantTable, 1);
    auto *recipients = new QWidget(m_report);
    auto *recipientsLayout = new QVBoxLayout(recipients);
    recipientsLayout->setContentsMargins(0, 0, 0, 0);
    auto *filterRow = new QHBoxLayout;
    filterRow->addWidget(makeHeading(tr("Recipients"), recipients, 1.1));
    filterRow->addStretch(1);
    filterRow->addWidget(m_stateFilter);
    recipientsLayout->addLayout(filterRow);
    recipientsLayout->addWidget(m_recipientView, 1);
    // The charts above the recipients, the line between them movable: the details fit the pane without a scroll
    // area of their own, and the table (which scrolls itself) takes the height that is left.
    auto *parts = new QSplitter(Qt::Vertical, m_report);
    parts->addWidget(charts);
    parts->addWidget(recipients);
    parts->setChildrenCollapsible(false);
    parts->setStretchFactor(0, 0);
    parts->setStretchFactor(1, 1);
    reportLayout->addWidget(parts, 1);

    auto *layout = new QVBoxLayout(m_detail);
    m_detailLayout = layout;
    layout->addWidget(m_heading);
    layout->addWidget(m_meta);
    layout->addWidget(m_noReport);
    layout->addWidget(m_report, 1);
    layout->addStretch(0); // takes the space only while there is no report

    setupList(m_model, tr("Reports"),
              tr("No campaign has been sent yet.\nOnce one is, its delivery and engagement show here."), m_detail);
    unwrapDetail();
    m_refreshAction = addPaneAction(tr("Refresh"), QKeySequence::Refresh, PaneIcon::Retry, PaneSlot::Work);
    m_refreshAction->setToolTip(tr("Refresh the selected report, or the list when it has the focus (%1)")
                                        .arg(m_refreshAction->shortcut().toString(QKeySequence::NativeText)));
    connect(m_refreshAction, &QAction::triggered, this, [this] {
        const QWidget *focus = QApplication::focusWidget();
        if (focus && m_listSide && (focus == m_listSide || m_listSide->isAncestorOf(focus)))
            reloadList();
        else
            refreshReport();
    });
    m_retargetAction = addPaneAction(tr("New group from these…"), QKeySequence(), PaneIcon::Groups, PaneSlot::Work);
    connect(m_retargetAction, &QAction::triggered, this, [this] {
        const auto campaign = m_context.workspace->campaigns()->byId(currentId());
        if (!campaign)
            return;
        bool ok = false;
        const QString name = QInputDialog::getText(
                this, tr("New group from these recipients"),
                tr("A new contact group with the contacts the table shows (%1):").arg(m_stateFilter->currentText()),
                QLineEdit::Normal, tr("%1 – %2").arg(campaign->name, m_stateFilter->currentText()), &ok);
        if (ok)
            retarget(campaign->id, m_recipients->filter(), name);
    });
    m_compareAction
            = addPaneAction(tr("Compare…"), QKeySequence(Qt::CTRL | Qt::Key_M), PaneIcon::Reports, PaneSlot::Work);
    m_compareAction->setToolTip(tr("Compare the selected campaigns (Ctrl+M); select several with Ctrl or Shift."));
    connect(m_compareAction, &QAction::triggered, this, [this] {
        ComparisonDialog dialog(ReportService::compare(m_context.workspace, selectedIds()), this);
        dialog.exec();
    });
    m_pdfAction
            = addPaneAction(tr("PDF summary…"), QKeySequence(Qt::CTRL | Qt::Key_P), PaneIcon::Export, PaneSlot::Files);
    connect(m_pdfAction, &QAction::triggered, this, [this] {
        const auto campaign = m_context.workspace->campaigns()->byId(currentId());
        if (!campaign)
            return;
        const QString path = QFileDialog::getSaveFileName(this, tr("Save the report as PDF"),
                                                          tr("%1 report.pdf").arg(campaign->name), tr("PDF (*.pdf)"));
        if (!path.isEmpty())
            exportPdf(campaign->id, path);
    });
    m_chartAction = addPaneAction(tr("Save chart…"), QKeySequence(), PaneIcon::Reports, PaneSlot::Files);
    connect(m_chartAction, &QAction::triggered, this, [this] {
        const QString path
                = QFileDialog::getSaveFileName(this, tr("Save the chart"), tr("chart.png"), tr("PNG image (*.png)"));
        if (path.isEmpty())
            return;
        if (m_funnel->savePng(path))
            emit statusMessage(tr("Chart saved to “%1”.").arg(path));
        else
            banner()->showMessage(MessageBanner::Error, tr("“%1” cannot be written.").arg(path));
    });
    m_exportAction = addPaneAction(tr("Export CSV…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E), PaneIcon::Export,
                                   PaneSlot::Files);
    connect(m_exportAction, &QAction::triggered, this, [this] {
        const auto campaign = m_context.workspace->campaigns()->byId(currentId());
        if (!campaign)
            return;
        const QString path = QFileDialog::getSaveFileName(
                this, tr("Export the report"), tr("%1 report.csv").arg(campaign->name), tr("CSV for Excel (*.csv)"));
        if (!path.isEmpty())
            exportReport(campaign->id, path, ui::excelCsvOptions());
    });
    connect(context.workspace->campaigns(), &CampaignStore::reportChanged, this, [this](qint64 campaignId) {
        // Its own report, or one of its A/B variants' (the tab that compares them).
        if (campaignId == currentId() || m_context.workspace->experiments()->testOfSend(campaignId) == currentId())
            currentChanged(currentId());
    });
    listView()->setSelectionMode(QAbstractItemView::ExtendedSelection); // several, to compare them
    finishSetup();
    // Open on the newest campaign that has something to report.
    for (int row = 0; row < listView()->model()->rowCount(); ++row) {
        const QModelIndex index = listView()->model()->index(row, 0);
        if (index.data(StateRole) == campaignStateKey(CampaignState::Sent)
            || index.data(StateRole) == campaignStateKey(CampaignState::Sending)) {
            listView()->setCurrentIndex(index);
            break;
        }
    }
}

qint64 ReportsPane::retarget(qint64 campaignId, const RecipientFilter &filter, const QString &groupName)
{
    GroupStore *groups = m_context.workspace->groups();
    const QString name = groupName.trimmed();
    const QList<qint64> ids = m_context.workspace->campaigns()->recipientContactIds(campaignId, filter);
    if (ids.isEmpty()) {
        banner()->showMessage(MessageBanner::Information, tr("No contact in the workspace matches this filter."));
        return 0;
    }
    Group group;
    group.name = name;
    const qint64 copied = name.isEmpty() ? -1 : groups->createWithContacts(group, ids);
    if (copied < 0) {
        banner()->showMessage(MessageBanner::Error,
                              name.isEmpty() ? tr("A group needs a name.") : groups->lastError().message);
        return -1;
    }
    banner()->showMessage(
            MessageBanner::Success,
            tr("Group “%1” made with %n contact(s); send them a follow-up from Campaigns.", nullptr, int(copied))
                    .arg(name));
    return copied;
}

bool ReportsPane::exportPdf(qint64 campaignId, const QString &filePath)
{
    const auto campaign = m_context.workspace->campaigns()->byId(campaignId);
    const auto snapshot = campaign ? m_context.workspace->campaigns()->latestSnapshot(campaignId) : std::nullopt;
    if (!snapshot) {
        banner()->showMessage(MessageBanner::Information, tr("This campaign has no report yet: refresh it first."));
        return false;
    }
    const CampaignStats &stats = snapshot->stats;
    const auto account = m_context.workspace->accounts()->byId(campaign->accountId);
    const QString provider = account ? m_context.workspace->providers().displayName(account->provider) : QString();
    QPdfWriter pdf(filePath);
    pdf.setPageSize(QPageSize(QPageSize::A4));
    pdf.setPageMargins(QMarginsF(18, 18, 18, 18), QPageLayout::Millimeter);
    pdf.setResolution(300);
    pdf.setTitle(tr("Report: %1").arg(campaign->name));
    pdf.setCreator(QStringLiteral("Campaign Manager"));
    QPainter painter;
    if (!painter.begin(&pdf)) {
        banner()->showMessage(MessageBanner::Error, tr("“%1” cannot be written.").arg(filePath));
        return false;
    }
    const QLocale locale;
    const QRectF page = QRectF(QPointF(0, 0), QSizeF(pdf.width(), pdf.height()));
    const double unit = pdf.resolution() / 72.0; // one point
    QFont title = painter.font();
    title.setPointSizeF(18);
    title.setBold(true);
    QFont body = painter.font();
    body.setPointSizeF(10);
    painter.setPen(Qt::black);
    double y = 0;
    painter.setFont(title);
    painter.drawText(QRectF(0, y, page.width(), 30 * unit), Qt::AlignLeft | Qt::AlignVCenter, campaign->name);
    y += 32 * unit;
    painter.setFont(body);
    const QString meta
            = QStringLiteral("%1 · %2 · %3")
                      .arg(channelName(campaign->channel), campaign->accountName,
                           tr("report of %1").arg(locale.toString(stats.takenAt.toLocalTime(), QLocale::LongFormat)));
    painter.drawText(QRectF(0, y, page.width(), 16 * unit), Qt::AlignLeft | Qt::AlignVCenter, meta);
    y += 26 * unit;
    // The counters, two columns of name and value.
    const double rowHeight = 16 * unit;
    const double columnWidth = page.width() / 2;
    for (int i = 0; i < CampaignStats::CounterCount; ++i) {
        const auto counter = CampaignStats::Counter(i);
        const double x = (i % 2) * columnWidth;
        const double rowY = y + (i / 2) * rowHeight;
        painter.drawText(QRectF(x, rowY, columnWidth * 0.55, rowHeight), Qt::AlignLeft | Qt::AlignVCenter,
                         CampaignStats::counterName(counter));
        painter.drawText(QRectF(x + columnWidth * 0.55, rowY, columnWidth * 0.4, rowHeight),
                         Qt::AlignRight | Qt::AlignVCenter,
                         stats.isReported(counter) ? locale.toString(stats.value(counter))
                                                   : tr("not reported by %1").arg(provider));
    }
    y += ((CampaignStats::CounterCount + 1) / 2) * rowHeight + 6 * unit;
    painter.drawText(QRectF(0, y, page.width(), rowHeight), Qt::AlignLeft | Qt::AlignVCenter,
                     stats.cost ? tr("Cost: %1").arg(formatMoney(*stats.cost, stats.currency))
                                : tr("Cost: not reported by %1").arg(provider));
    y += rowHeight + 12 * unit;
    // The funnel, a chart of its own for paper: vectors, in the light palette whatever the screen uses.
    FunnelChart funnel;
    funnel.setPalette(QApplication::style()->standardPalette());
    funnel.setStats(stats);
    funnel.renderTo(&painter, QRectF(0, y, page.width(), page.width() * 0.55));
    painter.end();
    makePrivate(filePath); // a report names its recipients: the owner's only
    banner()->showMessage(MessageBanner::Success, tr("PDF summary saved to “%1”.").arg(filePath));
    return true;
}

bool ReportsPane::exportReport(qint64 campaignId, const QString &filePath, const CsvWriteOptions &options)
{
    QString error;
    const qint64 written
            = ReportFiles::exportRecipients(m_context.workspace->database(), campaignId, filePath, options, &error);
    if (written < 0) {
        banner()->showMessage(MessageBanner::Error, error);
        return false;
    }
    banner()->showMessage(MessageBanner::Success,
                          tr("%n recipient(s) written to “%1”.", nullptr, int(written)).arg(filePath));
    return true;
}

void ReportsPane::currentChanged(qint64 id)
{
    const auto c = id ? m_context.workspace->campaigns()->byId(id) : std::nullopt;
    m_detail->setVisible(c.has_value());
    m_exportAction->setEnabled(c && c->recipientCount > 0);
    m_pdfAction->setEnabled(c && c->recipientCount > 0);
    m_chartAction->setEnabled(c && c->recipientCount > 0);
    m_retargetAction->setEnabled(c && c->recipientCount > 0);
    if (!c) {
        m_recipients->setCampaign(0);
        return;
    }
    m_heading->setText(c->name);
    if (m_recipients->campaignId() != c->id) {
        m_stateFilter->blockSignals(true);
        m_stateFilter->setCurrentIndex(0);
        m_stateFilter->blockSignals(false);
        m_recipients->setCampaign(c->id); // the columns follow their content (ResizeToContents)
    }
    showStats(*c);
    const auto test = m_context.experiments ? m_context.workspace->experiments()->byCampaign(c->id) : std::nullopt;
    // The variants: a tab beside the charts once the campaign has a report of its own; before (the rest not sent
    // yet), under the note that it has none, so that the test reads from the start.
    const int tab = m_charts->indexOf(m_variantsTab);
    if (tab >= 0)
        m_charts->removeTab(tab);
    m_detailLayout->removeWidget(m_variantsTab);
    if (test && test->state != AbState::Ready) {
        m_verdict->setText(test->stateText() + QLatin1Char('\n') + m_variantTable->show(m_context.experiments, *test));
        if (!m_report->isHidden())
            m_charts->addTab(m_variantsTab, tr("A/B test"));
        else
            m_detailLayout->insertWidget(m_detailLayout->indexOf(m_noReport) + 1, m_variantsTab, 1);
        m_variantsTab->show();
    } else {
        m_variantsTab->hide();
    }
}

void ReportsPane::showStats(const Campaign &campaign)
{
    const QLocale locale;
    const auto snapshot = m_context.workspace->campaigns()->latestSnapshot(campaign.id);
    QString meta = channelName(campaign.channel) + QStringLiteral(" · ") + campaign.accountName;
    if (snapshot)
        meta += QStringLiteral(" · ")
                + tr("updated %1").arg(locale.toString(snapshot->stats.takenAt.toLocalTime(), QLocale::ShortFormat));
    m_meta->setText(meta);
    m_noReport->setVisible(!snapshot);
    m_report->setVisible(snapshot.has_value());
    if (!snapshot) {
        m_noReport->setText(campaign.recipientCount > 0
                                    ? tr("No report yet. Refresh (F5) to ask the provider what happened.")
                                    : tr("No report yet: this campaign has not been sent."));
        return;
    }
    const CampaignStats &stats = snapshot->stats;
    const auto account = m_context.workspace->accounts()->byId(campaign.accountId);
    const QString provider
            = account ? m_context.workspace->providers().displayName(account->provider) : tr("the provider");
    const qint64 sent = stats.isReported(CampaignStats::Sent) ? stats.value(CampaignStats::Sent) : 0;
    for (std::size_t i = 0; i < std::size(shownCounters); ++i) {
        const auto counter = shownCounters[i];
        QLabel *label = m_counterValues.at(int(i));
        if (!stats.isReported(counter)) {
            label->setText(QStringLiteral("—"));
            label->setToolTip(tr("Not reported by %1").arg(provider));
            label->setAccessibleDescription(tr("Not reported by %1").arg(provider));
            continue;
        }
        QString text = locale.toString(stats.value(counter));
        if (counter != CampaignStats::Sent && sent > 0)
            text += QStringLiteral("  <small>%1</small>")
                            .arg(locale.toString(100.0 * double(stats.value(counter)) / double(sent), 'f', 1)
                                 + locale.percent());
        label->setText(text);
        label->setToolTip({});
        label->setAccessibleDescription({});
    }
    m_cost->setText(stats.cost ? tr("Cost: %1").arg(formatMoney(*stats.cost, stats.currency))
                               : tr("Cost: not reported by %1").arg(provider));
    m_funnel->setStats(stats);
    m_engagement->setCampaign(currentId());
}

QString ReportsPane::counterText(CampaignStats::Counter counter) const
{
    for (std::size_t i = 0; i < std::size(shownCounters); ++i) {
        if (shownCounters[i] == counter) {
            QLabel *label = m_counterValues.at(int(i));
            return label->text() == QStringLiteral("—") ? label->toolTip() : label->text();
        }
    }
    return {};
}

void ReportsPane::unwrapDetail()
{
    // Pane puts the details in a scroll area; here the recipient table scrolls itself, and a table that scrolls
    // inside a page that scrolls is hard to use. So the details take the scroll area's place in the splitter, and
    // are laid out to fit.
    auto *scroll = qobject_cast<QScrollArea *>(m_detail->parentWidget() ? m_detail->parentWidget()->parentWidget()
                                                                        : nullptr);
    auto *splitter = scroll ? qobject_cast<QSplitter *>(scroll->parentWidget()) : nullptr;
    // The other side of the splitter: the campaign list and its filter.
    m_listSide = listView();
    while (m_listSide && !qobject_cast<QSplitter *>(m_listSide->parentWidget()))
        m_listSide = m_listSide->parentWidget();
    if (!splitter)
        return;
    auto *side = new QWidget;
    auto *sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    sideLayout->addWidget(scroll->takeWidget());
    delete splitter->replaceWidget(splitter->indexOf(scroll), side);
    side->show();
}

void ReportsPane::reloadList()
{
    m_model->reload();
    emit statusMessage(tr("The list of reports is up to date."));
}

void ReportsPane::refreshReport()
{
    const auto campaign = m_context.workspace->campaigns()->byId(currentId());
    if (!campaign)
        return;
    // An A/B test's variants are refreshed with it: the tab beside the charts compares them.
    if (const auto test = m_context.workspace->experiments()->byCampaign(campaign->id)) {
        for (const AbVariant &v : test->variants) {
            if (v.sendId)
                m_context.reports->refresh(v.sendId);
        }
    }
    if (campaign->recipientCount == 0) {
        emit statusMessage(tr("Nothing to refresh: this campaign has no recipients yet."));
        return;
    }
    const qint64 id = campaign->id;
    Job *job = m_context.reports->refresh(id);
    connect(job, &Job::finished, this, [this](bool ok, const QString &message) {
        if (ok)
            emit statusMessage(message);
        else
            banner()->showMessage(MessageBanner::Error, message, tr("Retry"), [this] { refreshReport(); });
    });
}

} // namespace cm
