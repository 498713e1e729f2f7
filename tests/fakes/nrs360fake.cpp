#include "nrs360fake.h"

#include <QJsonDocument>
#include <QRegularExpression>

namespace cm::test {

namespace {

const QString Api = QStringLiteral("/api/rest");

FakeReply error(int code, const QString &description, int status)
{
    return FakeReply::json(
            QJsonObject {{QStringLiteral("error"),
                          QJsonObject {{QStringLiteral("code"), code}, {QStringLiteral("description"), description}}}},
            status);
}

FakeReply notFound()
{
    return error(404, QStringLiteral("Resource not found"), 404);
}

QString iso(const QDateTime &at)
{
    return at.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss+00:00"));
}

QString csvCell(const QString &value)
{
    if (value.contains(QLatin1Char(',')) || value.contains(QLatin1Char('"')) || value.contains(QLatin1Char('\n')))
        return QLatin1Char('"') + QString(value).replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
    return value;
}

// The fake's own SMS arithmetic (§21), independent of the app's counter: 7-bit for printable ASCII, else UCS-2.
int partsFor(const QString &text, const QString &encoding)
{
    bool ascii = encoding != QLatin1String("utf-16");
    for (const QChar c : text)
        ascii = ascii && c.unicode() < 128 && c.unicode() != '`';
    const qsizetype n = text.size();
    if (ascii)
        return n <= 160 ? 1 : int((n + 152) / 153);
    return n <= 70 ? 1 : int((n + 66) / 67);
}

} // namespace

Nrs360Fake::Nrs360Fake(const QString &user, const QString &apiPassword, QObject *parent)
    : FakeServer(parent)
    , m_user(user)
    , m_password(apiPassword)
{
    on("GET", Api + QStringLiteral("/account"), [this](const RecordedRequest &r) {
        FakeReply denied;
        if (!authorised(r, &denied))
            return denied;
        // The shape is the spec's assumption (§17): the document gives none.
        return FakeReply::json(QJsonObject {{QStringLiteral("data"),
                                             QJsonObject {{QStringLiteral("username"), m_user},
                                                          {QStringLiteral("email"), QStringLiteral("demo@example.com")},
                                                          {QStringLiteral("timezone"), QStringLiteral("Europe/Madrid")},
                                                          {QStringLiteral("balance"), balance},
                                                          {QStringLiteral("currency"), QStringLiteral("EUR")}}}});
    });
    on("POST", Api + QStringLiteral("/sms"),
       [this](const RecordedRequest &r) { return send(r, QStringLiteral("sms")); });
    on("POST", Api + QStringLiteral("/mailing"),
       [this](const RecordedRequest &r) { return send(r, QStringLiteral("mailing")); });
    on("POST", Api + QStringLiteral("/landingsms"),
       [this](const RecordedRequest &r) { return send(r, QStringLiteral("landing")); });
    on("POST", Api + QStringLiteral("/voice"),
       [this](const RecordedRequest &r) { return send(r, QStringLiteral("voice")); });
    on("POST", Api + QStringLiteral("/voiceAudio"),
       [this](const RecordedRequest &r) { return send(r, QStringLiteral("voiceAudio")); });
    on("POST", Api + QStringLiteral("/whatsapp"), [this](const RecordedRequest &r) { return sendWhatsApp(r); });
    // WhatsApp conversations (§3.7.2–3.7.5).
    on("GET", Api + QStringLiteral("/whatsapp/conversations"), [this](const RecordedRequest &r) {
        FakeReply denied;
        if (!authorised(r, &denied))
            return denied;
        const QString from = r.query.queryItemValue(QStringLiteral("from"));
        const QString to = r.query.queryItemValue(QStringLiteral("to"));
        QJsonArray items;
        for (const Conversation &c : std::as_const(conversations)) {
            if ((from.isEmpty() || c.from == from) && (to.isEmpty() || c.to == to))
                items.append(conversationJson(c));
        }
        return page(r, items);
    });
    onPattern("GET", Api + QStringLiteral("/whatsapp/conversations/(\\d+)/(\\d+)"), [this](const RecordedRequest &r) {
        FakeReply refused;
        const Conversation *c = conversationOf(r, &refused);
        return c ? FakeReply::json(QJsonObject {{QStringLiteral("data"), conversationJson(*c)}}) : refused;
    });
    onPattern("GET", Api + QStringLiteral("/whatsapp/conversations/(\\d+)/(\\d+)/messages"),
              [this](const RecordedRequest &r) {
                  FakeReply refused;
                  const Conversation *it = conversationOf(r, &refused);
                  if (!it)
                      return refused;
                  QJsonArray items;
                  for (const ChatMessage &m : it->messages)
                      items.append(QJsonObject {{QStringLiteral("id"), m.id},
                                                {QStringLiteral("type"), m.type},
                                                {QStringLiteral("msisdn"), m.msisdn},
                                                {QStringLiteral("content"), m.content},
                                                {QStringLiteral("reactions"), QJsonArray {}},
                                                {QStringLiteral("sentAt"), iso(m.at)},
                                                {QStringLiteral("deliveredAt"), iso(m.at)},
                                                {QStringLiteral("readAt"), QJsonValue::Null},
                                                {QStringLiteral("failedAt"), QJsonValue::Null}});
                  FakeReply reply = page(r, items);
                  QJsonObject body = QJsonDocument::fromJson(reply.body).object();
                  QJsonObject meta = body.value(QStringLiteral("meta")).toObject();
                  meta.insert(QStringLiteral("status"), it->status);
                  meta.insert(QStringLiteral("isSessionActive"), it->sessionExpiresAt > now);
                  meta.insert(QStringLiteral("sessionExpiresAt"),
                              it->sessionExpiresAt.isValid() ? QJsonValue(iso(it->sessionExpiresAt))
                                                             : QJsonValue::Null);
                  body.insert(QStringLiteral("meta"), meta);
                  return FakeReply::json(body, reply.status);
              });
    onPattern("POST", Api + QStringLiteral("/whatsapp/conversations/(\\d+)/(\\d+)/messages"),
              [this](const RecordedRequest &r) {
                  FakeReply refused;
                  Conversation *it = conversationOf(r, &refused);
                  if (!it)
                      return refused;
                  const QString content
                          = QJsonDocument::fromJson(r.body).object().value(QStringLiteral("content")).toString();
                  if (content.trimmed().isEmpty())
                      return error(422, QStringLiteral("The content field is required."), 422);
                  // The spec's assumption (§3.7.5): 422 outside the 24-hour session, 201 with the message inside it.
                  if (!(it->sessionExpiresAt > now))
                      return error(422, QStringLiteral("Conversation session is not active"), 422);
                  ChatMessage m {uuid(), QStringLiteral("text"), it->from, content, now};
                  it->messages.append(m);
                  it->updatedAt = now;
                  return FakeReply::json(QJsonObject {{QStringLiteral("data"),
                                                       QJsonObject {{QStringLiteral("id"), m.id},
                                                                    {QStringLiteral("type"), m.type},
                                                                    {QStringLiteral("msisdn"), m.msisdn},
                                                                    {QStringLiteral("content"), m.content},
                                                                    {QStringLiteral("sentAt"), iso(m.at)}}}},
                                         201);
              });

    onPattern("GET", Api + QStringLiteral("/sms/([^/]+)"), [this](const RecordedRequest &r) {
        FakeReply denied;
        if (!authorised(r, &denied))
            return denied;
        QJsonArray data;
        for (const QString &id : r.captures.value(0).split(QLatin1Char(','))) {
            const auto it = messages.constFind(id);
            if (it == messages.cend() || it->channel == QLatin1String("mailing")
                || it->channel == QLatin1String("whatsapp"))
                continue;
            QJsonArray events;
            bool delivered = false, clicked = false;
            for (const Event &e : it->events) {
                events.append(QJsonObject {{QStringLiteral("type"), e.type},
                                           {QStringLiteral("date"), iso(e.at)},
                                           {QStringLiteral("isMobile"), !e.os.isEmpty()},
                                           {QStringLiteral("browser"), e.browser},
                                           {QStringLiteral("os"), e.os}});
                delivered = delivered || e.type == QLatin1String("delivered");
                clicked = clicked || e.type == QLatin1String("clicked");
            }
            data.append(QJsonObject {{QStringLiteral("id"), it->id},
                                     {QStringLiteral("from"), it->from},
                                     {QStringLiteral("to"), it->to},
                                     {QStringLiteral("message"), it->text},
                                     {QStringLiteral("campaignId"), sendings.value(it->sendingId).campaignId},
                                     {QStringLiteral("sendingId"), it->sendingId},
                                     {QStringLiteral("isDelivered"), delivered},
                                     {QStringLiteral("isClicked"), clicked},
                                     {QStringLiteral("events"), events},
                                     {QStringLiteral("customFields"), QJsonObject {}}});
        }
        if (data.isEmpty())
            return notFound();
        return FakeReply::json(QJsonObject {{QStringLiteral("data"), data}});
    });

    on("GET", Api + QStringLiteral("/campaigns"), [this](const RecordedRequest &r) {
        FakeReply denied;
        if (!authorised(r, &denied))
            return denied;
        const QString name = r.query.queryItemValue(QStringLiteral("name"), QUrl::FullyDecoded);
        const QRegularExpression wanted(QRegularExpression::anchoredPattern(
                QRegularExpression::escape(name).replace(QStringLiteral("\\*"), QStringLiteral(".*"))));
        QJsonArray items;
        for (const Sending &s : std::as_const(sendings)) {
            if (!name.isEmpty() && !wanted.match(s.campaignName).hasMatch())
                continue;
            qint64 total = 0, parts = 0, processed = 0;
            bool held = false;
            for (const Message &m : std::as_const(messages)) {
                if (m.sendingId != s.id)
                    continue;
                ++total;
                parts += m.parts;
                held = held || m.scheduledAt.isValid();
                processed += m.scheduledAt.isValid() ? 0 : 1;
            }
            const bool texts = s.channel == QLatin1String("sms") || s.channel == QLatin1String("landing");
            const double cost = texts                           ? parts * 0.05
                    : s.channel == QLatin1String("text2speech") ? total * 0.03
                    : s.channel == QLatin1String("whatsapp")    ? total * 0.04
                                                                : total * 0.001;
            const QJsonObject sending {
                    {QStringLiteral("id"), s.id},
                    {QStringLiteral("campaignName"), s.campaignName},
                    {QStringLiteral("status"), held ? QStringLiteral("PENDING") : QStringLiteral("OPENED")},
                    {QStringLiteral("channel"), s.channel},
                    {QStringLiteral("total"), total},
                    {QStringLiteral("processed"), processed},
                    {QStringLiteral("totalSmsParts"), texts ? parts : 0},
                    {QStringLiteral("cost"), qRound(cost * 10000) / 10000.0},
                    {QStringLiteral("currency"), QStringLiteral("EUR")},
                    {QStringLiteral("tags"), QJsonArray {}},
                    {QStringLiteral("scheduledAt"), QJsonValue::Null},
                    {QStringLiteral("createdAt"), iso(s.createdAt)},
                    {QStringLiteral("events"), sendingCounters(s.id)},
                    {QStringLiteral("links"),
                     QJsonObject {{QStringLiteral("eventsReport"),
                                   QString(apiBase() + QStringLiteral("/sendings/%1/reports/events").arg(s.id))}}}};
            items.append(QJsonObject {
                    {QStringLiteral("id"), s.campaignId},
                    {QStringLiteral("name"), s.campaignName},
                    {QStringLiteral("type"), QStringLiteral("basic")},
                    {QStringLiteral("createdAt"), iso(s.createdAt)},
                    {QStringLiteral("sendings"), QJsonObject {{QStringLiteral("data"), QJsonArray {sending}}}}});
        }
        return page(r, items);
    });

    onPattern("GET", Api + QStringLiteral("/sendings/(\\d+)/reports/events"), [this](const RecordedRequest &r) {
        FakeReply denied;
        if (!authorised(r, &denied))
            return denied;
        const qint64 id = r.captures.value(0).toLongLong();
        if (!sendings.contains(id))
            return notFound();
        const Sending s = sendings.value(id);
        // The voice layout has the call's duration where the others have the device and link (§15.5).
        const bool call = s.channel == QLatin1String("text2speech");
        QByteArray csv = call ? "campaignName,campaignId,sendingId,contactId,event,phone,email,landline,countryIso,"
                                "callDurationSeconds,createdAt\r\n"
                              : "campaignName,campaignId,sendingId,contactId,event,phone,email,landline,countryIso,"
                                "browser,os,url,createdAt\r\n";
        for (const Message &m : std::as_const(messages)) {
            if (m.sendingId != id)
                continue;
            const bool email = m.channel == QLatin1String("mailing");
            for (const Event &e : m.events) {
                if (call) {
                    const QStringList row {csvCell(s.campaignName),
                                           QString::number(s.campaignId),
                                           QString::number(id),
                                           QStringLiteral("0"),
                                           e.type,
                                           m.to,
                                           QString(),
                                           QString(),
                                           QString(),
                                           e.seconds > 0 ? QString::number(e.seconds) : QString(),
                                           iso(e.at)};
                    csv += row.join(QLatin1Char(',')).toUtf8() + "\r\n";
                    continue;
                }
                const QStringList row {csvCell(s.campaignName),
                                       QString::number(s.campaignId),
                                       QString::number(id),
                                       QStringLiteral("0"),
                                       e.type,
                                       email ? QString() : m.to,
                                       email ? m.to : QString(),
                                       QString(),
                                       QString(),
                                       csvCell(e.browser),
                                       csvCell(e.os),
                                       csvCell(e.url),
                                       iso(e.at)};
                csv += row.join(QLatin1Char(',')).toUtf8() + "\r\n";
            }
        }
        return FakeReply::text(csv, 200, "text/csv");
    });

    on("GET", Api + QStringLiteral("/scheduled"), [this](const RecordedRequest &r) {
        FakeReply denied;
        if (!authorised(r, &denied))
            return denied;
        bool all = false;
        const QList<qint64> guids = matchingScheduled(r, QJsonDocument::fromJson(r.body).object(), &all);
        auto item = [this](const Scheduled &s, bool withContent) {
            const Message &m = messages[s.messageId];
            QJsonObject o {
                    {QStringLiteral("guid"), QString::number(s.guid)},
                    {QStringLiteral("type"),
                     m.channel == QLatin1String("sms") ? QStringLiteral("SMS") : QStringLiteral("MAILING")},
                    {QStringLiteral("sending_id"), m.sendingId},
                    {QStringLiteral("created_at"),
                     sendings.value(m.sendingId).createdAt.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))},
                    {QStringLiteral("scheduled_at"), m.scheduledAt.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))}};
            if (withContent)
                o.insert(QStringLiteral("content"),
                         QJsonObject {{QStringLiteral("to"), m.to},
                                      {QStringLiteral("from"), m.from},
                                      {QStringLiteral("message"), m.text},
                                      {QStringLiteral("sendingId"), m.sendingId}});
            return o;
        };
        const bool one = r.query.hasQueryItem(QStringLiteral("guid")) && guids.size() == 1;
        QJsonArray list;
        for (const Scheduled &s : std::as_const(scheduled)) {
            if (guids.contains(s.guid)) {
                if (one)
                    return FakeReply::json(
                            QJsonObject {{QStringLiteral("result"), item(s, true)}, {QStringLiteral("total"), 1}});
                list.append(item(s, false));
            }
        }
        return FakeReply::json(QJsonObject {{QStringLiteral("result"), list}, {QStringLiteral("total"), list.size()}});
    });
    for (const QByteArray &method : {QByteArray("PUT"), QByteArray("DELETE")}) {
        on(method, Api + QStringLiteral("/scheduled"), [this, method](const RecordedRequest &r) {
            FakeReply refused;
            QJsonObject body;
            if (!jsonRequest(r, &body, &refused))
                return refused;
            bool all = false;
            const QList<qint64> guids = matchingScheduled(r, body, &all);
            if (all)
                ++wholeAccountScheduledChanges; // documented: no guid means every scheduled message
            if (!all && guids.isEmpty())
                return error(120, QStringLiteral("Invalid GUID"), 400);
            if (method == "PUT") {
                const QDateTime when = QDateTime::fromString(body.value(QStringLiteral("scheduleDate")).toString(),
                                                             QStringLiteral("yyyyMMddHHmmss"));
                if (!when.isValid())
                    return error(121, QStringLiteral("Invalid scheduled date"), 400);
                for (const Scheduled &s : std::as_const(scheduled)) {
                    if (guids.contains(s.guid))
                        messages[s.messageId].scheduledAt = QDateTime(when.date(), when.time(), Qt::UTC);
                }
                return FakeReply::json(
                        QJsonObject {{QStringLiteral("result"), true}, {QStringLiteral("updated"), guids.size()}});
            }
            for (qsizetype i = scheduled.size() - 1; i >= 0; --i) {
                if (guids.contains(scheduled.at(i).guid)) {
                    messages.remove(scheduled.at(i).messageId); // deleted from the sending
                    scheduled.removeAt(i);
                }
            }
            return FakeReply::json(
                    QJsonObject {{QStringLiteral("result"), true}, {QStringLiteral("deleted"), guids.size()}});
        });
    }

    // Groups (§7).
    on("GET", Api + QStringLiteral("/groups"), [this](const RecordedRequest &r) {
        FakeReply denied;
        if (!authorised(r, &denied))
            return denied;
        QJsonArray items;
        for (auto it = groups.cbegin(); it != groups.cend(); ++it)
            items.append(QJsonObject {{QStringLiteral("id"), it.key()}, {QStringLiteral("name"), it.value()}});
        return page(r, items);
    });
    on("POST", Api + QStringLiteral("/groups"), [this](const RecordedRequest &r) {
        FakeReply denied;
        if (!authorised(r, &denied))
            return denied;
        const QString name = QJsonDocument::fromJson(r.body).object().value(QStringLiteral("name")).toString();
        if (name.isEmpty())
            return error(422, QStringLiteral("The name field is required."), 422);
        const qint64 id = m_nextId++;
        groups.insert(id, name);
        return FakeReply::json(QJsonObject {{QStringLiteral("data"),
                                             QJsonObject {{QStringLiteral("id"), id}, {QStringLiteral("name"), name}}}},
                               201);
    });
    on("PUT", Api + QStringLiteral("/groups"), [](const RecordedRequest &) {
        return FakeReply::text("Method Not Allowed", 405); // the samples' PUT without an id (§26.1, 2)
    });
    for (const QByteArray &method : {QByteArray("GET"), QByteArray("PUT"), QByteArray("DELETE")}) {
        onPattern(method, Api + QStringLiteral("/groups/(\\d+)"), [this, method](const RecordedRequest &r) {
            FakeReply denied;
            if (!authorised(r, &denied))
                return denied;
            const qint64 id = r.captures.value(0).toLongLong();
            if (!groups.contains(id))
                return notFound();
            if (method == "DELETE") {
                groups.remove(id); // its contacts stay
                return FakeReply::text({}, 204);
            }
            if (method == "PUT") {
                const QString name = QJsonDocument::fromJson(r.body).object().value(QStringLiteral("name")).toString();
                if (name.isEmpty())
                    return error(422, QStringLiteral("The name field is required."), 422);
                groups[id] = name;
            }
            return FakeReply::json(QJsonObject {
                    {QStringLiteral("data"),
                     QJsonObject {{QStringLiteral("id"), id}, {QStringLiteral("name"), groups.value(id)}}}});
        });
    }

    // Contacts (§6).
    auto validateContact = [this](const QJsonObject &body, QJsonObject *stored) -> std::optional<FakeReply> {
        const QString email = body.value(QStringLiteral("email")).toString();
        const QString phone = body.value(QStringLiteral("phone")).toString();
        const QString landline = body.value(QStringLiteral("landline")).toString();
        if (email.isEmpty() && phone.isEmpty() && landline.isEmpty())
            return error(422, QStringLiteral("The email field is required."), 422);
        if ((!phone.isEmpty() || !landline.isEmpty())
            && body.value(QStringLiteral("countryIso")).toString().size() != 2)
            return error(422, QStringLiteral("The country iso field is required."), 422);
        QJsonArray groupIds = body.value(QStringLiteral("groupsIds")).toArray();
        for (const QJsonValue &name : body.value(QStringLiteral("groupsNames")).toArray()) {
            const qint64 id = m_nextId++;
            groups.insert(id, name.toString());
            groupIds.append(id);
        }
        if (groupIds.isEmpty())
            return error(422, QStringLiteral("The groups ids field is required."), 422);
        for (const QJsonValue &g : std::as_const(groupIds)) {
            if (!groups.contains(g.toInteger()))
                return error(422, QStringLiteral("The selected groups ids is invalid."), 422);
        }
        for (const QString &key : {QStringLiteral("email"), QStringLiteral("phone"), QStringLiteral("landline"),
                                   QStringLiteral("countryIso"), QStringLiteral("name"), QStringLiteral("surname")})
            stored->insert(key, body.value(key).isUndefined() ? QJsonValue(QJsonValue::Null) : body.value(key));
        QJsonArray fields;
        for (const QJsonValue &f : body.value(QStringLiteral("customFields")).toArray()) {
            QJsonObject field = f.toObject();
            if (!field.contains(QStringLiteral("type")))
                field.insert(QStringLiteral("type"), QStringLiteral("string"));
            fields.append(field);
        }
        stored->insert(QStringLiteral("customFields"), fields);
        stored->insert(QStringLiteral("groupIds"), groupIds); // replaced on PUT (the spec's default)
        stored->insert(QStringLiteral("updatedAt"), iso(now));
        return std::nullopt;
    };
    on("GET", Api + QStringLiteral("/contacts"), [this](const RecordedRequest &r) {
        FakeReply denied;
        if (!authorised(r, &denied))
            return denied;
        const QString include = r.query.queryItemValue(QStringLiteral("include"), QUrl::FullyDecoded);
        QJsonArray items;
        for (const QJsonObject &c : std::as_const(contacts)) {
            bool keep = true;
            for (const QString &key : {QStringLiteral("email"), QStringLiteral("phone"), QStringLiteral("landline"),
                                       QStringLiteral("countryIso")}) {
                const QString wanted = r.query.queryItemValue(key, QUrl::FullyDecoded);
                keep = keep && (wanted.isEmpty() || c.value(key).toString() == wanted);
            }
            if (keep)
                items.append(contactJson(c, include));
        }
        return page(r, items);
    });
    on("POST", Api + QStringLiteral("/contacts"), [this, validateContact](const RecordedRequest &r) {
        FakeReply refused;
        QJsonObject body;
        if (!jsonRequest(r, &body, &refused))
            return refused;
        QJsonObject stored {{QStringLiteral("id"), m_nextId++}, {QStringLiteral("createdAt"), iso(now)}};
        if (const auto refused = validateContact(body, &stored))
            return *refused;
        contacts.insert(stored.value(QStringLiteral("id")).toInteger(), stored);
        return FakeReply::json(QJsonObject {{QStringLiteral("data"), contactJson(stored, {})}}, 201);
    });
    for (const QByteArray &method : {QByteArray("GET"), QByteArray("PUT"), QByteArray("DELETE")}) {
        onPattern(method, Api + QStringLiteral("/contacts/(\\d+)"),
                  [this, method, validateContact](const RecordedRequest &r) {
                      FakeReply denied;
                      if (!authorised(r, &denied))
                          return denied;
                      const qint64 id = r.captures.value(0).toLongLong();
                      if (!contacts.contains(id))
                          return notFound();
                      if (method == "DELETE") {
                          contacts.remove(id);
                          return FakeReply::text({}, 204);
                      }
                      if (method == "PUT") {
                          QJsonObject stored = contacts.value(id);
                          if (const auto refused = validateContact(QJsonDocument::fromJson(r.body).object(), &stored))
                              return *refused;
                          contacts.insert(id, stored);
                      }
                      return FakeReply::json(QJsonObject {
                              {QStringLiteral("data"),
                               contactJson(contacts.value(id),
                                           r.query.queryItemValue(QStringLiteral("include"), QUrl::FullyDecoded))}});
                  });
    }

    // Templates v1 and v2 (§10): separate id spaces; the v2 list has no html; an update answers 201 as documented.
    for (const bool v2 : {false, true}) {
        const QString base = Api + (v2 ? QStringLiteral("/v2/templates") : QStringLiteral("/templates"));
        auto store = [this, v2]() -> QMap<qint64, QJsonObject> & { return v2 ? templatesV2 : templatesV1; };
        auto shown = [this, v2, base](const QJsonObject &t, bool withHtml) {
            QJsonObject o = t;
            if (!withHtml)
                o.remove(QStringLiteral("html"));
            if (v2)
                o.insert(QStringLiteral("type"), QStringLiteral("HTML"));
            const qint64 id = t.value(QStringLiteral("id")).toInteger();
            o.insert(QStringLiteral("links"),
                     QJsonObject {{QStringLiteral("self"), QString(baseUrl() + base + QStringLiteral("/%1").arg(id))},
                                  {QStringLiteral("preview"),
                                   QString(baseUrl() + base + QStringLiteral("/%1/preview").arg(id))}});
            return o;
        };
        on("GET", base, [this, store, shown, v2](const RecordedRequest &r) {
            FakeReply denied;
            if (!authorised(r, &denied))
                return denied;
            QJsonArray items;
            for (const QJsonObject &t : std::as_const(store()))
                items.append(shown(t, !v2));
            return page(r, items);
        });
        auto write = [this, store, shown, v2](const RecordedRequest &r, qint64 id) {
            FakeReply refused;
            QJsonObject body;
            if (!jsonRequest(r, &body, &refused))
                return refused;
            if (body.value(QStringLiteral("name")).toString().isEmpty())
                return error(422, QStringLiteral("The name field is required."), 422);
            if (body.value(QStringLiteral("html")).toString().isEmpty())
                return error(422, QStringLiteral("The html field is required."), 422);
            if (id == 0)
                id = m_nextTemplate[v2 ? 1 : 0]++;
            else if (!store().contains(id))
                return notFound();
            QJsonObject t = store().value(id,
                                          QJsonObject {{QStringLiteral("id"), id},
                                                       {QStringLiteral("createdAt"), iso(now)},
                                                       {QStringLiteral("updatedAt"), QJsonValue::Null}});
            if (store().contains(id))
                t.insert(QStringLiteral("updatedAt"), iso(now));
            t.insert(QStringLiteral("name"), body.value(QStringLiteral("name")));
            t.insert(QStringLiteral("html"), body.value(QStringLiteral("html")));
            store().insert(id, t);
            return FakeReply::json(QJsonObject {{QStringLiteral("data"), shown(t, true)}}, 201);
        };
        on("POST", base, [write](const RecordedRequest &r) { return write(r, 0); });
        onPattern("PUT", base + QStringLiteral("/(\\d+)"),
                  [write](const RecordedRequest &r) { return write(r, r.captures.value(0).toLongLong()); });
        onPattern("GET", base + QStringLiteral("/(\\d+)"), [this, store, shown](const RecordedRequest &r) {
            FakeReply denied;
            if (!authorised(r, &denied))
                return denied;
            const auto it = store().constFind(r.captures.value(0).toLongLong());
            return it == store().cend() ? notFound()
                                        : FakeReply::json(QJsonObject {{QStringLiteral("data"), shown(*it, true)}});
        });
        onPattern("DELETE", base + QStringLiteral("/(\\d+)"), [this, store](const RecordedRequest &r) {
            FakeReply denied;
            if (!authorised(r, &denied))
                return denied;
            return store().remove(r.captures.value(0).toLongLong()) ? FakeReply::text({}, 204) : notFound();
        });
        onPattern("GET", base + QStringLiteral("/(\\d+)/preview"), [this, store](const RecordedRequest &r) {
            FakeReply denied;
            if (!authorised(r, &denied))
                return denied;
            const auto it = store().constFind(r.captures.value(0).toLongLong());
            if (it == store().cend())
                return notFound();
            // Rendered with sample values, as the platform's preview does.
            QString html = it->value(QStringLiteral("html")).toString();
            html.replace(QRegularExpression(QStringLiteral("\\{([A-Za-z_][A-Za-z0-9_]*)\\}")), QStringLiteral("[\\1]"));
            html.replace(QStringLiteral("[unsubscribe_link]"), QStringLiteral("https://u.360nrs.example/preview"));
            return FakeReply::text(html.toUtf8(), 200, "text/html; charset=utf-8");
        });
    }

    // Email validation (§8).
    on("POST", Api + QStringLiteral("/validation/emails"), [this](const RecordedRequest &r) {
        FakeReply denied;
        if (!authorised(r, &denied))
            return denied;
        const QJsonObject body = QJsonDocument::fromJson(r.body).object();
        QStringList emails;
        for (const QJsonValue &e : body.value(QStringLiteral("emails")).toArray())
            emails.append(e.toString().toLower());
        if (emails.isEmpty() && body.value(QStringLiteral("groupsIds")).toArray().isEmpty())
            return error(422, QStringLiteral("The emails field is required when groups ids is not present."), 422);
        const qint64 id = m_nextId++;
        const QJsonObject v {{QStringLiteral("id"), id},
                             {QStringLiteral("status"), QStringLiteral("pending")},
                             {QStringLiteral("total"), emails.size()},
                             {QStringLiteral("processed"), 0},
                             {QStringLiteral("valid"), 0},
                             {QStringLiteral("estimatedCost"), emails.size() * 0.0035},
                             {QStringLiteral("cost"), 0},
                             {QStringLiteral("currency"), QStringLiteral("EUR")},
                             {QStringLiteral("createdAt"), iso(now)},
                             {QStringLiteral("finishedAt"), QJsonValue::Null},
                             {QStringLiteral("resultUrl"), QJsonValue::Null}};
        validations.insert(id, v);
        validationEmails.insert(id, emails);
        return FakeReply::json(QJsonObject {{QStringLiteral("data"), v}}, 201);
    });
    onPattern("GET", Api + QStringLiteral("/validation/emails/(\\d+)"), [this](const RecordedRequest &r) {
        FakeReply denied;
        if (!authorised(r, &denied))
            return denied;
        const qint64 id = r.captures.value(0).toLongLong();
        if (!validations.contains(id))
            return notFound();
        QJsonObject &v = validations[id];
        const QStringList emails = validationEmails.value(id);
        const QString status = v.value(QStringLiteral("status")).toString();
        if (status == QLatin1String("pending")) {
            v.insert(QStringLiteral("status"), QStringLiteral("started"));
            v.insert(QStringLiteral("processed"), emails.size() / 2);
            v.insert(QStringLiteral("cost"), v.value(QStringLiteral("estimatedCost")));
        } else if (status == QLatin1String("started")) {
            int valid = 0;
            for (const QString &e : emails) {
                valid += !e.startsWith(QLatin1String("bad")) && !e.startsWith(QLatin1String("maybe"));
                if (e.startsWith(QLatin1String("maybe")))
                    blacklist[QStringLiteral("mailing")].append(
                            QJsonObject {{QStringLiteral("type"), QStringLiteral("mailing")},
                                         {QStringLiteral("recipient"), e},
                                         {QStringLiteral("isDefinitive"), false}});
            }
            v.insert(QStringLiteral("status"), QStringLiteral("finished"));
            v.insert(QStringLiteral("processed"), emails.size());
            v.insert(QStringLiteral("valid"), valid);
            v.insert(QStringLiteral("finishedAt"), iso(now));
            v.insert(QStringLiteral("resultUrl"),
                     QString(apiBase() + QStringLiteral("/validation/emails/%1/result").arg(id)));
        }
        return FakeReply::json(QJsonObject {{QStringLiteral("data"), v}});
    });
    onPattern("GET", Api + QStringLiteral("/validation/emails/(\\d+)/result"), [this](const RecordedRequest &r) {
        FakeReply denied;
        if (!authorised(r, &denied))
            return denied;
        const qint64 id = r.captures.value(0).toLongLong();
        if (!validations.contains(id)
            || validations.value(id).value(QStringLiteral("status")).toString() != QLatin1String("finished"))
            return notFound();
        QByteArray csv = "email;result\n";
        for (const QString &e : validationEmails.value(id))
            csv += (e + QLatin1Char(';')
                    + (e.startsWith(QLatin1String("bad"))             ? QStringLiteral("undeliverable")
                               : e.startsWith(QLatin1String("maybe")) ? QStringLiteral("risky")
                                                                      : QStringLiteral("deliverable"))
                    + QLatin1Char('\n'))
                           .toUtf8();
        return FakeReply::text(csv, 200, "text/csv");
    });
    onPattern("DELETE", Api + QStringLiteral("/validation/emails/(\\d+)"), [this](const RecordedRequest &r) {
        FakeReply denied;
        if (!authorised(r, &denied))
            return denied;
        return validations.remove(r.captures.value(0).toLongLong()) ? FakeReply::text({}, 204) : notFound();
    });

    // Blacklist v2 (§9).
    onPattern("GET", Api + QStringLiteral("/v2/blacklist/(sms|mailing|voice)"), [this](const RecordedRequest &r) {
        FakeReply denied;
        if (!authorised(r, &denied))
            return denied;
        const QString recipient = r.query.queryItemValue(QStringLiteral("recipient"), QUrl::FullyDecoded);
        QJsonArray items;
        for (const QJsonObject &e : blacklist.value(r.captures.value(0))) {
            if (recipient.isEmpty() || e.value(QStringLiteral("recipient")).toString() == recipient)
                items.append(e);
        }
        return page(r, items);
    });
    onPattern("PUT", Api + QStringLiteral("/v2/blacklist/(sms|mailing|voice)"), [this](const RecordedRequest &r) {
        FakeReply denied;
        if (!authorised(r, &denied))
            return denied;
        const QString recipient
                = QJsonDocument::fromJson(r.body).object().value(QStringLiteral("recipient")).toString();
        if (recipient.isEmpty())
            return error(422, QStringLiteral("The recipient field is required."), 422);
        QList<QJsonObject> &list = blacklist[r.captures.value(0)];
        QJsonObject entry {{QStringLiteral("type"), r.captures.value(0)},
                           {QStringLiteral("recipient"), recipient},
                           {QStringLiteral("isDefinitive"), false},
                           {QStringLiteral("campaignName"), QJsonValue::Null},
                           {QStringLiteral("createdAt"), iso(now)}};
        bool known = false;
        for (const QJsonObject &e : std::as_const(list))
            known = known || e.value(QStringLiteral("recipient")).toString() == recipient;
        if (!known)
            list.append(entry);
        return FakeReply::json(QJsonObject {{QStringLiteral("data"), entry}});
    });
    onPattern("DELETE", Api + QStringLiteral("/v2/blacklist/(sms|mailing|voice)"), [this](const RecordedRequest &r) {
        FakeReply denied;
        if (!authorised(r, &denied))
            return denied;
        const QString recipient
                = QJsonDocument::fromJson(r.body).object().value(QStringLiteral("recipient")).toString();
        QList<QJsonObject> &list = blacklist[r.captures.value(0)];
        for (qsizetype i = 0; i < list.size(); ++i) {
            if (list.at(i).value(QStringLiteral("recipient")).toString() != recipient)
                continue;
            if (list.at(i).value(QStringLiteral("isDefinitive")).toBool())
                return error(422, QStringLiteral("A permanent entry cannot be removed."), 422);
            list.removeAt(i);
            return FakeReply::text({}, 204);
        }
        return notFound();
    });
}

