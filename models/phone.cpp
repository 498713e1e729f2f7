#include "phone.h"

#include <phonenumbers/phonenumberutil.h>

namespace cm {

namespace {

using i18n::phonenumbers::PhoneNumber;
using i18n::phonenumbers::PhoneNumberUtil;

// The fast path: a number written in international form ("+90 532 612 48 37", "+48-501-234-567") is split into
// its country code and national number directly, skipping Parse()'s normalisation (most of libphonenumber's time);
// IsValidNumber() still checks it against the country's patterns. Anything else (national forms, letters,
// extensions, national numbers with a leading zero) goes through Parse().
bool splitInternational(const QString &raw, PhoneNumber *number)
{
    const QString trimmed = raw.trimmed();
    if (!trimmed.startsWith(QLatin1Char('+')))
        return false;
    char digits[20];
    int count = 0;
    for (qsizetype i = 1; i < trimmed.size(); ++i) {
        const QChar c = trimmed.at(i);
        if (c >= QLatin1Char('0') && c <= QLatin1Char('9')) {
            if (count == 17)
                return false;
            digits[count++] = char(c.unicode());
        } else if (c != QLatin1Char(' ') && c != QLatin1Char('-') && c != QLatin1Char('.')) {
            return false; // brackets, letters, "ext": the full parser's job
        }
    }
    if (count < 8 || count > 15 || digits[0] == '0')
        return false;
    const PhoneNumberUtil *util = PhoneNumberUtil::GetInstance();
    for (int length = 1; length <= 3; ++length) {
        int code = 0;
        for (int i = 0; i < length; ++i)
            code = code * 10 + (digits[i] - '0');
        std::string region;
        util->GetRegionCodeForCountryCode(code, &region);
        if (region == "ZZ")
            continue;
        if (digits[length] == '0')
            return false; // Italian-style leading zeros need Parse()
        uint64_t national = 0;
        for (int i = length; i < count; ++i)
            national = national * 10 + uint64_t(digits[i] - '0');
        number->set_country_code(code);
        number->set_national_number(national);
        return true;
    }
    return false;
}

} // namespace

QString normalisePhone(const QString &raw, const QString &region, QString *numberRegion)
{
    const PhoneNumberUtil *util = PhoneNumberUtil::GetInstance();
    PhoneNumber number;
    if (!splitInternational(raw, &number)
        && util->Parse(raw.toStdString(), region.toUpper().toStdString(), &number) != PhoneNumberUtil::NO_PARSING_ERROR)
        return {};
    if (!util->IsValidNumber(number))
        return {};
    std::string out;
    util->Format(number, PhoneNumberUtil::E164, &out);
    if (numberRegion) {
        std::string country;
        util->GetRegionCodeForNumber(number, &country); // cheap once the number is parsed
        *numberRegion = country == "ZZ" || country == "001" ? QString() : QString::fromStdString(country);
    }
    return QString::fromStdString(out);
}

QString phoneRegion(const QString &e164)
{
    const PhoneNumberUtil *util = PhoneNumberUtil::GetInstance();
    PhoneNumber number;
    if (util->Parse(e164.toStdString(), "ZZ", &number) != PhoneNumberUtil::NO_PARSING_ERROR)
        return {};
    std::string region;
    util->GetRegionCodeForNumber(number, &region);
    return region == "ZZ" ? QString() : QString::fromStdString(region);
}

} // namespace cm
