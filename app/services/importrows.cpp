#include "importrows.h"

#include "models/contactcheck.h"
#include "models/country.h"
#include "models/csvwriter.h"
#include "models/phone.h"

#include <QVarLengthArray>

namespace cm {

ImportRows::ImportRows(const QStringList &fields, const QHash<QString, QList<qsizetype>> &fallbacks,
                       bool emptyCellsClear)
    : m_fields(fields)
    , m_fallbacks(fallbacks)
    , m_emptyCellsClear(emptyCellsClear)
{ }

QStringList ImportRows::values(const QString &cell, bool emails)
{
    QStringList parts;
    if (cell.contains(QLatin1String(":::")))
        parts = cell.split(QLatin1String(":::"));
    else if (cell.contains(QLatin1Char(';')))
        parts = cell.split(QLatin1Char(';'));
    else if (cell.contains(QLatin1Char(',')))
        parts = cell.split(QLatin1Char(','));
    else
        return {cell.trimmed()};
    QStringList list;
    for (const QString &part : std::as_const(parts)) {
        if (!part.trimmed().isEmpty())
            list.append(part.trimmed());
    }
    // A comma that is not between addresses ("Kaya, Zeynep <zeynep@example.com>", "+90 212 555 12 12, ext. 3"):
    // one value.
    const bool addresses = std::all_of(list.cbegin(), list.cend(), [emails](const QString &value) {
        return emails ? value.contains(QLatin1Char('@'))
                      : std::count_if(value.cbegin(), value.cend(), [](QChar c) { return c.isDigit(); }) >= 7;
    });
    if (!addresses || list.isEmpty())
        return {cell.trimmed()};
    return list;
}

ImportRows::Row ImportRows::read(const CsvRecord &record) const
{
    Row r;
    r.line = record.line;
    if (!record.warning.isEmpty())
        r.warnings.append(record.warning);
    Contact &c = r.row.contact;
    // Values past the header's last column: kept, numbered, for the user to see (a row is not lost for them).
    bool extra = false;
    for (qsizetype i = m_fields.size(); i < record.fields.size(); ++i) {
        if (!record.fields.at(i).trimmed().isEmpty()) {
            c.fields.insert(QStringLiteral("column_%1").arg(i + 1), record.fields.at(i));
            extra = true;
        }
    }
    if (extra)
        r.warnings.append(tr("Line %1: %2 fields, but the header has %3; the values past it are kept in the fields "
                             "column_%4 and after.")
                                  .arg(record.line)
                                  .arg(record.fields.size())
                                  .arg(m_fields.size())
                                  .arg(m_fields.size() + 1));
    bool fallback = false; // the value being taken is another column's (its own cell was empty)
    const auto take = [&](ImportRow::Field bit, QString &into, const QString &value) {
        if (!value.isEmpty() || m_emptyCellsClear) {
            into = value;
            // An update writes a value taken from another column only where the contact has none: the business
            // number of a row whose mobile cell is empty does not replace a stored mobile.
            (fallback ? r.row.fills : r.row.sets) |= bit;
        }
    };
    // A cell our export neutralised ('+90…, '=…) comes back as it was. Whitespace inside quotes is the reader's
    // to keep; addresses never have any around them.
    const auto cell = [&record](qsizetype i) { return CsvWriter::unneutralise(record.fields.value(i)); };
    // A standard field whose own cell is empty takes the first value of the columns after it (a business phone
    // when there is no mobile); that column's value is then not kept a second time as a custom field.
    QVarLengthArray<qsizetype, 8> taken;
    QVarLengthArray<std::pair<qsizetype, qsizetype>, 8> instead; // column of a field → column whose value it takes
    for (auto it = m_fallbacks.cbegin(); it != m_fallbacks.cend(); ++it) {
        const qsizetype own = m_fields.indexOf(it.key());
        if (own < 0 || !cell(own).trimmed().isEmpty())
            continue;
        for (const qsizetype other : it.value()) {
            if (!cell(other).trimmed().isEmpty() && !taken.contains(other)) {
                taken.append(other);
                instead.append({own, other});
                break;
            }
        }
    }
    for (qsizetype i = 0; i < m_fields.size(); ++i) {
        const QString &field = m_fields.at(i);
        if (field.isEmpty() || taken.contains(i))
            continue;
        qsizetype from = i;
        for (const auto &[own, other] : instead)
            from = own == i ? other : from;
        fallback = from != i;
        const QString value = cell(from);
        if (field == QLatin1String("email") || field == QLatin1String("phone")) {
            const bool email = field == QLatin1String("email");
            const QStringList list = values(value, email);
            const QString first = list.value(0);
            if (email) {
                c.email = first;
            } else {
                take(ImportRow::Phone, c.phone, first);
            }
            if (list.size() > 1)
                c.fields.insert(email ? OtherEmails : OtherPhones, list.mid(1).join(QLatin1String(", ")));
        } else if (field == QLatin1String("first_name")) {
            take(ImportRow::FirstName, c.firstName, value);
        } else if (field == QLatin1String("last_name")) {
            take(ImportRow::LastName, c.lastName, value);
        } else if (field == QLatin1String("city")) {
            take(ImportRow::City, c.city, value);
        } else if (field == QLatin1String("country")) {
            take(ImportRow::Country, c.country, value.trimmed());
        } else if (!value.isEmpty()) {
            c.fields.insert(field, value);
        } else if (m_emptyCellsClear) {
            r.row.clears.append(field);
        }
    }
    if (c.email.isEmpty() && c.phone.isEmpty())
        r.problem = tr("Line %1: no email address and no phone number.").arg(record.line);
    return r;
}

void ImportRows::check(Row &r, const QString &region)
{
    if (!r.problem.isEmpty())
        return;
    Contact &c = r.row.contact;
    QString phoneRegion = region;
    if (!c.country.isEmpty()) {
        const QString code = countryCode(c.country);
        if (!code.isEmpty()) {
            c.country = code;
            phoneRegion = code;
        } else {
            r.warnings.append(tr("Line %1: “%2” is not a country we know (write an ISO code such as TR, or its "
                                 "name); kept as written, and its phone number read as %3's.")
                                      .arg(r.line)
                                      .arg(c.country, region));
        }
    }
    QString emailProblem;
    if (!c.email.isEmpty()) {
        const QString email = normaliseEmail(c.email);
        if (!email.isEmpty()) {
            c.email = email;
        } else {
            emailProblem = tr("Line %1: “%2” is not an email address.").arg(r.line).arg(c.email);
            if (c.phone.isEmpty()) {
                r.problem = emailProblem;
                return;
            }
        }
    }
    QString phoneProblem;
    if (!c.phone.isEmpty()) {
        QString numberCountry;
        QString *wantCountry = c.country.isEmpty() ? &numberCountry : nullptr;
        QString e164 = normalisePhone(c.phone, phoneRegion, wantCountry);
        if (e164.isEmpty() && phoneRegion != region) {
            // The country column may be the company's, not the number's: the import's region, then.
            e164 = normalisePhone(c.phone, region, wantCountry);
        }
        if (!e164.isEmpty()) {
            c.phone = e164;
            if (c.country.isEmpty()) {
                // A row without a country is the phone number's (an update writes it only where none is stored).
                if (numberCountry.size() == 2 && !(r.row.sets & ImportRow::Country)) {
                    c.country = numberCountry;
                    r.row.fills |= ImportRow::Country;
                }
            }
        } else
            phoneProblem = tr("Line %1: “%2” is not a valid phone number (numbers without a country code are read "
                              "as %3).")
                                   .arg(r.line)
                                   .arg(c.phone, phoneRegion);
    }
    const bool emailUsable = !c.email.isEmpty() && emailProblem.isEmpty();
    const bool phoneUsable = !c.phone.isEmpty() && phoneProblem.isEmpty();
    if (!emailUsable && !phoneUsable) {
        // No usable address at all.
        r.problem = emailProblem.isEmpty() ? phoneProblem
                                           : phoneProblem + QLatin1Char(' ')
                        + tr("The email address was not one either: the line has no usable address.");
        return;
    }
    if (!emailProblem.isEmpty()) {
        // A person with a phone number is imported by it; the address stays as written, for the user to fix.
        c.fields.insert(EmailAsWritten, c.email);
        c.email.clear();
        r.warnings.append(tr("%1 Imported by the phone number; the address is kept as written in the field %2.")
                                  .arg(emailProblem, EmailAsWritten));
    }
    if (!phoneProblem.isEmpty()) {
        // A person with an email is imported by it; the number stays as written, for the user to fix.
        c.fields.insert(PhoneAsWritten, c.phone);
        c.phone.clear();
        r.row.sets &= ~quint8(ImportRow::Phone);
        r.row.fills &= ~quint8(ImportRow::Phone);
        r.warnings.append(tr("%1 Imported by the email address; the number is kept as written in the field %2.")
                                  .arg(phoneProblem, PhoneAsWritten));
    }
}

} // namespace cm