bool Nrs360Fake::authorised(const RecordedRequest &r, FakeReply *denied) const
{
    const QByteArray expected = "Basic " + (m_user + QLatin1Char(':') + m_password).toUtf8().toBase64();
    if (r.header("Authorization") != expected) {
        *denied = error(103, QStringLiteral("Username or password unknown"), 401);
        return false;
    }
    if (!ipAllowed) {
        *denied = error(112, QStringLiteral("IP address not allowed"), 401);
        return false;
    }
    return true;
}

bool Nrs360Fake::jsonRequest(const RecordedRequest &r, QJsonObject *body, FakeReply *refused) const
{
    if (!authorised(r, refused))
        return false;
    QJsonParseError parse;
    *body = QJsonDocument::fromJson(r.body, &parse).object();
    if (parse.error != QJsonParseError::NoError) {
        *refused = error(125, QStringLiteral("Invalid JSON"), 400);
        return false;
    }
    return true;
}

FakeReply Nrs360Fake::page(const RecordedRequest &r, const QJsonArray &items) const
{
    const int limit = qBound(1,
                             r.query.queryItemValue(QStringLiteral("limit")).toInt() > 0
                                     ? r.query.queryItemValue(QStringLiteral("limit")).toInt()
                                     : 100,
                             1000);
    const int current = qMax(1, r.query.queryItemValue(QStringLiteral("page")).toInt());
    const int totalPages = qMax(1, int((items.size() + limit - 1) / limit));
    QJsonArray slice;
    for (qsizetype i = qsizetype(current - 1) * limit; i < items.size() && i < qsizetype(current) * limit; ++i)
        slice.append(items.at(i));
    // "links" is [] on a single page, an object otherwise (§1.4).
    QJsonValue links = QJsonArray {};
    if (totalPages > 1) {
        QJsonObject l;
        if (current < totalPages)
            // WhatsApp's next links are malformed, "&page=" with no "?" (§1.4): the adapter must not follow them.
            l.insert(QStringLiteral("next"),
                     QString(baseUrl() + r.path
                             + (r.path.contains(QLatin1String("/whatsapp/")) ? QStringLiteral("&page=%1")
                                                                             : QStringLiteral("?page=%1"))
                                       .arg(current + 1)));
        if (current > 1)
            l.insert(QStringLiteral("previous"),
                     QString(baseUrl() + r.path + QStringLiteral("?page=%1").arg(current - 1)));
        links = l;
    }
    return FakeReply::json(QJsonObject {{QStringLiteral("data"), slice},
                                        {QStringLiteral("meta"),
                                         QJsonObject {{QStringLiteral("pagination"),
                                                       QJsonObject {{QStringLiteral("total"), items.size()},
                                                                    {QStringLiteral("count"), slice.size()},
                                                                    {QStringLiteral("per_page"), limit},
                                                                    {QStringLiteral("current_page"), current},
                                                                    {QStringLiteral("total_pages"), totalPages},
                                                                    {QStringLiteral("links"), links}}}}}});
}

