#include "emailcampaignsfake.h"

#include <QJsonDocument>
#include <QRegularExpression>
#include <QTimeZone>

namespace cm::test {

namespace {

bool validEmail(const QString &email)
{
    static const QRegularExpression re(QStringLiteral("^[^@\\s,]+@[^@\\s,]+\\.[^@\\s,]+$"));
    return re.match(email.trimmed()).hasMatch();
}

FakeReply invalid(const QString &field, const QString &message)
{
    return FakeReply::json(QJsonObject {{QStringLiteral("errors"), QJsonObject {{field, QJsonArray {message}}}}}, 400);
}

FakeReply empty(int status)
{
    return FakeReply::text({}, status, "application/json");
}

QJsonObject oidOf(const QString &id)
{
    return {{QStringLiteral("$oid"), id}};
}

// RFC 4180: quoted cells with doubled quotes, CRLF or LF.
QList<QStringList> parseCsv(const QByteArray &bytes)
{
    QList<QStringList> rows;
    const QString text = QString::fromUtf8(bytes);
    QStringList row;
    QString cell;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                cell += c;
                ++i;
            } else if (c == QLatin1Char('"')) {
                quoted = false;
            } else {
                cell += c;
            }
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == QLatin1Char(',')) {
            row.append(cell);
            cell.clear();
        } else if (c == QLatin1Char('\n') || c == QLatin1Char('\r')) {
            if (c == QLatin1Char('\r') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n'))
                ++i;
            row.append(cell);
            cell.clear();
            rows.append(row);
            row.clear();
        } else {
            cell += c;
        }
    }
    if (!cell.isEmpty() || !row.isEmpty()) {
        row.append(cell);
        rows.append(row);
    }
    return rows;
}

// multipart/form-data: name → (filename, content).
QMap<QString, QPair<QString, QByteArray>> parseMultipart(const RecordedRequest &r)
{
    QMap<QString, QPair<QString, QByteArray>> parts;
    const QByteArray type = r.header("Content-Type");
    const qsizetype at = type.indexOf("boundary=");
    if (!type.startsWith("multipart/form-data") || at < 0)
        return parts;
    QByteArray boundary = type.mid(at + 9);
    if (boundary.startsWith('"'))
        boundary = boundary.mid(1, boundary.size() - 2);
    const QByteArray delimiter = "--" + boundary;
    qsizetype pos = r.body.indexOf(delimiter);
    while (pos >= 0) {
        pos += delimiter.size();
        if (r.body.mid(pos, 2) == "--")
            break;
        const qsizetype next = r.body.indexOf(delimiter, pos);
        if (next < 0)
            break;
        QByteArray part = r.body.mid(pos, next - pos);
        if (part.startsWith("\r\n"))
            part.remove(0, 2);
        if (part.endsWith("\r\n"))
            part.chop(2);
        const qsizetype split = part.indexOf("\r\n\r\n");
        const QByteArray headers = part.left(split);
        const QByteArray content = split < 0 ? QByteArray() : part.mid(split + 4);
        static const QRegularExpression name(QStringLiteral("name=\"([^\"]*)\""));
        static const QRegularExpression file(QStringLiteral("filename=\"([^\"]*)\""));
        const QString h = QString::fromUtf8(headers);
        parts.insert(name.match(h).captured(1), {file.match(h).captured(1), content});
        pos = next;
    }
    return parts;
}

const QStringList zones {QStringLiteral("EST5EDT"), QStringLiteral("CST6CDT"), QStringLiteral("MST7MDT"),
                         QStringLiteral("PST8PDT")};

} // namespace

EmailCampaignsFake::EmailCampaignsFake(const QByteArray &token, QObject *parent)
    : FakeServer(parent)
    , m_token(token)
{
    for (const QByteArray method : {"GET", "POST", "PUT", "DELETE", "PATCH"})
        onPattern(method, QStringLiteral("/email/(.*)"), [this](const RecordedRequest &r) { return handle(r); });
}

QString EmailCampaignsFake::nextId()
{
    return QStringLiteral("5f10%1").arg(m_next++, 20, 16, QLatin1Char('0'));
}

QString EmailCampaignsFake::timestamp(const QDateTime &utc) const
{
    return utc.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz")) + QStringLiteral("000");
}

