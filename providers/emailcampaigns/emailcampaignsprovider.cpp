// Email Campaigns: the client and its token, its errors, the From addresses and the account check, and what the
// adapter offers. The operations are in emailcampaignssending.cpp (campaigns: created, scheduled, paused and
// cancelled), emailcampaignscontacts.cpp (groups, contacts and the opt-out list), emailcampaignsreports.cpp and
// emailcampaignstemplates.cpp; the requests themselves in emailcampaignsrequests.cpp and the answers in
// emailcampaignsparse.cpp.
#include "emailcampaignsprovider.h"

#include "models/clock.h"

namespace cm {

EmailCampaignsProvider::EmailCampaignsProvider(const Account &account, const QString &token,
                                               const ProviderContext &context, QObject *parent)
    : Provider(account, parent)
    , m_network(context.network(this))
    , m_clock(context.clock)
    , m_uploadTimeoutMs(account.settings.value(QStringLiteral("upload_timeout_ms")).toInt(300000))
    , m_unsubscribeUrl(account.settings.value(QStringLiteral("unsubscribe_url")).toString())
{
    HttpClient::Options options;
    QString base = account.baseUrl;
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    options.baseUrl = base;
    options.timeoutMs = account.settings.value(QStringLiteral("timeout_ms")).toInt(30000);
    options.pace = context.pace();
    const QByteArray authorization = "Token " + token.trimmed().toUtf8();
    m_http = new HttpClient(
            m_network, options,
            [authorization](QNetworkRequest &request, QByteArray &) {
                request.setRawHeader("Authorization", authorization);
                if (request.header(QNetworkRequest::ContentTypeHeader).isNull())
                    request.setHeader(QNetworkRequest::ContentTypeHeader, "application/json"); // §10 #18
            },
            this);
}

ProviderInfo EmailCampaignsProvider::providerInfo()
{
    ProviderInfo info;
    info.key = QStringLiteral("emailcampaigns");
    info.displayName = tr("Email Campaigns");
    info.description = tr("Email Campaigns (token API): bulk email to contact groups uploaded as CSV, started at a "
                          "time in a US zone and cancelled there if need be; its results say who it was delivered to "
                          "(no opens or clicks). Its From addresses must be registered first; this app does that.");
    info.can.sending.channels = {Channel::Email};
    info.can.sending.wholeCampaign = {Channel::Email};
    info.can.sending.recipientNames = {Channel::Email}; // the campaign CSV's name_index
    info.can.sending.needsOwnUnsubscribePage = {Channel::Email};
    info.can.sending.needsSender = {Channel::Email};
    info.can.audience = {true, true, true, true, true, true, true, {Channel::Email}};
    info.can.scheduling.holds = {Channel::Email};
    info.can.scheduling.cancels = true; // a campaign's start cannot change (§6)
    info.can.reporting.events = true;
    info.can.reporting.counters = {{Channel::Email,
                                    {CampaignStats::Sent, CampaignStats::Delivered, CampaignStats::Failed,
                                     CampaignStats::Pending, CampaignStats::Bounced}}};
    info.can.extras.testSend = true;
    info.credentials = {
            {CredentialField::BaseUrl, tr("Base URL"),
             tr("The API's address from your provider, such as https://api.example.com (the paths start with "
                "/email/)."),
             true},
            {CredentialField::Secret, tr("API token"), tr("The 40-character token from the provider's portal."), true},
    };
    info.maxBatchSize = 1000;
    return info;
}

QDateTime EmailCampaignsProvider::now() const
{
    return m_clock ? m_clock->now() : QDateTime::currentDateTimeUtc();
}

ProviderError EmailCampaignsProvider::errorOf(const HttpJob *job)
{
    return emailcampaigns::providerError(job->error(), job->response().status);
}

Reply<QVariantMap> EmailCampaignsProvider::senders()
{
    return single<QVariantMap>(emailcampaigns::sendersRequest(), [](const HttpResponse &response) {
        return emailcampaigns::parseSenders(response.body);
    });
}

Reply<QString> EmailCampaignsProvider::registerSender(const QString &email, const QString &description)
{
    return single<QString>(emailcampaigns::registerSenderRequest(email, description),
                           [](const HttpResponse &response) { return emailcampaigns::idOf(response.body); });
}

Reply<AccountStatus> EmailCampaignsProvider::verify()
{
    auto reply = Reply<AccountStatus>::make(this);
    flowOf(reply)->request(emailcampaigns::sendersRequest(), [reply](const HttpResponse &response) {
        AccountStatus status;
        status.ok = true;
        const QStringList addresses = emailcampaigns::parseSenders(response.body).keys();
        status.detail = addresses.isEmpty()
                ? tr("The token works. No From address is registered yet; a campaign's sender is registered when it "
                     "is first used.")
                : tr("The token works. Registered From addresses: %1.").arg(addresses.join(QStringLiteral(", ")));
        reply.finish(status);
    });
    return reply;
}

} // namespace cm
