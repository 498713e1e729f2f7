// Reading contact CSV files as Excel, LibreOffice and Google Sheets write them: the encoding (UTF-8 with or without
// BOM, UTF-16 LE/BE, the legacy code pages of our markets, or lines of UTF-8 and of a code page mixed) and the
// delimiter (, ; tab | and, failing those, : +) detected, given, or named by Excel's "sep=;" first line; RFC 4180
// quoting (delimiters, quotes and line breaks inside quotes), CRLF, LF or CR line ends. It streams: memory stays
// bounded whatever the file's size, and no field grows past a limit. A record that cannot be read is returned with
// its line number and the reason, never dropped; a stray quote that would swallow the lines after it is repaired,
// with a warning for its line.
#pragma once

#include "csvencoding.h"
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
    // Spaces (and tabs, unless tab is the delimiter) around an unquoted field, before an opening quote and after a
    // closing one are dropped: `a, "Smith, John" ,d` reads as a|Smith, John|d. Whitespace inside quotes is kept.
    bool trimUnquoted = false;
};

class CsvReader : public TableReader
{
    Q_DECLARE_TR_FUNCTIONS(cm::CsvReader)
public:
    CsvReader(QIODevice *device, const CsvOptions &options = {});

    // Settles the encoding (a file's every line is looked at once when it is not given; a stream's start) and the
    // delimiter. False (with error()) for a file that is not text: empty, binary, or an encoding this build cannot
    // read.
    bool open() override;
    QString error() const override { return m_error; }
    QByteArray encoding() const { return m_encoding; } // the main one: "UTF-8" in a mixed file
    QChar delimiter() const { return m_delimiter; }
    bool encodingWasDetected() const { return m_options.encoding.isEmpty(); }
    bool hadSeparatorLine() const { return m_hadSeparatorLine; } // the first line was Excel's "sep=X"

    // A file with lines in UTF-8 and lines in a legacy code page, each read in its own (detected encodings only).
    bool mixedEncoding() const { return !m_otherEncoding.isEmpty(); }
    QByteArray otherEncoding() const { return m_otherEncoding; }                // that code page
    qint64 otherEncodingLines() const { return m_otherEncodingLines; }          // how many lines are in it
    QList<qint64> otherEncodingSample() const { return m_otherEncodingSample; } // the first (up to 10) of them

    // The next record, or nullopt at the end of the file. Empty lines are not records.
    std::optional<CsvRecord> next() override;
    qint64 bytesRead() const override { return m_bytesRead; } // for progress
    qint64 totalBytes() const override;

    // Detection, for tests and the import wizard's preview.
    static QByteArray detectEncoding(const QByteArray &sample, bool *binary = nullptr);
    static QChar detectDelimiter(const QString &sample);

private:
    // Where a record's first quoted field to cross a line break starts, and that first line break (offsets from the
    // record's start): the record is read again from there when the quote turns out to be a stray one.
    struct Spill
    {
        qsizetype quote = -1;
        qsizetype lineEnd = -1; // -1: the record's text runs to the end of the file
        qsizetype field = -1;
    };

    bool scanEncodings(const QByteArray &start); // csvencoding.cpp
    void readSeparatorLine();
    void decode(QByteArrayView bytes);
    void fill(); // decodes the next chunk into m_buffer, keeping the current record while it may be read again
    bool available() { return m_pos < m_buffer.size() || refill(); } // a character at m_pos
    bool refill();
    bool skipLineEnds();
    bool readRecord(CsvRecord &record, Spill &spill, bool &tooLong);
    QStringList readLineAgain(const Spill &spill, bool *tooLong) const;
    bool isSpace(QChar c) const
    {
        return (c == QLatin1Char(' ') && m_delimiter != c) || (c == QLatin1Char('\t') && m_delimiter != c);
    }

    QIODevice *m_device;
    CsvOptions m_options;
    QByteArray m_encoding;
    QChar m_delimiter;
    QString m_error;
    QStringDecoder m_decoder;
    std::optional<csv::LineDecoder> m_lines; // a mixed file's
    QByteArray m_otherEncoding;
    qint64 m_otherEncodingLines = 0;
    QList<qint64> m_otherEncodingSample;
    QString m_buffer;
    qsizetype m_pos = 0;
    qsizetype m_recordStart = 0;
    bool m_keepRecord = false; // m_buffer keeps the current record from its start
    qint64 m_line = 1;
    qint64 m_bytesRead = 0;
    qsizetype m_expectedFields = -1; // the first record's
    bool m_deviceDone = false;
    bool m_hadSeparatorLine = false;
};

} // namespace cm
