#include "outboxprovider.h"

#include "models/clock.h"
#include "outboxparse.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QNetworkAccessManager>

namespace cm {

Q_LOGGING_CATEGORY(lcOutbox, "cm.providers.outbox")

namespace {
const char *const DefaultBaseUrl = "https://outbox.rest";
}

OutboxProvider::OutboxProvider(const Account &account, const QString &authKey, const Clock *clock, QObject *parent)
    : Provider(account, parent)
    , m_network(new QNetworkAccessManager(this))
    , m_clock(clock)
    , m_zone(account.settings.value(QStringLiteral("time_zone")).toString(QStringLiteral("Europe/Istanbul")).toLatin1())
    , m_nationalPrefix(account.settings.value(QStringLiteral("national_prefix")).toString(QStringLiteral("+90")))
    , m_batchSize(qBound(1, account.settings.value(QStringLiteral("batch_size")).toInt(100), 500))
    , m_pageSize(qBound(1, account.settings.value(QStringLiteral("page_size")).toInt(500), 500))
    , m_sender(account.settings.value(QStringLiteral("sender")).toString())
{
    HttpClient::Options options;
    options.baseUrl = account.baseUrl.isEmpty() ? QLatin1String(DefaultBaseUrl) : account.baseUrl;
    if (options.baseUrl.endsWith(QLatin1Char('/')))
        options.baseUrl.chop(1);
    options.requestsPerSecond = account.settings.value(QStringLiteral("requests_per_second")).toDouble(5);
    options.timeoutMs = account.settings.value(QStringLiteral("timeout_ms")).toInt(30000);
    // The key travels in the JSON body (and as a header for GET /groups): added here, and nowhere else.
    const QByteArray key = authKey.toUtf8();
    m_http = new HttpClient(
            m_network, options,
            [key](QNetworkRequest &request, QByteArray &body) {
                if (body.isEmpty()) {
                    request.setRawHeader("AuthKey", key);
                    return;
                }
                QJsonObject object = QJsonDocument::fromJson(body).object();
                object.insert(QStringLiteral("AuthKey"), QString::fromUtf8(key));
                body = QJsonDocument(object).toJson(QJsonDocument::Compact);
            },
            this);
}

ProviderInfo OutboxProvider::providerInfo()
{
    ProviderInfo info;
    info.key = QStringLiteral("outbox");
    info.displayName = QStringLiteral("Outbox");
    info.description = tr("Outbox (outbox.rest), Türkiye: SMS, MMS and email with per-recipient status. No balance "
                          "and no cancel of scheduled API sends.");
    info.capabilities = Capability::SendSms | Capability::SendEmail | Capability::SendMms | Capability::GroupSync
            | Capability::GroupCreate | Capability::ContactPush | Capability::ContactPull | Capability::NativeScheduling
            | Capability::RecipientStatus | Capability::TestSend | Capability::CampaignStats;
    // Not BulkPersonalisation: each recipient has a Content of its own, so the rendered text costs Outbox nothing
    // more than /*vN*/ and Variables would (which the adapter still sends when a message carries them, §7.1), and
    // the dispatcher is spared loading every batch's contacts again (bench_dispatch: 150 MB peak instead of 188 MB
    // for 100,000 recipients with it).
    info.credentials = {
            {CredentialField::BaseUrl, tr("Base URL"),
             tr("Leave empty for https://outbox.rest. Change it only for a test server."), false},
            {CredentialField::Secret, tr("Auth key"),
             tr("The API token from the Outbox panel (Settings → API), such as xxxxx-xxxxx-xxxxx-…"), true},
    };
    info.defaultBaseUrl = QLatin1String(DefaultBaseUrl);
    info.maxBatchSize = 100;
    info.smsCounters = {CampaignStats::Sent, CampaignStats::Delivered, CampaignStats::Pending};
    info.emailCounters = info.smsCounters;
    return info;
}

HttpRequest OutboxProvider::jsonPost(const QString &path, QJsonObject body, bool retrySafe) const
{
    HttpRequest r;
    r.method = "POST";
    r.path = path;
    r.contentType = "application/json";
    r.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    r.retrySafe = retrySafe;
    return r;
}

void OutboxProvider::call(ProviderReply *reply, const HttpRequest &request, Handler handler)
{
    HttpJob *job = m_http->send(request);
    connect(reply, &ProviderReply::aborting, job, &HttpJob::abort);
    connect(job, &HttpJob::finished, reply, [reply, job, handler] {
        const HttpResponse &response = job->response();
        if (job->hasError() && response.body.isEmpty()) {
            reply->failWith(job->error());
            return;
        }
        // Outbox puts errors in the body, with or without a matching HTTP status (§5.3).
        if (auto error = outbox::classify(response.status, response.body)) {
            if (job->hasError())
                error->retrySafe = job->error().retrySafe;
            reply->failWith(*error);
            return;
        }
        handler(reply, response);
    });
}

HttpRequest OutboxProvider::groupsRequest()
{
    // The one GET of the API, its key in a header (§3): the account check and the group list.
    HttpRequest request;
    request.path = QStringLiteral("/groups");
    request.contentType = "application/json";
    request.retrySafe = true;
    return request;
}

ProviderReply *OutboxProvider::verify()
{
    auto *reply = new ProviderReply(this);
    call(reply, groupsRequest(), [](ProviderReply *r, const HttpResponse &response) {
        AccountStatus status;
        status.ok = true;
        status.detail = tr("The auth key works; the account has %n group(s).", nullptr,
                           int(outbox::parseGroups(response.body).size()));
        r->finishWith(QVariant::fromValue(status));
    });
    return reply;
}

ProviderReply *OutboxProvider::listGroups()
{
    auto *reply = new ProviderReply(this);
    call(reply, groupsRequest(), [](ProviderReply *r, const HttpResponse &response) {
        r->finishWith(QVariant::fromValue(outbox::parseGroups(response.body)));
    });
    return reply;
}

ProviderReply *OutboxProvider::createGroup(const QString &name)
{
    auto *reply = new ProviderReply(this);
    // Not idempotent: a retry could create the group twice.
    call(reply, jsonPost(QStringLiteral("/create/group"), {{QStringLiteral("GroupName"), name}}, false),
         [name](ProviderReply *r, const HttpResponse &response) {
             const auto id = outbox::parseCreatedGroupId(response.body);
             if (!id) {
                 r->failWith(
                         {ProviderError::Kind::Permanent, {}, QStringLiteral("no GroupID in the answer"), false, -1});
                 return;
             }
             r->finishWith(QVariant::fromValue(RemoteGroup {*id, name, 0}));
         });
    return reply;
}

ProviderReply *OutboxProvider::pushContacts(const QString &groupId, const QList<Contact> &contacts)
{
    auto *reply = new ProviderReply(this);
    pushBatch(reply, groupId, contacts, 0, 0);
    return reply;
}

void OutboxProvider::pushBatch(ProviderReply *reply, QString groupId, QList<Contact> contacts, qsizetype from,
                               int added)
{
    QJsonArray recipients;
    qsizetype next = from;
    while (next < contacts.size() && recipients.size() < m_batchSize) {
        const Contact &c = contacts.at(next++);
        if (c.email.isEmpty())
            continue; // Outbox requires an email for every contact (§6.5)
        QJsonObject r {{QStringLiteral("EMail"), c.email},
                       {QStringLiteral("FirstName"), c.firstName},
                       {QStringLiteral("LastName"), c.lastName},
                       {QStringLiteral("City"), c.city}};
        if (!c.phone.isEmpty())
            r.insert(QStringLiteral("GSMTel1"), outbox::gsmTel(c.phone, m_nationalPrefix));
        // Consent goes only where we know it; we never claim it.
        if (c.fields.contains(QStringLiteral("consent_email")) || c.fields.contains(QStringLiteral("consent_sms")))
            r.insert(QStringLiteral("Permit"),
                     QJsonObject {{QStringLiteral("Email"), c.fields.value(QStringLiteral("consent_email")).toBool()},
                                  {QStringLiteral("GSM"), c.fields.value(QStringLiteral("consent_sms")).toBool()},
                                  {QStringLiteral("Push"), false}});
        recipients.append(r);
    }
    if (recipients.isEmpty()) {
        reply->finishWith(added);
        return;
    }
    const QJsonObject body {{QStringLiteral("GroupID"), outbox::idValue(groupId)},
                            {QStringLiteral("Recipients"), recipients}};
    // An upsert by email (INF, §6.5): safe to repeat.
    call(reply, jsonPost(QStringLiteral("/add/group/recipient"), body, true),
         [this, groupId, contacts, next, added](ProviderReply *r, const HttpResponse &response) {
             const int total = added + outbox::parseRowCount(response.body);
             r->reportProgress(next, contacts.size());
             pushBatch(r, groupId, contacts, next, total);
         });
}

ProviderReply *OutboxProvider::pullContacts(const QString &groupId)
{
    auto *reply = new ProviderReply(this);
    pullPage(reply, groupId, 1, {});
    return reply;
}

void OutboxProvider::pullPage(ProviderReply *reply, QString groupId, int page, QList<Contact> gathered)
{
    const QJsonObject body {{QStringLiteral("GroupID"), outbox::idValue(groupId)},
                            {QStringLiteral("Count"), m_pageSize},
                            {QStringLiteral("Page"), page}};
    call(reply, jsonPost(QStringLiteral("/group/recipients"), body, true),
         [this, groupId, page, gathered](ProviderReply *r, const HttpResponse &response) {
             const QList<Contact> rows = outbox::parseGroupRecipients(response.body, m_nationalPrefix);
             QList<Contact> all = gathered + rows;
             r->reportProgress(all.size(), 0);
             // No total is returned: a short page is the last one.
             if (outbox::parseRowCount(response.body) < m_pageSize)
                 r->finishWith(QVariant::fromValue(all));
             else
                 pullPage(r, groupId, page + 1, all);
         });
}

ProviderReply *OutboxProvider::send(const SendRequest &request)
{
    auto *reply = new ProviderReply(this);
    if (request.messages.isEmpty() || request.messages.size() > providerInfo().maxBatchSize) {
        QMetaObject::invokeMethod(
                reply,
                [reply, n = request.messages.size()] {
                    reply->failWith({ProviderError::Kind::Validation,
                                     {},
                                     QStringLiteral("A send takes 1 to 100 recipients, not %1").arg(n),
                                     false,
                                     -1});
                },
                Qt::QueuedConnection);
        return reply;
    }
    QJsonArray recipients;
    bool media = false;
    const QString sender = request.sender.isEmpty() ? m_sender : request.sender;
    for (const OutgoingMessage &m : request.messages) {
        QJsonObject r {{QStringLiteral("Recipient"), m.address},
                       {QStringLiteral("Content"), m.body},
                       {QStringLiteral("Reference"), m.clientKey}};
        if (request.channel == Channel::Email)
            r.insert(QStringLiteral("Subject"), m.subject);
        if (!m.variables.isEmpty()) // personalised by Outbox: /*KEY*/ in Content (§7.1)
            r.insert(QStringLiteral("Variables"), QJsonObject::fromVariantMap(m.variables));
        if (!m.attachment.isEmpty()) {
            r.insert(QStringLiteral("Attachment"), m.attachment);
            media = true;
        }
        if (!sender.isEmpty()) // sent only when configured (§7.2)
            r.insert(QStringLiteral("SenderName"), sender);
        recipients.append(r);
    }
    // An SMS with a file is an MMS.
    const QString type = request.channel == Channel::Email ? QStringLiteral("EMAIL")
                                                           : (media ? QStringLiteral("MMS") : QStringLiteral("SMS"));
    QJsonObject body {
            {QStringLiteral("MessageType"), type},
            {QStringLiteral("Recipients"), recipients},
            {QStringLiteral("Priority"), request.test ? QStringLiteral("SIMULATION") : QStringLiteral("NORMAL")},
            {QStringLiteral("SendAlways"), 0},
            {QStringLiteral("Unique"), QStringLiteral("ON")}};
    if (request.scheduledAt.isValid() && request.scheduledAt > m_clock->now())
        body.insert(QStringLiteral("When"),
                    request.scheduledAt.toTimeZone(m_zone).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
    // Never repeated: Outbox has no idempotency key, so a lost answer leaves the messages unknown (§5.3.6).
    call(reply, jsonPost(QStringLiteral("/send/message"), body, false),
         [request](ProviderReply *r, const HttpResponse &response) {
             const QHash<QString, QString> ids = outbox::parseTrackingIds(response.body);
             SendResult result;
             for (const OutgoingMessage &m : request.messages) {
                 MessageOutcome o;
                 o.clientKey = m.clientKey;
                 o.providerId = ids.value(outbox::normaliseRecipient(m.address));
                 o.accepted = !o.providerId.isEmpty();
                 if (!o.accepted)
                     o.error = QStringLiteral("Not accepted by Outbox");
                 result.outcomes.append(o);
             }
             r->finishWith(QVariant::fromValue(result));
         });
    return reply;
}

ProviderReply *OutboxProvider::campaignStats(const QString &messageId)
{
    auto *reply = new ProviderReply(this);
    call(reply,
         jsonPost(QStringLiteral("/info/message"),
                  {{QStringLiteral("MessageID"), outbox::idValue(messageId)}, {QStringLiteral("Details"), false}},
                  true),
         [this, messageId](ProviderReply *r, const HttpResponse &response) {
             CampaignStats stats = outbox::parseMessageInfo(response.body, messageId);
             stats.takenAt = m_clock->now();
             r->finishWith(QVariant::fromValue(stats));
         });
    return reply;
}

ProviderReply *OutboxProvider::groupDetails(const QString &groupId)
{
    auto *reply = new ProviderReply(this);
    call(reply, jsonPost(QStringLiteral("/info/group"), {{QStringLiteral("GroupID"), outbox::idValue(groupId)}}, true),
         [groupId](ProviderReply *r, const HttpResponse &response) {
             // The info row has GroupID, GroupName and noofcontacts: parse it as a one-row group list.
             QByteArray renamed = response.body;
             renamed.replace("\"noofcontacts\"", "\"TotalContacts\"");
             const QList<RemoteGroup> groups = outbox::parseGroups(renamed);
             if (groups.isEmpty())
                 return r->failWith({ProviderError::Kind::Validation, QStringLiteral("404"),
                                     QStringLiteral("No group %1").arg(groupId), false, -1});
             r->finishWith(QVariant::fromValue(groups.first()));
         });
    return reply;
}

ProviderReply *OutboxProvider::getContact(const QString &groupId, const QString &contactId)
{
    auto *reply = new ProviderReply(this);
    call(reply,
         jsonPost(QStringLiteral("/get/recipient"),
                  {{QStringLiteral("ContactID"), contactId.toLongLong()},
                   {QStringLiteral("GroupID"), groupId.toLongLong()}},
                  true),
         [this, contactId](ProviderReply *r, const HttpResponse &response) {
             const auto contact = outbox::parseRecipient(response.body, m_nationalPrefix);
             if (!contact)
                 return r->failWith({ProviderError::Kind::Validation, QStringLiteral("404"),
                                     QStringLiteral("No contact %1").arg(contactId), false, -1});
             r->finishWith(QVariant::fromValue(*contact));
         });
    return reply;
}

ProviderReply *OutboxProvider::updateContact(const QString &groupId, const Contact &contact)
{
    // Outbox has no update: adding again updates by email (§6.5, §8.1).
    auto *reply = new ProviderReply(this);
    ProviderReply *push = pushContacts(groupId, {contact});
    connect(reply, &ProviderReply::aborting, push, &ProviderReply::abort);
    connect(push, &ProviderReply::finished, reply, [reply, push, contact] {
        if (push->hasError())
            return reply->failWith(push->error());
        if (push->result().toInt() != 1)
            return reply->failWith({ProviderError::Kind::Validation,
                                    {},
                                    QStringLiteral("Outbox needs an email address to update a contact"),
                                    false,
                                    -1});
        reply->finishWith(QVariant::fromValue(contact));
    });
    return reply;
}

ProviderReply *OutboxProvider::changeContact(const QString &address, ContactChange change)
{
    auto *reply = new ProviderReply(this);
    if (!address.contains(QLatin1Char('@'))) {
        QMetaObject::invokeMethod(
                reply,
                [reply] {
                    reply->failWith({ProviderError::Kind::Validation,
                                     {},
                                     QStringLiteral("Outbox changes a contact by its email address"),
                                     false,
                                     -1});
                },
                Qt::QueuedConnection);
        return reply;
    }
    static const char *const types[] = {"BLOCK", "UNBLOCK", "SUBSCRIBE", "UNSUBSCRIBE"};
    call(reply,
         jsonPost(QStringLiteral("/recipient/update/status"),
                  {{QStringLiteral("EMail"), address}, {QStringLiteral("Type"), QLatin1String(types[int(change)])}},
                  true),
         [](ProviderReply *r, const HttpResponse &) { r->finishWith(true); });
    return reply;
}

ProviderReply *OutboxProvider::fetchEvents(const QStringList &providerIds)
{
    auto *reply = new ProviderReply(this);
    statusOf(reply, providerIds, 0, {});
    return reply;
}

void OutboxProvider::statusOf(ProviderReply *reply, QStringList ids, qsizetype next, QList<DeliveryEvent> events)
{
    if (next >= ids.size()) {
        reply->finishWith(QVariant::fromValue(events));
        return;
    }
    // One TrackingID per call (§6.2), paced by the client's rate limit.
    const QString id = ids.at(next);
    call(reply,
         jsonPost(QStringLiteral("/get/status"),
                  {{QStringLiteral("TrackingID"), id}, {QStringLiteral("Language"), QStringLiteral("EN")}}, true),
         [this, ids, next, events, id](ProviderReply *r, const HttpResponse &response) {
             QList<DeliveryEvent> all = events;
             const auto status = outbox::parseStatus(response.body);
             // Only code 0 ("Success") is documented: anything else leaves the message as it was, logged.
             if (status && status->code == 0)
                 all.append({id, EventType::Delivered, m_clock->now(), status->text});
             else if (status)
                 qCInfo(lcOutbox) << "status code" << status->code << status->text << "left as accepted";
             r->reportProgress(next + 1, ids.size());
             statusOf(r, ids, next + 1, all);
         });
}

} // namespace cm