FakeReply Nrs360Fake::send(const RecordedRequest &r, const QString &channel)
{
    FakeReply refused;
    QJsonObject body;
    if (!jsonRequest(r, &body, &refused))
        return refused;
    const bool landing = channel == QLatin1String("landing");
    const bool call = channel == QLatin1String("voice") || channel == QLatin1String("voiceAudio");
    const bool sms = channel == QLatin1String("sms") || landing; // text messages: parts, sender, encoding
    const bool phone = sms || call;
    QString text;
    QString from;
    QString encoding = body.value(QStringLiteral("encoding")).toString(QStringLiteral("gsm"));
    int maxParts = 1;
    if (call) { // §3.4, §3.5
        if (channel == QLatin1String("voice")) {
            text = body.value(QStringLiteral("message")).toString();
            if (text.isEmpty())
                return error(104, QStringLiteral("Text message missing"), 400);
            if (text.size() > 500)
                return error(105, QStringLiteral("Text message too long"), 400);
            static const QStringList languages {
                    QStringLiteral("en_GB"),  QStringLiteral("en_US"), QStringLiteral("es_ES"),
                    QStringLiteral("es_US"),  QStringLiteral("pt_PT"), QStringLiteral("pt_BR"),
                    QStringLiteral("cmn_CN"), QStringLiteral("arb"),   QStringLiteral("de_DE"),
                    QStringLiteral("fr_FR"),  QStringLiteral("it_IT"), QStringLiteral("hi_IN")};
            const QString language = body.value(QStringLiteral("language")).toString();
            if (!languages.contains(language))
                return error(130, QStringLiteral("Invalid voice language"), 400);
            const QString gender = body.value(QStringLiteral("gender")).toString();
            const bool femaleOnly = language == QLatin1String("cmn_CN") || language == QLatin1String("arb")
                    || language == QLatin1String("hi_IN");
            if ((gender != QLatin1String("F") && gender != QLatin1String("M"))
                || (femaleOnly && gender != QLatin1String("F")))
                return error(131, QStringLiteral("Invalid voice gender"), 400);
        } else {
            text = body.value(QStringLiteral("audioUrl")).toString();
            const QUrl url(text, QUrl::StrictMode);
            if (text.isEmpty() || !url.isValid() || !url.scheme().startsWith(QLatin1String("http"))
                || url.host().isEmpty())
                return error(133, QStringLiteral("Invalid audio URL"), 400);
            const QString suffix = url.path().section(QLatin1Char('.'), -1).toLower();
            if (!QStringList {QStringLiteral("mp3"), QStringLiteral("wav")}.contains(suffix))
                return error(134, QStringLiteral("Unsupported audio format"), 400);
        }
        if (body.contains(QStringLiteral("callers"))) {
            if (!body.value(QStringLiteral("callers")).isObject())
                return error(132, QStringLiteral("Invalid voice caller"), 400);
            const QJsonObject callers = body.value(QStringLiteral("callers")).toObject();
            for (auto it = callers.begin(); it != callers.end(); ++it) {
                if (it.key().size() != 2 || !it.value().isString() || it.value().toString().isEmpty())
                    return error(132, QStringLiteral("Invalid voice caller"), 400);
            }
        }
        if (body.contains(QStringLiteral("retries"))) {
            if (!body.value(QStringLiteral("retries")).isDouble())
                return error(176, QStringLiteral("Call retries value is not an integer"), 400);
            const int retries = body.value(QStringLiteral("retries")).toInt(-1);
            if (retries < 0 || retries > 5)
                return error(177, QStringLiteral("Call retries value out of range"), 400);
        }
    } else if (sms) {
        text = body.value(QStringLiteral("message")).toString();
        from = body.value(QStringLiteral("from")).toString();
        if (text.isEmpty())
            return error(104, QStringLiteral("Text message missing"), 400);
        if (from.isEmpty())
            return error(106, QStringLiteral("Sender missing"), 400);
        static const QRegularExpression digits(QStringLiteral("^[0-9]+$"));
        if (from.size() > (digits.match(from).hasMatch() ? 15 : 11))
            return error(107, QStringLiteral("Sender too long"), 400);
        if (!QStringList {QStringLiteral("gsm"), QStringLiteral("gsm-pt"), QStringLiteral("utf-16")}.contains(encoding))
            return error(113, QStringLiteral("Invalid coding"), 400);
        maxParts = body.value(QStringLiteral("parts")).toInt(1);
        if (maxParts < 1 || maxParts > (landing ? 8 : 15))
            return error(110, QStringLiteral("Exceeded maximum parts allowed or incorrect number of parts"), 400);
        if (landing) { // §3.6: the link's place, and the page
            if (!text.contains(QLatin1String("{LAND_URL}")))
                return error(141, QStringLiteral("Missing landing placeholder"), 400);
            if (body.contains(QStringLiteral("availableTimes")))
                return error(125, QStringLiteral("Invalid JSON: availableTimes"), 400);
            const qint64 v1 = body.value(QStringLiteral("templateId")).toInteger();
            const qint64 v2 = body.value(QStringLiteral("templateV2Id")).toInteger();
            if (body.value(QStringLiteral("templateBody")).toString().isEmpty() && !templatesV1.contains(v1)
                && !templatesV2.contains(v2))
                return error(140, QStringLiteral("Template missing"), 400);
            text.replace(QStringLiteral("{LAND_URL}"), QStringLiteral("https://lnd.st/p%1").arg(m_nextMessage));
        }
        text.replace(QStringLiteral("{UNSUB_URL}"), QStringLiteral("https://sms.tl/u%1").arg(m_nextMessage));
        if (body.contains(QStringLiteral("availableTimes"))) { // §22.2, errors 183-189, 194, 196
            const QJsonValue times = body.value(QStringLiteral("availableTimes"));
            if (!times.isArray())
                return error(183, QStringLiteral("Available times value is not an array"), 400);
            if (times.toArray().isEmpty())
                return error(194, QStringLiteral("Available times is specified but its value is empty"), 400);
            for (const QJsonValue &v : times.toArray()) {
                const QJsonObject w = v.toObject();
                if (!w.contains(QStringLiteral("from")) || !w.contains(QStringLiteral("to")))
                    return error(189, QStringLiteral("Missing available time object property"), 400);
                if (w.contains(QStringLiteral("day")) && !w.value(QStringLiteral("day")).isDouble())
                    return error(184, QStringLiteral("Available times day is not an integer"), 400);
                const int day = w.value(QStringLiteral("day")).toInt(1);
                if (day < 1 || day > 7)
                    return error(185, QStringLiteral("Available times day out of range"), 400);
                const QTime from
                        = QTime::fromString(w.value(QStringLiteral("from")).toString(), QStringLiteral("HH:mm"));
                const QTime to = QTime::fromString(w.value(QStringLiteral("to")).toString(), QStringLiteral("HH:mm"));
                if (!from.isValid())
                    return error(186, QStringLiteral("Available times from hour format error"), 400);
                if (!to.isValid())
                    return error(187, QStringLiteral("Available times to hour format error"), 400);
                if (from > to)
                    return error(188, QStringLiteral("Available times from hour is greater than to hour"), 400);
                if (from.secsTo(to) < 3600)
                    return error(196, QStringLiteral("Available times range is too short"), 400);
            }
        }
    } else {
        text = body.value(QStringLiteral("body")).toString();
        from = body.value(QStringLiteral("fromEmail")).toString();
        if (text.isEmpty())
            return error(140, QStringLiteral("Template missing"), 400);
        if (body.value(QStringLiteral("subject")).toString().trimmed().isEmpty())
            return error(114, QStringLiteral("Invalid subject"), 400);
        if (!verifiedSenders.contains(from))
            return error(115, QStringLiteral("Sender is not verified"), 400);
        const QString replyTo = body.value(QStringLiteral("replyTo")).toString();
        if (!replyTo.contains(QLatin1Char('@')))
            return error(116, QStringLiteral("Invalid replyTo"), 400);
        if (!verifiedSenders.contains(replyTo))
            return error(117, QStringLiteral("ReplyTo is not verified"), 400);
        text.replace(QStringLiteral("[unsubscribe_link]"),
                     QStringLiteral("https://u.360nrs.example/%1").arg(m_nextMessage));
    }
    QDateTime scheduledAt;
    if (body.contains(QStringLiteral("scheduleDate"))) {
        const QDateTime at = QDateTime::fromString(body.value(QStringLiteral("scheduleDate")).toString(),
                                                   QStringLiteral("yyyyMMddHHmmss"));
        scheduledAt = QDateTime(at.date(), at.time(), Qt::UTC);
        if (!at.isValid())
            return error(108, QStringLiteral("No valid Datetime for send"), 400);
        if (scheduledAt <= now)
            return error(121, QStringLiteral("Invalid scheduled date"), 400);
    }
    if (body.contains(QStringLiteral("tags")) && !body.contains(QStringLiteral("campaignName")))
        return error(126, QStringLiteral("Empty campaign name"), 400);
    const QJsonArray to = body.value(QStringLiteral("to")).toArray();
    // §20.1: one sub object per recipient, in the order of to; its values fill {name} variables.
    const QJsonArray sub = body.value(QStringLiteral("sub")).toArray();
    if (body.contains(QStringLiteral("sub")) && sub.size() != to.size())
        return error(422, QStringLiteral("The sub must have one item per recipient."), 422);
    const auto textFor = [&sub, &text](qsizetype index) {
        QString out = text;
        const QJsonObject values = sub.at(index).toObject();
        for (auto it = values.begin(); it != values.end(); ++it)
            out.replace(QLatin1Char('{') + it.key() + QLatin1Char('}'), it.value().toString());
        return out;
    };
    int parts = sms ? partsFor(text, encoding) : 1;
    for (qsizetype i = 0; sms && i < sub.size(); ++i)
        parts = qMax(parts, partsFor(textFor(i), encoding));
    if (balance < (sms ? parts * 0.05 : 0.001) * to.size())
        return error(111, QStringLiteral("Not enough credits"), 402);

    // The campaign by name, with its one sending that keeps accumulating (§3.0).
    const QString campaignName = body.value(QStringLiteral("campaignName")).toString();
    const QString sendingChannel = call ? QStringLiteral("text2speech") : channel; // §15.4's vocabulary
    qint64 sendingId = 0;
    for (const Sending &s : std::as_const(sendings)) {
        if (!campaignName.isEmpty() && s.campaignName == campaignName && s.channel == sendingChannel)
            sendingId = s.id;
    }
    QJsonArray result;
    int accepted = 0;
    std::optional<QJsonObject> firstError;
    QList<Message> created;
    for (qsizetype index = 0; index < to.size(); ++index) {
        const QString address = to.at(index).toString();
        static const QRegularExpression msisdn(QStringLiteral("^[1-9][0-9]{7,14}$"));
        const bool valid = phone ? msisdn.match(address).hasMatch() : address.contains(QLatin1Char('@'));
        bool listed = false;
        for (const QJsonObject &e : blacklist.value(call          ? QStringLiteral("voice")
                                                            : sms ? QStringLiteral("sms")
                                                                  : channel))
            listed = listed || e.value(QStringLiteral("recipient")).toString() == address;
        QJsonObject errorObject;
        if (!valid || listed)
            errorObject = {{QStringLiteral("code"), 102},
                           {QStringLiteral("description"), QStringLiteral("No valid recipients")}};
        else if (parts > maxParts && sms)
            errorObject = {{QStringLiteral("code"), 105},
                           {QStringLiteral("description"), QStringLiteral("Text message too long")}};
        if (!errorObject.isEmpty()) {
            result.append(QJsonObject {{QStringLiteral("accepted"), false},
                                       {QStringLiteral("to"), address},
                                       {QStringLiteral("error"), errorObject}});
            if (!firstError)
                firstError = errorObject;
            continue;
        }
        Message m;
        static const char alphabet[] = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
        quint64 n = m_nextMessage++ * 2654435761u + 77;
        for (int i = 0; i < 13; ++i, n /= 62)
            m.id.append(QLatin1Char(alphabet[n % 62]));
        m.channel = sendingChannel;
        m.to = address;
        m.from = from;
        m.text = sub.isEmpty() ? text : textFor(index);
        m.subject = body.value(QStringLiteral("subject")).toString();
        m.parts = sms ? partsFor(m.text, encoding) : 1;
        m.scheduledAt = scheduledAt;
        created.append(m);
        ++accepted;
        QJsonObject item {{QStringLiteral("accepted"), true},
                          {QStringLiteral("to"), address},
                          {QStringLiteral("id"), m.id},
                          {QStringLiteral("scheduledAt"),
                           scheduledAt.isValid() ? QJsonValue(iso(scheduledAt)) : QJsonValue::Null}};
        if (sms)
            item.insert(QStringLiteral("parts"), parts);
        if (phone)
            item.insert(QStringLiteral("expiresAt"), QJsonValue::Null);
        result.append(item);
    }
    if (accepted == 0)
        return FakeReply::json(QJsonObject {{QStringLiteral("error"), *firstError}}, 400);
    if (sendingId == 0) {
        const qint64 campaignId = m_nextId++;
        sendingId = m_nextId++;
        campaigns.insert(campaignId, campaignName);
        sendings.insert(sendingId, {sendingId, campaignId, campaignName, sendingChannel, now});
    }
    for (Message &m : created) {
        m.sendingId = sendingId;
        balance -= sms ? m.parts * 0.05 : call ? 0.03 : 0.001;
        if (m.scheduledAt.isValid())
            scheduled.append({m_nextId++, m.id});
        else
            deliver(m);
        messages.insert(m.id, m);
    }
    return FakeReply::json(QJsonObject {{QStringLiteral("campaignId"), sendings.value(sendingId).campaignId},
                                        {QStringLiteral("sendingId"), sendingId},
                                        {QStringLiteral("result"), result}},
                           accepted == to.size() ? 202 : 207);
}

