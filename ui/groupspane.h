#pragma once

#include "app/services/contactimport.h"
#include "contactspanel.h"
#include "pane.h"

class QLabel;

namespace cm {

class GroupModel;
class Job;
class SegmentsDialog;
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
    SuppressionDialog *showSuppressionList();
    SegmentsDialog *showSegments();

    // The contacts of the current group, in their own panel (see ContactsPanel).
    ContactsPanel *contactsPanel() const { return m_contacts; }
    ContactModel *contactModel() const { return m_contacts->model(); }
    QTableView *contactView() const { return m_contacts->view(); }
    void setContactSearch(const QString &text) { m_contacts->setSearch(text); }
    QList<qint64> selectedContactIds() const { return m_contacts->selectedIds(); }
    QString saveContact(Contact &contact, const QString &region) { return m_contacts->saveContact(contact, region); }
    bool deleteContacts(const QList<qint64> &ids) { return m_contacts->deleteContacts(ids); }
    bool copyContacts(const QList<qint64> &ids, qint64 targetGroupId, bool move)
    {
        return m_contacts->copyContacts(ids, targetGroupId, move);
    }
    bool suppressContacts(const QList<qint64> &ids, const QString &reason)
    {
        return m_contacts->suppressContacts(ids, reason);
    }

protected:
    void currentChanged(qint64 id) override;

private:
    // False, with a warning in the banner, when `trimmed` cannot name group `id` (0: a new one): empty or taken.
    bool checkName(const QString &trimmed, qint64 id);
    bool showOutcome(Job *job); // in the banner when the job finishes; true
    void syncWith(bool push);
    // Asks where, then exports `ids` of the group (empty: all of it) as Excel opens it.
    void chooseFileAndExport(qint64 groupId, const QList<qint64> &ids, const QString &suggestedName);

    GroupModel *m_model;
    QWidget *m_detail;
    QLabel *m_heading;
    QLabel *m_summary;
    ContactsPanel *m_contacts = nullptr;
    SuppressionDialog *m_suppressionDialog = nullptr;
    SegmentsDialog *m_segmentsDialog = nullptr;

    QAction *m_renameAction;
    QAction *m_deleteAction;
    QAction *m_pushAction;
    QAction *m_pullAction;
    QAction *m_validateAction;
    QAction *m_importAction;
    QAction *m_exportAction;
    QAction *m_mergeAction;
};

} // namespace cm
