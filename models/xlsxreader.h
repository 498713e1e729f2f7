// Reading a sheet of an Excel workbook (.xlsx) a row at a time, for the contact import. The workbook's list of
// sheets, its shared strings and the date formats of its styles are read first; the sheet's XML is then streamed out
// of the zip, so the rows take no memory however many there are (the shared strings do: about their text's size
// twice, some 100 MB for a million distinct addresses). Cells come as the text a person expects in a
// contact: phone numbers stored as numbers without decimals or exponent, dates as ISO text, booleans and errors as
// Excel writes them. Old .xls files and password-protected workbooks are recognised and explained.
#pragma once

#include "tablereader.h"

#include <QCoreApplication>
#include <QStringList>

#include <memory>

namespace cm {

class XlsxReader : public TableReader
{
    Q_DECLARE_TR_FUNCTIONS(cm::XlsxReader)
public:
    // `sheet` empty: the first sheet in workbook order.
    explicit XlsxReader(const QString &filePath, const QString &sheet = {});
    ~XlsxReader() override;
    XlsxReader(const XlsxReader &) = delete;
    XlsxReader &operator=(const XlsxReader &) = delete;

    // Reads the workbook's sheets, shared strings and styles and opens the sheet. False (with error()) for a file that
    // is not an .xlsx workbook, is protected with a password, is damaged, or has no such sheet.
    bool open() override;
    QString error() const override { return m_error; }
    QStringList sheetNames() const { return m_sheetNames; } // in workbook order, after open()
    QString sheet() const { return m_sheet; }               // the sheet being read, after open()

    // The next row with a value in it, or nullopt at the end of the sheet. `line` is the row's number.
    std::optional<CsvRecord> next() override;
    qint64 bytesRead() const override; // of the sheet's uncompressed XML
    qint64 totalBytes() const override { return m_totalBytes; }

    // True for a zip with an Excel workbook in it, and for an OLE compound file (an .xls or a workbook encrypted with
    // a password), so that open() can say what to do with it; whatever the file's name.
    static bool isWorkbook(const QString &filePath);

    static constexpr int MaxCellLength = 1 << 20; // characters; a longer cell makes its record an error

    // The conversions of cell values, for tests.
    enum class DateKind { None, Date, Time };
    static DateKind dateKind(const QString &formatCode);                                   // "yyyy\-mm\-dd" → Date
    static QString dateText(double serial, bool date1904, DateKind kind = DateKind::Date); // 45000 → "2023-03-15"
    static QString numberText(double value);           // 905326124837 → "905326124837", 0.1 → "0.1"
    static QString decodeEscapes(const QString &text); // "a_x000D_b" → "a\rb"

private:
    struct Private;
    bool fail(const QString &message);
    CsvRecord readRow();

    QString m_filePath;
    QString m_sheet;
    QString m_error;
    QStringList m_sheetNames;
    qint64 m_line = 0;
    qint64 m_totalBytes = 0;
    std::unique_ptr<Private> d;
};

} // namespace cm
