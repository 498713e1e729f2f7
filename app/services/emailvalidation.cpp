#include "groupsync.h"

#include "providers/provider.h"

#include "job.h"
#include "models/groupstore.h"
#include "models/suppressionstore.h"
#include "translations.h"
#include "workspace.h"

#include <QSet>
#include <QTimer>

namespace cm {

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
    withProvider(job, accountId, Need::Validation,
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

} // namespace cm
