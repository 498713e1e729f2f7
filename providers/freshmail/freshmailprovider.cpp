#include "freshmailprovider.h"

#include "models/clock.h"
#include "models/templaterenderer.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QRegularExpression>
#include <QSet>
#include <QTimer>

namespace cm {

namespace freshmail {

QByteArray sign(const QByteArray &key, const QByteArray &path, const QByteArray &body, const QByteArray &secret)
{
    QCryptographicHash hash(QCryptographicHash::Sha1);
    for (const QByteArray *part : {&key, &path, &body, &secret})
        hash.addData(*part);
    return hash.result().toHex();
}

ProviderError::Kind kindOf(int code)
{
    using Kind = ProviderError::Kind;
    switch (code) {
    case 1000:
    case 1004:
        return Kind::Auth;
    case 1207:
    case 1907:
    case 1386:
        return Kind::RateLimited;
    case 500:
    case 1906:
    case 1250:
    case 1510:
    case 1704:
        return Kind::Transient;
    case 1001:
    case 1002:
    case 1003:
    case 1150:
    case 1251:
    case 1513:
    case 1736:
    case 1751:
    case 1798:
        return Kind::Permanent;
    default:
        return Kind::Validation;
    }
}

std::optional<ProviderError> envelopeError(const QByteArray &body)
{
    const QJsonObject envelope = QJsonDocument::fromJson(body).object();
    if (envelope.value(QStringLiteral("status")).toString().compare(QLatin1String("ERROR"), Qt::CaseInsensitive) != 0)
        return std::nullopt;
    QJsonArray errors = envelope.value(QStringLiteral("errors")).toArray();
    if (errors.isEmpty())
        errors = envelope.value(QStringLiteral("Errors")).toArray();
    ProviderError e;
    QStringList messages;
    for (const QJsonValue &v : std::as_const(errors)) {
        const QJsonObject o = v.toObject();
        if (e.code.isEmpty())
            e.code = QString::number(number(o.value(QStringLiteral("code"))));
        messages.append(o.value(QStringLiteral("message")).toString());
    }
    if (e.code.isEmpty())
        e.code = QStringLiteral("ERROR");
    e.message = messages.join(QStringLiteral("; "));
    e.kind = kindOf(e.code.toInt());
    if (e.code == QLatin1String("1000"))
        e.message = QCoreApplication::translate("cm::FreshMailProvider",
                                                "FreshMail refused the API key or its signature: check the key and "
                                                "the secret under Settings → API in FreshMail.")
                + QStringLiteral(" (") + e.message + QLatin1Char(')');
    return e;
}

qint64 number(const QJsonValue &value)
{
    if (value.isDouble())
        return qint64(value.toDouble());
    return value.toString().trimmed().toLongLong();
}

QString stateName(int state)
{
    switch (state) {
    case 1:
        return QStringLiteral("subscribed");
    case 2:
        return QStringLiteral("pending");
    case 3:
        return QStringLiteral("unconfirmed");
    case 4:
        return QStringLiteral("unsubscribed");
    case 5:
        return QStringLiteral("soft_bounced");
    case 8:
        return QStringLiteral("hard_bounced");
    default:
        return QString::number(state);
    }
}

std::optional<EventType> smsEvent(const QString &status)
{
    const QString s = status.toUpper();
    if (s == QLatin1String("DELIVERED"))
        return EventType::Delivered;
    if (s == QLatin1String("ACCEPTED") || s == QLatin1String("SENT") || s == QLatin1String("RENEWAL"))
        return EventType::Sent;
    if (s == QLatin1String("UNDELIVERED") || s == QLatin1String("REJECTED") || s == QLatin1String("EXPIRED")
        || s == QLatin1String("FAILED") || s == QLatin1String("ERROR") || s == QLatin1String("STOP"))
        return EventType::Failed;
    return std::nullopt; // QUEUE, UNKNOWN, NOT_FOUND: nothing known yet, or ever
}

CampaignStats campaignStats(const QJsonObject &r)
{
    CampaignStats stats;
    const auto get = [&r](const char *key) { return number(r.value(QLatin1String(key))); };
    stats.set(CampaignStats::Sent, get("subscribers"));
    stats.set(CampaignStats::Delivered, get("delivered"));
    stats.set(CampaignStats::Bounced, get("hard_bounce") + get("soft_bounce"));
    stats.set(CampaignStats::Opened, get("opened"));
    stats.set(CampaignStats::UniqueOpened, get("unique_opened"));
    stats.set(CampaignStats::Clicked, get("clicked"));
    // §11 #16: the field list says sunique_clicked, the sample unique_clicked.
    stats.set(CampaignStats::UniqueClicked,
              r.contains(QStringLiteral("unique_clicked")) ? get("unique_clicked") : get("sunique_clicked"));
    stats.set(CampaignStats::Unsubscribed, get("resigned"));
    return stats;
}

QString gsm(const QString &phone)
{
    QString digits = phone.trimmed();
    if (digits.startsWith(QLatin1Char('+')))
        digits.remove(0, 1);
    static const QRegularExpression onlyDigits(QStringLiteral("^[0-9]+$"));
    if (!onlyDigits.match(digits).hasMatch())
        return {};
    if (digits.size() == 9)
        digits.prepend(QStringLiteral("48"));
    return digits.size() == 11 ? QLatin1Char('+') + digits : QString();
}

QString smsProblem(const QString &text)
{
    // §5: the document's set, one position each (the composer warns that ^{}\[~]| cost two on real phones).
    static const QString plain = QStringLiteral("@£$¥èéùìòÇØøÅå_^{}\\[~]| ÆæßÉ!\"#¤%&'()*+,-./:;<=>?ÄÖÑÜ§¿äöñüà");
    bool special = false;
    for (const QChar c : text) {
        const bool ascii = (c >= QLatin1Char('0') && c <= QLatin1Char('9'))
                || (c >= QLatin1Char('A') && c <= QLatin1Char('Z')) || (c >= QLatin1Char('a') && c <= QLatin1Char('z'));
        if (!ascii && !plain.contains(c)) {
            special = true;
            break;
        }
    }
    const int limit = special ? 200 : 459;
    if (text.trimmed().isEmpty())
        return QCoreApplication::translate("cm::FreshMailProvider", "The SMS has no text (error 1102).");
    if (text.size() > limit)
        return QCoreApplication::translate("cm::FreshMailProvider",
                                           "FreshMail sends at most %1 characters in 3 parts for this text (it has "
                                           "%2); shorten it.")
                .arg(limit)
                .arg(text.size());
    return {};
}

} // namespace freshmail

namespace {

constexpr int Chunk = 100; // *Multiple calls take at most 100 (1399)

QJsonArray dataArray(const QJsonObject &envelope, const char *topLevel)
{
    // §11 #14: documented under "data", observed at the top level ("lists", "fields").
    const QJsonValue data = envelope.value(QStringLiteral("data"));
    if (data.isArray())
        return data.toArray();
    if (data.isObject() && data.toObject().value(QLatin1String(topLevel)).isArray())
        return data.toObject().value(QLatin1String(topLevel)).toArray();
    return envelope.value(QLatin1String(topLevel)).toArray();
}

// A key of `data` or of the envelope, whatever its capitalisation (§11 #3).
QJsonValue anyCase(const QJsonObject &envelope, const QString &key)
{
    const QJsonObject data = envelope.value(QStringLiteral("data")).toObject();
    for (const QJsonObject &o : {data, envelope}) {
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (it.key().compare(key, Qt::CaseInsensitive) == 0)
                return it.value();
        }
    }
    return {};
}

// The per-address errors of a *Multiple answer: address → "message (code)".
QHash<QString, QString> addressErrors(const QJsonObject &envelope)
{
    QHash<QString, QString> errors;
    for (const QJsonValue &v : anyCase(envelope, QStringLiteral("errors")).toArray()) {
        const QJsonObject o = v.toObject();
        const QString email = o.value(QStringLiteral("email")).toString().trimmed().toLower();
        if (email.isEmpty())
            continue;
        QString message = o.value(QStringLiteral("error")).toString();
        if (message.isEmpty())
            message = o.value(QStringLiteral("message")).toString();
        errors.insert(email,
                      QStringLiteral("%1 (%2)").arg(message).arg(freshmail::number(o.value(QStringLiteral("code")))));
    }
    return errors;
}

} // namespace

