// The interface every messaging provider adapter implements, and the types its operations return.
//
// Operations are asynchronous and typed: each returns a Reply<T> around a ProviderReply that emits finished() once,
// on the thread of the provider, then deletes itself, holding a T or a ProviderError. A reply can be aborted; it then
// finishes with a Cancelled error. Adapters chain the requests of one operation with a Flow (http/flow.h).
#pragma once

#include "providertypes.h"

#include <QObject>
#include <QVariant>

#include <optional>

namespace cm {

class ProviderReply : public QObject
{
    Q_OBJECT
public:
    explicit ProviderReply(QObject *parent = nullptr);

    bool isFinished() const { return m_finished || m_aborting; } // an aborting reply takes no more answers
    bool hasError() const { return m_error.has_value(); }
    ProviderError error() const { return m_error.value_or(ProviderError {}); }
    QVariant result() const { return m_result; }

    void abort();

    // For adapters.
    void finishWith(const QVariant &result);
    void failWith(const ProviderError &error);
    void reportProgress(qint64 done, qint64 total);

signals:
    void progress(qint64 done, qint64 total);
    void finished();
    void aborting(); // adapters stop their work on this

private:
    void finish();

    bool m_finished = false;
    bool m_aborting = false;
    QVariant m_result;
    std::optional<ProviderError> m_error;
};

// A ProviderReply that can only finish with a T: adapters make one with make(this) and finish it with a T, callers
// read result() (a T) once it has finished without error. It converts to the ProviderReply it wraps, for connecting
// to its signals and for code that waits for any reply.
template<typename T> class Reply
{
public:
    Reply() = default;
    explicit Reply(ProviderReply *reply)
        : m_reply(reply)
    { }
    static Reply make(QObject *parent) { return Reply(new ProviderReply(parent)); }

    ProviderReply *get() const { return m_reply; }
    ProviderReply *operator->() const { return m_reply; }
    operator ProviderReply *() const { return m_reply; } // NOLINT(google-explicit-constructor): a handle

    // For adapters.
    void finish(const T &value) const { m_reply->finishWith(QVariant::fromValue(value)); }
    void fail(const ProviderError &error) const { m_reply->failWith(error); }

    // For callers, once finished without error.
    T result() const { return m_reply->result().template value<T>(); }

private:
    ProviderReply *m_reply = nullptr;
};

class Provider : public QObject
{
    Q_OBJECT
public:
    Provider(const Account &account, QObject *parent = nullptr);
    const Account &account() const { return m_account; }
    virtual ProviderInfo info() const = 0;

    virtual Reply<AccountStatus> verify() = 0;
    virtual Reply<SendResult> send(const SendRequest &request) = 0;
    virtual Reply<QList<RemoteGroup>> listGroups();
    virtual Reply<RemoteGroup> createGroup(const QString &name);
    virtual Reply<RemoteGroup> renameGroup(const QString &groupId, const QString &name);
    virtual Reply<bool> deleteGroup(const QString &groupId);
    virtual Reply<int> pushContacts(const QString &groupId, const QList<Contact> &contacts);
    virtual Reply<QList<Contact>> pullContacts(const QString &groupId);
    virtual Reply<bool> cancelScheduled(const QString &remoteCampaignId);
    virtual Reply<QList<DeliveryEvent>> fetchEvents(const QStringList &providerIds);
    // Of these messages (by our client keys) sent on `channel` since `since`, the keys of those the provider has a
    // record of (Reporting::findsSent). A key it does not list is not known to be unsent: it may not have it yet.
    virtual Reply<QStringList> findSent(Channel channel, const QStringList &clientKeys, const QDateTime &since);
    virtual Reply<CampaignStats> campaignStats(const QString &remoteCampaignId);
    virtual Reply<QList<OptOut>> optOuts(const QString &address = {});
    // Blocks, unblocks, unsubscribes or resubscribes a contact by address, at the provider.
    virtual Reply<bool> changeContact(const QString &address, ContactChange change);
    // Every event of a remote campaign (Reporting::events); events name their address where there is no message id.
    virtual Reply<QList<DeliveryEvent>> sendingEvents(const QString &remoteCampaignId);
    // A send the provider holds (ProviderCapabilities::Scheduling), moved to another time: how many messages moved.
    virtual Reply<int> reschedule(const QString &remoteCampaignId, const QDateTime &utc);
    // Templates stored at the provider (Audience::remoteTemplates), with our {{field}} placeholders both ways.
    virtual Reply<QList<RemoteTemplate>> listTemplates();
    virtual Reply<RemoteTemplate> getTemplate(const QString &id);
    virtual Reply<RemoteTemplate> saveTemplate(const RemoteTemplate &tmpl);
    virtual Reply<QString> previewTemplate(const QString &id);
    // Email validation (Extras::emailValidation): a job for these addresses, its progress, and its results once
    // finished.
    virtual Reply<EmailValidation> startEmailValidation(const QStringList &emails);
    virtual Reply<EmailValidation> emailValidation(const QString &id);
    // A spam filter's verdict on an email (Extras::spamCheck).
    virtual Reply<SpamVerdict> spamCheck(const QString &subject, const QString &html, const QString &text,
                                         const QString &from);

    // WhatsApp conversations (Extras::conversations): all of them, one with its messages, and a free-text reply within
    // its session.
    virtual Reply<QList<Conversation>> listConversations();
    virtual Reply<ConversationThread> conversation(const QString &from, const QString &to);
    virtual Reply<ConversationMessage> replyInConversation(const QString &from, const QString &to, const QString &text);

protected:
    // A reply that fails at once (queued) with Unsupported: what an operation the adapter does not offer returns.
    template<typename T> Reply<T> unsupported(const QString &operation)
    {
        return Reply<T>(unsupportedReply(operation));
    }

private:
    ProviderReply *unsupportedReply(const QString &operation);

private:
    Account m_account;
};

} // namespace cm
