// 360NRS (../shared/providers/nrs360.md): SMS and email sends with a campaign name of ours, scheduling held at the
// provider (list, reschedule, cancel by sending), per-message SMS status, campaign counters, the per-event CSV,
// groups and contacts (one request per contact: there is no bulk endpoint), the v2 blacklist and the balance.
// Sends are never retried: the API has no idempotency key.
#pragma once

#include "nrs360requests.h"
#include "providers/http/flow.h"
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
    Nrs360Provider(const Account &account, const QString &apiPassword, const ProviderContext &context,
                   QObject *parent = nullptr);

    static ProviderInfo providerInfo();
    ProviderInfo info() const override { return providerInfo(); }

    Reply<AccountStatus> verify() override; // GET /account: credentials, allowed IP, balance
    Reply<SendResult> send(const SendRequest &request) override;
    Reply<QList<RemoteGroup>> listGroups() override;
    Reply<RemoteGroup> createGroup(const QString &name) override;
    // PUT /groups/{id}, never bare; DELETE /groups/{id}: its contacts stay.
    Reply<RemoteGroup> renameGroup(const QString &groupId, const QString &name) override;
    Reply<bool> deleteGroup(const QString &groupId) override;
    Reply<int> pushContacts(const QString &groupId, const QList<Contact> &contacts) override;
    Reply<QList<Contact>> pullContacts(const QString &groupId) override;
    Reply<QList<DeliveryEvent>> fetchEvents(const QStringList &providerIds) override; // GET /sms/{ids}, 100 at a time
    Reply<CampaignStats> campaignStats(const QString &sendingId) override; // GET /campaigns, its sending's counters
    Reply<QList<DeliveryEvent>> sendingEvents(const QString &sendingId) override;     // the events CSV
    Reply<int> reschedule(const QString &sendingId, const QDateTime &utc) override;   // PUT /scheduled
    Reply<bool> cancelScheduled(const QString &sendingId) override;                   // DELETE /scheduled
    Reply<QList<OptOut>> optOuts(const QString &address = {}) override;               // the sms and mailing lists
    Reply<bool> changeContact(const QString &address, ContactChange change) override; // blacklist add/remove
    // Templates v2 ("v2:ID", where new ones go) and v1 ("v1:ID", legacy), HTML only (§10).
    Reply<QList<RemoteTemplate>> listTemplates() override;
    Reply<RemoteTemplate> getTemplate(const QString &id) override;
    Reply<RemoteTemplate> saveTemplate(const RemoteTemplate &tmpl) override;
    Reply<QString> previewTemplate(const QString &id) override;
    // Email validation jobs (§8): started for a list of addresses; the results CSV (';') read once finished.
    Reply<EmailValidation> startEmailValidation(const QStringList &emails) override;
    Reply<EmailValidation> emailValidation(const QString &id) override;
    Reply<QList<Conversation>> listConversations() override;
    Reply<ConversationThread> conversation(const QString &from, const QString &to) override;
    Reply<ConversationMessage> replyInConversation(const QString &from, const QString &to,
                                                   const QString &text) override;
    // nrs360::scheduledRequest (nrs360requests.h, with the other pure request builders), for callers that know the
    // class: never a PUT or DELETE /scheduled without guids.
    static std::optional<HttpRequest> scheduledRequest(const QByteArray &method, const QStringList &guids,
                                                       const QDateTime &utc = {})
    {
        return nrs360::scheduledRequest(method, guids, utc);
    }

private:
    // The job's error as 360NRS said it where it answered (nrs360::providerError).
    static ProviderError errorOf(const HttpJob *job);
    // The flow of an operation's reply: its requests go through our client, their errors mapped by errorOf().
    Flow *flow(ProviderReply *reply) const;
    // One request, whose answer `parse` turns into the reply's value.
    template<typename T, typename Parse> Reply<T> single(const HttpRequest &request, Parse parse);
    // Every page of a list (§1.4), the next one built from current_page and total_pages, never from the links; an
    // empty page, the last one or the 1000th ends it (§26.5). Its items are gathered once, then `done` gets them.
    void readAll(ProviderReply *reply, const QString &path, const QUrlQuery &query,
                 std::function<void(const QJsonArray &items)> done);
    // readAll(), whose items `parse` turns into the reply's value.
    template<typename T, typename Parse> Reply<T> listing(const QString &path, const QUrlQuery &query, Parse parse);
    // The scheduled messages of a sending moved (PUT, to `utc`) or deleted (DELETE), the answer made the reply's value
    // by `parse`; a failure when 360NRS holds none of them (nrs360scheduling.cpp).
    template<typename T>
    Reply<T> changeScheduled(const QString &sendingId, const QByteArray &method, const QDateTime &utc,
                             std::function<T(const HttpResponse &response)> parse);

    QNetworkAccessManager *m_network;
    HttpClient *m_http;
    const Clock *m_clock;
    nrs360::SendSettings m_sendSettings;
    QString m_country;
    int m_pageSize;
};

template<typename T, typename Parse> Reply<T> Nrs360Provider::single(const HttpRequest &request, Parse parse)
{
    auto reply = Reply<T>::make(this);
    flow(reply)->request(request, [reply, parse](const HttpResponse &response) { reply.finish(parse(response)); });
    return reply;
}

template<typename T, typename Parse>
Reply<T> Nrs360Provider::listing(const QString &path, const QUrlQuery &query, Parse parse)
{
    auto reply = Reply<T>::make(this);
    readAll(reply, path, query, [reply, parse](const QJsonArray &items) { reply.finish(parse(items)); });
    return reply;
}

} // namespace cm
