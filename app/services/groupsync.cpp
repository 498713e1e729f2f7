#include "groupsync.h"

#include "accountservice.h"
#include "job.h"
#include "models/accountstore.h"
#include "models/clock.h"
#include "models/groupstore.h"
#include "models/suppressionstore.h"
#include "models/templatestore.h"
#include "translations.h"
#include "workspace.h"

#include <QLoggingCategory>
#include <QPointer>
#include <QTimer>

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
        const Capabilities caps = m_provider->info().capabilities;
        auto create = [this, mayCreate, caps, then] {
            if (!mayCreate || !caps.testFlag(Capability::GroupCreate))
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
        if (!caps.testFlag(Capability::GroupSync))
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

void GroupSyncService::withProvider(Job *job, qint64 accountId, Capability needed,
                                    std::function<void(Provider *, const Account &)> work)
{
    const auto account = m_workspace->accounts()->byId(accountId);
    const auto info = account ? m_workspace->providers().info(account->provider) : std::nullopt;
    QString problem;
    if (!account)
        problem = tr("That account no longer exists.");
    else if (!info)
        problem = tr("“%1” uses a provider this version does not know.").arg(account->name);
    else if (!info->capabilities.testFlag(needed))
        problem = needed == Capability::OptOutList
                ? tr("%1 keeps no opt-out list, so “%2” has none to sync.").arg(info->displayName, account->name)
                : needed == Capability::RemoteTemplates
                ? tr("%1 keeps no templates, so “%2” has none to exchange.").arg(info->displayName, account->name)
                : needed == Capability::EmailValidation
                ? tr("%1 does not check email addresses; choose a 360NRS account.").arg(info->displayName)
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
                              work(m_workspace->providers().create(account, secret, job), account);
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
    withProvider(job, accountId, push ? Capability::ContactPush : Capability::ContactPull,
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
    withProvider(job, accountId, Capability::GroupSync, [job](Provider *p, const Account &a) {
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
    withProvider(job, accountId, Capability::GroupCreate, [this, job, name](Provider *p, const Account &a) {
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

Job *GroupSyncService::syncSuppressions(qint64 accountId)
{
    const auto account = m_workspace->accounts()->byId(accountId);
    auto *job = new Job(tr("Syncing the suppression list with “%1”").arg(account ? account->name : QString()), this);
    m_jobs->track(job);
    withProvider(job, accountId, Capability::OptOutList, [this, job](Provider *provider, const Account &account) {
        ProviderReply *listed = provider->optOuts();
        connect(job, &Job::cancelRequested, listed, &ProviderReply::abort);
        connect(listed, &ProviderReply::finished, job, [this, job, provider, listed, account] {
            if (listed->hasError())
                return job->finish(false, listed->error().describe(account.name));
            // Theirs, here. Entries are told apart by channel where the provider keeps one list for calls
            // (360NRS's voice blacklist); otherwise by address.
            const auto key = [](const QString &channel, const QString &address) -> QString {
                return (channel == QLatin1String("voice") ? QStringLiteral("voice:") : QString()) + address.toLower();
            };
            QSet<QString> atProvider;
            QList<Suppression> incoming;
            for (const OptOut &o : listed->result().value<QList<OptOut>>()) {
                if (!o.active || o.address.isEmpty())
                    continue;
                atProvider.insert(key(o.channel, o.address));
                Suppression s;
                s.channel = o.channel.isEmpty() ? Suppression::channelOf(o.address) : o.channel;
                s.address = o.address.contains(QLatin1Char('@')) ? o.address.toLower() : o.address;
                s.reason = QStringLiteral("opt_out");
                s.source = tr("opt-out list of %1").arg(account.name);
                s.createdAt = o.at.isValid() ? o.at : m_workspace->clock()->now();
                incoming.append(s);
            }
            SuppressionStore *store = m_workspace->suppressions();
            const qint64 added = store->add(incoming);
            if (added < 0)
                return job->finish(false, store->lastError().message);
            // Ours, there: one request each (no provider has a bulk call for it), cancellable. A number kept from
            // calls ("voice", or "all") goes to the provider's list for calls where it has one.
            const auto info = m_workspace->providers().info(account.provider);
            const bool keepsCallList = info && info->capabilities.testFlag(Capability::SendVoice);
            QList<QPair<QString, ContactChange>> outgoing;
            for (const Suppression &s : store->list()) {
                const bool phone = !s.address.contains(QLatin1Char('@'));
                if (s.channel != QLatin1String("voice") && !atProvider.contains(key({}, s.address))) {
                    atProvider.insert(key({}, s.address)); // each address once, whatever its channel entries
                    outgoing.append({s.address, ContactChange::Block});
                }
                if (keepsCallList && phone && s.channel != QLatin1String("sms") && s.channel != QLatin1String("email")
                    && !atProvider.contains(key(QStringLiteral("voice"), s.address))) {
                    atProvider.insert(key(QStringLiteral("voice"), s.address));
                    outgoing.append({s.address, ContactChange::BlockCalls});
                }
            }
            auto step = std::make_shared<std::function<void(qsizetype, qint64)>>();
            std::weak_ptr<std::function<void(qsizetype, qint64)>> weak = step;
            connect(job, &QObject::destroyed, this, [step] {});
            *step = [job, provider, account, outgoing, added, weak](qsizetype index, qint64 pushed) {
                const auto summary = [&]() -> QString {
                    return tr("%n new from %1's opt-out list", nullptr, int(added)).arg(account.name)
                            + QStringLiteral("; ") + tr("%n sent to %1.", nullptr, int(pushed)).arg(account.name);
                };
                if (index >= outgoing.size())
                    return job->finish(true, summary());
                if (job->isCancelled())
                    return job->finish(false, tr("Stopped: ") + summary());
                ProviderReply *change = provider->changeContact(outgoing.at(index).first, outgoing.at(index).second);
                connect(change, &ProviderReply::finished, job,
                        [job, change, account, outgoing, added, weak, index, pushed] {
                            if (change->hasError() && change->error().kind == ProviderError::Kind::Unsupported)
                                return job->finish(true,
                                                   tr("%n new from %1's opt-out list; it takes none from here.",
                                                      nullptr, int(added))
                                                           .arg(account.name));
                            if (change->hasError())
                                return job->finish(false, change->error().describe(account.name));
                            job->setProgress(index + 1, outgoing.size());
                            if (const auto next = weak.lock())
                                (*next)(index + 1, pushed + 1);
                        });
            };
            (*step)(0, 0);
        });
    });
    return job;
}

Job *GroupSyncService::pushTemplate(qint64 templateId, qint64 accountId)
{
    const auto tmpl = m_workspace->templates()->byId(templateId);
    const auto account = m_workspace->accounts()->byId(accountId);
    auto *job = new Job(tr("Sending the template “%1” to “%2”")
                                .arg(tmpl ? tmpl->name : QString(), account ? account->name : QString()),
                        this);
    m_jobs->track(job);
    if (!tmpl || tmpl->channel != Channel::Email) {
        const QString problem = tmpl ? tr("Only email templates can be kept at a provider: they are HTML there.")
                                     : tr("That template no longer exists.");
        job->finish(false, problem); // finished() is emitted from the event loop, once the caller has connected
        return job;
    }
    withProvider(job, accountId, Capability::RemoteTemplates,
                 [job, t = *tmpl](Provider *provider, const Account &account) {
                     ProviderReply *listed = provider->listTemplates();
                     connect(listed, &ProviderReply::finished, job, [job, provider, listed, t, account] {
                         if (listed->hasError())
                             return job->finish(false, listed->error().describe(account.name));
                         RemoteTemplate remote {{}, t.name, t.body, {}};
                         for (const RemoteTemplate &r : listed->result().value<QList<RemoteTemplate>>()) {
                             if (r.name == t.name && (remote.id.isEmpty() || r.id.startsWith(QLatin1String("v2:"))))
                                 remote.id = r.id; // the same name: replaced, the current store preferred
                         }
                         const bool replacing = !remote.id.isEmpty();
                         ProviderReply *saved = provider->saveTemplate(remote);
                         connect(saved, &ProviderReply::finished, job, [job, saved, t, account, replacing] {
                             if (saved->hasError())
                                 return job->finish(false, saved->error().describe(account.name));
                             const RemoteTemplate r = saved->result().value<RemoteTemplate>();
                             job->setProperty("remote_id", r.id);
                             job->finish(true,
                                         (replacing ? tr("“%1” replaced template %2 of “%3”.")
                                                    : tr("“%1” is now template %2 of “%3”."))
                                                 .arg(t.name, r.id, account.name));
                         });
                     });
                 });
    return job;
}

Job *GroupSyncService::pullTemplates(qint64 accountId)
{
    const auto account = m_workspace->accounts()->byId(accountId);
    auto *job = new Job(tr("Bringing in the templates of “%1”").arg(account ? account->name : QString()), this);
    m_jobs->track(job);
    withProvider(job, accountId, Capability::RemoteTemplates, [this, job](Provider *provider, const Account &account) {
        ProviderReply *listed = provider->listTemplates();
        connect(listed, &ProviderReply::finished, job, [this, job, provider, listed, account] {
            if (listed->hasError())
                return job->finish(false, listed->error().describe(account.name));
            const QList<RemoteTemplate> all = listed->result().value<QList<RemoteTemplate>>();
            // One at a time with its html (a listing may leave it out), saved as it comes.
            auto step = std::make_shared<std::function<void(qsizetype, int, int)>>();
            std::weak_ptr<std::function<void(qsizetype, int, int)>> weak = step;
            connect(job, &QObject::destroyed, this, [step] {});
            *step = [this, job, provider, account, all, weak](qsizetype index, int added, int updated) {
                if (index >= all.size())
                    return job->finish(true,
                                       tr("From “%1”: %n template(s) added", nullptr, added).arg(account.name)
                                               + QStringLiteral(", ") + tr("%n updated.", nullptr, updated));
                if (job->isCancelled())
                    return job->finish(false, tr("Stopped after %n template(s).", nullptr, int(index)));
                ProviderReply *got = provider->getTemplate(all.at(index).id);
                connect(got, &ProviderReply::finished, job, [this, job, got, account, weak, index, added, updated] {
                    if (got->hasError())
                        return job->finish(false, got->error().describe(account.name));
                    const RemoteTemplate r = got->result().value<RemoteTemplate>();
                    TemplateStore *store = m_workspace->templates();
                    Template t = store->byName(r.name).value_or(Template {});
                    const bool known = t.id != 0 && t.channel == Channel::Email;
                    if (t.id != 0 && !known)
                        t = Template {}; // an SMS template of that name stays; this one gets the provider's id as name
                    if (t.id == 0) {
                        t.name = store->byName(r.name) ? QStringLiteral("%1 (%2)").arg(r.name, r.id) : r.name;
                        t.channel = Channel::Email;
                        t.subject = r.name;
                    }
                    t.body = r.html;
                    if (!(known ? store->update(t) : store->add(t)))
                        return job->finish(false, store->lastError().message);
                    job->setProgress(index + 1, 0);
                    if (const auto next = weak.lock())
                        (*next)(index + 1, added + (known ? 0 : 1), updated + (known ? 1 : 0));
                });
            };
            (*step)(0, 0, 0);
        });
    });
    return job;
}

Job *GroupSyncService::validateEmails(qint64 groupId, qint64 accountId, int pollMs)
{
    const auto group = m_workspace->groups()->byId(groupId);
    auto *job = new Job(tr("Checking the email addresses of “%1”").arg(group ? group->name : QString()), this);
    m_jobs->track(job);
    QStringList emails;
    if (group) {
        QSet<QString> seen;
        for (const Contact &c : m_workspace->groups()->allContacts(groupId)) {
            if (!c.email.isEmpty() && !seen.contains(c.email)) {
                seen.insert(c.email);
                emails.append(c.email);
            }
        }
    }
    if (emails.isEmpty()) {
        const QString problem = group ? tr("“%1” has no email addresses to check.").arg(group->name)
                                      : tr("That group no longer exists.");
        job->finish(false, problem); // finished() is emitted from the event loop, once the caller has connected
        return job;
    }
    withProvider(job, accountId, Capability::EmailValidation,
                 [this, job, emails, pollMs](Provider *provider, const Account &account) {
                     ProviderReply *started = provider->startEmailValidation(emails);
                     connect(started, &ProviderReply::finished, job, [this, job, provider, started, account, pollMs] {
                         if (started->hasError())
                             return job->finish(false, started->error().describe(account.name));
                         pollValidation(job, provider, account, started->result().value<EmailValidation>().id, pollMs);
                     });
                 });
    return job;
}

void GroupSyncService::pollValidation(Job *job, Provider *provider, const Account &account, const QString &id,
                                      int pollMs)
{
    if (job->isCancelled())
        return job->finish(false, tr("Stopped waiting; the check goes on at %1 (job %2).").arg(account.name, id));
    ProviderReply *polled = provider->emailValidation(id);
    connect(polled, &ProviderReply::finished, job, [this, job, provider, polled, account, id, pollMs] {
        if (polled->hasError())
            return job->finish(false, polled->error().describe(account.name));
        const EmailValidation v = polled->result().value<EmailValidation>();
        if (!v.isDone()) {
            job->setProgress(v.processed, v.total);
            QTimer::singleShot(pollMs, job, [this, job, provider, account, id, pollMs] {
                pollValidation(job, provider, account, id, pollMs);
            });
            return;
        }
        if (v.status != QLatin1String("finished"))
            return job->finish(false, tr("%1 could not check the addresses (job %2).").arg(account.name, id));
        QList<Suppression> undeliverable;
        qint64 deliverable = 0, risky = 0;
        for (auto it = v.results.cbegin(); it != v.results.cend(); ++it) {
            if (it.value() == QLatin1String("deliverable")) {
                ++deliverable;
            } else if (it.value() == QLatin1String("risky")) {
                ++risky;
            } else if (it.value() == QLatin1String("undeliverable")) {
                Suppression s;
                s.channel = QStringLiteral("email");
                s.address = it.key();
                s.reason = QStringLiteral("bounce");
                s.source = tr("email check by %1").arg(account.name);
                undeliverable.append(s);
            }
        }
        SuppressionStore *store = m_workspace->suppressions();
        if (store->add(undeliverable) < 0)
            return job->finish(false, store->lastError().message);
        job->setProperty("deliverable", deliverable);
        job->setProperty("risky", risky);
        job->setProperty("undeliverable", qint64(undeliverable.size()));
        job->finish(true,
                    tr("%1 checked %n address(es)", nullptr, int(v.results.size())).arg(account.name)
                            + QStringLiteral(": ")
                            + tr("%1 deliverable, %2 risky (%3 blocks those), %4 undeliverable (now on the "
                                 "suppression list); it cost %5.")
                                      .arg(deliverable)
                                      .arg(risky)
                                      .arg(account.name)
                                      .arg(undeliverable.size())
                                      .arg(formatMoney(v.cost, v.currency)));
    });
}

void GroupSyncService::remoteTemplates(qint64 accountId, QObject *context, TemplatesReady ready)
{
    auto *job = new Job(tr("Reading the templates at the provider"), this);
    m_jobs->track(job);
    connect(job, &Job::finished, context, [job, ready](bool ok, const QString &message) {
        ready(ok, message, job->property("templates").value<QList<RemoteTemplate>>());
    });
    withProvider(job, accountId, Capability::RemoteTemplates, [job](Provider *provider, const Account &account) {
        ProviderReply *listed = provider->listTemplates();
        connect(listed, &ProviderReply::finished, job, [job, listed, account] {
            if (listed->hasError())
                return job->finish(false, listed->error().describe(account.name));
            job->setProperty("templates", listed->result());
            job->finish(true, {});
        });
    });
}

void GroupSyncService::remotePreview(qint64 accountId, const QString &remoteId, QObject *context, PreviewReady ready)
{
    auto *job = new Job(tr("Reading the template's preview at the provider"), this);
    m_jobs->track(job);
    connect(job, &Job::finished, context, [job, ready](bool ok, const QString &message) {
        ready(ok, ok ? job->property("html").toString() : message);
    });
    withProvider(job, accountId, Capability::RemoteTemplates,
                 [job, remoteId](Provider *provider, const Account &account) {
                     ProviderReply *preview = provider->previewTemplate(remoteId);
                     connect(preview, &ProviderReply::finished, job, [job, preview, account] {
                         if (preview->hasError())
                             return job->finish(false, preview->error().describe(account.name));
                         job->setProperty("html", preview->result());
                         job->finish(true, {});
                     });
                 });
}

Job *GroupSyncService::renameLinked(qint64 groupId)
{
    const auto group = m_workspace->groups()->byId(groupId);
    const auto account = group && group->accountId ? m_workspace->accounts()->byId(group->accountId) : std::nullopt;
    const auto info = account ? m_workspace->providers().info(account->provider) : std::nullopt;
    if (!group || group->remoteId.isEmpty() || !info || !info->capabilities.testFlag(Capability::GroupRename))
        return nullptr;
    auto *job = new Job(tr("Renaming “%1” at “%2”").arg(group->name, account->name), this);
    m_jobs->track(job);
    withProvider(job, account->id, Capability::GroupRename, [job, g = *group](Provider *provider, const Account &a) {
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
    if (!group || group->remoteId.isEmpty() || !info || !info->capabilities.testFlag(Capability::GroupDelete))
        return nullptr;
    auto *job = new Job(tr("Deleting “%1” at “%2”").arg(group->name, account->name), this);
    m_jobs->track(job);
    withProvider(job, account->id, Capability::GroupDelete,
                 [this, job, g = *group](Provider *provider, const Account &a) {
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
