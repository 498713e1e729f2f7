#include "csvreader.h"

#include <QHash>
#include <QIODevice>

#include <algorithm>
#include <array>

namespace cm {

namespace {

constexpr qint64 ChunkSize = 64 * 1024;
constexpr qsizetype SampleSize = 64 * 1024;
constexpr char16_t Quote = u'"';
constexpr char16_t Cr = u'\r';
constexpr char16_t Lf = u'\n';

} // namespace

CsvReader::CsvReader(QIODevice *device, const CsvOptions &options)
    : m_device(device)
    , m_options(options)
{ }

QChar CsvReader::detectDelimiter(const QString &sample)
{
    // The usual delimiters first. ':' and '+' only when none of those is consistent, and not where they look like
    // data: a "+90…" phone number or a "10:30" time.
    constexpr int Usual = 4, All = 6;
    const char16_t candidates[All] = {u',', u';', u'\t', u'|', u':', u'+'};
    using Counts = std::array<int, All>;
    QList<Counts> lines; // each candidate's count outside quotes, line by line, over the first lines
    Counts current {};
    int numeric[All] {}; // the fallbacks' occurrences that look like part of a number
    bool quoted = false;
    bool text = false;
    const auto endLine = [&] {
        if (text)
            lines.append(current);
        current.fill(0);
        text = false;
    };
    for (qsizetype i = 0; i < sample.size() && lines.size() < 50; ++i) {
        const QChar c = sample.at(i);
        if (c == Quote) {
            quoted = !quoted;
            text = true;
        } else if (!quoted && (c == Lf || c == Cr)) {
            endLine();
        } else if (!quoted) {
            text = true;
            for (int k = 0; k < All; ++k)
                current[k] += c == candidates[k];
            const bool digitBefore = i > 0 && sample.at(i - 1).isDigit();
            const bool digitAfter = i + 1 < sample.size() && sample.at(i + 1).isDigit();
            const bool signAfterNothing = i == 0 || !sample.at(i - 1).isLetterOrNumber();
            numeric[4] += c == u':' && digitBefore && digitAfter;
            numeric[5] += c == u'+' && digitAfter && signAfterNothing;
        }
    }
    endLine();
    // The delimiter is on every line the same number of times; prefer the one with most columns.
    const auto assess = [&](int k, double minimum, int *mode) {
        QHash<int, int> frequency;
        int considered = 0;
        for (const Counts &line : std::as_const(lines)) {
            if (k < Usual && std::all_of(line.cbegin(), line.cbegin() + Usual, [](int n) { return n == 0; }))
                continue; // the usual ones are compared over the lines that have any of them
            ++considered;
            ++frequency[line[k]];
        }
        int modeCount = 0;
        *mode = 0;
        for (auto it = frequency.cbegin(); it != frequency.cend(); ++it) {
            if (it.key() > 0 && it.value() > modeCount) {
                *mode = it.key();
                modeCount = it.value();
            }
        }
        const double consistency = considered ? double(modeCount) / double(considered) : 0;
        return *mode > 0 && consistency >= minimum ? consistency * 10 + qMin(*mode, 20) * 0.1 : -1.0;
    };
    int best = -1;
    double bestScore = 0;
    for (int k = 0; k < All; ++k) {
        if (k == Usual && best >= 0)
            break;
        int mode = 0;
        double s = assess(k, k < Usual ? 0.6 : 0.8, &mode);
        if (k >= Usual) {
            int total = 0;
            for (const Counts &line : std::as_const(lines))
                total += line[k];
            if (lines.isEmpty() || lines.first()[k] != mode || numeric[k] * 2 > total)
                s = -1; // not in the header as often as on the rows, or mostly inside numbers
        }
        if (s > bestScore) {
            bestScore = s;
            best = k;
        }
    }
    return best >= 0 ? QChar(candidates[best]) : QChar(u',');
}

qint64 CsvReader::totalBytes() const
{
    return m_device->isSequential() ? 0 : m_device->size();
}

bool CsvReader::open()
{
    const QByteArray start = m_device->read(SampleSize);
    m_bytesRead = start.size();
    if (start.isEmpty()) {
        m_error = tr("The file is empty.");
        return false;
    }
    if (m_options.encoding.isEmpty()) {
        bool binary = false;
        m_encoding = detectEncoding(start, &binary);
        if (binary) {
            m_error = tr("This is not a text file (it contains binary data). Export the sheet as CSV and try again.");
            return false;
        }
        // A UTF-8 BOM does not say every line is UTF-8: Excel's "CSV UTF-8" with rows pasted from an older file is
        // the classic mixed file. Only UTF-16 is sure of itself.
        const bool marked = m_encoding.startsWith("UTF-16");
        if (!marked && !m_device->isSequential() && !scanEncodings(start))
            return false;
    } else {
        m_encoding = m_options.encoding;
    }
    m_decoder = QStringDecoder(m_encoding.constData(), QStringDecoder::Flag::ConvertInitialBom);
    if (!m_decoder.isValid()) {
        m_error = tr("The encoding “%1” is not one this computer can read. Choose another.")
                          .arg(QString::fromLatin1(m_encoding));
        return false;
    }
    if (!m_otherEncoding.isEmpty()) {
        m_lines.emplace(m_otherEncoding);
        if (!m_lines->isValid()) {
            m_error = tr("Some lines of the file are in the encoding “%1”, which is not one this computer can read. "
                         "Save the file as UTF-8 and try again.")
                              .arg(QString::fromLatin1(m_otherEncoding));
            return false;
        }
    }
    decode(start);
    if (available() && m_buffer.front() == QChar(0xFEFF))
        m_buffer.remove(0, 1); // the BOM is not part of the first field
    readSeparatorLine();
    if (m_delimiter.isNull())
        m_delimiter
                = m_options.delimiter.isNull() ? detectDelimiter(m_buffer.mid(m_pos, 32 * 1024)) : m_options.delimiter;
    return true;
}

void CsvReader::readSeparatorLine()
{
    // Excel's hint: a first line "sep=;" (or "sep=;" in quotes) names the delimiter and is not a record.
    if (!available())
        return;
    const QStringView text = QStringView(m_buffer).mid(m_pos);
    const bool quoted = text.startsWith(Quote);
    const qsizetype at = quoted ? 1 : 0;
    if (!text.mid(at).startsWith(u"sep=", Qt::CaseInsensitive) || text.size() < at + 5)
        return;
    const QChar separator = text.at(at + 4);
    qsizetype end = at + 5;
    if (separator == Quote || separator == Cr || separator == Lf || (quoted && !text.mid(end).startsWith(Quote)))
        return;
    end += quoted ? 1 : 0;
    if (end < text.size() && text.at(end) != Cr && text.at(end) != Lf)
        return;
    m_hadSeparatorLine = true;
    if (m_options.delimiter.isNull())
        m_delimiter = separator;
    m_pos += end;
    if (available() && m_buffer.at(m_pos) == Cr) {
        ++m_pos;
        ++m_line;
        if (available() && m_buffer.at(m_pos) == Lf)
            ++m_pos;
    } else if (available() && m_buffer.at(m_pos) == Lf) {
        ++m_pos;
        ++m_line;
    }
}

void CsvReader::decode(QByteArrayView bytes)
{
    if (m_lines) {
        m_lines->decode(bytes, m_buffer);
        return;
    }
    const qsizetype size = m_buffer.size();
    m_buffer.resize(size + m_decoder.requiredSpace(bytes.size()));
    const QChar *end = m_decoder.appendToBuffer(m_buffer.data() + size, bytes);
    m_buffer.truncate(end - m_buffer.constData());
}

void CsvReader::fill()
{
    // Keep only what is not parsed yet, and the current record while it may be read again: memory stays bounded.
    qsizetype from = m_pos;
    if (m_keepRecord) {
        if (m_pos - m_recordStart <= 2 * qsizetype(m_options.maxFieldLength) + 2 * ChunkSize)
            from = m_recordStart;
        else
            m_keepRecord = false;
    }
    if (from > 0) {
        m_buffer.remove(0, from);
        m_pos -= from;
        m_recordStart -= from;
    }
    const QByteArray bytes = m_device->read(ChunkSize);
    if (bytes.isEmpty()) {
        m_deviceDone = true;
        if (m_lines)
            m_lines->finish(m_buffer);
        else
            decode(QByteArrayView());
        return;
    }
    m_bytesRead += bytes.size();
    decode(bytes);
}

bool CsvReader::refill()
{
    while (m_pos >= m_buffer.size() && !m_deviceDone)
        fill();
    return m_pos < m_buffer.size();
}

bool CsvReader::skipLineEnds()
{
    while (available()) {
        const QChar c = m_buffer.at(m_pos);
        if (c != Lf && c != Cr)
            return true;
        ++m_pos;
        ++m_line;
        if (c == Cr && available() && m_buffer.at(m_pos) == Lf)
            ++m_pos;
    }
    return false;
}

std::optional<CsvRecord> CsvReader::next()
{
    if (!skipLineEnds()) // empty lines are not records
        return std::nullopt;
    CsvRecord record;
    record.line = m_line;
    if (m_expectedFields > 0)
        record.fields.reserve(m_expectedFields);
    m_recordStart = m_pos;
    m_keepRecord = true;
    Spill spill;
    bool tooLong = false;
    bool again = readRecord(record, spill, tooLong);
    QStringList fields;
    bool lineTooLong = false;
    if (!again && spill.lineEnd >= 0 && m_keepRecord && m_expectedFields > 0
        && record.fields.size() != m_expectedFields) {
        // A quoted field ran over lines and the record has the wrong number of fields: its first line alone, with
        // the quote taken as a stray one, may have the right number.
        fields = readLineAgain(spill, &lineTooLong);
        again = fields.size() == m_expectedFields;
    } else if (again) {
        fields = readLineAgain(spill, &lineTooLong);
    }
    if (again) {
        // The record is its first line alone; the lines after it are read again as records of their own.
        record.fields = fields;
        record.error.clear();
        tooLong = lineTooLong;
        m_line = record.line + 1;
        m_pos = spill.lineEnd < 0 ? m_buffer.size() : m_recordStart + spill.lineEnd;
        m_keepRecord = false;
        if (m_pos < m_buffer.size() && m_buffer.at(m_pos++) == Cr && available() && m_buffer.at(m_pos) == Lf)
            ++m_pos;
        record.warning = tr("Line %1: a stray \" at the start of field %2 was removed and the field read to the next "
                            "delimiter; check the value.")
                                 .arg(record.line)
                                 .arg(spill.field + 1);
    }
    m_keepRecord = false;
    if (m_expectedFields < 0)
        m_expectedFields = record.fields.size(); // the header's
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

// Reads the record at m_pos into `record`. True when it has to be read again from its first line, the quote that
// `spill` names being a stray one: that quoted field crossed a line break and then never ended, ended with text
// after its closing quote, or grew past the field length limit.
bool CsvReader::readRecord(CsvRecord &record, Spill &spill, bool &tooLong)
{
    const char16_t delimiter = m_delimiter.unicode();
    const bool trim = m_options.trimUnquoted;
    const qsizetype limit = m_options.maxFieldLength;
    QString field;
    const auto add = [&](const QChar *from, qsizetype n) {
        if (field.size() + n > limit) {
            n = qMax<qsizetype>(0, limit - field.size());
            tooLong = true;
        }
        field.append(from, n);
    };
    const auto endField = [&] {
        if (trim) {
            qsizetype end = field.size();
            while (end > 0 && isSpace(field.at(end - 1)))
                --end;
            field.truncate(end);
        }
        record.fields.append(std::move(field));
        field = QString();
    };
    while (true) {
        if (trim) {
            while (available() && isSpace(m_buffer.at(m_pos)))
                ++m_pos;
        }
        if (available() && m_buffer.at(m_pos) == Quote) {
            const qsizetype quote = m_pos++ - m_recordStart;
            const qsizetype index = record.fields.size();
            while (true) {
                if (!available()) {
                    if (m_keepRecord) {
                        if (spill.lineEnd < 0)
                            spill = {quote, -1, index};
                        return true;
                    }
                    record.error = tr("Line %1: a quoted field never ends (a \" is missing).").arg(record.line);
                    endField();
                    return false;
                }
                const QChar *data = m_buffer.constData();
                const qsizetype size = m_buffer.size();
                qsizetype i = m_pos;
                while (i < size && data[i] != Quote && data[i] != Lf && data[i] != Cr)
                    ++i;
                add(data + m_pos, i - m_pos);
                m_pos = i;
                if (i < size && data[i] == Quote) {
                    ++m_pos;
                    if (!available() || m_buffer.at(m_pos) != Quote)
                        break;                    // the closing quote
                    const QChar quoteChar(Quote); // "" inside quotes (`data` may have moved)
                    add(&quoteChar, 1);
                    ++m_pos;
                } else if (i < size) {
                    const QChar c = data[i]; // a line break inside the field
                    if (spill.lineEnd < 0)
                        spill = {quote, m_pos - m_recordStart, index};
                    ++m_pos;
                    add(&c, 1);
                    if (c == Lf || !available() || m_buffer.at(m_pos) != Lf)
                        ++m_line;
                }
                if (tooLong) {
                    if (spill.field == index && m_keepRecord)
                        return true;
                    m_keepRecord = false;
                }
            }
            // After the closing quote: the delimiter, the line's end or the file's. Text there joins the field, but
            // after a quote that crossed a line break it shows the quote was a stray one.
            QString gap;
            if (trim) {
                while (available() && isSpace(m_buffer.at(m_pos)))
                    gap += m_buffer.at(m_pos++);
            }
            if (available()) {
                const QChar c = m_buffer.at(m_pos);
                if (c != delimiter && c != Lf && c != Cr) {
                    if (spill.field == index && m_keepRecord)
                        return true;
                    field += gap;
                }
            }
            const qsizetype quoted = field.size();
            // The rest (rare) is unquoted text; only it is trimmed.
            while (available()) {
                const QChar c = m_buffer.at(m_pos);
                if (c == delimiter || c == Lf || c == Cr)
                    break;
                add(&c, 1);
                ++m_pos;
            }
            if (trim) {
                qsizetype end = field.size();
                while (end > quoted && isSpace(field.at(end - 1)))
                    --end;
                field.truncate(end);
            }
            record.fields.append(std::move(field));
            field = QString();
        } else {
            // Unquoted: to the delimiter or the line's end.
            while (available()) {
                const QChar *data = m_buffer.constData();
                const qsizetype size = m_buffer.size();
                qsizetype i = m_pos;
                while (i < size && data[i].unicode() != delimiter && data[i] != Lf && data[i] != Cr)
                    ++i;
                add(data + m_pos, i - m_pos);
                m_pos = i;
                if (i < size)
                    break;
            }
            if (tooLong)
                m_keepRecord = false;
            endField();
        }
        if (!available())
            return false; // the end of the file ends the record
        const QChar c = m_buffer.at(m_pos++);
        if (c == delimiter)
            continue;
        ++m_line; // the line's end ends the record
        if (c == Cr && available() && m_buffer.at(m_pos) == Lf)
            ++m_pos;
        return false;
    }
}

// The record's first line read on its own, the quote at spill.quote taken as a stray one: dropped, and its field
// (spill.field: the fields before it read as before) read to the next delimiter. So is any other quote that does
// not end on the line, though there is none: inside the quotes that crossed the line break, quotes come in pairs.
QStringList CsvReader::readLineAgain(const Spill &spill, bool *tooLong) const
{
    const QStringView line = QStringView(m_buffer).mid(
            m_recordStart, spill.lineEnd < 0 ? m_buffer.size() - m_recordStart : spill.lineEnd);
    const qsizetype limit = m_options.maxFieldLength;
    QStringList fields;
    qsizetype i = 0;
    while (true) {
        if (m_options.trimUnquoted) {
            while (i < line.size() && isSpace(line.at(i)))
                ++i;
        }
        QString field;
        qsizetype quoted = 0;
        if (i < line.size() && line.at(i) == Quote) {
            qsizetype j = i + 1;
            bool closed = false;
            for (; i != spill.quote && j < line.size(); ++j) {
                if (line.at(j) != Quote) {
                    field += line.at(j);
                } else if (j + 1 < line.size() && line.at(j + 1) == Quote) {
                    field += line.at(j++);
                } else {
                    closed = true;
                    break;
                }
            }
            if (closed) {
                i = j + 1;
                quoted = field.size();
            } else {
                field.clear();
                ++i;
            }
        }
        qsizetype end = line.indexOf(m_delimiter, i);
        if (end < 0)
            end = line.size();
        field += line.mid(i, end - i);
        if (m_options.trimUnquoted) {
            qsizetype keep = field.size();
            while (keep > quoted && isSpace(field.at(keep - 1)))
                --keep;
            field.truncate(keep);
        }
        if (field.size() > limit) {
            field.truncate(limit);
            *tooLong = true;
        }
        fields.append(field);
        if (end >= line.size())
            return fields;
        i = end + 1;
    }
}

} // namespace cm
