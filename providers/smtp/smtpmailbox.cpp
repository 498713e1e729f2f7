#include "smtpmailbox.h"

#include <curl/curl.h>

#include <QRegularExpression>

namespace cm::smtp {

Mailbox::Mailbox(Server server, QString folder)
    : m_server(std::move(server))
    , m_folder(folder.isEmpty() ? QStringLiteral("INBOX") : std::move(folder))
{
    curl_global_init(CURL_GLOBAL_DEFAULT); // counted: one cleanup per init is not needed for a process
    m_curl = curl_easy_init();
}

Mailbox::~Mailbox()
{
    if (m_curl)
        curl_easy_cleanup(static_cast<CURL *>(m_curl)); // says LOGOUT on an open connection
}

bool Mailbox::run(const QString &urlTail, const char *command, QByteArray *out, const std::atomic_bool *cancel,
                  QString *error)
{
    CURL *curl = static_cast<CURL *>(m_curl);
    curl_easy_reset(curl); // keeps the open connection
    QUrl url = m_server.url;
    url.setPath(QLatin1Char('/') + m_folder);
    const QByteArray address = url.toString(QUrl::FullyEncoded).toUtf8() + urlTail.toUtf8();
    curl_easy_setopt(curl, CURLOPT_URL, address.constData());
    curl_easy_setopt(curl, CURLOPT_PROTOCOLS_STR, "imap,imaps");
    curl_easy_setopt(curl, CURLOPT_USE_SSL, m_server.isLoopback() ? CURLUSESSL_TRY : CURLUSESSL_ALL);
    curl_easy_setopt(curl, CURLOPT_SSL_VERIFYPEER, 1L);
    curl_easy_setopt(curl, CURLOPT_SSL_VERIFYHOST, 2L);
    curl_easy_setopt(curl, CURLOPT_USERNAME, m_server.user.toUtf8().constData());
    curl_easy_setopt(curl, CURLOPT_PASSWORD, m_server.password.toUtf8().constData());
    curl_easy_setopt(curl, CURLOPT_CONNECTTIMEOUT_MS, long(m_server.timeoutMs));
    curl_easy_setopt(curl, CURLOPT_LOW_SPEED_LIMIT, 1L);
    curl_easy_setopt(curl, CURLOPT_LOW_SPEED_TIME, long(qMax(1, m_server.timeoutMs / 1000)));
    curl_easy_setopt(curl, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(curl, CURLOPT_ERRORBUFFER, m_errorText);
    if (command)
        curl_easy_setopt(curl, CURLOPT_CUSTOMREQUEST, command);
    curl_easy_setopt(curl, CURLOPT_WRITEDATA, out);
    curl_easy_setopt(
            curl, CURLOPT_WRITEFUNCTION, +[](char *data, size_t size, size_t count, void *target) -> size_t {
                static_cast<QByteArray *>(target)->append(data, qsizetype(size * count));
                return size * count;
            });
    curl_easy_setopt(curl, CURLOPT_NOPROGRESS, 0L);
    curl_easy_setopt(curl, CURLOPT_XFERINFODATA, this);
    curl_easy_setopt(
            curl, CURLOPT_XFERINFOFUNCTION, +[](void *self, curl_off_t, curl_off_t, curl_off_t, curl_off_t) -> int {
                const auto *mailbox = static_cast<Mailbox *>(self);
                return mailbox->m_cancel && mailbox->m_cancel->load() ? 1 : 0;
            });
    m_cancel = cancel;
    m_errorText[0] = '\0';
    const CURLcode code = curl_easy_perform(curl);
    m_cancel = nullptr;
    if (code == CURLE_OK)
        return true;
    if (error)
        *error = QString::fromUtf8(m_errorText[0] ? m_errorText : curl_easy_strerror(code));
    return false;
}

QString Mailbox::check(const std::atomic_bool *cancel)
{
    QByteArray answer;
    QString error;
    return run({}, "NOOP", &answer, cancel, &error) ? QString() : error;
}

QList<QByteArray> Mailbox::messages(const std::atomic_bool *cancel, QString *error, int limit)
{
    QByteArray answer;
    if (!run({}, "UID SEARCH ALL", &answer, cancel, error))
        return {};
    QList<qint64> uids;
    static const QRegularExpression search(QStringLiteral(R"(\* SEARCH([ 0-9]*))"));
    const auto match = search.match(QString::fromLatin1(answer));
    for (const QString &uid : match.captured(1).split(QLatin1Char(' '), Qt::SkipEmptyParts))
        uids.append(uid.toLongLong());
    std::sort(uids.begin(), uids.end());
    if (uids.size() > limit)
        uids = uids.mid(uids.size() - limit);
    QList<QByteArray> messages;
    for (const qint64 uid : std::as_const(uids)) {
        if (cancel && cancel->load())
            break;
        QByteArray message;
        // ;UID=n fetches it whole (BODY[]) on the folder already selected.
        if (run(QStringLiteral(";UID=%1").arg(uid), nullptr, &message, cancel, error))
            messages.append(message);
        else
            return {};
    }
    return messages;
}

} // namespace cm::smtp