FreshMailProvider::FreshMailProvider(const Account &account, const QString &apiSecret, const Clock *clock,
                                     QObject *parent)
    : Provider(account, parent)
    , m_network(new QNetworkAccessManager(this))
    , m_clock(clock)
    , m_zone(account.settings.value(QStringLiteral("providerTimeZone"))
                     .toString(QStringLiteral("Europe/Warsaw"))
                     .toUtf8())
    , m_fromName(account.settings.value(QStringLiteral("from_name")).toString())
    , m_replyTo(account.settings.value(QStringLiteral("reply_to")).toString())
    , m_unsubscribeUrl(account.settings.value(QStringLiteral("unsubscribe_url")).toString())
    , m_resignUrl(account.settings.value(QStringLiteral("resign_url")).toString())
    , m_smsFrom(account.settings.value(QStringLiteral("sms_from")).toString())
    , m_reportDays(qBound(1, account.settings.value(QStringLiteral("report_days")).toInt(30), 366))
{
    if (!m_zone.isValid())
        m_zone = QTimeZone("Europe/Warsaw");
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
                const QByteArray path = request.url().path(QUrl::FullyEncoded).toUtf8();
                request.setRawHeader("X-Rest-ApiKey", key);
                request.setRawHeader("X-Rest-ApiSign", freshmail::sign(key, path, body, secret));
                request.setHeader(QNetworkRequest::ContentTypeHeader, "application/json");
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

QString FreshMailProvider::providerTime(const QDateTime &utc, const QTimeZone &zone)
{
    // Seconds resolution: a time with milliseconds goes up to the next second, never earlier than asked.
    QDateTime at = utc;
    if (at.time().msec() > 0)
        at = at.addMSecs(1000 - at.time().msec());
    return at.toTimeZone(zone).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

void FreshMailProvider::exchange(ProviderReply *reply, const QByteArray &method, const QString &path,
                                 const QJsonObject &body, bool retrySafe, Outcome outcome)
{
    HttpRequest request;
    request.method = method;
    request.path = path;
    request.contentType = "application/json";
    if (method != "GET")
        request.body = QJsonDocument(body).toJson(QJsonDocument::Compact); // serialised once, signed as sent
    request.retrySafe = retrySafe;
    HttpJob *job = m_http->send(request);
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

QString FreshMailProvider::withUnsubscribe(const QString &html) const
{
    return TemplateRenderer::withUnsubscribeLink(html, m_unsubscribeUrl.toHtmlEscaped());
}

ProviderReply *FreshMailProvider::send(const SendRequest &request)
{
    auto *reply = new ProviderReply(this);
    QString problem;
    if (request.messages.isEmpty())
        problem = QStringLiteral("No recipients in the request");
    else if (request.channel == Channel::Email && m_unsubscribeUrl.isEmpty()
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

// One message per request (SMS, and test copies as transactional mail). Never retried: neither call is idempotent
// (§9). A message without an answer is left out of the outcomes (unknown); those after it are failed, untried.
void FreshMailProvider::sendOneByOne(ProviderReply *reply, SendRequest request, qsizetype next, SendResult result)
{
    if (next >= request.messages.size())
        return reply->finishWith(QVariant::fromValue(result));
    const OutgoingMessage &m = request.messages.at(next);
    QJsonObject body;
    QString path;
    QString problem;
    if (request.channel == Channel::Sms) {
        path = QStringLiteral("/sms");
        const QString number = freshmail::gsm(m.address);
        problem = number.isEmpty() ? tr("FreshMail takes 9-digit Polish numbers or 11 digits with the country code "
                                        "(error 1101).")
                                   : freshmail::smsProblem(m.body);
        body = {{QStringLiteral("gsm"), number},
                {QStringLiteral("text"), m.body},
                {QStringLiteral("messageId"), m.clientKey.left(42)}};
        const QString from = request.sender.isEmpty() ? m_smsFrom : request.sender;
        if (!from.isEmpty())
            body.insert(QStringLiteral("from"), from);
    } else {
        path = QStringLiteral("/mail");
        body = {{QStringLiteral("subscriber"), m.address},
                {QStringLiteral("subject"), m.subject},
                {QStringLiteral("html"), withUnsubscribe(m.body)},
                {QStringLiteral("encoding"), QStringLiteral("UTF-8")}};
        if (!request.sender.isEmpty()) {
            body.insert(QStringLiteral("from"), request.sender);
            body.insert(QStringLiteral("from_name"), m_fromName.isEmpty() ? request.sender : m_fromName); // §11 #30
        }
        if (!m_replyTo.isEmpty())
            body.insert(QStringLiteral("reply_to"), m_replyTo);
    }
    if (!problem.isEmpty()) {
        result.outcomes.append({m.clientKey, {}, false, problem});
        return sendOneByOne(reply, request, next + 1, result);
    }
    exchange(reply, "POST", path, body, false,
             [this, request, next, result](ProviderReply *r, const ProviderError *error, const QJsonObject &) mutable {
                 const OutgoingMessage &m = request.messages.at(next);
                 if (error && error->kind == ProviderError::Kind::Transient) {
                     // No answer: this one is unknown; the rest were never tried.
                     for (qsizetype i = next + 1; i < request.messages.size(); ++i)
                         result.outcomes.append({request.messages.at(i).clientKey,
                                                 {},
                                                 false,
                                                 tr("Not tried: FreshMail did not answer for an earlier message.")});
                     return r->finishWith(QVariant::fromValue(result));
                 }
                 if (error && (error->kind == ProviderError::Kind::Auth || error->code == QLatin1String("1150")))
                     return r->failWith(*error); // nothing of the batch can go
                 if (error)
                     result.outcomes.append(
                             {m.clientKey, {}, false, QStringLiteral("%1 (%2)").arg(error->message, error->code)});
                 else
                     result.outcomes.append({m.clientKey, m.clientKey.left(42), true, {}});
                 r->reportProgress(next + 1, request.messages.size());
                 sendOneByOne(r, request, next + 1, result);
             });
}

// Email (§4.4, §4.3, §4.5): a list of the campaign's own, filled with its recipients, then the campaign for that
// list, then the send. Only the last call sends anything: an error before it leaves every recipient failed (and
// retryable), not unknown.
void FreshMailProvider::sendEmail(ProviderReply *reply, const SendRequest &request)
{
    const QDateTime now = m_clock ? m_clock->now() : QDateTime::currentDateTimeUtc();
    const QString listName
            = tr("%1 (Campaign Manager, %2)")
                      .arg(request.campaignName, now.toTimeZone(m_zone).toString(QStringLiteral("yyyy-MM-dd HH:mm")));
    QStringList emails;
    for (const OutgoingMessage &m : request.messages)
        emails.append(m.address);
    const QJsonObject create {{QStringLiteral("name"), listName},
                              {QStringLiteral("description"), tr("Recipients of “%1”.").arg(request.campaignName)}};
    exchange(reply, "POST", QStringLiteral("/subscribers_list/create"), create, false,
             [this, request, emails](ProviderReply *r, const ProviderError *error, const QJsonObject &envelope) {
                 if (error)
                     return r->failWith(error->beforeSending());
                 const QString list = anyCase(envelope, QStringLiteral("hash")).toString();
                 if (list.isEmpty())
                     return r->failWith(ProviderError {
                             ProviderError::Kind::Permanent, {}, tr("FreshMail gave no list hash."), false, -1}
                                                .beforeSending());
                 addRecipients(r, list, emails, 0, {},
                               [this, r, request, list](const QHash<QString, QString> &rejected) {
                                   createCampaign(r, request, list, rejected);
                               });
             });
}

void FreshMailProvider::createCampaign(ProviderReply *reply, const SendRequest &request, const QString &list,
                                       const QHash<QString, QString> &rejected)
{
    const OutgoingMessage &first = request.messages.first();
    QJsonObject campaign {{QStringLiteral("name"), request.campaignName},
                          {QStringLiteral("subject"), first.subject},
                          {QStringLiteral("html"), withUnsubscribe(first.body)},
                          {QStringLiteral("list"), list}};
    if (!request.sender.isEmpty()) {
        campaign.insert(QStringLiteral("from_address"), request.sender);
        if (!m_fromName.isEmpty())
            campaign.insert(QStringLiteral("from_name"), m_fromName);
    }
    if (!m_replyTo.isEmpty())
        campaign.insert(QStringLiteral("reply_to"), m_replyTo);
    if (!m_resignUrl.isEmpty())
        campaign.insert(QStringLiteral("resignlink"), m_resignUrl);
    exchange(reply, "POST", QStringLiteral("/campaigns/create"), campaign, false,
             [this, request, rejected](ProviderReply *r, const ProviderError *error, const QJsonObject &created) {
                 if (error)
                     return r->failWith(error->beforeSending());
                 const QString hash = anyCase(created, QStringLiteral("hash")).toString();
                 if (hash.isEmpty())
                     return r->failWith(ProviderError {
                             ProviderError::Kind::Permanent, {}, tr("FreshMail gave no campaign hash."), false, -1}
                                                .beforeSending());
                 startCampaign(r, request, hash, rejected);
             });
}

void FreshMailProvider::startCampaign(ProviderReply *reply, const SendRequest &request, const QString &hash,
                                      const QHash<QString, QString> &rejected)
{
    const QDateTime now = m_clock ? m_clock->now() : QDateTime::currentDateTimeUtc();
    QJsonObject send {{QStringLiteral("hash"), hash}};
    // A time less than two minutes away is sent now (1733 if it passed meanwhile, §6).
    if (request.scheduledAt.isValid() && request.scheduledAt > now.addSecs(120))
        send.insert(QStringLiteral("time"), providerTime(request.scheduledAt, m_zone));
    exchange(reply, "POST", QStringLiteral("/campaigns/send"), send, false,
             [request, rejected, hash](ProviderReply *r, const ProviderError *error, const QJsonObject &) {
                 if (error)
                     return r->failWith(*error); // this one sends: a lost answer stays unknown
                 SendResult result;
                 result.remoteCampaignId = hash;
                 for (const OutgoingMessage &m : request.messages) {
                     const QString why = rejected.value(m.address.toLower());
                     result.outcomes.append(
                             {m.clientKey, why.isEmpty() ? m.address.toLower() : QString(), why.isEmpty(), why});
                 }
                 r->finishWith(QVariant::fromValue(result));
             });
}

void FreshMailProvider::addRecipients(ProviderReply *reply, const QString &list, QStringList emails, qsizetype next,
                                      QHash<QString, QString> errors,
                                      std::function<void(const QHash<QString, QString> &)> then)
{
    if (next >= emails.size())
        return then(errors);
    QJsonArray subscribers;
    for (const QString &email : emails.mid(next, Chunk))
        subscribers.append(QJsonObject {{QStringLiteral("email"), email}});
    // State 1 without a confirmation mail: they are our recipients, on a list made for this send.
    const QJsonObject body {{QStringLiteral("list"), list},
                            {QStringLiteral("state"), 1},
                            {QStringLiteral("confirm"), 0},
                            {QStringLiteral("subscribers"), subscribers}};
    const qsizetype size = subscribers.size();
    exchange(reply, "POST", QStringLiteral("/subscriber/addMultiple"), body, false,
             [this, list, emails, next, errors, then, size](ProviderReply *r, const ProviderError *error,
                                                            const QJsonObject &envelope) mutable {
                 if (error)
                     return r->failWith(error->beforeSending());
                 errors.insert(addressErrors(envelope));
                 r->reportProgress(next + size, emails.size());
                 addRecipients(r, list, emails, next + size, errors, then);
             });
}

ProviderReply *FreshMailProvider::listGroups()
{
    auto *reply = new ProviderReply(this);
    call(reply, "GET", QStringLiteral("/subscribers_list/lists"), {}, true,
         [](ProviderReply *r, const QJsonObject &envelope) {
             QList<RemoteGroup> groups;
             for (const QJsonValue &v : dataArray(envelope, "lists")) {
                 const QJsonObject o = v.toObject();
                 QString hash = o.value(QStringLiteral("subscriberListHash")).toString();
                 if (hash.isEmpty())
                     hash = o.value(QStringLiteral("hash")).toString();
                 groups.append({hash, o.value(QStringLiteral("name")).toString(),
                                o.contains(QStringLiteral("subscribers_number"))
                                        ? freshmail::number(o.value(QStringLiteral("subscribers_number")))
                                        : -1});
             }
             r->finishWith(QVariant::fromValue(groups));
         });
    return reply;
}

ProviderReply *FreshMailProvider::createGroup(const QString &name)
{
    auto *reply = new ProviderReply(this);
    call(reply, "POST", QStringLiteral("/subscribers_list/create"), {{QStringLiteral("name"), name}}, false,
         [name](ProviderReply *r, const QJsonObject &envelope) {
             r->finishWith(
                     QVariant::fromValue(RemoteGroup {anyCase(envelope, QStringLiteral("hash")).toString(), name, 0}));
         });
    return reply;
}

ProviderReply *FreshMailProvider::renameGroup(const QString &groupId, const QString &name)
{
    auto *reply = new ProviderReply(this);
    call(reply, "POST", QStringLiteral("/subscribers_list/update"),
         {{QStringLiteral("hash"), groupId}, {QStringLiteral("name"), name}}, true,
         [groupId, name](ProviderReply *r, const QJsonObject &) {
             r->finishWith(QVariant::fromValue(RemoteGroup {groupId, name, -1}));
         });
    return reply;
}

ProviderReply *FreshMailProvider::pushContacts(const QString &groupId, const QList<Contact> &contacts)
{
    auto *reply = new ProviderReply(this);
    QList<Contact> withEmail;
    for (const Contact &c : contacts) {
        if (!c.email.isEmpty())
            withEmail.append(c);
    }
    // The list's fields first: values go only to tags it has (an unknown tag fails the address, 1303).
    call(reply, "POST", QStringLiteral("/subscribers_list/getFields"), {{QStringLiteral("hash"), groupId}}, true,
         [this, groupId, withEmail](ProviderReply *r, const QJsonObject &envelope) {
             QStringList tags;
             for (const QJsonValue &v : dataArray(envelope, "fields"))
                 tags.append(v.toObject().value(QStringLiteral("tag")).toString());
             pushChunk(r, groupId, withEmail, tags, 0, 0);
         });
    return reply;
}

namespace {

// §4.3: every object with an email and a state is a subscriber, wherever getMultiple's answer puts it.
void collectSubscribers(const QJsonValue &value, QSet<QString> *found)
{
    if (value.isArray()) {
        for (const QJsonValue &item : value.toArray())
            collectSubscribers(item, found);
    } else if (value.isObject()) {
        const QJsonObject o = value.toObject();
        if (o.contains(QStringLiteral("email")) && o.contains(QStringLiteral("state")))
            found->insert(o.value(QStringLiteral("email")).toString().toLower());
        for (auto it = o.begin(); it != o.end(); ++it)
            collectSubscribers(it.value(), found);
    }
}

} // namespace

void FreshMailProvider::pushChunk(ProviderReply *reply, QString list, QList<Contact> contacts, QStringList tags,
                                  qsizetype next, int accepted)
{
    if (next >= contacts.size())
        return reply->finishWith(accepted);
    const QList<Contact> chunk = contacts.mid(next, Chunk);
    QJsonArray lookup;
    for (const Contact &c : chunk)
        lookup.append(QJsonObject {{QStringLiteral("email"), c.email}});
    call(reply, "POST", QStringLiteral("/subscriber/getMultiple"),
         {{QStringLiteral("list"), list}, {QStringLiteral("subscribers"), lookup}}, true,
         [this, list, contacts, tags, next, accepted, chunk](ProviderReply *r, const QJsonObject &found) {
             QSet<QString> known;
             collectSubscribers(found, &known);
             QJsonArray fresh;
             QJsonArray existing;
             bool anyFields = false;
             for (const Contact &c : chunk) {
                 QJsonObject fields;
                 const QVariantMap values = c.templateValues();
                 for (const QString &tag : tags) {
                     if (const QString value = values.value(tag).toString(); !value.isEmpty())
                         fields.insert(tag, value);
                 }
                 QJsonObject item {{QStringLiteral("email"), c.email}};
                 if (!fields.isEmpty())
                     item.insert(QStringLiteral("custom_fields"), fields);
                 const bool isKnown = known.contains(c.email.toLower());
                 anyFields = anyFields || (isKnown && !fields.isEmpty());
                 (isKnown ? existing : fresh).append(item);
             }
             const qsizetype after = next + chunk.size();
             const auto edit = [this, list, contacts, tags, after, existing, anyFields](ProviderReply *r2, int added) {
                 if (!anyFields) {
                     r2->reportProgress(after, contacts.size());
                     return pushChunk(r2, list, contacts, tags, after, added + int(existing.size()));
                 }
                 // No state: whoever left the list, or bounced, stays so.
                 call(r2, "POST", QStringLiteral("/subscriber/editMultiple"),
                      {{QStringLiteral("list"), list}, {QStringLiteral("subscribers"), existing}}, true,
                      [this, list, contacts, tags, after, existing, added](ProviderReply *r3,
                                                                           const QJsonObject &edited) {
                          r3->reportProgress(after, contacts.size());
                          pushChunk(r3, list, contacts, tags, after,
                                    added + int(existing.size() - addressErrors(edited).size()));
                      });
             };
             if (fresh.isEmpty())
                 return edit(r, accepted);
             call(r, "POST", QStringLiteral("/subscriber/addMultiple"),
                  {{QStringLiteral("list"), list},
                   {QStringLiteral("state"), 1},
                   {QStringLiteral("confirm"), 0},
                   {QStringLiteral("subscribers"), fresh}},
                  false, [edit, accepted, fresh](ProviderReply *r2, const QJsonObject &added) {
                      edit(r2, accepted + int(fresh.size() - addressErrors(added).size()));
                  });
         });
}

ProviderReply *FreshMailProvider::getContact(const QString &groupId, const QString &email)
{
    auto *reply = new ProviderReply(this);
    exchange(reply, "GET", QStringLiteral("/subscriber/get/%1/%2").arg(groupId, email.trimmed()), {}, true,
             [email](ProviderReply *r, const ProviderError *error, const QJsonObject &envelope) {
                 // §4.2: 1311 (or 1313) is "not on this list".
                 if (error && (error->code == QLatin1String("1311") || error->code == QLatin1String("1313")))
                     return r->failWith({ProviderError::Kind::Permanent, error->code,
                                         tr("%1 is not on this FreshMail list.").arg(email), false, -1});
                 if (error)
                     return r->failWith(*error);
                 const QJsonObject data = envelope.value(QStringLiteral("data")).toObject();
                 Contact c;
                 c.email = data.value(QStringLiteral("email")).toString();
                 c.remoteId = c.email;
                 const QJsonObject fields = data.value(QStringLiteral("custom_fields")).toObject();
                 for (auto it = fields.begin(); it != fields.end(); ++it)
                     c.fields.insert(it.key(), it.value().toVariant().toString());
                 c.fields.insert(QStringLiteral("freshmail_state"),
                                 freshmail::stateName(int(freshmail::number(data.value(QStringLiteral("state"))))));
                 r->finishWith(QVariant::fromValue(c));
             });
    return reply;
}

ProviderReply *FreshMailProvider::deleteContact(const QString &groupId, const QString &email)
{
    auto *reply = new ProviderReply(this);
    call(reply, "POST", QStringLiteral("/subscriber/delete"),
         {{QStringLiteral("email"), email}, {QStringLiteral("list"), groupId}}, true,
         [](ProviderReply *r, const QJsonObject &) { r->finishWith(true); });
    return reply;
}

ProviderReply *FreshMailProvider::optOuts(const QString &)
{
    // §4.3: there is no call that lists the block list; ours is the master copy and is pushed.
    auto *reply = new ProviderReply(this);
    QTimer::singleShot(0, reply, [reply] { reply->finishWith(QVariant::fromValue(QList<OptOut> {})); });
    return reply;
}

ProviderReply *FreshMailProvider::changeContact(const QString &address, ContactChange change)
{
    if (change != ContactChange::Block && change != ContactChange::Unblock)
        return unsupported(tr("change a subscription outside a list"));
    auto *reply = new ProviderReply(this);
    if (!address.contains(QLatin1Char('@'))) {
        QTimer::singleShot(0, reply, [reply] { reply->finishWith(false); }); // blocks are email addresses only
        return reply;
    }
    const bool block = change == ContactChange::Block;
    call(reply, "POST", block ? QStringLiteral("/subscriber/addBlocks") : QStringLiteral("/subscriber/removeBlocks"),
         {{QStringLiteral("emails"), QJsonArray {address.trimmed().toLower()}}}, true,
         [](ProviderReply *r, const QJsonObject &envelope) {
             const QJsonObject stats = anyCase(envelope, QStringLiteral("stats")).toObject();
             r->finishWith(freshmail::number(stats.value(QStringLiteral("incorrect"))) == 0);
         });
    return reply;
}

ProviderReply *FreshMailProvider::cancelScheduled(const QString &campaignHash)
{
    auto *reply = new ProviderReply(this);
    exchange(reply, "POST", QStringLiteral("/campaigns/delete"), {{QStringLiteral("hash"), campaignHash}}, true,
             [](ProviderReply *r, const ProviderError *error, const QJsonObject &) {
                 if (error && error->code != QLatin1String("1798")) // already deleted: cancelled all the same
                     return r->failWith(*error);
                 r->finishWith(true);
             });
    return reply;
}

ProviderReply *FreshMailProvider::campaignStats(const QString &campaignHash)
{
    auto *reply = new ProviderReply(this);
    call(reply, "GET", QStringLiteral("/reports/campaign/%1").arg(campaignHash), {}, true,
         [this](ProviderReply *r, const QJsonObject &envelope) {
             CampaignStats stats = freshmail::campaignStats(envelope.value(QStringLiteral("data")).toObject());
             stats.takenAt = m_clock ? m_clock->now() : QDateTime::currentDateTimeUtc();
             r->finishWith(QVariant::fromValue(stats));
         });
    return reply;
}

ProviderReply *FreshMailProvider::listCampaigns()
{
    auto *reply = new ProviderReply(this);
    QTimer::singleShot(0, reply, [this, reply] { campaignsPage(reply, 1, {}); });
    return reply;
}

void FreshMailProvider::campaignsPage(ProviderReply *reply, int page, QList<RemoteCampaign> gathered)
{
    exchange(reply, "GET", QStringLiteral("/reports/campaignsList/%1").arg(page), {}, true,
             [this, page, gathered](ProviderReply *r, const ProviderError *error, const QJsonObject &envelope) mutable {
                 if (error && error->code == QLatin1String("1401")) // past the last page
                     return r->finishWith(QVariant::fromValue(gathered));
                 if (error)
                     return r->failWith(*error);
                 const QJsonArray items = dataArray(envelope, "campaigns");
                 for (const QJsonValue &v : items) {
                     const QJsonObject o = v.toObject();
                     RemoteCampaign c;
                     c.id = o.value(QStringLiteral("id_hash")).toString();
                     c.name = o.value(QStringLiteral("name")).toString();
                     c.state = QStringLiteral("sent");
                     c.scheduledAt = providerDate(o.value(QStringLiteral("sent")).toString());
                     c.recipients = freshmail::number(o.value(QStringLiteral("subscribers")));
                     gathered.append(c);
                 }
                 if (items.size() < 25 || page >= 1000)
                     return r->finishWith(QVariant::fromValue(gathered));
                 campaignsPage(r, page + 1, gathered);
             });
}

QDateTime FreshMailProvider::providerDate(const QString &text) const
{
    QDateTime at = QDateTime::fromString(text.trimmed(), QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    if (!at.isValid())
        at = QDateTime::fromString(text.trimmed(), QStringLiteral("yyyy-MM-dd HH:mm"));
    if (!at.isValid())
        return {};
    at.setTimeZone(m_zone);
    return at.toUTC();
}

ProviderReply *FreshMailProvider::fetchEvents(const QStringList &messageIds)
{
    auto *reply = new ProviderReply(this);
    const QSet<QString> ids(messageIds.cbegin(), messageIds.cend());
    QTimer::singleShot(0, reply, [this, reply, ids] { reportsPage(reply, ids, 1, {}); });
    return reply;
}

void FreshMailProvider::reportsPage(ProviderReply *reply, QSet<QString> ids, int page, QList<DeliveryEvent> events)
{
    const QDateTime now = (m_clock ? m_clock->now() : QDateTime::currentDateTimeUtc()).toTimeZone(m_zone);
    const QJsonObject body {
            {QStringLiteral("startDate"), now.addDays(-m_reportDays).toString(QStringLiteral("yyyy-MM-dd"))},
            {QStringLiteral("endDate"), now.toString(QStringLiteral("yyyy-MM-dd"))},
            {QStringLiteral("page"), page}};
    call(reply, "POST", QStringLiteral("/sms/reports"), body, true,
         [this, ids, page, events](ProviderReply *r, const QJsonObject &envelope) mutable {
             for (const QJsonValue &v : dataArray(envelope, "data")) {
                 const QJsonObject o = v.toObject();
                 const QString id = o.value(QStringLiteral("message_id")).toVariant().toString();
                 if (!ids.contains(id))
                     continue;
                 const QString status = o.value(QStringLiteral("status")).toString();
                 const auto type = freshmail::smsEvent(status);
                 if (!type)
                     continue;
                 QString detail = status;
                 if (const QString why = o.value(QStringLiteral("error")).toString(); !why.isEmpty())
                     detail += QStringLiteral(": ") + why;
                 events.append(
                         {id, *type, providerDate(o.value(QStringLiteral("modification_date")).toString()), detail});
             }
             // allData = 1 on the last page (§4.9).
             if (freshmail::number(envelope.value(QStringLiteral("allData"))) == 1 || page >= 1000)
                 return r->finishWith(QVariant::fromValue(events));
             r->reportProgress(page, 0);
             reportsPage(r, ids, page + 1, events);
         });
}

ProviderReply *FreshMailProvider::spamCheck(const QString &subject, const QString &html, const QString &text,
                                            const QString &from)
{
    auto *reply = new ProviderReply(this);
    QJsonObject body {{QStringLiteral("subject"), subject}, {QStringLiteral("html"), withUnsubscribe(html)}};
    if (!text.isEmpty())
        body.insert(QStringLiteral("text"), text);
    if (!from.isEmpty())
        body.insert(QStringLiteral("from"), from);
    call(reply, "POST", QStringLiteral("/spam_test/check"), body, true,
         [](ProviderReply *r, const QJsonObject &envelope) {
             QStringList tests;
             for (const QJsonValue &v : anyCase(envelope, QStringLiteral("tests")).toArray())
                 tests.append(v.isString()
                                      ? v.toString()
                                      : QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact)));
             const QJsonValue score = anyCase(envelope, QStringLiteral("score"));
             r->finishWith(QVariantMap {
                     {QStringLiteral("score"), score.isDouble() ? score.toDouble() : score.toString().toDouble()},
                     {QStringLiteral("tests"), tests}});
         });
    return reply;
}

ProviderReply *FreshMailProvider::history(const QString &listHash, const QString &email)
{
    auto *reply = new ProviderReply(this);
    exchange(reply, "POST", QStringLiteral("/subscriber/getHistory"),
             {{QStringLiteral("email"), email}, {QStringLiteral("list"), listHash}, {QStringLiteral("limit"), 100}},
             true, [this, email](ProviderReply *r, const ProviderError *error, const QJsonObject &envelope) {
                 QList<DeliveryEvent> events;
                 if (error && error->code != QLatin1String("1315")) // 1315: no actions yet
                     return r->failWith(*error);
                 for (const QJsonValue &v : dataArray(envelope, "data")) {
                     const QJsonObject o = v.toObject();
                     const QDateTime at = providerDate(o.value(QStringLiteral("scheduled_sent")).toString());
                     const QString state = o.value(QStringLiteral("state")).toString().toUpper();
                     const QString name = o.value(QStringLiteral("name")).toString();
                     const EventType type = state == QLatin1String("DELIVERED") ? EventType::Delivered
                             : state.contains(QLatin1String("BOUNCE"))          ? EventType::Bounced
                                                                                : EventType::Sent;
                     events.append({{}, type, at, name, email});
                     for (qint64 i = 0; i < freshmail::number(o.value(QStringLiteral("opens_count"))); ++i)
                         events.append({{}, EventType::Opened, at, name, email});
                     for (qint64 i = 0; i < freshmail::number(o.value(QStringLiteral("clicks_count"))); ++i)
                         events.append({{}, EventType::Clicked, at, name, email});
                 }
                 r->finishWith(QVariant::fromValue(events));
             });
    return reply;
}

ProviderReply *FreshMailProvider::deleteList(const QString &listHash)
{
    auto *reply = new ProviderReply(this);
    call(reply, "POST", QStringLiteral("/subscribers_list/delete"), {{QStringLiteral("hash"), listHash}}, true,
         [](ProviderReply *r, const QJsonObject &) { r->finishWith(true); });
    return reply;
}

ProviderReply *FreshMailProvider::listFields(const QString &listHash)
{
    auto *reply = new ProviderReply(this);
    call(reply, "POST", QStringLiteral("/subscribers_list/getFields"), {{QStringLiteral("hash"), listHash}}, true,
         [](ProviderReply *r, const QJsonObject &envelope) {
             QVariantList fields;
             for (const QJsonValue &v : dataArray(envelope, "fields")) {
                 const QJsonObject o = v.toObject();
                 // §13: type 0/1, or "text"/"number".
                 const QJsonValue type = o.value(QStringLiteral("type"));
                 const int numeric = type.isString()
                         ? (type.toString() == QLatin1String("number") || type.toString() == QLatin1String("1"))
                         : type.toInt();
                 fields.append(QVariantMap {{QStringLiteral("hash"), o.value(QStringLiteral("hash")).toString()},
                                            {QStringLiteral("name"), o.value(QStringLiteral("name")).toString()},
                                            {QStringLiteral("tag"), o.value(QStringLiteral("tag")).toString()},
                                            {QStringLiteral("type"), numeric}});
             }
             r->finishWith(fields);
         });
    return reply;
}

ProviderReply *FreshMailProvider::addField(const QString &listHash, const QString &name, const QString &tag, int type)
{
    auto *reply = new ProviderReply(this);
    QJsonObject body {
            {QStringLiteral("hash"), listHash}, {QStringLiteral("name"), name}, {QStringLiteral("type"), type}};
    if (!tag.isEmpty())
        body.insert(QStringLiteral("tag"), tag);
    call(reply, "POST", QStringLiteral("/subscribers_list/addField"), body, false,
         [](ProviderReply *r, const QJsonObject &envelope) {
             r->finishWith(anyCase(envelope, QStringLiteral("personalization_tag")).toString());
         });
    return reply;
}

ProviderReply *FreshMailProvider::editSubscriber(const QString &listHash, const QString &email,
                                                 const QVariantMap &fields, int state)
{
    auto *reply = new ProviderReply(this);
    QJsonObject body {{QStringLiteral("email"), email}, {QStringLiteral("list"), listHash}};
    if (!fields.isEmpty()) {
        QJsonObject values;
        for (auto it = fields.cbegin(); it != fields.cend(); ++it)
            values.insert(it.key(), it.value().toString()); // values go as strings (§3)
        body.insert(QStringLiteral("custom_fields"), values);
    }
    if (state > 0)
        body.insert(QStringLiteral("state"), state);
    call(reply, "POST", QStringLiteral("/subscriber/edit"), body, true,
         [](ProviderReply *r, const QJsonObject &) { r->finishWith(true); });
    return reply;
}

ProviderReply *FreshMailProvider::updateContact(const QString &listHash, const Contact &contact)
{
    // Only the list's own tags: an unknown one fails the call (1303).
    auto *reply = new ProviderReply(this);
    ProviderReply *fields = listFields(listHash);
    connect(fields, &ProviderReply::finished, reply, [this, reply, fields, listHash, contact] {
        if (fields->hasError())
            return reply->failWith(fields->error());
        QVariantMap values;
        const QVariantMap all = contact.templateValues();
        for (const QVariant &f : fields->result().toList()) {
            const QString tag = f.toMap().value(QStringLiteral("tag")).toString();
            if (!all.value(tag).toString().isEmpty())
                values.insert(tag, all.value(tag));
        }
        ProviderReply *edited = editSubscriber(listHash, contact.email, values);
        connect(edited, &ProviderReply::finished, reply, [reply, edited, contact] {
            if (edited->hasError())
                return reply->failWith(edited->error());
            reply->finishWith(QVariant::fromValue(contact));
        });
    });
    return reply;
}

ProviderReply *FreshMailProvider::updateFieldValue(const QString &listHash, const QString &tag, const QString &value,
                                                   const QString &callbackUrl)
{
    auto *reply = new ProviderReply(this);
    call(reply, "POST", QStringLiteral("/subscriber/updateFieldValue"),
         {{QStringLiteral("listHash"), listHash},
          {QStringLiteral("tag"), tag},
          {QStringLiteral("value"), value},
          {QStringLiteral("url"), callbackUrl}},
         false, [](ProviderReply *r, const QJsonObject &envelope) {
             r->finishWith(freshmail::number(anyCase(envelope, QStringLiteral("id"))));
         });
    return reply;
}

ProviderReply *FreshMailProvider::editCampaign(const QString &campaignHash, const QJsonObject &fields)
{
    auto *reply = new ProviderReply(this);
    QJsonObject body = fields;
    body.insert(QStringLiteral("id_hash"), campaignHash); // id_hash here, hash elsewhere (§11 #2)
    call(reply, "POST", QStringLiteral("/campaigns/edit"), body, true,
         [](ProviderReply *r, const QJsonObject &) { r->finishWith(true); });
    return reply;
}

ProviderReply *FreshMailProvider::sendCampaignTest(const QString &campaignHash, const QStringList &emails,
                                                   const QVariantMap &fields)
{
    auto *reply = new ProviderReply(this);
    QJsonObject body {{QStringLiteral("hash"), campaignHash},
                      {QStringLiteral("emails"), QJsonArray::fromStringList(emails)}};
    if (!fields.isEmpty())
        body.insert(QStringLiteral("custom_fields"), QJsonObject::fromVariantMap(fields));
    call(reply, "POST", QStringLiteral("/campaigns/sendTest"), body, false,
         [](ProviderReply *r, const QJsonObject &) { r->finishWith(true); });
    return reply;
}

ProviderReply *FreshMailProvider::timeDetails(const QString &campaignHash)
{
    auto *reply = new ProviderReply(this);
    call(reply, "GET", QStringLiteral("/reports/campaignTimeDetails/%1").arg(campaignHash), {}, true,
         [this](ProviderReply *r, const QJsonObject &envelope) {
             QVariantList buckets;
             for (const QJsonValue &v : dataArray(envelope, "data")) {
                 const QJsonObject o = v.toObject();
                 QVariantMap bucket {
                         {QStringLiteral("time"), providerDate(o.value(QStringLiteral("time")).toString())}};
                 for (const char *key : {"opened", "unique_opened", "clicked", "unique_clicked"})
                     bucket.insert(QLatin1String(key), freshmail::number(o.value(QLatin1String(key))));
                 buckets.append(bucket);
             }
             r->finishWith(buckets);
         });
    return reply;
}

} // namespace cm
