#include "contactspanel.h"

#include "app/services/contactservice.h"
#include "app/services/workspace.h"
#include "confirm.h"
#include "contactdialog.h"
#include "emptystate.h"
#include "groupchoice.h"
#include "messagebanner.h"
#include "models/contactmodel.h"
#include "models/groupstore.h"

#include <QAction>
#include <QCoreApplication>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

// These strings were the groups pane's until the panel was split out of it: they keep its translation context, and
// so their translations.

namespace cm {

ContactsPanel::ContactsPanel(const UiContext &context, MessageBanner *banner, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_banner(banner)
    , m_model(new ContactModel(context.workspace->groups(), this))
    , m_view(new QTableView(this))
    , m_search(new QLineEdit(this))
    , m_matchLabel(new QLabel(this))
    , m_searchTimer(new QTimer(this))
{
    Q_ASSERT(context.contacts);
    m_view->setModel(m_model);
    m_view->setAlternatingRowColors(true);
    m_view->setShowGrid(false);
    m_view->setWordWrap(false);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->horizontalHeader()->setSortIndicatorClearable(true);
    m_view->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_view->setSortingEnabled(true); // the model sorts in the database, on a worker thread
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setAccessibleName(QCoreApplication::translate("cm::GroupsPane", "Contacts of the group"));
    m_view->setMinimumHeight(300);

    m_search->setPlaceholderText(
            QCoreApplication::translate("cm::GroupsPane", "Search contacts: name, email, phone, city…"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(QCoreApplication::translate("cm::GroupsPane", "Search contacts"));
    m_search->setToolTip(QCoreApplication::translate(
            "cm::GroupsPane",
            "Every word must start a word of the name, email address, phone number (with its country "
            "code) or city. Accents do not matter."));
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(200); // a search per pause in typing, not per key
    connect(m_search, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_searchTimer, &QTimer::timeout, this, [this] { m_model->setSearch(m_search->text()); });
    connect(m_model, &ContactModel::loadingChanged, this, &ContactsPanel::updateMatchLabel);
    connect(m_model, &ContactModel::loaded, this, &ContactsPanel::updateMatchLabel);
    // A group that had no rows when its columns were sized (a new group, before its import) is sized again once it
    // has some: the columns fit the data, not the header alone.
    connect(m_model, &ContactModel::loaded, this, [this] {
        const bool hadRows = m_sizedWithRows;
        m_sizedWithRows = m_model->rowCount() > 0;
        if (!hadRows && m_sizedWithRows)
            m_view->resizeColumnsToContents();
    });
    connect(m_model, &ContactModel::failed, this,
            [this](const QString &message) { m_banner->showMessage(MessageBanner::Error, message); });

    auto *searchRow = new QHBoxLayout;
    searchRow->addWidget(m_search, 1);
    searchRow->addWidget(m_matchLabel);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(searchRow);
    // An empty group (not a search without matches, not while its rows are read) says what to do.
    m_empty = new EmptyState(m_view, this);
    m_empty->setText(tr("This group has no contacts yet. Import a CSV or Excel file, add contacts one by one, or pull "
                        "them from an account that keeps groups."));
    m_empty->setEmptyCheck([this] {
        return m_model->groupId() > 0 && !m_model->isLoading() && m_model->search().trimmed().isEmpty()
                && m_model->rowCount() == 0;
    });
    connect(m_model, &ContactModel::loaded, m_empty, &EmptyState::refresh);
    connect(m_model, &ContactModel::loadingChanged, m_empty, &EmptyState::refresh);
    layout->addWidget(m_empty, 1);
    setupActions(searchRow);
}

void ContactsPanel::setEmptyGroupActions(QAction *import, QAction *pull)
{
    if (import)
        m_empty->addAction(import);
    m_empty->addAction(m_addAction);
    if (pull)
        m_empty->addAction(pull);
}

void ContactsPanel::setupActions(QLayout *searchRow)
{
    const auto contactAction = [this](const QString &text, const QKeySequence &shortcut = {}) {
        auto *action = new QAction(text, this);
        if (!shortcut.isEmpty()) {
            action->setShortcut(shortcut);
            action->setShortcutContext(Qt::WidgetShortcut);
            m_view->addAction(action);
        }
        return action;
    };
    QAction *add = contactAction(QCoreApplication::translate("cm::GroupsPane", "New contact…"),
                                 QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    connect(add, &QAction::triggered, this, [this] {
        Contact c;
        c.groupId = m_model->groupId();
        openContactDialog(c);
    });
    QAction *edit = contactAction(QCoreApplication::translate("cm::GroupsPane", "Edit contact…"));
    connect(edit, &QAction::triggered, this, [this] {
        const QModelIndex current = m_view->currentIndex();
        if (current.isValid())
            openContactDialog(m_model->contactAt(current.row()));
    });
    connect(m_view, &QTableView::doubleClicked, edit, &QAction::trigger);
    QAction *remove = contactAction(QCoreApplication::translate("cm::GroupsPane", "Delete contacts…"));
    connect(remove, &QAction::triggered, this, [this] { deleteContacts(selectedIds()); });
    const auto copyOrMove = [this](bool move) {
        const QList<qint64> ids = selectedIds();
        const int n = int(ids.size());
        const QString title = move ? QCoreApplication::translate("cm::GroupsPane", "Move contacts")
                                   : QCoreApplication::translate("cm::GroupsPane", "Copy contacts");
        const QString label = move
                ? QCoreApplication::translate("cm::GroupsPane", "Move %n contact(s) to:", nullptr, n)
                : QCoreApplication::translate("cm::GroupsPane", "Copy %n contact(s) to:", nullptr, n);
        if (const qint64 target = ui::chooseOtherGroup(this, m_context.workspace, groupId(), title, label, m_banner))
            copyContacts(ids, target, move);
    };
    QAction *copy = contactAction(QCoreApplication::translate("cm::GroupsPane", "Copy to group…"));
    connect(copy, &QAction::triggered, this, [copyOrMove] { copyOrMove(false); });
    QAction *move = contactAction(QCoreApplication::translate("cm::GroupsPane", "Move to group…"));
    connect(move, &QAction::triggered, this, [copyOrMove] { copyOrMove(true); });
    QAction *suppress
            = contactAction(QCoreApplication::translate("cm::GroupsPane", "Add to suppression list (opted out)"));
    connect(suppress, &QAction::triggered, this,
            [this] { suppressContacts(selectedIds(), QStringLiteral("opt_out")); });
    QAction *exportSelected = contactAction(QCoreApplication::translate("cm::GroupsPane", "Export selected…"));
    connect(exportSelected, &QAction::triggered, this, [this] {
        if (const QList<qint64> ids = selectedIds(); !ids.isEmpty()) // empty would mean the group
            emit exportRequested(groupId(), ids,
                                 QCoreApplication::translate("cm::GroupsPane", "selected-contacts.csv"));
    });
    QAction *exportShown = contactAction(QCoreApplication::translate("cm::GroupsPane", "Export the contacts shown…"));
    connect(exportShown, &QAction::triggered, this, [this] {
        const auto group = m_context.workspace->groups()->byId(groupId());
        if (!group || m_model->ids().isEmpty()) // empty would mean the whole group
            return;
        emit exportRequested(group->id, m_model->ids().toList(), group->name + QStringLiteral(".csv"));
    });
    m_groupActions = {add, exportShown};
    m_selectionActions = {edit, remove, copy, move, suppress, exportSelected};

    // The same actions on the contacts' context menu and behind a button by the search field.
    auto *menu = new QMenu(this);
    menu->addActions({add, edit});
    menu->addSeparator();
    menu->addActions({copy, move, suppress, remove});
    menu->addSeparator();
    menu->addActions({exportSelected, exportShown});
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_view, &QWidget::customContextMenuRequested, this,
            [this, menu](const QPoint &at) { menu->popup(m_view->viewport()->mapToGlobal(at)); });
    auto *button = new QToolButton(this);
    button->setText(QCoreApplication::translate("cm::GroupsPane", "Contacts"));
    button->setMenu(menu);
    button->setPopupMode(QToolButton::InstantPopup);
    searchRow->addWidget(button);

    const auto updateSelection = [this] {
        const bool any = m_view->selectionModel()->hasSelection();
        for (QAction *action : std::as_const(m_selectionActions))
            action->setEnabled(any);
    };
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, updateSelection);
    connect(m_model, &QAbstractItemModel::modelReset, this, updateSelection);
    updateSelection();
    // Delete and Return on the contacts act on the contacts, not on the group (the pane's Delete).
    m_addAction = add;
    m_editAction = edit;
    m_deleteAction = remove;
    m_view->installEventFilter(this);
}

bool ContactsPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view && (event->type() == QEvent::ShortcutOverride || event->type() == QEvent::KeyPress)) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        QAction *action = key == Qt::Key_Delete                   ? m_deleteAction
                : (key == Qt::Key_Return || key == Qt::Key_Enter) ? m_editAction
                                                                  : nullptr;
        if (action) {
            event->accept(); // ShortcutOverride accepted: the key comes to the view, not to the pane's shortcut
            if (event->type() == QEvent::KeyPress)
                action->trigger();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

qint64 ContactsPanel::groupId() const
{
    return m_model->groupId();
}

void ContactsPanel::setGroup(qint64 groupId)
{
    for (QAction *action : std::as_const(m_groupActions))
        action->setEnabled(groupId > 0);
    if (groupId <= 0 || groupId != m_model->groupId()) {
        const QSignalBlocker blocker(m_search);
        m_search->clear(); // a new group starts unfiltered
        m_searchTimer->stop();
        m_model->setGroup(qMax<qint64>(groupId, 0)); // the same group keeps its rows, search and scroll position
    }
    updateMatchLabel();
    if (groupId > 0) {
        m_view->resizeColumnsToContents(); // the rows in sight only: cheap at any size
        m_sizedWithRows = m_model->rowCount() > 0;
    }
}

void ContactsPanel::updateMatchLabel()
{
    if (m_model->isLoading()) {
        m_matchLabel->setText(m_model->search().isEmpty()
                                      ? QCoreApplication::translate("cm::GroupsPane", "Sorting…")
                                      : QCoreApplication::translate("cm::GroupsPane", "Searching…"));
        return;
    }
    const QLocale locale;
    // The group's size is in the summary above; the label speaks only while a search narrows the list.
    m_matchLabel->setText(
            m_model->search().trimmed().isEmpty()
                    ? QString()
                    : QCoreApplication::translate("cm::GroupsPane", "%1 of %2 match")
                              .arg(locale.toString(m_model->rowCount()), locale.toString(m_model->totalCount())));
}

void ContactsPanel::setSearch(const QString &text)
{
    m_search->setText(text);
    m_searchTimer->stop();
    m_model->setSearch(text);
}

QList<qint64> ContactsPanel::selectedIds() const
{
    QList<qint64> ids;
    const IdList &all = m_model->ids();
    QList<QPair<int, int>> ranges;
    for (const QItemSelectionRange &range : m_view->selectionModel()->selection())
        ranges.append({range.top(), range.bottom()});
    std::sort(ranges.begin(), ranges.end());
    for (const auto &[top, bottom] : std::as_const(ranges)) {
        for (int row = top; row <= bottom && row < all.size(); ++row)
            ids.append(all.at(row)); // ranges, not indexes: a select-all of a million rows stays cheap
    }
    return ids;
}

void ContactsPanel::openContactDialog(const Contact &contact)
{
    if (contact.groupId <= 0)
        return;
    ContactDialog dialog(
            contact, m_context.workspace->groups()->customFieldNames(contact.groupId),
            [this](Contact &c, const QString &region) { return saveContact(c, region); }, this);
    if (dialog.exec() == QDialog::Accepted)
        emit statusMessage(contact.id ? QCoreApplication::translate("cm::GroupsPane", "Contact saved.")
                                      : QCoreApplication::translate("cm::GroupsPane", "Contact added."));
}

QString ContactsPanel::saveContact(Contact &contact, const QString &region)
{
    return m_context.contacts->saveContact(contact, region);
}

bool ContactsPanel::deleteContacts(const QList<qint64> &ids)
{
    if (ids.isEmpty())
        return false;
    const int count = int(qMin<qsizetype>(ids.size(), INT_MAX));
    if (!ui::confirm(this, QCoreApplication::translate("cm::GroupsPane", "Delete contacts"),
                     QCoreApplication::translate(
                             "cm::GroupsPane",
                             "Delete %n contact(s) from this group? Campaigns already sent keep their recipients.",
                             nullptr, count),
                     QCoreApplication::translate("cm::GroupsPane", "Delete contacts")))
        return false;
    qint64 deleted = 0;
    if (const QString error = m_context.contacts->deleteContacts(ids, &deleted); !error.isEmpty()) {
        m_banner->showMessage(MessageBanner::Error, error);
        return false;
    }
    const int deletedCount = int(qMin<qint64>(deleted, INT_MAX));
    emit statusMessage(QCoreApplication::translate("cm::GroupsPane", "%n contact(s) deleted.", nullptr, deletedCount));
    return true;
}

bool ContactsPanel::copyContacts(const QList<qint64> &ids, qint64 targetGroupId, bool move)
{
    const auto target = m_context.workspace->groups()->byId(targetGroupId);
    if (ids.isEmpty() || !target)
        return false;
    qint64 done = 0;
    if (const QString error = m_context.contacts->copyContacts(ids, targetGroupId, move, &done); !error.isEmpty()) {
        m_banner->showMessage(MessageBanner::Error, error);
        return false;
    }
    const int count = int(qMin<qint64>(done, INT_MAX));
    QString text = move ? QCoreApplication::translate("cm::GroupsPane", "%n contact(s) moved to “%1”.", nullptr, count)
                                  .arg(target->name)
                        : QCoreApplication::translate("cm::GroupsPane", "%n contact(s) copied to “%1”.", nullptr, count)
                                  .arg(target->name);
    const int leftOut = int(qMin<qint64>(ids.size() - done, INT_MAX));
    if (done < ids.size())
        text += QLatin1Char(' ')
                + QCoreApplication::translate(
                          "cm::GroupsPane",
                          "%n contact(s) left out: “%1” has their email address or phone number already.", nullptr,
                          leftOut)
                          .arg(target->name);
    m_banner->showMessage(done < ids.size() ? MessageBanner::Warning : MessageBanner::Success, text);
    return true;
}

bool ContactsPanel::suppressContacts(const QList<qint64> &ids, const QString &reason)
{
    const auto group = m_context.workspace->groups()->byId(groupId());
    const QList<Suppression> entries = m_context.contacts->suppressionsFor(
            ids, reason,
            QCoreApplication::translate("cm::GroupsPane", "contacts of “%1”").arg(group ? group->name : QString()));
    if (entries.isEmpty())
        return false;
    qint64 added = 0;
    if (const QString error = m_context.contacts->addSuppressions(entries, &added); !error.isEmpty()) {
        m_banner->showMessage(MessageBanner::Error, error);
        return false;
    }
    const int addedCount = int(qMin<qint64>(added, INT_MAX));
    m_banner->showMessage(
            MessageBanner::Success,
            QCoreApplication::translate("cm::GroupsPane",
                                        "%n address(es) added to the suppression list; no campaign will reach them.",
                                        nullptr, addedCount),
            QCoreApplication::translate("cm::GroupsPane", "Show list"), [this] { emit suppressionListRequested(); });
    return true;
}

} // namespace cm
