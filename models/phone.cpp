#include "phone.h"

#include <QHash>
#include <QRegularExpression>

#include <phonenumbers/geocoding/phonenumber_offline_geocoder.h>
#include <phonenumbers/phonemetadata.pb.h>
#include <phonenumbers/phonenumberutil.h>

#include <deque>
#include <set>

namespace i18n::phonenumbers {
// The metadata libphonenumber is built with (exported by the library; its header is not installed).
int metadata_size();
const void *metadata_get();
} // namespace i18n::phonenumbers

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

// libphonenumber's IsValidNumber() and GetRegionCodeForNumber(), step for step, over its own metadata, with the
// patterns compiled once for PCRE2's JIT instead of matched by ICU through a locked cache (7 µs a number, most of an
// import's checking). tst_phone compares the two over every region's example numbers and their neighbours.
class Validity
{
public:
    static const Validity &instance()
    {
        static const Validity validity;
        return validity;
    }
    bool loaded() const { return !m_metadata.empty(); } // false: the metadata did not parse
    // Whether `number` is valid, and the region it belongs to ("ZZ" when none).
    bool check(const PhoneNumber &number, std::string *region) const
    {
        *region = "ZZ";
        const QString national = QString::number(number.national_number());
        const QList<const Metadata *> regions = m_byCode.value(number.country_code());
        const Metadata *found = nullptr;
        if (regions.size() == 1) {
            found = regions.first();
        } else {
            for (const Metadata *m : regions) {
                if (m->hasLeadingDigits ? m->leadingDigits
                                                  .match(national, 0, QRegularExpression::NormalMatch,
                                                         QRegularExpression::AnchorAtOffsetMatchOption)
                                                  .hasMatch()
                                        : m->valid(national)) {
                    found = m;
                    break;
                }
            }
        }
        if (!found)
            return false;
        *region = found->id;
        return found->valid(national);
    }

private:
    struct Desc
    {
        QList<int> lengths;
        QRegularExpression pattern; // the whole national number; none: matches nothing
        bool matches(const QString &national) const
        {
            if (!lengths.isEmpty() && !lengths.contains(int(national.size())))
                return false;
            return !pattern.pattern().isEmpty() && pattern.isValid() && pattern.match(national).hasMatch();
        }
    };
    struct Metadata
    {
        std::string id;
        bool hasLeadingDigits = false;
        QRegularExpression leadingDigits;
        Desc general;
        std::vector<Desc> types; // mobile, fixed line, toll free…: any of them makes it valid
        bool valid(const QString &national) const
        {
            return general.matches(national)
                    && std::any_of(types.cbegin(), types.cend(), [&](const Desc &d) { return d.matches(national); });
        }
    };

    static Desc descOf(const i18n::phonenumbers::PhoneNumberDesc &desc)
    {
        Desc d;
        for (int i = 0; i < desc.possible_length_size(); ++i)
            d.lengths.append(desc.possible_length(i));
        if (!desc.national_number_pattern().empty()) {
            d.pattern.setPattern(
                    QStringLiteral("\\A(?:%1)\\z").arg(QString::fromStdString(desc.national_number_pattern())));
            d.pattern.optimize(); // compiled (and JIT-compiled) now: matching is then read-only, from any thread
        }
        return d;
    }

    Validity()
    {
        i18n::phonenumbers::PhoneMetadataCollection collection;
        if (!collection.ParseFromArray(i18n::phonenumbers::metadata_get(), i18n::phonenumbers::metadata_size()))
            return; // loaded() false: libphonenumber checks every number itself
        QHash<QPair<int, std::string>, const Metadata *> byRegion;
        for (const auto &m : collection.metadata()) {
            Metadata &own = m_metadata.emplace_back();
            own.id = m.id();
            own.hasLeadingDigits = m.has_leading_digits();
            if (own.hasLeadingDigits) {
                own.leadingDigits.setPattern(QString::fromStdString(m.leading_digits()));
                own.leadingDigits.optimize();
            }
            own.general = descOf(m.general_desc());
            // Any type makes a number valid, so the common ones are tried first.
            for (const auto *desc : {&m.mobile(), &m.fixed_line(), &m.toll_free(), &m.premium_rate(), &m.shared_cost(),
                                     &m.voip(), &m.personal_number(), &m.pager(), &m.uan(), &m.voicemail()})
                own.types.push_back(descOf(*desc));
            byRegion.insert({m.country_code(), m.id()}, &own);
        }
        // The regions of each calling code in libphonenumber's order (its main country first).
        const PhoneNumberUtil *util = PhoneNumberUtil::GetInstance();
        for (auto it = byRegion.cbegin(); it != byRegion.cend(); ++it) {
            const int code = it.key().first;
            if (m_byCode.contains(code))
                continue;
            std::list<std::string> regions;
            util->GetRegionCodesForCountryCallingCode(code, &regions);
            QList<const Metadata *> list;
            for (const std::string &region : regions) {
                // The non-geographic entities ("001") are one per code.
                if (const Metadata *m = byRegion.value({code, region}))
                    list.append(m);
            }
            m_byCode.insert(code, list);
        }
    }
    std::deque<Metadata> m_metadata;
    QHash<int, QList<const Metadata *>> m_byCode;
};

