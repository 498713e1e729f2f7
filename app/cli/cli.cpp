#include "cli.h"
#include "cliutil.h"

#include "app/services/accountservice.h"
#include "app/services/appsetup.h"
#include "app/services/composer.h"
#include "app/services/contactimport.h"
#include "app/services/dispatcher.h"
#include "app/services/groupsync.h"
#include "app/services/job.h"
#include "app/services/reportfiles.h"
#include "app/services/reportservice.h"
#include "app/services/secretstore.h"
#include "app/services/suppressionfiles.h"
#include "app/services/workspace.h"
#include "models/accountstore.h"
#include "models/campaignstore.h"
#include "models/clock.h"
#include "models/contactquery.h"
#include "models/groupstore.h"
#include "models/suppressionstore.h"
#include "models/templatestore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QLoggingCategory>
#include <QTextStream>

#include <cstdio>

namespace cm {

namespace {

const char *const usageText = QT_TRANSLATE_NOOP(
        "cm::Cli",
        "Usage: campaignctl [--db PATH] [--json] [--lang CODE] COMMAND …\n"
        "\n"
        "  accounts add NAME --provider PROVIDER [--base-url URL] [--user USER] [--secret-stdin]\n"
        "               [--setting KEY=VALUE]…\n"
        "  accounts edit NAME [--base-url URL] [--user USER] [--secret-stdin] [--setting KEY=VALUE]…\n"
        "  accounts list\n"
        "  accounts verify NAME\n"
        "  accounts remove NAME\n"
        "  groups list [--account NAME]\n"
        "  groups create NAME [--account ACCOUNT]\n"
        "  groups list --account NAME --remote\n"
        "  groups sync NAME --account ACCOUNT [--push|--pull]\n"
        "  groups validate NAME --account ACCOUNT   # the provider checks the emails (360NRS); bad ones suppressed\n"
        "  groups rename NAME NEW_NAME\n"
        "  groups delete NAME [--yes] [--remote]   # --remote: at the linked provider group too, first\n"
        "  groups merge NAME --into TARGET\n"
        "  contacts list --group NAME [--search WORDS] [--sort FIELD[:desc]] [--limit N]\n"
        "  contacts add --group NAME [--email E] [--phone P] [--first-name T] [--last-name T] [--city T]\n"
        "               [--country CC] [--field KEY=VALUE]… [--region CC]\n"
        "  contacts delete --group NAME ADDRESS…\n"
        "  contacts import FILE --group NAME [--region CC] [--delimiter C] [--encoding NAME]\n"
        "                  [--map CSVCOLUMN=FIELD]… [--on-duplicate skip|update] [--header auto|yes|no]\n"
        "                  [--report REPORT.csv]\n"
        "  contacts export FILE --group NAME [--search WORDS] [--delimiter C] [--encoding NAME] [--bom]\n"
        "  contacts undo-import IMPORT_ID\n"
        "  suppressions list [--search TEXT]\n"
        "  suppressions add ADDRESS… [--channel sms|email|voice|all] [--reason opt_out|block|bounce|complaint]\n"
        "                   [--region CC]\n"
        "  suppressions remove ADDRESS…\n"
        "  suppressions import FILE [--region CC]\n"
        "  suppressions export FILE [--delimiter C] [--bom]\n"
        "  suppressions sync --account NAME     # with the account's opt-out list (360NRS blacklist), both ways\n"
        "  templates list\n"
        "  templates add NAME --channel sms|email [--subject TEXT] (--body TEXT | --body-file FILE)\n"
        "                [--text-file FILE] [--transactional]\n"
        "  templates render NAME --contact EMAIL_OR_PHONE [--group NAME]\n"
        "  templates delete NAME\n"
        "  templates push NAME --account ACCOUNT   # an email template to the provider's templates (360NRS)\n"
        "  templates pull --account ACCOUNT        # the provider's templates here, as email templates\n"
        "  campaigns list\n"
        "  campaigns create NAME --account ACCOUNT --group GROUP… --template TEMPLATE [--sender ID]\n"
        "                   [--exclude-group GROUP]… [--at \"YYYY-MM-DD HH:MM\" [--tz ZONE]] [--window HH:MM-HH:MM]\n"
        "                   [--option KEY=VALUE]… [--in-app]  # the provider's own, e.g. tags=spring (360NRS)\n"
        "                   # 360NRS: --option delivery=landing|voice|voice_audio|whatsapp, with that kind's fields\n"
        "  campaigns schedule NAME --at \"YYYY-MM-DD HH:MM\" [--tz ZONE]  # or --now: back to a draft\n"
        "                   [--in-app]        # not handed to a provider that holds scheduled sends (360NRS)\n"
        "  campaigns check NAME                # the pre-send check: recipients, parts, cost, missing fields\n"
        "  campaigns send NAME [--test-to ADDRESS_OR_PHONE]…  # resumes an interrupted send; never twice\n"
        "  campaigns status NAME\n"
        "  campaigns retry NAME                # sends the failed recipients again\n"
        "  campaigns resolve NAME --as sent|failed  # what happened to the unknown recipients\n"
        "  campaigns cancel NAME\n"
        "  campaigns clone NAME NEW_NAME\n"
        "  reports show NAME [--refresh]\n"
        "  reports export NAME FILE [--delimiter C] [--bom]   # per recipient: state, events, clicked links\n"
        "  reports retarget NAME --who clicked|opened|failed|… --group NEW_GROUP\n"
        "  reports compare NAME [NAME…]        # delivery, open, click, bounce, unsubscribe rates and cost\n"
        "  run-due                             # sends what is due (scheduled, or paused by its window)\n"
        "  conversations list --account NAME   # WhatsApp conversations (360NRS)\n"
        "  conversations show NUMBER --account NAME --from NUMBER\n"
        "  conversations reply NUMBER TEXT --account NAME --from NUMBER   # within the 24-hour session only\n"
        "\n"
        "A secret is never an argument: --secret-stdin reads it from standard input, and CM_SECRET_<ACCOUNT>\n"
        "in the environment is used instead of the keychain.\n"
        "Exit status: 0 success, 1 the operation failed, 2 bad usage.");

} // namespace

QString jsonTime(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODate) : QString();
}

QJsonValue jsonTimeOrNull(const QDateTime &time)
{
    return time.isValid() ? QJsonValue(jsonTime(time)) : QJsonValue();
}

Cli::Cli(QObject *parent)
    : QObject(parent)
{ }

Cli::~Cli()
{
    // The services use the workspace: they go first.
    m_dispatcher.reset();
    m_groupSync.reset();
    m_reportService.reset();
    m_accountService.reset();
    m_jobs.reset();
    m_secrets.reset();
    m_workspace.reset();
}

void Cli::finish(int code)
{
    std::fflush(stdout);
    QCoreApplication::exit(code);
}

void Cli::usage(const QString &message)
{
    std::fprintf(stderr, "%s\n", qPrintable(message));
    finish(Usage);
}

void Cli::fail(const QString &message)
{
    QString oneLine = message;
    oneLine.replace(QLatin1Char('\n'), QLatin1Char(' '));
    std::fprintf(stderr, "%s\n", qPrintable(oneLine));
    finish(Failure);
}

void Cli::print(const QString &text)
{
    std::fprintf(stdout, "%s\n", text.toUtf8().constData());
}

void Cli::endWithJob(Job *job)
{
    connect(job, &Job::finished, this, [this](bool ok, const QString &message) {
        if (!ok)
            return fail(message);
        print(message);
        finish(Success);
    });
}

void Cli::printJson(const QJsonObject &document)
{
    std::fprintf(stdout, "%s", QJsonDocument(document).toJson(QJsonDocument::Indented).constData());
}

