#include "deploymentsprovider.h"

#include "deploymentsparse.h"
#include "models/clock.h"
#include "providers/http/flow.h"

#include <QJsonDocument>
#include <QLoggingCategory>

#include <limits>

namespace cm {

Q_LOGGING_CATEGORY(lcDeployments, "cm.providers.deployments")

using deployments::jsonRequest;

namespace {
// Collections are read to their last page, however many there are (a "next" that repeats its page still stops).
constexpr int NoPageCap = std::numeric_limits<int>::max();

// DRF says what is wrong in "detail" or per field: its words rather than the raw body. A 404 or 405 names the request
// (a path in the settings is probably wrong).
ProviderError errorOf(const HttpJob *job, const QByteArray &method, const QString &path)
{
    ProviderError error = job->error();
    const QString text = deployments::errorText(job->response().body);
    if (!text.isEmpty())
        error.message = text;
    if (error.code == QLatin1String("405") || error.code == QLatin1String("404"))
        error.message += QStringLiteral(" [%1 %2]").arg(QString::fromLatin1(method), path);
    return error;
}

QJsonObject objectOf(const QByteArray &body)
{
    return QJsonDocument::fromJson(body).object();
}
} // namespace

Flow::ErrorMap DeploymentsProvider::errorsOf(const QByteArray &method, const QString &path)
{
    return [method, path](const HttpJob *job) { return errorOf(job, method, path); };
}

DeploymentsProvider::DeploymentsProvider(const Account &account, const QString &secret, const ProviderContext &context,
                                         QObject *parent)
    : Provider(account, parent)
    , m_network(context.network(this))
    , m_clock(context.clock)
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
    options.pace = context.pace();
    m_http = new HttpClient(m_network, options, deployments::authHook(account, secret), this);
}

ProviderInfo DeploymentsProvider::providerInfo()
{
    ProviderInfo info;
    info.key = QStringLiteral("deployments");
    info.displayName = tr("Deployments SMS");
    info.description = tr("An SMS platform with contact lists, deployments, statistics by hour, day, month and year, "
                          "and opt-outs. Its documentation gives no addresses: check the paths in the account "
                          "settings. No per-message status and no balance.");
    info.can.sending.channels = {Channel::Sms};
    info.can.audience.listGroups = true;
    info.can.audience.createGroups = true;
    info.can.audience.pushContacts = true;
    info.can.audience.pullContacts = true;
    info.can.audience.optOutLists = {Channel::Sms};
    info.can.reporting.campaignCounters = true;
    info.can.reporting.counters
            = {{Channel::Sms, {CampaignStats::Sent, CampaignStats::Failed, CampaignStats::Unsubscribed}}};
    info.credentials = {
            {CredentialField::BaseUrl, tr("Base URL"),
             tr("The address of the platform, such as https://sms.example.com "
                "(required: the provider documents none)."),
             true},
            {CredentialField::User, tr("User"), tr("Only for basic authentication; leave empty for a token."), false},
            {CredentialField::Secret, tr("API token"), tr("The token the platform issued for your company."), true},
    };
    info.maxBatchSize = 500;
    info.hint = tr("The platform counts sends in the statistics of the deployment linked to their campaign: give "
                   "that campaign's number in the campaign's option, or for every campaign in the account's "
                   "advanced settings, as {\"campaign_pk\": 12}, before sending.");
    // The account's campaign_pk, or one per campaign (§13, #8: an optional number the user enters per campaign).
    CampaignOption campaignPk {QStringLiteral("campaign_pk"),
                               CampaignOption::Text,
                               tr("Platform campaign"),
                               tr("The number of the platform's campaign to link these sends to (a deployment's "
                                  "linked campaign), such as 44; empty: the account's."),
                               {Channel::Sms}};
    campaignPk.pattern = QStringLiteral("[0-9]+");
    info.campaignOptions = {campaignPk};
    return info;
}

QString DeploymentsProvider::path(const QString &key, const QHash<QString, QString> &values) const
{
    QString p = m_prefix + m_paths.value(key).toString(deployments::defaultPath(key));
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        p.replace(QLatin1Char('{') + it.key() + QLatin1Char('}'),
                  QString::fromLatin1(QUrl::toPercentEncoding(it.value())));
    return p;
}

template<typename T, typename Parse> Reply<T> DeploymentsProvider::single(const HttpRequest &request, Parse parse)
{
    auto reply = Reply<T>::make(this);
    Flow::on(reply, m_http, errorsOf(request.method, request.path))
            ->request(request, [reply, parse](const HttpResponse &response) { reply.finish(parse(response.body)); });
    return reply;
}

