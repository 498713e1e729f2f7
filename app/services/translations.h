// Loading the user's language: the app's own strings and Qt's.
#pragma once

#include <QString>
#include <QStringList>

class QCoreApplication;

namespace cm {

// The languages this build has, as codes ("en", "tr", "es", "pl").
QStringList availableLanguages();
// Installs the translators for `language` ("" for the system's). Returns the language used.
QString installTranslations(QCoreApplication *app, const QString &language);

} // namespace cm
