#include "smtpprovider.h"

#include "smtpinfo.h"

#include "models/clock.h"
#include "smtpmailbox.h"
#include "smtpmime.h"
#include "smtpreports.h"
#include "smtptransport.h"

#include "models/templaterenderer.h"

#include <QElapsedTimer>
#include <QPointer>
#include <QSet>
#include <QThread>

#include <thread>

namespace cm {

namespace {

// What one message's attempt means for the dispatcher: accepted, failed (nothing went out; retried on request), or
// unknown (the server may have it; never sent again by itself).
MessageOutcome outcomeOf(const OutgoingMessage &message, const QString &messageId, const smtp::Attempt &attempt)
{
    MessageOutcome outcome;
    outcome.clientKey = message.clientKey;
    switch (attempt.result) {
    case smtp::Attempt::Accepted:
        outcome.accepted = true;
        outcome.providerId = messageId;
        break;
    case smtp::Attempt::MaybeSent:
    case smtp::Attempt::CancelledMidway:
        outcome.unknown = true;
        outcome.providerId = messageId; // a bounce may still name it
        outcome.error = SmtpProvider::tr("The connection ended after the message went out, before the server "
                                         "answered: it may have it. (%1)")
                                .arg(attempt.message);
        break;
    case smtp::Attempt::RefusedForNow:
        outcome.error = SmtpProvider::tr("The server refused it for now (%1): retry later. %2")
                                .arg(attempt.code)
                                .arg(attempt.message);
        break;
    case smtp::Attempt::Refused:
        outcome.error = SmtpProvider::tr("The server refused it (%1): %2").arg(attempt.code).arg(attempt.message);
        break;
    default:
        outcome.error = SmtpProvider::tr("Not sent: %1").arg(attempt.message);
        break;
    }
    return outcome;
}

// Waits until `deadline` (ms of `clock`), or less when `cancel` is set.
void waitUntil(const QElapsedTimer &clock, qint64 deadline, const std::atomic_bool &cancel)
{
    while (!cancel.load() && clock.elapsed() < deadline)
        QThread::msleep(ulong(qMin<qint64>(50, deadline - clock.elapsed())));
}

} // namespace

SmtpProvider::SmtpProvider(const Account &account, const QString &secret, const ProviderContext &context,
                           QObject *parent)
    : Provider(account, parent)
    , m_clock(context.clock)
    , m_server(std::make_unique<smtp::Server>())
    , m_sender(account.settings.value(QStringLiteral("sender")).toString())
    , m_fromName(account.settings.value(QStringLiteral("from_name")).toString())
    , m_unsubscribeUrl(account.settings.value(QStringLiteral("unsubscribe_url")).toString())
    , m_perMinute(qMax(0, account.settings.value(QStringLiteral("messages_per_minute")).toInt()))
{
    m_server->url = QUrl(account.baseUrl);
    m_server->user = account.user;
    m_server->password = secret;
    m_server->timeoutMs = qBound(1000, account.settings.value(QStringLiteral("timeout_ms")).toInt(30000), 600000);
    smtp::initialiseGMime();
    m_pace = context.pace();
    m_connection = std::make_unique<smtp::Connection>(*m_server);
    if (const QString imap = account.settings.value(QStringLiteral("imap_server")).toString(); !imap.isEmpty()) {
        smtp::Server mailbox = *m_server;
        mailbox.url = QUrl(imap);
        mailbox.user = account.settings.value(QStringLiteral("imap_user")).toString(account.user);
        if (const QString own = context.sessionSecret(QStringLiteral("mailbox")); !own.isEmpty())
            mailbox.password = own; // its own password; else the same as the server's
        m_mailbox = std::make_unique<smtp::Mailbox>(
                mailbox, account.settings.value(QStringLiteral("imap_folder")).toString(QStringLiteral("INBOX")));
        m_reportDays = qBound(1, account.settings.value(QStringLiteral("report_days")).toInt(30), 366);
        m_mailboxName = QStringLiteral("%1 (%2)").arg(
                mailbox.url.host(),
                account.settings.value(QStringLiteral("imap_folder")).toString(QStringLiteral("INBOX")));
    }
}

SmtpProvider::~SmtpProvider()
{
    // Cancelled workers end within a second (libcurl asks the progress callback at least that often).
    for (auto it = m_workers.cbegin(); it != m_workers.cend(); ++it)
        *it.value() = true;
    for (auto it = m_workers.cbegin(); it != m_workers.cend(); ++it) {
        it.key()->wait();
        delete it.key();
    }
    // Saying QUIT and LOGOUT waits for the server: on a thread of its own, never the GUI's.
    std::thread([connection = std::move(m_connection), mailbox = std::move(m_mailbox)]() mutable {
        connection.reset();
        mailbox.reset();
    }).detach();
}

QString SmtpProvider::securityName() const
{
    if (m_server->url.scheme() == QLatin1String("smtps"))
        return QStringLiteral("TLS");
    return m_server->isLoopback() ? tr("STARTTLS where the server offers it") : QStringLiteral("STARTTLS");
}

ProviderInfo SmtpProvider::providerInfo()
{
    return smtp::providerInfo();
}

template<typename T>
void SmtpProvider::inBackground(ProviderReply *reply, std::function<T(const std::atomic_bool &cancel)> work,
                                std::function<void(const T &result)> done)
{
    auto cancel = std::make_shared<std::atomic_bool>(false);
    connect(reply, &ProviderReply::aborting, this, [cancel] { *cancel = true; });
    QPointer<ProviderReply> target = reply;
    QThread *worker = QThread::create([this, cancel, target, work = std::move(work), done = std::move(done)] {
        const QMutexLocker lock(&m_connectionLock);
        const T result = work(*cancel);
        QMetaObject::invokeMethod(this, [target, result, done] {
            if (target && !target->isFinished())
                done(result);
        });
    });
    m_workers.insert(worker, cancel);
    connect(worker, &QThread::finished, this, [this, worker] {
        if (m_workers.remove(worker))
            worker->deleteLater();
    });
    worker->start();
}

Reply<AccountStatus> SmtpProvider::verify()
{
    auto reply = Reply<AccountStatus>::make(this);
    inBackground<smtp::Attempt>(
            reply,
            [this](const std::atomic_bool &cancel) {
                smtp::Attempt attempt = m_connection->check(&cancel);
                if (attempt.result == smtp::Attempt::Accepted && m_mailbox) {
                    // The mailbox too: a wrong folder or login there means no bounces, which nothing else would say.
                    if (const QString problem = m_mailbox->check(&cancel); !problem.isEmpty()) {
                        attempt.result = smtp::Attempt::AccountRefused;
                        attempt.message = tr("Sending works, but the mailbox %1 cannot be read: %2")
                                                  .arg(m_mailboxName, problem);
                    }
                }
                return attempt;
            },
            [this, reply](const smtp::Attempt &attempt) {
                const QString loggedIn = tr("Logged in to %1 (%2).").arg(m_server->url.host(), securityName());
                switch (attempt.result) {
                case smtp::Attempt::Accepted:
                    return reply.finish(
                            {true,
                             m_mailbox ? loggedIn + QLatin1Char(' ')
                                             + tr("Bounces and replies are read from %1.").arg(m_mailboxName)
                                       : loggedIn,
                             std::nullopt,
                             {}});
                case smtp::Attempt::AccountRefused:
                    return reply.fail(
                            {ProviderError::Kind::Auth, QString::number(attempt.code), attempt.message, false, -1});
                case smtp::Attempt::CannotConnect:
                    return reply.fail({ProviderError::Kind::Permanent, {}, attempt.message, false, -1});
                default:
                    return reply.fail(
                            {ProviderError::Kind::Transient, QString::number(attempt.code), attempt.message, true, -1});
                }
            });
    return reply;
}

Reply<SendResult> SmtpProvider::send(const SendRequest &request)
{
    auto reply = Reply<SendResult>::make(this);
    if (request.channel != Channel::Email) {
        reply.fail({ProviderError::Kind::Unsupported, {}, tr("An SMTP server sends email only."), false, -1});
        return reply;
    }
    // The account's messages per minute hold across every send of the account (its session's pace): each message's
    // slot is taken here, on the provider's thread, and waited for by the worker.
    QList<int> waits;
    RequestPace *pace = m_pace ? m_pace : &m_ownPace;
    for (qsizetype i = 0; i < request.messages.size(); ++i)
        waits.append(m_perMinute > 0 ? pace->delayMs(m_perMinute / 60.0) : 0);
    QElapsedTimer since;
    since.start();
    inBackground<SendResult>(
            reply,
            [this, request, waits, since](const std::atomic_bool &cancel) {
                return sendAll(request, waits, since, cancel);
            },
            [reply](const SendResult &result) { reply.finish(result); });
    return reply;
}

Reply<QList<DeliveryEvent>> SmtpProvider::fetchEvents(const QStringList &providerIds)
{
    auto reply = Reply<QList<DeliveryEvent>>::make(this);
    if (!m_mailbox) { // nothing to read: what was accepted stays sent
        QMetaObject::invokeMethod(
                this, [reply] { reply.finish({}); }, Qt::QueuedConnection);
        return reply;
    }
    struct Read
    {
        QList<DeliveryEvent> events;
        QString error;
    };
    const QSet<QString> wanted(providerIds.cbegin(), providerIds.cend());
    inBackground<std::shared_ptr<Read>>(
            reply,
            [this, wanted](const std::atomic_bool &cancel) {
                auto read = std::make_shared<Read>();
                // What arrived in the last report_days (30), each message read once a provider: a refresh asks in
                // chunks of ids. The mailbox's dates are the mail server's, on the real calendar.
                const QDate since = QDate::currentDate().addDays(-m_reportDays);
                const QSet<qint64> known(m_mailReports.keyBegin(), m_mailReports.keyEnd());
                const QHash<qint64, QByteArray> fresh = m_mailbox->newMessages(since, known, &cancel, &read->error);
                for (auto it = fresh.cbegin(); it != fresh.cend(); ++it)
                    m_mailReports.insert(it.key(), smtp::readReports(it.value()));
                for (const QList<smtp::MailReport> &reports : std::as_const(m_mailReports)) {
                    for (const smtp::MailReport &report : reports) {
                        if (wanted.contains(report.messageId))
                            read->events.append({report.messageId, report.type, report.at, report.detail});
                    }
                }
                return read;
            },
            [this, reply](const std::shared_ptr<Read> &read) {
                if (!read->error.isEmpty())
                    return reply.fail({ProviderError::Kind::Transient,
                                       {},
                                       tr("the mailbox %1 could not be read: %2").arg(m_mailboxName, read->error),
                                       true,
                                       -1});
                reply.finish(read->events);
            });
    return reply;
}

SendResult SmtpProvider::sendAll(const SendRequest &request, const QList<int> &waits, const QElapsedTimer &since,
                                 const std::atomic_bool &cancel)
{
    SendResult result;
    int lostInARow = 0;
    int refusedInARow = 0;
    int lastRefusal = 0;
    QString stopped; // why the rest does not go
    const QString from = request.sender.trimmed().isEmpty() ? m_sender : request.sender.trimmed();
    for (qsizetype i = 0; i < request.messages.size(); ++i) {
        const OutgoingMessage &message = request.messages.at(i);
        const QString messageId = smtp::messageIdFor(message.clientKey, from);
        if (stopped.isEmpty() && !cancel.load())
            waitUntil(since, waits.value(i), cancel); // its slot of the account's messages per minute
        if (!stopped.isEmpty() || cancel.load()) {
            result.outcomes.append({message.clientKey,
                                    {},
                                    false,
                                    stopped.isEmpty() ? tr("Not sent: the send was stopped.") : stopped,
                                    false});
            continue;
        }
        smtp::MailParts parts;
        parts.fromAddress = from;
        parts.fromName = m_fromName;
        parts.to = message.address;
        parts.subject = message.subject;
        parts.messageId = messageId;
        parts.date = m_clock ? m_clock->now() : QDateTime::currentDateTimeUtc();
        parts.unsubscribeUrl = smtp::unsubscribeUrlFor(m_unsubscribeUrl, message.address);
        parts.html = TemplateRenderer::withUnsubscribeLink(message.body, parts.unsubscribeUrl.toHtmlEscaped());
        if (QUrl(message.attachment).isLocalFile() || message.attachment.startsWith(QLatin1Char('/')))
            parts.attachmentPath = QUrl(message.attachment).isLocalFile() ? QUrl(message.attachment).toLocalFile()
                                                                          : message.attachment;
        QString problem;
        const QByteArray data = smtp::buildMessage(parts, &problem);
        if (data.isEmpty()) {
            result.outcomes.append({message.clientKey, {}, false, tr("Not sent: %1").arg(problem), false});
            continue;
        }
        const smtp::Attempt attempt = m_connection->send(from, message.address, data, &cancel);
        result.outcomes.append(outcomeOf(message, messageId, attempt));
        switch (attempt.result) {
        case smtp::Attempt::AccountRefused:
        case smtp::Attempt::CannotConnect:
            stopped = tr("Not sent: %1 refused the account or could not be reached (%2).")
                              .arg(m_server->url.host(), attempt.message);
            result.stopReason = stopped;
            break;
        case smtp::Attempt::MaybeSent:
        case smtp::Attempt::NotSent:
            // A server that drops every connection: after three in a row, the rest waits for the next send.
            if (++lostInARow >= 3) {
                stopped = tr("Not sent: the connection to %1 was lost three times in a row.").arg(m_server->url.host());
                result.stopReason = stopped;
            }
            break;
        case smtp::Attempt::Refused:
        case smtp::Attempt::RefusedForNow:
            // The same refusal for five recipients in a row ("relay access denied", a throttle): the server refuses
            // the account, not them; the rest waits for the next send.
            refusedInARow = attempt.code == lastRefusal ? refusedInARow + 1 : 1;
            lastRefusal = attempt.code;
            lostInARow = 0;
            if (refusedInARow >= 5) {
                stopped = tr("Not sent: %1 refused five recipients in a row (%2).")
                                  .arg(m_server->url.host(), attempt.message);
                result.stopReason = stopped;
            }
            break;
        default:
            lostInARow = 0;
            refusedInARow = 0;
            break;
        }
    }
    return result;
}

} // namespace cm

// The module's entry point (smtpinfo.cpp loads it).
extern "C" Q_DECL_EXPORT cm::Provider *cm_smtp_create(const cm::Account &account, const QString &secret,
                                                      const cm::ProviderContext &context, QObject *parent)
{
    return new cm::SmtpProvider(account, secret, context, parent);
}