template<typename T>
void DeploymentsProvider::readAll(const Reply<T> &reply, const QString &firstPath,
                                  std::function<void(const QJsonArray &items)> done)
{
    struct Pages
    {
        QString path; // of the page asked for
        QJsonArray items;
    };
    auto pages = std::make_shared<Pages>(Pages {firstPath, {}});
    const auto page = [pages](int) { return jsonRequest("GET", pages->path, QJsonValue::Undefined, true); };
    const auto take = [this, reply, pages](const HttpResponse &response) {
        QUrl next;
        for (const QJsonValue &v : deployments::pageResults(response.body, &next))
            pages->items.append(v);
        reply->reportProgress(pages->items.size(), 0);
        if (next.isEmpty())
            return false;
        // "next" is absolute; follow it only to the host we were given.
        const QString nextText = next.toString();
        if (!nextText.startsWith(m_baseUrl + QLatin1Char('/'))) {
            reply.fail({ProviderError::Kind::Permanent, QStringLiteral("next"),
                        QStringLiteral("the next page points to another host: %1").arg(next.host()), false, -1});
            return false;
        }
        pages->path = nextText.mid(m_baseUrl.size());
        return true;
    };
    Flow *flow = Flow::on(reply, m_http, [pages](const HttpJob *job) { return errorOf(job, "GET", pages->path); });
    flow->pages(
            page, take, [pages, done] { done(pages->items); }, NoPageCap);
}

template<typename Item, typename Convert>
Reply<QList<Item>> DeploymentsProvider::listing(const QString &firstPath, Convert convert)
{
    auto reply = Reply<QList<Item>>::make(this);
    readAll(reply, firstPath, [reply, convert](const QJsonArray &items) {
        QList<Item> list;
        for (const QJsonValue &v : items)
            list.append(convert(v.toObject()));
        reply.finish(list);
    });
    return reply;
}

Reply<AccountStatus> DeploymentsProvider::verify()
{
    const auto toStatus = [](const QByteArray &body) {
        QUrl next;
        AccountStatus status;
        status.ok = true;
        status.detail = tr("The token works; the first page has %n contact list(s).", nullptr,
                           int(deployments::pageResults(body, &next).size()));
        return status;
    };
    const QString firstPage = path(QStringLiteral("contact_lists.list")) + QStringLiteral("?page=1");
    const auto reply = single<AccountStatus>(jsonRequest("GET", firstPage, QJsonValue::Undefined, true), toStatus);
    connect(reply, &ProviderReply::finished, this, [reply] {
        if (reply->hasError() && reply->error().code == QLatin1String("404"))
            qCInfo(lcDeployments) << "verify: 404, the base URL or path prefix is probably wrong";
    });
    return reply;
}

Reply<QList<RemoteGroup>> DeploymentsProvider::listGroups()
{
    return listing<RemoteGroup>(path(QStringLiteral("contact_lists.list"))
                                        + QStringLiteral("?page_size=%1").arg(m_pageSize),
                                &deployments::contactList);
}

Reply<RemoteGroup> DeploymentsProvider::createGroup(const QString &name)
{
    return single<RemoteGroup>(jsonRequest("POST", path(QStringLiteral("contact_lists.list")),
                                           QJsonObject {{QStringLiteral("title"), name}}, false),
                               [](const QByteArray &body) { return deployments::contactList(objectOf(body)); });
}

Reply<int> DeploymentsProvider::pushContacts(const QString &groupId, const QList<Contact> &contacts)
{
    auto reply = Reply<int>::make(this);
    struct Push
    {
        QList<Contact> contacts;
        qsizetype next = 0; // the first contact of the next batch
        int added = 0;
    };
    auto push = std::make_shared<Push>(Push {contacts, 0, 0});
    // An SMS platform: a contact without a valid number cannot go there. Batches of m_bulkSize that have one.
    const qsizetype withNumber = std::count_if(contacts.cbegin(), contacts.cend(), [](const Contact &c) {
        return !deployments::destination(c.phone).isEmpty();
    });
    const QString listPath = path(QStringLiteral("contact_lists.contacts"), {{QStringLiteral("list_id"), groupId}});
    Flow *batches = Flow::on(reply, m_http, errorsOf("POST", listPath));
    const auto step = [this, reply, batches, listPath, push](qsizetype) {
        const QJsonArray batch = deployments::contactBatch(push->contacts, &push->next, m_bulkSize, m_phoneKey);
        const auto added = [reply, batches, push, count = int(batch.size())](const HttpResponse &) {
            push->added += count;
            reply->reportProgress(push->next, push->contacts.size());
            batches->advance();
        };
        batches->request(jsonRequest("POST", listPath, batch, false), added);
    };
    batches->forEach((withNumber + m_bulkSize - 1) / m_bulkSize, step, [reply, push] { reply.finish(push->added); });
    return reply;
}

