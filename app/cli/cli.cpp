// campaignctl's global options, its help, and the table of command groups it dispatches to.
#include "cli.h"

#include "app/services/appsetup.h"

#include <QCoreApplication>
#include <QLoggingCategory>

namespace cm {

namespace {

// campaignctl --help; %1 is the list of command groups.
const char *const usageText = QT_TRANSLATE_NOOP(
        "cm::Cli",
        "Usage: campaignctl [--db PATH] [--json] [--lang CODE] COMMAND …\n"
        "\n"
        "Commands:\n"
        "%1\n"
        "\n"
        "Options:\n"
        "  --db PATH        the workspace database (default: the app's own, in your data folder)\n"
        "  --json           machine-readable output: one JSON document on stdout\n"
        "  --lang CODE      the language of messages: en, tr, es or pl (default: the system's)\n"
        "  --help           this help; campaignctl COMMAND --help (or campaignctl help COMMAND) shows the\n"
        "                   command's subcommands and their options\n"
        "  --version        the version of campaignctl\n"
        "\n"
        "A secret is never an argument: --secret-stdin reads it from standard input, and CM_SECRET_<ACCOUNT>\n"
        "in the environment is used instead of the keychain.\n"
        "Exit status: 0 success, 1 the operation failed, 2 bad usage.");

bool isHelp(const QString &arg)
{
    return arg == QLatin1String("--help") || arg == QLatin1String("-h") || arg == QLatin1String("help");
}

} // namespace

// The command groups, in the order campaignctl --help lists them.
const Cli::CommandGroup Cli::s_groups[] = {
        {"accounts", &Cli::accounts, QT_TRANSLATE_NOOP("cm::Cli", "provider accounts and their credentials"),
         accountsHelp},
        {"groups", &Cli::groups, QT_TRANSLATE_NOOP("cm::Cli", "contact groups, here and at a provider"), groupsHelp},
        {"contacts", &Cli::contacts,
         QT_TRANSLATE_NOOP("cm::Cli", "the contacts of a group: list, add, delete, import, export"), contactsHelp},
        {"suppressions", &Cli::suppressions,
         QT_TRANSLATE_NOOP("cm::Cli", "addresses never sent to: opt-outs, bounces, blocks"), suppressionsHelp},
        {"segments", &Cli::segments,
         QT_TRANSLATE_NOOP("cm::Cli", "saved rules over contacts (country, fields, what they opened…) to send to"),
         segmentsHelp},
        {"templates", &Cli::templates,
         QT_TRANSLATE_NOOP("cm::Cli", "SMS, email, call and WhatsApp templates: add, render, share with a provider"),
         templatesHelp},
        {"campaigns", &Cli::campaigns, QT_TRANSLATE_NOOP("cm::Cli", "create, check, schedule and send campaigns"),
         campaignsHelp},
        {"reports", &Cli::reports,
         QT_TRANSLATE_NOOP("cm::Cli", "what came of a campaign: counters, exports, follow-up groups"), reportsHelp},
        {"series", &Cli::series,
         QT_TRANSLATE_NOOP("cm::Cli", "automated series: welcome and follow-up messages that run by themselves"),
         seriesHelp},
        {"workspace", &Cli::workspace, QT_TRANSLATE_NOOP("cm::Cli", "the workspace's own settings"), workspaceHelp},
        {"run-due", &Cli::runDue, QT_TRANSLATE_NOOP("cm::Cli", "send what is due, then exit (for cron)"), runDueHelp},
        {"conversations", &Cli::conversations, QT_TRANSLATE_NOOP("cm::Cli", "WhatsApp conversations: read and answer"),
         conversationsHelp},
};

void Cli::printHelp(const CommandGroup *group)
{
    if (group) {
        print(tr("campaignctl %1: %2").arg(QLatin1String(group->name), tr(group->summary)));
        print(QString());
        print(tr(group->help));
        print(QString());
        print(tr("Options for every command: [--db PATH] [--json] [--lang CODE]; see campaignctl --help."));
        return;
    }
    QStringList lines;
    for (const CommandGroup &g : s_groups)
        lines.append(QStringLiteral("  %1 %2").arg(QLatin1String(g.name), -15).arg(tr(g.summary)));
    print(tr(usageText).arg(lines.join(QLatin1Char('\n'))));
}

void Cli::run(const QStringList &arguments)
{
    QStringList rest;
    QString language;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &arg = arguments[i];
        if ((arg == QLatin1String("--db") || arg == QLatin1String("--lang")) && i + 1 >= arguments.size()) {
            usage(tr("%1 needs a value.").arg(arg));
            return;
        }
        if (arg == QLatin1String("--db"))
            m_dbPath = arguments[++i];
        else if (arg.startsWith(QLatin1String("--db=")))
            m_dbPath = arg.mid(5);
        else if (arg == QLatin1String("--lang"))
            language = arguments[++i];
        else if (arg.startsWith(QLatin1String("--lang=")))
            language = arg.mid(7);
        else if (arg == QLatin1String("--json"))
            m_json = true;
        else
            rest.append(arg);
    }
    setUpLanguage(QCoreApplication::instance(), language);
    if (!qEnvironmentVariableIsSet("CM_DEBUG"))
        QLoggingCategory::setFilterRules(QStringLiteral("cm.*=false\ncm.*.critical=true"));

    if (rest.value(0) == QLatin1String("--version")) {
        print(QStringLiteral("campaignctl %1").arg(QStringLiteral(CM_VERSION)));
        return finish(Success);
    }
    // campaignctl --help, or help GROUP; no command at all is bad usage (exit 2), with the help.
    const bool askedForHelp = !rest.isEmpty() && isHelp(rest.first());
    if (askedForHelp)
        rest.removeFirst();
    if (rest.isEmpty()) {
        printHelp(nullptr);
        return finish(askedForHelp ? Success : Usage);
    }
    const QString command = rest.takeFirst();
    for (const CommandGroup &group : s_groups) {
        if (command != QLatin1String(group.name))
            continue;
        // GROUP --help, GROUP help and GROUP SUBCOMMAND --help: the group's commands and options.
        if (askedForHelp || isHelp(rest.value(0))
            || (rest.value(1) == QLatin1String("--help") || rest.value(1) == QLatin1String("-h"))) {
            printHelp(&group);
            return finish(Success);
        }
        return (this->*group.run)(rest);
    }
    usage(tr("Unknown command “%1”. Run campaignctl --help for the list.").arg(command));
}

} // namespace cm
