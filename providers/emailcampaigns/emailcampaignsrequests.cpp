#include "emailcampaignsrequests.h"

#include "models/templaterenderer.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QLocale>
#include <QSet>
#include <QTimeZone>
#include <QUuid>

namespace cm::emailcampaigns {

namespace {

const QStringList contactHeader {QStringLiteral("name"), QStringLiteral("email")};

// §3.6: the schedule of a campaign: its name, start and From address.
QJsonObject schedule(const QString &name, const Start &start, const QString &senderId)
{
    return {{QStringLiteral("name"), name},
            {QStringLiteral("start_date"), start.startDate},
            {QStringLiteral("timezone"), start.timezone},
            {QStringLiteral("sender_id"), QJsonObject {{QStringLiteral("$oid"), senderId}}}};
}

// The campaign POST: its attributes as a text part, and the recipients' CSV when there are any.
HttpRequest campaignPost(const QJsonObject &attributes, const QByteArray &csvFile, int timeoutMs)
{
    return uploadRequest(QStringLiteral("/email/campaign/"), {},
                         {{"attributes", QJsonDocument(attributes).toJson(QJsonDocument::Compact)}}, csvFile,
                         timeoutMs);
}

} // namespace

std::optional<Start> startFor(const QDateTime &utc, const QByteArray &preferredZone, QString *problem)
{
    static const QList<QByteArray> zones {"EST5EDT", "CST6CDT", "MST7MDT", "PST8PDT"};
    // Minutes only: a time with seconds goes to the next minute, never earlier than asked.
    qint64 ms = utc.toMSecsSinceEpoch();
    ms = (ms + 59999) / 60000 * 60000;
    const QDateTime at = QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
    QList<QByteArray> order = zones;
    if (zones.contains(preferredZone)) {
        order.removeAll(preferredZone);
        order.prepend(preferredZone);
    }
    static const QString format = QStringLiteral("yyyy-MM-dd HH:mm");
    bool anyZone = false;
    for (const QByteArray &id : std::as_const(order)) {
        const QTimeZone zone(id);
        if (!zone.isValid())
            continue;
        anyZone = true;
        const QString wall = at.toTimeZone(zone).toString(format);
        // The autumn hour: the same wall time an hour apart would be read either way there.
        if (at.addSecs(3600).toTimeZone(zone).toString(format) == wall
            || at.addSecs(-3600).toTimeZone(zone).toString(format) == wall)
            continue;
        return Start {wall, QString::fromLatin1(id), at};
    }
    if (problem)
        *problem = anyZone ? QCoreApplication::translate("cm::EmailCampaignsProvider",
                                                         "%1 cannot be said in any of the four US zones Email "
                                                         "Campaigns takes (EST5EDT, CST6CDT, MST7MDT, PST8PDT); "
                                                         "choose a time an hour earlier or later.")
                                     .arg(QLocale().toString(utc.toLocalTime(), QLocale::ShortFormat))
                           : QCoreApplication::translate("cm::EmailCampaignsProvider",
                                                         "This computer has no data for the US time zones Email "
                                                         "Campaigns takes: install the tzdata package.");
    return std::nullopt;
}

QByteArray csv(const QStringList &header, const QList<QStringList> &rows)
{
    const auto line = [](const QStringList &cells) -> QByteArray {
        QStringList out;
        for (const QString &cell : cells) {
            if (cell.contains(QLatin1Char(',')) || cell.contains(QLatin1Char('"')) || cell.contains(QLatin1Char('\n'))
                || cell.contains(QLatin1Char('\r')))
                out.append(QLatin1Char('"') + QString(cell).replace(QLatin1Char('"'), QStringLiteral("\"\""))
                           + QLatin1Char('"'));
            else
                out.append(cell);
        }
        return out.join(QLatin1Char(',')).toUtf8() + "\r\n";
    };
    QByteArray out = line(header);
    for (const QStringList &row : rows)
        out += line(row);
    return out;
}

QByteArray multipart(const QList<QPair<QByteArray, QByteArray>> &textParts, const QByteArray &csvFile,
                     QByteArray *contentType)
{
    const QByteArray boundary = "cm-" + QUuid::createUuid().toByteArray(QUuid::Id128);
    QByteArray body;
    for (const auto &[name, value] : textParts)
        body += "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n";
    if (!csvFile.isNull())
        body += "--" + boundary
                + "\r\nContent-Disposition: form-data; name=\"csv_file\"; filename=\"contacts.csv\"\r\n"
                  "Content-Type: text/csv\r\n\r\n"
                + csvFile + "\r\n";
    body += "--" + boundary + "--\r\n";
    *contentType = "multipart/form-data; boundary=" + boundary;
    return body;
}

HttpRequest jsonRequest(const QByteArray &method, const QString &path, const QJsonObject &body, const QString &id)
{
    HttpRequest r;
    r.method = method;
    r.path = path;
    if (!id.isEmpty())
        r.query.addQueryItem(QStringLiteral("_id"), id);
    if (method != "GET" && method != "DELETE") {
        r.contentType = "application/json";
        r.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    }
    r.retrySafe = method != "POST"; // §1.2: never blindly retry a POST
    return r;
}

HttpRequest sendersRequest()
{
    return jsonRequest("GET", QStringLiteral("/email/senderid/"), {});
}

HttpRequest registerSenderRequest(const QString &email, const QString &description)
{
    return jsonRequest("POST", QStringLiteral("/email/senderid/"),
                       {{QStringLiteral("description"), description}, {QStringLiteral("email"), email.trimmed()}});
}

HttpRequest uploadRequest(const QString &path, const QString &id, const QList<QPair<QByteArray, QByteArray>> &parts,
                          const QByteArray &csvFile, int timeoutMs)
{
    HttpRequest r;
    r.method = "POST";
    r.path = path;
    if (!id.isEmpty())
        r.query.addQueryItem(QStringLiteral("_id"), id);
    r.body = multipart(parts, csvFile, &r.contentType);
    r.timeoutMs = timeoutMs;
    return r;
}

QList<QStringList> contactRows(const QList<Contact> &contacts)
{
    QList<QStringList> rows;
    for (const Contact &c : contacts) {
        if (c.email.isEmpty())
            continue;
        rows.append(QStringList {QString(c.firstName + QLatin1Char(' ') + c.lastName).trimmed(),
                                 c.email.trimmed().toLower()});
    }
    return rows;
}

HttpRequest bulkRequest(const QString &action, const QString &groupId, const QList<QStringList> &rows, int timeoutMs)
{
    QList<QPair<QByteArray, QByteArray>> parts;
    if (action != QLatin1String("delete"))
        parts.append(qMakePair(QByteArray("name_index"), QByteArray("0")));
    parts.append(qMakePair(QByteArray("email_index"), QByteArray("1")));
    HttpRequest request = uploadRequest(QStringLiteral("/email/contact/bulk/%1/").arg(action), groupId, parts,
                                        csv(contactHeader, rows), timeoutMs);
    request.retrySafe = true; // the same file again has the same effect
    return request;
}

QList<QStringList> optOutRows(const QStringList &emails)
{
    QList<QStringList> rows;
    for (const QString &e : emails)
        rows.append(QStringList {e.trimmed().toLower()});
    return rows;
}

HttpRequest optOutsRequest(const QList<QStringList> &rows, bool add, int timeoutMs)
{
    HttpRequest request = uploadRequest(add ? QStringLiteral("/email/optout/bulk/add/")
                                            : QStringLiteral("/email/optout/bulk/delete/"),
                                        {}, {}, csv({QStringLiteral("email")}, rows), timeoutMs);
    request.retrySafe = true; // the same file again has the same effect
    return request;
}

HttpRequest resultsRequest(const QString &campaignId, const QDateTime &start, const QDateTime &today)
{
    HttpRequest filter = jsonRequest("GET", QStringLiteral("/email/result/filter/"), {});
    filter.query.addQueryItem(QStringLiteral("start_date"),
                              (start.isValid() ? start : today).addDays(-1).toString(QStringLiteral("yyyy-MM-dd")));
    filter.query.addQueryItem(QStringLiteral("end_date"), today.addDays(1).toString(QStringLiteral("yyyy-MM-dd")));
    filter.query.addQueryItem(QStringLiteral("campaign_id"), campaignId);
    return filter;
}

QString withUnsubscribe(const QString &html, const QString &unsubscribeUrl)
{
    return TemplateRenderer::withUnsubscribeLink(html, unsubscribeUrl.toHtmlEscaped());
}

HttpRequest campaignRequest(const SendRequest &request, const QString &senderId, const Start &start,
                            const QString &unsubscribeUrl, int timeoutMs)
{
    const OutgoingMessage &first = request.messages.first();
    QList<QStringList> rows;
    QSet<QString> seen;
    for (const OutgoingMessage &m : request.messages) {
        if (!seen.contains(m.address.toLower())) {
            seen.insert(m.address.toLower());
            rows.append({m.name.trimmed(), m.address.trimmed().toLower()}); // as a group upload lists them
        }
    }
    const QJsonObject attributes {
            {QStringLiteral("message"),
             QJsonObject {{QStringLiteral("source"), QStringLiteral("new")},
                          {QStringLiteral("description"), first.subject},
                          {QStringLiteral("email_message"), withUnsubscribe(first.body, unsubscribeUrl)}}},
            {QStringLiteral("contact_group"),
             QJsonObject {{QStringLiteral("type"), QStringLiteral("upload")},
                          {QStringLiteral("name_index"), 0},
                          {QStringLiteral("email_index"), 1}}},
            {QStringLiteral("schedule"), schedule(request.campaignName, start, senderId)}};
    return campaignPost(attributes, csv(contactHeader, rows), timeoutMs);
}

HttpRequest reusingRequest(const QString &name, const QString &groupId, const QString &messageId,
                           const QString &senderId, const Start &start, int timeoutMs)
{
    const QJsonObject attributes {
            {QStringLiteral("message"),
             QJsonObject {{QStringLiteral("source"), QStringLiteral("reuse")},
                          {QStringLiteral("_id"), QJsonObject {{QStringLiteral("$oid"), messageId}}}}},
            {QStringLiteral("contact_group"),
             QJsonObject {{QStringLiteral("type"), QStringLiteral("reuse")},
                          {QStringLiteral("_id"), QJsonObject {{QStringLiteral("$oid"), groupId}}}}},
            {QStringLiteral("schedule"), schedule(name, start, senderId)}};
    return campaignPost(attributes, QByteArray(), timeoutMs);
}

} // namespace cm::emailcampaigns