QString Nrs360Fake::uuid()
{
    const quint64 n = m_nextMessage++;
    return QStringLiteral("%1-7cd1-47fa-af98-%2")
            .arg(n * 2654435761u % 0xffffffffu, 8, 16, QLatin1Char('0'))
            .arg(n, 12, 16, QLatin1Char('0'));
}

Nrs360Fake::Conversation *Nrs360Fake::conversationOf(const RecordedRequest &r, FakeReply *refused)
{
    if (!authorised(r, refused))
        return nullptr;
    const auto it = conversations.find(r.captures.value(0) + QLatin1Char('/') + r.captures.value(1));
    if (it == conversations.end()) {
        *refused = notFound();
        return nullptr;
    }
    return &*it;
}

QJsonObject Nrs360Fake::conversationJson(const Conversation &c) const
{
    return {{QStringLiteral("from"), c.from},
            {QStringLiteral("to"), c.to},
            {QStringLiteral("totalMessages"), c.messages.size()},
            {QStringLiteral("status"), c.status},
            {QStringLiteral("isSessionActive"), c.sessionExpiresAt > now},
            {QStringLiteral("sessionExpiresAt"),
             c.sessionExpiresAt.isValid() ? QJsonValue(iso(c.sessionExpiresAt)) : QJsonValue::Null},
            {QStringLiteral("createdAt"), iso(c.createdAt)},
            {QStringLiteral("updatedAt"), iso(c.updatedAt)},
            {QStringLiteral("links"),
             QJsonObject {{QStringLiteral("messages"),
                           QString(apiBase()
                                   + QStringLiteral("/whatsapp/conversations/%1/%2/messages").arg(c.from, c.to))}}},
            {QStringLiteral("contact"),
             QJsonObject {{QStringLiteral("data"),
                           QJsonObject {{QStringLiteral("msisdn"), c.to},
                                        {QStringLiteral("firstName"), c.firstName},
                                        {QStringLiteral("lastName"), QString()},
                                        {QStringLiteral("email"), QString()},
                                        {QStringLiteral("interest"), QString()},
                                        {QStringLiteral("comment"), QString()},
                                        {QStringLiteral("country"), QStringLiteral("ES")}}}}}};
}

