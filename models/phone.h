// Phone numbers in the form the workspace stores them: E.164 ("+905326124837"), checked against the country's
// numbering plan with libphonenumber. The one place that knows libphonenumber.
#pragma once

#include <QStringList>

namespace cm {

// `raw` as E.164, or an empty string when it is not a valid number. A number written without a country code is read
// as one of `region` (an ISO 3166 code such as "TR"; any case); one written with "+" needs no region.
// With `numberRegion`, also the country the number belongs to ("TR"), or "" for a non-geographic one.
QString normalisePhone(const QString &raw, const QString &region, QString *numberRegion = nullptr);
// The same answer from libphonenumber's own Parse() and IsValidNumber(), which normalisePhone() matches with
// patterns compiled once (about ten times faster): for the tests that compare the two.
QString normalisePhoneByLibphonenumber(const QString &raw, const QString &region, QString *numberRegion = nullptr);
// An example number (E.164) of every type of every region and non-geographic code libphonenumber knows.
QStringList examplePhoneNumbers();
// The country (ISO 3166 code, such as "TR") an E.164 number belongs to, or an empty string when it is none's.
QString phoneRegion(const QString &e164);
// Where an E.164 number is, as libphonenumber's offline geocoder says it in English: "New York, NY", "Madrid", or
// only the country ("Spain") for most mobile numbers; empty when it knows nothing.
QString phonePlace(const QString &e164);

} // namespace cm
