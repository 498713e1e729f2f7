// The account's IMAP folder where bounces and replies arrive, read through libcurl: the messages it holds, whole.
// Blocking, like the SMTP connection: the adapter runs it on its worker thread.
#pragma once

#include "smtptransport.h"

#include <QByteArray>
#include <QList>

namespace cm::smtp {

class Mailbox
{
public:
    // `server.url`: imaps://host:993 or imap://host:143 (STARTTLS, required off loopback); `folder`: "INBOX",
    // "Bounces", …
    Mailbox(Server server, QString folder);
    ~Mailbox();
    Mailbox(const Mailbox &) = delete;
    Mailbox &operator=(const Mailbox &) = delete;

    // Logs in and selects the folder: what is wrong, or empty.
    QString check(const std::atomic_bool *cancel);
    // Every message of the folder, oldest first (at most `limit`, the newest); `error` says why none could be read.
    QList<QByteArray> messages(const std::atomic_bool *cancel, QString *error, int limit = 5000);

private:
    // One command on the folder; its untagged answer (or the message fetched) in `out`.
    bool run(const QString &urlTail, const char *command, QByteArray *out, const std::atomic_bool *cancel,
             QString *error);

    Server m_server;
    QString m_folder;
    void *m_curl = nullptr;
    const std::atomic_bool *m_cancel = nullptr;
    char m_errorText[256] = {};
};

} // namespace cm::smtp
