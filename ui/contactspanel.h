// The contacts of the group the groups pane shows: a table browsed in windows of rows, a search field, and what can
// be done with the contacts (add, edit, delete, copy or move to another group, suppress, export).
#pragma once

#include "models/types.h"
#include "uicontext.h"

#include <QWidget>

class QAction;
class QLabel;
class QLayout;
class QLineEdit;
class QTableView;
class QTimer;

namespace cm {

class ContactModel;
class EmptyState;
class MessageBanner;

class ContactsPanel : public QWidget
{
    Q_OBJECT
public:
    // Outcomes show in `banner` (the pane's). Writes go through `context.contacts`, which must be set.
    ContactsPanel(const UiContext &context, MessageBanner *banner, QWidget *parent = nullptr);

    ContactModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    qint64 groupId() const;
    // Another group starts unfiltered; the same group keeps its rows, search and scroll position. 0: none.
    void setGroup(qint64 groupId);
    void setSearch(const QString &text); // as typed in the search field
    QList<qint64> selectedIds() const;   // in the view's order
    // What an empty group shows instead of a bare table header: what to do, with `import` (the pane's), a new
    // contact and `pull` (the pane's) as buttons.
    EmptyState *emptyState() const { return m_empty; }
    void setEmptyGroupActions(QAction *import, QAction *pull);

    // Checks and saves a contact from the contact dialog: what to fix, or an empty string.
    QString saveContact(Contact &contact, const QString &region);
    bool deleteContacts(const QList<qint64> &ids); // asks first
    bool copyContacts(const QList<qint64> &ids, qint64 targetGroupId, bool move);
    // Puts the contacts' email addresses and phone numbers on the suppression list.
    bool suppressContacts(const QList<qint64> &ids, const QString &reason);

signals:
    void statusMessage(const QString &message);
    // The user asked to export `ids` of the group as a CSV file named like `suggestedName`.
    void exportRequested(qint64 groupId, const QList<qint64> &ids, const QString &suggestedName);
    void suppressionListRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void setupActions(QLayout *searchRow);
    void updateMatchLabel();
    void openContactDialog(const Contact &contact);

    UiContext m_context;
    MessageBanner *m_banner;
    ContactModel *m_model;
    QTableView *m_view;
    bool m_sizedWithRows = false; // the columns were last fitted to rows, not to an empty table
    QLineEdit *m_search;
    QLabel *m_matchLabel;
    QTimer *m_searchTimer;
    EmptyState *m_empty = nullptr;
    QAction *m_addAction = nullptr;
    QAction *m_editAction = nullptr;
    QAction *m_deleteAction = nullptr;
    QList<QAction *> m_groupActions;     // need a group
    QList<QAction *> m_selectionActions; // need selected contacts
};

} // namespace cm
