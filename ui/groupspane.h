#pragma once

#include "app/services/contactimport.h"
#include "pane.h"

class QHBoxLayout;
class QLabel;
class QLineEdit;
class QTableView;
class QTimer;

namespace cm {

class GroupModel;
class Job;
class ContactModel;
class SuppressionDialog;

class GroupsPane : public Pane
{
    Q_OBJECT
public:
    explicit GroupsPane(const UiContext &context, QWidget *parent = nullptr);

    bool createGroup(const QString &name); // shows the outcome in the banner
    bool renameGroup(qint64 id, const QString &name);
    bool deleteGroup(qint64 id); // asks first
    // Background jobs; the outcome shows in the banner. False when no account can do it.
    bool pushToAccount(qint64 groupId, qint64 accountId);
    bool pullFromAccount(qint64 groupId, qint64 accountId);
    // The account's provider checks the group's email addresses; the undeliverable ones are suppressed.
    bool validateEmails(qint64 groupId, qint64 accountId, int pollMs = 5000);
    // Background jobs too; the report (and Undo) shows in the banner.
    bool importFile(const ImportOptions &options);
    // `ids`: only these contacts (a search result, a selection), in this order; empty: the whole group.
    bool exportTo(qint64 groupId, const QString &filePath, const CsvWriteOptions &options,
                  const QList<qint64> &ids = {});
    bool mergeGroup(qint64 sourceId, qint64 targetId); // asks first

    // The contacts of the current group.
    ContactModel *contactModel() const { return m_contacts; }
    QTableView *contactView() const { return m_contactView; }
    void setContactSearch(const QString &text); // as typed in the search field
    QList<qint64> selectedContactIds() const;   // in the view's order
    // Checks and saves a contact from the contact dialog: what to fix, or an empty string.
    QString saveContact(Contact &contact, const QString &region);
    bool deleteContacts(const QList<qint64> &ids); // asks first
    bool copyContacts(const QList<qint64> &ids, qint64 targetGroupId, bool move);
    // Puts the contacts' email addresses and phone numbers on the suppression list.
    bool suppressContacts(const QList<qint64> &ids, const QString &reason);
    SuppressionDialog *showSuppressionList();

protected:
    void currentChanged(qint64 id) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    bool showOutcome(Job *job); // in the banner when the job finishes; true
    void setupContactArea();
    void updateMatchLabel();
    void openContactDialog(const Contact &contact);
    qint64 chooseOtherGroup(const QString &title, const QString &label); // 0 when cancelled or none
    // Asks where, then exports `ids` of the group (empty: all of it) as Excel opens it.
    void chooseFileAndExport(qint64 groupId, const QList<qint64> &ids, const QString &suggestedName);

    GroupModel *m_model;
    ContactModel *m_contacts;
    QWidget *m_detail;
    QLabel *m_heading;
    QLabel *m_summary;
    QTableView *m_contactView;
    QLineEdit *m_search;
    QLabel *m_matchLabel;
    QTimer *m_searchTimer;
    QHBoxLayout *m_searchRow;
    SuppressionDialog *m_suppressionDialog = nullptr;
    void syncWith(bool push);

    QAction *m_renameAction;
    QAction *m_deleteAction;
    QAction *m_pushAction;
    QAction *m_pullAction;
    QAction *m_validateAction;
    QAction *m_importAction;
    QAction *m_exportAction;
    QAction *m_mergeAction;
    QAction *m_editContactAction = nullptr;
    QAction *m_deleteContactsAction = nullptr;
    QList<QAction *> m_contactActions;   // need a group
    QList<QAction *> m_selectionActions; // need selected contacts
};

} // namespace cm