void Nrs360Fake::userReplies(const QString &from, const QString &to, const QString &text)
{
    Conversation &c = conversations[from + QLatin1Char('/') + to];
    if (c.from.isEmpty()) {
        c.from = from;
        c.to = to;
        c.createdAt = now;
    }
    c.messages.append({uuid(), QStringLiteral("text"), to, text, now});
    c.updatedAt = now;
    c.sessionExpiresAt = now.addSecs(24 * 3600); // a reply opens the 24-hour session
}

FakeReply Nrs360Fake::sendWhatsApp(const RecordedRequest &r)
{
    FakeReply refused;
    QJsonObject body;
    if (!jsonRequest(r, &body, &refused))
        return refused;
    const QJsonValue templateId = body.value(QStringLiteral("templateId"));
    if (!templateId.isDouble() || !whatsappTemplates.contains(templateId.toInteger()))
        return error(140, QStringLiteral("Invalid template"), 400); // the example's code and text (§3.7.1)
    const int variables = whatsappTemplates.value(templateId.toInteger());
    const QString from = body.value(QStringLiteral("from")).toString();
    if (from.isEmpty())
        return error(106, QStringLiteral("Sender missing"), 400);
    if (!whatsappSenders.contains(from))
        return error(107, QStringLiteral("Sender not registered"), 400);
    if (body.contains(QStringLiteral("scheduleDate")) || body.contains(QStringLiteral("to")))
        return error(125, QStringLiteral("Invalid JSON: unknown field"), 400);
    if (body.contains(QStringLiteral("tags")) && !body.contains(QStringLiteral("campaignName")))
        return error(126, QStringLiteral("Empty campaign name"), 400);
    const QJsonArray entries = body.value(QStringLiteral("messages")).toArray();
    if (entries.isEmpty())
        return error(102, QStringLiteral("No valid recipients"), 400);
    const QString campaignName = body.value(QStringLiteral("campaignName")).toString();
    QJsonArray result;
    QList<Message> created;
    std::optional<QJsonObject> firstError;
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const QJsonObject entry = entries.at(i).toObject();
        const QString to = entry.value(QStringLiteral("to")).toString();
        const QJsonArray fields = entry.value(QStringLiteral("bodyFields")).toArray();
        static const QRegularExpression msisdn(QStringLiteral("^[1-9][0-9]{7,14}$"));
        QString problem;
        if (!msisdn.match(to).hasMatch())
            problem = QStringLiteral("The messages.%1.to field does not contain a valid phone number").arg(i);
        else if (fields.size() != variables)
            problem = QStringLiteral("The messages.%1.bodyFields field must have %2 items").arg(i).arg(variables);
        else if (const int headers = whatsappHeaderFields.value(templateId.toInteger());
                 entry.value(QStringLiteral("headerFields")).toArray().size() != headers)
            problem = QStringLiteral("The messages.%1.headerFields field must have %2 items").arg(i).arg(headers);
        else if (whatsappLocationTemplates.contains(templateId.toInteger())
                 && (entry.value(QStringLiteral("location"))
                             .toObject()
                             .value(QStringLiteral("lat"))
                             .toString()
                             .isEmpty()
                     || entry.value(QStringLiteral("location"))
                                .toObject()
                                .value(QStringLiteral("long"))
                                .toString()
                                .isEmpty()))
            problem = QStringLiteral("The messages.%1.location.lat field is required.").arg(i);
        if (!problem.isEmpty()) {
            const QJsonObject e {{QStringLiteral("code"), 102}, {QStringLiteral("description"), problem}};
            result.append(QJsonObject {
                    {QStringLiteral("accepted"), false}, {QStringLiteral("to"), to}, {QStringLiteral("error"), e}});
            if (!firstError)
                firstError = e;
            continue;
        }
        Message m;
        m.id = uuid();
        m.channel = QStringLiteral("whatsapp");
        m.to = to;
        m.from = from;
        QStringList values;
        for (const QJsonValue &v : fields)
            values.append(v.toString());
        m.text = values.join(QLatin1Char('|'));
        created.append(m);
        result.append(QJsonObject {
                {QStringLiteral("accepted"), true}, {QStringLiteral("to"), to}, {QStringLiteral("id"), m.id}});
    }
    if (created.isEmpty())
        return FakeReply::json(QJsonObject {{QStringLiteral("error"), *firstError}}, 400);
    qint64 sendingId = 0;
    for (const Sending &s : std::as_const(sendings)) {
        if (!campaignName.isEmpty() && s.campaignName == campaignName && s.channel == QLatin1String("whatsapp"))
            sendingId = s.id;
    }
    if (sendingId == 0) {
        const qint64 campaignId = m_nextId++;
        sendingId = m_nextId++;
        campaigns.insert(campaignId, campaignName);
        sendings.insert(sendingId, {sendingId, campaignId, campaignName, QStringLiteral("whatsapp"), now});
    }
    for (Message &m : created) {
        m.sendingId = sendingId;
        balance -= 0.04;
        deliver(m);
        messages.insert(m.id, m);
        // The template opens (or continues) a conversation; its session starts only when the user answers.
        Conversation &c = conversations[from + QLatin1Char('/') + m.to];
        if (c.from.isEmpty()) {
            c.from = from;
            c.to = m.to;
            c.createdAt = now;
        }
        c.messages.append({uuid(), QStringLiteral("template"), from,
                           QStringLiteral("Template %1: %2").arg(templateId.toInteger()).arg(m.text), now});
        c.updatedAt = now;
    }
    return FakeReply::json(QJsonObject {{QStringLiteral("campaignId"), sendings.value(sendingId).campaignId},
                                        {QStringLiteral("sendingId"), sendingId},
                                        {QStringLiteral("result"), result}},
                           created.size() == entries.size() ? 202 : 207);
}

