#include "conversations.h"

#include "providers/provider.h"

#include "accountservice.h"
#include "job.h"
#include "models/accountstore.h"
#include "workspace.h"

namespace cm {

ConversationService::ConversationService(Workspace *workspace, AccountService *accounts, JobTracker *jobs,
                                         QObject *parent)
    : QObject(parent)
    , m_workspace(workspace)
    , m_accounts(accounts)
    , m_jobs(jobs)
{ }

Job *ConversationService::list(qint64 accountId)
{
    return run(tr("Reading the WhatsApp conversations"), accountId, "conversations",
               [](Provider *provider) { return provider->listConversations(); });
}

Job *ConversationService::open(qint64 accountId, const QString &from, const QString &to)
{
    return run(tr("Reading the WhatsApp conversation with %1").arg(to), accountId, "thread",
               [from, to](Provider *provider) { return provider->conversation(from, to); });
}

Job *ConversationService::reply(qint64 accountId, const QString &from, const QString &to, const QString &text)
{
    if (text.trimmed().isEmpty()) {
        auto *job = new Job(tr("Answering %1 on WhatsApp").arg(to), this);
        m_jobs->track(job);
        QMetaObject::invokeMethod(
                job, [job] { job->finish(false, tr("Write the answer first.")); }, Qt::QueuedConnection);
        return job;
    }
    return run(tr("Answering %1 on WhatsApp").arg(to), accountId, "message", [from, to, text](Provider *provider) {
        return provider->replyInConversation(from, to, text.trimmed());
    });
}

Job *ConversationService::run(const QString &title, qint64 accountId, const char *property, Work work)
{
    auto *job = new Job(title, this);
    m_jobs->track(job);
    const auto account = m_workspace->accounts()->byId(accountId);
    const auto info = account ? m_workspace->providers().info(account->provider) : std::nullopt;
    QString problem;
    if (!account)
        problem = tr("That account no longer exists.");
    else if (!info || !info->can.extras.conversations)
        problem = tr("“%1” has no WhatsApp conversations; choose an account of %2.")
                          .arg(account->name, m_workspace->providers().namesWith([](const ProviderCapabilities &c) {
                              return c.extras.conversations;
                          }));
    if (!problem.isEmpty()) {
        QMetaObject::invokeMethod(
                job, [job, problem] { job->finish(false, problem); }, Qt::QueuedConnection);
        return job;
    }
    m_accounts->secretFor(
            *account, job,
            [this, job, account = *account, property, work](bool ok, const QString &secret, const QString &error) {
                if (!ok)
                    return job->finish(false, error);
                ProviderReply *reply = work(m_workspace->createProvider(account, secret, job));
                connect(job, &Job::cancelRequested, reply, &ProviderReply::abort);
                connect(reply, &ProviderReply::finished, job, [job, reply, account, property] {
                    if (reply->hasError())
                        return job->finish(false, reply->error().describe(account.name));
                    job->setProperty(property, reply->result());
                    job->finish(true, {});
                });
            });
    return job;
}

} // namespace cm
