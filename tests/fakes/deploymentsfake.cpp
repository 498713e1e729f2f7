#include "deploymentsfake.h"

#include <QJsonDocument>

namespace cm::test {

namespace {
FakeReply detail(const QString &text, int status)
{
    return FakeReply::json(QJsonObject {{QStringLiteral("detail"), text}}, status);
}

bool isDigits(const QString &s)
{
    if (s.size() < 7)
        return false;
    for (const QChar c : s) {
        if (!c.isDigit())
            return false;
    }
    return true;
}

// A minimal multipart/form-data reader: part name → body.
QHash<QString, QByteArray> multipartParts(const QByteArray &contentType, const QByteArray &body)
{
    QHash<QString, QByteArray> parts;
    const int at = contentType.indexOf("boundary=");
    if (at < 0)
        return parts;
    const QByteArray boundary = "--" + contentType.mid(at + 9);
    qsizetype pos = body.indexOf(boundary);
    while (pos >= 0) {
        const qsizetype start = pos + boundary.size() + 2;
        const qsizetype end = body.indexOf(boundary, start);
        if (end < 0)
            break;
        const QByteArray part = body.mid(start, end - start - 2);
        const qsizetype headerEnd = part.indexOf("\r\n\r\n");
        const QByteArray headers = part.left(headerEnd);
        const int n = headers.indexOf("name=\"");
        if (n >= 0 && headerEnd >= 0) {
            const QByteArray name = headers.mid(n + 6, headers.indexOf('"', n + 6) - n - 6);
            parts.insert(QString::fromUtf8(name), part.mid(headerEnd + 4));
        }
        pos = end;
    }
    return parts;
}
} // namespace

DeploymentsFake::DeploymentsFake(const QByteArray &token, QObject *parent)
    : FakeServer(parent)
    , m_token(token)
{
    auto listsRoute = [this](const RecordedRequest &r) {
        FakeReply denied;
        if (!authorised(r, &denied))
            return denied;
        if (r.method == "GET") {
            QList<QJsonObject> items;
            for (const List &l : std::as_const(lists))
                items.append(
                        QJsonObject {{QStringLiteral("id"), l.id},
                                     {QStringLiteral("title"), l.title},
                                     {QStringLiteral("company"), 3},
                                     {QStringLiteral("saved_query"), QJsonValue::Null},
                                     {QStringLiteral("date_created"), QStringLiteral("2024-05-01T09:30:00.123456Z")},
                                     {QStringLiteral("date_updated"), QStringLiteral("2024-05-02T10:00:00Z")}});
            return page(r, items);
        }
        const QJsonObject body = QJsonDocument::fromJson(r.body).object();
        if (body.value(QStringLiteral("title")).toString().trimmed().isEmpty())
            return FakeReply::json(
                    QJsonObject {{QStringLiteral("title"), QJsonArray {QStringLiteral("This field is required.")}}},
                    400);
        List l;
        l.id = m_nextId++;
        l.title = body.value(QStringLiteral("title")).toString();
        lists.insert(l.id, l);
        return FakeReply::json(QJsonObject {{QStringLiteral("id"), l.id},
                                            {QStringLiteral("title"), l.title},
                                            {QStringLiteral("company"), 3}},
                               201);
    };
    on("GET", QStringLiteral("/api/contact-lists/"), listsRoute);
    on("POST", QStringLiteral("/api/contact-lists/"), listsRoute);

    auto contactsRoute = [this](const RecordedRequest &r) {
        FakeReply denied;
        if (!authorised(r, &denied))
            return denied;
        const qint64 id = r.captures.value(0).toLongLong();
        if (!lists.contains(id))
            return detail(QStringLiteral("Not found."), 404);
        if (r.method == "GET")
            return page(r, lists.value(id).contacts);
        const QJsonArray items = QJsonDocument::fromJson(r.body).array();
        QJsonArray errors;
        bool bad = false;
        for (const QJsonValue &v : items) {
            const bool ok = isDigits(v.toObject().value(QStringLiteral("msisdn")).toString());
            bad = bad || !ok;
            errors.append(ok ? QJsonObject()
                             : QJsonObject {
                                     {QStringLiteral("msisdn"), QJsonArray {QStringLiteral("Enter a valid number.")}}});
        }
        if (bad || items.isEmpty())
            return FakeReply::json(errors, 400); // the whole batch is refused
        QJsonArray created;
        for (const QJsonValue &v : items) {
            QJsonObject c = v.toObject();
            c.insert(QStringLiteral("id"), m_nextId++);
            c.insert(QStringLiteral("contact_list"), id);
            c.insert(QStringLiteral("loyalty"), QStringLiteral("gold")); // an unknown key, kept as a custom field
            lists[id].contacts.append(c);
            created.append(c);
        }
        return FakeReply::json(created, 201);
    };
    onPattern("GET", QStringLiteral("/api/contact-lists/(\\d+)/contacts/"), contactsRoute);
    onPattern("POST", QStringLiteral("/api/contact-lists/(\\d+)/contacts/"), contactsRoute);

    auto contactDetail = [this](const RecordedRequest &r) {
        FakeReply denied;
        if (!authorised(r, &denied))
            return denied;
        const qint64 listId = r.captures.value(0).toLongLong();
        const qint64 contactId = r.captures.value(1).toLongLong();
        if (!lists.contains(listId))
            return detail(QStringLiteral("Not found."), 404);
        QList<QJsonObject> &contacts = lists[listId].contacts;
        for (qsizetype i = 0; i < contacts.size(); ++i) {
            if (contacts[i].value(QStringLiteral("id")).toInteger() != contactId)
                continue;
            if (r.method == "DELETE") {
                contacts.removeAt(i);
                return FakeReply::text({}, 204, {});
            }
            if (r.method == "PATCH") {
                const QJsonObject changes = QJsonDocument::fromJson(r.body).object();
                for (auto it = changes.constBegin(); it != changes.constEnd(); ++it)
                    contacts[i].insert(it.key(), it.value());
            }
            return FakeReply::json(contacts[i]);
        }
        return detail(QStringLiteral("Not found."), 404);
    };
    for (const char *method : {"GET", "PATCH", "DELETE"})
        onPattern(method, QStringLiteral("/api/contact-lists/(\\d+)/contacts/(\\d+)/"), contactDetail);

    on("POST", QStringLiteral("/api/contact-lists/import/"), [this](const RecordedRequest &r) {
        FakeReply denied;
        if (!authorised(r, &denied))
            return denied;
        const auto parts = multipartParts(r.header("Content-Type"), r.body);
        if (!parts.contains(QStringLiteral("file")))
            return FakeReply::json(
                    QJsonObject {{QStringLiteral("file"), QJsonArray {QStringLiteral("No file was submitted.")}}}, 400);
        List l;
        l.id = m_nextId++;
        l.title = QString::fromUtf8(parts.value(QStringLiteral("title")));
        const QList<QByteArray> lines = parts.value(QStringLiteral("file")).trimmed().split('\n');
        const QList<QByteArray> header = lines.value(0).trimmed().split(',');
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QList<QByteArray> cells = lines.at(i).trimmed().split(',');
            QJsonObject c {{QStringLiteral("id"), m_nextId++}, {QStringLiteral("contact_list"), l.id}};
            for (qsizetype k = 0; k < header.size() && k < cells.size(); ++k)
                c.insert(QString::fromUtf8(header.at(k)), QString::fromUtf8(cells.at(k)));
            l.contacts.append(c);
        }
        lists.insert(l.id, l);
        return FakeReply::json(QJsonObject {{QStringLiteral("id"), l.id}, {QStringLiteral("title"), l.title}}, 201);
    });

