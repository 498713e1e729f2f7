// 360NRS (../shared/providers/nrs360.md): SMS and email sends with a campaign name of ours, scheduling held at the
// provider (list, reschedule, cancel by sending), per-message SMS status, campaign counters, the per-event CSV,
// groups and contacts (one request per contact: there is no bulk endpoint), the v2 blacklist and the balance.
// Sends are never retried: the API has no idempotency key.
#pragma once

#include "nrs360requests.h"
#include "providers/http/httpclient.h"
#include "providers/provider.h"

#include <QJsonArray>

class QNetworkAccessManager;

namespace cm {

class Clock;

class Nrs360Provider : public Provider
{
    Q_OBJECT
public:
    // Account settings it reads (all optional): "reply_to" (the sender), "from_name", "encoding" (gsm | gsm-pt |
    // utf-16; chosen from the text when absent), "max_parts" (15), "country" (ES: countryIso for contacts whose
    // country is unknown), "page_size" (1000), "requests_per_second" (20), "timeout_ms" (30000).
    Nrs360Provider(const Account &account, const QString &apiPassword, const Clock *clock, QObject *parent = nullptr);

    static ProviderInfo providerInfo();
    ProviderInfo info() const override { return providerInfo(); }

    ProviderReply *verify() override; // GET /account: credentials, allowed IP, balance
    ProviderReply *send(const SendRequest &request) override;
    ProviderReply *listGroups() override;
    ProviderReply *createGroup(const QString &name) override;
    ProviderReply *renameGroup(const QString &groupId, const QString &name) override; // PUT /groups/{id}, never bare
    ProviderReply *deleteGroup(const QString &groupId) override; // DELETE /groups/{id}: its contacts stay
    ProviderReply *pushContacts(const QString &groupId, const QList<Contact> &contacts) override;
    ProviderReply *pullContacts(const QString &groupId) override;
    ProviderReply *getContact(const QString &groupId, const QString &contactId) override;
    ProviderReply *updateContact(const QString &groupId, const Contact &contact) override;
    ProviderReply *deleteContact(const QString &groupId, const QString &contactId) override;
    ProviderReply *fetchEvents(const QStringList &providerIds) override; // GET /sms/{ids}, 100 at a time
    ProviderReply *campaignStats(const QString &sendingId) override;     // GET /campaigns, its sending's counters
    ProviderReply *listCampaigns() override;                             // one per sending
    ProviderReply *sendingEvents(const QString &sendingId) override;     // the events CSV
    ProviderReply *listScheduled(const QString &sendingId) override;     // GET /scheduled?sendingId=
    ProviderReply *reschedule(const QString &sendingId, const QDateTime &utc) override;  // PUT /scheduled
    ProviderReply *cancelScheduled(const QString &sendingId) override;                   // DELETE /scheduled
    ProviderReply *optOuts(const QString &address = {}) override;                        // the sms and mailing lists
    ProviderReply *changeContact(const QString &address, ContactChange change) override; // blacklist add/remove
    // Templates v2 ("v2:ID", where new ones go) and v1 ("v1:ID", legacy), HTML only (§10).
    ProviderReply *listTemplates() override;
    ProviderReply *getTemplate(const QString &id) override;
    ProviderReply *saveTemplate(const RemoteTemplate &tmpl) override;
    ProviderReply *deleteTemplate(const QString &id) override;
    ProviderReply *previewTemplate(const QString &id) override;
    // Email validation jobs (§8): started for a list of addresses; the results CSV (';') read once finished.
    ProviderReply *startEmailValidation(const QStringList &emails) override;
    ProviderReply *emailValidation(const QString &id) override;
    ProviderReply *listConversations() override;
    ProviderReply *conversation(const QString &from, const QString &to) override;
    ProviderReply *replyInConversation(const QString &from, const QString &to, const QString &text) override;
    // nrs360::scheduledRequest (nrs360requests.h, with the other pure request builders), for callers that know the
    // class: never a PUT or DELETE /scheduled without guids.
    static std::optional<HttpRequest> scheduledRequest(const QByteArray &method, const QStringList &guids,
                                                       const QDateTime &utc = {})
    {
        return nrs360::scheduledRequest(method, guids, utc);
    }

private:
    using Handler = std::function<void(ProviderReply *reply, const HttpResponse &response)>;
    using PageHandler = std::function<void(ProviderReply *reply, const QJsonArray &items)>;
    // The job's error as 360NRS said it where it answered (nrs360::providerError).
    static ProviderError errorOf(const HttpJob *job);
    void call(ProviderReply *reply, const HttpRequest &request, Handler handler);
    // Every page: the next one built from current_page and total_pages, never from the links (§1.4).
    void getAll(ProviderReply *reply, const QString &path, QUrlQuery query, PageHandler handler,
                QJsonArray gathered = {}, int page = 1);
    void pushOne(ProviderReply *reply, QString groupId, QList<Contact> contacts, qsizetype next, int added);
    void statusChunk(ProviderReply *reply, QStringList ids, qsizetype next, QList<DeliveryEvent> events);
    // The scheduled messages of a sending moved (PUT, to `utc`) or deleted (DELETE), then `handler` with the answer;
    // a failure when 360NRS holds none of them.
    void changeScheduled(ProviderReply *reply, const QString &sendingId, const QByteArray &method, const QDateTime &utc,
                         Handler handler);

    QNetworkAccessManager *m_network;
    HttpClient *m_http;
    const Clock *m_clock;
    nrs360::SendSettings m_sendSettings;
    QString m_country;
    int m_pageSize;
};

} // namespace cm
