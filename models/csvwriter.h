// Writing contact CSV files that Excel, LibreOffice and Google Sheets open as they should, and that import back to
// the same contacts: the delimiter and encoding chosen (UTF-8 with a BOM for Excel), RFC 4180 quoting, and cells that
// a spreadsheet would run as a formula (=, +, -, @, tab, CR first; not a phone number such as +90 532 612 48 37)
// neutralised with a leading apostrophe, which our importer removes again.
#pragma once

#include <QStringEncoder>
#include <QStringList>

class QIODevice;

class QSaveFile;

namespace cm {

// Opens an export for writing, readable by its owner only (0600): exports hold contacts' addresses.
bool openPrivately(QSaveFile &file);
// The same for a file another writer (a PDF, an image) has just written.
void makePrivate(const QString &path);

struct CsvWriteOptions
{
    QChar delimiter = QLatin1Char(',');
    QByteArray encoding = "UTF-8";
    bool bom = false;
};

class CsvWriter
{
public:
    CsvWriter(QIODevice *device, const CsvWriteOptions &options = {});
    bool isValid() const { return m_encoder.isValid(); }
    bool writeRow(const QStringList &cells);

    static QString neutralise(const QString &cell);   // '=1+1' → "'=1+1"
    static QString unneutralise(const QString &cell); // the inverse, for import
    QString encodeCell(const QString &cell) const;

private:
    QIODevice *m_device;
    CsvWriteOptions m_options;
    QStringEncoder m_encoder;
    bool m_first = true;
};

} // namespace cm
