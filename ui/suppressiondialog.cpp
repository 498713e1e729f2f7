#include "suppressiondialog.h"

#include "choices.h"

#include "app/services/contactimport.h"
#include "app/services/contactservice.h"
#include "app/services/groupsync.h"
#include "app/services/job.h"
#include "app/services/suppressionfiles.h"
#include "app/services/workspace.h"
#include "confirm.h"
#include "messagebanner.h"
#include "models/accountstore.h"
#include "models/itemmodels.h"
#include "models/roles.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace cm {

SuppressionDialog::SuppressionDialog(const UiContext &context, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_model(new SuppressionModel(context.workspace->suppressions(), this))
    , m_banner(new MessageBanner(this))
    , m_search(new QLineEdit(this))
    , m_address(new QLineEdit(this))
    , m_channel(new QComboBox(this))
    , m_reason(new QComboBox(this))
    , m_region(new QComboBox(this))
    , m_view(new QTableView(this))
{
    Q_ASSERT(context.contacts); // adds and removes go through it
    setWindowTitle(tr("Suppression list"));
    resize(820, 560);
    auto *intro = new QLabel(tr("No campaign reaches these addresses, in any group: opt-outs, blocks, bounces and "
                                "complaints, per channel."),
                             this);
    intro->setWordWrap(true);
    m_search->setPlaceholderText(tr("Search addresses and sources…"));
    m_search->setClearButtonEnabled(true);
    connect(m_search, &QLineEdit::textChanged, m_model, &SuppressionModel::setSearch);

    m_address->setPlaceholderText(tr("name@example.com or +90 532 123 45 67"));
    for (const QString &channel : Suppression::channels())
        m_channel->addItem(Suppression::channelName(channel), channel);
    m_channel->setCurrentIndex(2);
    for (const QString &reason : Suppression::reasons())
        m_reason->addItem(Suppression::reasonName(reason), reason);
    ui::addRegions(m_region);
    m_region->setCurrentIndex(std::max(m_region->findData(context.workspace->phoneRegion()), 0));
    m_region->setToolTip(tr("A phone number written without a country code is read as this country's."));
    auto *add = new QPushButton(tr("&Add"), this);
    connect(add, &QPushButton::clicked, this, [this] {
        if (addAddress(m_address->text(), m_channel->currentData().toString(), m_reason->currentData().toString()))
            m_address->clear();
    });
    connect(m_address, &QLineEdit::returnPressed, add, &QPushButton::click);
    auto *addRow = new QHBoxLayout;
    addRow->addWidget(m_address, 1);
    addRow->addWidget(m_channel);
    addRow->addWidget(m_reason);
    addRow->addWidget(m_region);
    addRow->addWidget(add);

    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setAlternatingRowColors(true);
    m_view->setShowGrid(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setAccessibleName(tr("Suppressed addresses"));
    m_view->resizeColumnsToContents();

    auto *remove = new QPushButton(tr("&Remove…"), this);
    connect(remove, &QPushButton::clicked, this, &SuppressionDialog::removeSelected);
    auto *importButton = new QPushButton(tr("&Import CSV…"), this);
    connect(importButton, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Import the suppression list"), {},
                                                          tr("CSV files (*.csv *.txt);;All files (*)"));
        if (!path.isEmpty())
            importFile(path, m_region->currentData().toString());
    });
    auto *exportButton = new QPushButton(tr("&Export CSV…"), this);
    connect(exportButton, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export the suppression list"),
                                                          tr("suppression-list.csv"), tr("CSV for Excel (*.csv)"));
        if (path.isEmpty())
            return;
        exportTo(path, ui::excelCsvOptions());
    });
    auto *syncButton = new QPushButton(tr("&Sync with account…"), this);
    syncButton->setToolTip(tr("Bring in an account's opt-out list and send this list there"));
    connect(syncButton, &QPushButton::clicked, this, [this] {
        if (const qint64 account = ui::chooseAccount(
                    this, m_context.workspace,
                    [](const ProviderCapabilities &c) { return !c.audience.optOutLists.isEmpty(); },
                    tr("Sync with account"), tr("Account:"), m_banner,
                    tr("No account keeps an opt-out list. %1 accounts do.")))
            syncWith(account);
    });
    syncButton->setEnabled(m_context.groupSync != nullptr);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(syncButton, QDialogButtonBox::ActionRole);
    buttons->addButton(remove, QDialogButtonBox::ActionRole);
    buttons->addButton(importButton, QDialogButtonBox::ActionRole);
    buttons->addButton(exportButton, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_banner);
    layout->addLayout(addRow);
    layout->addWidget(m_search);
    layout->addWidget(m_view, 1);
    layout->addWidget(buttons);
}