void Nrs360Fake::deliver(Message &m)
{
    // Sent now, then the outcome a minute later: numbers ending in 7 and addresses starting "bounce" do not arrive.
    m.scheduledAt = {};
    m.events.append({QStringLiteral("sent"), now, {}, {}, {}, 0});
    const QDateTime later = now.addSecs(60);
    if (m.channel == QLatin1String("text2speech")) // answered calls last a while; numbers ending in 7 do not answer
        m.events.append({m.to.endsWith(QLatin1Char('7')) ? QStringLiteral("undelivered") : QStringLiteral("delivered"),
                         later,
                         {},
                         {},
                         {},
                         m.to.endsWith(QLatin1Char('7')) ? 0 : 20 + int(m.text.size() / 15)});
    else if (m.channel != QLatin1String("mailing"))
        m.events.append({m.to.endsWith(QLatin1Char('7')) ? QStringLiteral("undelivered") : QStringLiteral("delivered"),
                         later,
                         {},
                         {},
                         {},
                         0});
    else
        m.events.append({m.to.startsWith(QLatin1String("bounce")) ? QStringLiteral("hard_bounced")
                                                                  : QStringLiteral("delivered"),
                         later,
                         {},
                         {},
                         {},
                         0});
}

void Nrs360Fake::advanceTo(const QDateTime &when)
{
    now = when;
    for (qsizetype i = scheduled.size() - 1; i >= 0; --i) {
        Message &m = messages[scheduled.at(i).messageId];
        if (m.scheduledAt <= now) {
            deliver(m);
            scheduled.removeAt(i);
        }
    }
}

