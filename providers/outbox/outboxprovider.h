// Outbox (outbox.rest), per ../shared/providers/outbox.md: SMS, MMS and email sends with per-recipient content and
// our Reference, scheduling with When, TEST/SIMULATION priorities, per-recipient status by TrackingID, groups
// (list, create), contacts in bulk (add with consent, list by page).
#pragma once

#include "providers/http/httpclient.h"
#include "providers/provider.h"

#include <QTimeZone>

class QNetworkAccessManager;

namespace cm {

class Clock;

class OutboxProvider : public Provider
{
    Q_OBJECT
public:
    // Account settings it reads (all optional): "time_zone" (Europe/Istanbul), "national_prefix" (+90),
    // "batch_size" (100), "page_size" (500), "requests_per_second" (5), "timeout_ms" (30000), "sender" (none).
    OutboxProvider(const Account &account, const QString &authKey, const Clock *clock, QObject *parent = nullptr);

    static ProviderInfo providerInfo();
    ProviderInfo info() const override { return providerInfo(); }

    ProviderReply *verify() override;
    ProviderReply *send(const SendRequest &request) override;
    ProviderReply *listGroups() override;
    ProviderReply *createGroup(const QString &name) override;
    ProviderReply *pushContacts(const QString &groupId, const QList<Contact> &contacts) override;
    ProviderReply *pullContacts(const QString &groupId) override;
    ProviderReply *fetchEvents(const QStringList &providerIds) override;
    ProviderReply *campaignStats(const QString &messageId) override; // a panel message's counters (/info/message)
    ProviderReply *groupDetails(const QString &groupId) override;
    ProviderReply *getContact(const QString &groupId, const QString &contactId) override;
    ProviderReply *updateContact(const QString &groupId, const Contact &contact) override;
    ProviderReply *changeContact(const QString &address, ContactChange change) override;

private:
    using Handler = std::function<void(ProviderReply *reply, const HttpResponse &response)>;
    // Sends one request; an error (by §5.3, whatever the HTTP code) fails the reply, success goes to `handler`.
    void call(ProviderReply *reply, const HttpRequest &request, Handler handler);
    HttpRequest jsonPost(const QString &path, QJsonObject body, bool retrySafe) const;
    static HttpRequest groupsRequest();
    void pushBatch(ProviderReply *reply, QString groupId, QList<Contact> contacts, qsizetype from, int added);
    void pullPage(ProviderReply *reply, QString groupId, int page, QList<Contact> gathered);
    void statusOf(ProviderReply *reply, QStringList ids, qsizetype next, QList<DeliveryEvent> events);

    QNetworkAccessManager *m_network;
    HttpClient *m_http;
    const Clock *m_clock;
    QTimeZone m_zone;
    QString m_nationalPrefix;
    int m_batchSize;
    int m_pageSize;
    QString m_sender;
};

} // namespace cm
