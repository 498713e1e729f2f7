#include "freshmailrequests.h"

#include "models/templaterenderer.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonDocument>
#include <QNetworkRequest>
#include <QRegularExpression>

namespace cm::freshmail {

QByteArray sign(const QByteArray &key, const QByteArray &path, const QByteArray &body, const QByteArray &secret)
{
    QCryptographicHash hash(QCryptographicHash::Sha1);
    for (const QByteArray *part : {&key, &path, &body, &secret})
        hash.addData(*part);
    return hash.result().toHex();
}

void signRequest(QNetworkRequest &request, const QByteArray &body, const QByteArray &key, const QByteArray &secret)
{
    const QByteArray path = request.url().path(QUrl::FullyEncoded).toUtf8();
    request.setRawHeader("X-Rest-ApiKey", key);
    request.setRawHeader("X-Rest-ApiSign", sign(key, path, body, secret));
    request.setHeader(QNetworkRequest::ContentTypeHeader, "application/json");
}

HttpRequest jsonRequest(const QByteArray &method, const QString &path, const QJsonObject &body, bool retrySafe)
{
    HttpRequest request;
    request.method = method;
    request.path = path;
    request.contentType = "application/json";
    if (method != "GET")
        request.body = QJsonDocument(body).toJson(QJsonDocument::Compact); // serialised once, signed as sent
    request.retrySafe = retrySafe;
    return request;
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

QString providerTime(const QDateTime &utc, const QTimeZone &zone)
{
    // Seconds resolution: a time with milliseconds goes up to the next second, never earlier than asked.
    QDateTime at = utc;
    if (at.time().msec() > 0)
        at = at.addMSecs(1000 - at.time().msec());
    return at.toTimeZone(zone).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

QString withUnsubscribe(const QString &html, const Settings &settings)
{
    return TemplateRenderer::withUnsubscribeLink(html, settings.unsubscribeUrl.toHtmlEscaped());
}

OneMessage oneMessage(const SendRequest &request, const OutgoingMessage &m, const Settings &settings)
{
    OneMessage one;
    if (request.channel == Channel::Sms) {
        one.path = QStringLiteral("/sms");
        const QString number = gsm(m.address);
        one.problem = number.isEmpty() ? QCoreApplication::translate("cm::FreshMailProvider",
                                                                     "FreshMail takes 9-digit Polish numbers or 11 "
                                                                     "digits with the country code (error 1101).")
                                       : smsProblem(m.body);
        one.body = {{QStringLiteral("gsm"), number},
                    {QStringLiteral("text"), m.body},
                    {QStringLiteral("messageId"), m.clientKey.left(42)}};
        const QString from = request.sender.isEmpty() ? settings.smsFrom : request.sender;
        if (!from.isEmpty())
            one.body.insert(QStringLiteral("from"), from);
        return one;
    }
    one.path = QStringLiteral("/mail");
    one.body = {{QStringLiteral("subscriber"), m.address},
                {QStringLiteral("subject"), m.subject},
                {QStringLiteral("html"), withUnsubscribe(m.body, settings)},
                {QStringLiteral("encoding"), QStringLiteral("UTF-8")}};
    if (!request.sender.isEmpty()) {
        one.body.insert(QStringLiteral("from"), request.sender);
        one.body.insert(QStringLiteral("from_name"),
                        settings.fromName.isEmpty() ? request.sender : settings.fromName); // §11 #30
    }
    if (!settings.replyTo.isEmpty())
        one.body.insert(QStringLiteral("reply_to"), settings.replyTo);
    return one;
}

QJsonObject sendListBody(const SendRequest &request, const QDateTime &now, const Settings &settings)
{
    const QString name = QCoreApplication::translate("cm::FreshMailProvider", "%1 (Campaign Manager, %2)")
                                 .arg(request.campaignName,
                                      now.toTimeZone(settings.zone).toString(QStringLiteral("yyyy-MM-dd HH:mm")));
    return {{QStringLiteral("name"), name},
            {QStringLiteral("description"),
             QCoreApplication::translate("cm::FreshMailProvider", "Recipients of “%1”.").arg(request.campaignName)}};
}

QJsonObject campaignBody(const SendRequest &request, const QString &list, const Settings &settings)
{
    const OutgoingMessage &first = request.messages.first();
    QJsonObject campaign {{QStringLiteral("name"), request.campaignName},
                          {QStringLiteral("subject"), first.subject},
                          {QStringLiteral("html"), withUnsubscribe(first.body, settings)},
                          {QStringLiteral("list"), list}};
    if (!request.sender.isEmpty()) {
        campaign.insert(QStringLiteral("from_address"), request.sender);
        if (!settings.fromName.isEmpty())
            campaign.insert(QStringLiteral("from_name"), settings.fromName);
    }
    if (!settings.replyTo.isEmpty())
        campaign.insert(QStringLiteral("reply_to"), settings.replyTo);
    if (!settings.resignUrl.isEmpty())
        campaign.insert(QStringLiteral("resignlink"), settings.resignUrl);
    return campaign;
}

QJsonObject campaignSendBody(const QString &hash, const QDateTime &scheduledAt, const QDateTime &now,
                             const Settings &settings)
{
    QJsonObject send {{QStringLiteral("hash"), hash}};
    // A time less than two minutes away is sent now (1733 if it passed meanwhile, §6).
    if (scheduledAt.isValid() && scheduledAt > now.addSecs(120))
        send.insert(QStringLiteral("time"), providerTime(scheduledAt, settings.zone));
    return send;
}

QJsonObject addMultipleBody(const QString &list, const QJsonArray &subscribers)
{
    return {{QStringLiteral("list"), list},
            {QStringLiteral("state"), 1},
            {QStringLiteral("confirm"), 0},
            {QStringLiteral("subscribers"), subscribers}};
}

SubscriberItems subscriberItems(const QList<Contact> &contacts, const QStringList &tags, const QSet<QString> &known)
{
    SubscriberItems items;
    for (const Contact &c : contacts) {
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
        items.anyFields = items.anyFields || (isKnown && !fields.isEmpty());
        (isKnown ? items.existing : items.fresh).append(item);
    }
    return items;
}

QJsonObject editSubscriberBody(const QString &listHash, const QString &email, const QVariantMap &fields, int state)
{
    QJsonObject body {{QStringLiteral("email"), email}, {QStringLiteral("list"), listHash}};
    if (!fields.isEmpty()) {
        QJsonObject values;
        for (auto it = fields.cbegin(); it != fields.cend(); ++it)
            values.insert(it.key(), it.value().toString()); // values go as strings (§3)
        body.insert(QStringLiteral("custom_fields"), values);
    }
    if (state > 0)
        body.insert(QStringLiteral("state"), state);
    return body;
}

QJsonObject smsReportsBody(const QDateTime &now, int page, const Settings &settings)
{
    const QDateTime there = now.toTimeZone(settings.zone);
    return {{QStringLiteral("startDate"), there.addDays(-settings.reportDays).toString(QStringLiteral("yyyy-MM-dd"))},
            {QStringLiteral("endDate"), there.toString(QStringLiteral("yyyy-MM-dd"))},
            {QStringLiteral("page"), page}};
}

QJsonObject smsReportsBody(const QDateTime &since, const QDateTime &now, int page, const Settings &settings)
{
    return {{QStringLiteral("startDate"), since.toTimeZone(settings.zone).toString(QStringLiteral("yyyy-MM-dd"))},
            {QStringLiteral("endDate"), now.toTimeZone(settings.zone).toString(QStringLiteral("yyyy-MM-dd"))},
            {QStringLiteral("page"), page}};
}

QJsonObject spamCheckBody(const QString &subject, const QString &html, const QString &text, const QString &from,
                          const Settings &settings)
{
    QJsonObject body {{QStringLiteral("subject"), subject}, {QStringLiteral("html"), withUnsubscribe(html, settings)}};
    if (!text.isEmpty())
        body.insert(QStringLiteral("text"), text);
    if (!from.isEmpty())
        body.insert(QStringLiteral("from"), from);
    return body;
}

} // namespace cm::freshmail
