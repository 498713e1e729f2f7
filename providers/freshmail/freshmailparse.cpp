#include "freshmailparse.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace cm::freshmail {

namespace {

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

Answer readAnswer(const HttpResponse &response, const ProviderError *failure)
{
    if (auto error = envelopeError(response.body)) {
        // A 5xx is transient (§8) unless its envelope names a kind of its own: a code the document gives no kind
        // (validation by default) says the server failed, not that it refused; it may have acted on the request.
        if (response.status >= 500 && error->kind == ProviderError::Kind::Validation)
            error->kind = ProviderError::Kind::Transient;
        error->retrySafe = failure && failure->retrySafe && error->kind != ProviderError::Kind::Validation;
        return {error, {}};
    }
    const QJsonDocument document = QJsonDocument::fromJson(response.body);
    if (document.isObject()
        && document.object()
                        .value(QStringLiteral("status"))
                        .toString()
                        .compare(QLatin1String("OK"), Qt::CaseInsensitive)
                == 0)
        return {std::nullopt, document.object()};
    if (failure)
        return {*failure, {}};
    if (response.body.trimmed().contains("pong"))
        return {std::nullopt, QJsonObject {{QStringLiteral("status"), QStringLiteral("OK")}}};
    return {ProviderError {ProviderError::Kind::Transient, QString::number(response.status),
                           QStringLiteral("Unreadable answer: %1").arg(QString::fromUtf8(response.body.left(200))),
                           false, -1},
            {}};
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

QDateTime providerDate(const QString &text, const QTimeZone &zone)
{
    QDateTime at = QDateTime::fromString(text.trimmed(), QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    if (!at.isValid())
        at = QDateTime::fromString(text.trimmed(), QStringLiteral("yyyy-MM-dd HH:mm"));
    if (!at.isValid())
        return {};
    at.setTimeZone(zone);
    return at.toUTC();
}

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

QSet<QString> knownSubscribers(const QJsonValue &answer)
{
    QSet<QString> found;
    collectSubscribers(answer, &found);
    return found;
}

QList<RemoteGroup> parseLists(const QJsonObject &envelope)
{
    QList<RemoteGroup> groups;
    for (const QJsonValue &v : dataArray(envelope, "lists")) {
        const QJsonObject o = v.toObject();
        QString hash = o.value(QStringLiteral("subscriberListHash")).toString();
        if (hash.isEmpty())
            hash = o.value(QStringLiteral("hash")).toString();
        groups.append({hash, o.value(QStringLiteral("name")).toString(),
                       o.contains(QStringLiteral("subscribers_number"))
                               ? number(o.value(QStringLiteral("subscribers_number")))
                               : -1});
    }
    return groups;
}

QVariantList parseFields(const QJsonObject &envelope)
{
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
    return fields;
}

Contact parseSubscriber(const QJsonObject &envelope)
{
    const QJsonObject data = envelope.value(QStringLiteral("data")).toObject();
    Contact c;
    c.email = data.value(QStringLiteral("email")).toString();
    c.remoteId = c.email;
    const QJsonObject fields = data.value(QStringLiteral("custom_fields")).toObject();
    for (auto it = fields.begin(); it != fields.end(); ++it)
        c.fields.insert(it.key(), it.value().toVariant().toString());
    c.fields.insert(QStringLiteral("freshmail_state"), stateName(int(number(data.value(QStringLiteral("state"))))));
    return c;
}

QList<RemoteCampaign> parseCampaignsPage(const QJsonObject &envelope, const QTimeZone &zone)
{
    QList<RemoteCampaign> campaigns;
    for (const QJsonValue &v : dataArray(envelope, "campaigns")) {
        const QJsonObject o = v.toObject();
        RemoteCampaign c;
        c.id = o.value(QStringLiteral("id_hash")).toString();
        c.name = o.value(QStringLiteral("name")).toString();
        c.state = QStringLiteral("sent");
        c.scheduledAt = providerDate(o.value(QStringLiteral("sent")).toString(), zone);
        c.recipients = number(o.value(QStringLiteral("subscribers")));
        campaigns.append(c);
    }
    return campaigns;
}

QVariantList parseTimeDetails(const QJsonObject &envelope, const QTimeZone &zone)
{
    QVariantList buckets;
    for (const QJsonValue &v : dataArray(envelope, "data")) {
        const QJsonObject o = v.toObject();
        QVariantMap bucket {{QStringLiteral("time"), providerDate(o.value(QStringLiteral("time")).toString(), zone)}};
        for (const char *key : {"opened", "unique_opened", "clicked", "unique_clicked"})
            bucket.insert(QLatin1String(key), number(o.value(QLatin1String(key))));
        buckets.append(bucket);
    }
    return buckets;
}

QList<DeliveryEvent> parseHistory(const QJsonObject &envelope, const QString &email, const QTimeZone &zone)
{
    QList<DeliveryEvent> events;
    for (const QJsonValue &v : dataArray(envelope, "data")) {
        const QJsonObject o = v.toObject();
        const QDateTime at = providerDate(o.value(QStringLiteral("scheduled_sent")).toString(), zone);
        const QString state = o.value(QStringLiteral("state")).toString().toUpper();
        const QString name = o.value(QStringLiteral("name")).toString();
        const EventType type = state == QLatin1String("DELIVERED") ? EventType::Delivered
                : state.contains(QLatin1String("BOUNCE"))          ? EventType::Bounced
                                                                   : EventType::Sent;
        events.append({{}, type, at, name, email});
        for (qint64 i = 0; i < number(o.value(QStringLiteral("opens_count"))); ++i)
            events.append({{}, EventType::Opened, at, name, email});
        for (qint64 i = 0; i < number(o.value(QStringLiteral("clicks_count"))); ++i)
            events.append({{}, EventType::Clicked, at, name, email});
    }
    return events;
}

QList<DeliveryEvent> parseSmsReport(const QJsonObject &envelope, const QSet<QString> &ids, const QTimeZone &zone)
{
    QList<DeliveryEvent> events;
    for (const QJsonValue &v : dataArray(envelope, "data")) {
        const QJsonObject o = v.toObject();
        const QString id = o.value(QStringLiteral("message_id")).toVariant().toString();
        if (!ids.contains(id))
            continue;
        const QString status = o.value(QStringLiteral("status")).toString();
        const auto type = smsEvent(status);
        if (!type)
            continue;
        QString detail = status;
        if (const QString why = o.value(QStringLiteral("error")).toString(); !why.isEmpty())
            detail += QStringLiteral(": ") + why;
        events.append({id, *type, providerDate(o.value(QStringLiteral("modification_date")).toString(), zone), detail});
    }
    return events;
}

SpamVerdict parseSpamCheck(const QJsonObject &envelope)
{
    QStringList tests;
    for (const QJsonValue &v : anyCase(envelope, QStringLiteral("tests")).toArray())
        tests.append(v.isString() ? v.toString()
                                  : QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact)));
    const QJsonValue score = anyCase(envelope, QStringLiteral("score"));
    return {score.isDouble() ? score.toDouble() : score.toString().toDouble(), tests};
}

} // namespace cm::freshmail
