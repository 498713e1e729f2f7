#include "outboxprovider.h"

#include "models/clock.h"
#include "outboxparse.h"
#include "providers/http/flow.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>

#include <limits>

namespace cm {

Q_LOGGING_CATEGORY(lcOutbox, "cm.providers.outbox")

namespace {
const char *const DefaultBaseUrl = "https://outbox.rest";
// Outbox's lists say no total and end with a short page; their length has no cap (the flow still stops a page that
// repeats the one before).
constexpr int NoPageCap = std::numeric_limits<int>::max();

// An HTTP error: Outbox says which in the body, with or without a matching status (§5.3); without a body, the
// transport's own error.
// nullopt where a failed request's body reads as an answer after all (the step then reads it, as it always did).
std::optional<ProviderError> errorOf(const HttpJob *job)
{
    const HttpResponse &response = job->response();
    if (response.body.isEmpty())
        return job->error();
    auto error = outbox::classify(response.status, response.body);
    if (error)
        error->retrySafe = job->error().retrySafe;
    return error;
}

// A 2xx answer can be an error too (§5.3): it fails the reply, and the step stops.
template<typename T> bool refused(const Reply<T> &reply, const HttpResponse &response)
{
    const auto error = outbox::classify(response.status, response.body);
    if (error)
        reply.fail(*error);
    return error.has_value();
}

ProviderError invalid(const QString &message)
{
    return {ProviderError::Kind::Validation, {}, message, false, -1};
}

// What the adapter refuses before any request: the reply fails once the caller had a chance to connect to it.
template<typename T> void failLater(const Reply<T> &reply, const QString &message)
{
    QMetaObject::invokeMethod(
            reply.get(), [reply, error = invalid(message)] { reply.fail(error); }, Qt::QueuedConnection);
}
} // namespace

OutboxProvider::OutboxProvider(const Account &account, const QString &authKey, const ProviderContext &context,
                               QObject *parent)
    : Provider(account, parent)
    , m_network(context.network(this))
    , m_clock(context.clock)
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
    options.pace = context.pace();
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
    info.can.sending.channels = {Channel::Sms, Channel::Email};
    info.can.audience.listGroups = true;
    info.can.audience.createGroups = true;
    info.can.audience.pushContacts = true;
    info.can.audience.pullContacts = true;
    // It takes a time for a send, but cannot cancel it there: this app keeps scheduled sends and sends them then.
    info.can.reporting.recipientStatus = true;
    info.can.reporting.campaignCounters = true;
    info.can.reporting.counters
            = {{Channel::Sms, {CampaignStats::Sent, CampaignStats::Delivered, CampaignStats::Pending}},
               {Channel::Email, {CampaignStats::Sent, CampaignStats::Delivered, CampaignStats::Pending}}};
    info.can.extras.testSend = true;
    // Not bulk personalisation: each recipient has a Content of its own, so the rendered text costs Outbox nothing
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
    return info;
}

