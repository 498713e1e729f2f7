#include "appsetup.h"

#include "models/database.h"
#include "translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

namespace cm {

void setApplicationNames()
{
    QCoreApplication::setOrganizationName(QStringLiteral("CampaignManager"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("campaignmanager.example.org"));
    QCoreApplication::setApplicationName(QStringLiteral("campaign-manager"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CM_VERSION));
}

QString defaultWorkspacePath(bool *chosen)
{
    const QString path = QSettings().value(QStringLiteral("workspace")).toString();
    const bool exists = !path.isEmpty() && QFileInfo::exists(path);
    if (chosen)
        *chosen = exists;
    return exists ? path : Database::defaultPath();
}

void forgetChosenWorkspace()
{
    QSettings().remove(QStringLiteral("workspace"));
}

QString defaultLogFile()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(dir);
    return dir + QStringLiteral("/campaign-manager.log");
}

QString setUpLanguage(QCoreApplication *app, const QString &requested)
{
    const QString language = requested.isEmpty() ? QSettings().value(QStringLiteral("language")).toString() : requested;
    return installTranslations(app, language);
}

} // namespace cm
