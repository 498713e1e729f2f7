// "SMTP": any mail server or relay (a company server, Amazon SES, Mailgun, Gmail) sends the emails, one message per
// recipient, several on one connection, at the rates the account allows. libcurl speaks SMTP and GMime builds the
// messages; the session runs on a worker thread, so nothing waits on the GUI's.
#pragma once

#include "providers/provider.h"
#include "providers/providersession.h"
#include "smtpreports.h"

#include <QElapsedTimer>
#include <QHash>
#include <QMutex>

#include <atomic>
#include <functional>
#include <memory>

class QThread;

namespace cm {

class Clock;

namespace smtp {
class Connection;
class Mailbox;
struct Server;
} // namespace smtp

class SmtpProvider : public Provider
{
    Q_OBJECT
public:
    // The base URL is the server (smtps://host:465 or smtp://host:587), the user and the secret its login. Settings
    // (all optional): "sender" (the From address unless the campaign gives one), "from_name", "messages_per_minute" (0:
    // as fast as the server takes them), "unsubscribe_url" (the page {{unsubscribe_url}} and List-Unsubscribe point at,
    // with the recipient's address added), "timeout_ms"; the mailbox where bounces and replies arrive: "imap_server"
    // (imaps://imap.example.com:993), "imap_folder"
    // ("INBOX"), "imap_user" (the SMTP user), logged in with the same password.
    SmtpProvider(const Account &account, const QString &secret, const ProviderContext &context,
                 QObject *parent = nullptr);
    ~SmtpProvider() override;

    static ProviderInfo providerInfo();
    ProviderInfo info() const override { return providerInfo(); }

    Reply<AccountStatus> verify() override;
    Reply<SendResult> send(const SendRequest &request) override;
    // The bounces, complaints and replies in the account's mailbox that name these messages (our Message-IDs).
    Reply<QList<DeliveryEvent>> fetchEvents(const QStringList &providerIds) override;

private:
    // Runs `work` on a thread of its own (one at a time: one connection), then `done` here with its result unless
    // `reply` finished meanwhile. `work` reads its cancel flag: set when the reply is aborted or the provider goes.
    template<typename T>
    void inBackground(ProviderReply *reply, std::function<T(const std::atomic_bool &cancel)> work,
                      std::function<void(const T &result)> done);
    // The messages of `request` one after another; message i waits until `since` has run `waits[i]` ms.
    SendResult sendAll(const SendRequest &request, const QList<int> &waits, const QElapsedTimer &since,
                       const std::atomic_bool &cancel);
    QString securityName() const; // "TLS", "STARTTLS"

    const Clock *m_clock;
    std::unique_ptr<smtp::Server> m_server;
    std::unique_ptr<smtp::Connection> m_connection;       // kept open from one batch to the next
    std::unique_ptr<smtp::Mailbox> m_mailbox;             // none when the account has no imap_server
    QHash<qint64, QList<smtp::MailReport>> m_mailReports; // by the uid of the mailbox's message; on the worker
    int m_reportDays = 30;
    QMutex m_connectionLock;
    QString m_mailboxName; // "imap.example.com (Bounces)"
    QString m_sender;      // the From address unless the campaign gives one
    QString m_fromName;
    QString m_unsubscribeUrl;
    int m_perMinute = 0;
    RequestPace *m_pace = nullptr; // the account's session's: every send of the account shares it
    RequestPace m_ownPace;         // without a session (tests)
    QHash<QThread *, std::shared_ptr<std::atomic_bool>> m_workers; // running, with their cancel flags
};

} // namespace cm
