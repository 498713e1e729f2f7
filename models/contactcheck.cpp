#include "contactcheck.h"

#include "phone.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace cm {

bool isEmailAddress(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral(R"(^[^@\s,;<>"]+@[^@\s,;<>"]+\.[^@\s,;<>"]{2,}$)"));
    return pattern.match(text).hasMatch();
}

// The messages were the import service's, and keep its translation context.
QString checkContact(Contact &c, const QString &region)
{
    c.email = c.email.trimmed().toLower();
    c.phone = c.phone.trimmed();
    if (c.email.isEmpty() && c.phone.isEmpty())
        return QCoreApplication::translate("cm::ContactImportService",
                                           "A contact needs an email address or a phone number.");
    if (!c.email.isEmpty() && !isEmailAddress(c.email))
        return QCoreApplication::translate("cm::ContactImportService",
                                           "“%1” is not an email address. Write it as name@example.com.")
                .arg(c.email);
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