    on("GET", QStringLiteral("/api/deployments/"), [this](const RecordedRequest &r) {
        FakeReply denied;
        return authorised(r, &denied) ? page(r, deployments) : denied;
    });
    onPattern("GET", QStringLiteral("/api/deployments/(\\d+)/stats/(hour|day|month|year)/"),
              [this](const RecordedRequest &r) {
                  FakeReply denied;
                  if (!authorised(r, &denied))
                      return denied;
                  const int type = QStringList {QStringLiteral("hour"), QStringLiteral("day"), QStringLiteral("month"),
                                                QStringLiteral("year")}
                                           .indexOf(r.captures.value(1))
                          + 1;
                  QList<QJsonObject> items;
                  for (const QJsonObject &s : stats.value(r.captures.value(0).toLongLong())) {
                      if (s.value(QStringLiteral("period_type")).toInt() == type)
                          items.append(s);
                  }
                  return page(r, items);
              });

    auto sendOne = [this](const QJsonObject &m) {
        QJsonObject error;
        if (!isDigits(m.value(QStringLiteral("destination")).toString()))
            error.insert(QStringLiteral("destination"), QJsonArray {QStringLiteral("Enter a valid number.")});
        if (m.value(QStringLiteral("message")).toString().isEmpty())
            error.insert(QStringLiteral("message"), QJsonArray {QStringLiteral("This field may not be blank.")});
        return error;
    };
    on("POST", QStringLiteral("/api/sms/send/"), [this, sendOne](const RecordedRequest &r) {
        FakeReply denied;
        if (!authorised(r, &denied))
            return denied;
        const QJsonObject m = QJsonDocument::fromJson(r.body).object();
        const QJsonObject error = sendOne(m);
        if (!error.isEmpty())
            return FakeReply::json(error, 400);
        sent.append(m);
        attribute(m);
        return FakeReply::json(QJsonObject {});
    });
    on("POST", QStringLiteral("/api/sms/send/bulk/"), [this, sendOne](const RecordedRequest &r) {
        FakeReply denied;
        if (!authorised(r, &denied))
            return denied;
        const QJsonArray items = QJsonDocument::fromJson(r.body).array();
        QJsonArray errors;
        bool bad = items.isEmpty();
        for (const QJsonValue &v : items) {
            const QJsonObject e = sendOne(v.toObject());
            bad = bad || !e.isEmpty();
            errors.append(e);
        }
        if (bad)
            return FakeReply::json(errors, 400);
        for (const QJsonValue &v : items) {
            sent.append(v.toObject());
            attribute(v.toObject());
        }
        return FakeReply::json(QJsonObject {});
    });