QString byLibphonenumber(const PhoneNumber &number, QString *numberRegion)
{
    const PhoneNumberUtil *util = PhoneNumberUtil::GetInstance();
    if (!util->IsValidNumber(number))
        return {};
    std::string out, country;
    util->Format(number, PhoneNumberUtil::E164, &out);
    util->GetRegionCodeForNumber(number, &country);
    if (numberRegion)
        *numberRegion = country == "ZZ" || country == "001" ? QString() : QString::fromStdString(country);
    return QString::fromStdString(out);
}

} // namespace

QString normalisePhone(const QString &raw, const QString &region, QString *numberRegion)
{
    PhoneNumber number;
    const auto parse = [&] {
        return PhoneNumberUtil::GetInstance()->Parse(raw.toStdString(), region.toUpper().toStdString(), &number)
                == PhoneNumberUtil::NO_PARSING_ERROR;
    };
    const bool split = splitInternational(raw, &number);
    if (!split && !parse())
        return {};
    // Leading zeros of the national number ("+39 06…"), or metadata that would not load: libphonenumber's way.
    if (number.italian_leading_zero() || !Validity::instance().loaded()) {
        if (split && !parse())
            return {};
        return byLibphonenumber(number, numberRegion);
    }
    std::string country;
    if (!Validity::instance().check(number, &country)) {
        // Parse() may still make it one: a country's national prefix written after its code ("+44 0…"), a
        // transform rule (Madagascar's "+261 24…"). Only numbers that fail pay for it.
        if (!split || !parse())
            return {};
        if (number.italian_leading_zero())
            return byLibphonenumber(number, numberRegion);
        if (!Validity::instance().check(number, &country))
            return {};
    }
    if (numberRegion)
        *numberRegion = country == "ZZ" || country == "001" ? QString() : QString::fromStdString(country);
    return QLatin1Char('+') + QString::number(number.country_code()) + QString::number(number.national_number());
}

QString normalisePhoneByLibphonenumber(const QString &raw, const QString &region, QString *numberRegion)
{
    const PhoneNumberUtil *util = PhoneNumberUtil::GetInstance();
    PhoneNumber number;
    if (util->Parse(raw.toStdString(), region.toUpper().toStdString(), &number) != PhoneNumberUtil::NO_PARSING_ERROR)
        return {};
    return byLibphonenumber(number, numberRegion);
}

QStringList examplePhoneNumbers()
{
    const PhoneNumberUtil *util = PhoneNumberUtil::GetInstance();
    std::set<std::string> regions;
    util->GetSupportedRegions(&regions);
    std::set<int> codes;
    util->GetSupportedGlobalNetworkCallingCodes(&codes);
    QStringList numbers;
    const auto add = [&](const PhoneNumber &number) {
        std::string out;
        util->Format(number, PhoneNumberUtil::E164, &out);
        numbers.append(QString::fromStdString(out));
    };
    PhoneNumber number;
    for (int type = PhoneNumberUtil::FIXED_LINE; type <= PhoneNumberUtil::VOICEMAIL; ++type) {
        for (const std::string &region : regions) {
            if (util->GetExampleNumberForType(region, PhoneNumberUtil::PhoneNumberType(type), &number))
                add(number);
        }
    }
    for (const int code : codes) {
        if (util->GetExampleNumberForNonGeoEntity(code, &number))
            add(number);
    }
    numbers.removeDuplicates();
    return numbers;
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

QString phonePlace(const QString &e164)
{
    const PhoneNumberUtil *util = PhoneNumberUtil::GetInstance();
    PhoneNumber number;
    if (util->Parse(e164.toStdString(), "ZZ", &number) != PhoneNumberUtil::NO_PARSING_ERROR)
        return {};
    // Built once (it reads its tables lazily, under its own lock): the place of a landline's area code, or of a
    // mobile range where the plan has one; else the country's name.
    static const i18n::phonenumbers::PhoneNumberOfflineGeocoder geocoder;
    return QString::fromStdString(geocoder.GetDescriptionForNumber(number, icu::Locale::getEnglish()));
}

} // namespace cm
