// A contact's addresses in the form the workspace stores them: the email address trimmed and lower-cased, the phone
// number in E.164 (phone.h). For contacts typed by hand, test sends and suppression entries; the CSV import checks
// its rows the same way.
#pragma once

#include "types.h"

namespace cm {

// True when `text` has the shape of an email address (name@example.com).
bool isEmailAddress(const QString &text);
// Checks a contact typed by hand: trims and lower-cases the email, writes the phone number in E.164 (numbers
// without a country code are read in `region`), upper-cases the country. Returns what to fix, translated, or an
// empty string.
QString checkContact(Contact &contact, const QString &region);

} // namespace cm
