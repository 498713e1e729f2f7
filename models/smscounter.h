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

} // namespace cm
