#include "groupspane.h"

#include "app/services/groupsync.h"
#include "app/services/job.h"
#include "app/services/workspace.h"
#include "confirm.h"
#include "importdialog.h"
#include "messagebanner.h"
#include "models/accountstore.h"
#include "models/contactmodel.h"
#include "models/groupstore.h"
#include "models/itemmodels.h"

#include <QAction>
#include <QFileDialog>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLocale>
#include <QTableView>
#include <QVBoxLayout>

namespace cm {

GroupsPane::GroupsPane(const UiContext &context, QWidget *parent)
    : Pane(context, QStringLiteral("groups"), parent)
    , m_model(new GroupModel(context.workspace->groups(), this))
    , m_contacts(new ContactModel(context.workspace->groups(), this))
    , m_detail(new QWidget(this))
    , m_heading(makeHeading({}, m_detail))
    , m_summary(new QLabel(m_detail))
    , m_contactView(new QTableView(m_detail))
{
    m_summary->setWordWrap(true);
    m_contactView->setModel(m_contacts);
    m_contactView->setAlternatingRowColors(true);
    m_contactView->setShowGrid(false);
    m_contactView->setWordWrap(false);
    m_contactView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_contactView->verticalHeader()->hide();
    m_contactView->horizontalHeader()->setStretchLastSection(true);
    m_contactView->setAccessibleName(tr("Contacts of the group"));
    m_contactView->setMinimumHeight(300);
    auto *layout = new QVBoxLayout(m_detail);
    layout->addWidget(m_heading);
    layout->addWidget(m_summary);
    layout->addWidget(m_contactView, 1);

    setupList(m_model, tr("Contact groups"),
              tr("No groups yet.\nCreate one (Ctrl+N), then import contacts into it from a CSV file."), m_detail);
    connect(addPaneAction(tr("New group…"), QKeySequence::New), &QAction::triggered, this, [this] {
        bool ok = false;
        const QString name = QInputDialog::getText(this, tr("New group"), tr("Name of the new group:"),
                                                   QLineEdit::Normal, {}, &ok);
        if (ok)
            createGroup(name);
    });
    m_renameAction = addPaneAction(tr("Rename…"), QKeySequence(Qt::Key_F2));
    connect(m_renameAction, &QAction::triggered, this, [this] {
        const auto group = m_context.workspace->groups()->byId(currentId());
        if (!group)
            return;
        bool ok = false;
        const QString name = QInputDialog::getText(this, tr("Rename group"), tr("New name of “%1”:").arg(group->name),
                                                   QLineEdit::Normal, group->name, &ok);
        if (ok)
            renameGroup(group->id, name);
    });
    m_deleteAction = addPaneAction(tr("Delete…"), QKeySequence::Delete);
    connect(m_deleteAction, &QAction::triggered, this, [this] { deleteGroup(currentId()); });
    m_pushAction = addPaneAction(tr("Push to account…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    connect(m_pushAction, &QAction::triggered, this, [this] { syncWith(true); });
    m_pullAction = addPaneAction(tr("Pull from account…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    connect(m_pullAction, &QAction::triggered, this, [this] { syncWith(false); });
    m_importAction = addPaneAction(tr("Import CSV…"), QKeySequence(Qt::CTRL | Qt::Key_I));
    connect(m_importAction, &QAction::triggered, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Import contacts"), {},
                                                          tr("CSV files (*.csv *.txt);;All files (*)"));
        if (path.isEmpty())
            return;
        ImportDialog dialog(path, currentId(), this);
        if (dialog.exec() == QDialog::Accepted)
            importFile(dialog.options());
    });
    m_exportAction = addPaneAction(tr("Export CSV…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    connect(m_exportAction, &QAction::triggered, this, [this] {
        const auto group = m_context.workspace->groups()->byId(currentId());
        if (!group)
            return;
        const QString path = QFileDialog::getSaveFileName(
                this, tr("Export contacts"), group->name + QStringLiteral(".csv"), tr("CSV for Excel (*.csv)"));
        if (path.isEmpty())
            return;
        CsvWriteOptions options;
        options.delimiter = QLocale().decimalPoint() == QLatin1Char(',') ? QLatin1Char(';') : QLatin1Char(',');
        options.bom = true; // Excel reads UTF-8 only with a BOM
        exportTo(group->id, path, options);
    });
    finishSetup();
}

void GroupsPane::currentChanged(qint64 id)
{
    const auto group = id ? m_context.workspace->groups()->byId(id) : std::nullopt;
    m_detail->setVisible(group.has_value());
    m_renameAction->setEnabled(group.has_value());
    m_deleteAction->setEnabled(group.has_value());
    m_pushAction->setEnabled(group.has_value() && m_context.groupSync);
    m_importAction->setEnabled(group.has_value() && m_context.contactImport);
    m_exportAction->setEnabled(group.has_value() && m_context.contactImport);
    m_pullAction->setEnabled(group.has_value() && m_context.groupSync);
    m_contacts->setGroup(group ? group->id : 0);
    if (!group)
        return;
    m_contactView->resizeColumnsToContents(); // the first window only: cheap at any size
    m_heading->setText(group->name);
    QString summary = tr("%n contact(s)", nullptr, int(qMin<qint64>(group->contactCount, INT_MAX)));
    if (group->createdAt.isValid())
        summary += QStringLiteral(" · ")
                + tr("created %1").arg(QLocale().toString(group->createdAt.toLocalTime().date(), QLocale::ShortFormat));
    if (!group->description.isEmpty())
        summary += QStringLiteral("\n") + group->description;
    if (!group->remoteId.isEmpty() && group->syncedAt.isValid()) {
        const auto account = m_context.workspace->accounts()->byId(group->accountId);
        summary += QStringLiteral("\n")
                + tr("Linked to group %1 at “%2”, last synced %3")
                          .arg(group->remoteId, account ? account->name : QString(),
                               QLocale().toString(group->syncedAt.toLocalTime(), QLocale::ShortFormat));
    }
    m_summary->setText(summary);
}

bool GroupsPane::createGroup(const QString &name)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty()) {
        banner()->showMessage(MessageBanner::Warning, tr("A group needs a name."));
        return false;
    }
    if (m_context.workspace->groups()->byName(trimmed)) {
        banner()->showMessage(MessageBanner::Warning,
                              tr("A group named “%1” exists already. Choose another name.").arg(trimmed));
        return false;
    }
    Group group;
    group.name = trimmed;
    if (!m_context.workspace->groups()->create(group)) {
        banner()->showMessage(MessageBanner::Error, m_context.workspace->groups()->lastError().message);
        return false;
    }
    selectById(group.id);
    emit statusMessage(tr("Group “%1” created.").arg(trimmed));
    return true;
}

bool GroupsPane::renameGroup(qint64 id, const QString &name)
{
    const QString trimmed = name.trimmed();
    const auto other = m_context.workspace->groups()->byName(trimmed);
    if (trimmed.isEmpty() || (other && other->id != id)) {
        banner()->showMessage(MessageBanner::Warning,
                              trimmed.isEmpty()
                                      ? tr("A group needs a name.")
                                      : tr("A group named “%1” exists already. Choose another name.").arg(trimmed));
        return false;
    }
    if (!m_context.workspace->groups()->rename(id, trimmed)) {
        banner()->showMessage(MessageBanner::Error, m_context.workspace->groups()->lastError().message);
        return false;
    }
    selectById(id);
    return true;
}

bool GroupsPane::deleteGroup(qint64 id)
{
    const auto group = m_context.workspace->groups()->byId(id);
    if (!group)
        return false;
    if (!ui::confirm(this, tr("Delete group"),
                     tr("Delete the group “%1” and its %n contact(s)? Campaigns already sent keep their recipients.",
                        nullptr, int(qMin<qint64>(group->contactCount, INT_MAX)))
                             .arg(group->name),
                     tr("Delete group")))
        return false;
    if (!m_context.workspace->groups()->remove(id)) {
        banner()->showMessage(MessageBanner::Error, m_context.workspace->groups()->lastError().message);
        return false;
    }
    emit statusMessage(tr("Group “%1” deleted.").arg(group->name));
    return true;
}

} // namespace cm