QJsonObject EmailCampaignsFake::stamp(QJsonObject object, bool created)
{
    if (created) {
        object.insert(QStringLiteral("$_id"), oidOf(nextId()));
        object.insert(QStringLiteral("client_id"), oidOf(clientId));
        object.insert(QStringLiteral("created_on"), timestamp(now));
    }
    object.insert(QStringLiteral("modified_on"), timestamp(now));
    return object;
}

FakeReply EmailCampaignsFake::handle(const RecordedRequest &r)
{
    if (r.header("Authorization") != "Token " + m_token)
        return FakeReply::json(QJsonObject {{QStringLiteral("detail"), QStringLiteral("Invalid token.")}}, 401);
    const QString path = r.path;
    if (!path.endsWith(QLatin1Char('/')))
        return empty(404); // the trailing slash is part of every path
    if (path.startsWith(QLatin1String("/email/contact/bulk/")))
        return bulk(path.section(QLatin1Char('/'), 4, 4), r);
    if (path == QLatin1String("/email/optout/bulk/add/") || path == QLatin1String("/email/optout/bulk/delete/")) {
        if (r.method != "POST")
            return empty(405);
        const auto parts = parseMultipart(r);
        if (!parts.contains(QStringLiteral("csv_file")))
            return invalid(QStringLiteral("csv_file"), QStringLiteral("This field is required."));
        uploads.append(parts.value(QStringLiteral("csv_file")).second);
        const bool add = path.contains(QLatin1String("add"));
        for (const QStringList &row : parseCsv(parts.value(QStringLiteral("csv_file")).second)) {
            for (const QString &cell : row) {
                if (!validEmail(cell))
                    continue;
                const QString email = cell.trimmed().toLower();
                QString existing;
                for (auto it = optOuts.cbegin(); it != optOuts.cend(); ++it) {
                    if (it->value(QStringLiteral("email")).toString() == email)
                        existing = it.key();
                }
                if (add && existing.isEmpty()) {
                    const QJsonObject o = stamp({{QStringLiteral("email"), email}}, true);
                    optOuts.insert(o.value(QStringLiteral("$_id")).toObject().value(QStringLiteral("$oid")).toString(),
                                   o);
                } else if (!add && !existing.isEmpty()) {
                    optOuts.remove(existing);
                }
            }
        }
        return empty(200);
    }
    if (path == QLatin1String("/email/result/filter/")) {
        if (r.method != "GET")
            return empty(405);
        const QDate from
                = QDate::fromString(r.query.queryItemValue(QStringLiteral("start_date")), QStringLiteral("yyyy-MM-dd"));
        const QDate to
                = QDate::fromString(r.query.queryItemValue(QStringLiteral("end_date")), QStringLiteral("yyyy-MM-dd"));
        if (!from.isValid())
            return invalid(QStringLiteral("start_date"), QStringLiteral("This field is required."));
        if (!to.isValid())
            return invalid(QStringLiteral("end_date"), QStringLiteral("This field is required."));
        const QString campaign = r.query.queryItemValue(QStringLiteral("campaign_id"));
        QJsonArray out;
        for (const QJsonObject &o : std::as_const(results)) {
            const QDate day = QDateTime::fromString(o.value(QStringLiteral("start_date")).toString().left(19),
                                                    QStringLiteral("yyyy-MM-ddTHH:mm:ss"))
                                      .date();
            if (day < from || day > to)
                continue;
            if (!campaign.isEmpty()
                && o.value(QStringLiteral("campaign_id")).toObject().value(QStringLiteral("$oid")).toString()
                        != campaign)
                continue;
            out.append(o);
        }
        return FakeReply::json(out);
    }
    for (const QString &collection : {QStringLiteral("senderid"), QStringLiteral("optout"), QStringLiteral("contact"),
                                      QStringLiteral("message"), QStringLiteral("campaign")}) {
        if (path == QStringLiteral("/email/%1/").arg(collection))
            return this->collection(collection, r);
    }
    return empty(404);
}

