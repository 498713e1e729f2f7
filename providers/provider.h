// The interface every messaging provider adapter implements, and the types its operations return.
//
// Operations are asynchronous: each returns a ProviderReply that emits finished() once, on the thread of the
// provider, then deletes itself. A reply can be aborted; it then finishes with a Cancelled error.
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

    bool isFinished() const { return m_finished; }
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
    QVariant m_result;
    std::optional<ProviderError> m_error;
};

class Provider : public QObject
{
    Q_OBJECT
public:
    Provider(const Account &account, QObject *parent = nullptr);
    const Account &account() const { return m_account; }
    virtual ProviderInfo info() const = 0;

    virtual ProviderReply *verify() = 0;                                             // → AccountStatus
    virtual ProviderReply *send(const SendRequest &request) = 0;                     // → SendResult
    virtual ProviderReply *listGroups();                                             // → QList<RemoteGroup>
    virtual ProviderReply *createGroup(const QString &name);                         // → RemoteGroup
    virtual ProviderReply *renameGroup(const QString &groupId, const QString &name); // → RemoteGroup (GroupRename)
    virtual ProviderReply *deleteGroup(const QString &groupId);                      // → bool (GroupDelete)
    virtual ProviderReply *pushContacts(const QString &groupId, const QList<Contact> &contacts); // → int accepted
    virtual ProviderReply *pullContacts(const QString &groupId);                                 // → QList<Contact>
    virtual ProviderReply *cancelScheduled(const QString &remoteCampaignId);                     // → bool
    virtual ProviderReply *fetchEvents(const QStringList &providerIds);                    // → QList<DeliveryEvent>
    virtual ProviderReply *campaignStats(const QString &remoteCampaignId);                 // → CampaignStats
    virtual ProviderReply *campaignSeries(const QString &remoteCampaignId, Period period); // → QList<StatBucket>
    virtual ProviderReply *listCampaigns();                                                // → QList<RemoteCampaign>
    virtual ProviderReply *optOuts(const QString &address = {});    // → QList<OptOut>, all or those of one address
    virtual ProviderReply *overrideOptOut(const QString &optOutId); // → OptOut
    // A new remote group made from a CSV file (columns as the provider documents them).
    virtual ProviderReply *uploadGroupCsv(const QString &name, const QByteArray &csv);      // → RemoteGroup
    virtual ProviderReply *groupDetails(const QString &groupId);                            // → RemoteGroup
    virtual ProviderReply *getContact(const QString &groupId, const QString &contactId);    // → Contact
    virtual ProviderReply *updateContact(const QString &groupId, const Contact &contact);   // → Contact (by remoteId)
    virtual ProviderReply *deleteContact(const QString &groupId, const QString &contactId); // → bool
    // Blocks, unblocks, unsubscribes or resubscribes a contact by address, at the provider.
    virtual ProviderReply *changeContact(const QString &address, ContactChange change); // → bool
    // Every event of a remote campaign (EventExport); events name their address where there is no message id.
    virtual ProviderReply *sendingEvents(const QString &remoteCampaignId); // → QList<DeliveryEvent>
    // The messages of a remote campaign the provider holds for later (id, recipient as name, time), and moving them.
    virtual ProviderReply *listScheduled(const QString &remoteCampaignId); // → QList<RemoteCampaign>
    virtual ProviderReply *reschedule(const QString &remoteCampaignId, const QDateTime &utc); // → int moved
    // Templates stored at the provider (RemoteTemplates), with our {{field}} placeholders both ways.
    virtual ProviderReply *listTemplates();                          // → QList<RemoteTemplate>
    virtual ProviderReply *getTemplate(const QString &id);           // → RemoteTemplate, with its html
    virtual ProviderReply *saveTemplate(const RemoteTemplate &tmpl); // → RemoteTemplate; a new one without id
    virtual ProviderReply *deleteTemplate(const QString &id);        // → bool
    virtual ProviderReply *previewTemplate(const QString &id);       // → QString (HTML)
    // Email validation (EmailValidation): a job for these addresses, its progress, and its results once finished.
    virtual ProviderReply *startEmailValidation(const QStringList &emails); // → EmailValidation
    virtual ProviderReply *emailValidation(const QString &id);              // → EmailValidation, results when done
    // A spam filter's verdict on an email (SpamCheck): QVariantMap {"score": double, "tests": QStringList}.
    virtual ProviderReply *spamCheck(const QString &subject, const QString &html, const QString &text,
                                     const QString &from);

    // WhatsApp conversations (Conversations): all of them, one with its messages, and a free-text reply within its
    // session.
    virtual ProviderReply *listConversations();                                  // → QList<Conversation>
    virtual ProviderReply *conversation(const QString &from, const QString &to); // → ConversationThread
    virtual ProviderReply *replyInConversation(const QString &from, const QString &to,
                                               const QString &text); // → ConversationMessage

protected:
    ProviderReply *unsupported(const QString &operation);

private:
    Account m_account;
};

} // namespace cm
