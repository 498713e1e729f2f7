// Sending at each recipient's local time: which time zone a contact is in, and when their message goes.
#pragma once

#include "types.h"

#include <QHash>
#include <QTimeZone>

namespace cm {

// A contact's time zone: its own "time_zone" field (an IANA id such as America/New_York) when it has one; else its
// phone number's country, and for a country of several zones the place libphonenumber's offline geocoder gives for
// the number (a city that names a zone, a US state, a Canadian province, an Australian state), else the country's
// main zone; else `fallback` (the campaign's zone). Answers are kept per country and per number prefix (the country
// code and six digits): a million contacts ask the geocoder a few thousand times.
class RecipientZones
{
public:
    enum class Source { Field, Phone, Fallback };
    explicit RecipientZones(const QTimeZone &fallback);
    QTimeZone zoneOf(const Contact &contact, Source *source = nullptr);
    // The same zone's id, read from what is cached (what a send of a million recipients asks).
    QByteArray zoneIdOf(const Contact &contact, Source *source = nullptr);
    QTimeZone zone(const QByteArray &id); // by its id, made once
    // The zone of a place in a country (ISO code, and the geocoder's English description), or an empty id when the
    // country has several and the place names none of them.
    static QByteArray zoneOfPlace(const QString &region, const QString &place);
    // The zone of a country with one (its zones all keep the same time all year), or its main zone; empty when
    // neither is known.
    static QByteArray zoneOfCountry(const QString &region, bool *several = nullptr);

private:
    QByteArray phoneZone(const QString &phone); // the zone of a number, empty when it says none

    QTimeZone m_fallback;
    QHash<QString, QByteArray> m_countries; // region → its one zone, or empty when it has several
    QHash<QString, QByteArray> m_prefixes;  // a number's first digits → its zone (empty: none)
    QHash<QByteArray, QTimeZone> m_zones;
};

// When a recipient in `zone` gets a send at `minutes` after midnight: that time on `day` (the send's day in the
// campaign's own zone) in their zone; when it has passed at `now`, the next day's, or `now` with `lateNow`.
QDateTime localRelease(const QTimeZone &zone, int minutes, const QDate &day, const QDateTime &now, bool lateNow);
// Whether a time of day falls in a window of minutes after midnight (one that wraps past midnight too).
bool inLocalWindow(const QTime &time, int start, int end);

} // namespace cm
