#include "localtime.h"

#include "phone.h"

#include <QLocale>

namespace cm {

namespace {

// US states and Canadian provinces (the geocoder's "City, ST") to the zone most of each keeps.
const QHash<QString, const char *> &northAmerica()
{
    static const QHash<QString, const char *> zones = [] {
        QHash<QString, const char *> z;
        for (const char *s : {"CT", "DE", "DC", "FL", "GA", "ME", "MD", "MA", "NH", "NJ",
                              "NY", "NC", "OH", "PA", "RI", "SC", "VT", "VA", "WV", "KY"})
            z.insert(QStringLiteral("US ") + QLatin1String(s), "America/New_York");
        for (const char *s :
             {"AL", "AR", "IL", "IA", "KS", "LA", "MN", "MS", "MO", "NE", "ND", "OK", "SD", "TN", "TX", "WI"})
            z.insert(QStringLiteral("US ") + QLatin1String(s), "America/Chicago");
        for (const char *s : {"CO", "MT", "NM", "UT", "WY"})
            z.insert(QStringLiteral("US ") + QLatin1String(s), "America/Denver");
        for (const char *s : {"CA", "NV", "OR", "WA"})
            z.insert(QStringLiteral("US ") + QLatin1String(s), "America/Los_Angeles");
        z.insert(QStringLiteral("US MI"), "America/Detroit");
        z.insert(QStringLiteral("US IN"), "America/Indiana/Indianapolis");
        z.insert(QStringLiteral("US ID"), "America/Boise");
        z.insert(QStringLiteral("US AZ"), "America/Phoenix");
        z.insert(QStringLiteral("US AK"), "America/Anchorage");
        z.insert(QStringLiteral("US HI"), "Pacific/Honolulu");
        for (const char *s : {"ON", "QC"})
            z.insert(QStringLiteral("CA ") + QLatin1String(s), "America/Toronto");
        for (const char *s : {"NS", "NB", "PE"})
            z.insert(QStringLiteral("CA ") + QLatin1String(s), "America/Halifax");
        z.insert(QStringLiteral("CA NL"), "America/St_Johns");
        z.insert(QStringLiteral("CA MB"), "America/Winnipeg");
        z.insert(QStringLiteral("CA SK"), "America/Regina");
        z.insert(QStringLiteral("CA AB"), "America/Edmonton");
        z.insert(QStringLiteral("CA BC"), "America/Vancouver");
        z.insert(QStringLiteral("CA YT"), "America/Whitehorse");
        z.insert(QStringLiteral("CA NT"), "America/Yellowknife");
        z.insert(QStringLiteral("CA NU"), "America/Iqaluit");
        // The geocoder names a state alone ("California") where it knows no city.
        const std::pair<const char *, const char *> names[]
                = {{"Alabama", "AL"},        {"Alaska", "AK"},       {"Arizona", "AZ"},        {"Arkansas", "AR"},
                   {"California", "CA"},     {"Colorado", "CO"},     {"Connecticut", "CT"},    {"Delaware", "DE"},
                   {"Florida", "FL"},        {"Georgia", "GA"},      {"Hawaii", "HI"},         {"Idaho", "ID"},
                   {"Illinois", "IL"},       {"Indiana", "IN"},      {"Iowa", "IA"},           {"Kansas", "KS"},
                   {"Kentucky", "KY"},       {"Louisiana", "LA"},    {"Maine", "ME"},          {"Maryland", "MD"},
                   {"Massachusetts", "MA"},  {"Michigan", "MI"},     {"Minnesota", "MN"},      {"Mississippi", "MS"},
                   {"Missouri", "MO"},       {"Montana", "MT"},      {"Nebraska", "NE"},       {"Nevada", "NV"},
                   {"New Hampshire", "NH"},  {"New Jersey", "NJ"},   {"New Mexico", "NM"},     {"New York", "NY"},
                   {"North Carolina", "NC"}, {"North Dakota", "ND"}, {"Ohio", "OH"},           {"Oklahoma", "OK"},
                   {"Oregon", "OR"},         {"Pennsylvania", "PA"}, {"Rhode Island", "RI"},   {"South Carolina", "SC"},
                   {"South Dakota", "SD"},   {"Tennessee", "TN"},    {"Texas", "TX"},          {"Utah", "UT"},
                   {"Vermont", "VT"},        {"Virginia", "VA"},     {"Washington", "WA"},     {"West Virginia", "WV"},
                   {"Wisconsin", "WI"},      {"Wyoming", "WY"},      {"Washington D.C.", "DC"}};
        for (const auto &[name, code] : names)
            z.insert(QStringLiteral("US ") + QLatin1String(name), z.value(QStringLiteral("US ") + QLatin1String(code)));
        const std::pair<const char *, const char *> provinces[] = {{"Ontario", "ON"},
                                                                   {"Quebec", "QC"},
                                                                   {"Nova Scotia", "NS"},
                                                                   {"New Brunswick", "NB"},
                                                                   {"Prince Edward Island", "PE"},
                                                                   {"Newfoundland and Labrador", "NL"},
                                                                   {"Manitoba", "MB"},
                                                                   {"Saskatchewan", "SK"},
                                                                   {"Alberta", "AB"},
                                                                   {"British Columbia", "BC"},
                                                                   {"Yukon", "YT"},
                                                                   {"Northwest Territories", "NT"},
                                                                   {"Nunavut", "NU"}};
        for (const auto &[name, code] : provinces)
            z.insert(QStringLiteral("CA ") + QLatin1String(name), z.value(QStringLiteral("CA ") + QLatin1String(code)));
        // Australian states and territories, as the geocoder names some places.
        z.insert(QStringLiteral("AU NSW"), "Australia/Sydney");
        z.insert(QStringLiteral("AU ACT"), "Australia/Sydney");
        z.insert(QStringLiteral("AU Canberra"), "Australia/Sydney");
        z.insert(QStringLiteral("AU VIC"), "Australia/Melbourne");
        z.insert(QStringLiteral("AU QLD"), "Australia/Brisbane");
        z.insert(QStringLiteral("AU SA"), "Australia/Adelaide");
        z.insert(QStringLiteral("AU WA"), "Australia/Perth");
        z.insert(QStringLiteral("AU TAS"), "Australia/Hobart");
        z.insert(QStringLiteral("AU NT"), "Australia/Darwin");
        return z;
    }();
    return zones;
}

// The zone most of a country of several keeps: where a number's place says nothing more (a mobile number).
const char *mainZone(const QString &region)
{
    static const QHash<QString, const char *> zones {{QStringLiteral("US"), "America/New_York"},
                                                     {QStringLiteral("CA"), "America/Toronto"},
                                                     {QStringLiteral("MX"), "America/Mexico_City"},
                                                     {QStringLiteral("BR"), "America/Sao_Paulo"},
                                                     {QStringLiteral("AR"), "America/Argentina/Buenos_Aires"},
                                                     {QStringLiteral("CL"), "America/Santiago"},
                                                     {QStringLiteral("EC"), "America/Guayaquil"},
                                                     {QStringLiteral("RU"), "Europe/Moscow"},
                                                     {QStringLiteral("UA"), "Europe/Kyiv"},
                                                     {QStringLiteral("ES"), "Europe/Madrid"},
                                                     {QStringLiteral("PT"), "Europe/Lisbon"},
                                                     {QStringLiteral("DE"), "Europe/Berlin"},
                                                     {QStringLiteral("AU"), "Australia/Sydney"},
                                                     {QStringLiteral("NZ"), "Pacific/Auckland"},
                                                     {QStringLiteral("ID"), "Asia/Jakarta"},
                                                     {QStringLiteral("KZ"), "Asia/Almaty"},
                                                     {QStringLiteral("CN"), "Asia/Shanghai"},
                                                     {QStringLiteral("MN"), "Asia/Ulaanbaatar"},
                                                     {QStringLiteral("CD"), "Africa/Kinshasa"},
                                                     {QStringLiteral("GL"), "America/Nuuk"},
                                                     {QStringLiteral("PF"), "Pacific/Tahiti"},
                                                     {QStringLiteral("KI"), "Pacific/Tarawa"},
                                                     {QStringLiteral("FM"), "Pacific/Pohnpei"},
                                                     {QStringLiteral("PG"), "Pacific/Port_Moresby"},
                                                     {QStringLiteral("UZ"), "Asia/Tashkent"}};
    return zones.value(region, nullptr);
}

// "São Paulo" and "Sao_Paulo" alike: without accents, spaces for underscores, in lower case.
QString folded(const QString &place)
{
    QString text = place.normalized(QString::NormalizationForm_D);
    text.removeIf([](QChar c) { return c.category() == QChar::Mark_NonSpacing; });
    return text.replace(QLatin1Char('_'), QLatin1Char(' ')).toLower();
}

QString cityOf(const QByteArray &zoneId)
{
    return folded(QString::fromLatin1(zoneId.mid(zoneId.lastIndexOf('/') + 1)));
}

} // namespace

RecipientZones::RecipientZones(const QTimeZone &fallback)
    : m_fallback(fallback)
{ }

QTimeZone RecipientZones::zone(const QByteArray &id)
{
    if (id.isEmpty())
        return {};
    auto it = m_zones.find(id);
    if (it == m_zones.end())
        it = m_zones.insert(id, id == m_fallback.id() ? m_fallback : QTimeZone(id));
    return *it;
}

QByteArray RecipientZones::zoneOfCountry(const QString &region, bool *several)
{
    const QLocale::Territory territory = QLocale::codeToTerritory(region);
    const QList<QByteArray> ids
            = territory == QLocale::AnyTerritory ? QList<QByteArray>() : QTimeZone::availableTimeZoneIds(territory);
    // One zone, or several that keep the same time all year (Malaysia's two, Cyprus's two): any of them.
    const int year = QDate::currentDate().year();
    const QDateTime winter(QDate(year, 1, 15), QTime(12, 0), Qt::UTC);
    const QDateTime summer(QDate(year, 7, 15), QTime(12, 0), Qt::UTC);
    bool same = !ids.isEmpty();
    for (const QByteArray &id : ids) {
        const QTimeZone z(id), first(ids.first());
        same = same && z.offsetFromUtc(winter) == first.offsetFromUtc(winter)
                && z.offsetFromUtc(summer) == first.offsetFromUtc(summer);
    }
    if (several)
        *several = !same && !ids.isEmpty();
    if (same)
        return ids.first();
    const char *main = mainZone(region);
    return main && QTimeZone(main).isValid() ? QByteArray(main) : QByteArray();
}

QByteArray RecipientZones::zoneOfPlace(const QString &region, const QString &place)
{
    if (place.isEmpty())
        return {};
    // "New York, NY", "Boston, MA", "Toronto, ON", "Sydney", "Madrid", "Santa Cruz de Tenerife".
    const QString city = place.section(QLatin1Char(','), 0, 0).trimmed();
    const QString state = place.section(QLatin1Char(','), 1).trimmed();
    const QLocale::Territory territory = QLocale::codeToTerritory(region);
    for (const QByteArray &id : QTimeZone::availableTimeZoneIds(territory)) {
        if (cityOf(id) == folded(city))
            return id;
    }
    if (const char *z = northAmerica().value(region + QLatin1Char(' ') + (state.isEmpty() ? city : state), nullptr))
        return z;
    // Spain's Canary Islands keep their own time; the geocoder names their provinces.
    if (region == QLatin1String("ES")
        && (place.contains(QLatin1String("Tenerife")) || place.contains(QLatin1String("Palmas"))))
        return "Atlantic/Canary";
    return {};
}

QByteArray RecipientZones::phoneZone(const QString &phone)
{
    // The number's country by libphonenumber's patterns compiled once (normalisePhone: ten times its Parse).
    QString region;
    normalisePhone(phone, QString(), &region);
    if (region.isEmpty())
        return {};
    auto country = m_countries.find(region);
    if (country == m_countries.end()) {
        bool several = false;
        const QByteArray id = zoneOfCountry(region, &several);
        country = m_countries.insert(region, several ? QByteArray() : id);
    }
    if (!country->isEmpty())
        return *country;
    // Several zones: the number's place, else the country's main one.
    const QByteArray byPlace = zoneOfPlace(region, phonePlace(phone));
    return byPlace.isEmpty() ? zoneOfCountry(region) : byPlace;
}

QByteArray RecipientZones::zoneIdOf(const Contact &contact, Source *source)
{
    static const QString fields[] = {QStringLiteral("time_zone"), QStringLiteral("timezone"), QStringLiteral("tz")};
    if (!contact.fields.isEmpty()) {
        for (const QString &field : fields) {
            const auto value = contact.fields.constFind(field);
            if (value == contact.fields.cend())
                continue;
            const QByteArray id = value->toString().trimmed().toUtf8();
            if (!id.isEmpty() && zone(id).isValid()) {
                if (source)
                    *source = Source::Field;
                return id;
            }
        }
    }
    if (!contact.phone.isEmpty()) {
        // Asked once per prefix: the country code and the next digits (a North American area code and exchange)
        // place a number as finely as a time zone needs, so a million contacts ask a few thousand times.
        const QString prefix = contact.phone.left(9);
        auto found = m_prefixes.constFind(prefix);
        if (found == m_prefixes.cend()) {
            const QByteArray id = phoneZone(contact.phone);
            found = m_prefixes.insert(prefix, zone(id).isValid() ? id : QByteArray());
        }
        if (!found->isEmpty()) {
            if (source)
                *source = Source::Phone;
            return *found;
        }
    }
    if (source)
        *source = Source::Fallback;
    return m_fallback.id();
}

QTimeZone RecipientZones::zoneOf(const Contact &contact, Source *source)
{
    return zone(zoneIdOf(contact, source));
}

QDateTime localRelease(const QTimeZone &zone, int minutes, const QDate &day, const QDateTime &now, bool lateNow)
{
    const QTime time(minutes / 60, minutes % 60);
    const QDateTime at = wallTime(day, time, zone).toUTC();
    if (at >= now)
        return at;
    return lateNow ? now : wallTime(day.addDays(1), time, zone).toUTC();
}

bool inLocalWindow(const QTime &time, int start, int end)
{
    const int t = time.hour() * 60 + time.minute();
    return start <= end ? t >= start && t < end : t >= start || t < end;
}

} // namespace cm
