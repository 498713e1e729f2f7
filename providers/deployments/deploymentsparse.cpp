#include "deploymentsparse.h"

#include "models/clock.h"

#include <QJsonDocument>
#include <QNetworkRequest>
#include <QRegularExpression>
#include <QUrlQuery>

namespace cm::deployments {

QJsonArray pageResults(const QByteArray &body, QUrl *next)
{
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    *next = QUrl();
    if (doc.isArray())
        return doc.array();
    const QJsonObject object = doc.object();
    const QJsonValue nextLink = object.value(QStringLiteral("next"));
    if (nextLink.isString() && !nextLink.toString().isEmpty())
        *next = QUrl(nextLink.toString());
    return object.value(QStringLiteral("results")).toArray();
}

namespace {
void flatten(const QJsonValue &value, const QString &field, QStringList *out)
{
    if (value.isString()) {
        out->append(field.isEmpty() || field == QLatin1String("detail") || field == QLatin1String("non_field_errors")
                            ? value.toString()
                            : field + QStringLiteral(": ") + value.toString());
    } else if (value.isArray()) {
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            // An array of objects is a bulk body's per-item errors: name the item.
            const QString itemField = array.at(i).isObject() ? QStringLiteral("#%1").arg(i + 1) : field;
            flatten(array.at(i), itemField, out);
        }
    } else if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.constBegin(); it != object.constEnd(); ++it)
            flatten(it.value(), field.isEmpty() ? it.key() : field + QLatin1Char(' ') + it.key(), out);
    }
}
} // namespace

QString errorText(const QByteArray &body)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError) {
        const QString text = QString::fromUtf8(body.left(200)).simplified();
        return text.isEmpty() ? QString() : QStringLiteral("unexpected response: ") + text;
    }
    QStringList parts;
    flatten(doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object()), {}, &parts);
    return parts.join(QStringLiteral("; "));
}

QDateTime parseDateTime(const QJsonValue &value, const QTimeZone &zone)
{
    if (!value.isString() || value.toString().isEmpty())
        return {};
    QDateTime dt = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    if (!dt.isValid()) {
        // Six-digit fractions: Qt reads up to three.
        static const QRegularExpression micro(QStringLiteral(R"((\.\d{3})\d+)"));
        dt = QDateTime::fromString(value.toString().replace(micro, QStringLiteral("\\1")), Qt::ISODateWithMs);
    }
    if (dt.isValid() && dt.timeSpec() == Qt::LocalTime)
        dt.setTimeZone(zone);
    return dt.toUTC();
}

QString destination(const QString &e164)
{
    static const QRegularExpression pattern(QStringLiteral(R"(^\+[1-9]\d{6,14}$)"));
    return pattern.match(e164).hasMatch() ? e164.mid(1) : QString();
}

RemoteGroup contactList(const QJsonObject &object)
{
    return {QString::number(object.value(QStringLiteral("id")).toInteger()),
            object.value(QStringLiteral("title")).toString(), -1};
}

Contact contact(const QJsonObject &object, const QString &phoneKey)
{
    Contact c;
    c.remoteId = QString::number(object.value(QStringLiteral("id")).toInteger());
    const QString digits = object.value(phoneKey).toString().trimmed();
    if (!digits.isEmpty())
        c.phone = digits.startsWith(QLatin1Char('+')) ? digits : QStringLiteral("+") + digits;
    c.email = object.value(QStringLiteral("email")).toString().trimmed().toLower();
    c.firstName = object.value(QStringLiteral("first_name")).toString();
    c.lastName = object.value(QStringLiteral("last_name")).toString();
    static const QStringList known
            = {QStringLiteral("id"),           QStringLiteral("contact_list"), phoneKey,
               QStringLiteral("email"),        QStringLiteral("first_name"),   QStringLiteral("last_name"),
               QStringLiteral("date_created"), QStringLiteral("date_updated")};
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (!known.contains(it.key()) && !it.value().isNull())
            c.fields.insert(it.key(), it.value().toVariant()); // unknown keys are kept as custom fields
    }
    return c;
}

