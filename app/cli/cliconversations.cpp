// campaignctl conversations: WhatsApp conversations at a 360NRS account, read and answered.
#include "cli.h"
#include "cliutil.h"

#include "app/services/conversations.h"
#include "app/services/job.h"
#include "app/services/workspace.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QLocale>

namespace cm {

const char Cli::conversationsHelp[] = QT_TRANSLATE_NOOP(
        "cm::Cli",
        "  conversations list --account NAME   # WhatsApp conversations, where the provider keeps them\n"
        "  conversations show NUMBER --account NAME --from NUMBER\n"
        "  conversations reply NUMBER TEXT --account NAME --from NUMBER   # within the 24-hour session only");

namespace {

QJsonObject messageJson(const ConversationMessage &m)
{
    return {{QStringLiteral("id"), m.id},
            {QStringLiteral("direction"), m.inbound ? QStringLiteral("in") : QStringLiteral("out")},
            {QStringLiteral("type"), m.type},
            {QStringLiteral("content"), m.content},
            {QStringLiteral("sent_at"), jsonTimeOrNull(m.sentAt)},
            {QStringLiteral("delivered_at"), jsonTimeOrNull(m.deliveredAt)},
            {QStringLiteral("read_at"), jsonTimeOrNull(m.readAt)},
            {QStringLiteral("failed_at"), jsonTimeOrNull(m.failedAt)}};
}

QJsonObject conversationJson(const Conversation &c)
{
    return {{QStringLiteral("from"), c.from},
            {QStringLiteral("to"), c.to},
            {QStringLiteral("contact"), c.contactName},
            {QStringLiteral("status"), c.status},
            {QStringLiteral("session_active"), c.sessionActive},
            {QStringLiteral("session_expires_at"), jsonTimeOrNull(c.sessionExpiresAt)},
            {QStringLiteral("messages"), c.messageCount},
            {QStringLiteral("updated_at"), jsonTimeOrNull(c.updatedAt)}};
}

} // namespace

void Cli::conversations(const QStringList &args)
{
    const QString verb = args.value(0);
    const int positional = verb == QLatin1String("list") ? 0 : verb == QLatin1String("show") ? 1 : 2;
    if (verb != QLatin1String("list") && verb != QLatin1String("show") && verb != QLatin1String("reply"))
        return usage(tr("Use: campaignctl conversations list|show|reply …"));
    QCommandLineParser parser;
    const QCommandLineOption accountOption(QStringLiteral("account"), {}, QStringLiteral("NAME"));
    const QCommandLineOption fromOption(QStringLiteral("from"), {}, QStringLiteral("NUMBER"));
    parser.addOption(accountOption);
    parser.addOption(fromOption);
    QString error;
    if (!parseArguments(parser, args.mid(1), -1, &error))
        return usage(error);
    if (parser.positionalArguments().size() != positional)
        return usage(positional == 0 ? tr("Unexpected argument “%1”.").arg(parser.positionalArguments().value(0))
                             : positional == 1 ? tr("Give the user's number.")
                                               : tr("Give the user's number and the answer."));
    if (!parser.isSet(accountOption))
        return usage(tr("Say which account with --account NAME."));
    if (positional > 0 && !parser.isSet(fromOption))
        return usage(tr("Say which business number with --from NUMBER (conversations list shows it)."));
    if (!openWorkspace())
        return;
    const auto account = accountNamed(parser.value(accountOption));
    if (!account)
        return;
    auto *service = new ConversationService(m_workspace.get(), m_accountService.get(), m_jobs.get(), this);
    const QString from = parser.value(fromOption);
    const QString to = parser.positionalArguments().value(0);
    Job *job = verb == QLatin1String("list") ? service->list(account->id)
            : verb == QLatin1String("show")
            ? service->open(account->id, from, to)
            : service->reply(account->id, from, to, parser.positionalArguments().value(1));
    connect(job, &Job::finished, this, [this, job, verb](bool ok, const QString &message) {
        if (!ok)
            return fail(message);
        if (verb == QLatin1String("list")) {
            const auto list = job->property("conversations").value<QList<Conversation>>();
            if (m_json) {
                QJsonArray array;
                for (const Conversation &c : list)
                    array.append(conversationJson(c));
                printJson({{QStringLiteral("conversations"), array}});
            } else {
                QList<QStringList> rows;
                for (const Conversation &c : list)
                    rows.append({c.from, c.to, c.contactName, QString::number(c.messageCount),
                                 c.sessionActive ? tr("open until %1").arg(localTime(c.sessionExpiresAt))
                                                 : tr("closed: templates only"),
                                 localTime(c.updatedAt)});
                printTable({tr("FROM"), tr("TO"), tr("CONTACT"), tr("MESSAGES"), tr("SESSION"), tr("LAST")}, rows);
            }
        } else if (verb == QLatin1String("show")) {
            const auto thread = job->property("thread").value<ConversationThread>();
            if (m_json) {
                QJsonArray array;
                for (const ConversationMessage &m : thread.messages)
                    array.append(messageJson(m));
                QJsonObject object = conversationJson(thread.conversation);
                object.insert(QStringLiteral("messages"), array);
                printJson(object);
            } else {
                for (const ConversationMessage &m : thread.messages)
                    print(QStringLiteral("%1 %2 %3")
                                  .arg(localTime(m.sentAt), m.inbound ? QStringLiteral("<") : QStringLiteral(">"),
                                       m.content));
                print(thread.conversation.sessionActive
                              ? tr("The session is open until %1: you can answer with conversations reply.")
                                        .arg(localTime(thread.conversation.sessionExpiresAt))
                              : tr("The session is closed: only an approved template can be sent (a WhatsApp "
                                   "campaign)."));
            }
        } else {
            const auto sent = job->property("message").value<ConversationMessage>();
            if (m_json)
                printJson(messageJson(sent));
            else
                print(tr("Answered: %1").arg(sent.content));
        }
        finish(Success);
    });
}

} // namespace cm