void Cli::printTable(const QStringList &headers, const QList<QStringList> &rows)
{
    QList<qsizetype> widths;
    for (const QString &h : headers)
        widths.append(h.size());
    for (const QStringList &row : rows) {
        for (qsizetype i = 0; i < row.size() && i < widths.size(); ++i)
            widths[i] = qMax(widths[i], row[i].size());
    }
    auto line = [&](const QStringList &cells) {
        QString text;
        for (qsizetype i = 0; i < cells.size(); ++i)
            text += i + 1 < cells.size() ? cells[i].leftJustified(widths[i] + 2) : cells[i];
        print(text.trimmed());
    };
    line(headers);
    for (const QStringList &row : rows)
        line(row);
}

std::optional<Account> Cli::accountNamed(const QString &name)
{
    auto account = m_workspace->accounts()->byName(name);
    if (!account)
        fail(tr("There is no account named “%1”. See campaignctl accounts list.").arg(name));
    return account;
}

bool Cli::openWorkspace()
{
    m_clock = Clock::fromEnvironment();
    m_workspace = std::make_unique<Workspace>(m_dbPath.isEmpty() ? Database::defaultPath() : m_dbPath, m_clock.get());
    if (const DatabaseError error = m_workspace->open()) {
        fail(error.message);
        return false;
    }
    m_secrets = std::make_unique<KeychainSecretStore>(QStringLiteral("org.campaignmanager.CampaignManager"));
    m_jobs = std::make_unique<JobTracker>();
    m_accountService = std::make_unique<AccountService>(m_workspace.get(), m_secrets.get(), m_jobs.get(), true);
    m_reportService = std::make_unique<ReportService>(m_workspace.get(), m_accountService.get(), m_jobs.get());
    m_groupSync = std::make_unique<GroupSyncService>(m_workspace.get(), m_accountService.get(), m_jobs.get());
    m_dispatcher = std::make_unique<Dispatcher>(m_workspace.get(), m_accountService.get(), m_jobs.get());
    return true;
}

std::optional<Campaign> Cli::findCampaign(const QString &name)
{
    auto campaign = m_workspace->campaigns()->byName(name);
    if (!campaign)
        fail(tr("There is no campaign named “%1”. See campaignctl campaigns list.").arg(name));
    return campaign;
}

QString Cli::stdinSecret()
{
    QTextStream in(stdin);
    QString secret = in.readLine();
    return secret.trimmed();
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

    if (rest.isEmpty() || rest.first() == QLatin1String("--help") || rest.first() == QLatin1String("-h")
        || rest.first() == QLatin1String("help")) {
        print(tr(usageText));
        finish(rest.isEmpty() ? Usage : Success);
        return;
    }
    if (rest.first() == QLatin1String("--version")) {
        print(QStringLiteral("campaignctl %1").arg(QStringLiteral(CM_VERSION)));
        finish(Success);
        return;
    }
    const QString command = rest.takeFirst();
    if (command == QLatin1String("accounts"))
        accounts(rest);
    else if (command == QLatin1String("groups"))
        groups(rest);
    else if (command == QLatin1String("templates"))
        templates(rest);
    else if (command == QLatin1String("campaigns"))
        campaigns(rest);
    else if (command == QLatin1String("reports"))
        reports(rest);
    else if (command == QLatin1String("contacts"))
        contacts(rest);
    else if (command == QLatin1String("suppressions"))
        suppressions(rest);
    else if (command == QLatin1String("run-due"))
        runDue(rest);
    else if (command == QLatin1String("conversations"))
        conversations(rest);
    else
        usage(tr("Unknown command “%1”. Run campaignctl --help for the list.").arg(command));
}

// Parses a subcommand's arguments; `positional` names the required positional arguments.
bool parseArguments(QCommandLineParser &parser, const QStringList &args, int positional, QString *error)
{
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    if (!parser.parse(QStringList {QStringLiteral("campaignctl")} + args)) {
        *error = parser.errorText();
        return false;
    }
    if (parser.positionalArguments().size() != positional) {
        *error = positional == 1  ? Cli::tr("Give exactly one name.")
                : positional == 2 ? Cli::tr("Give the name and the new name.")
                                  : Cli::tr("Unexpected argument “%1”.").arg(parser.positionalArguments().value(0));
        return false;
    }
    return true;
}

namespace {
// --delimiter: one character, or "tab" / "\t". Leaves `delimiter` alone when the option is empty; false when the
// text is more than one character.
bool readDelimiter(const QString &text, QChar *delimiter)
{
    const QString value = text == QLatin1String("\\t") || text == QLatin1String("tab") ? QStringLiteral("\t") : text;
    if (value.size() > 1)
        return false;
    if (!value.isEmpty())
        *delimiter = value.front();
    return true;
}
} // namespace

