#include "smscounter.h"

#include <QList>

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
    // The size of each character that cannot be split: a GSM-7 escape sequence (2 septets) or a UTF-16 surrogate
    // pair (2 units) goes whole into one part.
    QList<int> sizes;
    sizes.reserve(text.size());
    int septets = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
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
    const bool gsm = count.encoding == SmsCount::Gsm7;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (gsm) {
            sizes.append(gsmExtension().contains(c) ? 2 : 1);
        } else if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            sizes.append(2);
            ++i;
        } else {
            sizes.append(1);
        }
    }
    count.units = gsm ? septets : int(text.size());
    const int single = gsm ? 160 : 70;
    count.perPart = count.units <= single ? single : (gsm ? 153 : 67);
    if (count.units == 0) {
        count.parts = 0;
        count.remaining = count.perPart;
        return count;
    }
    if (count.units <= single) {
        count.parts = 1;
        count.remaining = single - count.units;
        return count;
    }
    int used = 0;
    count.parts = 1;
    for (const int size : std::as_const(sizes)) {
        if (used + size > count.perPart) {
            ++count.parts;
            used = 0;
        }
        used += size;
    }
    count.remaining = count.perPart - used;
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

SmsEstimate::SmsEstimate(const QString &ownText)
    : m_ownUnicode(countSms(ownText).ucs2Characters)
{ }

void SmsEstimate::add(const QString &rendered)
{
    const SmsCount count = countSms(rendered);
    ++recipients;
    parts += count.parts;
    Split &split = byParts[count.parts];
    ++split.recipients;
    if (count.encoding != SmsCount::Ucs2 || !m_ownUnicode.isEmpty())
        return;
    ++split.madeUnicode;
    for (const QChar c : count.ucs2Characters) {
        if (split.characters.size() < 32 && !split.characters.contains(c))
            split.characters.append(c);
    }
}

} // namespace cm
