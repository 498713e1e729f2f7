#include "dispatcher.h"

#include "providers/provider.h"

#include "accountservice.h"
#include "job.h"
#include "models/accountstore.h"
#include "models/campaignstore.h"
#include "models/clock.h"
#include "models/dispatchstore.h"
#include "models/experiment.h"
#include "workspace.h"

#include <QLocale>

#include <functional>
#include <memory>

// Sends a provider holds until their time (ProviderCapabilities::Scheduling): whether a campaign goes that way, its
// sending window in the provider's terms, and moving or cancelling it there.

namespace cm {

bool Dispatcher::handsOver(const Campaign &campaign) const
{
    // An A/B test's variants and winner, and a send at each recipient's local time, are this app's to pace.
    if (campaign.sendsAtLocalTime() || campaign.variantOf || m_workspace->experiments()->byCampaign(campaign.id))
        return false;
    const auto account = m_workspace->accounts()->byId(campaign.accountId);
    const auto info = account ? m_workspace->providers().info(account->provider) : std::nullopt;
    return info && info->holdsSend(campaign.channel, campaign.options)
            && account->settings.value(QStringLiteral("schedule_at_provider")).toBool(true)
            && (!campaign.hasWindow() || info->can.scheduling.keepsWindows.contains(campaign.channel));
}

QList<QPair<QTime, QTime>> Dispatcher::windowsUtc(const Campaign &campaign, const QDateTime &at)
{
    // The window in the campaign's zone, at the offset it has on the day of the send; one that crosses midnight in
    // UTC (or in its zone) becomes two.
    if (!campaign.hasWindow())
        return {};
    const int offsetMinutes = campaign.zone().offsetFromUtc(at) / 60;
    auto utcMinutes = [offsetMinutes](int local) { return ((local - offsetMinutes) % 1440 + 1440) % 1440; };
    const int from = utcMinutes(campaign.windowStart);
    const int to = utcMinutes(campaign.windowEnd);
    auto time = [](int minutes) { return QTime(minutes / 60, minutes % 60); };
    if (from < to)
        return {{time(from), time(to)}};
    QList<QPair<QTime, QTime>> windows;
    if (from < 1439)
        windows.append({time(from), QTime(23, 59)});
    if (to > 0)
        windows.append({QTime(0, 0), time(to)});
    return windows;
}

Job *Dispatcher::rescheduleHeld(qint64 campaignId, const QDateTime &utc)
{
    return changeHeld(campaignId, utc.isValid() ? utc : QDateTime::fromSecsSinceEpoch(0, Qt::UTC));
}

Job *Dispatcher::cancelHeld(qint64 campaignId)
{
    return changeHeld(campaignId, {});
}

QString Dispatcher::heldChangeProblem(const Campaign &campaign, bool cancel) const
{
    const auto account = m_workspace->accounts()->byId(campaign.accountId);
    const auto info = account ? m_workspace->providers().info(account->provider) : std::nullopt;
    if (!info)
        return {};
    if (cancel && !info->can.scheduling.cancels)
        return tr("%1 cannot cancel a send it holds.").arg(info->displayName);
    if (!cancel && !info->can.scheduling.moves)
        return tr("%1 cannot move a send it holds. Cancel “%2” and schedule a copy of it (Clone) for the new time.")
                .arg(info->displayName, campaign.name);
    return {};
}

Job *Dispatcher::changeHeld(qint64 campaignId, const QDateTime &utc)
{
    const bool cancel = !utc.isValid();
    const auto campaign = m_workspace->campaigns()->byId(campaignId);
    auto *job = new Job((cancel ? tr("Cancelling “%1” at its provider") : tr("Rescheduling “%1” at its provider"))
                                .arg(campaign ? campaign->name : QString()),
                        this);
    m_jobs->track(job);
    const auto refuse = [job](const QString &problem) { return failLater(job, problem); };
    if (!campaign || !campaign->isHeldAtProvider())
        return refuse(tr("No provider holds that campaign's send."));
    if (!cancel && utc < m_workspace->clock()->now().addSecs(120))
        return refuse(tr("Choose a time at least two minutes from now."));
    const auto account = m_workspace->accounts()->byId(campaign->accountId);
    if (!account)
        return refuse(tr("“%1” has no account to send with. Choose one.").arg(campaign->name));
    if (const QString problem = heldChangeProblem(*campaign, cancel); !problem.isEmpty())
        return refuse(problem);
    const QStringList remoteIds = DispatchStore(m_workspace->campaigns()).remoteIds(campaignId);
    m_accounts->secretFor(
            *account, job,
            [this, job, account = *account, campaign = *campaign, remoteIds, utc,
             cancel](bool ok, const QString &secret, const QString &error) {
                if (!ok)
                    return job->finish(false, error);
                Provider *provider = m_workspace->createProvider(account, secret, job);
                // One provider campaign after the other; the store changes only once the provider has done them all.
                auto step = std::make_shared<std::function<void(qsizetype)>>();
                std::weak_ptr<std::function<void(qsizetype)>> weak = step;
                connect(job, &QObject::destroyed, this, [step] {});
                *step = [this, job, provider, account, campaign, remoteIds, utc, cancel, weak](qsizetype index) {
                    if (index >= remoteIds.size()) {
                        CampaignStore *store = m_workspace->campaigns();
                        const bool stored
                                = cancel ? store->cancel(campaign.id, true) : store->schedule(campaign.id, utc, true);
                        if (!stored)
                            return job->finish(false, store->lastError().message);
                        return job->finish(
                                true,
                                cancel ? tr("“%1” was cancelled at %2; nothing of it is sent.")
                                                 .arg(campaign.name, provider->info().displayName)
                                       : tr("“%1” now goes on %2.")
                                                 .arg(campaign.name,
                                                      QLocale().toString(utc.toLocalTime(), QLocale::ShortFormat)));
                    }
                    ProviderReply *reply = cancel ? provider->cancelScheduled(remoteIds.at(index))
                                                  : provider->reschedule(remoteIds.at(index), utc);
                    connect(reply, &ProviderReply::finished, job, [job, reply, account, weak, index] {
                        if (reply->hasError())
                            return job->finish(false, reply->error().describe(account.name));
                        if (const auto next = weak.lock())
                            (*next)(index + 1);
                    });
                };
                (*step)(0);
            });
    return job;
}

} // namespace cm
