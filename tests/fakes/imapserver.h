// A throw-away Dovecot IMAP server for the tests (fakes/imap/dovecot.sh): a free loopback port, one login, and
// messages delivered into a folder as a mail server would (Maildir: written, then renamed into new/).
#pragma once

#include <QByteArray>
#include <QString>
#include <QTemporaryDir>

namespace cm::test {

class ImapServer
{
public:
    ImapServer();
    ~ImapServer(); // stops it

    bool start(const QString &user, const QString &password);
    QString url() const; // imap://127.0.0.1:port
    // Puts a message into `folder` ("INBOX", "Bounces"): the server sees it at the next command.
    bool deliver(const QString &folder, const QByteArray &message);

private:
    QTemporaryDir m_dir;
    int m_port = 0;
    int m_delivered = 0;
    bool m_running = false;
};

} // namespace cm::test
