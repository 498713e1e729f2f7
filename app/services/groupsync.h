// Keeping a contact group in step with a group at a provider: push our contacts there, or pull theirs here.
// groupsync.cpp has the groups; suppressionsync.cpp the opt-out lists, remotetemplates.cpp the templates kept at the
// provider, emailvalidation.cpp the provider's check of email addresses.
#pragma once

#include "providers/providertypes.h"

#include <QObject>

#include <functional>

namespace cm {

class Workspace;
class Provider;
class AccountService;
class JobTracker;
class Job;

class GroupSyncService : public QObject
{
    Q_OBJECT
public:
    GroupSyncService(Workspace *workspace, AccountService *accounts, JobTracker *jobs, QObject *parent = nullptr);

    // Sends the group's contacts to the account, into the remote group it is linked to, else the remote group of
    // the same name, else a new one. The job finishes with a summary; the group remembers the remote id.
    Job *push(qint64 groupId, qint64 accountId);
    // Brings the contacts of the linked remote group into the group: new ones added, known ones kept.
    Job *pull(qint64 groupId, qint64 accountId);
    // The account's groups at the provider.
    using GroupsReady = std::function<void(bool ok, const QString &error, const QList<RemoteGroup> &groups)>;
    void remoteGroups(qint64 accountId, QObject *context, GroupsReady ready);
    // Creates the group at the provider and here, linked.
    using Created = std::function<void(bool ok, const QString &message)>;
    void createLinked(const QString &name, qint64 accountId, QObject *context, Created done);

    // The account's opt-out list (360NRS's blacklist, Deployments' opt-outs) and the workspace's suppression list
    // made one: the provider's active entries are added here, ours are added there where the provider lets us.
    // Both lists only grow: a removal is made on purpose, on one side, by the user.
    Job *syncSuppressions(qint64 accountId);
    // An email template to the account's template store (RemoteTemplates): it replaces the remote template of the
    // same name, or becomes a new one. (The adapter puts the placeholders in its provider's syntax.)
    Job *pushTemplate(qint64 templateId, qint64 accountId);
    // Every template of the account here, as email templates: a local template of the same name is updated.
    Job *pullTemplates(qint64 accountId);
    // A renamed group that is linked to a remote group takes its new name there too, where the provider can rename
    // (GroupRename). nullptr when the group is not linked or the provider cannot.
    Job *renameLinked(qint64 groupId);
    // Deletes the group at the provider it is linked to (GroupDelete), then here; nullptr when it is linked to none
    // that can. Nothing here changes when the provider refuses.
    Job *deleteLinked(qint64 groupId);
    // The account's templates at the provider, and one of them as the provider renders it (HTML).
    using TemplatesReady = std::function<void(bool ok, const QString &error, const QList<RemoteTemplate> &list)>;
    void remoteTemplates(qint64 accountId, QObject *context, TemplatesReady ready);
    using PreviewReady = std::function<void(bool ok, const QString &htmlOrError)>;
    void remotePreview(qint64 accountId, const QString &remoteId, QObject *context, PreviewReady ready);
    // Has the account's provider check the group's email addresses (EmailValidation), polling every `pollMs` until it
    // has finished; the undeliverable ones go on the suppression list. The job says how many were deliverable,
    // risky and undeliverable, and what the check cost.
    Job *validateEmails(qint64 groupId, qint64 accountId, int pollMs = 5000);

    static constexpr int PushWindow = 1000; // contacts read from the workspace per provider call

private:
    enum class Direction { Push, Pull };
    Job *start(qint64 groupId, qint64 accountId, Direction direction);
    // What an operation of this service needs of the account's provider (ProviderCapabilities).
    enum class Need {
        ListGroups,
        CreateGroups,
        RenameGroups,
        DeleteGroups,
        Push,
        Pull,
        OptOuts,
        Templates,
        Validation
    };
    static bool can(const ProviderCapabilities &capabilities, Need need);
    // Runs `work` with the account's provider once the secret is read; fails the job otherwise (with why, when the
    // provider cannot do what is needed).
    void withProvider(Job *job, qint64 accountId, Need needed,
                      std::function<void(Provider *provider, const Account &account)> work);

    void pollValidation(Job *job, Provider *provider, const Account &account, const QString &id, int pollMs);

    Workspace *m_workspace;
    AccountService *m_accounts;
    JobTracker *m_jobs;
};

} // namespace cm
