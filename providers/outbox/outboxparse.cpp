#include "outboxparse.h"

#include "models/templaterenderer.h"
#include <QJsonArray>

#include <QJsonDocument>
#include <QRegularExpression>

namespace cm::outbox {

namespace {

QJsonObject objectOf(const QByteArray &body, bool *ok)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    *ok = error.error == QJsonParseError::NoError && doc.isObject();
    return doc.object();
}

QJsonArray messageArray(const QByteArray &body)
{
    bool ok = false;
    const QJsonObject object = objectOf(body, &ok);
    return member(object, QStringLiteral("message")).toArray();
}

// A contact row of the listings (recipient, GSMTel) or of /get/recipient (EMail, GSMTel1): the casing varies.
Contact contactFrom(const QJsonObject &r, const QString &nationalPrefix)
{
    Contact c;
    QString email = member(r, QStringLiteral("recipient")).toString();
    if (email.isEmpty())
        email = member(r, QStringLiteral("EMail")).toString();
    c.email = email.trimmed().toLower();
    QString phone = member(r, QStringLiteral("GSMTel")).toString().trimmed();
    if (phone.isEmpty())
        phone = member(r, QStringLiteral("GSMTel1")).toString().trimmed();
    if (!phone.isEmpty())
        c.phone = phone.startsWith(QLatin1Char('+')) ? phone : nationalPrefix + phone;
    c.firstName = member(r, QStringLiteral("FirstName")).toString();
    c.lastName = member(r, QStringLiteral("LastName")).toString();
    c.city = member(r, QStringLiteral("City")).toString();
    const qint64 number = lenientInt(member(r, QStringLiteral("ContactNo")));
    if (number >= 0)
        c.remoteId = QString::number(number);
    return c;
}

ProviderError::Kind kindOf(const QString &message)
{
    const QString m = message.toLower();
    if (m.contains(QLatin1String("invalid token / group id not exist")))
        return ProviderError::Kind::Validation; // auth or not found; the key was already proven by verify
    if (m.contains(QLatin1String("invalid auth key")) || m.contains(QLatin1String("invalid token"))
        || m.contains(QLatin1String("token does not exist")))
        return ProviderError::Kind::Auth;
    if (m.contains(QLatin1String("must be contain")) || m.contains(QLatin1String("not found or invalid"))
        || m.contains(QLatin1String("invalid request body")) || m.contains(QLatin1String("invalid message content"))
        || m.contains(QLatin1String("not found")) || m.contains(QLatin1String("not acceptable")))
        return ProviderError::Kind::Validation;
    return ProviderError::Kind::Permanent;
}

} // namespace

QJsonValue idValue(const QString &id)
{
    bool ok = false;
    const qint64 number = id.toLongLong(&ok);
    return ok ? QJsonValue(number) : QJsonValue(id);
}

QJsonValue member(const QJsonObject &object, const QString &key)
{
    const auto exact = object.constFind(key);
    if (exact != object.constEnd())
        return *exact;
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (it.key().compare(key, Qt::CaseInsensitive) == 0)
            return *it;
    }
    return QJsonValue(QJsonValue::Undefined); // absent, not null
}

qint64 lenientInt(const QJsonValue &value, qint64 fallback)
{
    if (value.isDouble())
        return qint64(value.toDouble());
    if (value.isString()) {
        bool ok = false;
        const qint64 n = value.toString().trimmed().toLongLong(&ok);
        return ok ? n : fallback;
    }
    return fallback;
}

