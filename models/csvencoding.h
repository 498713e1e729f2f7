// The encoding side of the CSV reader: one pass over a file's bytes that tells its ASCII, UTF-8 and other lines
// apart, the legacy code page that makes the most sense of the other lines, and a decoder for a file whose lines mix
// UTF-8 and a code page (rows pasted together from two exports), each line decoded in its own encoding.
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringDecoder>

namespace cm::csv {

// The legacy code page of our markets (windows-1254, -1250 or -1252) whose letters make the most sense of `bytes`.
QByteArray likeliestCodePage(const QByteArray &bytes);

// Whether `size` bytes are valid UTF-8; with `cutAtEnd`, a multi-byte character cut by the end is not an error.
bool isValidUtf8(const char *bytes, qsizetype size, bool cutAtEnd = false);

// Classifies each physical line (ended by LF, CRLF or CR, as the reader counts them) of bytes fed in chunks: ASCII
// only, valid UTF-8 with other characters, or not valid UTF-8. A tight byte loop: no text is decoded.
class EncodingScan
{
public:
    void feed(const char *data, qsizetype size);
    void finish(); // after the last chunk

    qint64 utf8Lines() const { return m_utf8Lines; }            // valid UTF-8 with characters beyond ASCII
    qint64 otherLines() const { return m_otherLines; }          // not valid UTF-8
    QList<qint64> otherSample() const { return m_otherSample; } // the first of them (line numbers, from 1)
    QByteArray otherBytes() const { return m_otherBytes; } // the first of them, up to a limit: they choose the page

private:
    void endLine(const uchar *from, const uchar *to);

    qint64 m_line = 1;
    qint64 m_utf8Lines = 0;
    qint64 m_otherLines = 0;
    QList<qint64> m_otherSample;
    QByteArray m_otherBytes;
    QByteArray m_head;                 // the start of a line that a chunk's end cut, while the sample still wants bytes
    int m_need = 0;                    // continuation bytes the current UTF-8 character still needs
    uchar m_low = 0x80, m_high = 0xBF; // the range of the next continuation byte
    bool m_nonAscii = false;
    bool m_invalid = false;
    bool m_inLine = false; // bytes after the last line end
    bool m_afterCr = false;
};

// Decodes bytes whose lines are each either UTF-8 or `codePage`. Lines are split at their CR and LF bytes (no UTF-8
// multi-byte character contains either), so a line is decoded whole in the encoding it is valid in.
class LineDecoder
{
public:
    explicit LineDecoder(const QByteArray &codePage);
    bool isValid() const { return m_other.isValid(); }
    void decode(QByteArrayView bytes, QString &out); // appends what can be decoded; a line's start may wait
    void finish(QString &out);

private:
    enum class Kind { Unknown, Utf8, Other };
    void append(const char *from, const char *to, Kind kind, QString &out);

    QStringDecoder m_utf8;
    QStringDecoder m_other;
    QByteArray m_carry;              // the start of a line, until its end comes
    Kind m_lineKind = Kind::Unknown; // set when a long line was decoded before its end
};

} // namespace cm::csv