namespace cm {

void GroupsPane::syncWith(bool push)
{
    const auto group = m_context.workspace->groups()->byId(currentId());
    if (!group)
        return;
    const Capability needed = push ? Capability::ContactPush : Capability::ContactPull;
    QStringList names;
    QList<qint64> ids;
    for (const Account &a : m_context.workspace->accounts()->accounts()) {
        const auto info = m_context.workspace->providers().info(a.provider);
        if (info && info->capabilities.testFlag(needed)) {
            names.append(a.name);
            ids.append(a.id);
        }
    }
    if (ids.isEmpty()) {
        banner()->showMessage(MessageBanner::Warning,
                              tr("No account can take contact groups. Add an account whose provider keeps groups, "
                                 "such as Outbox, in Accounts."));
        return;
    }
    bool ok = false;
    const int preselected = std::max(0, int(ids.indexOf(group->accountId)));
    const QString chosen = QInputDialog::getItem(this, push ? tr("Push to account") : tr("Pull from account"),
                                                 push ? tr("Send the contacts of “%1” to:").arg(group->name)
                                                      : tr("Bring the contacts of “%1” from:").arg(group->name),
                                                 names, preselected, false, &ok);
    if (!ok)
        return;
    const qint64 accountId = ids.at(names.indexOf(chosen));
    if (push)
        pushToAccount(group->id, accountId);
    else
        pullFromAccount(group->id, accountId);
}

bool GroupsPane::pushToAccount(qint64 groupId, qint64 accountId)
{
    return m_context.groupSync && showOutcome(m_context.groupSync->push(groupId, accountId));
}

bool GroupsPane::pullFromAccount(qint64 groupId, qint64 accountId)
{
    return m_context.groupSync && showOutcome(m_context.groupSync->pull(groupId, accountId));
}

bool GroupsPane::showOutcome(Job *job)
{
    connect(job, &Job::finished, this, [this](bool ok, const QString &message) {
        banner()->showMessage(ok ? MessageBanner::Success : MessageBanner::Error, message);
    });
    return true;
}

} // namespace cm

