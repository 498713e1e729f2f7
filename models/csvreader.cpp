#include "csvreader.h"

#include <QIODevice>

namespace cm {

namespace {

constexpr qint64 ChunkSize = 64 * 1024;
constexpr qsizetype SampleSize = 64 * 1024;

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

} // namespace

CsvReader::CsvReader(QIODevice *device, const CsvOptions &options)
    : m_device(device)
    , m_options(options)
{ }

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
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    qsizetype end = sample.size();
    for (int back = 0; back < 3 && end > 0 && (uchar(sample[end - 1]) & 0xC0) == 0x80; ++back)
        --end;
    if (end > 0 && uchar(sample[end - 1]) >= 0xC0)
        --end;
    const QString asUtf8 = utf8.decode(sample.left(end));
    if (!utf8.hasError())
        return "UTF-8";
    // A legacy code page: the one whose letters make the most sense.
    QByteArray best = "windows-1252";
    int bestScore = std::numeric_limits<int>::min();
    for (const CodePage &page : codePages) {
        QStringDecoder decoder(page.name);
        const int s = score(decoder.decode(sample), QString::fromUtf8(page.letters));
        if (s > bestScore) {
            bestScore = s;
            best = page.name;
        }
    }
    return best;
}

QChar CsvReader::detectDelimiter(const QString &sample)
{
    const QChar candidates[] = {QLatin1Char(','), QLatin1Char(';'), QLatin1Char('\t'), QLatin1Char('|')};
    // Count each candidate outside quotes, line by line, over the first lines.
    QList<QList<int>> counts(4);
    QList<int> current(4, 0);
    bool quoted = false;
    int lines = 0;
    for (const QChar c : sample) {
        if (c == QLatin1Char('"')) {
            quoted = !quoted;
        } else if (!quoted && (c == QLatin1Char('\n') || c == QLatin1Char('\r'))) {
            if (std::any_of(current.cbegin(), current.cend(), [](int n) { return n > 0; })) {
                for (int k = 0; k < 4; ++k)
                    counts[k].append(current[k]);
                if (++lines >= 50)
                    break;
            }
            current.fill(0);
        } else if (!quoted) {
            for (int k = 0; k < 4; ++k)
                current[k] += c == candidates[k];
        }
    }
    if (std::any_of(current.cbegin(), current.cend(), [](int n) { return n > 0; })) {
        for (int k = 0; k < 4; ++k)
            counts[k].append(current[k]);
    }
    // The delimiter is on every line the same number of times; prefer the one with most columns.
    int best = -1;
    double bestScore = 0;
    for (int k = 0; k < 4; ++k) {
        if (counts[k].isEmpty())
            continue;
        QHash<int, int> frequency;
        for (int n : std::as_const(counts[k]))
            ++frequency[n];
        int mode = 0, modeCount = 0;
        for (auto it = frequency.cbegin(); it != frequency.cend(); ++it) {
            if (it.key() > 0 && it.value() > modeCount) {
                mode = it.key();
                modeCount = it.value();
            }
        }
        if (mode == 0)
            continue;
        const double consistency = double(modeCount) / double(counts[k].size());
        const double s = consistency * 10 + qMin(mode, 20) * 0.1;
        if (consistency >= 0.6 && s > bestScore) {
            bestScore = s;
            best = k;
        }
    }
    return best >= 0 ? candidates[best] : QLatin1Char(',');
}

qint64 CsvReader::totalBytes() const
{
    return m_device->isSequential() ? 0 : m_device->size();
}

bool CsvReader::open()
{
    m_pending = m_device->read(SampleSize);
    m_bytesRead = m_pending.size();
    if (m_pending.isEmpty()) {
        m_error = tr("The file is empty.");
        return false;
    }
    bool binary = false;
    m_encoding = m_options.encoding.isEmpty() ? detectEncoding(m_pending, &binary) : m_options.encoding;
    if (binary) {
        m_error = tr("This is not a text file (it contains binary data). Export the sheet as CSV and try again.");
        return false;
    }
    m_decoder = QStringDecoder(m_encoding.constData(), QStringDecoder::Flag::Stateless);
    if (!m_decoder.isValid()) {
        m_error = tr("The encoding “%1” is not one this computer can read. Choose another.")
                          .arg(QString::fromLatin1(m_encoding));
        return false;
    }
    m_decoder = QStringDecoder(m_encoding.constData(), QStringDecoder::Flag::ConvertInitialBom);
    m_buffer = m_decoder.decode(m_pending);
    if (!m_buffer.isEmpty() && m_buffer.front() == QChar(0xFEFF))
        m_buffer.remove(0, 1); // the BOM is not part of the first field
    m_pending.clear();
    m_delimiter = m_options.delimiter.isNull() ? detectDelimiter(m_buffer.left(32 * 1024)) : m_options.delimiter;
    return true;
}

