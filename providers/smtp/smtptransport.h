// One SMTP connection through libcurl: log in (STARTTLS or implicit TLS; plain text only to this computer), send one
// message after another on the same connection, and say of each whether the server took it, refused it (for now or
// for good), or may have it. Blocking: the adapter runs it on a worker thread, never the GUI's.
#pragma once

#include <QByteArray>
#include <QString>
#include <QUrl>

#include <atomic>

namespace cm::smtp {

struct Server
{
    QUrl url;         // smtps://host:465 (TLS from the start) or smtp://host:587 (STARTTLS, required off loopback)
    QString user;     // empty: no login
    QString password; // from the keychain; only ever handed to libcurl
    int timeoutMs = 30000;
    bool isLoopback() const;
};

// What every transfer of the account's connections (SMTP and its IMAP mailbox) sets alike on a libcurl handle:
// `protocols` ("smtp,smtps"), encryption (required off loopback), certificates checked, the login, the account's
// timeout for every answer, the error text into `errorText` (CURL_ERROR_SIZE), and a transfer that stops once
// `*cancel` (a flag the caller points at for each transfer) is set.
void applyServerOptions(void *curl, const Server &server, const char *protocols, char *errorText,
                        const std::atomic_bool *const *cancel);

struct Attempt
{
    enum Result {
        Accepted,        // 250 after the message
        Refused,         // a 5xx for this message: never retried by itself
        RefusedForNow,   // a 4xx for this message: retry later
        MaybeSent,       // the connection ended after the message went out, before the server's answer: unknown
        NotSent,         // the connection ended before the message went out
        AccountRefused,  // the login, the sender or the server (421) refused: the next messages would meet the same
        CannotConnect,   // no connection, or TLS failed: nothing went out
        Cancelled,       // stopped before the message went out
        CancelledMidway, // stopped while it was going out: unknown
    };
    Result result = NotSent;
    int code = 0;    // the server's last reply code
    QString message; // libcurl's or the server's words
};

class Connection
{
public:
    explicit Connection(Server server);
    ~Connection();
    Connection(const Connection &) = delete;
    Connection &operator=(const Connection &) = delete;

    // Sends one message to one recipient, on the open connection when there is one. `cancel` is read while it runs.
    Attempt send(const QString &from, const QString &to, const QByteArray &message, const std::atomic_bool *cancel);
    // Logs in and says NOOP: whether the server, TLS and the credentials work.
    Attempt check(const std::atomic_bool *cancel);

private:
    Attempt perform(const std::atomic_bool *cancel, bool uploading);
    void configure();

    Server m_server;
    void *m_curl = nullptr;
    QByteArray m_upload;
    qsizetype m_uploaded = 0;
    bool m_uploadStarted = false;
    const std::atomic_bool *m_cancel = nullptr;
    char m_errorText[256] = {};
};

} // namespace cm::smtp
