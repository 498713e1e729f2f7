#pragma once

#include "pane.h"

class QLabel;

namespace cm {

class AccountModel;

class AccountsPane : public Pane
{
    Q_OBJECT
public:
    explicit AccountsPane(const UiContext &context, QWidget *parent = nullptr);

    void addAccount();
    void editAccount();
    void testConnection();
    void removeAccount();
    void showRemoteGroups();
    void showConversations(); // the account's WhatsApp conversations (360NRS)
    QString remoteGroupsText() const;
    QString lastTestText() const; // "Works (…)", "Failed (…): …" or "Not tested yet"

protected:
    void currentChanged(qint64 id) override;

private:
    QLabel *m_baseUrlLabel = nullptr;
    // After the account was saved: its mailbox password to the keychain, then one banner for both.
    void saveMailboxSecret(qint64 accountId, const QString &secret);
    AccountModel *m_model;
    QWidget *m_detail;
    QLabel *m_heading;
    QLabel *m_provider;
    QLabel *m_description;
    QLabel *m_baseUrl;
    QLabel *m_user;
    QLabel *m_capabilities;
    QLabel *m_status;
    QLabel *m_remoteGroups;
    QAction *m_groupsAction;
    QAction *m_conversationsAction;
    QAction *m_testAction;
    QAction *m_editAction;
    QAction *m_removeAction;
};

} // namespace cm
