// What the SMTP suites share: an account on the test server, an email to some addresses, waiting for a reply, a
// campaign's audience, and the bounce samples of tests/data/dsn made for a message of ours.
#pragma once

#include "app/services/workspace.h"
#include "fakes/smtpserver.h"
#include "models/groupstore.h"
#include "models/templatestore.h"
#include "providers/provider.h"

#include <QFile>
#include <QObject>
#include <QProcess>
#include <QTest>

#include <optional>

namespace cm::smtptest {

inline Account smtpAccount(const test::SmtpServer &server, const QString &user = QStringLiteral("marketing"))
{
    Account account {0, QStringLiteral("Relay"), QStringLiteral("smtp"), server.url(), user, {}, {}};
    account.settings.insert(QStringLiteral("from_name"), QStringLiteral("Moda Şirketi"));
    account.settings.insert(QStringLiteral("unsubscribe_url"), QStringLiteral("https://example.com/unsubscribe"));
    account.settings.insert(QStringLiteral("timeout_ms"), 5000);
    return account;
}

inline SendRequest emailTo(const QStringList &addresses)
{
    SendRequest request;
    request.channel = Channel::Email;
    request.sender = QStringLiteral("news@moda.example");
    for (int i = 0; i < addresses.size(); ++i)
        request.messages.append({QStringLiteral("c1-r%1").arg(i + 1), addresses.at(i),
                                 QStringLiteral("İndirim başladı"),
                                 QStringLiteral("<p>Merhaba,</p><p>Yeni sezon: <a href=\"https://moda.example/s\">"
                                                "bakın</a>.</p><p><a href=\"{{unsubscribe_url}}\">Ayrıl</a></p>")});
    return request;
}

template<typename T> std::optional<T> wait(const Reply<T> &reply, ProviderError *error = nullptr, int ms = 20000)
{
    bool done = false;
    std::optional<T> result;
    QObject::connect(reply.get(), &ProviderReply::finished, [&] {
        done = true;
        if (reply->hasError()) {
            if (error)
                *error = reply->error();
        } else {
            result = reply.result();
        }
    });
    if (!QTest::qWaitFor([&done] { return done; }, ms))
        qWarning() << "no answer";
    return result;
}

inline MessageOutcome outcomeFor(const SendResult &result, const QString &key)
{
    for (const MessageOutcome &o : result.outcomes)
        if (o.clientKey == key)
            return o;
    return {};
}

#ifdef CAMPAIGNCTL
// Runs campaignctl on the workspace `db` with `args` in `process` (whose environment a test may set), waiting for it;
// its exit code.
inline int runCtl(QProcess &process, const QString &db, const QStringList &args)
{
    process.start(QStringLiteral(CAMPAIGNCTL), QStringList {QStringLiteral("--db"), db} + args);
    (void)QTest::qWaitFor([&process] { return process.state() == QProcess::NotRunning; }, 60000);
    return process.exitCode();
}
#endif

// A group of `addresses` and an email template with an unsubscribe link, both named `name`: what a campaign sends.
struct Audience
{
    qint64 groupId = 0;
    qint64 templateId = 0;
};
inline Audience makeAudience(Workspace &ws, const QString &name, const QStringList &addresses)
{
    Group group;
    group.name = name;
    ws.groups()->create(group);
    QList<Contact> contacts;
    for (const QString &address : addresses) {
        Contact c;
        c.email = address;
        c.firstName = QStringLiteral("Ayşe");
        contacts.append(c);
    }
    ws.groups()->addContacts(group.id, contacts);
    Template t;
    t.name = name;
    t.channel = Channel::Email;
    t.subject = QStringLiteral("Bahar indirimi");
    t.body = QStringLiteral("<p>Merhaba {{first_name}}</p><p><a href=\"{{unsubscribe_url}}\">Ayrıl</a></p>");
    ws.templates()->add(t);
    return {group.id, t.id};
}

// A sample of tests/data/dsn for a message of ours.
inline QByteArray sample(const QString &name, const QString &messageId, const QString &recipient,
                         const QString &from = QStringLiteral("news@moda.example"))
{
    QFile file(QStringLiteral(CM_DSN_DATA "/") + name);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QByteArray text = file.readAll();
    text.replace("@@MESSAGE_ID@@", messageId.toUtf8());
    text.replace("@@RECIPIENT@@", recipient.toUtf8());
    text.replace("@@FROM@@", from.toUtf8());
    return text;
}

} // namespace cm::smtptest
