#include "emailcampaignsparse.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <QTimeZone>

namespace cm::emailcampaigns {

namespace {

QJsonArray array(const QByteArray &body)
{
    return QJsonDocument::fromJson(body).array();
}

} // namespace

QString oid(const QJsonValue &value)
{
    if (value.isObject())
        return value.toObject().value(QStringLiteral("$oid")).toString();
    return value.toString();
}

QString idOf(const QJsonObject &object)
{
    for (const QString &key : {QStringLiteral("$_id"), QStringLiteral("_id"), QStringLiteral("id")}) {
        if (const QString id = oid(object.value(key)); !id.isEmpty())
            return id;
    }
    return {};
}

QString idOf(const QByteArray &body)
{
    return idOf(QJsonDocument::fromJson(body).object());
}

QDateTime parseTimestamp(const QString &text)
{
    // Six fractional digits (or any, or none), no zone: cut to milliseconds and read as UTC.
    static const QRegularExpression form(QStringLiteral(
            "^(\\d{4}-\\d{2}-\\d{2})[T ](\\d{2}:\\d{2}(?::\\d{2})?)(?:\\.(\\d+))?(Z|[+-]\\d{2}:?\\d{2})?$"));
    const QRegularExpressionMatch m = form.match(text.trimmed());
    if (!m.hasMatch())
        return {};
    QString time = m.captured(2);
    if (time.size() == 5)
        time += QStringLiteral(":00");
    const QString fraction = QString(m.captured(3) + QStringLiteral("000")).left(3);
    QDateTime at = QDateTime::fromString(m.captured(1) + QLatin1Char('T') + time + QLatin1Char('.') + fraction
                                                 + (m.captured(4).isEmpty() ? QStringLiteral("Z") : m.captured(4)),
                                         Qt::ISODateWithMs);
    return at.isValid() ? at.toUTC() : QDateTime();
}

std::optional<EventType> dispositionEvent(const QString &disposition)
{
    const QString d = disposition.toLower();
    if (d == QLatin1String("delivered"))
        return EventType::Delivered;
    if (d.contains(QLatin1String("bounce")))
        return EventType::Bounced;
    for (const char *word : {"fail", "reject", "invalid", "block", "optout", "opt_out"}) {
        if (d.contains(QLatin1String(word)))
            return EventType::Failed;
    }
    return std::nullopt;
}

ProviderError providerError(const ProviderError &clientError, int httpStatus)
{
    ProviderError e = clientError;
    if (httpStatus == 404) {
        e.kind = ProviderError::Kind::Permanent;
        e.message = QCoreApplication::translate("cm::EmailCampaignsProvider",
                                                "Email Campaigns does not know it (404): it was deleted there, or "
                                                "belongs to another account.");
    } else if (e.kind == ProviderError::Kind::Auth) {
        e.message = QCoreApplication::translate("cm::EmailCampaignsProvider",
                                                "Email Campaigns refused the API token: copy it again from the "
                                                "provider's portal.")
                + QStringLiteral(" (") + e.message + QLatin1Char(')');
    }
    return e;
}

QVariantMap parseSenders(const QByteArray &body)
{
    QVariantMap byEmail;
    for (const QJsonValue &v : array(body)) {
        const QJsonObject o = v.toObject();
        byEmail.insert(o.value(QStringLiteral("email")).toString().toLower(), idOf(o));
    }
    return byEmail;
}

QList<OptOut> parseOptOuts(const QByteArray &body, const QString &address)
{
    QList<OptOut> list;
    for (const QJsonValue &v : array(body)) {
        const QJsonObject o = v.toObject();
        OptOut out;
        out.id = idOf(o);
        out.address = o.value(QStringLiteral("email")).toString().trimmed().toLower();
        out.at = parseTimestamp(o.value(QStringLiteral("created_on")).toString());
        out.reason = QStringLiteral("opt_out");
        if (address.isEmpty() || out.address == address.trimmed().toLower())
            list.append(out);
    }
    return list;
}

QList<RemoteGroup> parseGroups(const QByteArray &body)
{
    QList<RemoteGroup> groups;
    for (const QJsonValue &v : array(body)) {
        const QJsonObject o = v.toObject();
        groups.append({idOf(o), o.value(QStringLiteral("tag")).toString(),
                       o.value(QStringLiteral("contacts")).toArray().size()});
    }
    return groups;
}

QList<Contact> parseContacts(const QByteArray &body)
{
    QList<Contact> contacts;
    for (const QJsonValue &v : QJsonDocument::fromJson(body).object().value(QStringLiteral("contacts")).toArray()) {
        const QJsonObject o = v.toObject();
        Contact c;
        c.email = o.value(QStringLiteral("email")).toString().trimmed().toLower();
        const QString name = o.value(QStringLiteral("name")).toString().trimmed();
        c.firstName = name.section(QLatin1Char(' '), 0, 0);
        c.lastName = name.section(QLatin1Char(' '), 1);
        c.remoteId = c.email;
        // Extra CSV columns, where the provider gives them back (§3.3).
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (it.key() != QLatin1String("name") && it.key() != QLatin1String("email"))
                c.fields.insert(it.key(), it.value().toVariant().toString());
        }
        if (!c.email.isEmpty())
            contacts.append(c);
    }
    return contacts;
}