bool CsvReader::fill()
{
    if (m_deviceDone)
        return false;
    const QByteArray bytes = m_device->read(ChunkSize);
    if (bytes.isEmpty()) {
        m_deviceDone = true;
        m_buffer.remove(0, m_pos);
        m_pos = 0;
        m_buffer += m_decoder.decode(QByteArray()); // flush
        return false;
    }
    m_bytesRead += bytes.size();
    m_buffer.remove(0, m_pos); // keep only what is not parsed yet: memory stays bounded
    m_pos = 0;
    m_buffer += m_decoder.decode(bytes);
    return true;
}

std::optional<CsvRecord> CsvReader::next()
{
    const QChar quote = QLatin1Char('"');
    const QChar cr = QLatin1Char('\r');
    const QChar lf = QLatin1Char('\n');
    while (true) {
        // Skip empty lines between records.
        while (true) {
            if (m_pos >= m_buffer.size() && !fill() && m_pos >= m_buffer.size())
                return std::nullopt;
            const QChar c = m_buffer.at(m_pos);
            if (c == lf) {
                ++m_line;
                ++m_pos;
            } else if (c == cr) {
                ++m_pos;
                if (m_pos >= m_buffer.size())
                    fill();
                if (m_pos < m_buffer.size() && m_buffer.at(m_pos) == lf)
                    ++m_pos;
                ++m_line;
            } else {
                break;
            }
        }

        CsvRecord record;
        record.line = m_line;
        QString field;
        bool quoted = false;
        bool fieldStart = true;
        bool tooLong = false;
        auto endField = [&] {
            record.fields.append(field);
            field.clear();
            fieldStart = true;
        };
        auto append = [&](QChar c) {
            if (field.size() < m_options.maxFieldLength)
                field.append(c);
            else
                tooLong = true;
        };
        while (true) {
            if (m_pos >= m_buffer.size() && !fill() && m_pos >= m_buffer.size()) {
                if (quoted)
                    record.error = tr("Line %1: a quoted field never ends (a \" is missing).").arg(record.line);
                endField();
                break;
            }
            const QChar c = m_buffer.at(m_pos++);
            if (quoted) {
                if (c == quote) {
                    if (m_pos >= m_buffer.size())
                        fill();
                    if (m_pos < m_buffer.size() && m_buffer.at(m_pos) == quote) {
                        append(quote); // "" inside quotes
                        ++m_pos;
                    } else {
                        quoted = false;
                    }
                } else {
                    if (c == lf || (c == cr && !(m_pos < m_buffer.size() && m_buffer.at(m_pos) == lf)))
                        ++m_line; // a line break inside the field
                    append(c);
                }
                continue;
            }
            if (c == quote && fieldStart) {
                quoted = true;
                fieldStart = false;
            } else if (c == m_delimiter) {
                endField();
            } else if (c == lf || c == cr) {
                if (c == cr) {
                    if (m_pos >= m_buffer.size())
                        fill();
                    if (m_pos < m_buffer.size() && m_buffer.at(m_pos) == lf)
                        ++m_pos;
                }
                ++m_line;
                endField();
                break;
            } else {
                fieldStart = false;
                append(c);
            }
        }
        if (record.error.isEmpty()) {
            if (tooLong)
                record.error = tr("Line %1: a field is longer than %n character(s).", nullptr, m_options.maxFieldLength)
                                       .arg(record.line);
            for (const QString &f : std::as_const(record.fields)) {
                if (!record.error.isEmpty())
                    break;
                if (f.contains(QChar(0)))
                    record.error = tr("Line %1: contains a NUL character; the file may be damaged.").arg(record.line);
                else if (f.contains(QChar(QChar::ReplacementCharacter)))
                    record.error = tr("Line %1: contains bytes that are not valid %2. Choose the file's encoding.")
                                           .arg(record.line)
                                           .arg(QString::fromLatin1(m_encoding));
            }
        }
        if (tooLong)
            record.fields.clear(); // do not hand a truncated value on as if it were whole
        return record;
    }
}

} // namespace cm
