// 360NRS: the client and its credentials, one request and every page of a list, and the account check. The
// operations are in nrs360send.cpp, nrs360contacts.cpp, nrs360reports.cpp, nrs360scheduling.cpp,
// nrs360suppression.cpp, nrs360templates.cpp and nrs360conversations.cpp; what the adapter offers in nrs360info.cpp;
// the requests themselves in nrs360requests.cpp and the answers in nrs360parse.cpp.
#include "nrs360provider.h"

#include "nrs360parse.h"

#include <QLoggingCategory>
#include <QNetworkAccessManager>

namespace cm {

Q_LOGGING_CATEGORY(lcNrs360, "cm.providers.nrs360")

Nrs360Provider::Nrs360Provider(const Account &account, const QString &apiPassword, const Clock *clock, QObject *parent)
    : Provider(account, parent)
    , m_network(new QNetworkAccessManager(this))
    , m_clock(clock)
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

void Nrs360Provider::call(ProviderReply *reply, const HttpRequest &request, Handler handler)
{
    HttpJob *job = m_http->send(request);
    connect(reply, &ProviderReply::aborting, job, &HttpJob::abort);
    connect(job, &HttpJob::finished, reply, [reply, job, handler] {
        if (job->hasError()) {
            reply->failWith(errorOf(job));
            return;
        }
        handler(reply, job->response());
    });
}

void Nrs360Provider::getAll(ProviderReply *reply, const QString &path, QUrlQuery query, PageHandler handler,
                            QJsonArray gathered, int page)
{
    call(reply, nrs360::pageRequest(path, query, page, m_pageSize),
         [this, path, query, handler, gathered, page](ProviderReply *r, const HttpResponse &response) {
             const nrs360::Page p = nrs360::parsePage(response.body);
             QJsonArray all = gathered;
             for (const QJsonValue &v : p.items)
                 all.append(v);
             r->reportProgress(all.size(), 0);
             // Our own loop with a cap (§26.5): an empty page or the last one ends it.
             if (p.items.isEmpty() || p.current >= p.total || page >= 1000)
                 handler(r, all);
             else
                 getAll(r, path, query, handler, all, page + 1);
         });
}

ProviderReply *Nrs360Provider::verify()
{
    auto *reply = new ProviderReply(this);
    call(reply, nrs360::getRequest(QStringLiteral("/account")), [](ProviderReply *r, const HttpResponse &response) {
        AccountStatus status;
        status.ok = true;
        status.balance = nrs360::parseBalance(response.body, &status.currency);
        status.detail = tr("The user name and API password work from this computer's IP address.");
        r->finishWith(QVariant::fromValue(status));
    });
    return reply;
}

} // namespace cm
