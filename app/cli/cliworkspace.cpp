// campaignctl workspace: the workspace's own settings (its id, the default phone region).
#include "cli.h"
#include "cliutil.h"

#include "app/services/workspace.h"
#include "models/settingsstore.h"

#include <QCommandLineParser>

namespace cm {

const char Cli::workspaceHelp[] = QT_TRANSLATE_NOOP(
        "cm::Cli",
        "  workspace show                      # the workspace's file, id and settings\n"
        "  workspace region [CODE]             # the region of phone numbers written without a country\n"
        "                                      # code (TR, ES, PL, US…): shows it, or sets it");

void Cli::workspace(const QStringList &args)
{
    const QString sub = args.value(0);
    QCommandLineParser parser;
    QString error;
    if (!parseArguments(parser, args.mid(1), sub == QLatin1String("region") ? 1 : 0, &error))
        return usage(error);
    if (sub != QLatin1String("show") && sub != QLatin1String("region"))
        return usage(tr("Unknown workspace command “%1”.").arg(sub));
    if (!openWorkspace())
        return;
    SettingsStore *settings = m_workspace->settings();
    if (sub == QLatin1String("region") && !parser.positionalArguments().isEmpty()) {
        if (!settings->setPhoneRegion(parser.positionalArguments().first()))
            return fail(settings->lastError().message);
        if (!m_json)
            print(tr("Phone numbers without a country code are now read as %1 numbers.").arg(settings->phoneRegion()));
    }
    if (m_json) {
        printJson({{QStringLiteral("path"), m_workspace->database()->path()},
                   {QStringLiteral("id"), settings->workspaceId()},
                   {QStringLiteral("phone_region"), settings->phoneRegion()}});
    } else if (sub == QLatin1String("show")) {
        print(tr("Workspace: %1").arg(m_workspace->database()->path()));
        print(tr("Id: %1").arg(settings->workspaceId()));
        print(tr("Phone region: %1").arg(settings->phoneRegion()));
    } else if (parser.positionalArguments().isEmpty()) {
        print(settings->phoneRegion());
    }
    finish(Success);
}

} // namespace cm
