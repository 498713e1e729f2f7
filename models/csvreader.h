// Reading contact CSV files as Excel, LibreOffice and Google Sheets write them: the encoding (UTF-8 with or without
// BOM, UTF-16 LE/BE, the legacy code pages of our markets) and the delimiter (, ; tab |) detected or given, RFC 4180
// quoting (delimiters, quotes and line breaks inside quotes), CRLF, LF or CR line ends. It streams: memory stays
// bounded whatever the file's size, and no field grows past a limit. A record that cannot be read is returned with
// its line number and the reason, never dropped.
#pragma once

#include "tablereader.h"

#include <QCoreApplication>
#include <QStringDecoder>
#include <QStringList>

#include <optional>

class QIODevice;

namespace cm {

struct CsvOptions
{
    QByteArray encoding;          // empty: detect ("UTF-8", "UTF-16LE", "windows-1254", …)
    QChar delimiter;              // null: detect
    int maxFieldLength = 1 << 20; // characters; a longer field makes its record an error (and is not kept)
};

class CsvReader : public TableReader
{
    Q_DECLARE_TR_FUNCTIONS(cm::CsvReader)
public:
    CsvReader(QIODevice *device, const CsvOptions &options = {});

    // Reads the start of the file to settle the encoding and delimiter. False (with error()) for a file that is not
    // text: empty, binary, or an encoding this build cannot read.
    bool open() override;
    QString error() const override { return m_error; }
    QByteArray encoding() const { return m_encoding; }
    QChar delimiter() const { return m_delimiter; }
    bool encodingWasDetected() const { return m_options.encoding.isEmpty(); }

    // The next record, or nullopt at the end of the file. Empty lines are not records.
    std::optional<CsvRecord> next() override;
    qint64 bytesRead() const override { return m_bytesRead; } // for progress
    qint64 totalBytes() const override;

    // Detection, for tests and the import wizard's preview.
    static QByteArray detectEncoding(const QByteArray &sample, bool *binary = nullptr);
    static QChar detectDelimiter(const QString &sample);

private:
    bool fill(); // decodes the next chunk into m_buffer; false at the end of the device
    bool atEnd() const { return m_pos >= m_buffer.size() && m_deviceDone; }

    QIODevice *m_device;
    CsvOptions m_options;
    QByteArray m_encoding;
    QChar m_delimiter;
    QString m_error;
    QStringDecoder m_decoder;
    QString m_buffer;
    qsizetype m_pos = 0;
    qint64 m_line = 1;
    qint64 m_bytesRead = 0;
    bool m_deviceDone = false;
    QByteArray m_pending; // bytes read during detection, not decoded yet
};

} // namespace cm