void Cli::accounts(const QStringList &args)
{
    const QString sub = args.value(0);
    QCommandLineParser parser;
    const QCommandLineOption provider(QStringLiteral("provider"), {}, QStringLiteral("PROVIDER"));
    const QCommandLineOption baseUrl(QStringLiteral("base-url"), {}, QStringLiteral("URL"));
    const QCommandLineOption user(QStringLiteral("user"), {}, QStringLiteral("USER"));
    const QCommandLineOption secretStdin(QStringLiteral("secret-stdin"));
    const QCommandLineOption setting(QStringLiteral("setting"), {}, QStringLiteral("KEY=VALUE"));
    QString error;

    // --setting KEY=VALUE, repeatable: a value that reads as JSON (a number, true, {"…": …}) is taken as JSON,
    // anything else as text; an empty value removes the setting.
    auto applySettings = [&](QJsonObject settings, QString *problem) {
        for (const QString &pair : parser.values(setting)) {
            const qsizetype eq = pair.indexOf(QLatin1Char('='));
            if (eq <= 0) {
                *problem = tr("--setting takes KEY=VALUE, not “%1”.").arg(pair);
                return settings;
            }
            const QString key = pair.left(eq);
            const QString value = pair.mid(eq + 1);
            if (value.isEmpty()) {
                settings.remove(key);
                continue;
            }
            const QJsonDocument asJson = QJsonDocument::fromJson("[" + value.toUtf8() + "]");
            settings.insert(
                    key, asJson.isArray() && asJson.array().size() == 1 ? asJson.array().first() : QJsonValue(value));
        }
        return settings;
    };

    if (sub == QLatin1String("edit")) {
        parser.addOptions({baseUrl, user, secretStdin, setting});
        if (!parseArguments(parser, args.mid(1), 1, &error))
            return usage(error);
        if (!openWorkspace())
            return;
        auto account = accountNamed(parser.positionalArguments().first());
        if (!account)
            return;
        if (parser.isSet(baseUrl))
            account->baseUrl = parser.value(baseUrl);
        if (parser.isSet(user))
            account->user = parser.value(user);
        account->settings = applySettings(account->settings, &error);
        if (!error.isEmpty())
            return usage(error);
        const QString secret = parser.isSet(secretStdin) ? stdinSecret() : QString();
        if (parser.isSet(secretStdin) && secret.isEmpty())
            return usage(tr("--secret-stdin was given, but standard input was empty."));
        m_accountService->update(*account, secret, this, [this](bool ok, const QString &message) {
            if (!ok)
                return fail(message);
            print(message);
            finish(Success);
        });
        return;
    }
    if (sub == QLatin1String("add")) {
        parser.addOptions({provider, baseUrl, user, secretStdin, setting});
        if (!parseArguments(parser, args.mid(1), 1, &error))
            return usage(error);
        if (!parser.isSet(provider))
            return usage(tr("Name the provider with --provider (sandbox, outbox, nrs360, freshmail, emailcampaigns, "
                            "deployments)."));
        if (!openWorkspace())
            return;
        Account account;
        account.name = parser.positionalArguments().first();
        account.provider = parser.value(provider);
        account.baseUrl = parser.value(baseUrl);
        account.user = parser.value(user);
        account.settings = applySettings({}, &error);
        if (!error.isEmpty())
            return usage(error);
        const QString secret = parser.isSet(secretStdin) ? stdinSecret() : QString();
        if (parser.isSet(secretStdin) && secret.isEmpty())
            return usage(tr("--secret-stdin was given, but standard input was empty."));
        m_accountService->add(account, secret, this, [this, name = account.name](bool ok, const QString &message) {
            if (!ok)
                return fail(message);
            const auto added = m_workspace->accounts()->byName(name);
            if (m_json)
                printJson({{QStringLiteral("id"), added ? added->id : 0},
                           {QStringLiteral("name"), name},
                           {QStringLiteral("provider"), added ? added->provider : QString()},
                           {QStringLiteral("message"), message}});
            else
                print(message);
            finish(Success);
        });
        return;
    }
    if (sub == QLatin1String("list")) {
        if (!parseArguments(parser, args.mid(1), 0, &error))
            return usage(error);
        if (!openWorkspace())
            return;
        const QList<Account> list = m_workspace->accounts()->accounts();
        if (m_json) {
            QJsonArray array;
            for (const Account &a : list)
                array.append(QJsonObject {{QStringLiteral("id"), a.id},
                                          {QStringLiteral("name"), a.name},
                                          {QStringLiteral("provider"), a.provider},
                                          {QStringLiteral("base_url"), a.baseUrl},
                                          {QStringLiteral("user"), a.user},
                                          {QStringLiteral("settings"), AccountService::editableSettings(a)}});
            printJson({{QStringLiteral("accounts"), array}});
        } else {
            QList<QStringList> rows;
            for (const Account &a : list)
                rows.append({a.name, m_workspace->providers().displayName(a.provider), a.user, a.baseUrl});
            printTable({tr("NAME"), tr("PROVIDER"), tr("USER"), tr("BASE URL")}, rows);
        }
        return finish(Success);
    }
    if (sub == QLatin1String("verify") || sub == QLatin1String("remove")) {
        if (!parseArguments(parser, args.mid(1), 1, &error))
            return usage(error);
        if (!openWorkspace())
            return;
        const QString name = parser.positionalArguments().first();
        const auto account = accountNamed(name);
        if (!account)
            return;
        if (sub == QLatin1String("remove")) {
            m_accountService->remove(account->id, this, [this](bool ok, const QString &message) {
                if (!ok)
                    return fail(message);
                print(message);
                finish(Success);
            });
            return;
        }
        const auto info = m_workspace->providers().info(account->provider);
        m_accountService->verify(
                account->id, this, [this, info](bool ok, const QString &message, const AccountStatus &status) {
                    if (!ok)
                        return fail(message);
                    const QStringList capabilities = info ? info->capabilityNames() : QStringList();
                    if (m_json) {
                        printJson({{QStringLiteral("ok"), true},
                                   {QStringLiteral("detail"), status.detail},
                                   {QStringLiteral("balance"),
                                    status.balance ? QJsonValue(*status.balance) : QJsonValue()},
                                   {QStringLiteral("currency"), status.currency},
                                   {QStringLiteral("capabilities"), QJsonArray::fromStringList(capabilities)}});
                    } else {
                        print(tr("The connection works. %1").arg(message));
                        if (status.balance)
                            print(tr("Balance: %1 %2")
                                          .arg(QLocale().toString(*status.balance, 'f', 2), status.currency));
                        print(tr("Can do: %1").arg(capabilities.join(QStringLiteral(", "))));
                    }
                    finish(Success);
                });
        return;
    }
    usage(tr("Use: campaignctl accounts add|edit|list|verify|remove …"));
}

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
    if (parser.isSet(accountOption)) {
        account = m_workspace->accounts()->byName(parser.value(accountOption));
        if (!account)
            return fail(tr("There is no account named “%1”. See campaignctl accounts list.")
                                .arg(parser.value(accountOption)));
    }
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
        const auto group = m_workspace->groups()->byName(parser.positionalArguments().first());
        if (!group)
            return fail(tr("There is no group named “%1”. See campaignctl groups list.")
                                .arg(parser.positionalArguments().first()));
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
        if (account) {
            // With an account: made at the provider too, and linked.
            m_groupSync->createLinked(name, account->id, this, [this](bool ok, const QString &message) {
                if (!ok)
                    return fail(message);
                print(message);
                finish(Success);
            });
            return;
        }
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

// templates push NAME --account A (to the provider's template store), templates pull --account A (all of them here).
void Cli::exchangeTemplates(const QStringList &args)
{
    const bool push = args.value(0) == QLatin1String("push");
    QCommandLineParser parser;
    const QCommandLineOption accountOption(QStringLiteral("account"), {}, QStringLiteral("NAME"));
    parser.addOption(accountOption);
    QString error;
    if (!parseArguments(parser, args.mid(1), push ? 1 : 0, &error))
        return usage(error);
    if (!parser.isSet(accountOption))
        return usage(tr("Say which account with --account NAME."));
    if (!openWorkspace())
        return;
    const auto account = accountNamed(parser.value(accountOption));
    if (!account)
        return;
    Job *job = nullptr;
    if (push) {
        const auto tmpl = m_workspace->templates()->byName(parser.positionalArguments().first());
        if (!tmpl)
            return fail(tr("There is no template named “%1”. See campaignctl templates list.")
                                .arg(parser.positionalArguments().first()));
        job = m_groupSync->pushTemplate(tmpl->id, account->id);
    } else {
        job = m_groupSync->pullTemplates(account->id);
    }
    connect(job, &Job::finished, this, [this, job](bool ok, const QString &message) {
        if (!ok)
            return fail(message);
        if (m_json)
            printJson({{QStringLiteral("message"), message},
                       {QStringLiteral("remote_id"), job->property("remote_id").toString()}});
        else
            print(message);
        finish(Success);
    });
}

void Cli::templates(const QStringList &args)
{
    QCommandLineParser parser;
    QString error;
    if (args.value(0) == QLatin1String("add") || args.value(0) == QLatin1String("render")
        || args.value(0) == QLatin1String("delete"))
        return editTemplates(args);
    if (args.value(0) == QLatin1String("push") || args.value(0) == QLatin1String("pull"))
        return exchangeTemplates(args);
    if (args.value(0) != QLatin1String("list"))
        return usage(tr("Use: campaignctl templates list|add|render|delete|push|pull …"));
    if (!parseArguments(parser, args.mid(1), 0, &error))
        return usage(error);
    if (!openWorkspace())
        return;
    const QList<Template> list = m_workspace->templates()->templates();
    if (m_json) {
        QJsonArray array;
        for (const Template &t : list)
            array.append(QJsonObject {{QStringLiteral("id"), t.id},
                                      {QStringLiteral("name"), t.name},
                                      {QStringLiteral("channel"), channelKey(t.channel)},
                                      {QStringLiteral("subject"), t.subject},
                                      {QStringLiteral("body"), t.body},
                                      {QStringLiteral("updated_at"), jsonTime(t.updatedAt)}});
        printJson({{QStringLiteral("templates"), array}});
    } else {
        QList<QStringList> rows;
        for (const Template &t : list)
            rows.append({t.name, channelKey(t.channel), t.channel == Channel::Email ? t.subject : t.body.left(40)});
        printTable({tr("NAME"), tr("CHANNEL"), tr("SUBJECT OR TEXT")}, rows);
    }
    finish(Success);
}

