#include "httpclient.h"

#include "models/redaction.h"

#include <QHostAddress>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>

namespace cm {

Q_LOGGING_CATEGORY(lcHttp, "cm.providers.http")

QByteArray HttpResponse::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

// --- HttpClient

HttpClient::HttpClient(QNetworkAccessManager *network, const Options &options, AuthHook auth, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_options(options)
    , m_auth(std::move(auth))
{ }

QByteArray HttpClient::userAgent()
{
    return QByteArrayLiteral("CampaignManager/" CM_VERSION " (Qt ") + qVersion() + ')';
}

bool HttpClient::isAllowedUrl(const QUrl &url, QString *why)
{
    if (!url.isValid() || url.host().isEmpty()) {
        *why = tr("“%1” is not a web address.").arg(url.toString());
        return false;
    }
    if (url.scheme() == QLatin1String("https"))
        return true;
    const bool loopback = url.host() == QLatin1String("localhost") || QHostAddress(url.host()).isLoopback();
    if (url.scheme() == QLatin1String("http") && loopback)
        return true;
    *why = tr("“%1” is not an https address; plain http is allowed only for this computer.").arg(url.toString());
    return false;
}

int HttpClient::retryAfterSeconds(const QByteArray &value, const QDateTime &now)
{
    const QByteArray trimmed = value.trimmed();
    if (trimmed.isEmpty())
        return -1;
    bool ok = false;
    const int seconds = trimmed.toInt(&ok);
    if (ok)
        return qMax(0, seconds);
    // An HTTP date ("Mon, 16 Mar 2026 12:01:30 GMT"): Qt reads RFC 2822 with a numeric zone.
    QString date = QString::fromLatin1(trimmed);
    if (date.endsWith(QLatin1String(" GMT")) || date.endsWith(QLatin1String(" UTC")))
        date = date.left(date.size() - 4) + QStringLiteral(" +0000");
    const QDateTime at = QDateTime::fromString(date, Qt::RFC2822Date);
    return at.isValid() ? int(qMax<qint64>(0, now.secsTo(at))) : -1;
}

int HttpClient::delayForNextRequest()
{
    RequestPace *pace = m_options.pace ? m_options.pace : &m_ownPace;
    return pace->delayMs(m_options.requestsPerSecond);
}

HttpJob *HttpClient::send(const HttpRequest &request)
{
    auto *job = new HttpJob(this, request);
    QTimer::singleShot(0, job, &HttpJob::start); // callers connect to finished() first
    return job;
}

QNetworkReply *HttpClient::dispatch(const HttpRequest &request, const QUrl &url)
{
    QNetworkRequest net(url);
    net.setHeader(QNetworkRequest::UserAgentHeader, userAgent());
    // Redirects are the job's to judge (followRedirect): never across servers, never for a write.
    net.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    if (!request.contentType.isEmpty())
        net.setHeader(QNetworkRequest::ContentTypeHeader, request.contentType);
    for (const auto &[key, value] : request.headers)
        net.setRawHeader(key, value);
    QByteArray body = request.body;
    if (m_auth)
        m_auth(net, body);
    qCDebug(lcHttp).noquote() << request.method << redact(url.toString()) << redact(QString::fromUtf8(body.left(2000)));
    return m_network->sendCustomRequest(net, request.method, body);
}

// --- HttpJob

HttpJob::HttpJob(HttpClient *client, const HttpRequest &request)
    : QObject(client)
    , m_client(client)
    , m_request(request)
    , m_timeout(new QTimer(this))
{
    m_timeout->setSingleShot(true);
    connect(m_timeout, &QTimer::timeout, this, [this] {
        m_timedOut = true;
        if (m_reply)
            m_reply->abort();
    });
}

void HttpJob::start()
{
    if (m_finished)
        return;
    QUrl url(m_client->options().baseUrl + m_request.path);
    if (!m_request.query.isEmpty())
        url.setQuery(m_request.query);
    QString why;
    if (!HttpClient::isAllowedUrl(url, &why)) {
        m_error = ProviderError {ProviderError::Kind::Validation, QStringLiteral("url"), why, false, -1};
        finish();
        return;
    }
    const int wait = m_client->delayForNextRequest();
    QTimer::singleShot(wait, this, [this, url] {
        if (m_finished)
            return;
        ++m_attempts;
        m_redirects = 0;
        m_elapsed.start();
        send(url);
    });
}

void HttpJob::send(const QUrl &url)
{
    m_timedOut = false;
    m_tooLarge = false;
    m_reply = m_client->dispatch(m_request, url);
    connect(m_reply, &QNetworkReply::finished, this, &HttpJob::onReplyFinished);
    // An answer larger than the request allows is cut off here, before it is all in memory.
    connect(m_reply, &QNetworkReply::downloadProgress, this, [this](qint64 received, qint64) {
        if (received > m_request.maxResponseBytes && m_reply && !m_tooLarge) {
            m_tooLarge = true;
            m_reply->abort();
        }
    });
    m_timeout->start(m_request.timeoutMs > 0 ? m_request.timeoutMs : m_client->options().timeoutMs);
}

bool HttpJob::followRedirect(QNetworkReply *reply)
{
    const QUrl from = reply->url();
    const QUrl to = from.resolved(QUrl(QString::fromUtf8(reply->rawHeader("Location").trimmed())));
    const bool read = m_request.method == "GET" || m_request.method == "HEAD";
    const bool sameServer = to.scheme() == from.scheme() && to.host() == from.host()
            && to.port(from.scheme() == QLatin1String("https") ? 443 : 80)
                    == from.port(from.scheme() == QLatin1String("https") ? 443 : 80);
    if (read && sameServer && to.isValid() && to != from && m_redirects < 5) {
        ++m_redirects;
        send(to);
        return true;
    }
    const QString target = to.toString(QUrl::RemoveUserInfo | QUrl::RemoveQuery);
    // A write that was redirected may have been acted on first (a 303 after a POST says so): not a refusal. The
    // redirect is no answer for an adapter to read as the provider's verdict.
    m_response = {};
    m_error = read ? ProviderError {ProviderError::Kind::Permanent, QStringLiteral("redirect"),
                                    tr("The provider redirected the request to %1, which is not followed: check the "
                                       "account's base URL.")
                                            .arg(target),
                                    false, -1}
                   : ProviderError {ProviderError::Kind::Transient, QStringLiteral("redirect"),
                                    tr("The provider answered with a redirect to %1, which is not followed; it may "
                                       "have received the request. Check the account's base URL and check at the "
                                       "provider before sending again.")
                                            .arg(target),
                                    false, -1};
    finish();
    return false;
}

void HttpJob::abort()
{
    if (m_finished)
        return;
    m_error = ProviderError {ProviderError::Kind::Cancelled, {}, {}, false, -1};
    if (m_reply) {
        disconnect(m_reply, nullptr, this, nullptr);
        m_reply->abort();
        m_reply->deleteLater();
    }
    finish();
}

void HttpJob::onReplyFinished()
{
    m_timeout->stop();
    QNetworkReply *reply = m_reply;
    reply->deleteLater();
    m_reply = nullptr;

    m_response.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    m_response.body = reply->readAll();
    m_response.headers.clear();
    for (const auto &pair : reply->rawHeaderPairs())
        m_response.headers.append(pair);
    const QNetworkReply::NetworkError netError = reply->error();
    qCInfo(lcHttp).noquote() << m_request.method << redact(reply->url().toString(QUrl::RemoveQuery)) << "→"
                             << (m_response.status ? QString::number(m_response.status) : reply->errorString())
                             << m_elapsed.elapsed() << "ms, attempt" << m_attempts;

    if (m_tooLarge) {
        // The provider answered, more than this request allows: for a write, it may have acted on it.
        const bool write = !m_request.retrySafe;
        m_response = {}; // no answer for an adapter to read as the provider's verdict
        m_error = ProviderError {write ? ProviderError::Kind::Transient : ProviderError::Kind::Permanent,
                                 QStringLiteral("too-large"),
                                 tr("The provider's answer was larger than %1 MB and was cut off.")
                                         .arg(m_request.maxResponseBytes / (1024.0 * 1024.0), 0, 'f', 1),
                                 false, -1};
        finish();
        return;
    }
    if (m_timedOut) {
        // No answer in time: the server may or may not have acted on the request.
        retryOrFail({ProviderError::Kind::Transient, QStringLiteral("timeout"),
                     m_request.retrySafe ? tr(
                             "No answer within %n second(s).", nullptr,
                             (m_request.timeoutMs > 0 ? m_request.timeoutMs : m_client->options().timeoutMs) / 1000)
                                         : tr("No answer in time; the provider may have received the request. "
                                              "Check at the provider before sending again."),
                     m_request.retrySafe, -1},
                    -1);
        return;
    }
    if (m_response.status == 0) {
        const bool tls = netError == QNetworkReply::SslHandshakeFailedError;
        if (tls) {
            m_error = ProviderError {ProviderError::Kind::Permanent, QStringLiteral("tls"),
                                     tr("The secure connection failed: %1. Check the base URL; the provider's "
                                        "certificate must be valid.")
                                             .arg(reply->errorString()),
                                     false, -1};
            finish();
            return;
        }
        // Nothing came back: refused, unreachable, reset. Sent again only when that is safe.
        retryOrFail({ProviderError::Kind::Transient, QStringLiteral("network"), reply->errorString(),
                     m_request.retrySafe, -1},
                    -1);
        return;
    }
    const int status = m_response.status;
    if (status >= 300 && status < 400 && reply->hasRawHeader("Location")) {
        followRedirect(reply);
        return;
    }
    const bool dropped = (netError > QNetworkReply::NoError && netError <= QNetworkReply::UnknownProxyError)
            || netError == QNetworkReply::ProtocolFailure;
    if (status >= 200 && status < 300 && dropped) {
        // A success began and was cut off (the connection closed or dropped before the body was whole): the provider
        // had the request and may have acted on it, and what came is no verdict for an adapter to read.
        m_response = {};
        retryOrFail({ProviderError::Kind::Transient, QStringLiteral("cut-off"),
                     m_request.retrySafe ? tr("The provider's answer was cut off: %1.").arg(reply->errorString())
                                         : tr("The provider's answer was cut off; it may have received the request. "
                                              "Check at the provider before sending again."),
                     m_request.retrySafe, -1},
                    -1);
        return;
    }
    if (status >= 200 && status < 300) {
        finish();
        return;
    }
    const QString excerpt = QString::fromUtf8(m_response.body.left(300)).simplified();
    const int retryAfter
            = HttpClient::retryAfterSeconds(m_response.header("Retry-After"), QDateTime::currentDateTimeUtc());
    if (status == 429) {
        retryOrFail({ProviderError::Kind::RateLimited, QString::number(status), excerpt, true, retryAfter}, retryAfter);
    } else if (status >= 500) {
        retryOrFail({ProviderError::Kind::Transient, QString::number(status), excerpt, m_request.retrySafe, retryAfter},
                    retryAfter);
    } else {
        const auto kind = status == 401 || status == 403 ? ProviderError::Kind::Auth : ProviderError::Kind::Validation;
        m_error = ProviderError {kind, QString::number(status), excerpt, false, -1};
        finish();
    }
}

void HttpJob::retryOrFail(const ProviderError &error, int retryAfterSeconds)
{
    const HttpClient::Options &o = m_client->options();
    const bool tooLong = retryAfterSeconds > o.maxRetryAfterSeconds;
    if (!error.retrySafe || m_attempts > o.maxRetries || tooLong) {
        m_error = error;
        finish();
        return;
    }
    const int backoff = o.backoffMs * (1 << (m_attempts - 1));
    const int wait = retryAfterSeconds >= 0 ? qMax(retryAfterSeconds * 1000, backoff) : backoff;
    qCInfo(lcHttp) << "retrying in" << wait << "ms";
    QTimer::singleShot(wait, this, &HttpJob::start);
}

void HttpJob::finish()
{
    if (m_finished)
        return;
    m_finished = true;
    m_timeout->stop();
    emit finished();
    deleteLater();
}

} // namespace cm
