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

bool isGsm7(QChar c)
{
    return gsmBasic().contains(c) || gsmExtension().contains(c);
}

QString gsmReplacement(QChar c)
{
    switch (c.unicode()) {
    case 0x2018:
    case 0x2019:
    case 0x201A:
    case 0x201B:
    case 0x2032:
    case 0x00B4:
    case 0x2039:
    case 0x203A:
        return QStringLiteral("'");
    case 0x201C:
    case 0x201D:
    case 0x201E:
    case 0x201F:
    case 0x2033:
    case 0x00AB:
    case 0x00BB:
        return QStringLiteral("\"");
    case 0x2010:
    case 0x2011:
    case 0x2012:
    case 0x2013:
    case 0x2014:
    case 0x2015:
    case 0x2212:
        return QStringLiteral("-");
    case 0x2026:
        return QStringLiteral("...");
    case 0x00A0:
    case 0x2002:
    case 0x2003:
    case 0x2007:
    case 0x2009:
    case 0x200A:
    case 0x202F:
        return QStringLiteral(" ");
    case 0x2022:
    case 0x00B7:
        return QStringLiteral("*");
    case 0x0131: // dotless ı has no decomposition
        return QStringLiteral("i");
    default:
        break;
    }
    // A letter with a mark GSM-7 lacks (ş, ğ, ą, ł…): its base letter, when that is GSM-7.
    if (c.unicode() == 0x0141 || c.unicode() == 0x0142) // Ł ł
        return QString(QChar(c.unicode() == 0x0141 ? 'L' : 'l'));
    const QString decomposed = QString(c).normalized(QString::NormalizationForm_D);
    if (decomposed.size() > 1 && gsmBasic().contains(decomposed.front()))
        return QString(decomposed.front());
    return {};
}

QString replaceWithGsm(const QString &text, const QString &only)
{
    QString result;
    result.reserve(text.size());
    for (const QChar c : text) {
        const QString replacement = isGsm7(c) || (!only.isEmpty() && !only.contains(c)) ? QString() : gsmReplacement(c);
        if (replacement.isEmpty())
            result.append(c);
        else
            result.append(replacement);
    }
    return result;
}

} // namespace cm