    on("GET", QStringLiteral("/api/optouts/"), [this](const RecordedRequest &r) {
        FakeReply denied;
        if (!authorised(r, &denied))
            return denied;
        const QString originator = r.query.queryItemValue(QStringLiteral("originator"));
        QList<QJsonObject> items;
        for (const QJsonObject &o : std::as_const(optouts)) {
            if (originator.isEmpty() || o.value(QStringLiteral("originator")).toString() == originator)
                items.append(o);
        }
        return page(r, items);
    });
    onPattern("POST", QStringLiteral("/api/optouts/(\\d+)/overwrite/"), [this](const RecordedRequest &r) {
        FakeReply denied;
        if (!authorised(r, &denied))
            return denied;
        for (QJsonObject &o : optouts) {
            if (o.value(QStringLiteral("id")).toInteger() == r.captures.value(0).toLongLong()) {
                o.insert(QStringLiteral("date_overwritten"), QStringLiteral("2026-03-16T12:00:00Z"));
                o.insert(QStringLiteral("overwritten_by"), 7);
                return FakeReply::json(o);
            }
        }
        return detail(QStringLiteral("Not found."), 404);
    });
}

bool DeploymentsFake::authorised(const RecordedRequest &r, FakeReply *denied) const
{
    const QByteArray header = r.header("Authorization");
    if (header.isEmpty()) {
        *denied = detail(QStringLiteral("Authentication credentials were not provided."), 401);
        denied->headers = {{"WWW-Authenticate", "Token"}};
        return false;
    }
    if (header != "Token " + m_token) {
        *denied = detail(QStringLiteral("Invalid token."), 401);
        return false;
    }
    return true;
}

