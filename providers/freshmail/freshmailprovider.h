// FreshMail REST API v1 (../shared/providers/freshmail.md): every request signed with sha1(key + path + the exact
// body bytes + secret) in the HTTP client's auth hook; lists and subscribers (*Multiple in chunks of 100); the
// account's block list; email campaigns sent whole to a list of their own (created, filled, created as a campaign and
// sent now or at a time in the provider's zone); test copies and SMS one message per request, never retried; the
// campaign report and the SMS delivery report. Errors are read from the JSON "status", whatever the HTTP status.
#pragma once

#include "freshmailparse.h"
#include "freshmailrequests.h"
#include "providers/http/flow.h"
#include "providers/provider.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTimeZone>

#include <memory>

class QNetworkAccessManager;

namespace cm {

class Clock;

class FreshMailProvider : public Provider
{
    Q_OBJECT
public:
    // Account: user = the 32-character API key, secret = the 40-character API secret, base URL = the origin
    // (https://api.freshmail.com). Settings (optional): "providerTimeZone" (Europe/Warsaw), "from_name", "reply_to",
    // "unsubscribe_url" (the page {{unsubscribe_url}} links to: FreshMail documents no tag of its own),
    // "resign_url" (where people land after unsubscribing), "sms_from" (a registered sender name; ECO without),
    // "report_days" (30: how far back the SMS report looks), "timeout_ms".
    FreshMailProvider(const Account &account, const QString &apiSecret, const ProviderContext &context,
                      QObject *parent = nullptr);

    static ProviderInfo providerInfo();
    ProviderInfo info() const override { return providerInfo(); }

    Reply<AccountStatus> verify() override; // GET /rest/ping
    // Email: a list of the campaign's own, its recipients added (state 1, no confirmation mail), a campaign made for
    // it and sent (at scheduledAt, in the provider's zone). A test goes as transactional mail (/rest/mail), one per
    // address. SMS: one /rest/sms per message with our key as messageId.
    Reply<SendResult> send(const SendRequest &request) override;
    Reply<QList<RemoteGroup>> listGroups() override;
    Reply<RemoteGroup> createGroup(const QString &name) override;
    Reply<RemoteGroup> renameGroup(const QString &groupId, const QString &name) override;
    // Found first with getMultiple: new addresses are added (state 1, no confirmation mail), known ones get their
    // fields edited and keep their state, so nobody who left a list is put back on it.
    Reply<int> pushContacts(const QString &groupId, const QList<Contact> &contacts) override;
    Reply<QList<OptOut>> optOuts(const QString &address = {}) override; // none: the block list cannot be read (§4.3)
    Reply<bool> changeContact(const QString &address, ContactChange change) override; // addBlocks/removeBlocks
    Reply<bool> cancelScheduled(const QString &campaignHash) override;                // campaigns/delete (§4.5)
    Reply<CampaignStats> campaignStats(const QString &campaignHash) override;         // reports/campaign
    // SMS only: sms/reports since then, matched on the messageId each went with (§9).
    Reply<QStringList> findSent(Channel channel, const QStringList &clientKeys, const QDateTime &since) override;
    Reply<QList<DeliveryEvent>> fetchEvents(const QStringList &messageIds) override; // sms/reports, 1000 a page
    // POST /rest/spam_test/check.
    Reply<SpamVerdict> spamCheck(const QString &subject, const QString &html, const QString &text,
                                 const QString &from) override;
    // /rest/subscriber/getHistory: the events of one address (delivery, bounce, opens and clicks).
    Reply<QList<DeliveryEvent>> history(const QString &listHash, const QString &email);

    // Lists and their custom fields (§4.4): a list deleted; its fields (QVariantMaps {hash, name, tag, type}); one
    // added (→ its tag; type 0 text, 1 number).
    Reply<bool> deleteList(const QString &listHash);
    Reply<bool> deleteGroup(const QString &listHash) override { return deleteList(listHash); }
    Reply<QVariantList> listFields(const QString &listHash);
    Reply<QString> addField(const QString &listHash, const QString &name, const QString &tag, int type);
    // One subscriber's fields (by tag) and, where given (> 0), state (§4.2 subscriber/edit).
    Reply<bool> editSubscriber(const QString &listHash, const QString &email, const QVariantMap &fields, int state = 0);
    // One field set to one value for a whole list (§4.3): FreshMail does it later and POSTs the outcome to
    // `callbackUrl`; → the process id.
    Reply<qint64> updateFieldValue(const QString &listHash, const QString &tag, const QString &value,
                                   const QString &callbackUrl);
    // A campaign's draft changed (§4.5 edit: fields as create takes them), and a test copy of it sent (sendTest).
    Reply<bool> editCampaign(const QString &campaignHash, const QJsonObject &fields);
    Reply<bool> sendCampaignTest(const QString &campaignHash, const QStringList &emails,
                                 const QVariantMap &fields = {});
    // Opens and clicks in 10-minute buckets (§4.6): QVariantMaps {time (UTC), opened, unique_opened, clicked,
    // unique_clicked}.
    Reply<QVariantList> timeDetails(const QString &campaignHash);

    // freshmail::providerTime (freshmailrequests.h, with the other pure request builders).
    static QString providerTime(const QDateTime &utc, const QTimeZone &zone)
    {
        return freshmail::providerTime(utc, zone);
    }

private:
    struct EmailSend;   // freshmailcampaigns.cpp
    struct ContactPush; // freshmaillists.cpp
    using Envelope = std::function<void(const QJsonObject &envelope)>;

    // The flow of one operation's requests, their errors read by errorOf().
    Flow *flowOf(ProviderReply *reply) const;
    // A failed request's error: the envelope's where one came (§1.1), else the client's.
    static std::optional<ProviderError> errorOf(const HttpJob *job);
    // One request on `flow`, read by its envelope whatever the HTTP status: `ok` gets the OK envelope; an error goes
    // to `failed`, or without it fails the reply.
    static void exchange(Flow *flow, const HttpRequest &request, Envelope ok, Flow::Failed failed = {});

    // Email: the list, filled a hundred at a time, the campaign made for it and sent (freshmailcampaigns.cpp).
    void sendEmail(const Reply<SendResult> &reply, const SendRequest &request);
    void addRecipients(Flow *flow, const std::shared_ptr<EmailSend> &campaign);
    void createCampaign(Flow *flow, const std::shared_ptr<EmailSend> &campaign);
    void startCampaign(Flow *flow, const std::shared_ptr<EmailSend> &campaign, const QString &hash);
    // SMS and test copies, one request each (freshmailsms.cpp).
    void sendOneByOne(const Reply<SendResult> &reply, const SendRequest &request);
    // A hundred contacts: found, the new ones added, the known ones edited (freshmaillists.cpp).
    void pushChunk(Flow *flow, const std::shared_ptr<ContactPush> &push, qsizetype index);
    QDateTime now() const; // the clock's, or the system's without one

    QNetworkAccessManager *m_network;
    HttpClient *m_http;
    const Clock *m_clock;
    freshmail::Settings m_settings;
};

} // namespace cm