QDateTime parseDate(const QString &text, const QTimeZone &zone)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return {};
    // ISO 8601, with or without a zone ("Z", "+03:00") or fraction; Qt also takes a space for the "T".
    QDateTime dt = QDateTime::fromString(t, Qt::ISODateWithMs);
    if (dt.isValid() && dt.timeSpec() == Qt::LocalTime)
        dt.setTimeZone(zone); // no zone given: the provider's
    if (!dt.isValid()) {
        // "2019-01-08T08:00:00200:00": a mangled offset that is not reliable; keep the first 19 characters.
        dt = QDateTime::fromString(t.left(19).replace(QLatin1Char(' '), QLatin1Char('T')),
                                   QStringLiteral("yyyy-MM-ddTHH:mm:ss"));
        if (dt.isValid())
            dt.setTimeZone(zone);
    }
    if (!dt.isValid()) {
        const QDate date = QDate::fromString(t.left(10), QStringLiteral("yyyy-MM-dd"));
        if (date.isValid())
            dt = QDateTime(date, QTime(0, 0), zone);
    }
    if (dt.isValid() && (dt.date() == QDate(2000, 1, 1) || dt.date() == QDate(1900, 1, 1)))
        return {}; // the documented "never" sentinels
    return dt.toUTC();
}

std::optional<ProviderError> classify(int httpStatus, const QByteArray &body)
{
    // HTTP 429 is not documented (§5.2); if it comes, it is the rate limit whatever the body says (the shared client
    // already waited for its Retry-After).
    const bool rateLimited = httpStatus == 429;
    bool ok = false;
    const QJsonObject object = objectOf(body, &ok);
    if (!ok) {
        const QString excerpt = QString::fromUtf8(body.left(200)).simplified();
        const bool transient = httpStatus == 0 || httpStatus >= 500;
        // 2xx with a body that is not JSON (an HTML page, a truncated answer) is an error too.
        return ProviderError {rateLimited         ? ProviderError::Kind::RateLimited
                                      : transient ? ProviderError::Kind::Transient
                                                  : ProviderError::Kind::Permanent,
                              QString::number(httpStatus),
                              excerpt.isEmpty() ? QStringLiteral("empty response")
                                                : QStringLiteral("unexpected response: ") + excerpt,
                              false, -1};
    }
    const QJsonValue status = member(object, QStringLiteral("status"));
    const QJsonValue result = member(object, QStringLiteral("result"));
    const QJsonValue message = member(object, QStringLiteral("message"));
    const bool statusError
            = (status.isString() && status.toString().compare(QLatin1String("Error"), Qt::CaseInsensitive) == 0)
            || lenientInt(status, 0) >= 400 || lenientInt(result, 0) >= 400;
    const bool hasSuccessKey = !result.isUndefined() || !member(object, QStringLiteral("Code")).isUndefined()
            || !member(object, QStringLiteral("GroupID")).isUndefined() || message.isArray();
    const bool messageOnly = message.isString() && !hasSuccessKey;
    // A 5xx whose body names no refusal we know (a gateway's {"message": "Endpoint request timed out"}) says the
    // server failed, not that it refused: it may have acted on the request.
    const bool serverFailed = httpStatus >= 500;
    if (!statusError && !messageOnly) {
        if (httpStatus >= 400) // an error status with a body that does not say so
            return ProviderError {httpStatus == 401 || httpStatus == 403 ? ProviderError::Kind::Auth
                                          : rateLimited                  ? ProviderError::Kind::RateLimited
                                          : serverFailed                 ? ProviderError::Kind::Transient
                                                                         : ProviderError::Kind::Permanent,
                                  QString::number(httpStatus), QString::fromUtf8(body.left(200)), false, -1};
        return std::nullopt;
    }
    const QString text = message.toString();
    QString code = QString::number(httpStatus);
    if (lenientInt(status, 0) >= 400)
        code = QString::number(lenientInt(status));
    else if (lenientInt(result, 0) >= 400)
        code = QString::number(lenientInt(result));
    ProviderError::Kind kind = kindOf(text);
    if (serverFailed && kind == ProviderError::Kind::Permanent)
        kind = ProviderError::Kind::Transient;
    if (rateLimited)
        kind = ProviderError::Kind::RateLimited;
    return ProviderError {kind, code, text, false, -1};
}

std::optional<ProviderError> classifySend(int httpStatus, const QByteArray &body)
{
    auto error = classify(httpStatus, body);
    bool ok = false;
    objectOf(body, &ok);
    if (error && !ok && httpStatus >= 200 && httpStatus < 300)
        error->kind = ProviderError::Kind::Transient; // taken, then an answer we cannot read: maybe sent
    return error;
}

