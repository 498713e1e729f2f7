// The "Deployments" SMS platform (../shared/providers/deployments.md). Its document gives no paths, auth or paging:
// the defaults are DRF conventions and every one of them is an account setting.
#pragma once

#include "providers/http/httpclient.h"
#include "providers/provider.h"

#include <QJsonArray>
#include <QTimeZone>

#include <optional>

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
    // "requests_per_second".
    DeploymentsProvider(const Account &account, const QString &secret, const Clock *clock, QObject *parent = nullptr);

    static ProviderInfo providerInfo();
    ProviderInfo info() const override { return providerInfo(); }
    static QString defaultPath(const QString &key);

    ProviderReply *verify() override;
    ProviderReply *send(const SendRequest &request) override;
    ProviderReply *listGroups() override;
    ProviderReply *createGroup(const QString &name) override;
    ProviderReply *pushContacts(const QString &groupId, const QList<Contact> &contacts) override;
    ProviderReply *pullContacts(const QString &groupId) override;
    ProviderReply *listCampaigns() override;
    ProviderReply *campaignSeries(const QString &remoteCampaignId, Period period) override;
    ProviderReply *optOuts(const QString &address = {}) override;
    ProviderReply *overrideOptOut(const QString &optOutId) override;
    ProviderReply *uploadGroupCsv(const QString &name, const QByteArray &csv) override;
    ProviderReply *campaignStats(const QString &deploymentId) override; // the day buckets added up
    ProviderReply *getContact(const QString &groupId, const QString &contactId) override;
    ProviderReply *updateContact(const QString &groupId, const Contact &contact) override;
    ProviderReply *deleteContact(const QString &groupId, const QString &contactId) override;

private:
    using Handler = std::function<void(ProviderReply *reply, const HttpResponse &response)>;
    using PageHandler = std::function<void(ProviderReply *reply, const QJsonArray &items)>;
    QString path(const QString &key, const QHash<QString, QString> &values = {}) const;
    void call(ProviderReply *reply, const HttpRequest &request, Handler handler);
    // Every page of a collection: follows "next" (on the configured host only) until it is null.
    void getAll(ProviderReply *reply, const QString &firstPath, PageHandler handler, QJsonArray gathered = {});
    HttpRequest json(const QByteArray &method, const QString &path, const QJsonValue &body, bool retrySafe) const;
    void pushBatch(ProviderReply *reply, QString listId, QList<Contact> contacts, qsizetype from, int added);
    void sendBatch(ProviderReply *reply, QList<OutgoingMessage> messages, qsizetype from, SendResult result);
    void finishSend(ProviderReply *reply, SendResult result); // with the deployment linked to campaign_pk

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
    std::optional<QString> m_linkedDeployment; // the deployment campaign_pk links to, once looked up
};

} // namespace cm
