#include "csvwriter.h"

#include <QFile>
#include <QSaveFile>

#include <QIODevice>

namespace cm {

bool openPrivately(QSaveFile &file)
{
    if (!file.open(QIODevice::WriteOnly))
        return false;
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return true;
}

void makePrivate(const QString &path)
{
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

namespace {
bool isFormulaStart(QChar c)
{
    return c == QLatin1Char('=') || c == QLatin1Char('+') || c == QLatin1Char('-') || c == QLatin1Char('@')
            || c == QLatin1Char('\t') || c == QLatin1Char('\r');
}
} // namespace

CsvWriter::CsvWriter(QIODevice *device, const CsvWriteOptions &options)
    : m_device(device)
    , m_options(options)
    , m_encoder(options.encoding.constData(),
                options.bom ? QStringEncoder::Flag::WriteBom : QStringEncoder::Flag::Default)
{ }

QString CsvWriter::neutralise(const QString &cell)
{
    // "+90 532 612 48 37" is a phone number, not a formula: a spreadsheet would show an apostrophe before it.
    const bool phone = cell.size() > 1 && cell.front() == QLatin1Char('+')
            && std::all_of(cell.cbegin() + 1, cell.cend(),
                           [](QChar c) { return c.isDigit() || c == QLatin1Char(' '); });
    return !cell.isEmpty() && isFormulaStart(cell.front()) && !phone ? QLatin1Char('\'') + cell : cell;
}

QString CsvWriter::unneutralise(const QString &cell)
{
    return cell.size() >= 2 && cell.front() == QLatin1Char('\'') && isFormulaStart(cell.at(1)) ? cell.mid(1) : cell;
}

QString CsvWriter::encodeCell(const QString &cell) const
{
    const QString safe = neutralise(cell);
    const bool needsQuotes = safe.contains(m_options.delimiter) || safe.contains(QLatin1Char('"'))
            || safe.contains(QLatin1Char('\n')) || safe.contains(QLatin1Char('\r')) || safe.startsWith(QLatin1Char(' '))
            || safe.endsWith(QLatin1Char(' '));
    if (!needsQuotes)
        return safe;
    QString quoted = safe;
    quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

bool CsvWriter::writeRow(const QStringList &cells)
{
    QString line;
    for (qsizetype i = 0; i < cells.size(); ++i) {
        if (i)
            line += m_options.delimiter;
        line += encodeCell(cells.at(i));
    }
    line += QStringLiteral("\r\n"); // what Excel writes and expects
    const QByteArray bytes = m_encoder.encode(line);
    if (m_encoder.hasError())
        return false; // a character the chosen encoding cannot hold
    m_first = false;
    return m_device->write(bytes) == bytes.size();
}

} // namespace cm
