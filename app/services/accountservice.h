// Accounts with their secrets: adding, verifying and removing them, for the GUI and the CLI alike.
#pragma once

#include "providers/providertypes.h"
#include "secretstore.h"

#include <QJsonObject>

#include <QObject>

#include <functional>

namespace cm {

class Workspace;
class JobTracker;

class AccountService : public QObject
{
    Q_OBJECT
public:
    // `environmentSecrets`: read CM_SECRET_<ACCOUNT> before the keychain (the CLI, for CI and cron).
    AccountService(Workspace *workspace, SecretStore *secrets, JobTracker *jobs, bool environmentSecrets,
                   QObject *parent = nullptr);

    using Done = std::function<void(bool ok, const QString &message)>;
    using Verified = std::function<void(bool ok, const QString &message, const AccountStatus &status)>;
    using SecretReady = std::function<void(bool ok, const QString &secret, const QString &error)>;

    // What is wrong with the account's advanced settings (a timeout that is not a number, a zone that does not exist,
    // a URL that is not one), naming the setting; empty when nothing is.
    static QString settingsProblem(const QJsonObject &settings);
    // Checks the account's fields; a translated sentence saying what to fix, or empty.
    QString validate(const Account &account) const;
    // Saves the account and its secret. If the secret cannot be stored the account is not kept.
    void add(Account account, const QString &secret, QObject *context, Done done);
    // Saves changed fields and settings; an empty `secret` keeps the one in the keychain.
    void update(Account account, const QString &secret, QObject *context, Done done);
    // Settings the user may edit (what is stored, less our own bookkeeping such as "has_secret").
    static QJsonObject editableSettings(const Account &account);
    void verify(qint64 accountId, QObject *context, Verified done);
    // Removes the account and its keychain entry.
    void remove(qint64 accountId, QObject *context, Done done);
    // The account's secret; where its provider has a mailbox password too (CredentialField::MailboxSecret), that one
    // is read as well and put in the account's provider session for the adapter.
    void secretFor(const Account &account, QObject *context, SecretReady ready);
    // Stores the mailbox password of an account whose provider asks for one (in the keychain, beside its secret);
    // empty removes it, and the mailbox then logs in with the account's secret.
    void setMailboxSecret(qint64 accountId, const QString &secret, QObject *context, Done done);
    // The same read with its status: the environment (CM_SECRET_<NAME>, for the CLI), the keychain, then the entry of
    // the versions before workspace ids. `problem` says what to do when the secret cannot be read.
    using SecretRead = std::function<void(SecretStore::Status status, const QString &secret, const QString &problem)>;
    void readSecret(const Account &account, QObject *context, SecretRead done);

    static QString environmentVariable(const QString &accountName); // CM_SECRET_<NAME>
    SecretStore *secretStore() const { return m_secrets; }

private:
    QString secretKey(qint64 accountId) const; // this workspace's keychain entry of the account
    QString mailboxSecretKey(qint64 accountId) const;
    Workspace *m_workspace;
    SecretStore *m_secrets;
    JobTracker *m_jobs;
    bool m_environmentSecrets;
};

} // namespace cm
