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
    url.setPath(QString());
    const QByteArray address = url.toString(QUrl::FullyEncoded | QUrl::StripTrailingSlash).toUtf8() + '/'
            + QUrl::toPercentEncoding(QString::fromLatin1(imapName(m_folder))) + urlTail.toUtf8();
    curl_easy_setopt(curl, CURLOPT_URL, address.constData());
    applyServerOptions(curl, m_server, "imap,imaps", m_errorText, &m_cancel);
    if (command)
        curl_easy_setopt(curl, CURLOPT_CUSTOMREQUEST, command);
    curl_easy_setopt(curl, CURLOPT_WRITEDATA, out);
    curl_easy_setopt(
            curl, CURLOPT_WRITEFUNCTION, +[](char *data, size_t size, size_t count, void *target) -> size_t {
                static_cast<QByteArray *>(target)->append(data, qsizetype(size * count));
                return size * count;
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

QByteArray Mailbox::imapName(const QString &folder)
{
    // Printable ASCII as it is ("&" as "&-"); other characters as modified base64 of their UTF-16, between & and -.
    QByteArray out;
    QString run;
    auto flush = [&] {
        if (run.isEmpty())
            return;
        QByteArray utf16;
        for (const QChar c : std::as_const(run)) {
            utf16.append(char(c.unicode() >> 8));
            utf16.append(char(c.unicode() & 0xff));
        }
        QByteArray encoded = utf16.toBase64(QByteArray::OmitTrailingEquals);
        encoded.replace('/', ',');
        out += '&' + encoded + '-';
        run.clear();
    };
    for (const QChar c : folder) {
        if (c.unicode() >= 0x20 && c.unicode() <= 0x7e) {
            flush();
            out += c == QLatin1Char('&') ? QByteArray("&-") : QByteArray(1, char(c.unicode()));
        } else {
            run += c;
        }
    }
    flush();
    return out;
}

QList<qint64> Mailbox::search(const QByteArray &criteria, const std::atomic_bool *cancel, QString *error)
{
    QByteArray answer;
    if (!run({}, QByteArray("UID SEARCH " + criteria).constData(), &answer, cancel, error))
        return {};
    QList<qint64> uids;
    static const QRegularExpression search(QStringLiteral(R"(\* SEARCH([ 0-9]*))"));
    const auto match = search.match(QString::fromLatin1(answer));
    for (const QString &uid : match.captured(1).split(QLatin1Char(' '), Qt::SkipEmptyParts))
        uids.append(uid.toLongLong());
    return uids;
}

QHash<qint64, QByteArray> Mailbox::newMessages(const QDate &since, const QSet<qint64> &known,
                                               const std::atomic_bool *cancel, QString *error)
{
    static const char *const months[]
            = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    QHash<qint64, QByteArray> messages;
    const QDate today = QDate::currentDate().addDays(1); // a server a zone ahead has tomorrow's already
    for (QDate day = since; day <= today; day = day.addDays(1)) {
        const QByteArray date
                = QByteArray::number(day.day()) + '-' + months[day.month() - 1] + '-' + QByteArray::number(day.year());
        QString problem;
        const QList<qint64> uids = search("ON " + date, cancel, &problem);
        if (!problem.isEmpty()) {
            if (error)
                *error = problem;
            return {};
        }
        QList<qint64> wanted;
        for (const qint64 uid : uids) {
            if (!known.contains(uid))
                wanted.append(uid);
        }
        if (wanted.isEmpty())
            continue;
        // Fetching a message marks it read: those that were unread are marked unread again after.
        const QList<qint64> unread = search("UNSEEN ON " + date, cancel, &problem);
        for (const qint64 uid : std::as_const(wanted)) {
            if (cancel && cancel->load())
                return messages;
            QByteArray message;
            QString missing;
            // ;UID=n fetches it whole (BODY[]) on the folder already selected; one gone meanwhile is skipped.
            if (run(QStringLiteral(";UID=%1").arg(uid), nullptr, &message, cancel, &missing))
                messages.insert(uid, message);
        }
        QStringList restore;
        for (const qint64 uid : unread) {
            if (messages.contains(uid))
                restore.append(QString::number(uid));
        }
        if (!restore.isEmpty()) {
            QByteArray ignored;
            run({},
                QByteArray("UID STORE " + restore.join(QLatin1Char(',')).toLatin1() + " -FLAGS.SILENT (\\Seen)")
                        .constData(),
                &ignored, cancel, &problem);
        }
    }
    return messages;
}

} // namespace cm::smtp