void Nrs360Fake::addEvent(const QString &messageId, const QString &type, const QString &url, const QString &browser,
                          const QString &os)
{
    if (messages.contains(messageId))
        messages[messageId].events.append({type, now, url, browser, os, 0});
}

QJsonObject Nrs360Fake::sendingCounters(qint64 sendingId) const
{
    QMap<QString, qint64> counts;
    QSet<QString> opened, clicked;
    for (const QString &key :
         {QStringLiteral("delivered"), QStringLiteral("opened"), QStringLiteral("clicked"),
          QStringLiteral("unsubscribed"), QStringLiteral("hard_bounced"), QStringLiteral("complaint"),
          QStringLiteral("sent"), QStringLiteral("soft_bounced"), QStringLiteral("undelivered"),
          QStringLiteral("rejected"), QStringLiteral("expired"), QStringLiteral("unsubscribed_landing")})
        counts.insert(key, 0);
    for (const Message &m : messages) {
        if (m.sendingId != sendingId)
            continue;
        for (const Event &e : m.events) {
            ++counts[e.type];
            if (e.type == QLatin1String("opened"))
                opened.insert(m.id);
            if (e.type == QLatin1String("clicked"))
                clicked.insert(m.id);
        }
    }
    QJsonObject events;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        events.insert(it.key(), it.value());
    events.insert(QStringLiteral("opened_unique"), opened.size());
    events.insert(QStringLiteral("clicked_unique"), clicked.size());
    return events;
}

