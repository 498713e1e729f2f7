#include "smscounter.h"

namespace cm {

namespace {
// GSM 03.38 basic character set and extension table, as Unicode.
const QString &gsmBasic()
{
    static const QString set = QString::fromUtf8("@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
                                                 "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà");
    return set;
}

const QString &gsmExtension()
{
    static const QString set = QString::fromUtf8("^{}\\[~]|€\f");
    return set;
}
} // namespace

SmsCount countSms(const QString &text)
{
    SmsCount count;
    int septets = 0;
    for (const QChar c : text) {
        if (gsmBasic().contains(c)) {
            septets += 1;
        } else if (gsmExtension().contains(c)) {
            septets += 2;
        } else {
            count.encoding = SmsCount::Ucs2;
            if (!count.ucs2Characters.contains(c))
                count.ucs2Characters.append(c);
        }
    }
    if (count.encoding == SmsCount::Gsm7) {
        count.units = septets;
        count.perPart = septets <= 160 ? 160 : 153;
    } else {
        count.units = int(text.size());
        count.perPart = count.units <= 70 ? 70 : 67;
    }
    count.parts = count.units == 0 ? 0 : (count.units + count.perPart - 1) / count.perPart;
    count.remaining = count.parts == 0 ? count.perPart : count.parts * count.perPart - count.units;
    return count;
}

} // namespace cm
