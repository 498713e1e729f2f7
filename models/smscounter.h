// SMS length: GSM-7 (with its extension table) or UCS-2, and the number of parts (160/153, 70/67).
#pragma once

#include <QString>

namespace cm {

struct SmsCount
{
    enum Encoding { Gsm7, Ucs2 };
    Encoding encoding = Gsm7;
    int units = 0;          // septets for GSM-7 (extension characters count 2), UTF-16 code units for UCS-2
    int parts = 0;          // 0 for an empty text
    int perPart = 0;        // capacity of each part at this length
    int remaining = 0;      // units left in the last part
    QString ucs2Characters; // the characters that force UCS-2, each once
};

SmsCount countSms(const QString &text);
bool isGsm7(QChar c); // in the basic set or the extension table
// What a character that forces UCS-2 can become in GSM-7: ’ → ', “ → ", – → -, … → ..., ş → s; empty if nothing.
QString gsmReplacement(QChar c);
// The text with those replacements made: for every such character, or only for those in `only`.
QString replaceWithGsm(const QString &text, const QString &only = {});

} // namespace cm
