// The "Deployments" SMS platform (../shared/providers/deployments.md). Its document gives no paths, auth or paging:
// the defaults are DRF conventions and every one of them is an account setting.
#pragma once

#include "providers/http/flow.h"
#include "providers/http/httpclient.h"
#include "providers/provider.h"
#include "providers/providersession.h"

#include <QJsonArray>
#include <QSet>
#include <QTimeZone>

class QNetworkAccessManager;

namespace cm {

class Clock;

class DeploymentsProvider : public Provider
{
    Q_OBJECT
public:
    // Account settings (all optional): "path_prefix" ("/api"), "paths" (endpoint key → path, e.g.
    // {"sms.send_bulk": "/sms/bulk/"}), "auth_scheme" ("header" | "basic" | "query"), "auth_header"
    // ("Authorization"), "auth_prefix" ("Token"), "auth_query_param" ("token"), "page_size" (100), "bulk_size"
    // (500), "phone_key" ("msisdn"), "campaign_pk", "time_zone" ("Africa/Johannesburg"), "timeout_ms",
    // "requests_per_second". A campaign's own "campaign_pk" option goes before the account's.
    DeploymentsProvider(const Account &account, const QString &secret, const ProviderContext &context,
                        QObject *parent = nullptr);

    static ProviderInfo providerInfo();
    ProviderInfo info() const override { return providerInfo(); }

    Reply<AccountStatus> verify() override;
    Reply<SendResult> send(const SendRequest &request) override;
    Reply<QList<RemoteGroup>> listGroups() override;
    Reply<RemoteGroup> createGroup(const QString &name) override;
    Reply<int> pushContacts(const QString &groupId, const QList<Contact> &contacts) override;
    Reply<QList<Contact>> pullContacts(const QString &groupId) override;
    Reply<QList<OptOut>> optOuts(const QString &address = {}) override;
    Reply<CampaignStats> campaignStats(const QString &deploymentId) override; // the day buckets added up
    // A deployment's statistics by hour, day, month or year: what campaignStats() adds up.
    Reply<QList<StatBucket>> campaignSeries(const QString &deploymentId, Period period);

private:
    QString path(const QString &key, const QHash<QString, QString> &values = {}) const;
    QString contactPath(const QString &groupId, const QString &contactId) const;
    // One request, its answer made a T by `parse(body)`.
    template<typename T, typename Parse> Reply<T> single(const HttpRequest &request, Parse parse);
    // Every item of a collection, for `done`: follows "next" (on the configured host only) until it is null.
    template<typename T>
    void readAll(const Reply<T> &reply, const QString &firstPath, std::function<void(const QJsonArray &items)> done);
    // The same, each item made an Item by `convert(object)`.
    template<typename Item, typename Convert> Reply<QList<Item>> listing(const QString &firstPath, Convert convert);
    static Flow::ErrorMap errorsOf(const QByteArray &method, const QString &path);
    // The campaign's campaign_pk (its option), or the account's; Undefined where neither sets one.
    QJsonValue campaignPkOf(const SendRequest &request) const;
    // The send once the provider's opt-outs are known: the messages that can go, in slices of m_bulkSize.
    void sendAllowed(const Reply<SendResult> &reply, const SendRequest &request, const QSet<QString> &optedOut);
    // With the deployment linked to campaign_pk.
    void finishSend(const Reply<SendResult> &reply, SendResult result, const QJsonValue &campaignPk);

    QNetworkAccessManager *m_network;
    HttpClient *m_http;
    const Clock *m_clock;
    QString m_baseUrl;
    QString m_prefix;
    QJsonObject m_paths;
    QTimeZone m_zone;
    QString m_phoneKey;
    int m_pageSize;
    int m_bulkSize;
    QJsonValue m_campaignPk;
    QHash<QString, QString> m_linkedDeployments; // campaign_pk → the deployment it links to, once looked up
};

} // namespace cm
