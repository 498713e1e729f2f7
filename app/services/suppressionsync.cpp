#include "groupsync.h"

#include "providers/provider.h"

#include "job.h"
#include "models/accountstore.h"
#include "models/clock.h"
#include "models/suppressionstore.h"
#include "workspace.h"

#include <QSet>

#include <functional>
#include <memory>

namespace cm {

Job *GroupSyncService::syncSuppressions(qint64 accountId)
{
    const auto account = m_workspace->accounts()->byId(accountId);
    auto *job = new Job(tr("Syncing the suppression list with “%1”").arg(account ? account->name : QString()), this);
    m_jobs->track(job);
    withProvider(job, accountId, Need::OptOuts, [this, job](Provider *provider, const Account &account) {
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
            const bool keepsCallList = info && info->can.audience.optOutLists.contains(Channel::Voice);
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

} // namespace cm
