// Outbox (outbox.rest), per ../shared/providers/outbox.md: SMS, MMS and email sends with per-recipient content and
// our Reference, scheduling with When, TEST/SIMULATION priorities, per-recipient status by TrackingID, groups
// (list, create), contacts in bulk (add with consent, list by page).
#pragma once

#include "providers/http/httpclient.h"
#include "providers/provider.h"
#include "providers/providersession.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTimeZone>

class QNetworkAccessManager;

namespace cm {

class Clock;
class Flow;

class OutboxProvider : public Provider
{
    Q_OBJECT
public:
    // Account settings it reads (all optional): "time_zone" (Europe/Istanbul), "national_prefix" (+90),
    // "batch_size" (100), "page_size" (500), "requests_per_second" (5), "timeout_ms" (30000), "sender" (none).
    OutboxProvider(const Account &account, const QString &authKey, const ProviderContext &context,
                   QObject *parent = nullptr);

    static ProviderInfo providerInfo();
    ProviderInfo info() const override { return providerInfo(); }

    Reply<AccountStatus> verify() override;
    Reply<SendResult> send(const SendRequest &request) override;
    Reply<QList<RemoteGroup>> listGroups() override;
    Reply<RemoteGroup> createGroup(const QString &name) override;
    Reply<int> pushContacts(const QString &groupId, const QList<Contact> &contacts) override;
    Reply<QList<Contact>> pullContacts(const QString &groupId) override;
    Reply<QList<DeliveryEvent>> fetchEvents(const QStringList &providerIds) override;
    Reply<CampaignStats> campaignStats(const QString &messageId) override; // a panel message's counters (/info/message)
    Reply<bool> changeContact(const QString &address, ContactChange change) override;

private:
    Flow *flow(ProviderReply *reply) const; // the reply's requests, their errors read by §5.3
    HttpRequest jsonPost(const QString &path, QJsonObject body, bool retrySafe) const;
    static HttpRequest groupsRequest();
    // /add/group/recipient for a batch of outbox::recipient()s.
    HttpRequest addRecipients(const QString &groupId, const QJsonArray &recipients) const;

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