QList<RemoteGroup> parseGroups(const QByteArray &body)
{
    QList<RemoteGroup> groups;
    for (const QJsonValue &v : messageArray(body)) {
        const QJsonObject g = v.toObject();
        const qint64 id = lenientInt(member(g, QStringLiteral("GroupID")));
        if (id < 0)
            continue;
        groups.append({QString::number(id), member(g, QStringLiteral("GroupName")).toString(),
                       lenientInt(member(g, QStringLiteral("TotalContacts")))});
    }
    return groups;
}

std::optional<QString> parseCreatedGroupId(const QByteArray &body)
{
    bool ok = false;
    const QJsonObject object = objectOf(body, &ok);
    const qint64 id = lenientInt(member(object, QStringLiteral("GroupID")));
    if (!ok || id < 0)
        return std::nullopt;
    return QString::number(id);
}

int parseRowCount(const QByteArray &body)
{
    return int(messageArray(body).size());
}

QList<Contact> parseGroupRecipients(const QByteArray &body, const QString &nationalPrefix)
{
    QList<Contact> contacts;
    for (const QJsonValue &v : messageArray(body)) {
        const QJsonObject r = v.toObject();
        Contact c = contactFrom(r, nationalPrefix);
        for (const char *flag : {"Blocked", "Unsubscribed", "HardBounce", "Complained"}) {
            if (lenientInt(member(r, QLatin1String(flag)), 0) != 0)
                c.fields.insert(QStringLiteral("outbox_") + QString::fromLatin1(flag).toLower(), true);
        }
        if (!c.email.isEmpty() || !c.phone.isEmpty())
            contacts.append(c);
    }
    return contacts;
}

QHash<QString, QString> parseTrackingIds(const QByteArray &body)
{
    QHash<QString, QString> ids;
    bool ok = false;
    const QJsonObject object = objectOf(body, &ok);
    for (const QJsonValue &v : member(object, QStringLiteral("result")).toArray()) {
        const QJsonObject row = v.toObject();
        const QString id = member(row, QStringLiteral("TrackingID")).toString();
        if (!id.isEmpty())
            ids.insert(normaliseRecipient(member(row, QStringLiteral("Recipient")).toString()), id);
    }
    return ids;
}

std::optional<Status> parseStatus(const QByteArray &body)
{
    bool ok = false;
    const QJsonObject object = objectOf(body, &ok);
    const QJsonValue code = member(object, QStringLiteral("Code"));
    if (!ok || code.isUndefined())
        return std::nullopt;
    return Status {int(lenientInt(code)), member(object, QStringLiteral("Recipient")).toString(),
                   member(object, QStringLiteral("Status")).toString()};
}

CampaignStats parseMessageInfo(const QByteArray &body, const QString &messageId)
{
    CampaignStats stats;
    for (const QJsonValue &v : messageArray(body)) {
        const QJsonObject row = v.toObject();
        const qint64 id = lenientInt(member(row, QStringLiteral("messageid")));
        if (!messageId.isEmpty() && id >= 0 && QString::number(id) != messageId)
            continue; // filter rows by messageid (§4.1)
        const struct
        {
            CampaignStats::Counter counter;
            const char *key;
        } map[] = {{CampaignStats::Sent, "noofmessagessent"},
                   {CampaignStats::Delivered, "noofmessagesdelivered"},
                   {CampaignStats::Failed, "noofmessagesnotdelivered"},
                   {CampaignStats::UniqueOpened, "noofcontactsread"},
                   {CampaignStats::UniqueClicked, "noofcontactsclicked"},
                   {CampaignStats::Bounced, "noofmessagesbounced"},
                   {CampaignStats::Unsubscribed, "noofcontactsunsubscribed"},
                   {CampaignStats::Complained, "noofcontactsmarkedspam"}};
        for (const auto &m : map) {
            const qint64 value = lenientInt(member(row, QLatin1String(m.key)));
            if (value >= 0)
                stats.set(m.counter, value);
        }
        break;
    }
    return stats;
}

