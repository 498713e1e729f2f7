#include "groupspane.h"

#include "app/services/workspace.h"
#include "confirm.h"
#include "messagebanner.h"
#include "models/contactmodel.h"
#include "models/groupstore.h"
#include "models/itemmodels.h"

#include <QAction>
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
    finishSetup();
}

void GroupsPane::currentChanged(qint64 id)
{
    const auto group = id ? m_context.workspace->groups()->byId(id) : std::nullopt;
    m_detail->setVisible(group.has_value());
    m_renameAction->setEnabled(group.has_value());
    m_deleteAction->setEnabled(group.has_value());
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
