#include "nrs360parse.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTimeZone>

namespace cm::nrs360 {

namespace {

QJsonObject object(const QByteArray &body)
{
    return QJsonDocument::fromJson(body).object();
}

// Ids arrive as numbers or strings (§26.5).
QString idText(const QJsonValue &value)
{
    if (value.isDouble())
        return QString::number(value.toInteger());
    return value.toString();
}

QJsonValue either(const QJsonObject &o, const QString &camel, const QString &snake)
{
    const QJsonValue v = o.value(camel);
    return v.isUndefined() ? o.value(snake) : v;
}

struct EventName
{
    EventType type;
    const char *detail;
};

std::optional<EventName> eventFor(const QString &name)
{
    static const QHash<QString, EventName> names = {
            {QStringLiteral("sent"), {EventType::Sent, ""}},
            {QStringLiteral("delivered"), {EventType::Delivered, ""}},
            {QStringLiteral("undelivered"), {EventType::Failed, "undelivered"}},
            {QStringLiteral("rejected"), {EventType::Failed, "rejected"}},
            {QStringLiteral("expired"), {EventType::Failed, "expired"}},
            {QStringLiteral("opened"), {EventType::Opened, ""}},
            {QStringLiteral("clicked"), {EventType::Clicked, ""}},
            {QStringLiteral("unsubscribed"), {EventType::Unsubscribed, ""}},
            {QStringLiteral("unsubscribed_landing"), {EventType::Unsubscribed, "landing"}},
            {QStringLiteral("hard_bounced"), {EventType::Bounced, "hard bounce"}},
            {QStringLiteral("soft_bounced"), {EventType::Bounced, "soft bounce"}},
            {QStringLiteral("complaint"), {EventType::Complained, ""}},
    };
    const auto it = names.constFind(name.trimmed().toLower());
    if (it == names.cend())
        return std::nullopt; // form events and values we do not know: not delivery or engagement
    return *it;
}

} // namespace

std::optional<ProviderError> classify(int httpStatus, const QByteArray &body)
{
    if (httpStatus >= 200 && httpStatus < 300)
        return std::nullopt;
    const QJsonObject error = object(body).value(QStringLiteral("error")).toObject();
    ProviderError e;
    e.code = error.contains(QStringLiteral("code")) ? idText(error.value(QStringLiteral("code")))
                                                    : QString::number(httpStatus);
    e.message = error.value(QStringLiteral("description")).toString();
    if (e.message.isEmpty())
        e.message = QString::fromUtf8(body.left(200)).trimmed();
    const int code = e.code.toInt();
    if (code == 112) {
        e.kind = ProviderError::Kind::Permanent;
        e.message = QCoreApplication::translate(
                            "cm::Nrs360Provider",
                            "This computer's IP address is not on the account's allow list: add it in 360nrs under "
                            "APIs, then try again.")
                + QStringLiteral(" (") + e.message + QLatin1Char(')');
    } else if (code == 103 || httpStatus == 401) {
        e.kind = ProviderError::Kind::Auth;
    } else if (code == 111 || httpStatus == 402) {
        e.kind = ProviderError::Kind::Permanent;
        e.message = QCoreApplication::translate("cm::Nrs360Provider",
                                                "The account has not enough credit: top it up in 360nrs.")
                + QStringLiteral(" (") + e.message + QLatin1Char(')');
    } else if (httpStatus == 429) {
        e.kind = ProviderError::Kind::RateLimited;
        e.retrySafe = true;
    } else if (httpStatus >= 500 || httpStatus == 0) {
        e.kind = ProviderError::Kind::Transient;
    } else if (httpStatus == 404) {
        e.kind = ProviderError::Kind::Permanent;
    } else {
        e.kind = ProviderError::Kind::Validation;
    }
    return e;
}

ProviderError providerError(const ProviderError &clientError, int httpStatus, const QByteArray &body)
{
    ProviderError error = clientError;
    if (httpStatus > 0) {
        if (const auto said = classify(httpStatus, body)) {
            error = *said;
            error.retrySafe = clientError.retrySafe && said->kind != ProviderError::Kind::Validation;
            error.retryAfterSeconds = clientError.retryAfterSeconds;
        }
    }
    return error;
}

QJsonObject parseData(const QByteArray &body)
{
    return object(body).value(QStringLiteral("data")).toObject();
}

QDateTime parseDate(const QString &text)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return {};
    QDateTime at;
    if (t.size() == 14 && t.at(0).isDigit() && !t.contains(QLatin1Char('-')))
        at = QDateTime::fromString(t, QStringLiteral("yyyyMMddHHmmss"));
    else if (t.size() >= 16 && t.at(10) == QLatin1Char(' '))
        at = QDateTime::fromString(t.size() == 16 ? t + QStringLiteral(":00") : t.left(19),
                                   QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    else
        at = QDateTime::fromString(t, Qt::ISODateWithMs);
    if (!at.isValid())
        return {};
    if (at.timeSpec() == Qt::LocalTime)
        at = QDateTime(at.date(), at.time(), Qt::UTC);
    return at.toUTC();
}

QString scheduleDate(const QDateTime &utc)
{
    return utc.toUTC().toString(QStringLiteral("yyyyMMddHHmmss"));
}

QString msisdn(const QString &phone)
{
    QString digits;
    for (const QChar c : phone) {
        if (c.isDigit())
            digits.append(c);
    }
    if (phone.trimmed().startsWith(QLatin1String("00")))
        digits = digits.mid(2);
    return digits;
}

Page parsePage(const QByteArray &body)
{
    const QJsonObject o = object(body);
    Page page;
    page.items = o.value(QStringLiteral("data")).toArray();
    const QJsonObject pagination
            = o.value(QStringLiteral("meta")).toObject().value(QStringLiteral("pagination")).toObject();
    page.current = pagination.value(QStringLiteral("current_page")).toInt(1);
    page.total = pagination.value(QStringLiteral("total_pages")).toInt(page.current);
    return page;
}

SendResult parseSendResult(const QByteArray &body, const QHash<QString, QString> &keyByAddress)
{
    const QJsonObject o = object(body);
    SendResult result;
    result.remoteCampaignId = idText(o.value(QStringLiteral("sendingId")));
    for (const QJsonValue &v : o.value(QStringLiteral("result")).toArray()) {
        const QJsonObject item = v.toObject();
        const QString to = item.value(QStringLiteral("to")).toString();
        MessageOutcome outcome;
        outcome.clientKey = keyByAddress.value(to.toLower());
        outcome.accepted = item.value(QStringLiteral("accepted")).toBool();
        if (outcome.accepted) {
            outcome.providerId = idText(item.value(QStringLiteral("id")));
        } else {
            const QJsonObject error = item.value(QStringLiteral("error")).toObject();
            outcome.error = QStringLiteral("%1 (%2)").arg(error.value(QStringLiteral("description")).toString(),
                                                          idText(error.value(QStringLiteral("code"))));
        }
        if (!outcome.clientKey.isEmpty())
            result.outcomes.append(outcome);
    }
    return result;
}

QList<DeliveryEvent> parseSmsStatus(const QByteArray &body)
{
    QList<DeliveryEvent> events;
    const QJsonValue data = object(body).value(QStringLiteral("data"));
    const QJsonArray items = data.isArray() ? data.toArray() : QJsonArray {data};
    for (const QJsonValue &v : items) {
        const QJsonObject message = v.toObject();
        const QString id = idText(message.value(QStringLiteral("id")));
        for (const QJsonValue &e : message.value(QStringLiteral("events")).toArray()) {
            const QJsonObject event = e.toObject();
            const auto kind = eventFor(event.value(QStringLiteral("type")).toString());
            if (!kind)
                continue;
            QString detail = QString::fromLatin1(kind->detail);
            if (kind->type == EventType::Clicked) {
                const QString device = QStringList {event.value(QStringLiteral("browser")).toString(),
                                                    event.value(QStringLiteral("os")).toString()}
                                               .join(QLatin1Char(' '))
                                               .trimmed();
                detail = event.value(QStringLiteral("url")).toString();
                if (!device.isEmpty())
                    detail += QStringLiteral(" (") + device + QLatin1Char(')');
            }
            events.append({id, kind->type, parseDate(event.value(QStringLiteral("date")).toString()), detail, {}});
        }
    }
    return events;
}

std::optional<CampaignStats> parseSendingStats(const QByteArray &body, const QString &sendingId)
{
    return parseSendingStats(object(body).value(QStringLiteral("data")).toArray(), sendingId);
}

std::optional<CampaignStats> parseSendingStats(const QJsonArray &campaigns, const QString &sendingId)
{
    for (const QJsonValue &c : campaigns) {
        const QJsonArray sendings
                = c.toObject().value(QStringLiteral("sendings")).toObject().value(QStringLiteral("data")).toArray();
        for (const QJsonValue &s : sendings) {
            const QJsonObject sending = s.toObject();
            if (idText(sending.value(QStringLiteral("id"))) != sendingId)
                continue;
            const QJsonObject e = sending.value(QStringLiteral("events")).toObject();
            auto n = [&e](const char *key) { return e.value(QLatin1String(key)).toInteger(); };
            CampaignStats stats;
            stats.set(CampaignStats::Sent, n("sent"));
            stats.set(CampaignStats::Delivered, n("delivered"));
            stats.set(CampaignStats::Failed, n("undelivered") + n("rejected") + n("expired"));
            const qint64 total = sending.value(QStringLiteral("total")).toInteger();
            const qint64 settled = n("delivered") + n("undelivered") + n("rejected") + n("expired") + n("hard_bounced")
                    + n("soft_bounced");
            stats.set(CampaignStats::Pending, qMax<qint64>(0, total - settled));
            stats.set(CampaignStats::Opened, n("opened"));
            stats.set(CampaignStats::UniqueOpened, n("opened_unique"));
            stats.set(CampaignStats::Clicked, n("clicked"));
            stats.set(CampaignStats::UniqueClicked, n("clicked_unique"));
            stats.set(CampaignStats::Bounced, n("hard_bounced") + n("soft_bounced"));
            stats.set(CampaignStats::Unsubscribed, n("unsubscribed") + n("unsubscribed_landing"));
            stats.set(CampaignStats::Complained, n("complaint"));
            if (sending.value(QStringLiteral("cost")).isDouble()) {
                stats.cost = sending.value(QStringLiteral("cost")).toDouble();
                stats.currency = sending.value(QStringLiteral("currency")).toString();
            }
            return stats;
        }
    }
    return std::nullopt;
}

QList<RemoteCampaign> parseCampaigns(const QJsonArray &campaigns)
{
    QList<RemoteCampaign> list;
    for (const QJsonValue &c : campaigns) {
        const QJsonObject campaign = c.toObject();
        const QJsonArray sendings
                = campaign.value(QStringLiteral("sendings")).toObject().value(QStringLiteral("data")).toArray();
        for (const QJsonValue &s : sendings) {
            const QJsonObject sending = s.toObject();
            RemoteCampaign r;
            r.id = idText(sending.value(QStringLiteral("id")));
            r.name = campaign.value(QStringLiteral("name")).toString();
            r.state = sending.value(QStringLiteral("status")).toString();
            r.scheduledAt = parseDate(sending.value(QStringLiteral("scheduledAt")).toString());
            r.recipients = sending.value(QStringLiteral("total")).toInteger(-1);
            r.cost = sending.value(QStringLiteral("cost")).toDouble(-1);
            list.append(r);
        }
    }
    return list;
}

QList<DeliveryEvent> parseEventsCsv(const QByteArray &csv)
{
    const QList<QStringList> rows = parseCsv(csv, QLatin1Char(','));
    QList<DeliveryEvent> events;
    if (rows.isEmpty())
        return events;
    QHash<QString, qsizetype> column;
    for (qsizetype i = 0; i < rows.first().size(); ++i)
        column.insert(rows.first().at(i).trimmed(), i);
    auto cell = [&column](const QStringList &row, const char *name) {
        return row.value(column.value(QLatin1String(name), -1)).trimmed();
    };
    for (qsizetype r = 1; r < rows.size(); ++r) {
        const QStringList &row = rows.at(r);
        const auto kind = eventFor(cell(row, "event"));
        if (!kind)
            continue;
        DeliveryEvent e;
        e.type = kind->type;
        e.at = parseDate(cell(row, "createdAt"));
        const QString email = cell(row, "email");
        const QString phone = cell(row, "phone");
        const QString landline = cell(row, "landline");
        e.address = !email.isEmpty() ? email.toLower()
                : !phone.isEmpty()   ? QStringLiteral("+") + msisdn(phone)
                : landline.isEmpty() ? QString()
                                     : QStringLiteral("+") + msisdn(landline);
        e.detail = QString::fromLatin1(kind->detail);
        if (kind->type == EventType::Clicked) {
            const QString device = QStringList {cell(row, "browser"), cell(row, "os")}.join(QLatin1Char(' ')).trimmed();
            e.detail = cell(row, "url");
            if (!device.isEmpty())
                e.detail += QStringLiteral(" (") + device + QLatin1Char(')');
        } else if (const QString seconds = cell(row, "callDurationSeconds"); !seconds.isEmpty()) {
            e.detail = QCoreApplication::translate("cm::Nrs360Provider", "call of %1 s").arg(seconds);
        }
        if (!e.address.isEmpty() && e.at.isValid())
            events.append(e);
    }
    return events;
}

QList<ScheduledMessage> parseScheduled(const QByteArray &body)
{
    QList<ScheduledMessage> list;
    const QJsonValue result = object(body).value(QStringLiteral("result"));
    const QJsonArray items = result.isArray() ? result.toArray() : QJsonArray {result};
    for (const QJsonValue &v : items) {
        const QJsonObject o = v.toObject();
        if (o.isEmpty())
            continue;
        ScheduledMessage m;
        m.guid = idText(o.value(QStringLiteral("guid")));
        m.type = o.value(QStringLiteral("type")).toString().toUpper();
        const QJsonObject content = o.value(QStringLiteral("content")).toObject();
        m.sendingId = idText(either(o, QStringLiteral("sendingId"), QStringLiteral("sending_id")));
        if (m.sendingId.isEmpty())
            m.sendingId = idText(either(content, QStringLiteral("sendingId"), QStringLiteral("sending_id")));
        m.scheduledAt = parseDate(either(o, QStringLiteral("scheduledAt"), QStringLiteral("scheduled_at")).toString());
        m.to = content.value(QStringLiteral("to")).toString();
        list.append(m);
    }
    return list;
}

QList<OptOut> parseBlacklist(const QByteArray &body, const QString &type)
{
    const QJsonValue data = object(body).value(QStringLiteral("data"));
    return parseBlacklist(data.isArray() ? data.toArray() : QJsonArray {data}, type);
}

QList<OptOut> parseBlacklist(const QJsonArray &entries, const QString &type)
{
    QList<OptOut> list;
    for (const QJsonValue &v : entries) {
        const QJsonObject o = v.toObject();
        const QString recipient = o.value(QStringLiteral("recipient")).toString();
        if (recipient.isEmpty())
            continue;
        OptOut out;
        out.id = type + QLatin1Char(':') + recipient;
        out.address
                = recipient.contains(QLatin1Char('@')) ? recipient.toLower() : QStringLiteral("+") + msisdn(recipient);
        const QString campaign = o.value(QStringLiteral("campaignName")).toString();
        out.reason = o.value(QStringLiteral("isDefinitive")).toBool()
                ? QCoreApplication::translate("cm::Nrs360Provider", "permanent")
                : QString();
        if (!campaign.isEmpty())
            out.reason = out.reason.isEmpty() ? campaign : out.reason + QStringLiteral(", ") + campaign;
        out.at = parseDate(o.value(QStringLiteral("createdAt")).toString());
        if (type == QLatin1String("voice"))
            out.channel = type;
        list.append(out);
    }
    return list;
}

Contact parseContact(const QJsonObject &o, QStringList *groupIds)
{
    Contact c;
    c.remoteId = idText(o.value(QStringLiteral("id")));
    c.email = o.value(QStringLiteral("email")).toString().trimmed().toLower();
    const QString phone = msisdn(o.value(QStringLiteral("phone")).toString());
    c.phone = phone.isEmpty() ? QString() : QStringLiteral("+") + phone;
    c.country = o.value(QStringLiteral("countryIso")).toString().toUpper();
    c.firstName = o.value(QStringLiteral("name")).toString();
    c.lastName = o.value(QStringLiteral("surname")).toString();
    const QJsonArray fields
            = o.value(QStringLiteral("customFields")).toObject().value(QStringLiteral("data")).toArray();
    for (const QJsonValue &f : fields) {
        const QJsonObject field = f.toObject();
        c.fields.insert(field.value(QStringLiteral("key")).toString(),
                        field.value(QStringLiteral("value")).toVariant());
    }
    if (const QString landline = o.value(QStringLiteral("landline")).toString(); !landline.isEmpty())
        c.fields.insert(QStringLiteral("landline"), landline);
    if (groupIds) {
        for (const QJsonValue &g : o.value(QStringLiteral("groups")).toObject().value(QStringLiteral("data")).toArray())
            groupIds->append(idText(g.toObject().value(QStringLiteral("id"))));
    }
    return c;
}

RemoteGroup parseGroup(const QJsonObject &object, qint64 contactCount)
{
    return {QString::number(object.value(QStringLiteral("id")).toInteger()),
            object.value(QStringLiteral("name")).toString(), contactCount};
}

std::optional<double> parseBalance(const QByteArray &body, QString *currency)
{
    const QJsonObject root = object(body);
    for (const QJsonObject &o : {root.value(QStringLiteral("data")).toObject(), root}) {
        for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
            const QString key = it.key().toLower();
            if (key == QLatin1String("currency") && currency)
                *currency = it.value().toString();
        }
        for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
            const QString key = it.key().toLower();
            if (key == QLatin1String("balance") || key == QLatin1String("credit") || key == QLatin1String("credits")) {
                bool ok = it.value().isDouble();
                const double value = ok ? it.value().toDouble() : it.value().toString().toDouble(&ok);
                if (ok)
                    return value;
            }
        }
    }
    return std::nullopt;
}

} // namespace cm::nrs360
