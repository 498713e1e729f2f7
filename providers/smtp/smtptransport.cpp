#include "smtptransport.h"

#include <curl/curl.h>

#include <QHostAddress>
#include <QLoggingCategory>

#include <cstring>
#include <mutex>

namespace cm::smtp {

Q_LOGGING_CATEGORY(lcSmtp, "cm.providers.smtp")

namespace {

void initialise()
{
    static std::once_flag once;
    std::call_once(once, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
}

} // namespace

bool Server::isLoopback() const
{
    const QString host = url.host();
    return host == QLatin1String("localhost") || QHostAddress(host).isLoopback();
}

Connection::Connection(Server server)
    : m_server(std::move(server))
{
    initialise();
    m_curl = curl_easy_init();
}

Connection::~Connection()
{
    if (m_curl)
        curl_easy_cleanup(static_cast<CURL *>(m_curl)); // says QUIT on an open connection
}

void Connection::configure()
{
    CURL *curl = static_cast<CURL *>(m_curl);
    curl_easy_reset(curl); // keeps the open connection and the TLS session
    QUrl url = m_server.url;
    url.setPath(QString());
    curl_easy_setopt(curl, CURLOPT_URL, url.toString(QUrl::FullyEncoded).toUtf8().constData());
    applyServerOptions(m_curl, m_server, "smtp,smtps", m_errorText, &m_cancel);
}

void applyServerOptions(void *handle, const Server &server, const char *protocols, char *errorText,
                        const std::atomic_bool *const *cancel)
{
    CURL *curl = static_cast<CURL *>(handle);
    curl_easy_setopt(curl, CURLOPT_PROTOCOLS_STR, protocols);
    // Encryption: required except to this computer, where a test server may offer none.
    curl_easy_setopt(curl, CURLOPT_USE_SSL, long(server.isLoopback() ? CURLUSESSL_TRY : CURLUSESSL_ALL));
    curl_easy_setopt(curl, CURLOPT_SSL_VERIFYPEER, 1L);
    curl_easy_setopt(curl, CURLOPT_SSL_VERIFYHOST, 2L);
    if (!server.user.isEmpty()) {
        curl_easy_setopt(curl, CURLOPT_USERNAME, server.user.toUtf8().constData());
        curl_easy_setopt(curl, CURLOPT_PASSWORD, server.password.toUtf8().constData());
    }
    // Every answer of the server within the account's timeout, not libcurl's 120 s; no byte for that long while a
    // message goes out ends the transfer (and the message is unknown).
    const long seconds = qMax(1, server.timeoutMs / 1000);
    curl_easy_setopt(curl, CURLOPT_CONNECTTIMEOUT_MS, long(server.timeoutMs));
    curl_easy_setopt(curl, CURLOPT_SERVER_RESPONSE_TIMEOUT, seconds);
    curl_easy_setopt(curl, CURLOPT_LOW_SPEED_LIMIT, 1L);
    curl_easy_setopt(curl, CURLOPT_LOW_SPEED_TIME, seconds);
    curl_easy_setopt(curl, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(curl, CURLOPT_ERRORBUFFER, errorText);
    curl_easy_setopt(curl, CURLOPT_NOPROGRESS, 0L);
    curl_easy_setopt(curl, CURLOPT_XFERINFODATA, cancel);
    curl_easy_setopt(
            curl, CURLOPT_XFERINFOFUNCTION, +[](void *data, curl_off_t, curl_off_t, curl_off_t, curl_off_t) -> int {
                const std::atomic_bool *flag = *static_cast<const std::atomic_bool *const *>(data);
                return flag && flag->load() ? 1 : 0;
            });
}

Attempt Connection::send(const QString &from, const QString &to, const QByteArray &message,
                         const std::atomic_bool *cancel)
{
    configure();
    CURL *curl = static_cast<CURL *>(m_curl);
    const QByteArray sender = '<' + from.toUtf8() + '>';
    curl_easy_setopt(curl, CURLOPT_MAIL_FROM, sender.constData());
    curl_slist *recipients = curl_slist_append(nullptr, QByteArray('<' + to.toUtf8() + '>').constData());
    curl_easy_setopt(curl, CURLOPT_MAIL_RCPT, recipients);
    m_upload = message;
    m_uploaded = 0;
    m_uploadStarted = false;
    curl_easy_setopt(curl, CURLOPT_UPLOAD, 1L);
    curl_easy_setopt(curl, CURLOPT_INFILESIZE_LARGE, curl_off_t(message.size()));
    curl_easy_setopt(curl, CURLOPT_READDATA, this);
    curl_easy_setopt(
            curl, CURLOPT_READFUNCTION, +[](char *buffer, size_t size, size_t count, void *self) -> size_t {
                auto *connection = static_cast<Connection *>(self);
                connection->m_uploadStarted = true; // the server said 354: from here on it may keep the message
                const size_t n = qMin(size * count, size_t(connection->m_upload.size() - connection->m_uploaded));
                std::memcpy(buffer, connection->m_upload.constData() + connection->m_uploaded, n);
                connection->m_uploaded += qsizetype(n);
                return n;
            });
    const Attempt attempt = perform(cancel, true);
    curl_slist_free_all(recipients);
    m_upload.clear();
    return attempt;
}

Attempt Connection::check(const std::atomic_bool *cancel)
{
    configure();
    // A command of our own after the login; nothing is sent to anyone.
    curl_easy_setopt(static_cast<CURL *>(m_curl), CURLOPT_CUSTOMREQUEST, "NOOP");
    curl_easy_setopt(static_cast<CURL *>(m_curl), CURLOPT_NOBODY, 1L);
    return perform(cancel, false);
}

Attempt Connection::perform(const std::atomic_bool *cancel, bool uploading)
{
    CURL *curl = static_cast<CURL *>(m_curl);
    m_cancel = cancel;
    m_errorText[0] = '\0';
    const CURLcode code = curl_easy_perform(curl);
    m_cancel = nullptr;
    long reply = 0;
    curl_easy_getinfo(curl, CURLINFO_RESPONSE_CODE, &reply);
    Attempt attempt;
    attempt.code = int(reply);
    attempt.message = QString::fromUtf8(m_errorText[0] ? m_errorText : curl_easy_strerror(code));
    if (code == CURLE_OK) {
        attempt.result = Attempt::Accepted;
        return attempt;
    }
    qCInfo(lcSmtp) << "SMTP" << int(code) << reply << attempt.message;
    const bool wentOut = uploading && m_uploadStarted;
    switch (code) {
    case CURLE_ABORTED_BY_CALLBACK:
        attempt.result = wentOut ? Attempt::CancelledMidway : Attempt::Cancelled;
        return attempt;
    case CURLE_LOGIN_DENIED:
    case CURLE_USE_SSL_FAILED:
    case CURLE_AUTH_ERROR:
        attempt.result = Attempt::AccountRefused;
        return attempt;
    case CURLE_COULDNT_RESOLVE_HOST:
    case CURLE_COULDNT_CONNECT:
    case CURLE_SSL_CONNECT_ERROR:
    case CURLE_PEER_FAILED_VERIFICATION:
    case CURLE_SSL_CACERT_BADFILE:
    case CURLE_UNSUPPORTED_PROTOCOL:
    case CURLE_URL_MALFORMAT:
        attempt.result = Attempt::CannotConnect;
        return attempt;
    default:
        break;
    }
    // Refused before any recipient: the greeting or EHLO (a blocklist's 554), the login, the sender, the server
    // closing (421). Every next message would meet the same.
    const bool rcptStage = attempt.message.startsWith(QLatin1String("RCPT failed"));
    if (!wentOut
        && (code == CURLE_REMOTE_ACCESS_DENIED || (code == CURLE_WEIRD_SERVER_REPLY && !rcptStage)
            || (reply >= 400
                && (attempt.message.startsWith(QLatin1String("MAIL failed")) || reply == 421 || reply == 530
                    || reply == 535 || (reply == 554 && !uploading))))) {
        attempt.result = Attempt::AccountRefused; // the sender or the server, not this recipient
        return attempt;
    }
    if (reply >= 400
        && (code == CURLE_SEND_ERROR || code == CURLE_RECV_ERROR || code == CURLE_WEIRD_SERVER_REPLY
            || code == CURLE_UPLOAD_FAILED || code == CURLE_QUOTE_ERROR)) {
        // The server answered this message (its recipient or its content) with a refusal: nothing was delivered.
        attempt.result = reply >= 500 ? Attempt::Refused : Attempt::RefusedForNow;
        return attempt;
    }
    // No answer: a timeout or a lost connection. After the message went out, the server may have it.
    attempt.result = wentOut ? Attempt::MaybeSent : Attempt::NotSent;
    return attempt;
}

} // namespace cm::smtp
