#include "appsetup.h"

#include "translations.h"

#include <QCoreApplication>
#include <QDir>
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
