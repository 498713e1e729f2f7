// campaignctl groups: contact groups here and their links to the groups a provider holds.
#include "cli.h"
#include "cliutil.h"

#include "app/services/groupsync.h"
#include "app/services/job.h"
#include "app/services/workspace.h"
#include "models/accountstore.h"
#include "models/groupstore.h"

#include <QCommandLineParser>
#include <QJsonArray>

#include <algorithm>

namespace cm {

const char Cli::groupsHelp[] = QT_TRANSLATE_NOOP(
        "cm::Cli",
        "  groups list [--account NAME]\n"
        "  groups create NAME [--account ACCOUNT]\n"
        "  groups list --account NAME --remote\n"
        "  groups sync NAME --account ACCOUNT [--push|--pull]\n"
        "  groups validate NAME --account ACCOUNT   # the provider checks the emails; bad ones suppressed\n"
        "  groups rename NAME NEW_NAME\n"
        "  groups delete NAME [--yes] [--remote]   # --remote: at the linked provider group too, first\n"
        "  groups merge NAME --into TARGET");

void Cli::groups(const QStringList &args)
{
    const QString sub = args.value(0);
    if (sub == QLatin1String("rename") || sub == QLatin1String("delete") || sub == QLatin1String("merge"))
        return editGroups(args);
    QCommandLineParser parser;
    const QCommandLineOption accountOption(QStringLiteral("account"), {}, QStringLiteral("NAME"));
    const QCommandLineOption remoteOption(QStringLiteral("remote"));
    const QCommandLineOption pushOption(QStringLiteral("push"));
    const QCommandLineOption pullOption(QStringLiteral("pull"));
    parser.addOption(accountOption);
    QString error;
    if (sub == QLatin1String("list"))
        parser.addOption(remoteOption);
    else if (sub == QLatin1String("sync"))
        parser.addOptions({pushOption, pullOption});
    else if (sub != QLatin1String("create") && sub != QLatin1String("validate"))
        return usage(tr("Use: campaignctl groups list|create|sync|validate …"));
    if (!parseArguments(parser, args.mid(1), sub == QLatin1String("list") ? 0 : 1, &error))
        return usage(error);
    const bool sync = sub == QLatin1String("sync");
    const bool validate = sub == QLatin1String("validate");
    const bool remote = sub == QLatin1String("list") && parser.isSet(remoteOption);
    if ((sync || remote || validate) && !parser.isSet(accountOption))
        return usage(tr("Name the account with --account."));
    if (sync && parser.isSet(pushOption) && parser.isSet(pullOption))
        return usage(tr("Choose --push or --pull, not both."));
    if (!openWorkspace())
        return;
    std::optional<Account> account;
    if (parser.isSet(accountOption) && !(account = accountNamed(parser.value(accountOption))))
        return;
    auto finishJob = [this](Job *job) {
        connect(job, &Job::finished, this, [this](bool ok, const QString &message) {
            if (!ok)
                return fail(message);
            if (m_json)
                printJson({{QStringLiteral("ok"), true}, {QStringLiteral("message"), message}});
            else
                print(message);
            finish(Success);
        });
    };

    if (sync || validate) {
        const auto group = groupNamed(parser.positionalArguments().first());
        if (!group)
            return;
        if (validate) // the check runs at the provider; its progress is polled
            return finishJob(m_groupSync->validateEmails(group->id, account->id,
                                                         qEnvironmentVariableIntValue("CM_POLL_MS") > 0
                                                                 ? qEnvironmentVariableIntValue("CM_POLL_MS")
                                                                 : 5000));
        return finishJob(parser.isSet(pullOption) ? m_groupSync->pull(group->id, account->id)
                                                  : m_groupSync->push(group->id, account->id));
    }
    if (sub == QLatin1String("create")) {
        const QString name = parser.positionalArguments().first().trimmed();
        if (name.isEmpty())
            return usage(tr("A group needs a name."));
        if (m_workspace->groups()->byName(name))
            return fail(tr("A group named “%1” exists already. Choose another name.").arg(name));
        if (account) // with an account: made at the provider too, and linked
            return m_groupSync->createLinked(name, account->id, this, printMessage());
        Group group;
        group.name = name;
        if (!m_workspace->groups()->create(group))
            return fail(m_workspace->groups()->lastError().message);
        if (m_json)
            printJson({{QStringLiteral("id"), group.id}, {QStringLiteral("name"), group.name}});
        else
            print(tr("Group “%1” created.").arg(group.name));
        return finish(Success);
    }
    if (remote) {
        m_groupSync->remoteGroups(
                account->id, this, [this](bool ok, const QString &message, const QList<RemoteGroup> &remote) {
                    if (!ok)
                        return fail(message);
                    if (m_json) {
                        QJsonArray array;
                        for (const RemoteGroup &g : remote)
                            array.append(QJsonObject {{QStringLiteral("remote_id"), g.id},
                                                      {QStringLiteral("name"), g.name},
                                                      {QStringLiteral("contacts"), g.contactCount}});
                        printJson({{QStringLiteral("groups"), array}});
                    } else {
                        QList<QStringList> rows;
                        for (const RemoteGroup &g : remote)
                            rows.append(
                                    {g.name, g.contactCount < 0 ? QString() : QString::number(g.contactCount), g.id});
                        printTable({tr("NAME"), tr("CONTACTS"), tr("REMOTE ID")}, rows);
                    }
                    finish(Success);
                });
        return;
    }
    QList<Group> list = m_workspace->groups()->groups();
    if (account)
        list.erase(std::remove_if(list.begin(), list.end(), [&](const Group &g) { return g.accountId != account->id; }),
                   list.end());
    QHash<qint64, QString> accountNames;
    for (const Account &a : m_workspace->accounts()->accounts())
        accountNames.insert(a.id, a.name);
    if (m_json) {
        QJsonArray array;
        for (const Group &g : std::as_const(list))
            array.append(QJsonObject {{QStringLiteral("id"), g.id},
                                      {QStringLiteral("name"), g.name},
                                      {QStringLiteral("contacts"), g.contactCount},
                                      {QStringLiteral("account"), accountNames.value(g.accountId)},
                                      {QStringLiteral("remote_id"), g.remoteId},
                                      {QStringLiteral("synced_at"), jsonTimeOrNull(g.syncedAt)}});
        printJson({{QStringLiteral("groups"), array}});
    } else {
        QList<QStringList> rows;
        for (const Group &g : std::as_const(list))
            rows.append({g.name, QString::number(g.contactCount), accountNames.value(g.accountId), g.remoteId});
        printTable({tr("NAME"), tr("CONTACTS"), tr("ACCOUNT"), tr("REMOTE ID")}, rows);
    }
    finish(Success);
}

void Cli::editGroups(const QStringList &args)
{
    const QString sub = args.value(0);
    QCommandLineParser parser;
    const QCommandLineOption yes(QStringLiteral("yes"));
    const QCommandLineOption into(QStringLiteral("into"), {}, QStringLiteral("TARGET"));
    const QCommandLineOption remote(QStringLiteral("remote"));
    parser.addOptions({yes, into, remote});
    QString error;
    if (!parseArguments(parser, args.mid(1), -1, &error))
        return usage(error);
    const QStringList names = parser.positionalArguments();
    if (names.size() != (sub == QLatin1String("rename") ? 2 : 1))
        return usage(sub == QLatin1String("rename") ? tr("Use: campaignctl groups rename NAME NEW_NAME")
                                                    : tr("Give exactly one name."));
    if (sub == QLatin1String("merge") && !parser.isSet(into))
        return usage(tr("Name the group to merge into with --into."));
    if (!openWorkspace())
        return;
    GroupStore *groups = m_workspace->groups();
    const auto group = groupNamed(names.first());
    if (!group)
        return;
    if (sub == QLatin1String("rename")) {
        const QString name = names.at(1).trimmed();
        const auto other = groups->byName(name);
        if (name.isEmpty())
            return usage(tr("A group needs a name."));
        if (other && other->id != group->id)
            return fail(tr("A group named “%1” exists already. Choose another name.").arg(name));
        if (!groups->rename(group->id, name))
            return fail(groups->lastError().message);
        print(tr("Group “%1” renamed to “%2”.").arg(group->name, name));
        if (Job *job = m_groupSync->renameLinked(group->id)) // and at its provider, where it is linked
            return endWithJob(job);
        return finish(Success);
    }
    if (sub == QLatin1String("delete")) {
        if (group->contactCount > 0 && !parser.isSet(yes))
            return fail(tr("“%1” has %2 contacts. Add --yes to delete the group and its contacts.")
                                .arg(group->name)
                                .arg(group->contactCount));
        if (parser.isSet(remote)) { // at its provider first, then here
            if (Job *job = m_groupSync->deleteLinked(group->id))
                return endWithJob(job);
            return fail(tr("“%1” is not linked to a group at a provider that can delete it; without --remote it is "
                           "deleted here only.")
                                .arg(group->name));
        }
        if (!groups->remove(group->id))
            return fail(groups->lastError().message);
        print(tr("Group “%1” deleted.").arg(group->name));
        return finish(Success);
    }
    const auto target = groupNamed(parser.value(into));
    if (!target)
        return;
    const auto [moved, duplicates] = groups->mergeGroups(group->id, target->id);
    if (moved < 0)
        return fail(groups->lastError().message);
    if (m_json)
        printJson({{QStringLiteral("moved"), moved}, {QStringLiteral("duplicates"), duplicates}});
    else
        print(tr("“%1” merged into “%2”: %n contact(s) moved, %3 already there.", nullptr, int(moved))
                      .arg(group->name, target->name)
                      .arg(duplicates));
    finish(Success);
}

} // namespace cm
