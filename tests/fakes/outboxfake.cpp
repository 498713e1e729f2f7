#include "outboxfake.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace cm::test {

namespace {
QJsonObject parse(const QByteArray &body, bool *ok)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    *ok = error.error == QJsonParseError::NoError && doc.isObject();
    return doc.object();
}

FakeReply errorBody(const QString &message, int status = 200)
{
    return FakeReply::json(
            QJsonObject {{QStringLiteral("status"), QStringLiteral("Error")}, {QStringLiteral("message"), message}},
            status);
}

const QString junkDate = QStringLiteral("2019-02-07T13:37:09200:00");
} // namespace

OutboxFake::OutboxFake(const QByteArray &authKey, QObject *parent)
    : FakeServer(parent)
    , m_key(authKey)
{
    on("GET", QStringLiteral("/groups"), [this](const RecordedRequest &r) {
        if (r.header("AuthKey") != m_key)
            return errorBody(QStringLiteral("Invalid Token"));
        QJsonArray list;
        for (const Group &g : std::as_const(groups))
            list.append(QJsonObject {
                    {QStringLiteral("GroupID"), g.id},
                    {QStringLiteral("GroupName"), g.name},
                    {QStringLiteral("TotalContacts"), qint64(g.contacts.size())},
                    {QStringLiteral("ActiveContacts"), qint64(g.contacts.size())},
                    {QStringLiteral("AddedOn"), junkDate},
                    {QStringLiteral("integerpercentageofcontactsclickingcinksforgroup"), QStringLiteral("10")},
                    {QStringLiteral("percentageofcomplainedcontacts"), QStringLiteral("0.00")},
                    {QStringLiteral("Source"), QStringLiteral("USER")}});
        return FakeReply::json(
                QJsonObject {{QStringLiteral("message"), list}, {QStringLiteral("status"), QStringLiteral("OK")}});
    });

    on("POST", QStringLiteral("/create/group"), [this](const RecordedRequest &r) {
        bool ok = false;
        const QJsonObject body = parse(r.body, &ok);
        if (!ok)
            return FakeReply::json(QJsonObject {{QStringLiteral("result"), 500},
                                                {QStringLiteral("message"), QStringLiteral("Invalid Request Body")}});
        if (!keyOk(body))
            return FakeReply::json(QJsonObject {{QStringLiteral("status"), 403},
                                                {QStringLiteral("message"), QStringLiteral("Invalid Auth Key")}});
        const QString name = body.value(QStringLiteral("GroupName")).toString();
        if (name.trimmed().isEmpty())
            return FakeReply::json(
                    QJsonObject {{QStringLiteral("status"), 400},
                                 {QStringLiteral("message"), QStringLiteral("GroupName not found or invalid")}});
        Group g;
        m_nextGroup = qMax(m_nextGroup, groups.isEmpty() ? 0 : groups.lastKey() + 1); // past groups a test put in
        g.id = m_nextGroup++;
        g.name = name;
        groups.insert(g.id, g);
        return FakeReply::json(QJsonObject {{QStringLiteral("GroupID"), g.id}, {QStringLiteral("status"), 200}});
    });

    on("POST", QStringLiteral("/add/group/recipient"), [this](const RecordedRequest &r) {
        bool ok = false;
        const QJsonObject body = parse(r.body, &ok);
        const qint64 groupId = body.value(QStringLiteral("GroupID")).toVariant().toLongLong();
        if (!ok || !keyOk(body) || !groups.contains(groupId))
            return errorBody(QStringLiteral("Invalid Token / Group ID not exist"));
        QJsonArray added;
        for (const QJsonValue &v : body.value(QStringLiteral("Recipients")).toArray()) {
            QJsonObject contact = v.toObject();
            const QString email = contact.value(QStringLiteral("EMail")).toString().toLower();
            if (email.isEmpty())
                return errorBody(QStringLiteral("Error Message"));
            Group &g = groups[groupId];
            const qint64 number = g.contacts.contains(email)
                    ? g.contacts[email].value(QStringLiteral("ContactNo")).toVariant().toLongLong()
                    : m_nextContact++;
            contact.insert(QStringLiteral("ContactNo"), number);
            g.contacts.insert(email, contact); // an upsert by email
            added.append(QJsonObject {{QStringLiteral("ContactNo"), number},
                                      {QStringLiteral("GroupID"), groupId},
                                      {QStringLiteral("recipient"), email}});
        }
        return FakeReply::json(
                QJsonObject {{QStringLiteral("message"), added}, {QStringLiteral("status"), QStringLiteral("OK")}});
    });

    on("POST", QStringLiteral("/group/recipients"), [this](const RecordedRequest &r) {
        bool ok = false;
        const QJsonObject body = parse(r.body, &ok);
        if (!ok || !keyOk(body))
            return errorBody(QStringLiteral("Invalid Token"));
        const qint64 groupId = body.value(QStringLiteral("GroupID")).toVariant().toLongLong();
        const int count = qBound(1, body.value(QStringLiteral("Count")).toInt(100), 500);
        const int page = qMax(1, body.value(QStringLiteral("Page")).toInt(1));
        const QList<QJsonObject> all = groups.value(groupId).contacts.values();
        QJsonArray rows;
        for (qsizetype i = qsizetype(page - 1) * count; i < all.size() && rows.size() < count; ++i) {
            const QJsonObject &c = all.at(i);
            rows.append(QJsonObject {{QStringLiteral("recipient"), c.value(QStringLiteral("EMail"))},
                                     {QStringLiteral("GSMTel"), c.value(QStringLiteral("GSMTel1"))},
                                     {QStringLiteral("FirstName"), c.value(QStringLiteral("FirstName"))},
                                     {QStringLiteral("LastName"), c.value(QStringLiteral("LastName"))},
                                     {QStringLiteral("ContactNo"), c.value(QStringLiteral("ContactNo"))},
                                     {QStringLiteral("GroupID"), QString::number(groupId)}, // a string here
                                     {QStringLiteral("AddedOn"), junkDate},
                                     {QStringLiteral("LastActivityWasOn"), QStringLiteral("2000-01-01T00:00:00200:00")},
                                     {QStringLiteral("Blocked"), 0},
                                     {QStringLiteral("Unsubscribed"), 0},
                                     {QStringLiteral("Gender"), QStringLiteral("-1")},
                                     {QStringLiteral("Valid"), 1}});
        }
        return FakeReply::json(
                QJsonObject {{QStringLiteral("message"), rows}, {QStringLiteral("status"), QStringLiteral("OK")}});
    });

    on("POST", QStringLiteral("/send/message"), [this](const RecordedRequest &r) {
        bool ok = false;
        const QJsonObject body = parse(r.body, &ok);
        if (!ok || !keyOk(body))
            return FakeReply::json(QJsonObject {{QStringLiteral("message"), QStringLiteral("Invalid Auth Key")}}, 403);
        const QString type = body.value(QStringLiteral("MessageType")).toString();
        const QJsonArray recipients = body.value(QStringLiteral("Recipients")).toArray();
        if (!QStringList {QStringLiteral("SMS"), QStringLiteral("MMS"), QStringLiteral("EMAIL")}.contains(type)
            || recipients.isEmpty())
            return FakeReply::json(QJsonObject {{QStringLiteral("message"), QStringLiteral("Invalid Message Content")}},
                                   500);
        QJsonArray result;
        for (const QJsonValue &v : recipients) {
            const QJsonObject m = v.toObject();
            const QString recipient = m.value(QStringLiteral("Recipient")).toString();
            if (m.value(QStringLiteral("Content")).toString().isEmpty())
                return FakeReply::json(
                        QJsonObject {{QStringLiteral("message"), QStringLiteral("Invalid Message Content")}}, 500);
            const bool valid = type == QLatin1String("EMAIL") ? recipient.contains(QLatin1Char('@'))
                                                              : recipient.startsWith(QLatin1Char('+'));
            if (!valid)
                continue; // not accepted: left out of "result"
            const QString id = QStringLiteral("%1%2")
                                       .arg(m_nextTracking++, 16, 16, QLatin1Char('0'))
                                       .arg(0x8f7efc567748684cULL, 16, 16, QLatin1Char('0'));
            const QVariantMap variables = m.value(QStringLiteral("Variables")).toObject().toVariantMap();
            QString delivered = m.value(QStringLiteral("Content")).toString();
            for (auto v = variables.cbegin(); v != variables.cend(); ++v)
                delivered.replace(QStringLiteral("/*") + v.key() + QStringLiteral("*/"), v.value().toString());
            messages.insert(
                    id,
                    {recipient, m.value(QStringLiteral("Reference")).toString(),
                     m.value(QStringLiteral("Content")).toString(), m.value(QStringLiteral("Subject")).toString(),
                     body.value(QStringLiteral("When")).toString(), body.value(QStringLiteral("Priority")).toString(),
                     type, variables, m.value(QStringLiteral("Attachment")).toString(),
                     m.value(QStringLiteral("SenderName")).toString(), delivered});
            result.append(QJsonObject {{QStringLiteral("Recipient"), recipient}, {QStringLiteral("TrackingID"), id}});
        }
        return FakeReply::json(QJsonObject {{QStringLiteral("result"), result},
                                            {QStringLiteral("status"),
                                             QJsonObject {{QStringLiteral("Accepted"), result.size()},
                                                          {QStringLiteral("Length"), recipients.size()}}}});
    });

    on("POST", QStringLiteral("/info/message"), [this](const RecordedRequest &r) {
        bool ok = false;
        const QJsonObject body = parse(r.body, &ok);
        if (!ok || !keyOk(body))
            return errorBody(QStringLiteral("Invalid Token"));
        if (!body.contains(QStringLiteral("MessageID")))
            return errorBody(QStringLiteral("MessageID must be contain"));
        const qint64 id = body.value(QStringLiteral("MessageID")).toVariant().toLongLong();
        QJsonArray rows;
        if (messageInfo.contains(id))
            rows.append(messageInfo.value(id));
        return FakeReply::json(
                QJsonObject {{QStringLiteral("message"), rows}, {QStringLiteral("status"), QStringLiteral("OK")}});
    });

    on("POST", QStringLiteral("/info/group"), [this](const RecordedRequest &r) {
        bool ok = false;
        const QJsonObject body = parse(r.body, &ok);
        if (!ok)
            return FakeReply::json(QJsonObject {{QStringLiteral("status"), 500},
                                                {QStringLiteral("message"), QStringLiteral("Invalid Request Body")}});
        if (!keyOk(body))
            return FakeReply::json(QJsonObject {{QStringLiteral("status"), 403},
                                                {QStringLiteral("message"), QStringLiteral("Invalid Auth Key")}});
        if (!body.contains(QStringLiteral("GroupID")))
            return FakeReply::json(
                    QJsonObject {{QStringLiteral("status"), 404},
                                 {QStringLiteral("message"), QStringLiteral("GroupID must be contain in post data")}});
        const qint64 id = body.value(QStringLiteral("GroupID")).toVariant().toLongLong();
        QJsonArray rows;
        if (groups.contains(id))
            rows.append(QJsonObject {{QStringLiteral("GroupID"), id},
                                     {QStringLiteral("GroupName"), groups.value(id).name},
                                     {QStringLiteral("noofcontacts"), qint64(groups.value(id).contacts.size())},
                                     {QStringLiteral("noofcontactsblocked"), 0}});
        return FakeReply::json(
                QJsonObject {{QStringLiteral("message"), rows}, {QStringLiteral("status"), QStringLiteral("OK")}});
    });

    on("POST", QStringLiteral("/get/recipient"), [this](const RecordedRequest &r) {
        bool ok = false;
        const QJsonObject body = parse(r.body, &ok);
        if (!ok || !keyOk(body))
            return FakeReply::json(QJsonObject {{QStringLiteral("message"), QStringLiteral("Invalid Token")},
                                                {QStringLiteral("status"), QStringLiteral("Error")}});
        if (!body.contains(QStringLiteral("ContactID")))
            return FakeReply::json(QJsonObject {
                    {QStringLiteral("message"), QStringLiteral("ContactID or uniqueID must be contain in post data")},
                    {QStringLiteral("status"), QStringLiteral("Error")}});
        const qint64 wanted = body.value(QStringLiteral("ContactID")).toVariant().toLongLong();
        QJsonArray rows;
        for (const Group &g : std::as_const(groups)) {
            for (const QJsonObject &c : g.contacts) {
                if (c.value(QStringLiteral("ContactNo")).toVariant().toLongLong() == wanted) {
                    QJsonObject row = c;
                    row.insert(QStringLiteral("GroupID"), g.id);
                    row.insert(QStringLiteral("blocked"), QStringLiteral("0"));
                    row.insert(QStringLiteral("uniqueID"), QStringLiteral("329"));
                    rows.append(row);
                }
            }
        }
        return FakeReply::json(
                QJsonObject {{QStringLiteral("message"), rows}, {QStringLiteral("status"), QStringLiteral("OK")}});
    });

    on("POST", QStringLiteral("/recipient/update/status"), [this](const RecordedRequest &r) {
        bool ok = false;
        const QJsonObject body = parse(r.body, &ok);
        if (!ok || !keyOk(body))
            return errorBody(QStringLiteral("Invalid Token"));
        const QString email = body.value(QStringLiteral("EMail")).toString().toLower();
        bool known = false;
        for (const Group &g : std::as_const(groups))
            known = known || g.contacts.contains(email);
        if (email.isEmpty() || !known)
            return errorBody(QStringLiteral("EMail must be contain / Not found EMail data"));
        statusChanges.append({email, body.value(QStringLiteral("Type")).toString()});
        return FakeReply::json(QJsonObject {{QStringLiteral("status"), QStringLiteral("OK")}});
    });

    on("POST", QStringLiteral("/get/status"), [this](const RecordedRequest &r) {
        bool ok = false;
        const QJsonObject body = parse(r.body, &ok);
        if (!ok || !keyOk(body))
            return FakeReply::json(QJsonObject {{QStringLiteral("message"), QStringLiteral("Invalid Auth Key")}});
        const auto it = messages.constFind(body.value(QStringLiteral("TrackingID")).toString());
        if (it == messages.cend())
            return FakeReply::json(QJsonObject {{QStringLiteral("message"), QStringLiteral("Invalid Request Body")}});
        QString recipient = it->recipient;
        recipient.remove(QLatin1Char('+')); // the status answer has no '+' (§4.3)
        const auto status = statuses.value(it.key(), {0, QStringLiteral("Success")});
        return FakeReply::json(QJsonObject {{QStringLiteral("Code"), status.first},
                                            {QStringLiteral("Recipient"), recipient},
                                            {QStringLiteral("Status"), status.second}});
    });
}

bool OutboxFake::keyOk(const QJsonObject &body) const
{
    return body.value(QStringLiteral("AuthKey")).toString().toUtf8() == m_key;
}

} // namespace cm::test