RemoteCampaign deployment(const QJsonObject &object, const QTimeZone &zone)
{
    RemoteCampaign d;
    d.id = QString::number(object.value(QStringLiteral("id")).toInteger());
    d.name = object.value(QStringLiteral("title")).toString();
    d.state = QString::number(object.value(QStringLiteral("status")).toInteger()); // undocumented codes, shown raw
    d.scheduledAt = parseDateTime(object.value(QStringLiteral("send_date")), zone);
    d.recipients = object.value(QStringLiteral("total_contacts")).toInteger(-1);
    d.cost = object.value(QStringLiteral("total_credits")).toDouble(-1);
    return d;
}

StatBucket stat(const QJsonObject &object, const QTimeZone &zone)
{
    StatBucket b;
    b.start = parseDateTime(object.value(QStringLiteral("period_start")), zone);
    b.end = parseDateTime(object.value(QStringLiteral("period_end")), zone);
    b.total = object.value(QStringLiteral("total")).toInteger();
    b.sent = object.value(QStringLiteral("sms_sent_count")).toInteger();
    b.unsent = object.value(QStringLiteral("sms_unsent_count")).toInteger();
    b.optedOut = object.value(QStringLiteral("sms_optout_count")).toInteger();
    return b;
}

QList<StatBucket> series(const QJsonArray &stats, const QTimeZone &zone)
{
    QList<StatBucket> buckets;
    for (const QJsonValue &v : stats)
        buckets.append(stat(v.toObject(), zone));
    std::sort(buckets.begin(), buckets.end(),
              [](const StatBucket &a, const StatBucket &b) { return a.start < b.start; });
    return buckets;
}

OptOut optOut(const QJsonObject &object, const QTimeZone &zone)
{
    OptOut o;
    o.id = QString::number(object.value(QStringLiteral("id")).toInteger());
    const QString originator = object.value(QStringLiteral("originator")).toString();
    o.address = originator.contains(QLatin1Char('@')) || originator.startsWith(QLatin1Char('+'))
            ? originator
            : QStringLiteral("+") + originator;
    o.reason = object.value(QStringLiteral("reason")).toString();
    o.at = parseDateTime(object.value(QStringLiteral("date_opted_out")), zone);
    o.active = object.value(QStringLiteral("date_overwritten")).isNull()
            || object.value(QStringLiteral("date_overwritten")).isUndefined();
    return o;
}

CampaignStats totals(const QList<StatBucket> &days)
{
    CampaignStats stats;
    qint64 sent = 0, unsent = 0, optedOut = 0;
    for (const StatBucket &b : days) {
        sent += b.sent;
        unsent += b.unsent;
        optedOut += b.optedOut;
    }
    stats.set(CampaignStats::Sent, sent);
    stats.set(CampaignStats::Failed, unsent);
    stats.set(CampaignStats::Unsubscribed, optedOut);
    return stats;
}

QString linkedDeployment(const QJsonArray &deployments, const QString &campaignPk)
{
    QString id;
    for (const QJsonValue &v : deployments) {
        const QJsonObject d = v.toObject();
        if (d.value(QStringLiteral("linked_campaign")).toVariant().toString() == campaignPk)
            id = QString::number(d.value(QStringLiteral("id")).toInteger());
    }
    return id;
}

AuthHook authHook(const Account &account, const QString &secret)
{
    const QString scheme = account.settings.value(QStringLiteral("auth_scheme")).toString(QStringLiteral("header"));
    const QByteArray header = account.settings.value(QStringLiteral("auth_header"))
                                      .toString(QStringLiteral("Authorization"))
                                      .toLatin1();
    const QString prefix = account.settings.value(QStringLiteral("auth_prefix")).toString(QStringLiteral("Token"));
    const QString queryParam
            = account.settings.value(QStringLiteral("auth_query_param")).toString(QStringLiteral("token"));
    const QString user = account.user;
    return [scheme, header, prefix, queryParam, user, secret](QNetworkRequest &request, QByteArray &) {
        if (scheme == QLatin1String("basic")) {
            request.setRawHeader("Authorization", "Basic " + (user + QLatin1Char(':') + secret).toUtf8().toBase64());
        } else if (scheme == QLatin1String("query")) {
            QUrl url = request.url();
            QUrlQuery query(url);
            query.addQueryItem(queryParam, secret);
            url.setQuery(query);
            request.setUrl(url);
        } else {
            request.setRawHeader(header, (prefix.isEmpty() ? secret : prefix + QLatin1Char(' ') + secret).toUtf8());
        }
    };
}

