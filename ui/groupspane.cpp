#include "groupspane.h"

#include "app/services/groupsync.h"
#include "app/services/job.h"
#include "app/services/workspace.h"
#include "choices.h"
#include "confirm.h"
#include "contactdialog.h"
#include "importdialog.h"
#include "messagebanner.h"
#include "models/accountstore.h"
#include "models/contactmodel.h"
#include "models/groupstore.h"
#include "models/itemmodels.h"
#include "models/suppressionstore.h"
#include "suppressiondialog.h"

#include <QAction>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
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
    , m_search(new QLineEdit(m_detail))
    , m_matchLabel(new QLabel(m_detail))
    , m_searchTimer(new QTimer(this))
    , m_searchRow(new QHBoxLayout)
{
    m_summary->setWordWrap(true);
    m_contactView->setModel(m_contacts);
    m_contactView->setAlternatingRowColors(true);
    m_contactView->setShowGrid(false);
    m_contactView->setWordWrap(false);
    m_contactView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_contactView->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_contactView->horizontalHeader()->setSortIndicatorClearable(true);
    m_contactView->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_contactView->setSortingEnabled(true); // the model sorts in the database, on a worker thread
    m_contactView->verticalHeader()->hide();
    m_contactView->horizontalHeader()->setStretchLastSection(true);
    m_contactView->setAccessibleName(tr("Contacts of the group"));
    m_contactView->setMinimumHeight(300);
    auto *layout = new QVBoxLayout(m_detail);
    layout->addWidget(m_heading);
    layout->addWidget(m_summary);
    m_searchRow->addWidget(m_search, 1);
    m_searchRow->addWidget(m_matchLabel);
    layout->addLayout(m_searchRow);
    layout->addWidget(m_contactView, 1);

    setupList(m_model, tr("Contact groups"),
              tr("No groups yet.\nCreate one (Ctrl+N), then import contacts into it from a CSV file."), m_detail);
    connect(addPaneAction(tr("New group…"), QKeySequence::New, PaneIcon::Add), &QAction::triggered, this, [this] {
        bool ok = false;
        const QString name = QInputDialog::getText(this, tr("New group"), tr("Name of the new group:"),
                                                   QLineEdit::Normal, {}, &ok);
        if (ok)
            createGroup(name);
    });
    m_renameAction = addPaneAction(tr("Rename…"), QKeySequence(Qt::Key_F2), PaneIcon::Edit);
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
    m_deleteAction = addPaneAction(tr("Delete…"), QKeySequence::Delete, PaneIcon::Delete);
    connect(m_deleteAction, &QAction::triggered, this, [this] { deleteGroup(currentId()); });
    m_pushAction
            = addPaneAction(tr("Push to account…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P), PaneIcon::Upload);
    connect(m_pushAction, &QAction::triggered, this, [this] { syncWith(true); });
    m_pullAction = addPaneAction(tr("Pull from account…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L),
                                 PaneIcon::Download);
    connect(m_pullAction, &QAction::triggered, this, [this] { syncWith(false); });
    m_validateAction = addPaneAction(tr("Check email addresses…"), {}, PaneIcon::Check);
    connect(m_validateAction, &QAction::triggered, this, [this] {
        const auto group = m_context.workspace->groups()->byId(currentId());
        if (!group)
            return;
        if (const qint64 account = ui::chooseAccount(
                    this, m_context.workspace, Capability::EmailValidation, tr("Check email addresses"),
                    tr("Have this account check the addresses of “%1” (it charges for it):").arg(group->name), banner(),
                    tr("No account checks email addresses. 360NRS accounts do; add one in Accounts.")))
            validateEmails(group->id, account);
    });
    m_importAction = addPaneAction(tr("Import CSV…"), QKeySequence(Qt::CTRL | Qt::Key_I), PaneIcon::Import);
    connect(m_importAction, &QAction::triggered, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Import contacts"), {},
                                                          tr("CSV files (*.csv *.txt);;All files (*)"));
        if (path.isEmpty())
            return;
        ImportDialog dialog(path, currentId(), this);
        if (dialog.exec() == QDialog::Accepted)
            importFile(dialog.options());
    });
    m_exportAction = addPaneAction(tr("Export CSV…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E), PaneIcon::Export);
    connect(m_exportAction, &QAction::triggered, this, [this] {
        if (const auto group = m_context.workspace->groups()->byId(currentId()))
            chooseFileAndExport(group->id, {}, group->name + QStringLiteral(".csv"));
    });
    m_mergeAction = addPaneAction(tr("Merge into…"), {}, PaneIcon::Merge);
    connect(m_mergeAction, &QAction::triggered, this, [this] {
        const qint64 source = currentId();
        const auto group = m_context.workspace->groups()->byId(source);
        if (!group)
            return;
        if (const qint64 target
            = chooseOtherGroup(tr("Merge groups"), tr("Move the contacts of “%1” into:").arg(group->name)))
            mergeGroup(source, target);
    });
    connect(addPaneAction(tr("Suppression list…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_U), PaneIcon::Block),
            &QAction::triggered, this, &GroupsPane::showSuppressionList);
    setupContactArea();
    showIconOnly({m_renameAction, m_deleteAction, m_pushAction, m_pullAction, m_mergeAction, m_validateAction});
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
    for (QAction *action : std::as_const(m_contactActions))
        action->setEnabled(group.has_value());
    if (!group || group->id != m_contacts->groupId()) {
        const QSignalBlocker blocker(m_search);
        m_search->clear(); // a new group starts unfiltered
        m_searchTimer->stop();
        m_contacts->setGroup(group ? group->id : 0); // the same group keeps its rows, search and scroll position
    }
    updateMatchLabel();
    if (!group)
        return;
    m_contactView->resizeColumnsToContents(); // the rows in sight only: cheap at any size
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
    if (!group->remoteId.isEmpty() && info && info->capabilities.testFlag(Capability::GroupDelete)
        && ui::confirm(this, tr("Delete group"),
                       tr("“%1” is linked to a group at “%2”. Delete that group at %3 too? Its contacts there may "
                          "stay in the account.")
                               .arg(group->name, account->name, info->displayName),
                       tr("Delete there too"))) {
        if (Job *job = m_context.groupSync->deleteLinked(id)) {
            connect(job, &Job::finished, this, [this](bool ok, const QString &message) {
                banner()->showMessage(ok ? MessageBanner::Success : MessageBanner::Error, message);
            });
            return true;
        }
    }
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
        if (!report.invalid.isEmpty())
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

} // namespace cm

namespace cm {

void GroupsPane::setupContactArea()
{
    m_search->setPlaceholderText(tr("Search contacts: name, email, phone, city…"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search contacts"));
    m_search->setToolTip(tr("Every word must start a word of the name, email address, phone number (with its country "
                            "code) or city. Accents do not matter."));
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(200); // a search per pause in typing, not per key
    connect(m_search, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_searchTimer, &QTimer::timeout, this, [this] { m_contacts->setSearch(m_search->text()); });
    connect(m_contacts, &ContactModel::loadingChanged, this, &GroupsPane::updateMatchLabel);
    connect(m_contacts, &ContactModel::loaded, this, &GroupsPane::updateMatchLabel);
    connect(m_contacts, &ContactModel::failed, this,
            [this](const QString &message) { banner()->showMessage(MessageBanner::Error, message); });

    const auto contactAction = [this](const QString &text, const QKeySequence &shortcut = {}) {
        auto *action = new QAction(text, this);
        if (!shortcut.isEmpty()) {
            action->setShortcut(shortcut);
            action->setShortcutContext(Qt::WidgetShortcut);
            m_contactView->addAction(action);
        }
        return action;
    };
    QAction *add = contactAction(tr("New contact…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    connect(add, &QAction::triggered, this, [this] {
        Contact c;
        c.groupId = m_contacts->groupId();
        openContactDialog(c);
    });
    QAction *edit = contactAction(tr("Edit contact…"));
    connect(edit, &QAction::triggered, this, [this] {
        const QModelIndex current = m_contactView->currentIndex();
        if (current.isValid())
            openContactDialog(m_contacts->contactAt(current.row()));
    });
    connect(m_contactView, &QTableView::doubleClicked, edit, &QAction::trigger);
    QAction *remove = contactAction(tr("Delete contacts…"));
    connect(remove, &QAction::triggered, this, [this] { deleteContacts(selectedContactIds()); });
    QAction *copy = contactAction(tr("Copy to group…"));
    connect(copy, &QAction::triggered, this, [this] {
        const QList<qint64> ids = selectedContactIds();
        if (const qint64 target
            = chooseOtherGroup(tr("Copy contacts"), tr("Copy %n contact(s) to:", nullptr, int(ids.size()))))
            copyContacts(ids, target, false);
    });
    QAction *move = contactAction(tr("Move to group…"));
    connect(move, &QAction::triggered, this, [this] {
        const QList<qint64> ids = selectedContactIds();
        if (const qint64 target
            = chooseOtherGroup(tr("Move contacts"), tr("Move %n contact(s) to:", nullptr, int(ids.size()))))
            copyContacts(ids, target, true);
    });
    QAction *suppress = contactAction(tr("Add to suppression list (opted out)"));
    connect(suppress, &QAction::triggered, this,
            [this] { suppressContacts(selectedContactIds(), QStringLiteral("opt_out")); });
    QAction *exportSelected = contactAction(tr("Export selected…"));
    connect(exportSelected, &QAction::triggered, this, [this] {
        if (const QList<qint64> ids = selectedContactIds(); !ids.isEmpty()) // empty would mean the group
            chooseFileAndExport(m_contacts->groupId(), ids, tr("selected-contacts.csv"));
    });
    QAction *exportShown = contactAction(tr("Export the contacts shown…"));
    connect(exportShown, &QAction::triggered, this, [this] {
        const auto group = m_context.workspace->groups()->byId(m_contacts->groupId());
        if (!group || m_contacts->ids().isEmpty()) // empty would mean the whole group
            return;
        chooseFileAndExport(m_contacts->groupId(), m_contacts->ids(),
                            (group ? group->name : QString()) + QStringLiteral(".csv"));
    });
    m_contactActions = {add, exportShown};
    m_selectionActions = {edit, remove, copy, move, suppress, exportSelected};

    // The same actions on the contacts' context menu and behind a button by the search field.
    auto *menu = new QMenu(this);
    menu->addActions({add, edit});
    menu->addSeparator();
    menu->addActions({copy, move, suppress, remove});
    menu->addSeparator();
    menu->addActions({exportSelected, exportShown});
    m_contactView->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_contactView, &QWidget::customContextMenuRequested, this,
            [this, menu](const QPoint &at) { menu->popup(m_contactView->viewport()->mapToGlobal(at)); });
    auto *button = new QToolButton(m_detail);
    button->setText(tr("Contacts"));
    button->setMenu(menu);
    button->setPopupMode(QToolButton::InstantPopup);
    m_searchRow->addWidget(button);

    const auto updateSelection = [this] {
        const bool any = m_contactView->selectionModel()->hasSelection();
        for (QAction *action : std::as_const(m_selectionActions))
            action->setEnabled(any);
    };
    connect(m_contactView->selectionModel(), &QItemSelectionModel::selectionChanged, this, updateSelection);
    connect(m_contacts, &QAbstractItemModel::modelReset, this, updateSelection);
    updateSelection();
    // Delete and Return on the contacts act on the contacts, not on the group (the pane's Delete).
    m_editContactAction = edit;
    m_deleteContactsAction = remove;
    m_contactView->installEventFilter(this);
}

bool GroupsPane::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_contactView && (event->type() == QEvent::ShortcutOverride || event->type() == QEvent::KeyPress)) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        QAction *action = key == Qt::Key_Delete                   ? m_deleteContactsAction
                : (key == Qt::Key_Return || key == Qt::Key_Enter) ? m_editContactAction
                                                                  : nullptr;
        if (action) {
            event->accept(); // ShortcutOverride accepted: the key comes to the view, not to the pane's shortcut
            if (event->type() == QEvent::KeyPress)
                action->trigger();
            return true;
        }
    }
    return Pane::eventFilter(watched, event);
}

void GroupsPane::updateMatchLabel()
{
    if (m_contacts->isLoading()) {
        m_matchLabel->setText(m_contacts->search().isEmpty() ? tr("Sorting…") : tr("Searching…"));
        return;
    }
    const QLocale locale;
    // The group's size is in the summary above; the label speaks only while a search narrows the list.
    m_matchLabel->setText(
            m_contacts->search().trimmed().isEmpty()
                    ? QString()
                    : tr("%1 of %2 match")
                              .arg(locale.toString(m_contacts->rowCount()), locale.toString(m_contacts->totalCount())));
}

void GroupsPane::setContactSearch(const QString &text)
{
    m_search->setText(text);
    m_searchTimer->stop();
    m_contacts->setSearch(text);
}

QList<qint64> GroupsPane::selectedContactIds() const
{
    QList<qint64> ids;
    const QList<qint64> &all = m_contacts->ids();
    QList<QPair<int, int>> ranges;
    for (const QItemSelectionRange &range : m_contactView->selectionModel()->selection())
        ranges.append({range.top(), range.bottom()});
    std::sort(ranges.begin(), ranges.end());
    for (const auto &[top, bottom] : std::as_const(ranges)) {
        for (int row = top; row <= bottom && row < all.size(); ++row)
            ids.append(all.at(row)); // ranges, not indexes: a select-all of a million rows stays cheap
    }
    return ids;
}

void GroupsPane::openContactDialog(const Contact &contact)
{
    if (contact.groupId <= 0)
        return;
    ContactDialog dialog(
            contact, m_context.workspace->groups()->customFieldNames(contact.groupId),
            [this](Contact &c, const QString &region) { return saveContact(c, region); }, this);
    if (dialog.exec() == QDialog::Accepted)
        emit statusMessage(contact.id ? tr("Contact saved.") : tr("Contact added."));
}

QString GroupsPane::saveContact(Contact &contact, const QString &region)
{
    const QString problem = ContactImportService::checkContact(contact, region);
    if (!problem.isEmpty())
        return problem;
    if (!m_context.workspace->groups()->saveContact(contact))
        return m_context.workspace->groups()->lastError().message;
    return {};
}

bool GroupsPane::deleteContacts(const QList<qint64> &ids)
{
    if (ids.isEmpty())
        return false;
    if (!ui::confirm(this, tr("Delete contacts"),
                     tr("Delete %n contact(s) from this group? Campaigns already sent keep their recipients.", nullptr,
                        int(qMin<qsizetype>(ids.size(), INT_MAX))),
                     tr("Delete contacts")))
        return false;
    const qint64 deleted = m_context.workspace->groups()->deleteContacts(ids);
    if (deleted < 0) {
        banner()->showMessage(MessageBanner::Error, m_context.workspace->groups()->lastError().message);
        return false;
    }
    emit statusMessage(tr("%n contact(s) deleted.", nullptr, int(qMin<qint64>(deleted, INT_MAX))));
    return true;
}

bool GroupsPane::copyContacts(const QList<qint64> &ids, qint64 targetGroupId, bool move)
{
    const auto target = m_context.workspace->groups()->byId(targetGroupId);
    if (ids.isEmpty() || !target)
        return false;
    const qint64 done = m_context.workspace->groups()->copyContacts(ids, targetGroupId, move);
    if (done < 0) {
        banner()->showMessage(MessageBanner::Error, m_context.workspace->groups()->lastError().message);
        return false;
    }
    const int count = int(qMin<qint64>(done, INT_MAX));
    QString text = move ? tr("%n contact(s) moved to “%1”.", nullptr, count).arg(target->name)
                        : tr("%n contact(s) copied to “%1”.", nullptr, count).arg(target->name);
    if (done < ids.size())
        text += QLatin1Char(' ')
                + tr("%n contact(s) left out: “%1” has their email address or phone number already.", nullptr,
                     int(qMin<qint64>(ids.size() - done, INT_MAX)))
                          .arg(target->name);
    banner()->showMessage(done < ids.size() ? MessageBanner::Warning : MessageBanner::Success, text);
    return true;
}

bool GroupsPane::suppressContacts(const QList<qint64> &ids, const QString &reason)
{
    const auto group = m_context.workspace->groups()->byId(m_contacts->groupId());
    QList<Suppression> entries;
    for (qsizetype start = 0; start < ids.size(); start += 5000) {
        for (const Contact &c : m_context.workspace->groups()->contactsByIds(ids.mid(start, 5000))) {
            Suppression s;
            s.reason = reason;
            s.source = tr("contacts of “%1”").arg(group ? group->name : QString());
            if (!c.email.isEmpty()) {
                s.channel = QStringLiteral("email");
                s.address = c.email;
                entries.append(s);
            }
            if (!c.phone.isEmpty()) {
                s.channel = QStringLiteral("sms");
                s.address = c.phone;
                entries.append(s);
            }
        }
    }
    if (entries.isEmpty())
        return false;
    const qint64 added = m_context.workspace->suppressions()->add(entries);
    if (added < 0) {
        banner()->showMessage(MessageBanner::Error, m_context.workspace->suppressions()->lastError().message);
        return false;
    }
    banner()->showMessage(MessageBanner::Success,
                          tr("%n address(es) added to the suppression list; no campaign will reach them.", nullptr,
                             int(qMin<qint64>(added, INT_MAX))),
                          tr("Show list"), [this] { showSuppressionList(); });
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

qint64 GroupsPane::chooseOtherGroup(const QString &title, const QString &label)
{
    QStringList names;
    QList<qint64> ids;
    for (const Group &g : m_context.workspace->groups()->groups()) {
        if (g.id != currentId()) {
            names.append(g.name);
            ids.append(g.id);
        }
    }
    if (ids.isEmpty()) {
        banner()->showMessage(MessageBanner::Information, tr("There is no other group. Create one first (Ctrl+N)."));
        return 0;
    }
    bool ok = false;
    const QString chosen = QInputDialog::getItem(this, title, label, names, 0, false, &ok);
    return ok ? ids.value(names.indexOf(chosen)) : 0;
}

void GroupsPane::chooseFileAndExport(qint64 groupId, const QList<qint64> &ids, const QString &suggestedName)
{
    const QString path
            = QFileDialog::getSaveFileName(this, tr("Export contacts"), suggestedName, tr("CSV for Excel (*.csv)"));
    if (!path.isEmpty())
        exportTo(groupId, path, ui::excelCsvOptions(), ids);
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
    const auto [moved, duplicates] = m_context.workspace->groups()->mergeGroups(sourceId, targetId);
    if (moved < 0) {
        banner()->showMessage(MessageBanner::Error, m_context.workspace->groups()->lastError().message);
        return false;
    }
    selectById(targetId);
    banner()->showMessage(MessageBanner::Success,
                          tr("“%1” merged into “%2”: %n contact(s) moved, %3 already there.", nullptr, int(moved))
                                  .arg(source->name, target->name, QLocale().toString(duplicates)));
    return true;
}

} // namespace cm