void Cli::campaigns(const QStringList &args)
{
    QCommandLineParser parser;
    QString error;
    if (QStringList {QStringLiteral("create"), QStringLiteral("send"), QStringLiteral("status"),
                     QStringLiteral("retry")}
                .contains(args.value(0)))
        return sendCampaigns(args);
    if (QStringList {QStringLiteral("schedule"), QStringLiteral("cancel"), QStringLiteral("clone"),
                     QStringLiteral("resolve"), QStringLiteral("check")}
                .contains(args.value(0)))
        return editCampaigns(args);
    if (args.value(0) != QLatin1String("list"))
        return usage(
                tr("Use: campaignctl campaigns list|create|check|schedule|send|status|retry|resolve|cancel|clone …"));
    if (!parseArguments(parser, args.mid(1), 0, &error))
        return usage(error);
    if (!openWorkspace())
        return;
    const QList<Campaign> list = m_workspace->campaigns()->campaigns();
    if (m_json) {
        QJsonArray array;
        for (const Campaign &c : list)
            array.append(QJsonObject {{QStringLiteral("id"), c.id},
                                      {QStringLiteral("name"), c.name},
                                      {QStringLiteral("channel"), channelKey(c.channel)},
                                      {QStringLiteral("state"), campaignStateKey(c.state)},
                                      {QStringLiteral("account"), c.accountName},
                                      {QStringLiteral("group"), c.groupName},
                                      {QStringLiteral("template"), c.templateName},
                                      {QStringLiteral("scheduled_at"), jsonTimeOrNull(c.scheduledAt)},
                                      {QStringLiteral("time_zone"), c.timeZone},
                                      {QStringLiteral("finished_at"), jsonTimeOrNull(c.finishedAt)},
                                      {QStringLiteral("recipients"), c.recipientCount}});
        printJson({{QStringLiteral("campaigns"), array}});
    } else {
        QList<QStringList> rows;
        const QLocale locale;
        for (const Campaign &c : list) {
            const QDateTime when = c.scheduledAt.isValid() ? c.scheduledAt : c.finishedAt;
            rows.append({c.name, channelKey(c.channel), campaignStateKey(c.state),
                         when.isValid() ? locale.toString(when.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm"))
                                        : QString(),
                         QString::number(c.recipientCount), c.accountName});
        }
        printTable({tr("NAME"), tr("CHANNEL"), tr("STATE"), tr("WHEN"), tr("RECIPIENTS"), tr("ACCOUNT")}, rows);
    }
    finish(Success);
}

void Cli::contacts(const QStringList &args)
{
    const QString sub = args.value(0);
    if (sub == QLatin1String("list") || sub == QLatin1String("add") || sub == QLatin1String("delete"))
        return editContacts(args);
    QCommandLineParser parser;
    const QCommandLineOption group(QStringLiteral("group"), {}, QStringLiteral("NAME"));
    const QCommandLineOption region(QStringLiteral("region"), {}, QStringLiteral("CC"));
    const QCommandLineOption delimiter(QStringLiteral("delimiter"), {}, QStringLiteral("C"));
    const QCommandLineOption encoding(QStringLiteral("encoding"), {}, QStringLiteral("NAME"));
    const QCommandLineOption map(QStringLiteral("map"), {}, QStringLiteral("CSVCOLUMN=FIELD"));
    const QCommandLineOption onDuplicate(QStringLiteral("on-duplicate"), {}, QStringLiteral("skip|update"));
    const QCommandLineOption headerRow(QStringLiteral("header"), {}, QStringLiteral("auto|yes|no"));
    QString error;
    if (sub == QLatin1String("undo-import")) {
        if (!parseArguments(parser, args.mid(1), 1, &error))
            return usage(error);
        bool ok = false;
        const qint64 id = parser.positionalArguments().first().toLongLong(&ok);
        if (!ok)
            return usage(tr("Give the import's number, as contacts import printed it."));
        if (!openWorkspace())
            return;
        ContactImportService service(m_workspace.get(), m_jobs.get());
        QString message;
        if (!service.undo(id, &message))
            return fail(message);
        print(message);
        return finish(Success);
    }
    if (sub == QLatin1String("export")) {
        const QCommandLineOption bom(QStringLiteral("bom"));
        const QCommandLineOption search(QStringLiteral("search"), {}, QStringLiteral("WORDS"));
        parser.addOptions({group, delimiter, encoding, bom, search});
        if (!parseArguments(parser, args.mid(1), 1, &error))
            return usage(error);
        if (!parser.isSet(group))
            return usage(tr("Name the group with --group."));
        CsvWriteOptions options;
        if (!readDelimiter(parser.value(delimiter), &options.delimiter))
            return usage(tr("--delimiter takes one character, such as ; or tab."));
        if (!openWorkspace())
            return;
        const auto target = m_workspace->groups()->byName(parser.value(group));
        if (!target)
            return fail(tr("There is no group named “%1”. See campaignctl groups list.").arg(parser.value(group)));
        if (parser.isSet(encoding))
            options.encoding = parser.value(encoding).toLatin1();
        options.bom = parser.isSet(bom);
        QList<qint64> ids; // with --search: the matching contacts only
        if (parser.isSet(search)) {
            if (ContactQuery::matchExpression(parser.value(search)).isEmpty())
                return usage(tr("--search needs a word: a name, an email address, a phone number or a city."));
            const ContactKeys keys = contactKeys(m_workspace->database(), {target->id, parser.value(search)});
            if (!keys.ok)
                return fail(keys.error);
            if (keys.ids.isEmpty())
                return fail(tr("No contact of “%1” matches “%2”; no file was written.")
                                    .arg(target->name, parser.value(search)));
            ids = keys.ids;
        }
        const std::atomic<bool> never {false};
        const ExportReport report = ContactImportService::exportGroup(
                m_workspace->database(), target->id, parser.positionalArguments().first(), options, never,
                [](qint64, qint64) {}, ids);
        if (!report.ok)
            return fail(report.error);
        if (m_json)
            printJson({{QStringLiteral("exported"), report.exported},
                       {QStringLiteral("file"), parser.positionalArguments().first()}});
        else
            print(tr("%n contact(s) written to “%1”.", nullptr, int(qMin<qint64>(report.exported, INT_MAX)))
                          .arg(parser.positionalArguments().first()));
        return finish(Success);
    }
    if (sub != QLatin1String("import"))
        return usage(tr("Use: campaignctl contacts list|add|delete|import|export|undo-import …"));
    const QCommandLineOption reportFile(QStringLiteral("report"), {}, QStringLiteral("FILE"));
    parser.addOptions({group, region, delimiter, encoding, map, onDuplicate, headerRow, reportFile});
    if (!parseArguments(parser, args.mid(1), 1, &error))
        return usage(error);
    if (!parser.isSet(group))
        return usage(tr("Name the group with --group; it is created if it does not exist."));
    const QString duplicates = parser.value(onDuplicate);
    if (!duplicates.isEmpty() && duplicates != QLatin1String("skip") && duplicates != QLatin1String("update"))
        return usage(tr("--on-duplicate takes skip or update."));
    const QString header = parser.value(headerRow);
    if (!header.isEmpty() && header != QLatin1String("auto") && header != QLatin1String("yes")
        && header != QLatin1String("no"))
        return usage(tr("--header takes auto, yes or no."));
    ImportOptions options;
    if (!readDelimiter(parser.value(delimiter), &options.csv.delimiter))
        return usage(tr("--delimiter takes one character, such as ; or tab."));
    options.filePath = parser.positionalArguments().first();
    options.region = parser.isSet(region) ? parser.value(region) : QStringLiteral("TR");
    options.updateDuplicates = duplicates == QLatin1String("update");
    options.header = header == QLatin1String("yes") ? HeaderRow::Present
            : header == QLatin1String("no")         ? HeaderRow::Absent
                                                    : HeaderRow::Detect;
    options.csv.encoding = parser.value(encoding).toLatin1();
    for (const QString &pair : parser.values(map)) {
        const qsizetype eq = pair.lastIndexOf(QLatin1Char('='));
        if (eq <= 0)
            return usage(tr("--map takes CSVCOLUMN=FIELD, not “%1”.").arg(pair));
        options.mapping.insert(pair.left(eq), pair.mid(eq + 1));
    }
    if (!openWorkspace())
        return;
    auto target = m_workspace->groups()->byName(parser.value(group));
    QString created;
    if (!target) {
        Group g;
        g.name = parser.value(group).trimmed();
        if (g.name.isEmpty())
            return usage(tr("A group needs a name."));
        if (!m_workspace->groups()->create(g))
            return fail(m_workspace->groups()->lastError().message);
        target = g;
        created = tr("Group “%1” created.").arg(g.name);
    }
    options.groupId = target->id;
    auto *service = new ContactImportService(m_workspace.get(), m_jobs.get(), this);
    Job *job = service->start(options);
    connect(job, &Job::finished, this,
            [this, job, created, reportPath = parser.value(reportFile)](bool ok, const QString &message) {
                const ImportReport report = job->property("report").value<ImportReport>();
                if (!ok)
                    return fail(message);
                QString error;
                if (!reportPath.isEmpty() && !report.writeCsv(reportPath, &error))
                    return fail(error);
                if (m_json) {
                    printJson(report.toJson());
                } else {
                    if (!created.isEmpty())
                        print(created);
                    print(tr("Import %1: %2").arg(report.importId).arg(message));
                    if (!report.headerRow)
                        print(tr("The first line holds a contact, not column names, so it was imported and the columns "
                                 "were "
                                 "numbered (%1). If it does name the columns, import again with --header yes.")
                                      .arg(report.columns.join(QStringLiteral(", "))));
                    for (const auto &[line, reason] : report.invalid)
                        print(reason);
                    print(tr("Undo it with: campaignctl contacts undo-import %1").arg(report.importId));
                }
                finish(Success);
            });
}

void Cli::reports(const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption refresh(QStringLiteral("refresh"));
    const QCommandLineOption delimiter(QStringLiteral("delimiter"), {}, QStringLiteral("C"));
    const QCommandLineOption bom(QStringLiteral("bom"));
    QString error;
    if (args.value(0) == QLatin1String("compare")) {
        if (!parser.parse(QStringList {QStringLiteral("campaignctl")} + args.mid(1))
            || parser.positionalArguments().isEmpty())
            return usage(tr("Use: campaignctl reports compare NAME [NAME…]"));
        if (!openWorkspace())
            return;
        QList<qint64> ids;
        for (const QString &name : parser.positionalArguments()) {
            const auto campaign = findCampaign(name);
            if (!campaign)
                return;
            ids.append(campaign->id);
        }
        const auto orNull = [](const std::optional<double> &v) { return v ? QJsonValue(*v) : QJsonValue(); };
        const auto percent = [this](const std::optional<double> &v, const QString &provider) {
            return v ? QStringLiteral("%1%").arg(*v * 100, 0, 'f', 1) : tr("not reported by %1").arg(provider);
        };
        QJsonArray array;
        QList<QStringList> rows;
        for (const ReportService::Comparison &c : ReportService::compare(m_workspace.get(), ids)) {
            array.append(QJsonObject {{QStringLiteral("campaign"), c.campaign},
                                      {QStringLiteral("account"), c.account},
                                      {QStringLiteral("channel"), channelKey(c.channel)},
                                      {QStringLiteral("sent"), c.sent},
                                      {QStringLiteral("delivery_rate"), orNull(c.delivery)},
                                      {QStringLiteral("open_rate"), orNull(c.open)},
                                      {QStringLiteral("click_rate"), orNull(c.click)},
                                      {QStringLiteral("bounce_rate"), orNull(c.bounce)},
                                      {QStringLiteral("unsubscribe_rate"), orNull(c.unsubscribe)},
                                      {QStringLiteral("cost_per_delivered"), orNull(c.costPerDelivered)},
                                      {QStringLiteral("currency"), c.currency}});
            rows.append({c.campaign, c.account, QString::number(c.sent), percent(c.delivery, c.provider),
                         percent(c.open, c.provider), percent(c.click, c.provider), percent(c.bounce, c.provider),
                         percent(c.unsubscribe, c.provider),
                         c.costPerDelivered
                                 ? QStringLiteral("%1 %2").arg(*c.costPerDelivered, 0, 'f', 4).arg(c.currency)
                                 : tr("not reported by %1").arg(c.provider)});
        }
        if (m_json)
            printJson({{QStringLiteral("campaigns"), array}});
        else
            printTable({tr("CAMPAIGN"), tr("ACCOUNT"), tr("SENT"), tr("DELIVERY"), tr("OPEN"), tr("CLICK"),
                        tr("BOUNCE"), tr("UNSUBSCRIBE"), tr("COST/DELIVERED")},
                       rows);
        return finish(Success);
    }
    if (args.value(0) == QLatin1String("retarget")) {
        const QCommandLineOption who(QStringLiteral("who"), {}, QStringLiteral("STATE_OR_EVENT"));
        const QCommandLineOption group(QStringLiteral("group"), {}, QStringLiteral("NEW_GROUP"));
        parser.addOptions({who, group});
        if (!parseArguments(parser, args.mid(1), 1, &error) || !parser.isSet(group))
            return usage(tr("Use: campaignctl reports retarget NAME --who clicked|opened|failed|… --group NEW_GROUP"));
        const auto filter = RecipientFilter::fromKey(parser.value(who));
        if (!filter)
            return usage(tr("--who takes a recipient state (delivered, failed, bounced, accepted, unknown) or what "
                            "they did (opened, clicked, unsubscribed, complained)."));
        if (!openWorkspace())
            return;
        const QString name = parser.positionalArguments().first();
        const auto campaign = findCampaign(name);
        if (!campaign)
            return;
        Group created;
        created.name = parser.value(group).trimmed();
        const QList<qint64> ids = m_workspace->campaigns()->recipientContactIds(campaign->id, *filter);
        const qint64 copied = ids.isEmpty() ? 0 : m_workspace->groups()->createWithContacts(created, ids);
        if (copied < 0)
            return fail(m_workspace->groups()->lastError().message);
        if (m_json)
            printJson({{QStringLiteral("group"), created.name}, {QStringLiteral("contacts"), copied}});
        else if (copied == 0)
            print(tr("No contact in the workspace matches this filter."));
        else
            print(tr("Group “%1” made with %n contact(s); send them a follow-up from Campaigns.", nullptr, int(copied))
                          .arg(created.name));
        return finish(Success);
    }
    if (args.value(0) == QLatin1String("export")) {
        parser.addOptions({delimiter, bom});
        if (!parseArguments(parser, args.mid(1), 2, &error))
            return usage(tr("Use: campaignctl reports export NAME FILE [--delimiter C] [--bom]"));
        CsvWriteOptions options;
        if (!readDelimiter(parser.value(delimiter), &options.delimiter))
            return usage(tr("--delimiter takes one character, such as ; or tab."));
        options.bom = parser.isSet(bom);
        if (!openWorkspace())
            return;
        const QString name = parser.positionalArguments().at(0);
        const auto campaign = findCampaign(name);
        if (!campaign)
            return;
        const qint64 written = ReportFiles::exportRecipients(m_workspace->database(), campaign->id,
                                                             parser.positionalArguments().at(1), options, &error);
        if (written < 0)
            return fail(error);
        if (m_json)
            printJson({{QStringLiteral("recipients"), written}});
        else
            print(tr("%n recipient(s) of “%1” written to “%2”.", nullptr, int(written))
                          .arg(name, parser.positionalArguments().at(1)));
        return finish(Success);
    }
    parser.addOption(refresh);
    if (args.value(0) != QLatin1String("show"))
        return usage(tr("Use: campaignctl reports show NAME [--refresh] | export NAME FILE | retarget NAME …"));
    if (!parseArguments(parser, args.mid(1), 1, &error))
        return usage(error);
    if (!openWorkspace())
        return;
    const QString name = parser.positionalArguments().first();
    const auto campaign = findCampaign(name);
    if (!campaign)
        return;

    auto show = [this, campaign] {
        const auto snapshot = m_workspace->campaigns()->latestSnapshot(campaign->id);
        if (!snapshot)
            return fail(tr("“%1” has no report yet. Run campaignctl reports show “%1” --refresh once it is sent.")
                                .arg(campaign->name));
        const CampaignStats &stats = snapshot->stats;
        if (m_json) {
            QJsonObject object = stats.toJson();
            object.insert(QStringLiteral("campaign"), campaign->name);
            printJson(object);
            return finish(Success);
        }
        const auto account = m_workspace->accounts()->byId(campaign->accountId);
        const QString provider = account ? m_workspace->providers().displayName(account->provider) : QString();
        QList<QStringList> rows;
        for (int i = 0; i < CampaignStats::CounterCount; ++i) {
            const auto counter = CampaignStats::Counter(i);
            rows.append({CampaignStats::counterName(counter),
                         stats.isReported(counter) ? QString::number(stats.value(counter))
                                                   : tr("not reported by %1").arg(provider)});
        }
        rows.append({tr("Cost"),
                     stats.cost ? QStringLiteral("%1 %2").arg(*stats.cost, 0, 'f', 2).arg(stats.currency)
                                : tr("not reported by %1").arg(provider)});
        print(tr("%1, updated %2").arg(campaign->name, stats.takenAt.toLocalTime().toString(Qt::ISODate)));
        printTable({tr("COUNTER"), tr("VALUE")}, rows);
        finish(Success);
    };
    if (!parser.isSet(refresh))
        return show();
    Job *job = m_reportService->refresh(campaign->id);
    connect(job, &Job::finished, this, [this, show](bool ok, const QString &message) {
        if (!ok)
            return fail(message);
        show();
    });
}

} // namespace cm

