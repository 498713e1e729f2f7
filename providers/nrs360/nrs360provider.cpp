// 360NRS: the client and its credentials, the flow of an operation and every page of a list, and the account
// check. The operations are in nrs360send.cpp, nrs360contacts.cpp, nrs360reports.cpp, nrs360scheduling.cpp,
// nrs360suppression.cpp, nrs360templates.cpp and nrs360conversations.cpp; what the adapter offers in nrs360info.cpp;
// the requests themselves in nrs360requests.cpp and the answers in nrs360parse.cpp.
#include "nrs360provider.h"

#include "nrs360parse.h"

#include <QLoggingCategory>

namespace cm {

Q_LOGGING_CATEGORY(lcNrs360, "cm.providers.nrs360")

namespace {

constexpr int MaxPages = 1000; // our own cap on a list's pages (§26.5)

} // namespace

Nrs360Provider::Nrs360Provider(const Account &account, const QString &apiPassword, const ProviderContext &context,
                               QObject *parent)
    : Provider(account, parent)
    , m_network(context.network(this))
    , m_clock(context.clock)
    , m_sendSettings {account.settings.value(QStringLiteral("reply_to")).toString(),
                      account.settings.value(QStringLiteral("from_name")).toString(),
                      account.settings.value(QStringLiteral("encoding")).toString(),
                      qBound(1, account.settings.value(QStringLiteral("max_parts")).toInt(15), 15)}
    , m_country(account.settings.value(QStringLiteral("country")).toString().toUpper())
    , m_pageSize(qBound(1, account.settings.value(QStringLiteral("page_size")).toInt(1000), 1000))
{
    HttpClient::Options options;
    QString base = account.baseUrl.isEmpty() ? providerInfo().defaultBaseUrl : account.baseUrl;
    if (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    options.baseUrl = base;
    options.timeoutMs = account.settings.value(QStringLiteral("timeout_ms")).toInt(30000);
    // No limit is documented (§1.3): one request at a time, at most 20 a second, unless the account says otherwise.
    options.requestsPerSecond = account.settings.value(QStringLiteral("requests_per_second")).toDouble(20);
    options.pace = context.pace();
    const QByteArray basic = "Basic " + (account.user + QLatin1Char(':') + apiPassword).toUtf8().toBase64();
    m_http = new HttpClient(
            m_network, options,
            [basic](QNetworkRequest &request, QByteArray &) {
                request.setRawHeader("Authorization", basic);
                request.setRawHeader("Accept", "application/json");
            },
            this);
}

ProviderError Nrs360Provider::errorOf(const HttpJob *job)
{
    return nrs360::providerError(job->error(), job->response().status, job->response().body);
}

Flow *Nrs360Provider::flow(ProviderReply *reply) const
{
    return Flow::on(reply, m_http, &errorOf);
}

void Nrs360Provider::readAll(ProviderReply *reply, const QString &path, const QUrlQuery &query,
                             std::function<void(const QJsonArray &)> done)
{
    struct Listing
    {
        QJsonArray items;
        int pages = 0;
    };
    auto listing = std::make_shared<Listing>();
    flow(reply)->pages([this, path, query](int page) { return nrs360::pageRequest(path, query, page, m_pageSize); },
                       [reply, listing](const HttpResponse &response) {
                           const nrs360::Page p = nrs360::parsePage(response.body);
                           for (const QJsonValue &v : p.items)
                               listing->items.append(v);
                           reply->reportProgress(listing->items.size(), 0);
                           // Our own loop with a cap: an empty page or the last one ends it.
                           return !p.items.isEmpty() && p.current < p.total && ++listing->pages < MaxPages;
                       },
                       [listing, done] {
                           // Copied out: `done` may start the reply's next list, which replaces this callback.
                           const QJsonArray items = listing->items;
                           const auto then = done;
                           then(items);
                       },
                       MaxPages);
}

Reply<AccountStatus> Nrs360Provider::verify()
{
    return single<AccountStatus>(nrs360::getRequest(QStringLiteral("/account")), [](const HttpResponse &response) {
        AccountStatus status;
        status.ok = true;
        status.balance = nrs360::parseBalance(response.body, &status.currency);
        status.detail = tr("The user name and API password work from this computer's IP address.");
        return status;
    });
}

} // namespace cm
