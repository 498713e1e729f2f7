#include "groupsync.h"

#include "providers/provider.h"

#include "accountservice.h"
#include "job.h"
#include "models/accountstore.h"
#include "models/clock.h"
#include "models/groupstore.h"
#include "workspace.h"

#include <QLoggingCategory>
#include <QPointer>

namespace cm {

Q_LOGGING_CATEGORY(lcGroupSync, "cm.app.groupsync")

namespace {

// One push or pull: finds (or makes) the remote group, then moves the contacts, a window at a time.
class SyncRun : public QObject
{
public:
    SyncRun(Job *job, Workspace *workspace, Provider *provider, const Account &account, const Group &group)
        : QObject(job)
        , m_job(job)
        , m_workspace(workspace)
        , m_provider(provider)
        , m_account(account)
        , m_group(group)
    {
        connect(job, &Job::cancelRequested, this, [this] {
            if (m_reply)
                m_reply->abort();
        });
    }

    void push()
    {
        m_total = m_workspace->groups()->contactCount(m_group.id);
        withRemoteGroup(true, [this] { pushWindow(0); });
    }

    void pull()
    {
        withRemoteGroup(false, [this] {
            track(m_provider->pullContacts(m_remoteId), [this](ProviderReply *reply) {
                const auto contacts = reply->result().value<QList<Contact>>();
                const auto [added, kept] = m_workspace->groups()->mergeContacts(m_group.id, contacts);
                if (added < 0)
                    return m_job->finish(false, m_workspace->groups()->lastError().message);
                m_workspace->groups()->setRemote(m_group.id, m_account.id, m_remoteId, m_workspace->clock()->now());
                m_job->finish(true,
                              GroupSyncService::tr("“%1” pulled from “%2”: %3 new, %4 already here.")
                                      .arg(m_group.name, m_account.name)
                                      .arg(added)
                                      .arg(kept));
            });
        });
    }

private:
    // Calls `next` once the provider answers; failures and cancellation finish the job.
    void track(ProviderReply *reply, std::function<void(ProviderReply *)> next)
    {
        m_reply = reply;
        connect(reply, &ProviderReply::progress, m_job, [this](qint64 done, qint64 total) {
            if (m_total == 0)
                m_job->setProgress(done, total);
        });
        connect(reply, &ProviderReply::finished, this, [this, reply, next] {
            if (m_job->isCancelled())
                return m_job->finish(false,
                                     GroupSyncService::tr("Cancelled. What was sent before stays at the "
                                                          "provider."));
            if (reply->hasError())
                return m_job->finish(false, reply->error().describe(m_account.name));
            next(reply);
        });
    }

    void withRemoteGroup(bool mayCreate, std::function<void()> then)
    {
        if (m_group.accountId == m_account.id && !m_group.remoteId.isEmpty()) {
            m_remoteId = m_group.remoteId;
            return then();
        }
        const ProviderCapabilities::Audience audience = m_provider->info().can.audience;
        auto create = [this, mayCreate, audience, then] {
            if (!mayCreate || !audience.createGroups)
                return m_job->finish(false,
                                     GroupSyncService::tr("“%1” has no group named “%2”. Push the group "
                                                          "there first, or choose another account.")
                                             .arg(m_account.name, m_group.name));
            track(m_provider->createGroup(m_group.name), [this, then](ProviderReply *reply) {
                m_remoteId = reply->result().value<RemoteGroup>().id;
                qCInfo(lcGroupSync) << "created remote group" << m_remoteId << "for group" << m_group.id;
                then();
            });
        };
        if (!audience.listGroups)
            return create();
        track(m_provider->listGroups(), [this, create, then](ProviderReply *reply) {
            for (const RemoteGroup &g : reply->result().value<QList<RemoteGroup>>()) {
                if (g.name.compare(m_group.name, Qt::CaseInsensitive) == 0) {
                    m_remoteId = g.id;
                    return then();
                }
            }
            create();
        });
    }

    void pushWindow(qint64 afterId)
    {
        const QList<Contact> window
                = m_workspace->groups()->contacts(m_group.id, afterId, GroupSyncService::PushWindow);
        if (window.isEmpty()) {
            m_workspace->groups()->setRemote(m_group.id, m_account.id, m_remoteId, m_workspace->clock()->now());
            return m_job->finish(true,
                                 GroupSyncService::tr("“%1” pushed to “%2”: %3 of %4 contacts accepted.")
                                         .arg(m_group.name, m_account.name)
                                         .arg(m_accepted)
                                         .arg(m_total));
        }
        const qint64 last = window.constLast().id;
        const qint64 count = window.size();
        track(m_provider->pushContacts(m_remoteId, window), [this, last, count](ProviderReply *reply) {
            m_accepted += reply->result().toInt();
            m_done += count;
            m_job->setProgress(m_done, m_total);
            pushWindow(last);
        });
    }

