#include "csvencoding.h"
#include "csvreader.h"

#include <QIODevice>
#include <QtAlgorithms>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include <cstring>
#include <limits>
#include <utility>

namespace cm {

namespace {

constexpr qsizetype OtherBytesLimit = 64 * 1024; // of the other lines, to choose their code page
constexpr int OtherSampleLines = 10;
constexpr qint64 ScanChunk = 1024 * 1024;
constexpr qsizetype CarryLimit = 64 * 1024; // a line longer than this is decoded before its end comes

// Letters that show a legacy code page is the right one for our markets' names, and signs that it is not.
struct CodePage
{
    const char *name;
    const char *letters; // UTF-8
};
const CodePage codePages[] = {
        {"windows-1254", "şğıİŞĞçöüÇÖÜâîû"},              // Turkish
        {"windows-1250", "ąćęłńóśźżĄĆĘŁŃÓŚŹŻčřšžýČŘŠŽ"},  // Polish, Central Europe
        {"windows-1252", "áéíóúñüÁÉÍÓÚÑÜ¿¡àèìòùçÇãõâêô"}, // Spanish, Western Europe
};

int score(const QString &text, const QString &letters)
{
    int s = 0;
    for (const QChar c : text) {
        if (c.unicode() < 128)
            continue;
        if (letters.contains(c))
            s += 2;
        else if (c.isLetter())
            s -= 1; // a letter, but not one of the language's
        else
            s -= 3; // a symbol where a name's letter should be
    }
    return s;
}

// The first byte from `p` that is not plain ASCII text: one past 0x7F, or (with `lineEnds`) a CR or LF. Sixteen
// bytes at a time where SSE2 is (every x86-64), eight elsewhere.
template<bool lineEnds> inline const uchar *nextSpecial(const uchar *p, const uchar *const end)
{
#if defined(__SSE2__)
    const __m128i lf = _mm_set1_epi8('\n');
    const __m128i cr = _mm_set1_epi8('\r');
    for (; end - p >= 16; p += 16) {
        __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i *>(p));
        if (lineEnds)
            v = _mm_or_si128(v, _mm_or_si128(_mm_cmpeq_epi8(v, lf), _mm_cmpeq_epi8(v, cr)));
        if (const int mask = _mm_movemask_epi8(v))
            return p + qCountTrailingZeroBits(uint(mask));
    }
#else
    constexpr quint64 Ones = 0x0101010101010101ULL, Highs = 0x8080808080808080ULL;
    const auto has = [](quint64 word, uchar b) {
        const quint64 x = word ^ (Ones * b);
        return ((x - Ones) & ~x & Highs) != 0;
    };
    for (; end - p >= 8; p += 8) {
        quint64 word;
        std::memcpy(&word, p, 8);
        if ((word & Highs) || (lineEnds && (has(word, '\n') || has(word, '\r'))))
            break;
    }
#endif
    for (; p < end; ++p) {
        if (*p >= 0x80 || (lineEnds && (*p == '\n' || *p == '\r')))
            return p;
    }
    return end;
}

// A UTF-8 lead byte: how many continuation bytes follow, and the range of the first (the others are 80..BF). Ranges
// that would give an overlong form, a surrogate or a code point past U+10FFFF are left out, as Qt's decoder does.
struct Lead
{
    int need;
    uchar low, high;
};
inline Lead lead(uchar c)
{
    if (c >= 0xC2 && c <= 0xDF)
        return {1, 0x80, 0xBF};
    if (c == 0xE0)
        return {2, 0xA0, 0xBF};
    if (c == 0xED)
        return {2, 0x80, 0x9F};
    if (c >= 0xE1 && c <= 0xEF)
        return {2, 0x80, 0xBF};
    if (c == 0xF0)
        return {3, 0x90, 0xBF};
    if (c >= 0xF1 && c <= 0xF3)
        return {3, 0x80, 0xBF};
    if (c == 0xF4)
        return {3, 0x80, 0x8F};
    return {0, 0, 0}; // never a lead byte
}

enum class Text { Ascii, Utf8, Invalid };

Text classify(const char *bytes, qsizetype size, bool cutAtEnd)
{
    const uchar *p = reinterpret_cast<const uchar *>(bytes);
    const uchar *const end = p + size;
    Text text = Text::Ascii;
    while ((p = nextSpecial<false>(p, end)) < end) {
        text = Text::Utf8;
        const Lead l = lead(*p++);
        if (!l.need)
            return Text::Invalid;
        for (int k = 0; k < l.need; ++k, ++p) {
            if (p == end)
                return cutAtEnd ? text : Text::Invalid;
            if (*p < (k ? 0x80 : l.low) || *p > (k ? 0xBF : l.high))
                return Text::Invalid;
        }
    }
    return text;
}

} // namespace

