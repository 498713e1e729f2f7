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

// An amount of money in the current locale's format with the currency's symbol: "€12.40" in English,
// "12,40 €" in Polish; the ISO code itself where no locale knows a symbol for it, and the bare number without one.
QString formatMoney(double value, const QString &isoCode);

} // namespace cm