QJsonObject Nrs360Fake::contactJson(const QJsonObject &stored, const QString &include) const
{
    QJsonObject o = stored;
    const QJsonArray groupIds = o.take(QStringLiteral("groupIds")).toArray();
    const QJsonArray fields = o.take(QStringLiteral("customFields")).toArray();
    if (include.contains(QLatin1String("customFields")))
        o.insert(QStringLiteral("customFields"), QJsonObject {{QStringLiteral("data"), fields}});
    if (include.contains(QLatin1String("groups"))) {
        QJsonArray list;
        for (const QJsonValue &g : groupIds)
            list.append(QJsonObject {{QStringLiteral("id"), g.toInteger()},
                                     {QStringLiteral("name"), groups.value(g.toInteger())}});
        o.insert(QStringLiteral("groups"), QJsonObject {{QStringLiteral("data"), list}});
    }
    o.insert(QStringLiteral("links"),
             QJsonObject {{QStringLiteral("self"),
                           QString(apiBase()
                                   + QStringLiteral("/contacts/%1").arg(o.value(QStringLiteral("id")).toInteger()))}});
    return o;
}

QList<qint64> Nrs360Fake::matchingScheduled(const RecordedRequest &r, const QJsonObject &body, bool *all) const
{
    // guid in the query (guid=1, repeated, guid[]=, comma lists) or the body; sendingId and type as filters.
    QList<qint64> wanted;
    for (const auto &[key, value] : r.query.queryItems(QUrl::FullyDecoded)) {
        if (key == QLatin1String("guid") || key == QLatin1String("guid[]")) {
            for (const QString &g : value.split(QLatin1Char(',')))
                wanted.append(g.toLongLong());
        }
    }
    const QJsonValue g = body.value(QStringLiteral("guid"));
    if (g.isArray()) {
        for (const QJsonValue &v : g.toArray())
            wanted.append(v.toVariant().toLongLong());
    } else if (!g.isUndefined() && !g.isNull()) {
        wanted.append(g.toVariant().toLongLong());
    }
    const QString sending = r.query.queryItemValue(QStringLiteral("sendingId"));
    const QString type = r.query.queryItemValue(QStringLiteral("type")).isEmpty()
            ? body.value(QStringLiteral("type")).toString()
            : r.query.queryItemValue(QStringLiteral("type"));
    *all = wanted.isEmpty() && sending.isEmpty();
    QList<qint64> guids;
    for (const Scheduled &s : scheduled) {
        const Message m = messages.value(s.messageId);
        if (!wanted.isEmpty() && !wanted.contains(s.guid))
            continue;
        if (!sending.isEmpty() && m.sendingId != sending.toLongLong())
            continue;
        const QString mType = m.channel == QLatin1String("sms") ? QStringLiteral("SMS") : QStringLiteral("MAILING");
        if (!type.isEmpty() && type.toUpper() != mType)
            continue;
        guids.append(s.guid);
    }
    return guids;
}

} // namespace cm::test