FakeReply DeploymentsFake::page(const RecordedRequest &r, const QList<QJsonObject> &items) const
{
    const int asked = r.query.queryItemValue(QStringLiteral("page_size")).toInt();
    const int size = qBound(1, asked > 0 ? asked : 100, 1000);
    const int number = qMax(1, r.query.queryItemValue(QStringLiteral("page")).toInt());
    QJsonArray results;
    for (qsizetype i = qsizetype(number - 1) * size; i < items.size() && results.size() < size; ++i)
        results.append(items.at(i));
    auto link = [&](int n) {
        QUrlQuery q(r.query);
        q.removeAllQueryItems(QStringLiteral("page"));
        q.addQueryItem(QStringLiteral("page"), QString::number(n));
        return QJsonValue(baseUrl() + r.path + QLatin1Char('?') + q.toString());
    };
    const bool more = qsizetype(number) * size < items.size();
    return FakeReply::json(QJsonObject {{QStringLiteral("count"), qint64(items.size())},
                                        {QStringLiteral("next"), more ? link(number + 1) : QJsonValue()},
                                        {QStringLiteral("previous"), number > 1 ? link(number - 1) : QJsonValue()},
                                        {QStringLiteral("results"), results}});
}

void DeploymentsFake::attribute(const QJsonObject &message)
{
    const QJsonValue pk = message.value(QStringLiteral("campaign_pk"));
    if (pk.isUndefined() || pk.isNull())
        return;
    const QString destination = message.value(QStringLiteral("destination")).toString();
    bool optedOut = false;
    for (const QJsonObject &o : std::as_const(optouts))
        optedOut = optedOut
                || (o.value(QStringLiteral("originator")).toString() == destination
                    && o.value(QStringLiteral("date_overwritten")).toString().isEmpty());
    for (const QJsonObject &d : std::as_const(deployments)) {
        if (d.value(QStringLiteral("linked_campaign")).toVariant().toString() != pk.toVariant().toString())
            continue;
        const qint64 deployment = d.value(QStringLiteral("id")).toInteger();
        for (int type : {1, 2}) {
            const QDateTime start = type == 1 ? QDateTime(today.date(), QTime(today.time().hour(), 0), Qt::UTC)
                                              : QDateTime(today.date(), QTime(0, 0), Qt::UTC);
            const QDateTime end = type == 1 ? start.addSecs(3600) : start.addDays(1);
            QList<QJsonObject> &buckets = stats[deployment];
            auto it = std::find_if(buckets.begin(), buckets.end(), [&](const QJsonObject &b) {
                return b.value(QStringLiteral("period_type")).toInt() == type
                        && b.value(QStringLiteral("period_start")).toString() == start.toString(Qt::ISODate);
            });
            if (it == buckets.end()) {
                buckets.append(QJsonObject {{QStringLiteral("id"), m_nextId++},
                                            {QStringLiteral("deployment"), deployment},
                                            {QStringLiteral("period_type"), type},
                                            {QStringLiteral("period_start"), start.toString(Qt::ISODate)},
                                            {QStringLiteral("period_end"), end.toString(Qt::ISODate)},
                                            {QStringLiteral("total"), 0},
                                            {QStringLiteral("sms_sent_count"), 0},
                                            {QStringLiteral("sms_unsent_count"), 0},
                                            {QStringLiteral("sms_optout_count"), 0}});
                it = buckets.end() - 1;
            }
            const QString counter = optedOut ? QStringLiteral("sms_optout_count") : QStringLiteral("sms_sent_count");
            it->insert(counter, it->value(counter).toInteger() + 1);
            it->insert(QStringLiteral("total"), it->value(QStringLiteral("total")).toInteger() + 1);
        }
    }
}

} // namespace cm::test
