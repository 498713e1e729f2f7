#include "translations.h"

#include <QCoreApplication>
#include <QHash>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace cm {

QStringList availableLanguages()
{
    return {QStringLiteral("en"), QStringLiteral("tr"), QStringLiteral("es"), QStringLiteral("pl")};
}

QString installTranslations(QCoreApplication *app, const QString &language)
{
    for (QTranslator *old : app->findChildren<QTranslator *>(QStringLiteral("cm-translator"))) {
        QCoreApplication::removeTranslator(old);
        delete old;
    }
    // Dates and numbers follow the language chosen, or the system's again when it is "".
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    QLocale::setDefault(locale);

    auto *qt = new QTranslator(app);
    qt->setObjectName(QStringLiteral("cm-translator"));
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;

    auto *own = new QTranslator(app);
    own->setObjectName(QStringLiteral("cm-translator"));
    if (own->load(locale, QStringLiteral("campaignmanager"), QStringLiteral("_"), QStringLiteral(":/i18n"))) {
        QCoreApplication::installTranslator(own);
        return locale.name().section(QLatin1Char('_'), 0, 0);
    }
    // Any other language (or the C locale): English, whose file gives the plural forms ("1 contact", "2 contacts").
    if (own->load(QStringLiteral(":/i18n/campaignmanager_en.qm")))
        QCoreApplication::installTranslator(own);
    else
        delete own;
    return QStringLiteral("en");
}

QString formatMoney(double value, const QString &isoCode)
{
    const QLocale locale;
    if (isoCode.isEmpty())
        return locale.toString(value, 'f', 2);
    static QHash<QString, QString> symbols; // GUI thread and CLI only
    auto it = symbols.constFind(isoCode);
    if (it == symbols.cend()) {
        QString symbol = isoCode;
        for (const QLocale &l :
             QLocale::matchingLocales(QLocale::AnyLanguage, QLocale::AnyScript, QLocale::AnyTerritory)) {
            if (l.currencySymbol(QLocale::CurrencyIsoCode) == isoCode) {
                symbol = l.currencySymbol(QLocale::CurrencySymbol);
                break;
            }
        }
        it = symbols.insert(isoCode, symbol);
    }
    return locale.toCurrencyString(value, *it, 2);
}

} // namespace cm