FakeReply EmailCampaignsFake::collection(const QString &name, const RecordedRequest &r)
{
    QMap<QString, QJsonObject> *store = name == QLatin1String("senderid") ? &senders
            : name == QLatin1String("optout")                             ? &optOuts
            : name == QLatin1String("contact")                            ? &groups
                                                                          : &messages;
    const bool campaign = name == QLatin1String("campaign");
    const bool hasId = r.query.hasQueryItem(QStringLiteral("_id"));
    const QString id = r.query.queryItemValue(QStringLiteral("_id"));
    if (hasId && !QRegularExpression(QStringLiteral("^[0-9a-f]{24}$")).match(id).hasMatch())
        return empty(404);
    const bool known = campaign ? campaigns.contains(id) : store->contains(id);
    if (hasId && !known)
        return empty(404);
    const QJsonObject body = QJsonDocument::fromJson(r.body).object();
    if (r.method == "GET") {
        if (hasId)
            return FakeReply::json(campaign ? campaigns[id].object : store->value(id));
        QJsonArray all;
        if (campaign) {
            for (const Campaign &c : std::as_const(campaigns))
                all.append(c.object);
        } else {
            for (const QJsonObject &o : std::as_const(*store))
                all.append(o);
        }
        return FakeReply::json(all);
    }
    if (r.method == "POST" && !hasId) {
        if (campaign)
            return createCampaign(r);
        QJsonObject created;
        if (name == QLatin1String("senderid") || name == QLatin1String("optout")) {
            const QString email = body.value(QStringLiteral("email")).toString().trimmed();
            if (!validEmail(email))
                return invalid(QStringLiteral("email"), QStringLiteral("Enter a valid email address."));
            if (name == QLatin1String("optout")) {
                for (const QJsonObject &o : std::as_const(optOuts)) {
                    if (o.value(QStringLiteral("email")).toString().compare(email, Qt::CaseInsensitive) == 0)
                        return FakeReply::json(o, 201); // an existing address: its record again
                }
                created = {{QStringLiteral("email"), email.toLower()}};
            } else {
                created = {{QStringLiteral("email"), email},
                           {QStringLiteral("description"), body.value(QStringLiteral("description")).toString()}};
            }
        } else if (name == QLatin1String("contact")) {
            if (body.value(QStringLiteral("tag")).toString().isEmpty())
                return invalid(QStringLiteral("tag"), QStringLiteral("This field is required."));
            created = {{QStringLiteral("tag"), body.value(QStringLiteral("tag"))},
                       {QStringLiteral("contacts"), QJsonArray()}};
        } else {
            if (body.value(QStringLiteral("description")).toString().isEmpty())
                return invalid(QStringLiteral("description"), QStringLiteral("This field is required."));
            if (body.value(QStringLiteral("email_message")).toString().isEmpty())
                return invalid(QStringLiteral("email_message"), QStringLiteral("This field is required."));
            created = {{QStringLiteral("description"), body.value(QStringLiteral("description"))},
                       {QStringLiteral("email_message"), body.value(QStringLiteral("email_message"))}};
        }
        created = stamp(created, true);
        store->insert(created.value(QStringLiteral("$_id")).toObject().value(QStringLiteral("$oid")).toString(),
                      created);
        return FakeReply::json(created, 201);
    }
    if (!hasId)
        return empty(405);
    if (r.method == "PUT") {
        if (campaign) {
            const QString status = body.value(QStringLiteral("status")).toString();
            if (!QStringList {QStringLiteral("active"), QStringLiteral("paused"), QStringLiteral("cancelled")}.contains(
                        status))
                return invalid(QStringLiteral("status"), QStringLiteral("Not a valid choice."));
            Campaign &c = campaigns[id];
            if (c.object.value(QStringLiteral("status")).toString() == QLatin1String("cancelled"))
                return invalid(QStringLiteral("status"), QStringLiteral("The campaign is cancelled."));
            c.object.insert(QStringLiteral("status"), status);
            c.object = stamp(c.object, false);
            if (status == QLatin1String("active"))
                produce(c);
            return empty(204);
        }
        QJsonObject o = store->value(id);
        for (auto it = body.begin(); it != body.end(); ++it) {
            if (it.key() != QLatin1String("contacts"))
                o.insert(it.key(), it.value());
        }
        o = stamp(o, false);
        store->insert(id, o);
        return name == QLatin1String("contact") ? FakeReply::json(o) : empty(204); // the group's PUT answers 200
    }
    if (r.method == "DELETE" && !campaign) {
        store->remove(id);
        return empty(204);
    }
    return empty(405);
}

