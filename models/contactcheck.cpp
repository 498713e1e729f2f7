#include "contactcheck.h"

#include "phone.h"

#include <QCoreApplication>
#include <QUrl>

namespace cm {

bool isEmailAddress(const QString &text)
{
    return !normaliseEmail(text).isEmpty();
}

namespace {

// Lower case as mail systems compare: "İ" (and "I" + U+0307, as some tools write it) is "i", nothing else changes
// length.
QString folded(QString text)
{
    text.replace(QChar(0x0130), QLatin1Char('i'));
    text = text.toLower();
    if (text.contains(QChar(0x0307)))
        text.replace(QStringLiteral("i\u0307"), QStringLiteral("i"));
    return text;
}

bool isPlainDomain(const QString &domain)
{
    return std::all_of(domain.cbegin(), domain.cend(), [](QChar c) {
        return (c >= QLatin1Char('a') && c <= QLatin1Char('z')) || (c >= QLatin1Char('0') && c <= QLatin1Char('9'))
                || c == QLatin1Char('-') || c == QLatin1Char('.');
    });
}

} // namespace

QString normaliseEmail(const QString &text)
{
    QString address = text.trimmed();
    if (address.startsWith(QLatin1String("mailto:"), Qt::CaseInsensitive))
        address = address.mid(7).trimmed();
    if (address.endsWith(QLatin1Char('>'))) { // "Ayşe Yılmaz <ayse@example.com>"
        const qsizetype open = address.lastIndexOf(QLatin1Char('<'));
        if (open < 0)
            return {};
        address = address.mid(open + 1, address.size() - open - 2).trimmed();
    }
    const qsizetype at = address.lastIndexOf(QLatin1Char('@'));
    if (at <= 0 || at == address.size() - 1 || address.size() > 254)
        return {};
    const QString local = folded(address.left(at));
    QString domain = folded(address.mid(at + 1));
    static const QString forbidden = QStringLiteral("@\"(),:;<>[]\\");
    if (local.size() > 64 || local.startsWith(QLatin1Char('.')) || local.endsWith(QLatin1Char('.'))
        || local.contains(QLatin1String("..")))
        return {};
    for (const QChar c : local) {
        if (c.isSpace() || c.unicode() < 0x20 || c.unicode() == 0x7f || forbidden.contains(c))
            return {};
    }
    if (domain.startsWith(QLatin1String("xn--")) || domain.contains(QLatin1String(".xn--"))) {
        // Written in its ASCII form: the same domain as its letters, so one person is one contact.
        const QString letters = QUrl::fromAce(domain.toLatin1(), QUrl::IgnoreIDNWhitelist);
        if (letters.isEmpty())
            return {};
        domain = letters;
    }
    if (!isPlainDomain(domain)) {
        // IDNA: the domain as its ASCII form says (UTS #46 mapping), then back to the letters people read.
        const QByteArray ace = QUrl::toAce(domain, QUrl::IgnoreIDNWhitelist);
        if (ace.isEmpty())
            return {};
        domain = QUrl::fromAce(ace, QUrl::IgnoreIDNWhitelist);
        if (!isPlainDomain(QString::fromLatin1(ace)))
            return {};
    }
    const QStringList labels = domain.split(QLatin1Char('.'));
    if (labels.size() < 2)
        return {};
    for (const QString &label : labels) {
        if (label.isEmpty() || label.size() > 63 || label.startsWith(QLatin1Char('-'))
            || label.endsWith(QLatin1Char('-')))
            return {};
    }
    const QString &top = labels.constLast();
    if (top.size() < 2 || std::all_of(top.cbegin(), top.cend(), [](QChar c) { return c.isDigit(); }))
        return {};
    return local + QLatin1Char('@') + domain;
}

// The messages were the import service's, and keep its translation context.
QString checkContact(Contact &c, const QString &region)
{
    c.email = c.email.trimmed();
    c.phone = c.phone.trimmed();
    if (c.email.isEmpty() && c.phone.isEmpty())
        return QCoreApplication::translate("cm::ContactImportService",
                                           "A contact needs an email address or a phone number.");
    if (!c.email.isEmpty()) {
        const QString email = normaliseEmail(c.email);
        if (email.isEmpty())
            return QCoreApplication::translate("cm::ContactImportService",
                                               "“%1” is not an email address. Write it as name@example.com.")
                    .arg(c.email);
        c.email = email;
    }
    if (!c.phone.isEmpty()) {
        const QString e164 = normalisePhone(c.phone, region);
        if (e164.isEmpty())
            return QCoreApplication::translate("cm::ContactImportService",
                                               "“%1” is not a phone number of %2. Write it with its country code, "
                                               "such as +90 532 123 45 67.")
                    .arg(c.phone,
                         region.isEmpty() ? QCoreApplication::translate("cm::ContactImportService", "any country")
                                          : region.toUpper());
        c.phone = e164;
    }
    c.country = c.country.trimmed().toUpper();
    return {};
}

} // namespace cm
