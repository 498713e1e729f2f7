// FreshMail: the client and its signature, one request read by its envelope, the account check and what the adapter
// offers. The operations are in freshmailsms.cpp (SMS and test copies), freshmailcampaigns.cpp (email campaigns and
// scheduling), freshmaillists.cpp (lists, subscribers, the block list) and freshmailreports.cpp; the requests
// themselves in freshmailrequests.cpp and the answers in freshmailparse.cpp.
#include "freshmailprovider.h"

#include "models/clock.h"
#include "models/templaterenderer.h"

#include <QJsonDocument>
#include <QTimer>

namespace cm {

FreshMailProvider::FreshMailProvider(const Account &account, const QString &apiSecret, const ProviderContext &context,
                                     QObject *parent)
    : Provider(account, parent)
    , m_network(context.network(this))
    , m_clock(context.clock)
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
    options.pace = context.pace();
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
    info.can.sending.channels = {Channel::Email, Channel::Sms};
    info.can.sending.wholeCampaign = {Channel::Email};
    info.can.sending.needsOwnUnsubscribePage = {Channel::Email};
    info.can.audience.listGroups = true;
    info.can.audience.createGroups = true;
    info.can.audience.renameGroups = true;
    info.can.audience.deleteGroups = true;
    info.can.audience.pushContacts = true;
    info.can.audience.optOutLists = {Channel::Email};
    // Email campaigns wait for their time there and can be cancelled, not moved (§6); SMS go one at a time, at once.
    info.can.scheduling.holds = {Channel::Email};
    info.can.scheduling.cancels = true;
    info.can.reporting.recipientStatus = true;
    info.can.reporting.findsSent = {Channel::Sms}; // by the messageId we set (§9); mail cannot be asked
    info.can.reporting.campaignCounters = true;
    info.can.reporting.counters
            = {{Channel::Sms,
                {CampaignStats::Sent, CampaignStats::Delivered, CampaignStats::Failed, CampaignStats::Pending}},
               {Channel::Email,
                {CampaignStats::Sent, CampaignStats::Delivered, CampaignStats::Bounced, CampaignStats::Opened,
                 CampaignStats::UniqueOpened, CampaignStats::Clicked, CampaignStats::UniqueClicked,
                 CampaignStats::Unsubscribed}}};
    info.can.extras.testSend = true;
    info.can.extras.spamCheck = true;
    info.credentials = {
            {CredentialField::BaseUrl, tr("API address"), tr("Leave empty for https://api.freshmail.com."), false},
            {CredentialField::User, tr("API key"), tr("The 32-character key under Settings → API in FreshMail."), true},
            {CredentialField::Secret, tr("API secret"),
             tr("The 40-character secret shown with the key; it signs every request and never leaves this computer."),
             true},
    };
    info.defaultBaseUrl = QStringLiteral("https://api.freshmail.com");
    info.maxBatchSize = 100; // SMS: a batch is 100 requests, one per message
    info.currency = QStringLiteral("PLN");
    return info;
}

QDateTime FreshMailProvider::now() const
{
    return m_clock ? m_clock->now() : QDateTime::currentDateTimeUtc();
}

Flow *FreshMailProvider::flowOf(ProviderReply *reply) const
{
    return Flow::on(reply, m_http, &FreshMailProvider::errorOf);
}

std::optional<ProviderError> FreshMailProvider::errorOf(const HttpJob *job)
{
    const ProviderError failure = job->error();
    const freshmail::Answer answer = freshmail::readAnswer(job->response(), &failure);
    if (answer.error)
        return *answer.error;
    return std::nullopt; // an OK envelope with an error status is a success (§1.1): the step reads it as an answer
}

void FreshMailProvider::exchange(Flow *flow, const HttpRequest &request, Envelope ok, Flow::Failed failed)
{
    const auto fail = [reply = flow->reply(), failed = std::move(failed)](const ProviderError &error) {
        if (failed)
            return failed(error);
        reply->failWith(error); // what the flow does with an error no step takes, whatever the reply's type
    };
    flow->request(
            request,
            [ok, fail](const HttpResponse &response) {
                const freshmail::Answer answer = freshmail::readAnswer(response, nullptr);
                if (answer.error)
                    return fail(*answer.error);
                ok(answer.envelope);
            },
            fail);
}

Reply<AccountStatus> FreshMailProvider::verify()
{
    auto reply = Reply<AccountStatus>::make(this);
    exchange(flowOf(reply), freshmail::jsonRequest("GET", QStringLiteral("/ping"), {}, true),
             [reply](const QJsonObject &) {
                 AccountStatus status;
                 status.ok = true;
                 status.detail = tr("The API key and secret work: FreshMail answered the signed ping.");
                 reply.finish(status);
             });
    return reply;
}

Reply<SendResult> FreshMailProvider::send(const SendRequest &request)
{
    auto reply = Reply<SendResult>::make(this);
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
        QTimer::singleShot(0, reply.get(), [reply, problem] {
            reply.fail({ProviderError::Kind::Validation, {}, problem, false, -1});
        });
        return reply;
    }
    if (request.channel == Channel::Email && !request.test)
        sendEmail(reply, request);
    else
        QTimer::singleShot(0, reply.get(), [this, reply, request] { sendOneByOne(reply, request); });
    return reply;
}

} // namespace cm
