// Writing contacts to an Excel workbook (.xlsx) with libxlsxwriter, a row at a time in constant memory. Every cell is
// text, so Excel shows "+90 532 612 48 37", "00123" and "=1+1" as written, never as a number or a formula. The first
// row is bold and frozen, the columns as wide as the first rows need. The workbook is written to a temporary file
// beside the target, readable by its owner only, and renamed over the target on commit(): a cancelled or failed
// export leaves the old file as it was.
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QStringList>

struct lxw_workbook;
struct lxw_worksheet;
struct lxw_format;

namespace cm {

class XlsxWriter
{
    Q_DECLARE_TR_FUNCTIONS(cm::XlsxWriter)
public:
    explicit XlsxWriter(const QString &filePath, const QString &sheetName = QStringLiteral("Contacts"));
    ~XlsxWriter(); // cancels when not committed
    XlsxWriter(const XlsxWriter &) = delete;
    XlsxWriter &operator=(const XlsxWriter &) = delete;

    bool isValid() const { return m_workbook != nullptr; } // false (with error()) when it could not start
    // The next row; the first is the header. False (with error(), nothing of the row written) for a cell longer than
    // Excel takes, or past the last row or column of a sheet.
    bool writeRow(const QStringList &cells);
    // Finishes the workbook and puts it in place of filePath. False (with error()) when it cannot be written.
    bool commit();
    void cancel(); // removes the temporary file
    QString error() const { return m_error; }

    static constexpr int MaxCellLength = 32767; // Excel's limit, in characters

private:
    QString m_filePath;
    QString m_tempPath;
    QString m_error;
    QByteArray m_tempDir;
    lxw_workbook *m_workbook = nullptr;
    lxw_worksheet *m_sheet = nullptr;
    lxw_format *m_bold = nullptr;
    quint32 m_row = 0;
    QList<int> m_widths; // characters, of the first rows
    bool m_committed = false;
};

} // namespace cm
