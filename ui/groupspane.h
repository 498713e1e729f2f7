#pragma once

#include "app/services/contactimport.h"
#include "pane.h"

class QLabel;
class QTableView;

namespace cm {

class GroupModel;
class Job;
class ContactModel;

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
    // Background jobs too; the report (and Undo) shows in the banner.
    bool importFile(const ImportOptions &options);
    bool exportTo(qint64 groupId, const QString &filePath, const CsvWriteOptions &options);
    ContactModel *contactModel() const { return m_contacts; }

protected:
    void currentChanged(qint64 id) override;

private:
    bool showOutcome(Job *job); // in the banner when the job finishes; true

    GroupModel *m_model;
    ContactModel *m_contacts;
    QWidget *m_detail;
    QLabel *m_heading;
    QLabel *m_summary;
    QTableView *m_contactView;
    void syncWith(bool push);

    QAction *m_renameAction;
    QAction *m_deleteAction;
    QAction *m_pushAction;
    QAction *m_pullAction;
    QAction *m_importAction;
    QAction *m_exportAction;
};

} // namespace cm
