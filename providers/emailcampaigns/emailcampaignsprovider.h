// The token-auth Email Campaigns API (../shared/providers/emailcampaigns.md): From addresses registered before use,
// the account's opt-out list, contact groups filled by CSV upload (bulk replace, update, delete), messages (our
// remote templates), campaigns created as multipart form data with their recipients uploaded and their start in one
// of four US zones, cancelled through their status, and per-recipient results (there are no aggregate counters: the
// report is counted from them). Ids come as {"$_id": {"$oid": …}}; timestamps with six fractional digits, no zone.
#pragma once

#include "emailcampaignsparse.h"
#include "emailcampaignsrequests.h"
#include "providers/http/httpclient.h"
#include "providers/provider.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTimeZone>

class QNetworkAccessManager;

namespace cm {

class Clock;

class EmailCampaignsProvider : public Provider
{
    Q_OBJECT
public:
    // Account: base URL (required: the document gives none) and the API token. Settings (optional): "timeout_ms",
    // "upload_timeout_ms" (300000), "unsubscribe_url" (the page {{unsubscribe_url}} links to: the API has none).
    EmailCampaignsProvider(const Account &account, const QString &token, const Clock *clock, QObject *parent = nullptr);

    static ProviderInfo providerInfo();
    ProviderInfo info() const override { return providerInfo(); }

    ProviderReply *verify() override; // GET /email/senderid/: the token works, and which From addresses there are
    // One campaign for the whole request: its recipients uploaded as CSV, its content a new message, its start now
    // or at scheduledAt (in one of the four zones), From a registered address (registered first when it is not).
    // A test is the same, to the test addresses (there is no test send, §9).
    ProviderReply *send(const SendRequest &request) override;
    ProviderReply *listGroups() override;
    ProviderReply *createGroup(const QString &name) override;
    ProviderReply *renameGroup(const QString &groupId, const QString &name) override;
    ProviderReply *deleteGroup(const QString &groupId) override;
    ProviderReply *pushContacts(const QString &groupId, const QList<Contact> &contacts) override; // bulk update
    ProviderReply *pullContacts(const QString &groupId) override;
    ProviderReply *deleteContact(const QString &groupId, const QString &email) override; // bulk delete, one row
    ProviderReply *optOuts(const QString &address = {}) override;
    ProviderReply *changeContact(const QString &address, ContactChange change) override; // opt-out add or remove
    ProviderReply *cancelScheduled(const QString &campaignId) override;                  // status: cancelled
    ProviderReply *listCampaigns() override;
    ProviderReply *sendingEvents(const QString &campaignId) override; // result/filter for its window
    // Messages as remote templates: description (name and subject) and email_message (the body).
    ProviderReply *listTemplates() override;
    ProviderReply *getTemplate(const QString &id) override;
    ProviderReply *saveTemplate(const RemoteTemplate &tmpl) override;
    ProviderReply *deleteTemplate(const QString &id) override;
    // The contact group's contacts replaced by these (bulk replace: the provider's way for large groups).
    ProviderReply *replaceContacts(const QString &groupId, const QList<Contact> &contacts); // → int
    // A campaign of a message and a contact group already there (source and type "reuse"), started at `utc` as
    // send() starts its own; → QString campaign id. send() itself always uploads the recipients it was given, so
    // the suppression list and excluded groups hold whatever the group there holds.
    ProviderReply *scheduleReusing(const QString &name, const QString &groupId, const QString &messageId,
                                   const QString &senderId, const QDateTime &utc, const QByteArray &zone);
    // Pause ("paused"), resume ("active") or cancel ("cancelled") a campaign.
    ProviderReply *setCampaignStatus(const QString &campaignId, const QString &status); // → bool
    // Opt-outs added or removed from a one-column CSV (header "email"); → int rows sent. The upload may be processed
    // later: optOuts() tells what the list holds.
    ProviderReply *optOutsInBulk(const QStringList &emails, bool add);
    // Registers a From address (→ QString id) and lists them (→ QVariantMap email → id).
    ProviderReply *registerSender(const QString &email, const QString &description);
    ProviderReply *senders();

private:
    using Handler = std::function<void(ProviderReply *reply, const HttpResponse &response)>;
    void call(ProviderReply *reply, const HttpRequest &request, Handler handler);
    // A reply that fails with `problem` (a Validation error) once the caller has it.
    ProviderReply *invalid(const QString &problem);
    QDateTime now() const; // the clock's, or the system's without one
    void createCampaign(ProviderReply *reply, const SendRequest &request, const QString &senderId);
    ProviderReply *bulk(const QString &action, const QString &groupId, const QList<Contact> &contacts);

    QNetworkAccessManager *m_network;
    HttpClient *m_http;
    const Clock *m_clock;
    int m_uploadTimeoutMs;
    QString m_unsubscribeUrl;
};

} // namespace cm