bool SuppressionDialog::syncWith(qint64 accountId)
{
    if (!m_context.groupSync)
        return false;
    Job *job = m_context.groupSync->syncSuppressions(accountId);
    m_banner->showMessage(MessageBanner::Information, job->title() + QStringLiteral("…"));
    connect(job, &Job::finished, this, [this](bool ok, const QString &message) {
        m_banner->showMessage(ok ? MessageBanner::Success : MessageBanner::Error, message);
    });
    return true;
}

bool SuppressionDialog::addAddress(const QString &address, const QString &channel, const QString &reason)
{
    Suppression entry;
    entry.address = address;
    entry.channel = channel;
    entry.reason = reason;
    entry.source = tr("added by hand");
    const QString problem = SuppressionFiles::check(entry, m_region->currentData().toString());
    if (!problem.isEmpty()) {
        m_banner->showMessage(MessageBanner::Warning, problem);
        return false;
    }
    qint64 added = 0;
    if (const QString error = m_context.contacts->addSuppressions({entry}, &added); !error.isEmpty()) {
        m_banner->showMessage(MessageBanner::Error, error);
        return false;
    }
    m_banner->showMessage(added ? MessageBanner::Success : MessageBanner::Information,
                          added ? tr("%1 is on the suppression list now.").arg(entry.address)
                                : tr("%1 was on the suppression list already.").arg(entry.address));
    return true;
}

bool SuppressionDialog::removeSelected()
{
    QList<qint64> ids;
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows())
        ids.append(index.data(IdRole).toLongLong());
    if (ids.isEmpty()) {
        m_banner->showMessage(MessageBanner::Information, tr("Select the addresses to remove first."));
        return false;
    }
    if (!ui::confirm(this, tr("Remove from the suppression list"),
                     tr("Remove %n address(es) from the suppression list? Campaigns will reach them again.", nullptr,
                        int(ids.size())),
                     tr("Remove")))
        return false;
    qint64 removed = 0;
    if (const QString error = m_context.contacts->removeSuppressions(ids, &removed); !error.isEmpty()) {
        m_banner->showMessage(MessageBanner::Error, error);
        return false;
    }
    m_banner->showMessage(MessageBanner::Success,
                          tr("%n address(es) removed from the suppression list.", nullptr, int(removed)));
    return true;
}

bool SuppressionDialog::importFile(const QString &filePath, const QString &region)
{
    if (!m_context.contactImport)
        return false;
    Job *job = m_context.contactImport->startSuppressionImport(filePath, region);
    connect(job, &Job::finished, this, [this, job](bool ok, const QString &message) {
        const auto report = job->property("report").value<SuppressionImportReport>();
        QString text = message;
        for (qsizetype i = 0; i < report.invalid.size() && i < 5; ++i)
            text += QLatin1Char('\n') + report.invalid[i].second;
        if (report.invalid.size() > 5)
            text += QLatin1Char('\n')
                    + tr("… and %n more line(s) (campaignctl suppressions import --json lists them all).", nullptr,
                         int(report.invalid.size() - 5));
        m_banner->showMessage(!ok ? MessageBanner::Error
                                  : (report.invalid.isEmpty() ? MessageBanner::Success : MessageBanner::Warning),
                              text);
    });
    return true;
}

bool SuppressionDialog::exportTo(const QString &filePath, const CsvWriteOptions &options)
{
    if (!m_context.contactImport)
        return false;
    Job *job = m_context.contactImport->startSuppressionExport(filePath, options);
    connect(job, &Job::finished, this, [this](bool ok, const QString &message) {
        m_banner->showMessage(ok ? MessageBanner::Success : MessageBanner::Error, message);
    });
    return true;
}

} // namespace cm
