#include "country.h"

#include <QHash>

#include <unicode/uloc.h>

namespace cm {

namespace {

// Lower case, without accents, punctuation or spaces: "EE. UU." → "eeuu", "Türkiye" → "turkiye".
// Without accents, spaces or punctuation: "EE. UU." → "eeuu".
QString folded(const QString &text)
{
    QString out = withoutAccents(text);
    out.removeIf([](QChar c) { return !c.isLetterOrNumber(); });
    return out;
}

QString fromIcu(const UChar *text, int length)
{
    return QString(reinterpret_cast<const QChar *>(text), length);
}

const QHash<QString, QString> &countryNames()
{
    static const QHash<QString, QString> names = [] {
        QHash<QString, QString> map;
        for (const char *const *code = uloc_getISOCountries(); *code; ++code) {
            const QString iso = QString::fromLatin1(*code);
            const QByteArray locale = "und_" + QByteArray(*code);
            map.insert(folded(QString::fromLatin1(uloc_getISO3Country(locale.constData()))), iso);
            for (const char *language : {"en", "tr", "es", "pl"}) {
                UChar name[160];
                UErrorCode status = U_ZERO_ERROR;
                const int length = uloc_getDisplayCountry(locale.constData(), language, name, 160, &status);
                if (U_SUCCESS(status) && length > 0)
                    map.insert(folded(fromIcu(name, length)), iso);
            }
        }
        // What people write that ICU's names are not.
        const std::pair<const char *, const char *> everyday[] = {
                {"Türkiye", "TR"},
                {"Turkiye", "TR"},
                {"Türkei", "TR"},
                {"USA", "US"},
                {"U.S.A.", "US"},
                {"U.S.", "US"},
                {"United States of America", "US"},
                {"America", "US"},
                {"ABD", "US"},
                {"Amerika", "US"},
                {"EE. UU.", "US"},
                {"Estados Unidos de América", "US"},
                {"UK", "GB"},
                {"U.K.", "GB"},
                {"Great Britain", "GB"},
                {"Britain", "GB"},
                {"England", "GB"},
                {"Scotland", "GB"},
                {"Wales", "GB"},
                {"İngiltere", "GB"},
                {"Inglaterra", "GB"},
                {"Anglia", "GB"},
                {"Holland", "NL"},
                {"Hollanda", "NL"},
                {"Holandia", "NL"},
                {"Czech Republic", "CZ"},
                {"Çek Cumhuriyeti", "CZ"},
                {"Republika Czeska", "CZ"},
                {"República Checa", "CZ"},
                {"Russia", "RU"},
                {"KKTC", "CY"},
                {"Deutschland", "DE"},
                {"Polska", "PL"},
                {"España", "ES"},
                {"México", "MX"},
        };
        for (const auto &[name, iso] : everyday)
            map.insert(folded(QString::fromUtf8(name)), QLatin1String(iso));
        return map;
    }();
    return names;
}

} // namespace

QString withoutAccents(const QString &text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QString out;
    out.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c == QChar(0x0131) || c == QChar(0x0130)) // ı, İ
            out += QLatin1Char('i');
        else if (c == QChar(0x0142) || c == QChar(0x0141)) // ł, Ł (no decomposition of their own)
            out += QLatin1Char('l');
        else if (c.category() != QChar::Mark_NonSpacing)
            out += c.toLower();
    }
    return out;
}

QString countryName(const QString &code, const QString &language)
{
    const QByteArray locale = "und_" + code.toLatin1();
    UChar name[160];
    UErrorCode status = U_ZERO_ERROR;
    const int length = uloc_getDisplayCountry(locale.constData(), language.toLatin1().constData(), name, 160, &status);
    return U_SUCCESS(status) && length > 0 ? fromIcu(name, length) : code;
}

QString countryCode(const QString &text)
{
    const QString key = folded(text);
    if (key.isEmpty())
        return {};
    const QString written = text.trimmed();
    if (key.size() == 2 && written.size() != 2)
        return {}; // "N/A", "n.a.": not Namibia
    if (key.size() == 2 && key.at(0).isLetter() && key.at(1).isLetter()) {
        // An alpha-2 code: one ICU knows (and the codes of the United Kingdom people write).
        const QString upper = key.toUpper();
        if (upper == QLatin1String("UK"))
            return QStringLiteral("GB");
        for (const char *const *code = uloc_getISOCountries(); *code; ++code) {
            if (upper == QLatin1String(*code))
                return upper;
        }
        return {};
    }
    return countryNames().value(key);
}

} // namespace cm
