#include "freshmailfake.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QRegularExpression>

namespace cm::test {

namespace {

bool validEmail(const QString &email)
{
    static const QRegularExpression re(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    return re.match(email).hasMatch();
}

// §3: numbers may come as numbers or numeric strings.
qint64 num(const QJsonValue &v, bool *ok = nullptr)
{
    bool good = true;
    qint64 n = 0;
    if (v.isDouble())
        n = qint64(v.toDouble());
    else
        n = v.toString().toLongLong(&good);
    if (ok)
        *ok = good && (v.isDouble() || v.isString());
    return n;
}

QStringList stringOrArray(const QJsonValue &v)
{
    QStringList out;
    if (v.isString())
        out.append(v.toString());
    for (const QJsonValue &item : v.toArray())
        out.append(item.toString());
    return out;
}

// §5: the document's set of characters "without special characters" (one position each).
bool plainSms(const QString &text)
{
    static const QString plain = QStringLiteral("@£$¥èéùìòÇØøÅå_^{}\\[~]| ÆæßÉ!\"#¤%&'()*+,-./:;<=>?ÄÖÑÜ§¿äöñüà");
    for (const QChar c : text) {
        const bool alnum = (c >= QLatin1Char('0') && c <= QLatin1Char('9'))
                || (c >= QLatin1Char('A') && c <= QLatin1Char('Z')) || (c >= QLatin1Char('a') && c <= QLatin1Char('z'));
        if (!alnum && !plain.contains(c))
            return false;
    }
    return true;
}

} // namespace

FreshMailFake::FreshMailFake(const QByteArray &apiKey, const QByteArray &apiSecret, QObject *parent)
    : FakeServer(parent)
    , m_key(apiKey)
    , m_secret(apiSecret)
{
    onPattern("GET", QStringLiteral("/rest/(.*)"), [this](const RecordedRequest &r) { return handle(r); });
    onPattern("POST", QStringLiteral("/rest/(.*)"), [this](const RecordedRequest &r) { return handle(r); });
    onPattern("PUT", QStringLiteral("/rest/(.*)"), [this](const RecordedRequest &r) { return handle(r); });
    onPattern("DELETE", QStringLiteral("/rest/(.*)"), [this](const RecordedRequest &r) { return handle(r); });
}

QString FreshMailFake::nextHash()
{
    static const char alphabet[] = "abcdefghijklmnopqrstuvwxyz0123456789";
    QString hash;
    for (int i = 0; i < 10; ++i) {
        m_seed = m_seed * 1103515245u + 12345u;
        hash.append(QLatin1Char(alphabet[(m_seed >> 16) % 36]));
    }
    return hash;
}

QString FreshMailFake::addList(const QString &name, const QList<Field> &fields)
{
    List list;
    list.hash = nextHash();
    list.name = name;
    list.created = now;
    list.fields = fields;
    for (Field &f : list.fields)
        f.hash = nextHash();
    lists.insert(list.hash, list);
    return list.hash;
}

QString FreshMailFake::wall(const QDateTime &utc) const
{
    return utc.toTimeZone(zone).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

QList<QJsonObject> FreshMailFake::bodies(const QString &path) const
{
    QList<QJsonObject> out;
    for (const RecordedRequest &r : requests()) {
        if (r.path == path)
            out.append(QJsonDocument::fromJson(r.body).object());
    }
    return out;
}

FakeReply FreshMailFake::ok(const QJsonValue &data) const
{
    QJsonObject envelope {{QStringLiteral("status"), QStringLiteral("OK")}};
    if (!data.isUndefined())
        envelope.insert(QStringLiteral("data"), data);
    return FakeReply::json(envelope);
}

FakeReply FreshMailFake::errors(const QList<QPair<int, QString>> &list) const
{
    QJsonArray array;
    for (const auto &[code, message] : list)
        array.append(QJsonObject {{QStringLiteral("message"), message}, {QStringLiteral("code"), code}});
    int status = 200;
    if (mappedStatus) {
        const int code = list.value(0).first;
        status = code == 1000  ? 401
                : code == 1004 ? 403
                : code == 1001 ? 404
                : code == 1003 ? 405
                : code == 500  ? 500
                               : 400;
    }
    return FakeReply::json(
            QJsonObject {{QStringLiteral("status"), QStringLiteral("ERROR")}, {QStringLiteral("errors"), array}},
            status);
}

FakeReply FreshMailFake::error(int code, const QString &message) const
{
    return errors({{code, message}});
}

FakeReply FreshMailFake::handle(const RecordedRequest &r)
{
    // §12: authenticate before routing; the signature over the path as received and the raw body.
    const QByteArray key = r.header("X-Rest-ApiKey");
    const QByteArray signature = r.header("X-Rest-ApiSign").toLower();
    QCryptographicHash hash(QCryptographicHash::Sha1);
    hash.addData(m_key);
    hash.addData(r.rawPath);
    hash.addData(r.body);
    hash.addData(m_secret);
    if (key != m_key || signature != hash.result().toHex())
        return error(1000, QStringLiteral("No authorization"));
    if (r.method != "GET" && r.method != "POST")
        return error(1003, QStringLiteral("Unsupported command type"));
    QJsonObject body;
    if (r.method == "POST" && !r.body.isEmpty()) {
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(r.body, &parseError);
        if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
            const QString path = r.path;
            return error(path.startsWith(QLatin1String("/rest/sms"))      ? 1107
                                 : path.contains(QLatin1String("Blocks")) ? 1343
                                                                          : 1003,
                         QStringLiteral("Data format incorrect"));
        }
        body = document.object();
    }
    return route(r.path.mid(5), r.method, body); // without "/rest"
}

FakeReply FreshMailFake::route(const QString &path, const QByteArray &method, const QJsonObject &body)
{
    const bool get = method == "GET";
    // §4: documented GETs take GET, POSTs POST; the calls with no stated method (lists, sms/reports) take both.
    const bool either = path.startsWith(QLatin1String("/subscribers_list/")) || path == QLatin1String("/sms/reports")
            || path == QLatin1String("/ping");
    const bool getOnly
            = path.startsWith(QLatin1String("/subscriber/get/")) || path.startsWith(QLatin1String("/reports/"));
    if (!either && get != getOnly)
        return error(1003, QStringLiteral("Unsupported command type"));
    const QString listHash = body.value(QStringLiteral("list")).toString();
    // --- ping
    if (path == QLatin1String("/ping"))
        return get ? ok(QStringLiteral("pong")) : ok(body);
    // --- subscribers
    if (path.startsWith(QLatin1String("/subscriber/get/")) && get) {
        const QStringList parts = path.mid(16).split(QLatin1Char('/'));
        const QString email = parts.value(1).toLower();
        if (!validEmail(email))
            return error(1311, QStringLiteral("Error in email address"));
        if (!lists.contains(parts.value(0)))
            return error(1312, QStringLiteral("List does not exist"));
        const auto it = lists[parts.value(0)].subscribers.constFind(email);
        if (it == lists[parts.value(0)].subscribers.cend())
            return error(1311, QStringLiteral("Error in email address")); // observed: 1311 for "not on the list"
        QJsonObject data {{QStringLiteral("email"), it->email},
                          {QStringLiteral("state"), QString::number(it->state)},
                          {QStringLiteral("custom_fields"), it->fields}};
        return ok(data);
    }
    if (path == QLatin1String("/subscriber/add") || path == QLatin1String("/subscriber/edit")) {
        const bool add = path.endsWith(QLatin1String("add"));
        const QString email = body.value(QStringLiteral("email")).toString().toLower();
        if (add && !validEmail(email))
            return error(1301, QStringLiteral("Invalid email address"));
        if (!lists.contains(listHash))
            return error(1302, QStringLiteral("List does not exist"));
        List &list = lists[listHash];
        const int state = body.contains(QStringLiteral("state")) ? int(num(body.value(QStringLiteral("state"))))
                : add                                            ? 2
                                                                 : -1;
        if (add && state != 1 && state != 2)
            return error(1305, QStringLiteral("State not allowed"));
        if (!add && state != -1 && !QList<int> {1, 2, 3, 4, 5, 8}.contains(state))
            return error(1305, QStringLiteral("State not allowed"));
        const QJsonObject fields = body.value(QStringLiteral("custom_fields")).toObject();
        for (auto it = fields.begin(); it != fields.end(); ++it) {
            if (std::none_of(list.fields.cbegin(), list.fields.cend(),
                             [&](const Field &f) { return f.tag == it.key(); }))
                return error(1303, QStringLiteral("Custom field is wrong"));
        }
        auto existing = list.subscribers.find(email);
        if (!add && existing == list.subscribers.end())
            return error(1331, QStringLiteral("Subscriber does not exist"));
        if (add && existing != list.subscribers.end() && (existing->state == 1 || existing->state == 2))
            return error(1304, QStringLiteral("Subscriber already exists"));
        Subscriber &s = list.subscribers[email];
        s.email = email;
        if (state != -1)
            s.state = state;
        for (auto it = fields.begin(); it != fields.end(); ++it)
            s.fields.insert(it.key(), it.value().toVariant().toString());
        s.confirmationSent = add && s.state == 2 && num(body.value(QStringLiteral("confirm"))) != 0;
        return ok();
    }
    if (path == QLatin1String("/subscriber/delete")) {
        if (!lists.contains(listHash))
            return error(1322, QStringLiteral("List does not exist"));
        if (lists[listHash].subscribers.remove(body.value(QStringLiteral("email")).toString().toLower()) == 0)
            return error(1321, QStringLiteral("Subscriber is not on this list"));
        return ok();
    }
    if (path == QLatin1String("/subscriber/getHistory")) {
        const QString email = body.value(QStringLiteral("email")).toString().toLower();
        if (!validEmail(email))
            return error(1311, QStringLiteral("Invalid email"));
        if (!lists.contains(listHash))
            return error(1312, QStringLiteral("List does not exist"));
        if (!lists[listHash].subscribers.contains(email))
            return error(1313, QStringLiteral("Subscriber is not on this list"));
        bool numeric = true;
        const qint64 limit
                = body.contains(QStringLiteral("limit")) ? num(body.value(QStringLiteral("limit")), &numeric) : 10;
        if (!numeric || limit <= 0)
            return error(1314, QStringLiteral("Invalid limit"));
        QJsonArray data;
        for (const Campaign &c : std::as_const(campaigns)) {
            if (c.status != QLatin1String("sent")
                || !c.fields.value(QStringLiteral("list")).toVariant().toStringList().contains(listHash))
                continue;
            for (const Result &result : c.results) {
                if (result.email == email && data.size() < limit)
                    data.append(QJsonObject {{QStringLiteral("name"), c.fields.value(QStringLiteral("name"))},
                                             {QStringLiteral("email_topic"), c.fields.value(QStringLiteral("subject"))},
                                             {QStringLiteral("scheduled_sent"), wall(result.at)},
                                             {QStringLiteral("state"), result.outcome},
                                             {QStringLiteral("opens_count"), QString::number(result.opens)},
                                             {QStringLiteral("clicks_count"), QString::number(result.clicks)}});
            }
        }
        if (data.isEmpty())
            return error(1315, QStringLiteral("Subscriber has no actions"));
        return ok(data);
    }
    if (path == QLatin1String("/subscriber/updateFieldValue")) {
        const QString hash = body.value(QStringLiteral("listHash")).toString();
        const QString tag = body.value(QStringLiteral("tag")).toString();
        if (hash.isEmpty() || tag.isEmpty())
            return error(1382, QStringLiteral("List hash or tag missing"));
        if (!lists.contains(hash)
            || std::none_of(lists[hash].fields.cbegin(), lists[hash].fields.cend(),
                            [&](const Field &f) { return f.tag == tag; }))
            return error(1381, QStringLiteral("Field does not exist"));
        if (!QRegularExpression(QStringLiteral("^https?://\\S+$"))
                     .match(body.value(QStringLiteral("url")).toString())
                     .hasMatch())
            return error(1383, QStringLiteral("Invalid URL"));
        if (!body.contains(QStringLiteral("value")))
            return error(1385, QStringLiteral("Value missing"));
        const QString value = body.value(QStringLiteral("value")).toString();
        if (value.size() > 255)
            return error(1384, QStringLiteral("Value longer than 255"));
        const QString running = hash + QLatin1Char('/') + tag;
        if (fieldUpdates.contains(running))
            return error(1386, QStringLiteral("An update of this field is still running"));
        fieldUpdates.insert(running, value);
        return ok(QJsonObject {{QStringLiteral("id"), int(fieldUpdates.size())}});
    }
    if (path.startsWith(QLatin1String("/subscriber/")) && path.endsWith(QLatin1String("Multiple")))
        return multiple(path.mid(12), body);
    if (path == QLatin1String("/subscriber/addBlocks") || path == QLatin1String("/subscriber/removeBlocks")) {
        const QJsonValue emails = body.value(QStringLiteral("emails"));
        if (!emails.isArray())
            return error(1343, QStringLiteral("Data format incorrect"));
        if (emails.toArray().isEmpty())
            return error(1336, QStringLiteral("No addresses"));
        const bool add = path.contains(QLatin1String("add"));
        int done = 0, other = 0;
        QJsonArray incorrect;
        for (const QJsonValue &v : emails.toArray()) {
            const QString email = v.toString().toLower();
            if (!validEmail(email)) {
                incorrect.append(v.toString());
                continue;
            }
            if (add) {
                if (blocks.contains(email))
                    ++other;
                else {
                    blocks.insert(email, true);
                    ++done;
                }
            } else if (blocks.value(email, false)) { // only the account's own blocks can go
                blocks.remove(email);
                ++done;
            } else {
                ++other;
            }
        }
        QJsonObject stats {{add ? QStringLiteral("added") : QStringLiteral("removed"), done},
                           {add ? QStringLiteral("existing") : QStringLiteral("not_existing"), other},
                           {QStringLiteral("incorrect"), incorrect.size()}};
        return ok(QJsonObject {{QStringLiteral("stats"), stats}, {QStringLiteral("Incorrect_mails"), incorrect}});
    }
    // --- lists (method not stated: GET or POST)
    if (path == QLatin1String("/subscribers_list/lists")) {
        QJsonArray items;
        for (const List &l : std::as_const(lists))
            items.append(QJsonObject {
                    {observedShapes ? QStringLiteral("subscriberListHash") : QStringLiteral("hash"), l.hash},
                    {QStringLiteral("name"), l.name},
                    {QStringLiteral("description"), l.description},
                    {QStringLiteral("creation_date"), wall(l.created)},
                    {QStringLiteral("subscribers_number"), QString::number(l.subscribers.size())}});
        if (observedShapes)
            return FakeReply::json(
                    QJsonObject {{QStringLiteral("status"), QStringLiteral("OK")}, {QStringLiteral("lists"), items}});
        return ok(items);
    }
    if (path == QLatin1String("/subscribers_list/create")) {
        const QString name = body.value(QStringLiteral("name")).toString().trimmed();
        if (name.isEmpty())
            return error(1601, QStringLiteral("Empty name"));
        QList<Field> fields;
        for (const QJsonValue &v : body.value(QStringLiteral("custom_fields")).toArray()) {
            const QJsonObject o = v.toObject();
            QString tag = o.value(QStringLiteral("tag")).toString();
            if (tag.isEmpty())
                tag = o.value(QStringLiteral("name"))
                              .toString()
                              .toLower()
                              .replace(QRegularExpression(QStringLiteral("[^a-z0-9_]")), QStringLiteral("_"));
            if (!QRegularExpression(QStringLiteral("^[A-Za-z0-9_]+$")).match(tag).hasMatch())
                return error(1604, QStringLiteral("Invalid tag"));
            fields.append(
                    {{}, o.value(QStringLiteral("name")).toString(), tag, int(num(o.value(QStringLiteral("type"))))});
        }
        const QString hash = addList(name, fields);
        lists[hash].description = body.value(QStringLiteral("description")).toString();
        QJsonArray created;
        for (const Field &f : std::as_const(lists[hash].fields))
            created.append(QJsonObject {{QStringLiteral("id_hash"), f.hash},
                                        {QStringLiteral("field_name"), f.name},
                                        {QStringLiteral("personalization_tag"), f.tag},
                                        {QStringLiteral("field_type"), f.type}});
        return ok(QJsonObject {{QStringLiteral("hash"), hash}, {QStringLiteral("custom_fields"), created}});
    }
    if (path == QLatin1String("/subscribers_list/update")) {
        const QString hash = body.value(QStringLiteral("hash")).toString();
        const QString name = body.value(QStringLiteral("name")).toString().trimmed();
        if (hash.isEmpty() || name.isEmpty())
            return error(1611, QStringLiteral("Empty name or missing parameter"));
        if (!lists.contains(hash))
            return error(1604, QStringLiteral("No rights to this list"));
        lists[hash].name = name;
        if (body.contains(QStringLiteral("description")))
            lists[hash].description = body.value(QStringLiteral("description")).toString();
        return ok();
    }
    if (path == QLatin1String("/subscribers_list/delete")) {
        if (lists.remove(body.value(QStringLiteral("hash")).toString()) == 0)
            return error(1604, QStringLiteral("No rights to this list"));
        return ok();
    }
    if (path == QLatin1String("/subscribers_list/addField") || path == QLatin1String("/subscribers_list/getFields")) {
        const QString hash = body.value(QStringLiteral("hash")).toString();
        const bool add = path.endsWith(QLatin1String("addField"));
        if (!lists.contains(hash))
            return error(add ? 1622 : 1632, QStringLiteral("List hash wrong or empty"));
        List &list = lists[hash];
        if (add) {
            const QString name = body.value(QStringLiteral("name")).toString();
            if (name.isEmpty())
                return error(1623, QStringLiteral("Field name wrong or empty"));
            QString tag = body.value(QStringLiteral("tag")).toString();
            if (tag.isEmpty())
                tag = name.toLower().replace(QRegularExpression(QStringLiteral("[^a-z0-9_]")), QStringLiteral("_"));
            if (!QRegularExpression(QStringLiteral("^[A-Za-z0-9_]+$")).match(tag).hasMatch())
                return error(1624, QStringLiteral("Invalid tag"));
            if (std::any_of(list.fields.cbegin(), list.fields.cend(), [&](const Field &f) { return f.tag == tag; }))
                return error(1626, QStringLiteral("A field with this tag exists"));
            const int type = int(num(body.value(QStringLiteral("type"))));
            if (type != 0 && type != 1)
                return error(1625, QStringLiteral("Invalid type"));
            list.fields.append({nextHash(), name, tag, type});
            const Field &f = list.fields.constLast();
            return ok(QJsonObject {{QStringLiteral("id_hash"), f.hash},
                                   {QStringLiteral("field_name"), f.name},
                                   {QStringLiteral("personalization_tag"), f.tag},
                                   {QStringLiteral("field_type"), f.type}});
        }
        QJsonArray items;
        for (const Field &f : std::as_const(list.fields)) {
            QJsonObject item {
                    {QStringLiteral("hash"), f.hash}, {QStringLiteral("name"), f.name}, {QStringLiteral("tag"), f.tag}};
            if (observedShapes)
                item.insert(QStringLiteral("type"), f.type == 1 ? QStringLiteral("number") : QStringLiteral("text"));
            items.append(item);
        }
        if (observedShapes)
            return FakeReply::json(
                    QJsonObject {{QStringLiteral("status"), QStringLiteral("OK")}, {QStringLiteral("fields"), items}});
        return ok(items);
    }
    // --- campaigns
    if (path == QLatin1String("/campaigns/create")) {
        Campaign c;
        const FakeReply refused = createCampaign(body, &c, false);
        if (refused.status != 0)
            return refused;
        c.hash = nextHash();
        campaigns.insert(c.hash, c);
        return ok(QJsonObject {{QStringLiteral("hash"), c.hash}});
    }
    if (path == QLatin1String("/campaigns/edit")) {
        const QString hash = body.value(QStringLiteral("id_hash")).toString();
        if (!campaigns.contains(hash) || campaigns[hash].status == QLatin1String("deleted"))
            return error(1750, QStringLiteral("No campaign with this hash"));
        if (campaigns[hash].status != QLatin1String("draft"))
            return error(1751, QStringLiteral("Campaign already sent, cannot be modified"));
        const FakeReply refused = createCampaign(body, &campaigns[hash], true);
        return refused.status != 0 ? refused : ok();
    }
    if (path == QLatin1String("/campaigns/delete")) {
        const QString hash = body.value(QStringLiteral("hash")).toString();
        if (!campaigns.contains(hash))
            return error(1724, QStringLiteral("No campaign with this hash"));
        if (campaigns[hash].status == QLatin1String("deleted"))
            return error(1798, QStringLiteral("Campaign already deleted"));
        campaigns[hash].status = QStringLiteral("deleted"); // a scheduled one is cancelled
        return ok();
    }
    if (path == QLatin1String("/campaigns/sendTest")) {
        const QString hash = body.value(QStringLiteral("hash")).toString();
        if (!QRegularExpression(QStringLiteral("^[a-z0-9]{10}$")).match(hash).hasMatch())
            return error(1721, QStringLiteral("Hash missing or malformed"));
        const QStringList emails = stringOrArray(body.value(QStringLiteral("emails")));
        if (emails.isEmpty())
            return error(1722, QStringLiteral("No email address"));
        if (std::any_of(emails.cbegin(), emails.cend(), [](const QString &e) { return !validEmail(e); }))
            return error(1723, QStringLiteral("At least one address is invalid"));
        if (!campaigns.contains(hash) || campaigns[hash].status == QLatin1String("deleted"))
            return error(1724, QStringLiteral("Campaign does not exist"));
        campaigns[hash].testEmails += emails;
        return ok();
    }
    if (path == QLatin1String("/campaigns/send")) {
        const QString hash = body.value(QStringLiteral("hash")).toString();
        if (!QRegularExpression(QStringLiteral("^[a-z0-9]{10}$")).match(hash).hasMatch())
            return error(1731, QStringLiteral("Hash missing or malformed"));
        QDateTime at = now;
        if (body.contains(QStringLiteral("time"))) {
            QDateTime local = QDateTime::fromString(body.value(QStringLiteral("time")).toString(),
                                                    QStringLiteral("yyyy-MM-dd HH:mm:ss"));
            if (!local.isValid())
                return error(1732, QStringLiteral("Invalid time"));
            local.setTimeZone(zone);
            at = local.toUTC();
            if (at < now)
                return error(1733, QStringLiteral("Time earlier than now"));
        }
        if (!campaigns.contains(hash) || campaigns[hash].status == QLatin1String("deleted"))
            return error(1734, QStringLiteral("No campaign with this hash"));
        Campaign &c = campaigns[hash];
        if (c.status != QLatin1String("draft"))
            return error(1736, QStringLiteral("Campaign already queued for sending or being sent"));
        c.sendAt = at;
        c.status = QStringLiteral("scheduled");
        if (at <= now)
            deliver(c);
        return ok();
    }
    // --- reports (GET)
    if (path.startsWith(QLatin1String("/reports/campaignsList"))) {
        const QString pageText = path.mid(23);
        const int page = pageText.isEmpty() ? 1 : pageText.toInt();
        QList<const Campaign *> sent;
        for (const Campaign &c : std::as_const(campaigns)) {
            if (c.status == QLatin1String("sent"))
                sent.append(&c);
        }
        std::sort(sent.begin(), sent.end(), [](const Campaign *a, const Campaign *b) { return a->sendAt > b->sendAt; });
        if (page < 1 || (page > 1 && (page - 1) * 25 >= sent.size()))
            return error(1401, QStringLiteral("Incorrect page number"));
        QJsonArray items;
        for (const Campaign *c : sent.mid((page - 1) * 25, 25))
            items.append(QJsonObject {{QStringLiteral("name"), c->fields.value(QStringLiteral("name"))},
                                      {QStringLiteral("topic"), c->fields.value(QStringLiteral("subject"))},
                                      {QStringLiteral("subscribers"), QString::number(c->results.size())},
                                      {QStringLiteral("id_hash"), c->hash},
                                      {QStringLiteral("sent"), wall(c->sendAt)}});
        return ok(items);
    }
    if (path.startsWith(QLatin1String("/reports/campaign/"))
        || path.startsWith(QLatin1String("/reports/campaignTimeDetails/"))) {
        const QString hash = path.section(QLatin1Char('/'), -1);
        if (!campaigns.contains(hash) || campaigns[hash].status == QLatin1String("deleted"))
            return error(1402, QStringLiteral("Campaign with this hash does not exist"));
        if (path.startsWith(QLatin1String("/reports/campaign/")))
            return ok(report(hash));
        QMap<QString, QJsonObject> buckets;
        for (const Result &r : std::as_const(campaigns[hash].results)) {
            if (r.opens == 0)
                continue;
            QDateTime at = r.at.addSecs(15 * 60).toTimeZone(zone);
            at.setTime(QTime(at.time().hour(), at.time().minute() / 10 * 10));
            const QString key = at.toString(QStringLiteral("yyyy-MM-dd HH:mm"));
            QJsonObject b = buckets.value(key);
            const auto bump = [&b](const char *k, int n) {
                b.insert(QLatin1String(k), QString::number(b.value(QLatin1String(k)).toString().toInt() + n));
            };
            bump("opened", r.opens);
            bump("unique_opened", 1);
            bump("clicked", r.clicks);
            bump("unique_clicked", r.clicks > 0 ? 1 : 0);
            b.insert(QStringLiteral("time"), key);
            buckets.insert(key, b);
        }
        QJsonArray items;
        for (const QJsonObject &b : std::as_const(buckets))
            items.append(b);
        return ok(items);
    }
    // --- spam test
    if (path == QLatin1String("/spam_test/check")) {
        const QString subject = body.value(QStringLiteral("subject")).toString();
        if (subject.isEmpty())
            return error(1901, QStringLiteral("No subject"));
        if (body.contains(QStringLiteral("from")) && !validEmail(body.value(QStringLiteral("from")).toString()))
            return error(1902, QStringLiteral("Invalid from"));
        const QString html = body.value(QStringLiteral("html")).toString();
        const QString text = body.value(QStringLiteral("text")).toString();
        if (html.isEmpty() && text.isEmpty())
            return error(1904, QStringLiteral("No content"));
        if (++spamTests > spamTestLimit)
            return error(1907, QStringLiteral("Daily test limit reached"));
        double score = 0;
        QJsonArray tests;
        if (subject == subject.toUpper() && subject != subject.toLower()) {
            score += 2.5;
            tests.append(QStringLiteral("SUBJ_ALL_CAPS"));
        }
        if (text.isEmpty()) {
            score += 1;
            tests.append(QStringLiteral("MIME_HTML_ONLY"));
        }
        return ok(QJsonObject {{QStringLiteral("score"), score}, {QStringLiteral("tests"), tests}});
    }
    // --- SMS
    if (path == QLatin1String("/sms")) {
        QString gsm = body.value(QStringLiteral("gsm")).toString();
        if (gsm.startsWith(QLatin1Char('+')))
            gsm.remove(0, 1);
        if (!QRegularExpression(QStringLiteral("^([0-9]{9}|[0-9]{11})$")).match(gsm).hasMatch())
            return error(1101, QStringLiteral("Invalid phone number"));
        const QString text = body.value(QStringLiteral("text")).toString();
        if (text.isEmpty())
            return error(1102, QStringLiteral("No content"));
        const bool plain = plainSms(text);
        const bool single = num(body.value(QStringLiteral("single"))) == 1;
        if (single && plain && text.size() > 160)
            return error(1108, QStringLiteral("Too long for a single SMS"));
        if (single && !plain && text.size() > 70)
            return error(1109, QStringLiteral("Too long for a single SMS"));
        if (plain && text.size() > 459)
            return error(1103, QStringLiteral("Too long"));
        if (!plain && text.size() > 200)
            return error(1104, QStringLiteral("Too long, special characters"));
        const QString from = body.value(QStringLiteral("from")).toString();
        if (!from.isEmpty() && from != QLatin1String("2way") && !senders.contains(from))
            return error(1105, QStringLiteral("SMS inscription (from) doesn't exist"));
        if (!from.isEmpty() && senders.contains(from) && !senders.value(from))
            return error(1106, QStringLiteral("Sender name not yet approved"));
        const QString messageId = body.value(QStringLiteral("messageId")).toVariant().toString();
        if (messageId.size() > 42)
            return error(1107, QStringLiteral("Wrong encoding"));
        if (!smsContract)
            return error(1150, QStringLiteral("SMS contract not finalised"));
        sms.append({gsm, text, from, messageId,
                    from.isEmpty()                          ? QStringLiteral("eco")
                            : from == QLatin1String("2way") ? QStringLiteral("2way")
                                                            : QStringLiteral("pro"),
                    now});
        return ok();
    }
    if (path == QLatin1String("/sms/reports")) {
        const auto parse = [this](const QString &text, bool end) {
            QDateTime at = QDateTime::fromString(text, QStringLiteral("yyyy-MM-dd HH:mm:ss"));
            if (!at.isValid()) {
                const QDate day = QDate::fromString(text, QStringLiteral("yyyy-MM-dd"));
                if (day.isValid())
                    at = QDateTime(end ? day.addDays(1) : day, QTime(0, 0), zone);
            } else {
                at.setTimeZone(zone);
            }
            return at.toUTC();
        };
        const QDateTime from = body.contains(QStringLiteral("startDate"))
                ? parse(body.value(QStringLiteral("startDate")).toString(), false)
                : QDateTime();
        const QDateTime to = body.contains(QStringLiteral("endDate"))
                ? parse(body.value(QStringLiteral("endDate")).toString(), true)
                : QDateTime();
        const int page = qMax(1, int(num(body.value(QStringLiteral("page")))));
        QJsonArray all;
        for (const Sms &s : std::as_const(sms)) {
            if ((from.isValid() && s.sentAt < from) || (to.isValid() && s.sentAt >= to))
                continue;
            // The status moves with the clock: QUEUE, then SENT after a minute, then the outcome after five.
            const qint64 age = s.sentAt.secsTo(now);
            QString status = age < 60 ? QStringLiteral("QUEUE")
                    : age < 300       ? QStringLiteral("SENT")
                                      : QStringLiteral("DELIVERED");
            if (age >= 300 && s.gsm.endsWith(QLatin1String("000")))
                status = QStringLiteral("UNDELIVERED");
            if (age >= 300 && s.gsm.endsWith(QLatin1String("999")))
                status = QStringLiteral("EXPIRED");
            all.append(QJsonObject {{QStringLiteral("send_date"), wall(s.sentAt)},
                                    {QStringLiteral("gsm"), s.gsm},
                                    {QStringLiteral("from"), s.from},
                                    {QStringLiteral("type"), s.type},
                                    {QStringLiteral("message_id"), s.messageId},
                                    {QStringLiteral("modification_date"),
                                     wall(age < 60            ? s.sentAt
                                                  : age < 300 ? s.sentAt.addSecs(60)
                                                              : s.sentAt.addSecs(300))},
                                    {QStringLiteral("status"), status},
                                    {QStringLiteral("responses"), QJsonArray()}});
        }
        QJsonArray items;
        for (qsizetype i = (page - 1) * 1000; i < all.size() && i < page * 1000; ++i)
            items.append(all.at(i));
        return FakeReply::json(QJsonObject {{QStringLiteral("status"), QStringLiteral("OK")},
                                            {QStringLiteral("data"), items},
                                            {QStringLiteral("resultCounts"), items.size()},
                                            {QStringLiteral("allData"), page * 1000 >= all.size() ? 1 : 0}});
    }
    // --- transactional mail
    if (path == QLatin1String("/mail")) {
        QList<QPair<int, QString>> problems;
        if (!validEmail(body.value(QStringLiteral("subscriber")).toString()))
            problems.append({1201, QStringLiteral("Address in wrong format")});
        if (body.value(QStringLiteral("subject")).toString().isEmpty())
            problems.append({1202, QStringLiteral("No email subject")});
        if (body.value(QStringLiteral("html")).toString().isEmpty()
            && body.value(QStringLiteral("text")).toString().isEmpty())
            problems.append({1203, QStringLiteral("No content")});
        if (body.contains(QStringLiteral("from")) && !validEmail(body.value(QStringLiteral("from")).toString()))
            problems.append({1205, QStringLiteral("Invalid sender address")});
        if (body.contains(QStringLiteral("from")) && body.value(QStringLiteral("from_name")).toString().isEmpty())
            problems.append({1206, QStringLiteral("Sender name cannot be empty")});
        const QString encoding = body.value(QStringLiteral("encoding")).toString(QStringLiteral("UTF-8"));
        if (encoding.compare(QLatin1String("UTF-8"), Qt::CaseInsensitive) != 0
            && encoding.compare(QLatin1String("iso-8859-2"), Qt::CaseInsensitive) != 0)
            problems.append({1208, QStringLiteral("Unsupported encoding")});
        if (!problems.isEmpty())
            return errors(problems);
        mails.append(body);
        return ok();
    }
    return error(1001, QStringLiteral("Controller or action not found"));
}

FakeReply FreshMailFake::multiple(const QString &action, const QJsonObject &body)
{
    const QString listHash = body.value(QStringLiteral("list")).toString();
    const QJsonArray subscribers = body.value(QStringLiteral("subscribers")).toArray();
    const bool get = action == QLatin1String("getMultiple");
    const bool del = action == QLatin1String("deleteMultiple");
    const bool add = action == QLatin1String("addMultiple");
    if (subscribers.size() > 100)
        return error(1399, QStringLiteral("More than 100 subscribers"));
    if (!lists.contains(listHash))
        return error(get ? 1341 : del ? 1351 : 1332, QStringLiteral("List does not exist"));
    if (subscribers.isEmpty())
        return error(get ? 1342 : 1336, QStringLiteral("No subscribers given"));
    List &list = lists[listHash];
    const int state = body.contains(QStringLiteral("state")) ? int(num(body.value(QStringLiteral("state"))))
            : add                                            ? 2
                                                             : -1;
    if (add && state != 1 && state != 2)
        return error(1335, QStringLiteral("State not allowed"));
    if (action == QLatin1String("editMultiple") && state != -1 && !QList<int> {1, 2, 3, 4, 5, 8}.contains(state))
        return error(1335, QStringLiteral("State not allowed"));
    int done = 0;
    QJsonArray errorsArray;
    QJsonArray found;
    const auto fail = [&errorsArray](const QString &email, int code, const QString &message) {
        errorsArray.append(QJsonObject {
                {QStringLiteral("email"), email}, {QStringLiteral("error"), message}, {QStringLiteral("code"), code}});
    };
    for (const QJsonValue &v : subscribers) {
        const QJsonObject item = v.toObject();
        const QString raw = item.value(QStringLiteral("email")).toString();
        const QString email = raw.toLower();
        auto it = list.subscribers.find(email);
        if (get) {
            if (it == list.subscribers.end())
                fail(raw, 1311, QStringLiteral("Subscriber does not exist"));
            else
                found.append(QJsonObject {{QStringLiteral("email"), it->email},
                                          {QStringLiteral("state"), QString::number(it->state)},
                                          {QStringLiteral("custom_fields"), it->fields}});
            continue;
        }
        if (del) {
            if (list.subscribers.remove(email) == 0)
                fail(raw, 1321, QStringLiteral("Subscriber is not on this list"));
            else
                ++done;
            continue;
        }
        if (!validEmail(email)) {
            fail(raw, 1301, QStringLiteral("Email address not correct"));
            continue;
        }
        const QJsonObject fields = item.value(QStringLiteral("custom_fields")).toObject();
        bool badField = false;
        for (auto f = fields.begin(); f != fields.end(); ++f)
            badField = badField || std::none_of(list.fields.cbegin(), list.fields.cend(), [&](const Field &x) {
                           return x.tag == f.key();
                       });
        if (badField) {
            fail(raw, 1303, QStringLiteral("Custom field is wrong"));
            continue;
        }
        if (add && it != list.subscribers.end() && (it->state == 1 || it->state == 2)) {
            fail(raw, 1304, QStringLiteral("Subscriber already exists"));
            continue;
        }
        if (!add && it == list.subscribers.end()) {
            fail(raw, 1331, QStringLiteral("Adding/updating failed"));
            continue;
        }
        Subscriber &s = list.subscribers[email];
        s.email = email;
        if (state != -1)
            s.state = state;
        for (auto f = fields.begin(); f != fields.end(); ++f)
            s.fields.insert(f.key(), f.value().toVariant().toString());
        s.confirmationSent = add && s.state == 2 && num(body.value(QStringLiteral("confirm")), nullptr) != 0;
        ++done;
    }
    if (get)
        return ok(QJsonObject {{QStringLiteral("subscribers"), found}, {QStringLiteral("errors"), errorsArray}});
    QJsonObject data {{QStringLiteral("Errors"), errorsArray}};
    if (add) {
        data.insert(QStringLiteral("inserted"), done);
        data.insert(QStringLiteral("not_inserted"), errorsArray.size());
    }
    return ok(data);
}

FakeReply FreshMailFake::createCampaign(const QJsonObject &body, Campaign *into, bool edit)
{
    static const QRegularExpression url(QStringLiteral("^https?://\\S+$"));
    QJsonObject merged = edit ? into->fields : QJsonObject();
    for (auto it = body.begin(); it != body.end(); ++it) {
        if (it.key() != QLatin1String("id_hash"))
            merged.insert(it.key(), it.value());
    }
    if (merged.value(QStringLiteral("name")).toString().isEmpty())
        return error(1701, QStringLiteral("No name"));
    if (merged.value(QStringLiteral("html")).toString().isEmpty()
        && merged.value(QStringLiteral("text")).toString().isEmpty()
        && merged.value(QStringLiteral("url")).toString().isEmpty())
        return error(1702, QStringLiteral("No content"));
    if (merged.contains(QStringLiteral("url")) && !url.match(merged.value(QStringLiteral("url")).toString()).hasMatch())
        return error(1703, QStringLiteral("Invalid url"));
    if (merged.contains(QStringLiteral("from_address"))
        && !validEmail(merged.value(QStringLiteral("from_address")).toString()))
        return error(1706, QStringLiteral("Invalid from_address"));
    if (merged.contains(QStringLiteral("reply_to")) && !validEmail(merged.value(QStringLiteral("reply_to")).toString()))
        return error(1707, QStringLiteral("Invalid reply_to"));
    const QStringList listHashes = stringOrArray(merged.value(QStringLiteral("list")));
    const QStringList groupHashes = stringOrArray(merged.value(QStringLiteral("group")));
    if (listHashes.isEmpty() && groupHashes.isEmpty())
        return error(1708, QStringLiteral("Neither lists nor groups"));
    for (const QString &hash : listHashes) {
        if (!QRegularExpression(QStringLiteral("^[a-z0-9]{10}$")).match(hash).hasMatch())
            return error(1709, QStringLiteral("List hash invalid"));
        if (!lists.contains(hash))
            return error(1711, QStringLiteral("No list found"));
    }
    if (!groupHashes.isEmpty())
        return error(1712, QStringLiteral("No group found"));
    if (merged.contains(QStringLiteral("resignlink"))
        && !url.match(merged.value(QStringLiteral("resignlink")).toString()).hasMatch())
        return error(1713, QStringLiteral("resignlink is not a valid URL"));
    if (!merged.contains(QStringLiteral("subject")))
        merged.insert(QStringLiteral("subject"), merged.value(QStringLiteral("name")));
    merged.insert(QStringLiteral("list"), QJsonArray::fromStringList(listHashes));
    into->fields = merged;
    FakeReply none;
    none.status = 0; // accepted
    return none;
}

void FreshMailFake::deliver(Campaign &c)
{
    // Recipients: the active subscribers of its lists, less the block list (§12).
    QSet<QString> seen;
    for (const QString &hash : c.fields.value(QStringLiteral("list")).toVariant().toStringList()) {
        if (!lists.contains(hash))
            continue;
        for (Subscriber &s : lists[hash].subscribers) {
            if (s.state != 1 || blocks.contains(s.email) || seen.contains(s.email))
                continue;
            seen.insert(s.email);
            Result r;
            r.email = s.email;
            r.at = c.sendAt;
            const QString local = s.email.section(QLatin1Char('@'), 0, 0);
            if (local.contains(QLatin1String("hardbounce"))) {
                r.outcome = QStringLiteral("HARD_BOUNCE");
                s.state = 8;
            } else if (local.contains(QLatin1String("softbounce"))) {
                r.outcome = QStringLiteral("SOFT_BOUNCE");
            } else {
                r.outcome = QStringLiteral("DELIVERED");
                if (local.contains(QLatin1String("click"))) {
                    r.opens = 2;
                    r.clicks = 1;
                } else if (local.contains(QLatin1String("open"))) {
                    r.opens = 1;
                }
                if (local.contains(QLatin1String("unsub"))) {
                    r.resigned = true;
                    r.opens = qMax(r.opens, 1);
                    s.state = 4;
                }
            }
            c.results.append(r);
        }
    }
    c.status = QStringLiteral("sent");
}

void FreshMailFake::advanceTo(const QDateTime &when)
{
    now = when;
    for (Campaign &c : campaigns) {
        if (c.status == QLatin1String("scheduled") && c.sendAt <= now)
            deliver(c);
    }
}

QJsonObject FreshMailFake::report(const QString &hash) const
{
    const Campaign &c = campaigns[hash];
    int delivered = 0, hard = 0, soft = 0, opened = 0, uniqueOpened = 0, clicked = 0, uniqueClicked = 0, resigned = 0;
    for (const Result &r : c.results) {
        delivered += r.outcome == QLatin1String("DELIVERED");
        hard += r.outcome == QLatin1String("HARD_BOUNCE");
        soft += r.outcome == QLatin1String("SOFT_BOUNCE");
        opened += r.opens;
        uniqueOpened += r.opens > 0;
        clicked += r.clicks;
        uniqueClicked += r.clicks > 0;
        resigned += r.resigned;
    }
    const auto s = [](int n) { return QString::number(n); };
    return {{QStringLiteral("subscribers"), s(int(c.results.size()))},
            {QStringLiteral("delivered"), s(delivered)},
            {QStringLiteral("hard_bounce"), s(hard)},
            {QStringLiteral("soft_bounce"), s(soft)},
            {QStringLiteral("opened"), s(opened)},
            {QStringLiteral("clicked"), s(clicked)},
            {QStringLiteral("unique_opened"), s(uniqueOpened)},
            {QStringLiteral("unique_clicked"), s(uniqueClicked)},
            {QStringLiteral("resigned"), s(resigned)}};
}

} // namespace cm::test
