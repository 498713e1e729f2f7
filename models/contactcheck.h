// A contact's addresses in the form the workspace stores them: the email address trimmed and lower-cased, the phone
// number in E.164 (phone.h). For contacts typed by hand, test sends and suppression entries; the CSV import checks
// its rows the same way.
#pragma once

#include "types.h"

namespace cm {

// True when `text` is an email address mail servers take (name@example.com), as normaliseEmail() reads it.
bool isEmailAddress(const QString &text);
// The address as mail systems compare them, or an empty string when `text` is not one: trimmed, a "mailto:" or a
// "Name <…>" around it removed, lower case without locale surprises (the Turkish "İ" of Excel's UPPER is an "i",
// never "i" + U+0307), the domain checked and normalised as IDNA (BÜCHER.example → bücher.example). Refused: no
// "@", spaces, "..", a dot at either end of the name or the domain, a domain without a dot or with a bad label.
QString normaliseEmail(const QString &text);
// Checks a contact typed by hand: trims and lower-cases the email, writes the phone number in E.164 (numbers
// without a country code are read in `region`), upper-cases the country. Returns what to fix, translated, or an
// empty string.
QString checkContact(Contact &contact, const QString &region);

} // namespace cm
