// campaignctl accounts: the provider accounts, their settings and their secrets.
#include "cli.h"
#include "cliutil.h"

#include "app/services/accountservice.h"
#include "app/services/workspace.h"
#include "models/accountstore.h"
#include "providers/providerregistry.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

namespace cm {

const char Cli::accountsHelp[] = QT_TRANSLATE_NOOP(
        "cm::Cli",
        "  accounts add NAME --provider PROVIDER [--base-url URL] [--user USER] [--secret-stdin]\n"
        "               [--setting KEY=VALUE]…\n"
        "  accounts edit NAME [--base-url URL] [--user USER] [--secret-stdin | --mailbox-secret-stdin]\n"
        "               [--setting KEY=VALUE]…\n"
        "  accounts list\n"
        "  accounts verify NAME\n"
        "  accounts remove NAME");

void Cli::accounts(const QStringList &args)
{
    const QString sub = args.value(0);
    QCommandLineParser parser;
    const QCommandLineOption provider(QStringLiteral("provider"), {}, QStringLiteral("PROVIDER"));
    const QCommandLineOption baseUrl(QStringLiteral("base-url"), {}, QStringLiteral("URL"));
    const QCommandLineOption user(QStringLiteral("user"), {}, QStringLiteral("USER"));
    const QCommandLineOption secretStdin(QStringLiteral("secret-stdin"));
    const QCommandLineOption mailboxSecretStdin(QStringLiteral("mailbox-secret-stdin"));
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

    if (sub == QLatin1String("add") || sub == QLatin1String("edit")) {
        const bool add = sub == QLatin1String("add");
        if (add)
            parser.addOption(provider);
        else
            parser.addOption(mailboxSecretStdin);
        parser.addOptions({baseUrl, user, secretStdin, setting});
        if (!parseArguments(parser, args.mid(1), 1, &error))
            return usage(error);
        // The providers this build knows, from the registry (a new one shows up here by itself).
        const QStringList known = ProviderRegistry::withBuiltins(nullptr).keys();
        if (add && !parser.isSet(provider))
            return usage(tr("Name the provider with --provider (%1).").arg(known.join(QStringLiteral(", "))));
        if (!openWorkspace())
            return;
        const QString name = parser.positionalArguments().first();
        std::optional<Account> account = add ? std::make_optional(Account()) : accountNamed(name);
        if (!account)
            return;
        if (add) {
            account->name = name;
            account->provider = parser.value(provider);
        }
        if (add || parser.isSet(baseUrl))
            account->baseUrl = parser.value(baseUrl);
        if (add || parser.isSet(user))
            account->user = parser.value(user);
        account->settings = applySettings(account->settings, &error);
        if (!error.isEmpty())
            return usage(error);
        const QString secret = parser.isSet(secretStdin) ? stdinSecret() : QString();
        if (parser.isSet(secretStdin) && secret.isEmpty())
            return usage(tr("--secret-stdin was given, but standard input was empty."));
        if (!add && parser.isSet(mailboxSecretStdin)) {
            // The password of the account's mailbox for bounces (an SMTP account's), when it is not the same.
            if (parser.isSet(secretStdin))
                return usage(tr("Give --secret-stdin and --mailbox-secret-stdin one at a time: both read standard "
                                "input."));
            const QString mailbox = stdinSecret();
            if (mailbox.isEmpty())
                return usage(tr("--mailbox-secret-stdin was given, but standard input was empty."));
            return m_accountService->update(*account, {}, this,
                                            [this, id = account->id, mailbox](bool ok, const QString &message) {
                                                if (!ok)
                                                    return fail(message);
                                                m_accountService->setMailboxSecret(id, mailbox, this, printMessage());
                                            });
        }
        if (!add)
            return m_accountService->update(*account, secret, this, printMessage());
        m_accountService->add(*account, secret, this, [this, name](bool ok, const QString &message) {
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
        const auto account = accountNamed(parser.positionalArguments().first());
        if (!account)
            return;
        if (sub == QLatin1String("remove"))
            return m_accountService->remove(account->id, this, printMessage());
        const auto info = m_workspace->providers().info(account->provider);
        m_accountService->verify(
                account->id, this, [this, info](bool ok, const QString &message, const AccountStatus &status) {
                    if (!ok)
                        return fail(message);
                    const QStringList capabilities = info ? info->capabilityNames() : QStringList();
                    const bool balance = info && info->can.extras.balance; // reported only where it has one
                    if (m_json) {
                        printJson({{QStringLiteral("ok"), true},
                                   {QStringLiteral("detail"), status.detail},
                                   {QStringLiteral("balance"),
                                    status.balance && balance ? QJsonValue(*status.balance) : QJsonValue()},
                                   {QStringLiteral("currency"), status.currency},
                                   {QStringLiteral("capabilities"), QJsonArray::fromStringList(capabilities)}});
                    } else {
                        print(tr("The connection works. %1").arg(message));
                        if (status.balance && balance)
                            print(tr("Balance: %1 %2")
                                          .arg(QLocale().toString(*status.balance, 'f', 2), status.currency));
                        print(tr("Can do: %1").arg(capabilities.join(QStringLiteral("; "))));
                    }
                    finish(Success);
                });
        return;
    }
    usage(tr("Use: campaignctl accounts add|edit|list|verify|remove …"));
}

} // namespace cm
