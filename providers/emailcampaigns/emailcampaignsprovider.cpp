#include "emailcampaignsprovider.h"

#include "models/clock.h"
#include "models/templaterenderer.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QRegularExpression>
#include <QSet>
#include <QTimer>
#include <QUuid>

namespace cm {

namespace emailcampaigns {

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

} // namespace emailcampaigns

namespace {

// §1.2: by the HTTP status only (the body is shown as it came); 404 is "not found", not a validation problem.
ProviderError errorOf(const HttpJob *job)
{
    ProviderError e = job->error();
    if (job->response().status == 404) {
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

const QStringList contactHeader {QStringLiteral("name"), QStringLiteral("email")};

} // namespace

EmailCampaignsProvider::EmailCampaignsProvider(const Account &account, const QString &token, const Clock *clock,
                                               QObject *parent)
    : Provider(account, parent)
    , m_network(new QNetworkAccessManager(this))
    , m_clock(clock)
    , m_uploadTimeoutMs(account.settings.value(QStringLiteral("upload_timeout_ms")).toInt(300000))
    , m_unsubscribeUrl(account.settings.value(QStringLiteral("unsubscribe_url")).toString())
{
    HttpClient::Options options;
    QString base = account.baseUrl;
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    options.baseUrl = base;
    options.timeoutMs = account.settings.value(QStringLiteral("timeout_ms")).toInt(30000);
    const QByteArray authorization = "Token " + token.trimmed().toUtf8();
    m_http = new HttpClient(
            m_network, options,
            [authorization](QNetworkRequest &request, QByteArray &) {
                request.setRawHeader("Authorization", authorization);
                if (request.header(QNetworkRequest::ContentTypeHeader).isNull())
                    request.setHeader(QNetworkRequest::ContentTypeHeader, "application/json"); // §10 #18
            },
            this);
}

ProviderInfo EmailCampaignsProvider::providerInfo()
{
    ProviderInfo info;
    info.key = QStringLiteral("emailcampaigns");
    info.displayName = tr("Email Campaigns");
    info.description = tr("Email Campaigns (token API): bulk email to contact groups uploaded as CSV, started at a "
                          "time in a US zone and cancelled there if need be; its results say who it was delivered to "
                          "(no opens or clicks). Its From addresses must be registered first; this app does that.");
    info.capabilities = Capability::SendEmail | Capability::GroupSync | Capability::GroupCreate
            | Capability::GroupRename | Capability::ContactPush | Capability::ContactPull | Capability::NativeScheduling
            | Capability::CancelScheduled | Capability::EventExport | Capability::OptOutList | Capability::TestSend
            | Capability::RemoteTemplates | Capability::GroupDelete;
    info.credentials = {
            {CredentialField::BaseUrl, tr("Base URL"),
             tr("The API's address from your provider, such as https://api.example.com (the paths start with "
                "/email/)."),
             true},
            {CredentialField::Secret, tr("API token"), tr("The 40-character token from the provider's portal."), true},
    };
    info.maxBatchSize = 1000;
    info.holdsScheduledSends = true;
    info.movesHeldSends = false; // a campaign's start cannot change (§6)
    info.wholeCampaignChannels = {Channel::Email};
    info.emailCounters = {CampaignStats::Sent, CampaignStats::Delivered, CampaignStats::Failed, CampaignStats::Pending,
                          CampaignStats::Bounced};
    return info;
}

HttpRequest EmailCampaignsProvider::json(const QByteArray &method, const QString &path, const QJsonObject &body,
                                         const QString &id)
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

HttpRequest EmailCampaignsProvider::upload(const QString &path, const QString &id,
                                           const QList<QPair<QByteArray, QByteArray>> &parts,
                                           const QByteArray &csvFile) const
{
    HttpRequest r;
    r.method = "POST";
    r.path = path;
    if (!id.isEmpty())
        r.query.addQueryItem(QStringLiteral("_id"), id);
    r.body = emailcampaigns::multipart(parts, csvFile, &r.contentType);
    r.timeoutMs = m_uploadTimeoutMs;
    return r;
}

void EmailCampaignsProvider::call(ProviderReply *reply, const HttpRequest &request, Handler handler)
{
    HttpJob *job = m_http->send(request);
    connect(reply, &ProviderReply::aborting, job, &HttpJob::abort);
    connect(job, &HttpJob::finished, reply, [reply, job, handler] {
        if (job->hasError())
            return reply->failWith(errorOf(job));
        handler(reply, job->response());
    });
}

ProviderReply *EmailCampaignsProvider::senders()
{
    auto *reply = new ProviderReply(this);
    call(reply, json("GET", QStringLiteral("/email/senderid/"), {}),
         [](ProviderReply *r, const HttpResponse &response) {
             QVariantMap byEmail;
             for (const QJsonValue &v : QJsonDocument::fromJson(response.body).array()) {
                 const QJsonObject o = v.toObject();
                 byEmail.insert(o.value(QStringLiteral("email")).toString().toLower(), emailcampaigns::idOf(o));
             }
             r->finishWith(byEmail);
         });
    return reply;
}

ProviderReply *EmailCampaignsProvider::registerSender(const QString &email, const QString &description)
{
    auto *reply = new ProviderReply(this);
    call(reply,
         json("POST", QStringLiteral("/email/senderid/"),
              {{QStringLiteral("description"), description}, {QStringLiteral("email"), email.trimmed()}}),
         [](ProviderReply *r, const HttpResponse &response) {
             r->finishWith(emailcampaigns::idOf(QJsonDocument::fromJson(response.body).object()));
         });
    return reply;
}

ProviderReply *EmailCampaignsProvider::verify()
{
    auto *reply = new ProviderReply(this);
    ProviderReply *inner = senders();
    connect(inner, &ProviderReply::finished, reply, [reply, inner] {
        if (inner->hasError())
            return reply->failWith(inner->error());
        AccountStatus status;
        status.ok = true;
        const QStringList addresses = inner->result().toMap().keys();
        status.detail = addresses.isEmpty()
                ? tr("The token works. No From address is registered yet; a campaign's sender is registered when it "
                     "is first used.")
                : tr("The token works. Registered From addresses: %1.").arg(addresses.join(QStringLiteral(", ")));
        reply->finishWith(QVariant::fromValue(status));
    });
    return reply;
}

ProviderReply *EmailCampaignsProvider::send(const SendRequest &request)
{
    auto *reply = new ProviderReply(this);
    QString problem;
    if (request.channel != Channel::Email)
        problem = QStringLiteral("Email Campaigns sends email only");
    else if (request.messages.isEmpty())
        problem = QStringLiteral("No recipients in the request");
    else if (request.sender.trimmed().isEmpty())
        problem = tr("Email Campaigns needs a From address: give the campaign a sender.");
    else if (m_unsubscribeUrl.isEmpty() && TemplateRenderer::hasUnsubscribeLink(request.messages.first().body))
        problem = tr("Email Campaigns has no unsubscribe link of its own: set the account's unsubscribe_url setting "
                     "to the page {{unsubscribe_url}} should open.");
    if (!problem.isEmpty()) {
        QTimer::singleShot(0, reply, [reply, problem] {
            reply->failWith({ProviderError::Kind::Validation, {}, problem, false, -1});
        });
        return reply;
    }
    // The From address's id, registering it the first time; nothing is sent before the campaign's POST.
    const QString sender = request.sender.trimmed().toLower();
    ProviderReply *known = senders();
    connect(known, &ProviderReply::finished, reply, [this, reply, known, request, sender] {
        if (known->hasError())
            return reply->failWith(known->error().beforeSending());
        if (const QString id = known->result().toMap().value(sender).toString(); !id.isEmpty())
            return createCampaign(reply, request, id);
        ProviderReply *added = registerSender(sender, sender);
        connect(added, &ProviderReply::finished, reply, [this, reply, added, request] {
            if (added->hasError())
                return reply->failWith(added->error().beforeSending());
            createCampaign(reply, request, added->result().toString());
        });
    });
    return reply;
}

void EmailCampaignsProvider::createCampaign(ProviderReply *reply, const SendRequest &request, const QString &senderId)
{
    const QDateTime now = m_clock ? m_clock->now() : QDateTime::currentDateTimeUtc();
    const QDateTime when = request.scheduledAt.isValid() && request.scheduledAt > now ? request.scheduledAt : now;
    QString problem;
    const auto start = emailcampaigns::startFor(when, request.timeZone, &problem);
    if (!start)
        return reply->failWith({ProviderError::Kind::Validation, {}, problem, false, -1});
    const OutgoingMessage &first = request.messages.first();
    QList<QStringList> rows;
    QSet<QString> seen;
    for (const OutgoingMessage &m : request.messages) {
        if (!seen.contains(m.address.toLower())) {
            seen.insert(m.address.toLower());
            rows.append({QString(), m.address.trimmed().toLower()});
        }
    }
    const QJsonObject attributes {
            {QStringLiteral("message"),
             QJsonObject {{QStringLiteral("source"), QStringLiteral("new")},
                          {QStringLiteral("description"), first.subject},
                          {QStringLiteral("email_message"), withUnsubscribe(first.body)}}},
            {QStringLiteral("contact_group"),
             QJsonObject {{QStringLiteral("type"), QStringLiteral("upload")},
                          {QStringLiteral("name_index"), 0},
                          {QStringLiteral("email_index"), 1}}},
            {QStringLiteral("schedule"),
             QJsonObject {{QStringLiteral("name"), request.campaignName},
                          {QStringLiteral("start_date"), start->startDate},
                          {QStringLiteral("timezone"), start->timezone},
                          {QStringLiteral("sender_id"), QJsonObject {{QStringLiteral("$oid"), senderId}}}}}};
    const HttpRequest post = upload(QStringLiteral("/email/campaign/"), {},
                                    {{"attributes", QJsonDocument(attributes).toJson(QJsonDocument::Compact)}},
                                    emailcampaigns::csv(contactHeader, rows));
    // Creating is sending (§3.6): one POST, never retried; a lost answer leaves the recipients unknown.
    call(reply, post, [request](ProviderReply *r, const HttpResponse &response) {
        SendResult result;
        result.remoteCampaignId = emailcampaigns::idOf(QJsonDocument::fromJson(response.body).object());
        for (const OutgoingMessage &m : request.messages)
            result.outcomes.append({m.clientKey, m.address.trimmed().toLower(), true, {}});
        r->finishWith(QVariant::fromValue(result));
    });
}

ProviderReply *EmailCampaignsProvider::scheduleReusing(const QString &name, const QString &groupId,
                                                       const QString &messageId, const QString &senderId,
                                                       const QDateTime &utc, const QByteArray &zone)
{
    auto *reply = new ProviderReply(this);
    const QDateTime now = m_clock ? m_clock->now() : QDateTime::currentDateTimeUtc();
    QString problem;
    const auto start = emailcampaigns::startFor(utc.isValid() && utc > now ? utc : now, zone, &problem);
    if (!start) {
        QTimer::singleShot(0, reply, [reply, problem] {
            reply->failWith({ProviderError::Kind::Validation, {}, problem, false, -1});
        });
        return reply;
    }
    const QJsonObject attributes {
            {QStringLiteral("message"),
             QJsonObject {{QStringLiteral("source"), QStringLiteral("reuse")},
                          {QStringLiteral("_id"), QJsonObject {{QStringLiteral("$oid"), messageId}}}}},
            {QStringLiteral("contact_group"),
             QJsonObject {{QStringLiteral("type"), QStringLiteral("reuse")},
                          {QStringLiteral("_id"), QJsonObject {{QStringLiteral("$oid"), groupId}}}}},
            {QStringLiteral("schedule"),
             QJsonObject {{QStringLiteral("name"), name},
                          {QStringLiteral("start_date"), start->startDate},
                          {QStringLiteral("timezone"), start->timezone},
                          {QStringLiteral("sender_id"), QJsonObject {{QStringLiteral("$oid"), senderId}}}}}};
    call(reply,
         upload(QStringLiteral("/email/campaign/"), {},
                {{"attributes", QJsonDocument(attributes).toJson(QJsonDocument::Compact)}}, QByteArray()),
         [](ProviderReply *r, const HttpResponse &response) {
             r->finishWith(emailcampaigns::idOf(QJsonDocument::fromJson(response.body).object()));
         });
    return reply;
}

QString EmailCampaignsProvider::withUnsubscribe(const QString &html) const
{
    return TemplateRenderer::withUnsubscribeLink(html, m_unsubscribeUrl.toHtmlEscaped());
}

ProviderReply *EmailCampaignsProvider::optOutsInBulk(const QStringList &emails, bool add)
{
    auto *reply = new ProviderReply(this);
    QList<QStringList> rows;
    for (const QString &e : emails)
        rows.append(QStringList {e.trimmed().toLower()});
    HttpRequest request
            = upload(add ? QStringLiteral("/email/optout/bulk/add/") : QStringLiteral("/email/optout/bulk/delete/"), {},
                     {}, emailcampaigns::csv({QStringLiteral("email")}, rows));
    request.retrySafe = true; // the same file again has the same effect
    call(reply, request, [count = int(rows.size())](ProviderReply *r, const HttpResponse &) { r->finishWith(count); });
    return reply;
}

ProviderReply *EmailCampaignsProvider::listGroups()
{
    auto *reply = new ProviderReply(this);
    call(reply, json("GET", QStringLiteral("/email/contact/"), {}), [](ProviderReply *r, const HttpResponse &response) {
        QList<RemoteGroup> groups;
        for (const QJsonValue &v : QJsonDocument::fromJson(response.body).array()) {
            const QJsonObject o = v.toObject();
            groups.append({emailcampaigns::idOf(o), o.value(QStringLiteral("tag")).toString(),
                           o.value(QStringLiteral("contacts")).toArray().size()});
        }
        r->finishWith(QVariant::fromValue(groups));
    });
    return reply;
}

ProviderReply *EmailCampaignsProvider::createGroup(const QString &name)
{
    auto *reply = new ProviderReply(this);
    call(reply, json("POST", QStringLiteral("/email/contact/"), {{QStringLiteral("tag"), name}}),
         [name](ProviderReply *r, const HttpResponse &response) {
             r->finishWith(QVariant::fromValue(
                     RemoteGroup {emailcampaigns::idOf(QJsonDocument::fromJson(response.body).object()), name, 0}));
         });
    return reply;
}

ProviderReply *EmailCampaignsProvider::renameGroup(const QString &groupId, const QString &name)
{
    auto *reply = new ProviderReply(this);
    // 200 with the group (unlike every other PUT's 204): either is fine (§10 #4).
    call(reply, json("PUT", QStringLiteral("/email/contact/"), {{QStringLiteral("tag"), name}}, groupId),
         [groupId, name](ProviderReply *r, const HttpResponse &) {
             r->finishWith(QVariant::fromValue(RemoteGroup {groupId, name, -1}));
         });
    return reply;
}

ProviderReply *EmailCampaignsProvider::deleteGroup(const QString &groupId)
{
    auto *reply = new ProviderReply(this);
    call(reply, json("DELETE", QStringLiteral("/email/contact/"), {}, groupId),
         [](ProviderReply *r, const HttpResponse &) { r->finishWith(true); });
    return reply;
}

ProviderReply *EmailCampaignsProvider::bulk(const QString &action, const QString &groupId,
                                            const QList<Contact> &contacts)
{
    auto *reply = new ProviderReply(this);
    const QList<QStringList> rows = contactRows(contacts);
    QList<QPair<QByteArray, QByteArray>> parts;
    if (action != QLatin1String("delete"))
        parts.append(qMakePair(QByteArray("name_index"), QByteArray("0")));
    parts.append(qMakePair(QByteArray("email_index"), QByteArray("1")));
    HttpRequest request = upload(QStringLiteral("/email/contact/bulk/%1/").arg(action), groupId, parts,
                                 emailcampaigns::csv(contactHeader, rows));
    request.retrySafe = true; // the same file again has the same effect
    call(reply, request, [count = int(rows.size())](ProviderReply *r, const HttpResponse &) { r->finishWith(count); });
    return reply;
}

ProviderReply *EmailCampaignsProvider::pushContacts(const QString &groupId, const QList<Contact> &contacts)
{
    return bulk(QStringLiteral("update"), groupId, contacts);
}

ProviderReply *EmailCampaignsProvider::replaceContacts(const QString &groupId, const QList<Contact> &contacts)
{
    return bulk(QStringLiteral("replace"), groupId, contacts);
}

ProviderReply *EmailCampaignsProvider::deleteContact(const QString &groupId, const QString &email)
{
    Contact c;
    c.email = email;
    auto *reply = new ProviderReply(this);
    ProviderReply *inner = bulk(QStringLiteral("delete"), groupId, {c});
    connect(inner, &ProviderReply::finished, reply, [reply, inner] {
        if (inner->hasError())
            return reply->failWith(inner->error());
        reply->finishWith(true);
    });
    return reply;
}

ProviderReply *EmailCampaignsProvider::pullContacts(const QString &groupId)
{
    auto *reply = new ProviderReply(this);
    call(reply, json("GET", QStringLiteral("/email/contact/"), {}, groupId),
         [](ProviderReply *r, const HttpResponse &response) {
             QList<Contact> contacts;
             for (const QJsonValue &v :
                  QJsonDocument::fromJson(response.body).object().value(QStringLiteral("contacts")).toArray()) {
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
             r->finishWith(QVariant::fromValue(contacts));
         });
    return reply;
}

ProviderReply *EmailCampaignsProvider::optOuts(const QString &address)
{
    auto *reply = new ProviderReply(this);
    call(reply, json("GET", QStringLiteral("/email/optout/"), {}),
         [address](ProviderReply *r, const HttpResponse &response) {
             QList<OptOut> list;
             for (const QJsonValue &v : QJsonDocument::fromJson(response.body).array()) {
                 const QJsonObject o = v.toObject();
                 OptOut out;
                 out.id = emailcampaigns::idOf(o);
                 out.address = o.value(QStringLiteral("email")).toString().trimmed().toLower();
                 out.at = emailcampaigns::parseTimestamp(o.value(QStringLiteral("created_on")).toString());
                 out.reason = QStringLiteral("opt_out");
                 if (address.isEmpty() || out.address == address.trimmed().toLower())
                     list.append(out);
             }
             r->finishWith(QVariant::fromValue(list));
         });
    return reply;
}

ProviderReply *EmailCampaignsProvider::changeContact(const QString &address, ContactChange change)
{
    if (change == ContactChange::Subscribe || change == ContactChange::Unsubscribe)
        return unsupported(tr("change a subscription"));
    auto *reply = new ProviderReply(this);
    if (!address.contains(QLatin1Char('@'))) {
        QTimer::singleShot(0, reply, [reply] { reply->finishWith(false); }); // email only
        return reply;
    }
    const QString email = address.trimmed().toLower();
    if (change == ContactChange::Block) {
        // A second POST of the same address answers with the same record (the fake) or a duplicate: look first.
        ProviderReply *existing = optOuts(email);
        connect(existing, &ProviderReply::finished, reply, [this, reply, existing, email] {
            if (existing->hasError())
                return reply->failWith(existing->error());
            if (!existing->result().value<QList<OptOut>>().isEmpty())
                return reply->finishWith(true);
            call(reply, json("POST", QStringLiteral("/email/optout/"), {{QStringLiteral("email"), email}}),
                 [](ProviderReply *r, const HttpResponse &) { r->finishWith(true); });
        });
        return reply;
    }
    ProviderReply *found = optOuts(email);
    connect(found, &ProviderReply::finished, reply, [this, reply, found] {
        if (found->hasError())
            return reply->failWith(found->error());
        const QList<OptOut> entries = found->result().value<QList<OptOut>>();
        if (entries.isEmpty())
            return reply->finishWith(true);
        call(reply, json("DELETE", QStringLiteral("/email/optout/"), {}, entries.first().id),
             [](ProviderReply *r, const HttpResponse &) { r->finishWith(true); });
    });
    return reply;
}

ProviderReply *EmailCampaignsProvider::setCampaignStatus(const QString &campaignId, const QString &status)
{
    auto *reply = new ProviderReply(this);
    call(reply, json("PUT", QStringLiteral("/email/campaign/"), {{QStringLiteral("status"), status}}, campaignId),
         [](ProviderReply *r, const HttpResponse &) { r->finishWith(true); });
    return reply;
}

ProviderReply *EmailCampaignsProvider::cancelScheduled(const QString &campaignId)
{
    return setCampaignStatus(campaignId, QStringLiteral("cancelled"));
}

ProviderReply *EmailCampaignsProvider::listCampaigns()
{
    auto *reply = new ProviderReply(this);
    call(reply, json("GET", QStringLiteral("/email/campaign/"), {}),
         [](ProviderReply *r, const HttpResponse &response) {
             QList<RemoteCampaign> campaigns;
             for (const QJsonValue &v : QJsonDocument::fromJson(response.body).array()) {
                 const QJsonObject o = v.toObject();
                 RemoteCampaign c;
                 c.id = emailcampaigns::idOf(o);
                 c.name = o.value(QStringLiteral("name")).toString();
                 c.state = o.value(QStringLiteral("status")).toString(); // unknown values kept as they are (§7)
                 // start_date is a wall time in the campaign's zone (§1.1).
                 QDateTime start = emailcampaigns::parseTimestamp(o.value(QStringLiteral("start_date")).toString());
                 const QTimeZone zone(o.value(QStringLiteral("timezone")).toString().toLatin1());
                 if (start.isValid() && zone.isValid())
                     start = QDateTime(start.date(), start.time(), zone).toUTC();
                 c.scheduledAt = start;
                 campaigns.append(c);
             }
             r->finishWith(QVariant::fromValue(campaigns));
         });
    return reply;
}

ProviderReply *EmailCampaignsProvider::sendingEvents(const QString &campaignId)
{
    auto *reply = new ProviderReply(this);
    // The campaign's start, for the window (§10 #21): a day before it to a day after today.
    call(reply, json("GET", QStringLiteral("/email/campaign/"), {}, campaignId),
         [this, campaignId](ProviderReply *r, const HttpResponse &response) {
             const QDateTime start = emailcampaigns::parseTimestamp(
                     QJsonDocument::fromJson(response.body).object().value(QStringLiteral("start_date")).toString());
             const QDateTime now = m_clock ? m_clock->now() : QDateTime::currentDateTimeUtc();
             HttpRequest filter = json("GET", QStringLiteral("/email/result/filter/"), {});
             filter.query.addQueryItem(
                     QStringLiteral("start_date"),
                     (start.isValid() ? start : now).addDays(-1).toString(QStringLiteral("yyyy-MM-dd")));
             filter.query.addQueryItem(QStringLiteral("end_date"),
                                       now.addDays(1).toString(QStringLiteral("yyyy-MM-dd")));
             filter.query.addQueryItem(QStringLiteral("campaign_id"), campaignId);
             call(r, filter, [](ProviderReply *r2, const HttpResponse &results) {
                 QList<DeliveryEvent> events;
                 QSet<QString> seen;
                 for (const QJsonValue &v : QJsonDocument::fromJson(results.body).array()) {
                     const QJsonObject o = v.toObject();
                     const QString id = emailcampaigns::idOf(o);
                     if (!id.isEmpty() && seen.contains(id))
                         continue;
                     seen.insert(id);
                     const QString address = o.value(QStringLiteral("email_to")).toString().trimmed().toLower();
                     const QDateTime at
                             = emailcampaigns::parseTimestamp(o.value(QStringLiteral("modified_on")).toString());
                     const QString disposition = o.value(QStringLiteral("disposition")).toString();
                     events.append({{},
                                    EventType::Sent,
                                    emailcampaigns::parseTimestamp(o.value(QStringLiteral("start_date")).toString()),
                                    o.value(QStringLiteral("status")).toString(),
                                    address});
                     // An incomplete result's disposition is provisional (§7).
                     if (!o.value(QStringLiteral("complete")).toBool())
                         continue;
                     if (const auto type = emailcampaigns::dispositionEvent(disposition))
                         events.append({{}, *type, at, disposition, address});
                 }
                 r2->finishWith(QVariant::fromValue(events));
             });
         });
    return reply;
}

ProviderReply *EmailCampaignsProvider::listTemplates()
{
    auto *reply = new ProviderReply(this);
    call(reply, json("GET", QStringLiteral("/email/message/"), {}), [](ProviderReply *r, const HttpResponse &response) {
        QList<RemoteTemplate> templates;
        for (const QJsonValue &v : QJsonDocument::fromJson(response.body).array()) {
            const QJsonObject o = v.toObject();
            templates.append(
                    RemoteTemplate {emailcampaigns::idOf(o), o.value(QStringLiteral("description")).toString(),
                                    o.value(QStringLiteral("email_message")).toString(),
                                    emailcampaigns::parseTimestamp(o.value(QStringLiteral("modified_on")).toString())});
        }
        r->finishWith(QVariant::fromValue(templates));
    });
    return reply;
}

ProviderReply *EmailCampaignsProvider::getTemplate(const QString &id)
{
    auto *reply = new ProviderReply(this);
    call(reply, json("GET", QStringLiteral("/email/message/"), {}, id),
         [](ProviderReply *r, const HttpResponse &response) {
             const QJsonObject o = QJsonDocument::fromJson(response.body).object();
             r->finishWith(QVariant::fromValue(RemoteTemplate {
                     emailcampaigns::idOf(o), o.value(QStringLiteral("description")).toString(),
                     o.value(QStringLiteral("email_message")).toString(),
                     emailcampaigns::parseTimestamp(o.value(QStringLiteral("modified_on")).toString())}));
         });
    return reply;
}

ProviderReply *EmailCampaignsProvider::saveTemplate(const RemoteTemplate &tmpl)
{
    auto *reply = new ProviderReply(this);
    const QJsonObject body {{QStringLiteral("description"), tmpl.name}, {QStringLiteral("email_message"), tmpl.html}};
    if (tmpl.id.isEmpty()) {
        call(reply, json("POST", QStringLiteral("/email/message/"), body),
             [tmpl](ProviderReply *r, const HttpResponse &response) {
                 RemoteTemplate saved = tmpl;
                 saved.id = emailcampaigns::idOf(QJsonDocument::fromJson(response.body).object());
                 r->finishWith(QVariant::fromValue(saved));
             });
    } else {
        call(reply, json("PUT", QStringLiteral("/email/message/"), body, tmpl.id),
             [tmpl](ProviderReply *r, const HttpResponse &) { r->finishWith(QVariant::fromValue(tmpl)); });
    }
    return reply;
}

ProviderReply *EmailCampaignsProvider::deleteTemplate(const QString &id)
{
    auto *reply = new ProviderReply(this);
    call(reply, json("DELETE", QStringLiteral("/email/message/"), {}, id),
         [](ProviderReply *r, const HttpResponse &) { r->finishWith(true); });
    return reply;
}

} // namespace cm
