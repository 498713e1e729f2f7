#include "xlsxwriter.h"

#include "csvwriter.h"

#include <QDir>
#include <QFileInfo>
#include <QTemporaryFile>

// libxlsxwriter's parts, not its umbrella <xlsxwriter.h>, which has the name of this file's own header.
#include <xlsxwriter/format.h>
#include <xlsxwriter/utility.h>
#include <xlsxwriter/workbook.h>
#include <xlsxwriter/worksheet.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>

namespace cm {

namespace {

constexpr quint32 WidthRows = 100; // the rows that settle the columns' widths
constexpr double MaxWidth = 50;

// Text as Excel keeps it (ST_Xstring): characters XML cannot hold, and the CR that XML readers turn into LF, as
// _xHHHH_; an underscore that would read as the start of such an escape as _x005F_.
QString escape(const QString &text)
{
    const auto isHex = [](QChar c) {
        const char16_t u = c.toLower().unicode();
        return (u >= u'0' && u <= u'9') || (u >= u'a' && u <= u'f');
    };
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text.at(i).unicode();
        const bool control = (c < 0x20 && c != u'\t' && c != u'\n') || c == 0xFFFE || c == 0xFFFF;
        const bool escapeLike = c == u'_' && i + 6 < text.size() && text.at(i + 1) == u'x' && text.at(i + 6) == u'_'
                && std::all_of(text.cbegin() + i + 2, text.cbegin() + i + 6, isHex);
        if (control || escapeLike)
            out += QLatin1StringView("_x") + QString::number(c, 16).toUpper().rightJustified(4, u'0') + u'_';
        else
            out += QChar(c);
    }
    return out;
}

// An Excel sheet name: at most 31 characters, none of []:*?/\, not starting or ending with an apostrophe.
QString sheetNameFor(const QString &wanted)
{
    QString name = wanted;
    for (QChar &c : name) {
        if (QStringLiteral("[]:*?/\\").contains(c))
            c = u'_';
    }
    name = name.left(31);
    while (name.startsWith(u'\''))
        name.remove(0, 1);
    while (name.endsWith(u'\''))
        name.chop(1);
    return name.trimmed().isEmpty() ? QStringLiteral("Sheet1") : name;
}

int displayWidth(const QString &text)
{
    qsizetype widest = 0;
    for (const QStringView line : QStringView(text).split(u'\n'))
        widest = qMax(widest, line.size());
    return int(qMin<qsizetype>(widest, 1000));
}

} // namespace

XlsxWriter::XlsxWriter(const QString &filePath, const QString &sheetName)
    : m_filePath(filePath)
{
    const QFileInfo info(filePath);
    QTemporaryFile temp(info.absoluteDir().filePath(QStringLiteral(".%1.XXXXXX").arg(info.fileName())));
    temp.setAutoRemove(false);
    if (!temp.open()) {
        m_error = tr("“%1” cannot be written: %2.").arg(info.fileName(), temp.errorString());
        return;
    }
    m_tempPath = temp.fileName();
    temp.close();
    makePrivate(m_tempPath);

    m_tempDir = QFile::encodeName(QDir::tempPath());
    lxw_workbook_options options = {};
    options.constant_memory = LXW_TRUE; // rows go to a temporary file as they are written
    options.tmpdir = m_tempDir.data();
    m_workbook = workbook_new_opt(QFile::encodeName(m_tempPath).constData(), &options);
    if (m_workbook)
        m_sheet = workbook_add_worksheet(m_workbook, sheetNameFor(sheetName).toUtf8().constData());
    if (!m_sheet) {
        m_error = tr("“%1” cannot be written: the workbook could not be started.").arg(info.fileName());
        cancel();
        return;
    }
    m_bold = workbook_add_format(m_workbook);
    format_set_bold(m_bold);
    worksheet_freeze_panes(m_sheet, 1, 0);
}

