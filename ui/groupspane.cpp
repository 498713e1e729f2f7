#include "groupspane.h"

#include "app/services/contactservice.h"
#include "app/services/groupsync.h"
#include "app/services/job.h"
#include "app/services/workspace.h"
#include "choices.h"
#include "confirm.h"
#include "contactspanel.h"
#include "groupchoice.h"
#include "importdialog.h"
#include "messagebanner.h"
#include "models/accountstore.h"
#include "models/groupstore.h"
#include "models/itemmodels.h"
#include "segmentsdialog.h"
#include "suppressiondialog.h"

#include <QAction>
#include <QFileDialog>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QVBoxLayout>

namespace cm {

GroupsPane::GroupsPane(const UiContext &context, QWidget *parent)
    : Pane(context, QStringLiteral("groups"), parent)
    , m_model(new GroupModel(context.workspace->groups(), this))
    , m_detail(new QWidget(this))
    , m_heading(makeHeading({}, m_detail))
    , m_summary(new QLabel(m_detail))
{
    m_summary->setWordWrap(true);
    auto *layout = new QVBoxLayout(m_detail);
    layout->addWidget(m_heading);
    layout->addWidget(m_summary);

    setupList(m_model, tr("Contact groups"),
              tr("No groups yet.\nCreate one (Ctrl+N), then import contacts into it from a CSV file."), m_detail);
    connect(addPaneAction(tr("New group…"), QKeySequence::New, PaneIcon::Add, PaneSlot::Create), &QAction::triggered,
            this, [this] {
                bool ok = false;
                const QString name = QInputDialog::getText(this, tr("New group"), tr("Name of the new group:"),
                                                           QLineEdit::Normal, {}, &ok);
                if (ok)
                    createGroup(name);
            });
    m_renameAction = addPaneAction(tr("Rename…"), QKeySequence(Qt::Key_F2), PaneIcon::Edit, PaneSlot::Change);
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
    m_deleteAction = addPaneAction(tr("Delete…"), QKeySequence::Delete, PaneIcon::Delete, PaneSlot::Remove);
    connect(m_deleteAction, &QAction::triggered, this, [this] { deleteGroup(currentId()); });
    m_pushAction = addPaneAction(tr("Push to account…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P),
                                 PaneIcon::Upload, PaneSlot::Exchange);
    connect(m_pushAction, &QAction::triggered, this, [this] { syncWith(true); });
    m_pullAction = addPaneAction(tr("Pull from account…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L),
                                 PaneIcon::Download, PaneSlot::Exchange);
    connect(m_pullAction, &QAction::triggered, this, [this] { syncWith(false); });
    m_validateAction = addPaneAction(tr("Check email addresses…"), QKeySequence(), PaneIcon::Check, PaneSlot::More);
    connect(m_validateAction, &QAction::triggered, this, [this] {
        const auto group = m_context.workspace->groups()->byId(currentId());
        if (!group)
            return;
        if (const qint64 account = ui::chooseAccount(
                    this, m_context.workspace, [](const ProviderCapabilities &c) { return c.extras.emailValidation; },
                    tr("Check email addresses"),
                    tr("Have this account check the addresses of “%1” (it charges for it):").arg(group->name), banner(),
                    tr("No account checks email addresses. %1 accounts do; add one in Accounts.")))
            validateEmails(group->id, account);
    });
    m_importAction
            = addPaneAction(tr("Import…"), QKeySequence(Qt::CTRL | Qt::Key_I), PaneIcon::Import, PaneSlot::Files);
    connect(m_importAction, &QAction::triggered, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Import contacts"), {},
                                                          tr("Contact files (*.csv *.txt *.xlsx);;CSV files (*.csv "
                                                             "*.txt);;Excel workbooks (*.xlsx);;All files (*)"));
        if (path.isEmpty())
            return;
        ImportDialog dialog(path, currentId(), this);
        dialog.setRegion(m_context.workspace->phoneRegion());
        if (dialog.exec() == QDialog::Accepted)
            importFile(dialog.options());
    });
    m_exportAction = addPaneAction(tr("Export…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E), PaneIcon::Export,
                                   PaneSlot::Files);
    connect(m_exportAction, &QAction::triggered, this, [this] {
        if (const auto group = m_context.workspace->groups()->byId(currentId()))
            chooseFileAndExport(group->id, {}, group->name + QStringLiteral(".csv"));
    });
    m_mergeAction = addPaneAction(tr("Merge into…"), QKeySequence(), PaneIcon::Merge, PaneSlot::More);
    connect(m_mergeAction, &QAction::triggered, this, [this] {
        const qint64 source = currentId();
        const auto group = m_context.workspace->groups()->byId(source);
        if (!group)
            return;
        if (const qint64 target
            = ui::chooseOtherGroup(this, m_context.workspace, source, tr("Merge groups"),
                                   tr("Move the contacts of “%1” into:").arg(group->name), banner()))
            mergeGroup(source, target);
    });
    connect(addPaneAction(tr("Suppression list…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_U), PaneIcon::Block,
                          PaneSlot::More),
            &QAction::triggered, this, &GroupsPane::showSuppressionList);
    connect(addPaneAction(tr("Segments…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_G), PaneIcon::Groups,
                          PaneSlot::More),
            &QAction::triggered, this, &GroupsPane::showSegments);
    // The contacts of the group, below its summary; their outcomes show in the pane's banner.
    m_contacts = new ContactsPanel(context, banner(), m_detail);
    layout->addWidget(m_contacts, 1);
    m_contacts->setEmptyGroupActions(m_importAction, m_pullAction);
    connect(m_contacts, &ContactsPanel::statusMessage, this, &Pane::statusMessage);
    connect(m_contacts, &ContactsPanel::exportRequested, this, &GroupsPane::chooseFileAndExport);
    connect(m_contacts, &ContactsPanel::suppressionListRequested, this, &GroupsPane::showSuppressionList);
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
    m_validateAction->setEnabled(group.has_value() && m_context.groupSync);
    m_mergeAction->setEnabled(group.has_value());
    m_contacts->setGroup(group ? group->id : 0);
    if (!group)
        return;
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

bool GroupsPane::checkName(const QString &trimmed, qint64 id)
{
    const auto other = trimmed.isEmpty() ? std::nullopt : m_context.workspace->groups()->byName(trimmed);
    if (!trimmed.isEmpty() && !(other && other->id != id))
        return true;
    banner()->showMessage(MessageBanner::Warning,
                          trimmed.isEmpty()
                                  ? tr("A group needs a name.")
                                  : tr("A group named “%1” exists already. Choose another name.").arg(trimmed));
    return false;
}

bool GroupsPane::createGroup(const QString &name)
{
    Group group;
    group.name = name.trimmed();
    if (!checkName(group.name, 0))
        return false;
    if (const QString error = m_context.contacts->createGroup(group); !error.isEmpty()) {
        banner()->showMessage(MessageBanner::Error, error);
        return false;
    }
    selectById(group.id);
    emit statusMessage(tr("Group “%1” created.").arg(group.name));
    return true;
}

bool GroupsPane::renameGroup(qint64 id, const QString &name)
{
    if (!checkName(name.trimmed(), id))
        return false;
    if (const QString error = m_context.contacts->renameGroup(id, name); !error.isEmpty()) {
        banner()->showMessage(MessageBanner::Error, error);
        return false;
    }
    selectById(id);
    // Linked to a group at a provider that can rename: the new name goes there too.
    if (Job *job = m_context.groupSync ? m_context.groupSync->renameLinked(id) : nullptr)
        showOutcome(job);
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
    // Linked to a group at a provider that can delete it: there too, if the user says so (there first).
    const auto account = group->accountId ? m_context.workspace->accounts()->byId(group->accountId) : std::nullopt;
    const auto info = account ? m_context.workspace->providers().info(account->provider) : std::nullopt;
    if (!group->remoteId.isEmpty() && info && info->can.audience.deleteGroups
        && ui::confirm(this, tr("Delete group"),
                       tr("“%1” is linked to a group at “%2”. Delete that group at %3 too? Its contacts there may "
                          "stay in the account.")
                               .arg(group->name, account->name, info->displayName),
                       tr("Delete there too"))) {
        if (Job *job = m_context.groupSync->deleteLinked(id))
            return showOutcome(job);
    }
    if (const QString error = m_context.contacts->removeGroup(id); !error.isEmpty()) {
        banner()->showMessage(MessageBanner::Error, error);
        return false;
    }
    emit statusMessage(tr("Group “%1” deleted.").arg(group->name));
    return true;
}

void GroupsPane::syncWith(bool push)
{
    const auto group = m_context.workspace->groups()->byId(currentId());
    if (!group)
        return;
    const qint64 accountId = ui::chooseAccount(
            this, m_context.workspace,
            push ? CapabilityCheck([](const ProviderCapabilities &c) { return c.audience.pushContacts; })
                 : CapabilityCheck([](const ProviderCapabilities &c) { return c.audience.pullContacts; }),
            push ? tr("Push to account") : tr("Pull from account"),
            push ? tr("Send the contacts of “%1” to:").arg(group->name)
                 : tr("Bring the contacts of “%1” from:").arg(group->name),
            banner(),
            tr("No account can take contact groups. Add an account whose provider keeps groups, such as %1, in "
               "Accounts."),
            group->accountId);
    if (accountId && push)
        pushToAccount(group->id, accountId);
    else if (accountId)
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

bool GroupsPane::validateEmails(qint64 groupId, qint64 accountId, int pollMs)
{
    return m_context.groupSync && showOutcome(m_context.groupSync->validateEmails(groupId, accountId, pollMs));
}

bool GroupsPane::showOutcome(Job *job)
{
    connect(job, &Job::finished, this, [this](bool ok, const QString &message) {
        banner()->showMessage(ok ? MessageBanner::Success : MessageBanner::Error, message);
    });
    return true;
}

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
        // The lines not imported, those skipped, then those imported with an address kept aside.
        const QList<QPair<qint64, QString>> lines
                = report.invalid + report.skippedLines + report.mergedLines + report.warnings;
        for (qsizetype i = 0; i < lines.size() && i < 5; ++i)
            text += QLatin1Char('\n') + lines[i].second;
        const int more = int(lines.size() - 5);
        if (more > 0)
            text += QLatin1Char('\n')
                    + tr("… and %n more line(s) (campaignctl contacts import --json lists them all).", nullptr, more);
        banner()->showMessage(lines.isEmpty() ? MessageBanner::Success : MessageBanner::Warning, text,
                              tr("Undo import"), [this, id = report.importId] {
                                  QString result;
                                  const bool undone = m_context.contactImport->undo(id, &result);
                                  banner()->showMessage(undone ? MessageBanner::Success : MessageBanner::Error, result);
                              });
        if (!lines.isEmpty())
            banner()->setSecondaryAction(tr("Save report…"), [this, report] {
                const QString path = QFileDialog::getSaveFileName(this, tr("Save the import report"),
                                                                  tr("import-report.csv"), tr("CSV for Excel (*.csv)"));
                QString error;
                if (!path.isEmpty() && !report.writeCsv(path, &error))
                    banner()->showMessage(MessageBanner::Error, error);
                else if (!path.isEmpty())
                    emit statusMessage(tr("Import report saved to “%1”.").arg(path));
            });
    });
    return true;
}

bool GroupsPane::exportTo(qint64 groupId, const QString &filePath, const CsvWriteOptions &options,
                          const QList<qint64> &ids)
{
    if (!m_context.contactImport)
        return false;
    Job *job = m_context.contactImport->startExport(groupId, filePath, options, ids);
    connect(job, &Job::finished, this, [this](bool ok, const QString &message) {
        banner()->showMessage(ok ? MessageBanner::Success : MessageBanner::Error, message);
    });
    return true;
}

SuppressionDialog *GroupsPane::showSuppressionList()
{
    if (!m_suppressionDialog)
        m_suppressionDialog = new SuppressionDialog(m_context, this);
    m_suppressionDialog->show();
    m_suppressionDialog->raise();
    m_suppressionDialog->activateWindow();
    return m_suppressionDialog;
}

SegmentsDialog *GroupsPane::showSegments()
{
    if (!m_segmentsDialog)
        m_segmentsDialog = new SegmentsDialog(m_context, this);
    m_segmentsDialog->show();
    m_segmentsDialog->raise();
    m_segmentsDialog->activateWindow();
    return m_segmentsDialog;
}

void GroupsPane::chooseFileAndExport(qint64 groupId, const QList<qint64> &ids, const QString &suggestedName)
{
    const QString csv = tr("CSV for Excel (*.csv)");
    const QString workbook = tr("Excel workbook (*.xlsx)");
    QString filter = csv;
    QString path = QFileDialog::getSaveFileName(this, tr("Export contacts"), suggestedName,
                                                csv + QStringLiteral(";;") + workbook, &filter);
    if (path.isEmpty())
        return;
    if (filter == workbook && !path.endsWith(QLatin1String(".xlsx"), Qt::CaseInsensitive))
        path += QStringLiteral(".xlsx");
    exportTo(groupId, path, ui::excelCsvOptions(), ids); // a .xlsx path makes a workbook
}

bool GroupsPane::mergeGroup(qint64 sourceId, qint64 targetId)
{
    const auto source = m_context.workspace->groups()->byId(sourceId);
    const auto target = m_context.workspace->groups()->byId(targetId);
    if (!source || !target)
        return false;
    if (!ui::confirm(this, tr("Merge groups"),
                     tr("Move the %n contact(s) of “%1” into “%2” and delete “%1”? Where both groups have a contact "
                        "with the same email address or phone number, the one in “%2” is kept.",
                        nullptr, int(qMin<qint64>(source->contactCount, INT_MAX)))
                             .arg(source->name, target->name),
                     tr("Merge")))
        return false;
    qint64 moved = 0;
    qint64 duplicates = 0;
    if (const QString error = m_context.contacts->mergeGroups(sourceId, targetId, &moved, &duplicates);
        !error.isEmpty()) {
        banner()->showMessage(MessageBanner::Error, error);
        return false;
    }
    selectById(targetId);
    banner()->showMessage(MessageBanner::Success,
                          tr("“%1” merged into “%2”: %n contact(s) moved, %3 already there.", nullptr, int(moved))
                                  .arg(source->name, target->name, QLocale().toString(duplicates)));
    return true;
}

} // namespace cm
