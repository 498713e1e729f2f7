// FreshMail: the client and its signature, one request read by its envelope, the account check and what the adapter
// offers. The operations are in freshmailsms.cpp (SMS and test copies), freshmailcampaigns.cpp (email campaigns and
// scheduling), freshmaillists.cpp (lists, subscribers, the block list) and freshmailreports.cpp; the requests
// themselves in freshmailrequests.cpp and the answers in freshmailparse.cpp.
#include "freshmailprovider.h"

#include "models/clock.h"
#include "models/templaterenderer.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QTimer>

namespace cm {

FreshMailProvider::FreshMailProvider(const Account &account, const QString &apiSecret, const Clock *clock,
                                     QObject *parent)
    : Provider(account, parent)
    , m_network(new QNetworkAccessManager(this))
    , m_clock(clock)
    , m_settings {QTimeZone(account.settings.value(QStringLiteral("providerTimeZone"))
                                    .toString(QStringLiteral("Europe/Warsaw"))
                                    .toUtf8()),
                  account.settings.value(QStringLiteral("from_name")).toString(),
                  account.settings.value(QStringLiteral("reply_to")).toString(),
                  account.settings.value(QStringLiteral("unsubscribe_url")).toString(),
                  account.settings.value(QStringLiteral("resign_url")).toString(),
                  account.settings.value(QStringLiteral("sms_from")).toString(),
                  qBound(1, account.settings.value(QStringLiteral("report_days")).toInt(30), 366)}
{
    if (!m_settings.zone.isValid())
        m_settings.zone = QTimeZone("Europe/Warsaw");
    HttpClient::Options options;
    QString origin = account.baseUrl.isEmpty() ? providerInfo().defaultBaseUrl : account.baseUrl;
    while (origin.endsWith(QLatin1Char('/')))
        origin.chop(1);
    if (origin.endsWith(QLatin1String("/rest")))
        origin.chop(5);
    options.baseUrl = origin + QStringLiteral("/rest");
    options.timeoutMs = account.settings.value(QStringLiteral("timeout_ms")).toInt(30000);
    const QByteArray key = account.user.trimmed().toUtf8();
    const QByteArray secret = apiSecret.trimmed().toUtf8();
    // Signed over the path as it goes on the wire and the very bytes sent (§2.1).
    m_http = new HttpClient(
            m_network, options,
            [key, secret](QNetworkRequest &request, QByteArray &body) {
                freshmail::signRequest(request, body, key, secret);
            },
            this);
}

ProviderInfo FreshMailProvider::providerInfo()
{
    ProviderInfo info;
    info.key = QStringLiteral("freshmail");
    info.displayName = QStringLiteral("FreshMail");
    info.description = tr("FreshMail: email campaigns to subscriber lists, sent at once or at a time, with delivery, "
                          "bounce, open, click and unsubscribe counts; test copies and SMS, one message at a time. "
                          "Its block list can be written, not read.");
    info.capabilities = Capability::SendEmail | Capability::SendSms | Capability::GroupSync | Capability::GroupCreate
            | Capability::GroupRename | Capability::ContactPush | Capability::NativeScheduling
            | Capability::CancelScheduled | Capability::RecipientStatus | Capability::CampaignStats
            | Capability::OptOutList | Capability::TestSend | Capability::SpamCheck | Capability::GroupDelete;
    info.credentials = {
            {CredentialField::BaseUrl, tr("API address"), tr("Leave empty for https://api.freshmail.com."), false},
            {CredentialField::User, tr("API key"), tr("The 32-character key under Settings → API in FreshMail."), true},
            {CredentialField::Secret, tr("API secret"),
             tr("The 40-character secret shown with the key; it signs every request and never leaves this computer."),
             true},
    };
    info.defaultBaseUrl = QStringLiteral("https://api.freshmail.com");
    info.maxBatchSize = 100; // SMS: a batch is 100 requests, one per message
    info.holdsScheduledSends = true;
    info.movesHeldSends = false; // no call moves a scheduled campaign (§6)
    info.wholeCampaignChannels = {Channel::Email};
    info.currency = QStringLiteral("PLN");
    info.smsCounters = {CampaignStats::Sent, CampaignStats::Delivered, CampaignStats::Failed, CampaignStats::Pending};
    info.emailCounters = {CampaignStats::Sent,          CampaignStats::Delivered,    CampaignStats::Bounced,
                          CampaignStats::Opened,        CampaignStats::UniqueOpened, CampaignStats::Clicked,
                          CampaignStats::UniqueClicked, CampaignStats::Unsubscribed};
    return info;
}

QDateTime FreshMailProvider::now() const
{
    return m_clock ? m_clock->now() : QDateTime::currentDateTimeUtc();
}

void FreshMailProvider::exchange(ProviderReply *reply, const QByteArray &method, const QString &path,
                                 const QJsonObject &body, bool retrySafe, Outcome outcome)
{
    HttpJob *job = m_http->send(freshmail::jsonRequest(method, path, body, retrySafe));
    connect(reply, &ProviderReply::aborting, job, &HttpJob::abort);
    connect(job, &HttpJob::finished, reply, [reply, job, outcome] {
        // The body decides (§1.1): an ERROR envelope fails whatever the status, an OK one succeeds even with a 500.
        const HttpResponse &response = job->response();
        if (auto error = freshmail::envelopeError(response.body)) {
            error->retrySafe
                    = job->hasError() && job->error().retrySafe && error->kind != ProviderError::Kind::Validation;
            return outcome(reply, &*error, {});
        }
        const QJsonDocument document = QJsonDocument::fromJson(response.body);
        if (document.isObject()
            && document.object()
                            .value(QStringLiteral("status"))
                            .toString()
                            .compare(QLatin1String("OK"), Qt::CaseInsensitive)
                    == 0)
            return outcome(reply, nullptr, document.object());
        if (job->hasError()) {
            const ProviderError error = job->error();
            return outcome(reply, &error, {});
        }
        // §4.1: ping may answer a bare "pong".
        if (response.body.trimmed().contains("pong"))
            return outcome(reply, nullptr, QJsonObject {{QStringLiteral("status"), QStringLiteral("OK")}});
        const ProviderError unreadable {
                ProviderError::Kind::Transient, QString::number(response.status),
                QStringLiteral("Unreadable answer: %1").arg(QString::fromUtf8(response.body.left(200))), false, -1};
        outcome(reply, &unreadable, {});
    });
}

void FreshMailProvider::call(ProviderReply *reply, const QByteArray &method, const QString &path,
                             const QJsonObject &body, bool retrySafe, Handler handler)
{
    exchange(reply, method, path, body, retrySafe,
             [handler](ProviderReply *r, const ProviderError *error, const QJsonObject &envelope) {
                 if (error)
                     return r->failWith(*error);
                 handler(r, envelope);
             });
}

ProviderReply *FreshMailProvider::verify()
{
    auto *reply = new ProviderReply(this);
    call(reply, "GET", QStringLiteral("/ping"), {}, true, [](ProviderReply *r, const QJsonObject &) {
        AccountStatus status;
        status.ok = true;
        status.detail = tr("The API key and secret work: FreshMail answered the signed ping.");
        r->finishWith(QVariant::fromValue(status));
    });
    return reply;
}

ProviderReply *FreshMailProvider::send(const SendRequest &request)
{
    auto *reply = new ProviderReply(this);
    QString problem;
    if (request.messages.isEmpty())
        problem = QStringLiteral("No recipients in the request");
    else if (request.channel == Channel::Email && m_settings.unsubscribeUrl.isEmpty()
             && TemplateRenderer::hasUnsubscribeLink(request.messages.first().subject + request.messages.first().body))
        problem = tr("FreshMail documents no unsubscribe link of its own: set the account's unsubscribe_url setting "
                     "to the page {{unsubscribe_url}} should open.");
    else if (request.channel != Channel::Email && request.channel != Channel::Sms)
        problem = QStringLiteral("FreshMail sends email and SMS only");
    if (!problem.isEmpty()) {
        QTimer::singleShot(0, reply, [reply, problem] {
            reply->failWith({ProviderError::Kind::Validation, {}, problem, false, -1});
        });
        return reply;
    }
    if (request.channel == Channel::Email && !request.test)
        sendEmail(reply, request);
    else
        QTimer::singleShot(0, reply, [this, reply, request] { sendOneByOne(reply, request, 0, {}); });
    return reply;
}

} // namespace cm