Reply<QList<Contact>> DeploymentsProvider::pullContacts(const QString &groupId)
{
    return listing<Contact>(path(QStringLiteral("contact_lists.contacts"), {{QStringLiteral("list_id"), groupId}})
                                    + QStringLiteral("?page_size=%1").arg(m_pageSize),
                            [this](const QJsonObject &o) { return deployments::contact(o, m_phoneKey); });
}

void DeploymentsProvider::finishSend(const Reply<SendResult> &reply, SendResult result, const QJsonValue &campaignPk)
{
    // Sends are counted in the statistics of the deployment whose linked_campaign is their campaign_pk (§10,
    // attribution): that deployment is the campaign of the provider's that reports on ours.
    if (campaignPk.isUndefined() || campaignPk.isNull())
        return reply.finish(result);
    const QString wanted = campaignPk.toVariant().toString();
    if (const auto known = m_linkedDeployments.constFind(wanted); known != m_linkedDeployments.cend()) {
        result.remoteCampaignId = *known; // found for an earlier batch
        return reply.finish(result);
    }
    // The messages are sent whatever the lookup gives: its failure only leaves the send without a report.
    auto lookup = Reply<QString>::make(this);
    connect(reply, &ProviderReply::aborting, lookup, &ProviderReply::abort);
    readAll(lookup, path(QStringLiteral("deployments.list")),
            [lookup, wanted](const QJsonArray &items) { lookup.finish(deployments::linkedDeployment(items, wanted)); });
    connect(lookup, &ProviderReply::finished, reply, [this, reply, lookup, result, wanted] {
        SendResult linked = result;
        if (lookup->hasError()) {
            qCWarning(lcDeployments) << "could not look up the deployment of campaign_pk" << wanted
                                     << lookup->error().message;
        } else {
            linked.remoteCampaignId = lookup.result();
            m_linkedDeployments.insert(wanted, linked.remoteCampaignId); // the next batches need not ask again
        }
        if (linked.remoteCampaignId.isEmpty())
            qCInfo(lcDeployments) << "no deployment is linked to campaign_pk" << wanted;
        reply.finish(linked);
    });
}

Reply<QList<StatBucket>> DeploymentsProvider::campaignSeries(const QString &remoteCampaignId, Period period)
{
    static const char *const periods[] = {"hour", "day", "month", "year"};
    auto reply = Reply<QList<StatBucket>>::make(this);
    const QString statsPath = path(QStringLiteral("stats"),
                                   {{QStringLiteral("deployment_id"), remoteCampaignId},
                                    {QStringLiteral("period"), QLatin1String(periods[int(period)])}});
    readAll(reply, statsPath,
            [this, reply](const QJsonArray &items) { reply.finish(deployments::series(items, m_zone)); });
    return reply;
}

Reply<CampaignStats> DeploymentsProvider::campaignStats(const QString &deploymentId)
{
    // No aggregate endpoint: the day buckets, added up.
    auto reply = Reply<CampaignStats>::make(this);
    const Reply<QList<StatBucket>> days = campaignSeries(deploymentId, Period::Day);
    connect(reply, &ProviderReply::aborting, days, &ProviderReply::abort);
    connect(days, &ProviderReply::finished, reply, [this, reply, days] {
        if (days->hasError())
            return reply.fail(days->error());
        CampaignStats stats = deployments::totals(days.result());
        stats.takenAt = m_clock->now();
        reply.finish(stats);
    });
    return reply;
}

QString DeploymentsProvider::contactPath(const QString &groupId, const QString &contactId) const
{
    return path(QStringLiteral("contacts.detail"),
                {{QStringLiteral("list_id"), groupId}, {QStringLiteral("contact_id"), contactId}});
}

Reply<QList<OptOut>> DeploymentsProvider::optOuts(const QString &address)
{
    QString p = path(QStringLiteral("optouts.list"));
    if (!address.isEmpty()) {
        const QString originator = address.startsWith(QLatin1Char('+')) ? address.mid(1) : address;
        p += QStringLiteral("?originator=") + QString::fromLatin1(QUrl::toPercentEncoding(originator));
    }
    return listing<OptOut>(p, [this](const QJsonObject &o) { return deployments::optOut(o, m_zone); });
}

} // namespace cm
