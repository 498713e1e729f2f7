// The rows of a contact file made contacts: the cells put in the fields their columns map to (on the reading
// thread), then the addresses checked and normalised (on the checking threads). A row is a person: what cannot be
// made an address is kept as written beside the one that can, with a warning; a row is refused only with no usable
// address at all. Used by ContactImportService::run.
#pragma once

#include "models/importstore.h"
#include "models/tablereader.h"

#include <QCoreApplication>

namespace cm {

class ImportRows
{
    Q_DECLARE_TR_FUNCTIONS(cm::ContactImportService)
public:
    struct Row
    {
        qint64 line = 0;
        ImportRow row;
        QString problem;      // not imported
        QStringList warnings; // imported, with something kept aside or repaired
    };
    // Where an address that is not one goes when the row has another that is, and where the second and later
    // values of a cell holding several ("a@x ::: b@y") go.
    static inline const QString PhoneAsWritten = QStringLiteral("phone_as_written");
    static inline const QString EmailAsWritten = QStringLiteral("email_as_written");
    static inline const QString OtherEmails = QStringLiteral("other_emails");
    static inline const QString OtherPhones = QStringLiteral("other_phones");

    // `fields`: the field of each column ("" ignores it). `fallbacks`: for a standard field, the columns whose
    // value it takes, in order, when its own cell is empty (columns::fallbacks). `emptyCellsClear`: an empty cell is
    // a value an update writes (clearing the field), not one it leaves alone.
    ImportRows(const QStringList &fields, const QHash<QString, QList<qsizetype>> &fallbacks, bool emptyCellsClear);
    // The cells of `record` in their fields; a record with values beyond the header's columns is a problem.
    Row read(const CsvRecord &record) const;
    // Thread-safe. The country read as an ISO code, the email address normalised, the phone number in E.164 (read
    // in the row's country when it has one, else in `region`).
    static void check(Row &row, const QString &region);
    // "a@x ::: b@y", "a@x; b@y": the values of a cell holding several (Google's separator, lists); one otherwise.
    static QStringList values(const QString &cell, bool emails);

private:
    QStringList m_fields;
    QHash<QString, QList<qsizetype>> m_fallbacks;
    bool m_emptyCellsClear;
};

} // namespace cm