namespace csv {

QByteArray likeliestCodePage(const QByteArray &bytes)
{
    QByteArray best = "windows-1252";
    int bestScore = std::numeric_limits<int>::min();
    for (const CodePage &page : codePages) {
        QStringDecoder decoder(page.name);
        const int s = score(decoder.decode(bytes), QString::fromUtf8(page.letters));
        if (s > bestScore) {
            bestScore = s;
            best = page.name;
        }
    }
    return best;
}

bool isValidUtf8(const char *bytes, qsizetype size, bool cutAtEnd)
{
    return classify(bytes, size, cutAtEnd) != Text::Invalid;
}

void EncodingScan::feed(const char *data, qsizetype size)
{
    const uchar *const begin = reinterpret_cast<const uchar *>(data);
    const uchar *const end = begin + size;
    const uchar *p = begin;
    const uchar *line = p;           // where the current line starts in this chunk
    for (; m_need && p < end; ++p) { // a character the previous chunk's end cut
        if (*p < m_low || *p > m_high) {
            m_invalid = true;
            m_need = 0;
            break;
        }
        --m_need;
        m_low = 0x80;
        m_high = 0xBF;
    }
    while ((p = nextSpecial<true>(p, end)) < end) {
        const uchar c = *p++;
        if (c == '\n' || c == '\r') {
            const bool crlf = c == '\n' && (p - 1 > begin ? p[-2] == '\r' : m_afterCr); // one line end
            if (!crlf)
                endLine(line, p);
            line = p;
            continue;
        }
        m_nonAscii = true;
        const Lead l = lead(c);
        if (!l.need) {
            m_invalid = true;
            continue;
        }
        int k = 0; // continuation bytes seen; the byte that is not one is read again
        for (; k < l.need && p < end; ++k, ++p) {
            if (*p < (k ? 0x80 : l.low) || *p > (k ? 0xBF : l.high))
                break;
        }
        if (k == l.need)
            continue;
        if (p < end) {
            m_invalid = true;
        } else { // the next chunk has the rest
            m_need = l.need - k;
            m_low = k ? 0x80 : l.low;
            m_high = k ? 0xBF : l.high;
        }
    }
    if (size > 0)
        m_afterCr = end[-1] == '\r';
    if (line < end) {
        m_inLine = true;
        const qsizetype room = OtherBytesLimit - m_otherBytes.size() - m_head.size();
        if (room > 0)
            m_head.append(reinterpret_cast<const char *>(line), qMin<qsizetype>(room, end - line));
    }
}

void EncodingScan::finish()
{
    if (m_inLine || m_need)
        endLine(nullptr, nullptr);
}

void EncodingScan::endLine(const uchar *from, const uchar *to)
{
    if (m_need) {
        m_invalid = true;
        m_need = 0;
    }
    if (m_invalid) {
        ++m_otherLines;
        if (m_otherSample.size() < OtherSampleLines)
            m_otherSample.append(m_line);
        if (m_otherBytes.size() < OtherBytesLimit) {
            m_otherBytes += m_head;
            m_otherBytes.append(reinterpret_cast<const char *>(from),
                                qMin<qsizetype>(to - from, qMax<qsizetype>(0, OtherBytesLimit - m_otherBytes.size())));
        }
    } else if (m_nonAscii) {
        ++m_utf8Lines;
    }
    if (!m_head.isEmpty())
        m_head.clear();
    m_invalid = m_nonAscii = m_inLine = false;
    ++m_line;
}

LineDecoder::LineDecoder(const QByteArray &codePage)
    : m_utf8(QStringDecoder::Utf8)
    , m_other(codePage.constData())
{ }

void LineDecoder::decode(QByteArrayView bytes, QString &out)
{
    QByteArray joined;
    if (!m_carry.isEmpty()) {
        joined = std::exchange(m_carry, QByteArray());
        joined += bytes;
        bytes = joined;
    }
    const char *p = bytes.data();
    const char *const end = p + bytes.size();
    const char *run = p; // consecutive lines of one kind are decoded together
    Kind runKind = Kind::Unknown;
    while (p < end) {
        const char *e = p;
        while (e < end && *e != '\n' && *e != '\r')
            ++e;
        if (e == end)
            break;
        e += (*e == '\r' && e + 1 < end && e[1] == '\n') ? 2 : 1;
        Kind kind = std::exchange(m_lineKind, Kind::Unknown);
        if (kind == Kind::Unknown) {
            const Text text = classify(p, e - p, false);
            kind = text == Text::Invalid                             ? Kind::Other
                    : text == Text::Utf8 || runKind == Kind::Unknown ? Kind::Utf8
                                                                     : runKind; // ASCII: either will do
        }
        if (kind != runKind) {
            append(run, p, runKind, out);
            run = p;
            runKind = kind;
        }
        p = e;
    }
    append(run, p, runKind, out);
    if (p == end)
        return;
    // A line whose end has not come yet waits for it, unless it is long: then it goes as far as it is valid.
    if (m_lineKind == Kind::Unknown && end - p < CarryLimit) {
        m_carry = QByteArray(p, end - p);
        return;
    }
    if (m_lineKind == Kind::Unknown)
        m_lineKind = classify(p, end - p, true) == Text::Invalid ? Kind::Other : Kind::Utf8;
    append(p, end, m_lineKind, out);
}

void LineDecoder::finish(QString &out)
{
    if (m_carry.isEmpty())
        return;
    const QByteArray rest = std::exchange(m_carry, QByteArray());
    append(rest.cbegin(), rest.cend(),
           classify(rest.constData(), rest.size(), false) == Text::Invalid ? Kind::Other : Kind::Utf8, out);
}

void LineDecoder::append(const char *from, const char *to, Kind kind, QString &out)
{
    if (from == to)
        return;
    QStringDecoder &decoder = kind == Kind::Other ? m_other : m_utf8;
    const QByteArrayView bytes(from, to - from);
    const qsizetype size = out.size();
    out.resize(size + decoder.requiredSpace(bytes.size()));
    const QChar *last = decoder.appendToBuffer(out.data() + size, bytes);
    out.truncate(last - out.constData());
}

} // namespace csv