namespace cm {

void Cli::editGroups(const QStringList &args)
{
    const QString sub = args.value(0);
    QCommandLineParser parser;
    const QCommandLineOption yes(QStringLiteral("yes"));
    const QCommandLineOption into(QStringLiteral("into"), {}, QStringLiteral("TARGET"));
    const QCommandLineOption remote(QStringLiteral("remote"));
    parser.addOptions({yes, into, remote});
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    if (!parser.parse(QStringList {QStringLiteral("campaignctl")} + args.mid(1)))
        return usage(parser.errorText());
    const QStringList names = parser.positionalArguments();
    if (names.size() != (sub == QLatin1String("rename") ? 2 : 1))
        return usage(sub == QLatin1String("rename") ? tr("Use: campaignctl groups rename NAME NEW_NAME")
                                                    : tr("Give exactly one name."));
    if (sub == QLatin1String("merge") && !parser.isSet(into))
        return usage(tr("Name the group to merge into with --into."));
    if (!openWorkspace())
        return;
    GroupStore *groups = m_workspace->groups();
    const auto group = groups->byName(names.first());
    if (!group)
        return fail(tr("There is no group named “%1”. See campaignctl groups list.").arg(names.first()));
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
    const auto target = groups->byName(parser.value(into));
    if (!target)
        return fail(tr("There is no group named “%1”. See campaignctl groups list.").arg(parser.value(into)));
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

void Cli::editContacts(const QStringList &args)
{
    const QString sub = args.value(0);
    QCommandLineParser parser;
    const QCommandLineOption group(QStringLiteral("group"), {}, QStringLiteral("NAME"));
    const QCommandLineOption search(QStringLiteral("search"), {}, QStringLiteral("WORDS"));
    const QCommandLineOption sort(QStringLiteral("sort"), {}, QStringLiteral("FIELD"));
    const QCommandLineOption limit(QStringLiteral("limit"), {}, QStringLiteral("N"));
    const QCommandLineOption email(QStringLiteral("email"), {}, QStringLiteral("E"));
    const QCommandLineOption phone(QStringLiteral("phone"), {}, QStringLiteral("P"));
    const QCommandLineOption firstName(QStringLiteral("first-name"), {}, QStringLiteral("T"));
    const QCommandLineOption lastName(QStringLiteral("last-name"), {}, QStringLiteral("T"));
    const QCommandLineOption city(QStringLiteral("city"), {}, QStringLiteral("T"));
    const QCommandLineOption country(QStringLiteral("country"), {}, QStringLiteral("CC"));
    const QCommandLineOption field(QStringLiteral("field"), {}, QStringLiteral("KEY=VALUE"));
    const QCommandLineOption region(QStringLiteral("region"), {}, QStringLiteral("CC"));
    parser.addOptions({group, search, sort, limit, email, phone, firstName, lastName, city, country, field, region});
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    if (!parser.parse(QStringList {QStringLiteral("campaignctl")} + args.mid(1)))
        return usage(parser.errorText());
    if (!parser.isSet(group))
        return usage(tr("Name the group with --group."));
    const QStringList positional = parser.positionalArguments();
    if (sub == QLatin1String("delete") ? positional.isEmpty() : !positional.isEmpty())
        return usage(sub == QLatin1String("delete") ? tr("Give the email addresses or phone numbers to delete.")
                                                    : tr("Unexpected argument “%1”.").arg(positional.value(0)));
    if (!openWorkspace())
        return;
    GroupStore *groups = m_workspace->groups();
    const auto target = groups->byName(parser.value(group));
    if (!target)
        return fail(tr("There is no group named “%1”. See campaignctl groups list.").arg(parser.value(group)));
    const QString regionCode = parser.isSet(region) ? parser.value(region) : QStringLiteral("TR");

    if (sub == QLatin1String("add")) {
        Contact c;
        c.groupId = target->id;
        c.email = parser.value(email);
        c.phone = parser.value(phone);
        c.firstName = parser.value(firstName);
        c.lastName = parser.value(lastName);
        c.city = parser.value(city);
        c.country = parser.value(country);
        for (const QString &pair : parser.values(field)) {
            const qsizetype eq = pair.indexOf(QLatin1Char('='));
            if (eq <= 0)
                return usage(tr("--field takes KEY=VALUE, not “%1”.").arg(pair));
            c.fields.insert(pair.left(eq).trimmed(), pair.mid(eq + 1));
        }
        const QString problem = ContactImportService::checkContact(c, regionCode);
        if (!problem.isEmpty())
            return fail(problem);
        if (!groups->saveContact(c))
            return fail(groups->lastError().message);
        if (m_json)
            printJson({{QStringLiteral("id"), c.id},
                       {QStringLiteral("email"), c.email},
                       {QStringLiteral("phone"), c.phone}});
        else
            print(tr("Contact %1 added to “%2”.").arg(c.email.isEmpty() ? c.phone : c.email, target->name));
        return finish(Success);
    }
    if (sub == QLatin1String("delete")) {
        QList<qint64> ids;
        for (const QString &address : positional) {
            Contact probe;
            (address.contains(QLatin1Char('@')) ? probe.email : probe.phone) = address;
            ContactImportService::checkContact(probe, regionCode); // the stored form: lower case, E.164
            const auto contact
                    = groups->contactByAddress(target->id, probe.email.isEmpty() ? probe.phone : probe.email);
            if (!contact)
                return fail(tr("“%1” has no contact %2; nothing was deleted.").arg(target->name, address));
            ids.append(contact->id);
        }
        const qint64 deleted = groups->deleteContacts(ids);
        if (deleted < 0)
            return fail(groups->lastError().message);
        print(tr("%n contact(s) deleted.", nullptr, int(deleted)));
        return finish(Success);
    }

    // list
    ContactQuery query;
    query.groupId = target->id;
    query.search = parser.value(search);
    if (parser.isSet(sort)) {
        static const QHash<QString, ContactSort> fields {{QStringLiteral("email"), ContactSort::Email},
                                                         {QStringLiteral("phone"), ContactSort::Phone},
                                                         {QStringLiteral("first_name"), ContactSort::FirstName},
                                                         {QStringLiteral("last_name"), ContactSort::LastName},
                                                         {QStringLiteral("city"), ContactSort::City},
                                                         {QStringLiteral("country"), ContactSort::Country},
                                                         {QStringLiteral("id"), ContactSort::Id}};
        const QStringList parts = parser.value(sort).split(QLatin1Char(':'));
        if (!fields.contains(parts.first()) || (parts.size() > 1 && parts.at(1) != QLatin1String("desc")))
            return usage(tr("--sort takes email, phone, first_name, last_name, city, country or id, with :desc for "
                            "the reverse order."));
        query.sort = fields.value(parts.first());
        query.descending = parts.size() > 1;
    }
    bool limitOk = true;
    const int most = parser.isSet(limit) ? parser.value(limit).toInt(&limitOk) : 100;
    if (!limitOk || most < 0)
        return usage(tr("--limit takes a number of contacts (0: all of them)."));
    const ContactKeys keys = contactKeys(m_workspace->database(), query);
    if (!keys.ok)
        return fail(keys.error);
    const QList<qint64> shown = most > 0 ? keys.ids.mid(0, most) : keys.ids;
    QJsonArray array;
    QList<QStringList> rows;
    for (qsizetype start = 0; start < shown.size(); start += 5000) {
        for (const Contact &c : groups->contactsByIds(shown.mid(start, 5000))) {
            if (m_json)
                array.append(QJsonObject {{QStringLiteral("id"), c.id},
                                          {QStringLiteral("email"), c.email},
                                          {QStringLiteral("phone"), c.phone},
                                          {QStringLiteral("first_name"), c.firstName},
                                          {QStringLiteral("last_name"), c.lastName},
                                          {QStringLiteral("city"), c.city},
                                          {QStringLiteral("country"), c.country},
                                          {QStringLiteral("fields"), QJsonObject::fromVariantMap(c.fields)}});
            else
                rows.append({c.email, c.phone, c.firstName, c.lastName, c.city, c.country});
        }
    }
    if (m_json) {
        printJson({{QStringLiteral("contacts"), array},
                   {QStringLiteral("matching"), keys.ids.size()},
                   {QStringLiteral("total"), keys.groupTotal}});
    } else {
        printTable({tr("EMAIL"), tr("PHONE"), tr("FIRST NAME"), tr("LAST NAME"), tr("CITY"), tr("COUNTRY")}, rows);
        if (shown.size() < keys.ids.size())
            print(tr("… %1 of %2 shown; --limit 0 shows them all.").arg(shown.size()).arg(keys.ids.size()));
    }
    finish(Success);
}

void Cli::suppressions(const QStringList &args)
{
    const QString sub = args.value(0);
    QCommandLineParser parser;
    const QCommandLineOption search(QStringLiteral("search"), {}, QStringLiteral("TEXT"));
    const QCommandLineOption channel(QStringLiteral("channel"), {}, QStringLiteral("sms|email|voice|all"));
    const QCommandLineOption reason(QStringLiteral("reason"), {}, QStringLiteral("REASON"));
    const QCommandLineOption region(QStringLiteral("region"), {}, QStringLiteral("CC"));
    const QCommandLineOption delimiter(QStringLiteral("delimiter"), {}, QStringLiteral("C"));
    const QCommandLineOption bom(QStringLiteral("bom"));
    const QCommandLineOption accountOption(QStringLiteral("account"), {}, QStringLiteral("NAME"));
    parser.addOptions({search, channel, reason, region, delimiter, bom, accountOption});
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    if (!QStringList {QStringLiteral("list"), QStringLiteral("add"), QStringLiteral("remove"), QStringLiteral("import"),
                      QStringLiteral("export"), QStringLiteral("sync")}
                 .contains(sub))
        return usage(tr("Use: campaignctl suppressions list|add|remove|import|export|sync …"));
    if (!parser.parse(QStringList {QStringLiteral("campaignctl")} + args.mid(1)))
        return usage(parser.errorText());
    if (sub == QLatin1String("sync")) { // with an account's opt-out list, both ways
        if (!parser.isSet(accountOption) || !parser.positionalArguments().isEmpty())
            return usage(tr("Use: campaignctl suppressions sync --account NAME"));
        if (!openWorkspace())
            return;
        const auto account = accountNamed(parser.value(accountOption));
        if (!account)
            return;
        return endWithJob(m_groupSync->syncSuppressions(account->id));
    }
    const QStringList positional = parser.positionalArguments();
    const bool oneFile = sub == QLatin1String("import") || sub == QLatin1String("export");
    if ((sub == QLatin1String("list") && !positional.isEmpty()) || (oneFile && positional.size() != 1)
        || (!oneFile && sub != QLatin1String("list") && positional.isEmpty()))
        return usage(oneFile ? tr("Give exactly one file.") : tr("Give the email addresses or phone numbers."));
    if (!openWorkspace())
        return;
    SuppressionStore *store = m_workspace->suppressions();
    const QString regionCode = parser.isSet(region) ? parser.value(region) : QStringLiteral("TR");

    if (sub == QLatin1String("add") || sub == QLatin1String("remove")) {
        QList<Suppression> entries;
        for (const QString &address : positional) {
            Suppression entry;
            entry.address = address;
            entry.channel = parser.value(channel);
            entry.reason = parser.value(reason);
            entry.source = tr("campaignctl");
            const QString problem = SuppressionFiles::check(entry, regionCode);
            if (!problem.isEmpty())
                return fail(problem);
            entries.append(entry);
        }
        if (sub == QLatin1String("add")) {
            const qint64 added = store->add(entries);
            if (added < 0)
                return fail(store->lastError().message);
            print(tr("%1 added, %2 listed already.").arg(added).arg(entries.size() - added));
            return finish(Success);
        }
        QList<qint64> ids;
        for (const Suppression &entry : std::as_const(entries)) {
            for (const Suppression &listed : store->list(entry.address)) {
                if (listed.address == entry.address && (!parser.isSet(channel) || listed.channel == entry.channel))
                    ids.append(listed.id);
            }
        }
        const qint64 removed = store->remove(ids);
        if (removed < 0)
            return fail(store->lastError().message);
        print(tr("%n address(es) removed from the suppression list.", nullptr, int(removed)));
        return finish(Success);
    }
    if (sub == QLatin1String("import")) {
        const std::atomic<bool> never {false};
        const SuppressionImportReport report = SuppressionFiles::importFile(m_workspace->database(), positional.first(),
                                                                            regionCode, never, [](qint64, qint64) {});
        if (!report.ok)
            return fail(report.error);
        if (m_json) {
            printJson(report.toJson());
        } else {
            print(report.summary());
            for (const auto &[line, problem] : report.invalid)
                print(problem);
        }
        return finish(Success);
    }
    if (sub == QLatin1String("export")) {
        CsvWriteOptions options;
        if (!readDelimiter(parser.value(delimiter), &options.delimiter))
            return usage(tr("--delimiter takes one character, such as ; or tab."));
        options.bom = parser.isSet(bom);
        QString error;
        const qint64 written
                = SuppressionFiles::exportFile(m_workspace->database(), positional.first(), options, &error);
        if (written < 0)
            return fail(error);
        print(tr("%n address(es) written to “%1”.", nullptr, int(written)).arg(positional.first()));
        return finish(Success);
    }
    const QList<Suppression> list = store->list(parser.value(search));
    if (m_json) {
        QJsonArray array;
        for (const Suppression &s : list)
            array.append(QJsonObject {{QStringLiteral("address"), s.address},
                                      {QStringLiteral("channel"), s.channel},
                                      {QStringLiteral("reason"), s.reason},
                                      {QStringLiteral("source"), s.source},
                                      {QStringLiteral("added"), jsonTime(s.createdAt)}});
        printJson({{QStringLiteral("suppressions"), array}});
    } else {
        QList<QStringList> rows;
        for (const Suppression &s : list)
            rows.append({s.address, s.channel, s.reason, s.source, jsonTime(s.createdAt)});
        printTable({tr("ADDRESS"), tr("CHANNEL"), tr("REASON"), tr("SOURCE"), tr("ADDED")}, rows);
    }
    finish(Success);
}

} // namespace cm

namespace cm {

void Cli::sendCampaigns(const QStringList &args)
{
    const QString sub = args.value(0);
    QCommandLineParser parser;
    const QCommandLineOption account(QStringLiteral("account"), {}, QStringLiteral("NAME"));
    const QCommandLineOption group(QStringLiteral("group"), {}, QStringLiteral("NAME"));
    const QCommandLineOption tmpl(QStringLiteral("template"), {}, QStringLiteral("NAME"));
    const QCommandLineOption sender(QStringLiteral("sender"), {}, QStringLiteral("ID"));
    const QCommandLineOption testTo(QStringLiteral("test-to"), {}, QStringLiteral("ADDRESS_OR_PHONE"));
    const QCommandLineOption excludeGroup(QStringLiteral("exclude-group"), {}, QStringLiteral("GROUP"));
    const QCommandLineOption at(QStringLiteral("at"), {}, QStringLiteral("YYYY-MM-DD HH:MM"));
    const QCommandLineOption tz(QStringLiteral("tz"), {}, QStringLiteral("ZONE"));
    const QCommandLineOption window(QStringLiteral("window"), {}, QStringLiteral("HH:MM-HH:MM"));
    const QCommandLineOption option(QStringLiteral("option"), {}, QStringLiteral("KEY=VALUE"));
    const QCommandLineOption inApp(QStringLiteral("in-app"));
    if (sub == QLatin1String("create"))
        parser.addOptions({account, group, tmpl, sender, excludeGroup, at, tz, window, option, inApp});
    if (sub == QLatin1String("send"))
        parser.addOption(testTo);
    QString error;
    if (!parseArguments(parser, args.mid(1), 1, &error))
        return usage(error);
    const QString name = parser.positionalArguments().first();
    if (sub == QLatin1String("create") && (!parser.isSet(account) || !parser.isSet(group) || !parser.isSet(tmpl)))
        return usage(tr("Name the account, the group and the template: --account, --group, --template."));
    if (!openWorkspace())
        return;
    if (sub == QLatin1String("create")) {
        const auto a = m_workspace->accounts()->byName(parser.value(account));
        const auto t = m_workspace->templates()->byName(parser.value(tmpl));
        if (!a)
            return fail(
                    tr("There is no account named “%1”. See campaignctl accounts list.").arg(parser.value(account)));
        if (!t)
            return fail(tr("There is no template named “%1”. See campaignctl templates list.").arg(parser.value(tmpl)));
        if (m_workspace->campaigns()->byName(name))
            return fail(tr("A campaign named “%1” exists already. Choose another name.").arg(name));
        Campaign c;
        c.name = name;
        c.channel = t->channel;
        c.accountId = a->id;
        c.templateId = t->id;
        c.sender = parser.value(sender);
        for (const auto &[option, ids] :
             {std::pair {&group, &c.groupIds}, std::pair {&excludeGroup, &c.excludedGroupIds}}) {
            for (const QString &groupName : parser.values(*option)) {
                const auto g = m_workspace->groups()->byName(groupName);
                if (!g)
                    return fail(tr("There is no group named “%1”. See campaignctl groups list.").arg(groupName));
                ids->append(g->id);
            }
        }
        if (parser.isSet(window) && !Composer::parseWindow(parser.value(window), &c.windowStart, &c.windowEnd))
            return usage(tr("Give the sending window as HH:MM-HH:MM, e.g. 09:00-20:00."));
        for (const QString &pair : parser.values(option)) { // the provider's own options, checked below
            const qsizetype eq = pair.indexOf(QLatin1Char('='));
            if (eq <= 0)
                return usage(tr("--option takes KEY=VALUE, not “%1”.").arg(pair));
            const QString value = pair.mid(eq + 1);
            c.options.insert(pair.left(eq),
                             value == QLatin1String("true") || value == QLatin1String("false")
                                     ? QVariant(value == QLatin1String("true"))
                                     : QVariant(value));
        }
        c.timeZone = parser.value(tz);
        QString problem = Composer::campaignProblem(m_workspace.get(), c);
        if (problem.isEmpty() && parser.isSet(at)) {
            c.scheduledAt = Composer::parseLocal(parser.value(at), c.timeZone, &problem);
            if (problem.isEmpty())
                problem = Composer::scheduleProblem(c.scheduledAt, m_workspace->clock()->now());
            c.state = CampaignState::Scheduled;
        } else if (problem.isEmpty() && !c.timeZone.isEmpty()) {
            Composer::toUtc(QDate(2000, 1, 1), QTime(12, 0), c.timeZone, &problem); // the zone must exist
        }
        if (!problem.isEmpty())
            return fail(problem);
        if (!m_workspace->campaigns()->create(c))
            return fail(m_workspace->campaigns()->lastError().message);
        qint64 excluded = 0;
        const qint64 reach = Dispatcher::prepare(m_workspace.get(), c, *t, &excluded).size();
        if (m_json)
            printJson({{QStringLiteral("id"), c.id},
                       {QStringLiteral("recipients"), reach},
                       {QStringLiteral("excluded"), excluded},
                       {QStringLiteral("state"), campaignStateKey(c.state)},
                       {QStringLiteral("scheduled_at"), jsonTimeOrNull(c.scheduledAt)}});
        else
            print(tr("Campaign “%1” created: %2 recipients (%3 left out: no address for the channel, suppressed, "
                     "in an excluded group or twice).")
                          .arg(name)
                          .arg(reach)
                          .arg(excluded));
        // A provider that holds scheduled sends gets it now (as campaigns schedule does).
        if (c.scheduledAt.isValid() && !parser.isSet(inApp) && m_dispatcher->handsOver(c))
            return endWithJob(m_dispatcher->handOver(c.id));
        if (!m_json && c.scheduledAt.isValid())
            print(tr("Scheduled for %1 (%2); campaignctl run-due or the open app sends it then.")
                          .arg(QLocale().toString(c.scheduledAt.toTimeZone(c.zone()), QLocale::ShortFormat),
                               QString::fromUtf8(c.zone().id())));
        return finish(Success);
    }
    const auto campaign = findCampaign(name);
    if (!campaign)
        return;
    if (sub == QLatin1String("retry")) {
        const qint64 again = m_dispatcher->retryFailed(campaign->id);
        if (again < 0)
            return fail(m_workspace->campaigns()->lastError().message);
        if (again == 0) {
            print(tr("“%1” has no failed recipients.").arg(name));
            return finish(Success);
        }
    }
    if (sub == QLatin1String("send") && parser.isSet(testTo)) {
        return endWithJob(m_dispatcher->testSend(campaign->id, parser.values(testTo)));
    }
    if (sub == QLatin1String("send") || sub == QLatin1String("retry")) {
        Job *job = m_dispatcher->send(campaign->id);
        connect(job, &Job::finished, this, [this, job](bool ok, const QString &message) {
            if (!ok)
                return fail(message);
            print(message);
            if (job->property("unknown").toLongLong() > 0)
                print(tr("Recipients marked unknown may have been sent: check them at the provider (campaignctl "
                         "campaigns "
                         "status lists them), then campaignctl campaigns resolve NAME --as sent|failed."));
            finish(Success);
        });
        return;
    }
    // status
    const QMap<RecipientState, qint64> counts = m_workspace->campaigns()->recipientCounts(campaign->id);
    const QList<Recipient> unknown
            = m_workspace->campaigns()->recipients(campaign->id, 0, 1000, RecipientFilter(RecipientState::Unknown));
    if (m_json) {
        QJsonObject byState;
        for (auto it = counts.cbegin(); it != counts.cend(); ++it)
            byState.insert(recipientStateKey(it.key()), it.value());
        QJsonArray unknownList;
        for (const Recipient &r : unknown)
            unknownList.append(
                    QJsonObject {{QStringLiteral("address"), r.address}, {QStringLiteral("error"), r.error}});
        printJson({{QStringLiteral("state"), campaignStateKey(campaign->state)},
                   {QStringLiteral("recipients"), byState},
                   {QStringLiteral("unknown"), unknownList}});
    } else {
        print(tr("“%1”: %2").arg(campaign->name, campaignStateName(campaign->state)));
        QList<QStringList> rows;
        for (auto it = counts.cbegin(); it != counts.cend(); ++it)
            rows.append({recipientStateName(it.key()), QString::number(it.value())});
        printTable({tr("RECIPIENTS"), tr("COUNT")}, rows);
        for (const Recipient &r : unknown)
            print(tr("unknown: %1").arg(r.address));
    }
    finish(Success);
}

} // namespace cm