Flow *OutboxProvider::flow(ProviderReply *reply) const
{
    return Flow::on(reply, m_http, &errorOf);
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

HttpRequest OutboxProvider::groupsRequest()
{
    // The one GET of the API, its key in a header (§3): the account check and the group list.
    HttpRequest request;
    request.path = QStringLiteral("/groups");
    request.contentType = "application/json";
    request.retrySafe = true;
    return request;
}

Reply<AccountStatus> OutboxProvider::verify()
{
    auto reply = Reply<AccountStatus>::make(this);
    flow(reply)->request(groupsRequest(), [reply](const HttpResponse &response) {
        if (refused(reply, response))
            return;
        AccountStatus status;
        status.ok = true;
        status.detail = tr("The auth key works; the account has %n group(s).", nullptr,
                           int(outbox::parseGroups(response.body).size()));
        reply.finish(status);
    });
    return reply;
}

Reply<QList<RemoteGroup>> OutboxProvider::listGroups()
{
    auto reply = Reply<QList<RemoteGroup>>::make(this);
    flow(reply)->request(groupsRequest(), [reply](const HttpResponse &response) {
        if (!refused(reply, response))
            reply.finish(outbox::parseGroups(response.body));
    });
    return reply;
}

Reply<RemoteGroup> OutboxProvider::createGroup(const QString &name)
{
    auto reply = Reply<RemoteGroup>::make(this);
    // Not idempotent: a retry could create the group twice.
    const HttpRequest request = jsonPost(QStringLiteral("/create/group"), {{QStringLiteral("GroupName"), name}}, false);
    flow(reply)->request(request, [reply, name](const HttpResponse &response) {
        if (refused(reply, response))
            return;
        const auto id = outbox::parseCreatedGroupId(response.body);
        if (!id)
            return reply.fail(
                    {ProviderError::Kind::Permanent, {}, QStringLiteral("no GroupID in the answer"), false, -1});
        reply.finish(RemoteGroup {*id, name, 0});
    });
    return reply;
}

HttpRequest OutboxProvider::addRecipients(const QString &groupId, const QJsonArray &recipients) const
{
    // An upsert by email (INF, §6.5): safe to repeat.
    return jsonPost(QStringLiteral("/add/group/recipient"),
                    {{QStringLiteral("GroupID"), outbox::idValue(groupId)}, {QStringLiteral("Recipients"), recipients}},
                    true);
}

Reply<int> OutboxProvider::pushContacts(const QString &groupId, const QList<Contact> &contacts)
{
    auto reply = Reply<int>::make(this);
    // Outbox requires an email for every contact (§6.5): batches of m_batchSize contacts that have one.
    const auto hasEmail = [](const Contact &c) { return !c.email.isEmpty(); };
    const qsizetype batchCount
            = (std::count_if(contacts.cbegin(), contacts.cend(), hasEmail) + m_batchSize - 1) / m_batchSize;
    auto from = std::make_shared<qsizetype>(0); // the first contact of the next batch
    auto added = std::make_shared<int>(0);
    Flow *batches = flow(reply);
    const auto step = [this, reply, batches, groupId, contacts, hasEmail, from, added](qsizetype) {
        QJsonArray recipients;
        while (*from < contacts.size() && recipients.size() < m_batchSize) {
            const Contact &c = contacts.at((*from)++);
            if (hasEmail(c))
                recipients.append(outbox::recipient(c, m_nationalPrefix));
        }
        const auto pushed = [reply, batches, from, added, total = contacts.size()](const HttpResponse &response) {
            if (refused(reply, response))
                return;
            *added += outbox::parseRowCount(response.body);
            reply->reportProgress(*from, total);
            batches->advance();
        };
        batches->request(addRecipients(groupId, recipients), pushed);
    };
    batches->forEach(batchCount, step, [reply, added] { reply.finish(*added); });
    return reply;
}

Reply<QList<Contact>> OutboxProvider::pullContacts(const QString &groupId)
{
    auto reply = Reply<QList<Contact>>::make(this);
    auto contacts = std::make_shared<QList<Contact>>();
    const auto page = [this, groupId](int n) {
        return jsonPost(QStringLiteral("/group/recipients"),
                        {{QStringLiteral("GroupID"), outbox::idValue(groupId)},
                         {QStringLiteral("Count"), m_pageSize},
                         {QStringLiteral("Page"), n}},
                        true);
    };
    const auto take = [this, reply, contacts](const HttpResponse &response) {
        if (refused(reply, response))
            return false;
        *contacts += outbox::parseGroupRecipients(response.body, m_nationalPrefix);
        reply->reportProgress(contacts->size(), 0);
        // No total is returned: a short page is the last one.
        return outbox::parseRowCount(response.body) >= m_pageSize;
    };
    flow(reply)->pages(
            page, take, [reply, contacts] { reply.finish(*contacts); }, NoPageCap);
    return reply;
}

Reply<SendResult> OutboxProvider::send(const SendRequest &request)
{
    auto reply = Reply<SendResult>::make(this);
    if (request.messages.isEmpty() || request.messages.size() > providerInfo().maxBatchSize) {
        failLater(reply, QStringLiteral("A send takes 1 to 100 recipients, not %1").arg(request.messages.size()));
        return reply;
    }
    if (!providerInfo().supports(request.channel)) {
        failLater(reply, QStringLiteral("Outbox sends SMS and email only"));
        return reply;
    }
    QString when; // now
    if (request.scheduledAt.isValid() && request.scheduledAt > m_clock->now())
        when = request.scheduledAt.toTimeZone(m_zone).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    const QJsonObject body = outbox::sendBody(request, request.sender.isEmpty() ? m_sender : request.sender, when);
    // Never repeated: Outbox has no idempotency key, so a lost answer leaves the messages unknown (§5.3.6).
    const HttpRequest post = jsonPost(QStringLiteral("/send/message"), body, false);
    flow(reply)->request(post, [reply, messages = request.messages](const HttpResponse &response) {
        if (const auto error = outbox::classifySend(response.status, response.body))
            return reply.fail(*error);
        const QHash<QString, QString> ids = outbox::parseTrackingIds(response.body);
        SendResult result;
        for (const OutgoingMessage &m : messages) {
            MessageOutcome o;
            o.clientKey = m.clientKey;
            o.providerId = ids.value(outbox::normaliseRecipient(m.address));
            o.accepted = !o.providerId.isEmpty();
            // Outbox does not say why a recipient is missing from its answer (§6.1): it may have been sent.
            o.unknown = !o.accepted;
            if (!o.accepted)
                o.error = tr("Outbox's answer does not list this recipient, so it may have been sent or not. Check "
                             "at Outbox before sending to it again.");
            result.outcomes.append(o);
        }
        reply.finish(result);
    });
    return reply;
}

Reply<CampaignStats> OutboxProvider::campaignStats(const QString &messageId)
{
    auto reply = Reply<CampaignStats>::make(this);
    const HttpRequest request = jsonPost(
            QStringLiteral("/info/message"),
            {{QStringLiteral("MessageID"), outbox::idValue(messageId)}, {QStringLiteral("Details"), false}}, true);
    flow(reply)->request(request, [this, reply, messageId](const HttpResponse &response) {
        if (refused(reply, response))
            return;
        CampaignStats stats = outbox::parseMessageInfo(response.body, messageId);
        stats.takenAt = m_clock->now();
        reply.finish(stats);
    });
    return reply;
}

Reply<bool> OutboxProvider::changeContact(const QString &address, ContactChange change)
{
    auto reply = Reply<bool>::make(this);
    if (!address.contains(QLatin1Char('@'))) {
        failLater(reply, QStringLiteral("Outbox changes a contact by its email address"));
        return reply;
    }
    static const char *const types[] = {"BLOCK", "UNBLOCK", "SUBSCRIBE", "UNSUBSCRIBE"};
    const HttpRequest request = jsonPost(
            QStringLiteral("/recipient/update/status"),
            {{QStringLiteral("EMail"), address}, {QStringLiteral("Type"), QLatin1String(types[int(change)])}}, true);
    flow(reply)->request(request, [reply](const HttpResponse &response) {
        if (!refused(reply, response))
            reply.finish(true);
    });
    return reply;
}

Reply<QList<DeliveryEvent>> OutboxProvider::fetchEvents(const QStringList &providerIds)
{
    auto reply = Reply<QList<DeliveryEvent>>::make(this);
    struct Statuses
    {
        QStringList ids;
        QList<DeliveryEvent> events;
    };
    auto statuses = std::make_shared<Statuses>(Statuses {providerIds, {}});
    Flow *calls = flow(reply);
    // One TrackingID per call (§6.2), paced by the client's rate limit.
    const auto step = [this, reply, calls, statuses](qsizetype index) {
        const QString id = statuses->ids.at(index);
        const HttpRequest request = jsonPost(
                QStringLiteral("/get/status"),
                {{QStringLiteral("TrackingID"), id}, {QStringLiteral("Language"), QStringLiteral("EN")}}, true);
        calls->request(request, [this, reply, calls, statuses, index, id](const HttpResponse &response) {
            if (refused(reply, response))
                return;
            const auto status = outbox::parseStatus(response.body);
            // Only code 0 ("Success") is documented: anything else leaves the message as it was, logged.
            if (status && status->code == 0)
                statuses->events.append({id, EventType::Delivered, m_clock->now(), status->text});
            else if (status)
                qCInfo(lcOutbox) << "status code" << status->code << status->text << "left as accepted";
            reply->reportProgress(index + 1, statuses->ids.size());
            calls->advance();
        });
    };
    calls->forEach(providerIds.size(), step, [reply, statuses] { reply.finish(statuses->events); });
    return reply;
}

} // namespace cm