HttpRequest jsonRequest(const QByteArray &method, const QString &path, const QJsonValue &body, bool retrySafe)
{
    HttpRequest r;
    r.method = method;
    r.path = path;
    r.headers = {{"Accept", "application/json"}};
    if (!body.isUndefined()) {
        r.contentType = "application/json; charset=utf-8";
        r.body = body.isArray() ? QJsonDocument(body.toArray()).toJson(QJsonDocument::Compact)
                                : QJsonDocument(body.toObject()).toJson(QJsonDocument::Compact);
    }
    r.retrySafe = retrySafe;
    return r;
}

QString defaultPath(const QString &key)
{
    static const QHash<QString, QString> paths = {
            {QStringLiteral("contact_lists.list"), QStringLiteral("/contact-lists/")},
            {QStringLiteral("contact_lists.contacts"), QStringLiteral("/contact-lists/{list_id}/contacts/")},
            {QStringLiteral("contact_lists.import"), QStringLiteral("/contact-lists/import/")},
            {QStringLiteral("contacts.detail"), QStringLiteral("/contact-lists/{list_id}/contacts/{contact_id}/")},
            {QStringLiteral("deployments.list"), QStringLiteral("/deployments/")},
            {QStringLiteral("stats"), QStringLiteral("/deployments/{deployment_id}/stats/{period}/")},
            {QStringLiteral("sms.send"), QStringLiteral("/sms/send/")},
            {QStringLiteral("sms.send_bulk"), QStringLiteral("/sms/send/bulk/")},
            {QStringLiteral("optouts.list"), QStringLiteral("/optouts/")},
            {QStringLiteral("optouts.overwrite"), QStringLiteral("/optouts/{optout_id}/overwrite/")},
    };
    return paths.value(key);
}

QString sendProblem(const SendRequest &request, const Clock *clock)
{
    if (request.channel != Channel::Sms)
        return QStringLiteral("Only SMS can be sent through this platform");
    if (request.messages.isEmpty())
        return QStringLiteral("No recipients in the request");
    if (request.scheduledAt.isValid() && request.scheduledAt > clock->now())
        return QStringLiteral("This platform has no scheduling on sends; the app's scheduler sends when due");
    return {};
}

QJsonArray contactBatch(const QList<Contact> &contacts, qsizetype *next, int max, const QString &phoneKey)
{
    QJsonArray batch;
    while (*next < contacts.size() && batch.size() < max) {
        const Contact &c = contacts.at((*next)++);
        const QString msisdn = destination(c.phone);
        if (msisdn.isEmpty())
            continue; // an SMS platform: a contact without a valid number cannot go there
        QJsonObject item {{phoneKey, msisdn},
                          {QStringLiteral("first_name"), c.firstName},
                          {QStringLiteral("last_name"), c.lastName}};
        if (!c.email.isEmpty())
            item.insert(QStringLiteral("email"), c.email);
        batch.append(item);
    }
    return batch;
}

QJsonArray messageBatch(const QList<OutgoingMessage> &messages, qsizetype *next, int max, const QJsonValue &campaignPk,
                        QList<MessageOutcome> *outcomes, QList<OutgoingMessage> *inBatch)
{
    QJsonArray items;
    while (*next < messages.size() && items.size() < max) {
        const OutgoingMessage &m = messages.at((*next)++);
        const QString to = destination(m.address);
        if (to.isEmpty()) {
            outcomes->append({m.clientKey, {}, false, QStringLiteral("Not an international number")});
            continue;
        }
        QJsonObject item {{QStringLiteral("destination"), to}, {QStringLiteral("message"), m.body}};
        if (!campaignPk.isUndefined() && !campaignPk.isNull())
            item.insert(QStringLiteral("campaign_pk"), campaignPk);
        items.append(item);
        inBatch->append(m);
    }
    return items;
}

QByteArray csvUpload(const QString &title, const QByteArray &csv, const QByteArray &boundary)
{
    QByteArray body;
    body += "--" + boundary + "\r\nContent-Disposition: form-data; name=\"title\"\r\n\r\n" + title.toUtf8() + "\r\n";
    body += "--" + boundary
            + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"contacts.csv\"\r\n"
              "Content-Type: text/csv\r\n\r\n"
            + csv + "\r\n";
    body += "--" + boundary + "--\r\n";
    return body;
}

int documentedCredits(const QString &message)
{
    return message.isEmpty() ? 0 : int((message.size() + 159) / 160);
}

} // namespace cm::deployments
