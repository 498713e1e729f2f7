#include "deploymentsparse.h"

#include <QJsonDocument>
#include <QRegularExpression>

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

int documentedCredits(const QString &message)
{
    return message.isEmpty() ? 0 : int((message.size() + 159) / 160);
}

} // namespace cm::deployments