RemoteTemplate parseTemplate(const QJsonObject &o)
{
    return {idOf(o), o.value(QStringLiteral("description")).toString(),
            o.value(QStringLiteral("email_message")).toString(),
            parseTimestamp(o.value(QStringLiteral("modified_on")).toString())};
}

QList<RemoteTemplate> parseTemplates(const QByteArray &body)
{
    QList<RemoteTemplate> templates;
    for (const QJsonValue &v : array(body))
        templates.append(parseTemplate(v.toObject()));
    return templates;
}

QList<RemoteCampaign> parseCampaigns(const QByteArray &body)
{
    QList<RemoteCampaign> campaigns;
    for (const QJsonValue &v : array(body)) {
        const QJsonObject o = v.toObject();
        RemoteCampaign c;
        c.id = idOf(o);
        c.name = o.value(QStringLiteral("name")).toString();
        c.state = o.value(QStringLiteral("status")).toString(); // unknown values kept as they are (§7)
        // start_date is a wall time in the campaign's zone (§1.1).
        QDateTime start = parseTimestamp(o.value(QStringLiteral("start_date")).toString());
        const QTimeZone zone(o.value(QStringLiteral("timezone")).toString().toLatin1());
        if (start.isValid() && zone.isValid())
            start = QDateTime(start.date(), start.time(), zone).toUTC();
        c.scheduledAt = start;
        campaigns.append(c);
    }
    return campaigns;
}

QList<DeliveryEvent> parseResults(const QByteArray &body)
{
    QList<DeliveryEvent> events;
    QSet<QString> seen;
    for (const QJsonValue &v : array(body)) {
        const QJsonObject o = v.toObject();
        const QString id = idOf(o);
        if (!id.isEmpty() && seen.contains(id))
            continue;
        seen.insert(id);
        const QString address = o.value(QStringLiteral("email_to")).toString().trimmed().toLower();
        const QDateTime at = parseTimestamp(o.value(QStringLiteral("modified_on")).toString());
        const QString disposition = o.value(QStringLiteral("disposition")).toString();
        events.append({{},
                       EventType::Sent,
                       parseTimestamp(o.value(QStringLiteral("start_date")).toString()),
                       o.value(QStringLiteral("status")).toString(),
                       address});
        // An incomplete result's disposition is provisional (§7).
        if (!o.value(QStringLiteral("complete")).toBool())
            continue;
        if (const auto type = dispositionEvent(disposition))
            events.append({{}, *type, at, disposition, address});
    }
    return events;
}

} // namespace cm::emailcampaigns