QByteArray CsvReader::detectEncoding(const QByteArray &sample, bool *binary)
{
    if (binary)
        *binary = false;
    if (sample.startsWith("\xEF\xBB\xBF"))
        return "UTF-8";
    if (sample.startsWith("\xFF\xFE"))
        return "UTF-16LE";
    if (sample.startsWith("\xFE\xFF"))
        return "UTF-16BE";
    // UTF-16 without a BOM: text in the Latin range has a zero in every other byte.
    int zeroEven = 0, zeroOdd = 0;
    for (qsizetype i = 0; i < sample.size(); ++i)
        (i % 2 ? zeroOdd : zeroEven) += sample[i] == '\0';
    const qsizetype half = sample.size() / 2;
    if (half > 4 && zeroOdd > half * 0.6 && zeroEven < half * 0.05)
        return "UTF-16LE";
    if (half > 4 && zeroEven > half * 0.6 && zeroOdd < half * 0.05)
        return "UTF-16BE";
    if (binary && (zeroEven + zeroOdd) > 0) {
        // Any other NUL means it is not a text file (a stray one in text is reported per line).
        int controls = 0;
        for (const char c : sample)
            controls += (uchar(c) < 0x20 && c != '\n' && c != '\r' && c != '\t');
        *binary = controls > sample.size() / 20 || zeroEven + zeroOdd > 8;
    }
    // UTF-8 when it decodes cleanly (a multi-byte character cut by the sample's end is not an error).
    if (csv::isValidUtf8(sample.constData(), sample.size(), true))
        return "UTF-8";
    return csv::likeliestCodePage(sample); // the code page whose letters make the most sense
}

bool CsvReader::scanEncodings(const QByteArray &start)
{
    // Every line of the file, not only its start: rows in another encoding may come anywhere (pasted at the end).
    csv::EncodingScan scan;
    scan.feed(start.constData(), start.size());
    const qint64 resume = m_device->pos();
    QByteArray chunk(ScanChunk, Qt::Uninitialized);
    for (qint64 n; (n = m_device->read(chunk.data(), chunk.size())) > 0;)
        scan.feed(chunk.constData(), n);
    scan.finish();
    if (!m_device->seek(resume)) {
        m_error = tr("The file could not be read again after checking its encoding (%1). Try again, or choose the "
                     "encoding.")
                          .arg(m_device->errorString());
        return false;
    }
    if (!scan.otherLines()) {
        m_encoding = "UTF-8";
        return true;
    }
    const QByteArray page = csv::likeliestCodePage(scan.otherBytes());
    if (!scan.utf8Lines()) {
        m_encoding = page;
        return true;
    }
    // Both: each line is decoded in the encoding it is valid in.
    m_encoding = "UTF-8";
    m_otherEncoding = page;
    m_otherEncodingLines = scan.otherLines();
    m_otherEncodingSample = scan.otherSample();
    return true;
}

} // namespace cm
