// The account's IMAP folder where bounces and replies arrive, read through libcurl: the messages it holds, whole.
// Blocking, like the SMTP connection: the adapter runs it on its worker thread.
#pragma once

#include "smtptransport.h"

#include <QByteArray>
#include <QDate>
#include <QHash>
#include <QList>
#include <QSet>

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
    // The messages that arrived in the folder since `since` (a date: IMAP searches by day), each once a Mailbox:
    // uid → message, for the uids not in `known`. One day at a time, so that no answer grows past what libcurl reads
    // of a line. A message gone meanwhile is skipped; messages read keep their unread mark. `error` says why the
    // folder could not be read.
    QHash<qint64, QByteArray> newMessages(const QDate &since, const QSet<qint64> &known, const std::atomic_bool *cancel,
                                          QString *error);

    // A folder's name as IMAP writes it (modified UTF-7, RFC 3501 §5.1.3).
    static QByteArray imapName(const QString &folder);

private:
    QList<qint64> search(const QByteArray &criteria, const std::atomic_bool *cancel, QString *error);
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