    Job *m_job;
    Workspace *m_workspace;
    Provider *m_provider;
    Account m_account;
    Group m_group;
    QString m_remoteId;
    QPointer<ProviderReply> m_reply;
    qint64 m_total = 0;
    qint64 m_done = 0;
    qint64 m_accepted = 0;
};

} // namespace

GroupSyncService::GroupSyncService(Workspace *workspace, AccountService *accounts, JobTracker *jobs, QObject *parent)
    : QObject(parent)
    , m_workspace(workspace)
    , m_accounts(accounts)
    , m_jobs(jobs)
{ }

bool GroupSyncService::can(const ProviderCapabilities &capabilities, Need need)
{
    const ProviderCapabilities::Audience &audience = capabilities.audience;
    switch (need) {
    case Need::ListGroups:
        return audience.listGroups;
    case Need::CreateGroups:
        return audience.createGroups;
    case Need::RenameGroups:
        return audience.renameGroups;
    case Need::DeleteGroups:
        return audience.deleteGroups;
    case Need::Push:
        return audience.pushContacts;
    case Need::Pull:
        return audience.pullContacts;
    case Need::OptOuts:
        return !audience.optOutLists.isEmpty();
    case Need::Templates:
        return audience.remoteTemplates;
    case Need::Validation:
        return capabilities.extras.emailValidation;
    }
    return false;
}

void GroupSyncService::withProvider(Job *job, qint64 accountId, Need needed,
                                    std::function<void(Provider *, const Account &)> work)
{
    const auto account = m_workspace->accounts()->byId(accountId);
    const auto info = account ? m_workspace->providers().info(account->provider) : std::nullopt;
    QString problem;
    if (!account)
        problem = tr("That account no longer exists.");
    else if (!info)
        problem = tr("“%1” uses a provider this version does not know.").arg(account->name);
    else if (!can(info->can, needed))
        problem = needed == Need::OptOuts
                ? tr("%1 keeps no opt-out list, so “%2” has none to sync.").arg(info->displayName, account->name)
                : needed == Need::Templates
                ? tr("%1 keeps no templates, so “%2” has none to exchange.").arg(info->displayName, account->name)
                : needed == Need::Validation
                ? tr("%1 does not check email addresses; choose an account of %2.")
                          .arg(info->displayName, m_workspace->providers().namesWith([](const ProviderCapabilities &c) {
                              return c.extras.emailValidation;
                          }))
                : tr("%1 cannot keep contact groups in step, so “%2” cannot be used for this.")
                          .arg(info->displayName, account->name);
    if (!problem.isEmpty()) {
        job->finish(false, problem); // finished() is emitted from the event loop, once the caller has connected
        return;
    }
    m_accounts->secretFor(*account, job,
                          [this, job, account = *account, work](bool ok, const QString &secret, const QString &error) {
                              if (!ok)
                                  return job->finish(false, error);
                              work(m_workspace->createProvider(account, secret, job), account);
                          });
}

Job *GroupSyncService::push(qint64 groupId, qint64 accountId)
{
    return start(groupId, accountId, Direction::Push);
}

Job *GroupSyncService::pull(qint64 groupId, qint64 accountId)
{
    return start(groupId, accountId, Direction::Pull);
}

Job *GroupSyncService::start(qint64 groupId, qint64 accountId, Direction direction)
{
    const auto group = m_workspace->groups()->byId(groupId);
    const auto account = m_workspace->accounts()->byId(accountId);
    const QString groupName = group ? group->name : QString();
    const QString accountName = account ? account->name : QString();
    const bool push = direction == Direction::Push;
    auto *job = new Job(push ? tr("Pushing “%1” to “%2”").arg(groupName, accountName)
                             : tr("Pulling “%1” from “%2”").arg(groupName, accountName),
                        this);
    m_jobs->track(job);
    if (!group) {
        job->finish(false, tr("That group no longer exists."));
        return job;
    }
    withProvider(job, accountId, push ? Need::Push : Need::Pull,
                 [this, job, push, group = *group](Provider *p, const Account &a) {
                     auto *run = new SyncRun(job, m_workspace, p, a, group);
                     if (push)
                         run->push();
                     else
                         run->pull();
                 });
    return job;
}

void GroupSyncService::remoteGroups(qint64 accountId, QObject *context, GroupsReady ready)
{
    auto *job = new Job(tr("Reading the groups at the provider"), this);
    m_jobs->track(job);
    connect(job, &Job::finished, context, [job, ready](bool ok, const QString &message) {
        ready(ok, message, job->property("groups").value<QList<RemoteGroup>>());
    });
    withProvider(job, accountId, Need::ListGroups, [job](Provider *p, const Account &a) {
        ProviderReply *reply = p->listGroups();
        connect(job, &Job::cancelRequested, reply, &ProviderReply::abort);
        connect(reply, &ProviderReply::finished, job, [job, reply, a] {
            if (reply->hasError())
                return job->finish(false, reply->error().describe(a.name));
            job->setProperty("groups", reply->result());
            job->finish(true, {});
        });
    });
}

void GroupSyncService::createLinked(const QString &name, qint64 accountId, QObject *context, Created done)
{
    auto *job = new Job(tr("Creating the group “%1”").arg(name), this);
    m_jobs->track(job);
    connect(job, &Job::finished, context, [done](bool ok, const QString &message) { done(ok, message); });
    withProvider(job, accountId, Need::CreateGroups, [this, job, name](Provider *p, const Account &a) {
        ProviderReply *reply = p->createGroup(name);
        connect(reply, &ProviderReply::finished, job, [this, job, reply, a, name] {
            if (reply->hasError())
                return job->finish(false, reply->error().describe(a.name));
            Group g;
            g.name = name;
            g.accountId = a.id;
            g.remoteId = reply->result().value<RemoteGroup>().id;
            g.syncedAt = m_workspace->clock()->now();
            if (!m_workspace->groups()->create(g))
                return job->finish(false, m_workspace->groups()->lastError().message);
            job->finish(true, tr("Group “%1” created here and at “%2”.").arg(name, a.name));
        });
    });
}

Job *GroupSyncService::renameLinked(qint64 groupId)
{
    const auto group = m_workspace->groups()->byId(groupId);
    const auto account = group && group->accountId ? m_workspace->accounts()->byId(group->accountId) : std::nullopt;
    const auto info = account ? m_workspace->providers().info(account->provider) : std::nullopt;
    if (!group || group->remoteId.isEmpty() || !info || !info->can.audience.renameGroups)
        return nullptr;
    auto *job = new Job(tr("Renaming “%1” at “%2”").arg(group->name, account->name), this);
    m_jobs->track(job);
    withProvider(job, account->id, Need::RenameGroups, [job, g = *group](Provider *provider, const Account &a) {
        ProviderReply *renamed = provider->renameGroup(g.remoteId, g.name);
        connect(renamed, &ProviderReply::finished, job, [job, renamed, g, a] {
            if (renamed->hasError())
                return job->finish(false, renamed->error().describe(a.name));
            job->finish(true, tr("The group is called “%1” at “%2” too.").arg(g.name, a.name));
        });
    });
    return job;
}

Job *GroupSyncService::deleteLinked(qint64 groupId)
{
    const auto group = m_workspace->groups()->byId(groupId);
    const auto account = group && group->accountId ? m_workspace->accounts()->byId(group->accountId) : std::nullopt;
    const auto info = account ? m_workspace->providers().info(account->provider) : std::nullopt;
    if (!group || group->remoteId.isEmpty() || !info || !info->can.audience.deleteGroups)
        return nullptr;
    auto *job = new Job(tr("Deleting “%1” at “%2”").arg(group->name, account->name), this);
    m_jobs->track(job);
    withProvider(job, account->id, Need::DeleteGroups, [this, job, g = *group](Provider *provider, const Account &a) {
        ProviderReply *deleted = provider->deleteGroup(g.remoteId);
        connect(deleted, &ProviderReply::finished, job, [this, job, deleted, g, a] {
            if (deleted->hasError())
                return job->finish(false, deleted->error().describe(a.name));
            if (!m_workspace->groups()->remove(g.id))
                return job->finish(false, m_workspace->groups()->lastError().message);
            job->finish(true, tr("“%1” was deleted at “%2” and here.").arg(g.name, a.name));
        });
    });
    return job;
}

} // namespace cm