XlsxWriter::~XlsxWriter()
{
    if (!m_committed)
        cancel();
}

bool XlsxWriter::writeRow(const QStringList &cells)
{
    if (!m_workbook) {
        if (m_error.isEmpty())
            m_error = tr("The workbook is already closed.");
        return false;
    }
    if (m_row >= LXW_ROW_MAX) {
        m_error = tr("An Excel sheet holds at most %L1 rows; export fewer contacts, or export them as CSV.")
                          .arg(LXW_ROW_MAX);
        return false;
    }
    if (cells.size() > LXW_COL_MAX) {
        m_error = tr("Row %1 has %2 columns; an Excel sheet holds at most %L3.")
                          .arg(m_row + 1)
                          .arg(cells.size())
                          .arg(LXW_COL_MAX);
        return false;
    }
    // Every cell is checked before any is written: a row is written whole or not at all.
    QList<QByteArray> texts;
    texts.reserve(cells.size());
    for (qsizetype column = 0; column < cells.size(); ++column) {
        const QString text = escape(cells.at(column));
        if (cells.at(column).size() > MaxCellLength || text.size() > MaxCellLength) {
            m_error = tr("Row %1, column %2: the text is %L3 characters long; an Excel cell holds at most %L4.")
                              .arg(m_row + 1)
                              .arg(column + 1)
                              .arg(cells.at(column).size())
                              .arg(MaxCellLength);
            return false;
        }
        texts.append(text.toUtf8());
    }
    for (qsizetype column = 0; column < texts.size(); ++column) {
        const QByteArray &text = texts.at(column);
        if (m_row < WidthRows) {
            if (m_widths.size() <= column)
                m_widths.resize(column + 1);
            m_widths[column] = qMax(m_widths.at(column), displayWidth(cells.at(column)));
        }
        if (text.isEmpty())
            continue; // an empty cell is no cell
        const lxw_error result = worksheet_write_string(m_sheet, m_row, lxw_col_t(column), text.constData(),
                                                        m_row == 0 ? m_bold : nullptr);
        if (result != LXW_NO_ERROR) {
            m_error = tr("Row %1 cannot be written: %2.").arg(m_row + 1).arg(QString::fromUtf8(lxw_strerror(result)));
            return false;
        }
    }
    ++m_row;
    return true;
}

bool XlsxWriter::commit()
{
    if (!m_workbook) {
        if (m_error.isEmpty())
            m_error = tr("The workbook is already closed.");
        return false;
    }
    for (qsizetype column = 0; column < m_widths.size(); ++column) {
        const double width = qBound(LXW_DEF_COL_WIDTH, m_widths.at(column) + 2.0, MaxWidth);
        worksheet_set_column(m_sheet, lxw_col_t(column), lxw_col_t(column), width, nullptr);
    }
    const lxw_error result = workbook_close(m_workbook); // frees the workbook
    m_workbook = nullptr;
    const QString name = QFileInfo(m_filePath).fileName();
    if (result != LXW_NO_ERROR) {
        m_error = tr("“%1” cannot be written: %2.").arg(name, QString::fromUtf8(lxw_strerror(result)));
        cancel();
        return false;
    }
    makePrivate(m_tempPath);
    // POSIX rename: the target is replaced at once, never left half written.
    if (std::rename(QFile::encodeName(m_tempPath).constData(), QFile::encodeName(m_filePath).constData()) != 0) {
        m_error = tr("“%1” cannot be saved: %2.").arg(name, qt_error_string(errno));
        cancel();
        return false;
    }
    m_committed = true;
    return true;
}

void XlsxWriter::cancel()
{
    if (m_workbook) {
        lxw_workbook_free(m_workbook); // without writing it
        m_workbook = nullptr;
    }
    m_sheet = nullptr;
    m_bold = nullptr;
    if (!m_tempPath.isEmpty() && !m_committed)
        QFile::remove(m_tempPath);
}

} // namespace cm