namespace cm {

bool GroupsPane::importFile(const ImportOptions &options)
{
    if (!m_context.contactImport)
        return false;
    Job *job = m_context.contactImport->start(options);
    connect(job, &Job::finished, this, [this, job](bool ok, const QString &message) {
        const ImportReport report = job->property("report").value<ImportReport>();
        if (!ok) {
            banner()->showMessage(MessageBanner::Error, message);
            return;
        }
        QString text = tr("Import finished: %1").arg(message);
        for (qsizetype i = 0; i < report.invalid.size() && i < 5; ++i)
            text += QLatin1Char('\n') + report.invalid[i].second;
        if (report.invalid.size() > 5)
            text += QLatin1Char('\n')
                    + tr("… and %n more line(s) (campaignctl contacts import --json lists them all).", nullptr,
                         int(report.invalid.size() - 5));
        banner()->showMessage(report.invalid.isEmpty() ? MessageBanner::Success : MessageBanner::Warning, text,
                              tr("Undo import"), [this, id = report.importId] {
                                  QString result;
                                  const bool undone = m_context.contactImport->undo(id, &result);
                                  banner()->showMessage(undone ? MessageBanner::Success : MessageBanner::Error, result);
                              });
    });
    return true;
}

bool GroupsPane::exportTo(qint64 groupId, const QString &filePath, const CsvWriteOptions &options)
{
    if (!m_context.contactImport)
        return false;
    Job *job = m_context.contactImport->startExport(groupId, filePath, options);
    connect(job, &Job::finished, this, [this](bool ok, const QString &message) {
        banner()->showMessage(ok ? MessageBanner::Success : MessageBanner::Error, message);
    });
    return true;
}

} // namespace cm
