// 360NRS requests other than sends (nrs360sendrequests.cpp): lists and their pages, contacts, reports, scheduling,
// blacklists, templates, email validation and conversations.
#include "nrs360requests.h"

#include "models/phone.h"
#include "nrs360parse.h"

#include <QJsonDocument>
#include <QRegularExpression>

namespace cm::nrs360 {

HttpRequest jsonRequest(const QByteArray &method, const QString &path, const QJsonValue &body, bool retrySafe)
{
    HttpRequest r;
    r.method = method;
    r.path = path;
    if (!body.isUndefined()) {
        r.contentType = "application/json";
        r.body = body.isArray() ? QJsonDocument(body.toArray()).toJson(QJsonDocument::Compact)
                                : QJsonDocument(body.toObject()).toJson(QJsonDocument::Compact);
    }
    r.retrySafe = retrySafe;
    return r;
}

HttpRequest getRequest(const QString &path)
{
    return jsonRequest("GET", path, QJsonValue::Undefined, true);
}

HttpRequest pageRequest(const QString &path, const QUrlQuery &query, int page, int pageSize)
{
    HttpRequest request = getRequest(path);
    request.query = query;
    request.query.removeAllQueryItems(QStringLiteral("page"));
    if (!request.query.hasQueryItem(QStringLiteral("limit")))
        request.query.addQueryItem(QStringLiteral("limit"), QString::number(pageSize));
    request.query.addQueryItem(QStringLiteral("page"), QString::number(page));
    return request;
}

QString toProviderSyntax(const QString &html)
{
    static const QRegularExpression field(QStringLiteral("\\{\\{\\s*([A-Za-z_][A-Za-z0-9_]*)\\s*\\}\\}"));
    QString out = providerUnsubscribe(html, Channel::Email);
    return out.replace(field, QStringLiteral("{\\1}"));
}

QJsonObject contactBody(const Contact &c, const QString &groupId, const QString &defaultCountry)
{
    QJsonObject body;
    if (!c.email.isEmpty())
        body.insert(QStringLiteral("email"), c.email);
    if (!c.phone.isEmpty()) {
        body.insert(QStringLiteral("phone"), msisdn(c.phone));
        // countryIso, required with a phone (§6.4): the number's own country where the contact has none.
        QString country = c.country.isEmpty() ? phoneRegion(c.phone) : c.country;
        if (country.isEmpty())
            country = defaultCountry;
        body.insert(QStringLiteral("countryIso"), country);
    }
    if (!c.firstName.isEmpty())
        body.insert(QStringLiteral("name"), c.firstName);
    if (!c.lastName.isEmpty())
        body.insert(QStringLiteral("surname"), c.lastName);
    QJsonArray fields;
    for (auto it = c.fields.cbegin(); it != c.fields.cend(); ++it)
        fields.append(
                QJsonObject {{QStringLiteral("key"), it.key()}, {QStringLiteral("value"), it.value().toString()}});
    if (!fields.isEmpty())
        body.insert(QStringLiteral("customFields"), fields);
    if (!groupId.isEmpty())
        body.insert(QStringLiteral("groupsIds"), QJsonArray {groupId.toLongLong()});
    return body;
}

HttpRequest contactLookup(const Contact &c)
{
    HttpRequest find = getRequest(QStringLiteral("/contacts"));
    find.query.addQueryItem(QStringLiteral("include"), QStringLiteral("groups"));
    if (!c.email.isEmpty())
        find.query.addQueryItem(QStringLiteral("email"), c.email);
    else
        find.query.addQueryItem(QStringLiteral("phone"), msisdn(c.phone));
    return find;
}

HttpRequest contactUpsert(const Contact &contact, const QString &groupId, const QString &defaultCountry,
                          const QJsonArray &found)
{
    QJsonObject body = contactBody(contact, groupId, defaultCountry);
    if (found.isEmpty())
        return jsonRequest("POST", QStringLiteral("/contacts"), body, false);
    QStringList groups;
    const Contact existing = parseContact(found.first().toObject(), &groups);
    QJsonArray ids;
    for (const QString &g : std::as_const(groups))
        ids.append(g.toLongLong());
    if (!groups.contains(groupId))
        ids.append(groupId.toLongLong());
    body.insert(QStringLiteral("groupsIds"), ids); // the full list: PUT may replace memberships (§6.5)
    return jsonRequest("PUT", QStringLiteral("/contacts/") + existing.remoteId, body, true);
}

QStringList smsIds(const QStringList &providerIds)
{
    QStringList ids;
    for (const QString &id : providerIds) {
        if (!id.contains(QLatin1Char('-')))
            ids.append(id);
    }
    return ids;
}

HttpRequest smsStatusRequest(const QStringList &ids)
{
    return getRequest(QStringLiteral("/sms/") + ids.join(QLatin1Char(',')));
}

HttpRequest eventsRequest(const QString &sendingId)
{
    HttpRequest request = getRequest(QStringLiteral("/sendings/%1/reports/events").arg(sendingId));
    request.timeoutMs = 120000; // CSV exports take longer (§26.5)
    return request;
}

HttpRequest scheduledLookup(const QString &sendingId)
{
    HttpRequest request = getRequest(QStringLiteral("/scheduled"));
    request.query.addQueryItem(QStringLiteral("sendingId"), sendingId);
    return request;
}

std::optional<HttpRequest> scheduledRequest(const QByteArray &method, const QStringList &guids, const QDateTime &utc)
{
    QJsonArray ids;
    for (const QString &g : guids) {
        bool ok = false;
        const qint64 id = g.toLongLong(&ok);
        if (ok)
            ids.append(id); // an integer in requests, a string in responses (§1.6)
    }
    if (ids.isEmpty())
        return std::nullopt; // without guids 360NRS would move or delete every scheduled message of the account
    QJsonObject body {{QStringLiteral("guid"), ids}};
    if (method == "PUT")
        body.insert(QStringLiteral("scheduleDate"), scheduleDate(utc));
    return jsonRequest(method, QStringLiteral("/scheduled"), body, true);
}

QString blacklistType(const QString &address)
{
    return address.contains(QLatin1Char('@')) ? QStringLiteral("mailing") : QStringLiteral("sms");
}

QString blacklistRecipient(const QString &address)
{
    return address.contains(QLatin1Char('@')) ? address.trimmed().toLower() : msisdn(address);
}

QStringList blacklistTypes(const QString &address)
{
    return address.isEmpty() ? QStringList {QStringLiteral("sms"), QStringLiteral("mailing"), QStringLiteral("voice")}
                             : QStringList {blacklistType(address)};
}

HttpRequest blacklistChange(const QString &address, ContactChange change)
{
    const bool add = change == ContactChange::Block || change == ContactChange::Unsubscribe
            || change == ContactChange::BlockCalls;
    const bool calls = change == ContactChange::BlockCalls || change == ContactChange::UnblockCalls;
    const QJsonObject body {{QStringLiteral("recipient"), blacklistRecipient(address)}};
    return jsonRequest(add ? "PUT" : "DELETE",
                       QStringLiteral("/v2/blacklist/") + (calls ? QStringLiteral("voice") : blacklistType(address)),
                       body, true);
}

QString templatePath(const QString &id)
{
    const QString number = id.section(QLatin1Char(':'), -1);
    return (id.startsWith(QLatin1String("v1:")) ? QStringLiteral("/templates/") : QStringLiteral("/v2/templates/"))
            + number;
}

HttpRequest templateSave(const RemoteTemplate &tmpl)
{
    const QJsonObject body {{QStringLiteral("name"), tmpl.name}, {QStringLiteral("html"), toProviderSyntax(tmpl.html)}};
    const bool create = tmpl.id.isEmpty();
    return jsonRequest(create ? "POST" : "PUT", create ? QStringLiteral("/v2/templates") : templatePath(tmpl.id), body,
                       !create);
}

HttpRequest validationStart(const QStringList &emails)
{
    return jsonRequest("POST", QStringLiteral("/validation/emails"),
                       QJsonObject {{QStringLiteral("emails"), QJsonArray::fromStringList(emails)},
                                    {QStringLiteral("force"), false}},
                       false);
}

HttpRequest validationResults(const QString &id)
{
    HttpRequest result = getRequest(QStringLiteral("/validation/emails/%1/result").arg(id));
    result.timeoutMs = 120000;
    return result;
}

QString conversationPath(const QString &from, const QString &to)
{
    return QStringLiteral("/whatsapp/conversations/%1/%2").arg(msisdn(from), msisdn(to));
}

} // namespace cm::nrs360