FakeReply EmailCampaignsFake::createCampaign(const RecordedRequest &r)
{
    const auto parts = parseMultipart(r);
    if (!parts.contains(QStringLiteral("attributes")))
        return invalid(QStringLiteral("attributes"), QStringLiteral("This field is required."));
    QJsonParseError error;
    const QJsonObject attributes
            = QJsonDocument::fromJson(parts.value(QStringLiteral("attributes")).second, &error).object();
    if (error.error != QJsonParseError::NoError)
        return invalid(QStringLiteral("attributes"), QStringLiteral("Not valid JSON."));
    const QJsonObject message = attributes.value(QStringLiteral("message")).toObject();
    const QJsonObject group = attributes.value(QStringLiteral("contact_group")).toObject();
    const QJsonObject schedule = attributes.value(QStringLiteral("schedule")).toObject();
    const QString source = message.value(QStringLiteral("source")).toString();
    if (source != QLatin1String("new") && source != QLatin1String("reuse"))
        return invalid(QStringLiteral("message.source"), QStringLiteral("Not a valid choice."));
    if (source == QLatin1String("new")
        && (message.value(QStringLiteral("description")).toString().isEmpty()
            || message.value(QStringLiteral("email_message")).toString().isEmpty()))
        return invalid(QStringLiteral("message"), QStringLiteral("description and email_message are required."));
    const QString messageId = source == QLatin1String("reuse")
            ? message.value(QStringLiteral("_id")).toObject().value(QStringLiteral("$oid")).toString()
            : QString();
    if (source == QLatin1String("reuse") && !messages.contains(messageId))
        return invalid(QStringLiteral("message._id"), QStringLiteral("Unknown message."));
    const QString type = group.value(QStringLiteral("type")).toString();
    if (type != QLatin1String("upload") && type != QLatin1String("reuse"))
        return invalid(QStringLiteral("contact_group.type"), QStringLiteral("Not a valid choice."));
    const QString groupId = type == QLatin1String("reuse")
            ? group.value(QStringLiteral("_id")).toObject().value(QStringLiteral("$oid")).toString()
            : QString();
    if (type == QLatin1String("reuse") && !groups.contains(groupId))
        return invalid(QStringLiteral("contact_group._id"), QStringLiteral("Unknown contact group."));
    if (type == QLatin1String("upload") && !parts.contains(QStringLiteral("csv_file")))
        return invalid(QStringLiteral("csv_file"), QStringLiteral("This field is required."));
    if (type == QLatin1String("upload")
        && (!group.contains(QStringLiteral("name_index")) || !group.contains(QStringLiteral("email_index"))))
        return invalid(QStringLiteral("contact_group"), QStringLiteral("name_index and email_index are required."));
    const QString zone = schedule.value(QStringLiteral("timezone")).toString();
    if (!zones.contains(zone))
        return invalid(QStringLiteral("schedule.timezone"), QStringLiteral("Not a valid choice."));
    const QDateTime wall = QDateTime::fromString(schedule.value(QStringLiteral("start_date")).toString(),
                                                 QStringLiteral("yyyy-MM-dd HH:mm"));
    if (!wall.isValid())
        return invalid(QStringLiteral("schedule.start_date"), QStringLiteral("Use yyyy-MM-dd HH:mm."));
    if (schedule.value(QStringLiteral("name")).toString().isEmpty())
        return invalid(QStringLiteral("schedule.name"), QStringLiteral("This field is required."));
    const QString senderId
            = schedule.value(QStringLiteral("sender_id")).toObject().value(QStringLiteral("$oid")).toString();
    if (!senders.contains(senderId))
        return invalid(QStringLiteral("schedule.sender_id"), QStringLiteral("Unknown sender."));
    // The message and the group it needs, made from what came inline.
    QString useMessage = messageId;
    if (source == QLatin1String("new")) {
        const QJsonObject m = stamp({{QStringLiteral("description"), message.value(QStringLiteral("description"))},
                                     {QStringLiteral("email_message"), message.value(QStringLiteral("email_message"))}},
                                    true);
        useMessage = m.value(QStringLiteral("$_id")).toObject().value(QStringLiteral("$oid")).toString();
        messages.insert(useMessage, m);
    }
    QString useGroup = groupId;
    if (type == QLatin1String("upload")) {
        const QByteArray file = parts.value(QStringLiteral("csv_file")).second;
        uploads.append(file);
        const QList<QStringList> rows = parseCsv(file);
        const int nameIndex = group.value(QStringLiteral("name_index")).toInt();
        const int emailIndex = group.value(QStringLiteral("email_index")).toInt();
        QJsonArray contacts;
        QStringList seen;
        for (const QStringList &row : rows.mid(1)) { // row 1 is a header
            if (emailIndex >= row.size() || !validEmail(row.at(emailIndex)))
                continue;
            const QString email = row.at(emailIndex).trimmed().toLower();
            if (seen.contains(email))
                continue;
            seen.append(email);
            contacts.append(
                    QJsonObject {{QStringLiteral("name"), row.value(nameIndex)}, {QStringLiteral("email"), email}});
        }
        const QJsonObject g = stamp({{QStringLiteral("tag"), schedule.value(QStringLiteral("name"))},
                                     {QStringLiteral("contacts"), contacts}},
                                    true);
        useGroup = g.value(QStringLiteral("$_id")).toObject().value(QStringLiteral("$oid")).toString();
        groups.insert(useGroup, g);
    }
    Campaign c;
    QDateTime local = wall;
    local.setTimeZone(QTimeZone(zone.toLatin1()));
    c.startUtc = local.toUTC();
    c.object = stamp(
            QJsonObject {{QStringLiteral("contact_group_id"), oidOf(useGroup)},
                         {QStringLiteral("sender_id"), oidOf(senderId)},
                         {QStringLiteral("message_id"), oidOf(useMessage)},
                         {QStringLiteral("name"), schedule.value(QStringLiteral("name"))},
                         {QStringLiteral("start_date"),
                          QString(wall.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz")) + QStringLiteral("000"))},
                         {QStringLiteral("timezone"), zone},
                         {QStringLiteral("status"), QStringLiteral("active")}},
            true);
    const QString id = c.object.value(QStringLiteral("$_id")).toObject().value(QStringLiteral("$oid")).toString();
    campaigns.insert(id, c);
    produce(campaigns[id]);
    return FakeReply::json(c.object, 201);
}

FakeReply EmailCampaignsFake::bulk(const QString &action, const RecordedRequest &r)
{
    if (r.method != "POST")
        return empty(405);
    const QString id = r.query.queryItemValue(QStringLiteral("_id"));
    if (!groups.contains(id))
        return empty(404);
    const auto parts = parseMultipart(r);
    if (!parts.contains(QStringLiteral("csv_file")) || !parts.contains(QStringLiteral("email_index"))
        || (action != QLatin1String("delete") && !parts.contains(QStringLiteral("name_index"))))
        return invalid(QStringLiteral("csv_file"),
                       QStringLiteral("csv_file, email_index and name_index are required."));
    const QByteArray file = parts.value(QStringLiteral("csv_file")).second;
    uploads.append(file);
    const QList<QStringList> rows = parseCsv(file);
    const int emailIndex = parts.value(QStringLiteral("email_index")).second.toInt();
    const int nameIndex = parts.value(QStringLiteral("name_index")).second.toInt();
    const QStringList header = rows.value(0);
    QJsonObject g = groups[id];
    QList<QJsonObject> contacts;
    if (action != QLatin1String("replace")) {
        for (const QJsonValue &v : g.value(QStringLiteral("contacts")).toArray())
            contacts.append(v.toObject());
    }
    for (const QStringList &row : rows.mid(1)) {
        if (emailIndex >= row.size() || !validEmail(row.at(emailIndex)))
            continue; // skipped silently, as the spec expects of the provider
        const QString email = row.at(emailIndex).trimmed().toLower();
        const auto at = std::find_if(contacts.begin(), contacts.end(), [&email](const QJsonObject &c) {
            return c.value(QStringLiteral("email")).toString() == email;
        });
        if (action == QLatin1String("delete")) {
            if (at != contacts.end())
                contacts.erase(at);
            continue;
        }
        QJsonObject contact = at != contacts.end() ? *at : QJsonObject();
        contact.insert(QStringLiteral("email"), email);
        contact.insert(QStringLiteral("name"), row.value(nameIndex));
        for (int i = 0; i < row.size() && i < header.size(); ++i) {
            if (i != emailIndex && i != nameIndex)
                contact.insert(header.at(i), row.at(i));
        }
        if (at != contacts.end())
            *at = contact;
        else
            contacts.append(contact);
    }
    QJsonArray array;
    for (const QJsonObject &c : std::as_const(contacts))
        array.append(c);
    g.insert(QStringLiteral("contacts"), array);
    groups.insert(id, stamp(g, false));
    return empty(200);
}

void EmailCampaignsFake::produce(Campaign &c)
{
    if (c.object.value(QStringLiteral("status")).toString() != QLatin1String("active") || c.startUtc > now)
        return;
    const QString campaignId
            = c.object.value(QStringLiteral("$_id")).toObject().value(QStringLiteral("$oid")).toString();
    const QJsonObject group = groups.value(
            c.object.value(QStringLiteral("contact_group_id")).toObject().value(QStringLiteral("$oid")).toString());
    const QString from = senders.value(c.object.value(QStringLiteral("sender_id"))
                                               .toObject()
                                               .value(QStringLiteral("$oid"))
                                               .toString())
                                 .value(QStringLiteral("email"))
                                 .toString();
    QSet<QString> blocked;
    for (const QJsonObject &o : std::as_const(optOuts))
        blocked.insert(o.value(QStringLiteral("email")).toString());
    for (const QJsonValue &v : group.value(QStringLiteral("contacts")).toArray()) {
        const QJsonObject contact = v.toObject();
        const QString email = contact.value(QStringLiteral("email")).toString();
        if (c.processed.contains(email) || blocked.contains(email))
            continue;
        c.processed.append(email);
        QJsonObject result {{QStringLiteral("queue_id"), oidOf(nextId())},
                            {QStringLiteral("campaign_id"), oidOf(campaignId)},
                            {QStringLiteral("contact"), contact},
                            {QStringLiteral("campaign_name"), c.object.value(QStringLiteral("name"))},
                            {QStringLiteral("disposition"), QString()},
                            {QStringLiteral("start_date"), timestamp(now)},
                            {QStringLiteral("email_to"), email},
                            {QStringLiteral("email_from_id"), from},
                            {QStringLiteral("complete"), false},
                            {QStringLiteral("status"), QStringLiteral("queued")}};
        result = stamp(result, true);
        result.remove(QStringLiteral("created_on")); // results have none (§2)
        results.insert(result.value(QStringLiteral("$_id")).toObject().value(QStringLiteral("$oid")).toString(),
                       result);
    }
}

void EmailCampaignsFake::advanceTo(const QDateTime &when)
{
    now = when;
    for (Campaign &c : campaigns)
        produce(c);
    for (QJsonObject &r : results) {
        if (r.value(QStringLiteral("complete")).toBool())
            continue;
        const QDateTime started = QDateTime::fromString(r.value(QStringLiteral("start_date")).toString().left(19),
                                                        QStringLiteral("yyyy-MM-ddTHH:mm:ss"));
        const QDateTime startedUtc(started.date(), started.time(), Qt::UTC);
        if (startedUtc.secsTo(now) < completeAfterSecs)
            continue;
        const QString local = r.value(QStringLiteral("email_to")).toString().section(QLatin1Char('@'), 0, 0);
        // Invented dispositions (the document shows only "delivered"), to test that unknown ones are kept.
        r.insert(QStringLiteral("disposition"),
                 local.contains(QLatin1String("bounce"))         ? QStringLiteral("bounced")
                         : local.contains(QLatin1String("fail")) ? QStringLiteral("failed")
                         : local.contains(QLatin1String("odd"))  ? QStringLiteral("deferred")
                                                                 : QStringLiteral("delivered"));
        r.insert(QStringLiteral("complete"), true);
        r.insert(QStringLiteral("status"), QStringLiteral("completed"));
        r.insert(QStringLiteral("modified_on"), timestamp(now));
    }
}

} // namespace cm::test
