// Dispatcher::reconcile: recipients a lost answer left unknown, looked up at the provider by the key each was sent
// with. Those it has are accepted; the rest stay unknown (a provider without a record may not have it yet), for the
// user to ask again or resolve.
#include "dispatcher.h"

#include "providers/provider.h"

#include "accountservice.h"
#include "job.h"
#include "models/accountstore.h"
#include "models/campaignstore.h"
#include "models/dispatchstore.h"
#include "workspace.h"

namespace cm {

QString Dispatcher::reconcileProblem(Workspace *workspace, const Campaign &campaign)
{
    const auto account = workspace->accounts()->byId(campaign.accountId);
    const auto info = account ? workspace->providers().info(account->provider) : std::nullopt;
    if (!info)
        return tr("“%1” has no account to ask.").arg(campaign.name);
    if (!info->can.reporting.findsSent.contains(campaign.channel))
        return tr("%1 cannot say which messages of a send it has; check in its panel, then resolve the unknown "
                  "recipients yourself.")
                .arg(info->displayName);
    return {};
}

Job *Dispatcher::reconcile(qint64 campaignId)
{
    const auto campaign = m_workspace->campaigns()->byId(campaignId);
    auto *job = new Job(tr("Asking the provider about “%1”").arg(campaign ? campaign->name : QString()), this);
    m_jobs->track(job);
    if (!campaign)
        return failLater(job, tr("That campaign no longer exists."));
    if (const QString problem = reconcileProblem(m_workspace, *campaign); !problem.isEmpty())
        return failLater(job, problem);
    const QStringList keys = m_workspace->campaigns()->unknownClientKeys(campaignId);
    if (keys.isEmpty()) {
        job->setProperty("found", 0);
        QMetaObject::invokeMethod(
                job, [job] { job->finish(true, tr("No recipient is unknown: there is nothing to ask.")); },
                Qt::QueuedConnection);
        return job;
    }
    const Account account = *m_workspace->accounts()->byId(campaign->accountId);
    // Reports cover the send from when it started, with a day before for clocks and zones that disagree.
    const QDateTime since = (campaign->startedAt.isValid() ? campaign->startedAt : campaign->createdAt).addDays(-1);
    m_accounts->secretFor(
            account, job,
            [this, job, account, campaign = *campaign, keys, since](bool ok, const QString &secret,
                                                                    const QString &error) {
                if (!ok)
                    return job->finish(false, error);
                Provider *provider = m_workspace->createProvider(account, secret, job);
                const Reply<QStringList> reply = provider->findSent(campaign.channel, keys, since);
                connect(job, &Job::cancelRequested, reply, &ProviderReply::abort);
                connect(reply, &ProviderReply::finished, job, [this, job, reply, provider, campaign, keys] {
                    const QString name = provider->info().displayName;
                    if (reply->hasError())
                        return job->finish(false, reply->error().describe(provider->account().name));
                    const QStringList found = reply.result();
                    DispatchStore store(m_workspace->campaigns());
                    const qint64 changed = found.isEmpty()
                            ? 0
                            : store.resolveUnknown(campaign.id, true, tr("Found at %1 when asked.").arg(name), found);
                    if (changed < 0)
                        return job->finish(false, store.lastError().message);
                    job->setProperty("found", changed);
                    job->setProperty("unknown", keys.size() - changed);
                    job->finish(true,
                                tr("%1 has %2 of the %3 unknown recipients of “%4”: they are accepted now. %5 stay "
                                   "unknown (%1 has no record of them yet); ask again later, or resolve them "
                                   "yourself.")
                                        .arg(name)
                                        .arg(changed)
                                        .arg(keys.size())
                                        .arg(campaign.name)
                                        .arg(keys.size() - changed));
                });
            });
    return job;
}

} // namespace cm
