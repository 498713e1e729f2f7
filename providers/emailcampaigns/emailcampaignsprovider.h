// The token-auth Email Campaigns API (../shared/providers/emailcampaigns.md): From addresses registered before use,
// the account's opt-out list, contact groups filled by CSV upload (bulk replace, update, delete), messages (our
// remote templates), campaigns created as multipart form data with their recipients uploaded and their start in one
// of four US zones, cancelled through their status, and per-recipient results (there are no aggregate counters: the
// report is counted from them). Ids come as {"$_id": {"$oid": …}}; timestamps with six fractional digits, no zone.
#pragma once

#include "emailcampaignsparse.h"
#include "emailcampaignsrequests.h"
#include "providers/http/flow.h"
#include "providers/http/httpclient.h"
#include "providers/provider.h"
#include "providers/providersession.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTimeZone>
#include <QTimer>

class QNetworkAccessManager;

namespace cm {

class Clock;

class EmailCampaignsProvider : public Provider
{
    Q_OBJECT
public:
    // Account: base URL (required: the document gives none) and the API token. Settings (optional): "timeout_ms",
    // "upload_timeout_ms" (300000), "unsubscribe_url" (the page {{unsubscribe_url}} links to: the API has none).
    EmailCampaignsProvider(const Account &account, const QString &token, const ProviderContext &context,
                           QObject *parent = nullptr);

    static ProviderInfo providerInfo();
    ProviderInfo info() const override { return providerInfo(); }

    Reply<AccountStatus> verify() override; // GET /email/senderid/: the token works, and which From addresses there are
    // One campaign for the whole request: its recipients uploaded as CSV, its content a new message, its start now
    // or at scheduledAt (in one of the four zones), From a registered address (registered first when it is not).
    // A test is the same, to the test addresses (there is no test send, §9).
    Reply<SendResult> send(const SendRequest &request) override;
    Reply<QList<RemoteGroup>> listGroups() override;
    Reply<RemoteGroup> createGroup(const QString &name) override;
    Reply<RemoteGroup> renameGroup(const QString &groupId, const QString &name) override;
    Reply<bool> deleteGroup(const QString &groupId) override;
    Reply<int> pushContacts(const QString &groupId, const QList<Contact> &contacts) override; // bulk update
    Reply<QList<Contact>> pullContacts(const QString &groupId) override;
    Reply<QList<OptOut>> optOuts(const QString &address = {}) override;
    Reply<bool> changeContact(const QString &address, ContactChange change) override; // opt-out add or remove
    Reply<bool> cancelScheduled(const QString &campaignId) override;                  // status: cancelled
    Reply<QList<DeliveryEvent>> sendingEvents(const QString &campaignId) override;    // result/filter for its window
    // Messages as remote templates: description (name and subject) and email_message (the body).
    Reply<QList<RemoteTemplate>> listTemplates() override;
    Reply<RemoteTemplate> getTemplate(const QString &id) override;
    Reply<RemoteTemplate> saveTemplate(const RemoteTemplate &tmpl) override;
    // The contact group's contacts replaced by these (bulk replace: the provider's way for large groups).
    Reply<int> replaceContacts(const QString &groupId, const QList<Contact> &contacts);
    // A campaign of a message and a contact group already there (source and type "reuse"), started at `utc` as
    // send() starts its own; the campaign id. send() itself always uploads the recipients it was given, so the
    // suppression list and excluded groups hold whatever the group there holds.
    Reply<QString> scheduleReusing(const QString &name, const QString &groupId, const QString &messageId,
                                   const QString &senderId, const QDateTime &utc, const QByteArray &zone);
    // Pause ("paused"), resume ("active") or cancel ("cancelled") a campaign.
    Reply<bool> setCampaignStatus(const QString &campaignId, const QString &status);
    // Opt-outs added or removed from a one-column CSV (header "email"); the rows sent. The upload may be processed
    // later: optOuts() tells what the list holds.
    Reply<int> optOutsInBulk(const QStringList &emails, bool add);
    // Registers a From address (its id) and lists them (lowercase email → id).
    Reply<QString> registerSender(const QString &email, const QString &description);
    Reply<QVariantMap> senders();

private:
    // A request's error as this provider means it (§1.2): the flows' error map.
    static ProviderError errorOf(const HttpJob *job);
    Flow *flowOf(ProviderReply *reply) const { return Flow::on(reply, m_http, &errorOf); }
    // One request, whose answer makes the reply's value with `result(response)`.
    template<typename T, typename Result> Reply<T> single(const HttpRequest &request, Result result)
    {
        auto reply = Reply<T>::make(this);
        flowOf(reply)->request(request,
                               [reply, result](const HttpResponse &response) { reply.finish(result(response)); });
        return reply;
    }
    // A reply that fails with `problem` (a Validation error) once the caller has it.
    template<typename T> Reply<T> invalid(const QString &problem)
    {
        auto reply = Reply<T>::make(this);
        QTimer::singleShot(0, reply.get(), [reply, problem] {
            reply.fail({ProviderError::Kind::Validation, {}, problem, false, -1});
        });
        return reply;
    }
    QDateTime now() const; // the clock's, or the system's without one
    void createCampaign(const Reply<SendResult> &reply, const SendRequest &request, const QString &senderId);
    Reply<int> bulk(const QString &action, const QString &groupId, const QList<Contact> &contacts);

    QNetworkAccessManager *m_network;
    HttpClient *m_http;
    const Clock *m_clock;
    int m_uploadTimeoutMs;
    QString m_unsubscribeUrl;
};

} // namespace cm
