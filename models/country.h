// Countries as an import finds them in a file: an ISO 3166 code (TR, tur), or a name in English, Turkish, Spanish or
// Polish ("Türkiye", "Almanya", "Alemania", "Niemcy"), read as the ISO 3166 alpha-2 code the workspace stores. The
// names come from ICU's locale data, with the everyday ones it lacks (USA, UK, ABD, İngiltere, EE. UU.).
#pragma once

#include <QString>

namespace cm {

// Lower case without accents, as people match names whatever their keyboard: "Türkiye" → "turkiye", "Łódź" →
// "lodz", "İl" → "il". Other characters (spaces, digits, punctuation) stay.
QString withoutAccents(const QString &text);
// "TR" for "Türkiye", "turkey", "tr", "TUR" or "Turcja"; an empty string when `text` names no country.
QString countryCode(const QString &text);
// The name of the country `code` in `language` ("tr", "es"…): "Türkiye", "Turquía"; the code when ICU has none.
QString countryName(const QString &code, const QString &language);

} // namespace cm
