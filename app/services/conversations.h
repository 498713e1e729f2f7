// WhatsApp conversations at an account's provider (Capability::Conversations): the list, one conversation with its
// messages, and a free-text reply while the conversation's 24-hour session is active.
#pragma once

#include "providers/providertypes.h"

#include <QObject>

#include <functional>

namespace cm {

class AccountService;
class Provider;
class ProviderReply;
class Job;
class JobTracker;
class Workspace;

class ConversationService : public QObject
{
    Q_OBJECT
public:
    ConversationService(Workspace *workspace, AccountService *accounts, JobTracker *jobs, QObject *parent = nullptr);

    // Each job's result is in a property once it has succeeded: "conversations" (QList<Conversation>), "thread"
    // (ConversationThread), "message" (ConversationMessage).
    Job *list(qint64 accountId);
    Job *open(qint64 accountId, const QString &from, const QString &to);
    // Refused without asking the provider when the text is empty; the provider refuses it outside the session.
    Job *reply(qint64 accountId, const QString &from, const QString &to, const QString &text);

private:
    using Work = std::function<ProviderReply *(Provider *provider)>;
    Job *run(const QString &title, qint64 accountId, const char *property, Work work);

    Workspace *m_workspace;
    AccountService *m_accounts;
    JobTracker *m_jobs;
};

} // namespace cm
