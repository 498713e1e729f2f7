#include "dispatcher.h"

#include "providers/provider.h"

#include "accountservice.h"
#include "composer.h"
#include "dispatchrun.h"
#include "job.h"
#include "models/accountstore.h"
#include "models/campaignstore.h"
#include "models/clock.h"
#include "models/dispatchstore.h"
#include "models/experiment.h"
#include "models/profile.h"
#include "models/templatestore.h"
#include "sendleasekeeper.h"
#include "workspace.h"

#include <QFutureWatcher>
#include <QLocale>
#include <QLoggingCategory>
#include <QtConcurrentRun>

namespace cm {

Q_LOGGING_CATEGORY(lcDispatch, "cm.app.dispatch")

Dispatcher::Dispatcher(Workspace *workspace, AccountService *accounts, JobTracker *jobs, QObject *parent)
    : QObject(parent)
    , m_workspace(workspace)
    , m_accounts(accounts)
    , m_jobs(jobs)
{ }

Job *Dispatcher::failLater(Job *job, const QString &problem)
{
    job->finish(false, problem); // emitted from the event loop, so the caller that is given the job can still connect
    return job;
}

Job *Dispatcher::send(qint64 campaignId)
{
    return startSend(campaignId, false);
}

Job *Dispatcher::handOver(qint64 campaignId)
{
    return startSend(campaignId, true);
}

Job *Dispatcher::startSend(qint64 campaignId, bool handOver)
{
    const auto campaign = m_workspace->campaigns()->byId(campaignId);
    auto *job = new Job((handOver ? tr("Handing “%1” to its provider") : tr("Sending “%1”"))
                                .arg(campaign ? campaign->name : QString()),
                        this);
    job->setUnit(tr("recipients"));
    m_jobs->track(job);
    const auto refuse = [job](const QString &problem) { return failLater(job, problem); };
    if (!campaign)
        return refuse(tr("That campaign no longer exists."));
    if (campaign->state == CampaignState::Sent || campaign->state == CampaignState::Cancelled)
        return refuse(tr("“%1” is %2; it is not sent again. Clone it to send it anew.")
                              .arg(campaign->name, campaignStateName(campaign->state).toLower()));
    if (isSending(campaignId))
        return refuse(tr("“%1” is being sent already.").arg(campaign->name));
    // An A/B test's campaign goes to the rest only once its winner is chosen (ExperimentService).
    if (const auto test = m_workspace->experiments()->byCampaign(campaignId); test && test->state != AbState::Decided)
        return refuse(test->state == AbState::Ready
                              ? tr("“%1” is an A/B test: sending it sends its variants first.").arg(campaign->name)
                              : tr("“%1” waits for its A/B test's winner; pick one to send it to the rest now.")
                                        .arg(campaign->name));
    const auto account = m_workspace->accounts()->byId(campaign->accountId);
    const auto tmpl = templateFor(m_workspace, *campaign);
    const auto info = account ? m_workspace->providers().info(account->provider) : std::nullopt;
    if (!account || !info)
        return refuse(tr("“%1” has no account to send with. Choose one.").arg(campaign->name));
    if (!tmpl)
        return refuse(tr("“%1” has no template. Choose one.").arg(campaign->name));
    if (!info->supports(campaign->channel))
        return refuse(tr("%1 cannot send %2; choose another account for “%3”.")
                              .arg(info->displayName, channelName(campaign->channel), campaign->name));
    if (!handOver && campaign->isHeldAtProvider() && campaign->scheduledAt > m_workspace->clock()->now())
        return refuse(tr("%1 holds “%2” until %3; reschedule it there to send it sooner.")
                              .arg(info->displayName, campaign->name,
                                   QLocale().toString(campaign->scheduledAt.toLocalTime(), QLocale::ShortFormat)));
    QDateTime heldUntil;
    if (handOver) {
        const QDateTime now = m_workspace->clock()->now();
        if (info->can.scheduling.holds.isEmpty() || !info->can.scheduling.cancels)
            return refuse(tr("%1 cannot hold a scheduled send; this app sends it at its time.").arg(info->displayName));
        if (!info->holdsSend(campaign->channel, campaign->options))
            return refuse(tr("%1 cannot hold this kind of send; this app sends “%2” at its time.")
                                  .arg(info->displayName, campaign->name));
        if (campaign->state != CampaignState::Scheduled || campaign->isHeldAtProvider())
            return refuse(
                    tr("Only a scheduled campaign not yet handed over can be handed to %1.").arg(info->displayName));
        if (campaign->scheduledAt < now.addSecs(120))
            return refuse(tr("“%1” is due in less than two minutes: send it now instead.").arg(campaign->name));
        if (campaign->hasWindow() && !info->can.scheduling.keepsWindows.contains(campaign->channel))
            return refuse(tr("%1 cannot keep “%2”'s quiet hours; this app sends it at its time instead.")
                                  .arg(info->displayName, campaign->name));
        heldUntil = campaign->scheduledAt;
    }
    // One sender per campaign, across processes and machines: another that holds it is said, and left alone.
    SendLease lease = SendLease::forThisProcess(campaignId);
    SendLease holder;
    if (DispatchStore leases(m_workspace->campaigns()); !leases.claimLease(lease, &holder)) {
        if (!holder.owner.isEmpty())
            job->setProperty("sent_by", holder.describe());
        return refuse(
                holder.owner.isEmpty()
                        ? leases.lastError().message
                        : tr("“%1” is being sent by %2; it was left alone.").arg(campaign->name, holder.describe()));
    }
    auto *keeper = new SendLeaseKeeper(m_workspace, job, lease);
    m_running.insert(campaignId, job);
    connect(job, &Job::finished, this, [this, campaignId, job] {
        if (m_running.value(campaignId) == job)
            m_running.remove(campaignId);
    });
    const bool whole = info->sendsWholeCampaign(campaign->channel);
    const int batchSize = whole ? INT_MAX : qBound(1, info->maxBatchSize, 1000); // whole: one request
    // Once the recipients are snapshotted: what a crash left in flight becomes unknown, then the batches go.
    auto start = [this, job, keeper, account = *account, campaign = *campaign, heldUntil] {
        DispatchStore store(m_workspace->campaigns());
        if (const int interrupted = store.markInterrupted(keeper->lease()); interrupted > 0)
            qCWarning(lcDispatch) << interrupted << "batch(es) of campaign" << campaign.id
                                  << "were in flight when the last send stopped; marked unknown";
        else if (interrupted < 0)
            return job->finish(false, store.lastError().message);
        const qint64 total = m_workspace->campaigns()->recipientCounts(campaign.id).value(RecipientState::Pending);
        if (campaign.resumeAt.isValid())
            m_workspace->campaigns()->setResumeAt(campaign.id, {});
        m_accounts->secretFor(account, job,
                              [this, job, keeper, account, campaign, total, heldUntil](bool ok, const QString &secret,
                                                                                       const QString &error) {
                                  if (!ok)
                                      return job->finish(false, error);
                                  Provider *provider = m_workspace->createProvider(account, secret, job);
                                  auto *run = new DispatchRun(m_workspace, job, keeper, provider, campaign, total,
                                                              heldUntil);
                                  run->next();
                              });
    };
    if (DispatchStore(m_workspace->campaigns()).hasSnapshot(campaign->id)) {
        QMetaObject::invokeMethod(job, start, Qt::QueuedConnection);
        return job;
    }
    // Before anything is snapshotted: a template or sender that cannot go out (a send already started keeps what
    // it snapshotted).
    QStringList problems = Composer::templateProblems(*tmpl) + Composer::wholeCampaignProblems(*tmpl, *info);
    if (const QString audience = Composer::audienceProblem(m_workspace, *campaign); !audience.isEmpty())
        problems.append(audience);
    if (campaign->channel == Channel::Email) {
        if (const QString sender = Composer::senderProblem(Channel::Email, campaign->sender); !sender.isEmpty())
            problems.append(sender);
    }
    if (!problems.isEmpty())
        return refuse(tr("“%1” cannot be sent yet: %2").arg(campaign->name, problems.join(QLatin1Char(' '))));
    // The snapshot (every contact read and rendered) on a worker thread with its own connection.
    m_workspace
            ->inBackground([workspace = m_workspace, campaign = *campaign, tmpl = *tmpl, batchSize, whole,
                            info = *info] {
                QString problem;
                QString audience;
                QList<Recipient> recipients;
                LocalTimePlan localTime; // at each recipient's local time: batches by release, each waiting for it
                {
                    const profile::Scope timed(profile::Part::Prepare);
                    recipients = prepare(workspace, campaign, tmpl, nullptr, whole, &audience, &localTime);
                }
                if (!audience.isEmpty()) {
                    problem = tr("“%1” cannot be sent yet: %2").arg(campaign.name, audience);
                } else if (const QString content = contentProblem(info, campaign, recipients); !content.isEmpty()) {
                    problem = tr("“%1” cannot be sent yet: %2").arg(campaign.name, content);
                } else if (recipients.isEmpty()) {
                    problem = tr("“%1” has nobody to send to: its group has no contact with an address for %2 "
                                 "that is not on "
                                 "the suppression list.")
                                      .arg(campaign.name, channelName(campaign.channel));
                } else {
                    // Written with this thread's connection; the workspace's store tells the views once it is
                    // committed.
                    CampaignStore campaigns(workspace->database(), workspace->campaigns());
                    DispatchStore store(&campaigns);
                    const profile::Scope timed(profile::Part::SnapshotWrite);
                    if (!store.snapshot(campaign.id, recipients, batchSize, localTime.releases))
                        problem = store.lastError().message;
                }
                return problem;
            })
            .then(job, [job, start](const QString &problem) {
                if (!problem.isEmpty())
                    return job->finish(false, problem);
                start();
            });
    return job;
}

bool Dispatcher::isSending(qint64 campaignId) const
{
    return !m_running.value(campaignId).isNull();
}

qint64 Dispatcher::retryFailed(qint64 campaignId)
{
    const auto campaign = m_workspace->campaigns()->byId(campaignId);
    const auto account = campaign ? m_workspace->accounts()->byId(campaign->accountId) : std::nullopt;
    const auto info = account ? m_workspace->providers().info(account->provider) : std::nullopt;
    DispatchStore store(m_workspace->campaigns());
    // A provider that sends whole campaigns takes the failed ones as one new campaign there, not one per 100.
    const int batchSize = !info                                       ? 100
            : campaign && info->sendsWholeCampaign(campaign->channel) ? INT_MAX
                                                                      : qBound(1, info->maxBatchSize, 1000);
    return store.retryFailed(campaignId, batchSize);
}

qint64 Dispatcher::resolveUnknown(qint64 campaignId, bool sent, QString *error)
{
    DispatchStore store(m_workspace->campaigns());
    const qint64 count = store.resolveUnknown(campaignId, sent);
    if (count < 0 && error)
        *error = store.lastError().message;
    return count;
}

} // namespace cm
