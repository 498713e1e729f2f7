// Which field each column of a contact file holds, decided as a person would: by what the header means, in the
// layouts of the tools marketers export from (Google Contacts, Outlook, HubSpot, Mailchimp) and in our four
// languages, and by what the cells hold when the header says nothing.
#pragma once

#include <QHash>
#include <QStringList>

namespace cm::columns {

struct Guess
{
    QString field;      // a standard field ("email", "phone", …) or a custom field's key
    int rank = 0;       // among columns guessed the same standard field, the highest wins (see the .cpp)
    bool known = false; // the header was recognised, as a standard field or as one that is not (a fax, a label)
};

// "E-mail 1 - Value" → email; "Mobile Phone" → phone, ranked above "Business Phone"; "E-mail 1 - Label" →
// "e_mail_1_label", known (a label, not an address); "Müşteri Tipi" → "müşteri_tipi", not known.
Guess guess(const QString &header);
// A custom field's key from its header: lower case, every run of other characters than letters and digits one "_".
QString customKey(const QString &header);
// The field of every column. `given` (column → field, "" to ignore) wins; the rest by their header, or for a file
// without one by what `sample` (its first rows) holds. When several columns guess one standard field, the best
// ranked (the leftmost of equals) has it and the others keep their values as custom fields. When no column is an
// email or phone column by its header, a column of unknown header whose cells are mostly addresses becomes one.
QStringList map(const QStringList &columns, const QList<QStringList> &sample, bool headerless,
                const QHash<QString, QString> &given = {});
// For each standard field of `fields` (as map() made them), the other columns that guessed it and keep their values
// as custom fields, best first: a row whose column for the field is empty takes the first of theirs that is not
// (someone with only a business phone still has a phone).
QHash<QString, QList<qsizetype>> fallbacks(const QStringList &columns, const QStringList &fields, bool headerless);
// What a cell holds: "email", "phone" or "".
QString addressKind(const QString &cell);

} // namespace cm::columns