std::optional<Contact> parseRecipient(const QByteArray &body, const QString &nationalPrefix)
{
    const QJsonArray rows = messageArray(body);
    if (rows.isEmpty())
        return std::nullopt;
    return contactFrom(rows.first().toObject(), nationalPrefix);
}

Translated translatePlaceholders(const QString &text, const QVariantMap &values)
{
    const TemplateRenderer::Bulk bulk = TemplateRenderer::bulk(text, values);
    return {bulk.content, bulk.variables};
}

QString substitute(const QString &content, const QVariantMap &variables)
{
    return TemplateRenderer::substitute(content, variables);
}

QJsonObject recipient(const Contact &c, const QString &nationalPrefix)
{
    QJsonObject r {{QStringLiteral("EMail"), c.email},
                   {QStringLiteral("FirstName"), c.firstName},
                   {QStringLiteral("LastName"), c.lastName},
                   {QStringLiteral("City"), c.city}};
    if (!c.phone.isEmpty())
        r.insert(QStringLiteral("GSMTel1"), gsmTel(c.phone, nationalPrefix));
    // Consent goes only where we know it; we never claim it.
    if (c.fields.contains(QStringLiteral("consent_email")) || c.fields.contains(QStringLiteral("consent_sms")))
        r.insert(QStringLiteral("Permit"),
                 QJsonObject {{QStringLiteral("Email"), c.fields.value(QStringLiteral("consent_email")).toBool()},
                              {QStringLiteral("GSM"), c.fields.value(QStringLiteral("consent_sms")).toBool()},
                              {QStringLiteral("Push"), false}});
    return r;
}

QJsonObject sendBody(const SendRequest &request, const QString &sender, const QString &when)
{
    QJsonArray recipients;
    bool media = false;
    for (const OutgoingMessage &m : request.messages) {
        QJsonObject r {{QStringLiteral("Recipient"), m.address},
                       {QStringLiteral("Content"), m.body},
                       {QStringLiteral("Reference"), m.clientKey}};
        if (request.channel == Channel::Email)
            r.insert(QStringLiteral("Subject"), m.subject);
        if (!m.variables.isEmpty()) // personalised by Outbox: /*KEY*/ in Content (§7.1)
            r.insert(QStringLiteral("Variables"), QJsonObject::fromVariantMap(m.variables));
        if (!m.attachment.isEmpty()) {
            r.insert(QStringLiteral("Attachment"), m.attachment);
            media = true;
        }
        if (!sender.isEmpty()) // sent only when configured (§7.2)
            r.insert(QStringLiteral("SenderName"), sender);
        recipients.append(r);
    }
    // An SMS with a file is an MMS.
    const QString type = request.channel == Channel::Email ? QStringLiteral("EMAIL")
                                                           : (media ? QStringLiteral("MMS") : QStringLiteral("SMS"));
    QJsonObject body {
            {QStringLiteral("MessageType"), type},
            {QStringLiteral("Recipients"), recipients},
            {QStringLiteral("Priority"), request.test ? QStringLiteral("SIMULATION") : QStringLiteral("NORMAL")},
            {QStringLiteral("SendAlways"), 0},
            {QStringLiteral("Unique"), QStringLiteral("ON")}};
    if (!when.isEmpty())
        body.insert(QStringLiteral("When"), when);
    return body;
}

QString normaliseRecipient(const QString &recipient)
{
    const QString r = recipient.trimmed();
    if (r.contains(QLatin1Char('@')))
        return r.toLower();
    QString digits;
    for (const QChar c : r) {
        if (c.isDigit())
            digits.append(c);
    }
    while (digits.startsWith(QLatin1Char('0')))
        digits.remove(0, 1);
    return digits;
}

QString gsmTel(const QString &e164, const QString &nationalPrefix)
{
    if (!nationalPrefix.isEmpty() && e164.startsWith(nationalPrefix))
        return e164.mid(nationalPrefix.size());
    return e164;
}

} // namespace cm::outbox
