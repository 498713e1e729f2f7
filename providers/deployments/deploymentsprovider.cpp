#include "deploymentsprovider.h"

#include "deploymentsparse.h"
#include "models/clock.h"

#include <QJsonDocument>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QUrlQuery>

namespace cm {

Q_LOGGING_CATEGORY(lcDeployments, "cm.providers.deployments")

DeploymentsProvider::DeploymentsProvider(const Account &account, const QString &secret, const Clock *clock,
                                         QObject *parent)
    : Provider(account, parent)
    , m_network(new QNetworkAccessManager(this))
    , m_clock(clock)
    , m_baseUrl(account.baseUrl.endsWith(QLatin1Char('/')) ? account.baseUrl.chopped(1) : account.baseUrl)
    , m_prefix(account.settings.value(QStringLiteral("path_prefix")).toString(QStringLiteral("/api")))
    , m_paths(account.settings.value(QStringLiteral("paths")).toObject())
    , m_zone(account.settings.value(QStringLiteral("time_zone"))
                     .toString(QStringLiteral("Africa/Johannesburg"))
                     .toLatin1())
    , m_phoneKey(account.settings.value(QStringLiteral("phone_key")).toString(QStringLiteral("msisdn")))
    , m_pageSize(qBound(1, account.settings.value(QStringLiteral("page_size")).toInt(100), 1000))
    , m_bulkSize(qBound(1, account.settings.value(QStringLiteral("bulk_size")).toInt(500), 5000))
    , m_campaignPk(account.settings.value(QStringLiteral("campaign_pk")))
{
    HttpClient::Options options;
    options.baseUrl = m_baseUrl;
    options.timeoutMs = account.settings.value(QStringLiteral("timeout_ms")).toInt(30000);
    options.requestsPerSecond = account.settings.value(QStringLiteral("requests_per_second")).toDouble(5);
    const QString scheme = account.settings.value(QStringLiteral("auth_scheme")).toString(QStringLiteral("header"));
    const QByteArray header = account.settings.value(QStringLiteral("auth_header"))
                                      .toString(QStringLiteral("Authorization"))
                                      .toLatin1();
    const QString prefix = account.settings.value(QStringLiteral("auth_prefix")).toString(QStringLiteral("Token"));
    const QString queryParam
            = account.settings.value(QStringLiteral("auth_query_param")).toString(QStringLiteral("token"));
    const QString user = account.user;
    // Credentials in one place, by the account's scheme.
    m_http = new HttpClient(
            m_network, options,
            [scheme, header, prefix, queryParam, user, secret](QNetworkRequest &request, QByteArray &) {
                if (scheme == QLatin1String("basic")) {
                    request.setRawHeader("Authorization",
                                         "Basic " + (user + QLatin1Char(':') + secret).toUtf8().toBase64());
                } else if (scheme == QLatin1String("query")) {
                    QUrl url = request.url();
                    QUrlQuery query(url);
                    query.addQueryItem(queryParam, secret);
                    url.setQuery(query);
                    request.setUrl(url);
                } else {
                    request.setRawHeader(header,
                                         (prefix.isEmpty() ? secret : prefix + QLatin1Char(' ') + secret).toUtf8());
                }
            },
            this);
}

ProviderInfo DeploymentsProvider::providerInfo()
{
    ProviderInfo info;
    info.key = QStringLiteral("deployments");
    info.displayName = tr("Deployments SMS");
    info.description = tr("An SMS platform with contact lists, deployments, statistics by hour, day, month and year, "
                          "and opt-outs. Its documentation gives no addresses: check the paths in the account "
                          "settings. No per-message status and no balance.");
    info.capabilities = Capability::SendSms | Capability::GroupSync | Capability::GroupCreate | Capability::ContactPush
            | Capability::ContactPull | Capability::TimeSeries | Capability::OptOutList | Capability::CampaignStats;
    info.credentials = {
            {CredentialField::BaseUrl, tr("Base URL"),
             tr("The address of the platform, such as https://sms.example.com "
                "(required: the provider documents none)."),
             true},
            {CredentialField::User, tr("User"), tr("Only for basic authentication; leave empty for a token."), false},
            {CredentialField::Secret, tr("API token"), tr("The token the platform issued for your company."), true},
    };
    info.maxBatchSize = 500;
    info.smsCounters = {CampaignStats::Sent, CampaignStats::Failed, CampaignStats::Unsubscribed};
    info.reportHint = tr("The platform counts sends in the statistics of the deployment linked to their campaign: put "
                         "that campaign's number in the account's advanced settings, as {\"campaign_pk\": 12}, "
                         "before sending.");
    return info;
}

QString DeploymentsProvider::defaultPath(const QString &key)
{
    static const QHash<QString, QString> paths = {
            {QStringLiteral("contact_lists.list"), QStringLiteral("/contact-lists/")},
            {QStringLiteral("contact_lists.contacts"), QStringLiteral("/contact-lists/{list_id}/contacts/")},
            {QStringLiteral("contact_lists.import"), QStringLiteral("/contact-lists/import/")},
            {QStringLiteral("contacts.detail"), QStringLiteral("/contact-lists/{list_id}/contacts/{contact_id}/")},
            {QStringLiteral("deployments.list"), QStringLiteral("/deployments/")},
            {QStringLiteral("stats"), QStringLiteral("/deployments/{deployment_id}/stats/{period}/")},
            {QStringLiteral("sms.send"), QStringLiteral("/sms/send/")},
            {QStringLiteral("sms.send_bulk"), QStringLiteral("/sms/send/bulk/")},
            {QStringLiteral("optouts.list"), QStringLiteral("/optouts/")},
            {QStringLiteral("optouts.overwrite"), QStringLiteral("/optouts/{optout_id}/overwrite/")},
    };
    return paths.value(key);
}

QString DeploymentsProvider::path(const QString &key, const QHash<QString, QString> &values) const
{
    QString p = m_prefix + m_paths.value(key).toString(defaultPath(key));
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        p.replace(QLatin1Char('{') + it.key() + QLatin1Char('}'),
                  QString::fromLatin1(QUrl::toPercentEncoding(it.value())));
    return p;
}

HttpRequest DeploymentsProvider::json(const QByteArray &method, const QString &path, const QJsonValue &body,
                                      bool retrySafe) const
{
    HttpRequest r;
    r.method = method;
    r.path = path;
    r.headers = {{"Accept", "application/json"}};
    if (!body.isUndefined()) {
        r.contentType = "application/json; charset=utf-8";
        r.body = body.isArray() ? QJsonDocument(body.toArray()).toJson(QJsonDocument::Compact)
                                : QJsonDocument(body.toObject()).toJson(QJsonDocument::Compact);
    }
    r.retrySafe = retrySafe;
    return r;
}

void DeploymentsProvider::call(ProviderReply *reply, const HttpRequest &request, Handler handler)
{
    HttpJob *job = m_http->send(request);
    connect(reply, &ProviderReply::aborting, job, &HttpJob::abort);
    connect(job, &HttpJob::finished, reply, [reply, job, handler, request] {
        if (job->hasError()) {
            ProviderError error = job->error();
            // DRF says what is wrong in "detail" or per field: use its words rather than the raw body.
            const QString text = deployments::errorText(job->response().body);
            if (!text.isEmpty())
                error.message = text;
            if (error.code == QLatin1String("405") || error.code == QLatin1String("404"))
                error.message += QStringLiteral(" [%1 %2]").arg(QString::fromLatin1(request.method), request.path);
            reply->failWith(error);
            return;
        }
        handler(reply, job->response());
    });
}

void DeploymentsProvider::getAll(ProviderReply *reply, const QString &firstPath, PageHandler handler,
                                 QJsonArray gathered)
{
    call(reply, json("GET", firstPath, QJsonValue::Undefined, true),
         [this, handler, gathered](ProviderReply *r, const HttpResponse &response) {
             QUrl next;
             QJsonArray all = gathered;
             for (const QJsonValue &v : deployments::pageResults(response.body, &next))
                 all.append(v);
             r->reportProgress(all.size(), 0);
             if (next.isEmpty())
                 return handler(r, all);
             // "next" is absolute; follow it only to the host we were given.
             const QString nextText = next.toString();
             if (!nextText.startsWith(m_baseUrl + QLatin1Char('/')))
                 return r->failWith({ProviderError::Kind::Permanent, QStringLiteral("next"),
                                     QStringLiteral("the next page points to another host: %1").arg(next.host()), false,
                                     -1});
             getAll(r, nextText.mid(m_baseUrl.size()), handler, all);
         });
}

ProviderReply *DeploymentsProvider::verify()
{
    auto *reply = new ProviderReply(this);
    call(reply,
         json("GET", path(QStringLiteral("contact_lists.list")) + QStringLiteral("?page=1"), QJsonValue::Undefined,
              true),
         [](ProviderReply *r, const HttpResponse &response) {
             QUrl next;
             AccountStatus status;
             status.ok = true;
             status.detail = tr("The token works; the first page has %n contact list(s).", nullptr,
                                int(deployments::pageResults(response.body, &next).size()));
             r->finishWith(QVariant::fromValue(status));
         });
    connect(reply, &ProviderReply::finished, this, [reply] {
        if (reply->hasError() && reply->error().code == QLatin1String("404"))
            qCInfo(lcDeployments) << "verify: 404, the base URL or path prefix is probably wrong";
    });
    return reply;
}

ProviderReply *DeploymentsProvider::listGroups()
{
    auto *reply = new ProviderReply(this);
    getAll(reply, path(QStringLiteral("contact_lists.list")) + QStringLiteral("?page_size=%1").arg(m_pageSize),
           [](ProviderReply *r, const QJsonArray &items) {
               QList<RemoteGroup> groups;
               for (const QJsonValue &v : items)
                   groups.append(deployments::contactList(v.toObject()));
               r->finishWith(QVariant::fromValue(groups));
           });
    return reply;
}

ProviderReply *DeploymentsProvider::createGroup(const QString &name)
{
    auto *reply = new ProviderReply(this);
    call(reply,
         json("POST", path(QStringLiteral("contact_lists.list")), QJsonObject {{QStringLiteral("title"), name}}, false),
         [](ProviderReply *r, const HttpResponse &response) {
             r->finishWith(
                     QVariant::fromValue(deployments::contactList(QJsonDocument::fromJson(response.body).object())));
         });
    return reply;
}

ProviderReply *DeploymentsProvider::pushContacts(const QString &groupId, const QList<Contact> &contacts)
{
    auto *reply = new ProviderReply(this);
    pushBatch(reply, groupId, contacts, 0, 0);
    return reply;
}

void DeploymentsProvider::pushBatch(ProviderReply *reply, QString listId, QList<Contact> contacts, qsizetype from,
                                    int added)
{
    QJsonArray batch;
    qsizetype next = from;
    while (next < contacts.size() && batch.size() < m_bulkSize) {
        const Contact &c = contacts.at(next++);
        const QString msisdn = deployments::destination(c.phone);
        if (msisdn.isEmpty())
            continue; // an SMS platform: a contact without a valid number cannot go there
        QJsonObject item {{m_phoneKey, msisdn},
                          {QStringLiteral("first_name"), c.firstName},
                          {QStringLiteral("last_name"), c.lastName}};
        if (!c.email.isEmpty())
            item.insert(QStringLiteral("email"), c.email);
        batch.append(item);
    }
    if (batch.isEmpty())
        return reply->finishWith(added);
    call(reply,
         json("POST", path(QStringLiteral("contact_lists.contacts"), {{QStringLiteral("list_id"), listId}}), batch,
              false),
         [this, listId, contacts, next, added, count = int(batch.size())](ProviderReply *r, const HttpResponse &) {
             r->reportProgress(next, contacts.size());
             pushBatch(r, listId, contacts, next, added + count);
         });
}

ProviderReply *DeploymentsProvider::pullContacts(const QString &groupId)
{
    auto *reply = new ProviderReply(this);
    getAll(reply,
           path(QStringLiteral("contact_lists.contacts"), {{QStringLiteral("list_id"), groupId}})
                   + QStringLiteral("?page_size=%1").arg(m_pageSize),
           [this](ProviderReply *r, const QJsonArray &items) {
               QList<Contact> contacts;
               for (const QJsonValue &v : items)
                   contacts.append(deployments::contact(v.toObject(), m_phoneKey));
               r->finishWith(QVariant::fromValue(contacts));
           });
    return reply;
}

ProviderReply *DeploymentsProvider::send(const SendRequest &request)
{
    auto *reply = new ProviderReply(this);
    QString problem;
    if (request.channel != Channel::Sms)
        problem = QStringLiteral("Only SMS can be sent through this platform");
    else if (request.messages.isEmpty())
        problem = QStringLiteral("No recipients in the request");
    else if (request.scheduledAt.isValid() && request.scheduledAt > m_clock->now())
        problem = QStringLiteral("This platform has no scheduling on sends; the app's scheduler sends when due");
    if (!problem.isEmpty()) {
        QMetaObject::invokeMethod(
                reply,
                [reply, problem] {
                    reply->failWith({ProviderError::Kind::Validation, {}, problem, false, -1});
                },
                Qt::QueuedConnection);
        return reply;
    }
    sendBatch(reply, request.messages, 0, {});
    return reply;
}

void DeploymentsProvider::sendBatch(ProviderReply *reply, QList<OutgoingMessage> messages, qsizetype from,
                                    SendResult result)
{
    QJsonArray items;
    QList<OutgoingMessage> inBatch;
    qsizetype next = from;
    while (next < messages.size() && items.size() < m_bulkSize) {
        const OutgoingMessage &m = messages.at(next++);
        const QString destination = deployments::destination(m.address);
        if (destination.isEmpty()) {
            result.outcomes.append({m.clientKey, {}, false, QStringLiteral("Not an international number")});
            continue;
        }
        QJsonObject item {{QStringLiteral("destination"), destination}, {QStringLiteral("message"), m.body}};
        if (!m_campaignPk.isUndefined() && !m_campaignPk.isNull())
            item.insert(QStringLiteral("campaign_pk"), m_campaignPk);
        items.append(item);
        inBatch.append(m);
    }
    if (items.isEmpty())
        return finishSend(reply, result);
    // One message: the single send; more: the bulk array. Never repeated: no idempotency key, no returned id.
    const bool single = messages.size() == 1;
    const HttpRequest request = single ? json("POST", path(QStringLiteral("sms.send")), items.first(), false)
                                       : json("POST", path(QStringLiteral("sms.send_bulk")), items, false);
    call(reply, request, [this, messages, next, result, inBatch](ProviderReply *r, const HttpResponse &) {
        SendResult all = result;
        // Accepted, with no id of the provider's: ours stands in, so the message can be found again.
        for (const OutgoingMessage &m : inBatch)
            all.outcomes.append({m.clientKey, QStringLiteral("dep:") + m.clientKey, true, {}});
        r->reportProgress(next, messages.size());
        sendBatch(r, messages, next, all);
    });
}

void DeploymentsProvider::finishSend(ProviderReply *reply, SendResult result)
{
    // Sends are counted in the statistics of the deployment whose linked_campaign is their campaign_pk (§10,
    // attribution): that deployment is the campaign of the provider's that reports on ours.
    if (m_campaignPk.isUndefined() || m_campaignPk.isNull())
        return reply->finishWith(QVariant::fromValue(result));
    if (m_linkedDeployment) { // found for an earlier batch of this send
        result.remoteCampaignId = *m_linkedDeployment;
        return reply->finishWith(QVariant::fromValue(result));
    }
    // The messages are sent whatever the lookup gives: its failure only leaves the send without a report.
    auto *lookup = new ProviderReply(this);
    connect(reply, &ProviderReply::aborting, lookup, &ProviderReply::abort);
    const QString wanted = m_campaignPk.toVariant().toString();
    getAll(lookup, path(QStringLiteral("deployments.list")), [wanted](ProviderReply *r, const QJsonArray &items) {
        QString id;
        for (const QJsonValue &v : items) {
            const QJsonObject d = v.toObject();
            if (d.value(QStringLiteral("linked_campaign")).toVariant().toString() == wanted)
                id = QString::number(d.value(QStringLiteral("id")).toInteger());
        }
        r->finishWith(id);
    });
    connect(lookup, &ProviderReply::finished, reply, [this, reply, lookup, result, wanted] {
        SendResult linked = result;
        if (lookup->hasError()) {
            qCWarning(lcDeployments) << "could not look up the deployment of campaign_pk" << wanted
                                     << lookup->error().message;
        } else {
            linked.remoteCampaignId = lookup->result().toString();
            m_linkedDeployment = linked.remoteCampaignId; // the next batches need not ask again
        }
        if (linked.remoteCampaignId.isEmpty())
            qCInfo(lcDeployments) << "no deployment is linked to campaign_pk" << wanted;
        reply->finishWith(QVariant::fromValue(linked));
    });
}

ProviderReply *DeploymentsProvider::listCampaigns()
{
    auto *reply = new ProviderReply(this);
    getAll(reply, path(QStringLiteral("deployments.list")), [this](ProviderReply *r, const QJsonArray &items) {
        QList<RemoteCampaign> list;
        for (const QJsonValue &v : items)
            list.append(deployments::deployment(v.toObject(), m_zone));
        r->finishWith(QVariant::fromValue(list));
    });
    return reply;
}

ProviderReply *DeploymentsProvider::campaignSeries(const QString &remoteCampaignId, Period period)
{
    static const char *const periods[] = {"hour", "day", "month", "year"};
    auto *reply = new ProviderReply(this);
    getAll(reply,
           path(QStringLiteral("stats"),
                {{QStringLiteral("deployment_id"), remoteCampaignId},
                 {QStringLiteral("period"), QLatin1String(periods[int(period)])}}),
           [this](ProviderReply *r, const QJsonArray &items) {
               QList<StatBucket> buckets;
               for (const QJsonValue &v : items)
                   buckets.append(deployments::stat(v.toObject(), m_zone));
               std::sort(buckets.begin(), buckets.end(),
                         [](const StatBucket &a, const StatBucket &b) { return a.start < b.start; });
               r->finishWith(QVariant::fromValue(buckets));
           });
    return reply;
}

ProviderReply *DeploymentsProvider::campaignStats(const QString &deploymentId)
{
    // No aggregate endpoint: the day buckets, added up. Sent is not delivered (§8.4); failed is "unsent".
    auto *reply = new ProviderReply(this);
    ProviderReply *days = campaignSeries(deploymentId, Period::Day);
    connect(reply, &ProviderReply::aborting, days, &ProviderReply::abort);
    connect(days, &ProviderReply::finished, reply, [this, reply, days] {
        if (days->hasError())
            return reply->failWith(days->error());
        CampaignStats stats;
        qint64 sent = 0, unsent = 0, optedOut = 0;
        for (const StatBucket &b : days->result().value<QList<StatBucket>>()) {
            sent += b.sent;
            unsent += b.unsent;
            optedOut += b.optedOut;
        }
        stats.set(CampaignStats::Sent, sent);
        stats.set(CampaignStats::Failed, unsent);
        stats.set(CampaignStats::Unsubscribed, optedOut);
        stats.takenAt = m_clock->now();
        reply->finishWith(QVariant::fromValue(stats));
    });
    return reply;
}

ProviderReply *DeploymentsProvider::getContact(const QString &groupId, const QString &contactId)
{
    auto *reply = new ProviderReply(this);
    call(reply,
         json("GET",
              path(QStringLiteral("contacts.detail"),
                   {{QStringLiteral("list_id"), groupId}, {QStringLiteral("contact_id"), contactId}}),
              QJsonValue::Undefined, true),
         [this](ProviderReply *r, const HttpResponse &response) {
             r->finishWith(QVariant::fromValue(
                     deployments::contact(QJsonDocument::fromJson(response.body).object(), m_phoneKey)));
         });
    return reply;
}

ProviderReply *DeploymentsProvider::updateContact(const QString &groupId, const Contact &contact)
{
    auto *reply = new ProviderReply(this);
    QJsonObject fields {{QStringLiteral("first_name"), contact.firstName},
                        {QStringLiteral("last_name"), contact.lastName},
                        {QStringLiteral("email"), contact.email}};
    if (const QString msisdn = deployments::destination(contact.phone); !msisdn.isEmpty())
        fields.insert(m_phoneKey, msisdn);
    call(reply,
         json("PATCH",
              path(QStringLiteral("contacts.detail"),
                   {{QStringLiteral("list_id"), groupId}, {QStringLiteral("contact_id"), contact.remoteId}}),
              fields, true),
         [this](ProviderReply *r, const HttpResponse &response) {
             r->finishWith(QVariant::fromValue(
                     deployments::contact(QJsonDocument::fromJson(response.body).object(), m_phoneKey)));
         });
    return reply;
}

ProviderReply *DeploymentsProvider::deleteContact(const QString &groupId, const QString &contactId)
{
    auto *reply = new ProviderReply(this);
    call(reply,
         json("DELETE",
              path(QStringLiteral("contacts.detail"),
                   {{QStringLiteral("list_id"), groupId}, {QStringLiteral("contact_id"), contactId}}),
              QJsonValue::Undefined, true),
         [](ProviderReply *r, const HttpResponse &) { r->finishWith(true); });
    return reply;
}

ProviderReply *DeploymentsProvider::optOuts(const QString &address)
{
    auto *reply = new ProviderReply(this);
    QString p = path(QStringLiteral("optouts.list"));
    if (!address.isEmpty()) {
        const QString originator = address.startsWith(QLatin1Char('+')) ? address.mid(1) : address;
        p += QStringLiteral("?originator=") + QString::fromLatin1(QUrl::toPercentEncoding(originator));
    }
    getAll(reply, p, [this](ProviderReply *r, const QJsonArray &items) {
        QList<OptOut> list;
        for (const QJsonValue &v : items)
            list.append(deployments::optOut(v.toObject(), m_zone));
        r->finishWith(QVariant::fromValue(list));
    });
    return reply;
}

ProviderReply *DeploymentsProvider::overrideOptOut(const QString &optOutId)
{
    auto *reply = new ProviderReply(this);
    call(reply,
         json("POST", path(QStringLiteral("optouts.overwrite"), {{QStringLiteral("optout_id"), optOutId}}),
              QJsonObject(), true),
         [this, optOutId](ProviderReply *r, const HttpResponse &response) {
             const QJsonObject object = QJsonDocument::fromJson(response.body).object();
             OptOut o = object.isEmpty() ? OptOut {optOutId, {}, {}, {}, false, {}}
                                         : deployments::optOut(object, m_zone);
             r->finishWith(QVariant::fromValue(o));
         });
    return reply;
}

ProviderReply *DeploymentsProvider::uploadGroupCsv(const QString &name, const QByteArray &csv)
{
    auto *reply = new ProviderReply(this);
    // multipart/form-data: the CSV in the part "file" (DOC), the list's title beside it (ASSUMPTION).
    const QByteArray boundary = "cm-" + QByteArray::number(quintptr(reply), 16) + "-boundary";
    QByteArray body;
    body += "--" + boundary + "\r\nContent-Disposition: form-data; name=\"title\"\r\n\r\n" + name.toUtf8() + "\r\n";
    body += "--" + boundary
            + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"contacts.csv\"\r\n"
              "Content-Type: text/csv\r\n\r\n"
            + csv + "\r\n";
    body += "--" + boundary + "--\r\n";
    HttpRequest request;
    request.method = "POST";
    request.path = path(QStringLiteral("contact_lists.import"));
    request.contentType = "multipart/form-data; boundary=" + boundary;
    request.body = body;
    request.headers = {{"Accept", "application/json"}};
    call(reply, request, [name](ProviderReply *r, const HttpResponse &response) {
        RemoteGroup group = deployments::contactList(QJsonDocument::fromJson(response.body).object());
        if (group.name.isEmpty())
            group.name = name; // the document shows {} for this answer
        r->finishWith(QVariant::fromValue(group));
    });
    return reply;
}

} // namespace cm
