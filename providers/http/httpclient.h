// The one HTTP client every adapter uses: a job per request with its own timeout, bounded retries with backoff that
// honour Retry-After and happen only when safe, a per-account request rate, the credentials added in one place (the
// auth hook), HTTPS with certificate checks (plain http only on loopback), a User-Agent, and redacted logs.
#pragma once

#include "providers/provider.h"
#include "providers/providersession.h"

#include <QElapsedTimer>
#include <QNetworkRequest>
#include <QObject>
#include <QPointer>
#include <QUrlQuery>

#include <functional>

class QNetworkAccessManager;
class QNetworkReply;
class QTimer;

namespace cm {

struct HttpRequest
{
    QByteArray method = "GET";
    QString path; // appended to the client's base URL
    QUrlQuery query;
    QByteArray body;
    QByteArray contentType; // "application/json", …
    QList<QPair<QByteArray, QByteArray>> headers;
    // May be sent again after a timeout, a dropped connection or a 5xx: true for reads and idempotent writes,
    // never for a send the provider may already have accepted. (A 429 is always retried: nothing was done.)
    bool retrySafe = false;
    int timeoutMs = 0; // 0: the client's default
    // The largest answer this request may get (a list, a report); a larger one is cut off and reported.
    qint64 maxResponseBytes = 32 * 1024 * 1024;
};

struct HttpResponse
{
    int status = 0; // 0: no HTTP answer at all
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray header(const QByteArray &name) const; // case-insensitive
};

// Adds credentials or a signature to a request just before it goes out; it may rewrite the body (Outbox puts the
// key in the JSON body, FreshMail signs the exact bytes sent).
using AuthHook = std::function<void(QNetworkRequest &request, QByteArray &body)>;

class HttpJob : public QObject
{
    Q_OBJECT
public:
    const HttpResponse &response() const { return m_response; }
    bool hasError() const { return m_error.has_value(); }
    ProviderError error() const { return m_error.value_or(ProviderError {}); }
    int attempts() const { return m_attempts; }
    void abort(); // finishes at once with a Cancelled error

signals:
    void finished(); // once; the job deletes itself afterwards

private:
    friend class HttpClient;
    HttpJob(class HttpClient *client, const HttpRequest &request);
    void start();
    void onReplyFinished();
    void retryOrFail(const ProviderError &error, int retryAfterSeconds);
    void send(const QUrl &url);
    bool followRedirect(QNetworkReply *reply); // true when a redirect was followed (a read, the same server)
    void finish();

    class HttpClient *m_client;
    HttpRequest m_request;
    HttpResponse m_response;
    std::optional<ProviderError> m_error;
    QPointer<QNetworkReply> m_reply;
    QTimer *m_timeout;
    QElapsedTimer m_elapsed;
    int m_attempts = 0;
    int m_redirects = 0;
    bool m_timedOut = false;
    bool m_tooLarge = false;
    bool m_finished = false;
};

class HttpClient : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        QString baseUrl;
        int timeoutMs = 30000;
        int maxRetries = 2;             // after the first attempt
        int backoffMs = 500;            // doubled each retry
        int maxRetryAfterSeconds = 120; // a longer Retry-After is reported, not waited for
        double requestsPerSecond = 0;   // 0: no limit
        RequestPace *pace = nullptr;    // shared by the account's operations (its session); none: the client's own
    };

    HttpClient(QNetworkAccessManager *network, const Options &options, AuthHook auth = {}, QObject *parent = nullptr);

    HttpJob *send(const HttpRequest &request);
    const Options &options() const { return m_options; }

    static QByteArray userAgent();
    // https anywhere; plain http only to this computer (tests and fakes). `why` says what is wrong otherwise.
    static bool isAllowedUrl(const QUrl &url, QString *why);
    // Seconds from a Retry-After value (delta-seconds or an HTTP date); -1 when absent or unreadable.
    static int retryAfterSeconds(const QByteArray &value, const QDateTime &now);

private:
    friend class HttpJob;
    QNetworkReply *dispatch(const HttpRequest &request, const QUrl &url);
    int delayForNextRequest(); // the rate limit: milliseconds this request must wait

    QNetworkAccessManager *m_network;
    Options m_options;
    AuthHook m_auth;
    RequestPace m_ownPace;
};

} // namespace cm
