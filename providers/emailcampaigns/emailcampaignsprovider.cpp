// Email Campaigns: the client and its token, one request, the From addresses and the account check, and what the
// adapter offers. The operations are in emailcampaignssending.cpp (campaigns: created, scheduled, paused and
// cancelled), emailcampaignscontacts.cpp (groups, contacts and the opt-out list), emailcampaignsreports.cpp and
// emailcampaignstemplates.cpp; the requests themselves in emailcampaignsrequests.cpp and the answers in
// emailcampaignsparse.cpp.
#include "emailcampaignsprovider.h"

#include "models/clock.h"

#include <QNetworkAccessManager>
#include <QTimer>

namespace cm {

EmailCampaignsProvider::EmailCampaignsProvider(const Account &account, const QString &token, const Clock *clock,
                                               QObject *parent)
    : Provider(account, parent)
    , m_network(new QNetworkAccessManager(this))
    , m_clock(clock)
    , m_uploadTimeoutMs(account.settings.value(QStringLiteral("upload_timeout_ms")).toInt(300000))
    , m_unsubscribeUrl(account.settings.value(QStringLiteral("unsubscribe_url")).toString())
{
    HttpClient::Options options;
    QString base = account.baseUrl;
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    options.baseUrl = base;
    options.timeoutMs = account.settings.value(QStringLiteral("timeout_ms")).toInt(30000);
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
    info.capabilities = Capability::SendEmail | Capability::GroupSync | Capability::GroupCreate
            | Capability::GroupRename | Capability::ContactPush | Capability::ContactPull | Capability::NativeScheduling
            | Capability::CancelScheduled | Capability::EventExport | Capability::OptOutList | Capability::TestSend
            | Capability::RemoteTemplates | Capability::GroupDelete;
    info.credentials = {
            {CredentialField::BaseUrl, tr("Base URL"),
             tr("The API's address from your provider, such as https://api.example.com (the paths start with "
                "/email/)."),
             true},
            {CredentialField::Secret, tr("API token"), tr("The 40-character token from the provider's portal."), true},
    };
    info.maxBatchSize = 1000;
    info.holdsScheduledSends = true;
    info.movesHeldSends = false; // a campaign's start cannot change (§6)
    info.wholeCampaignChannels = {Channel::Email};
    info.emailCounters = {CampaignStats::Sent, CampaignStats::Delivered, CampaignStats::Failed, CampaignStats::Pending,
                          CampaignStats::Bounced};
    return info;
}

ProviderReply *EmailCampaignsProvider::invalid(const QString &problem)
{
    auto *reply = new ProviderReply(this);
    QTimer::singleShot(0, reply, [reply, problem] {
        reply->failWith({ProviderError::Kind::Validation, {}, problem, false, -1});
    });
    return reply;
}

QDateTime EmailCampaignsProvider::now() const
{
    return m_clock ? m_clock->now() : QDateTime::currentDateTimeUtc();
}

void EmailCampaignsProvider::call(ProviderReply *reply, const HttpRequest &request, Handler handler)
{
    HttpJob *job = m_http->send(request);
    connect(reply, &ProviderReply::aborting, job, &HttpJob::abort);
    connect(job, &HttpJob::finished, reply, [reply, job, handler] {
        if (job->hasError())
            return reply->failWith(emailcampaigns::providerError(job->error(), job->response().status));
        handler(reply, job->response());
    });
}

ProviderReply *EmailCampaignsProvider::senders()
{
    auto *reply = new ProviderReply(this);
    call(reply, emailcampaigns::jsonRequest("GET", QStringLiteral("/email/senderid/"), {}),
         [](ProviderReply *r, const HttpResponse &response) {
             r->finishWith(emailcampaigns::parseSenders(response.body));
         });
    return reply;
}

ProviderReply *EmailCampaignsProvider::registerSender(const QString &email, const QString &description)
{
    auto *reply = new ProviderReply(this);
    call(reply,
         emailcampaigns::jsonRequest(
                 "POST", QStringLiteral("/email/senderid/"),
                 {{QStringLiteral("description"), description}, {QStringLiteral("email"), email.trimmed()}}),
         [](ProviderReply *r, const HttpResponse &response) { r->finishWith(emailcampaigns::idOf(response.body)); });
    return reply;
}

ProviderReply *EmailCampaignsProvider::verify()
{
    auto *reply = new ProviderReply(this);
    ProviderReply *inner = senders();
    connect(inner, &ProviderReply::finished, reply, [reply, inner] {
        if (inner->hasError())
            return reply->failWith(inner->error());
        AccountStatus status;
        status.ok = true;
        const QStringList addresses = inner->result().toMap().keys();
        status.detail = addresses.isEmpty()
                ? tr("The token works. No From address is registered yet; a campaign's sender is registered when it "
                     "is first used.")
                : tr("The token works. Registered From addresses: %1.").arg(addresses.join(QStringLiteral(", ")));
        reply->finishWith(QVariant::fromValue(status));
    });
    return reply;
}

} // namespace cm
