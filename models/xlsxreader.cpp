#include "xlsxreader.h"

#include <QDate>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QIODevice>
#include <QLocale>
#include <QStringEncoder>
#include <QTime>
#include <QXmlStreamReader>

#include <unzip.h>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace cm {

namespace {

constexpr int MaxColumns = 16384; // XFD, Excel's last column
const QByteArray ZipMagic("PK\x03\x04", 4);
const QByteArray CompoundMagic("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8); // OLE: an .xls, or an encrypted .xlsx

// The entry of the zip opened last (unzOpenCurrentFile), read as it is inflated: QXmlStreamReader pulls from it, so
// a sheet is never held whole in memory.
class ZipEntryDevice : public QIODevice
{
public:
    explicit ZipEntryDevice(unzFile zip)
        : m_zip(zip)
    {
        open(QIODevice::ReadOnly | QIODevice::Unbuffered);
    }
    bool isSequential() const override { return true; }
    qint64 consumed() const { return m_consumed; }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        const int n = unzReadCurrentFile(m_zip, data, unsigned(qMin<qint64>(maxSize, 1 << 20)));
        if (n < 0)
            return -1; // damaged data: the XML reader reports the document as cut short
        m_consumed += n;
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    unzFile m_zip;
    qint64 m_consumed = 0;
};

enum class Part { Ok, Missing, Damaged };

// Makes `name` the current entry of the zip and opens it; its uncompressed size in *size.
bool openEntry(unzFile zip, const QString &name, qint64 *size = nullptr)
{
    if (unzLocateFile(zip, name.toUtf8().constData(), 2 /* case-insensitive */) != UNZ_OK)
        return false;
    unz_file_info64 info {};
    if (unzGetCurrentFileInfo64(zip, &info, nullptr, 0, nullptr, 0, nullptr, 0) != UNZ_OK)
        return false;
    if (size)
        *size = qint64(info.uncompressed_size);
    return unzOpenCurrentFile(zip) == UNZ_OK;
}

// Streams the part `name` through `parse`, which reads the QXmlStreamReader it is given.
template<typename Parse> Part parsePart(unzFile zip, const QString &name, Parse parse, QString *why)
{
    if (!openEntry(zip, name))
        return Part::Missing;
    ZipEntryDevice device(zip);
    QXmlStreamReader xml(&device);
    parse(xml);
    const bool ok = !xml.hasError();
    if (!ok)
        *why = QStringLiteral("%1: %2").arg(name, xml.errorString());
    unzCloseCurrentFile(zip);
    return ok ? Part::Ok : Part::Damaged;
}

// The text of an <si> or <is>: its <t>, or its rich-text runs <r><t> one after the other; phonetic runs (<rPh>, the
// reading of Japanese names) are not part of the value.
QString readRichText(QXmlStreamReader &xml)
{
    QString text;
    int depth = 1;
    while (depth > 0 && !xml.atEnd()) {
        const auto token = xml.readNext();
        if (token == QXmlStreamReader::EndElement)
            --depth;
        else if (token != QXmlStreamReader::StartElement)
            continue;
        else if (xml.name() == u"t")
            text += xml.readElementText();
        else if (xml.name() == u"rPh")
            xml.skipCurrentElement();
        else
            ++depth;
    }
    return text;
}

// The letters of a cell reference as a column index ("C5" → 2); -1 when there are none, -2 past the last column.
int columnOf(QStringView ref)
{
    int column = 0;
    for (const QChar c : ref) {
        const char32_t u = QChar::toUpper(c.unicode());
        if (u < U'A' || u > U'Z')
            break;
        column = column * 26 + int(u - U'A' + 1);
        if (column > MaxColumns)
            return -2;
    }
    return column - 1;
}

// workbook.xml: the sheets in workbook order (name, relationship id), and the date system.
void parseWorkbook(QXmlStreamReader &xml, QList<QPair<QString, QString>> *sheets, bool *date1904)
{
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        const QXmlStreamAttributes attributes = xml.attributes();
        if (xml.name() == u"workbookPr") {
            const QStringView value = attributes.value("date1904"_L1);
            *date1904 = value == u"1" || value == u"true";
        } else if (xml.name() == u"sheet") {
            QString id;
            for (const QXmlStreamAttribute &a : attributes) {
                if (a.name() == u"id") // r:id, whatever the prefix
                    id = a.value().toString();
            }
            sheets->append({attributes.value("name"_L1).toString(), id});
        }
    }
}

struct Relationships
{
    QHash<QString, QString> targets; // id → part
    QString sharedStrings = u"xl/sharedStrings.xml"_s;
    QString styles = u"xl/styles.xml"_s;
};

void parseRelationships(QXmlStreamReader &xml, Relationships *relationships)
{
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement || xml.name() != u"Relationship")
            continue;
        const QXmlStreamAttributes attributes = xml.attributes();
        const QString target = attributes.value("Target"_L1).toString();
        // Relative to xl/, or absolute in the package.
        const QString path = QDir::cleanPath(target.startsWith(u'/') ? target.mid(1) : u"xl/"_s + target);
        relationships->targets.insert(attributes.value("Id"_L1).toString(), path);
        const QStringView type = attributes.value("Type"_L1);
        if (type.endsWith(u"/sharedStrings"))
            relationships->sharedStrings = path;
        else if (type.endsWith(u"/styles"))
            relationships->styles = path;
    }
}

void parseSharedStrings(QXmlStreamReader &xml, QStringList *strings)
{
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == u"si")
            strings->append(XlsxReader::decodeEscapes(readRichText(xml)));
    }
}

// styles.xml: for each cell format (cellXfs, the cells' s attribute), whether it shows a number as a date or a time.
void parseStyles(QXmlStreamReader &xml, QList<XlsxReader::DateKind> *kinds)
{
    using K = XlsxReader::DateKind;
    QHash<int, QString> customFormats;
    QList<int> formatIds;
    bool inCellXfs = false;
    while (!xml.atEnd()) {
        const auto token = xml.readNext();
        if (token == QXmlStreamReader::EndElement && xml.name() == u"cellXfs")
            inCellXfs = false;
        if (token != QXmlStreamReader::StartElement)
            continue;
        const QXmlStreamAttributes attributes = xml.attributes();
        const int id = attributes.value("numFmtId"_L1).toInt();
        if (xml.name() == u"numFmt")
            customFormats.insert(id, attributes.value("formatCode"_L1).toString());
        else if (xml.name() == u"cellXfs")
            inCellXfs = true;
        else if (inCellXfs && xml.name() == u"xf")
            formatIds.append(id);
    }
    for (const int id : std::as_const(formatIds)) {
        const bool builtInDate = (id >= 14 && id <= 17) || id == 22;
        const bool builtInTime = (id >= 18 && id <= 21) || (id >= 45 && id <= 47);
        kinds->append(customFormats.contains(id) ? XlsxReader::dateKind(customFormats.value(id))
                              : builtInDate      ? K::Date
                              : builtInTime      ? K::Time
                                                 : K::None);
    }
}

// The streams an OLE compound file holds, seen from the names of its directory entries (128 bytes each, aligned
// to 128 in the file, the name first in UTF-16LE): "EncryptedPackage" for an .xlsx encrypted with a password,
// "Workbook" (or "Book", Excel 5) for an .xls.
enum class Compound { Encrypted, OldExcel, Unknown };
Compound classifyCompound(QFile &file)
{
    QStringEncoder utf16(QStringEncoder::Utf16LE);
    const QByteArray encrypted = utf16.encode(u"EncryptedPackage\0"_s), workbook = utf16.encode(u"Workbook\0"_s),
                     book = utf16.encode(u"Book\0"_s);
    file.seek(0);
    for (qint64 scanned = 0; scanned < (qint64(256) << 20);) {
        const QByteArray chunk = file.read(64 * 1024); // a multiple of 128: entries stay aligned
        if (chunk.isEmpty())
            break;
        for (qsizetype at = 0; at + 128 <= chunk.size(); at += 128) {
            const QByteArrayView entry(chunk.constData() + at, 128);
            if (entry.startsWith(encrypted))
                return Compound::Encrypted;
            if (entry.startsWith(workbook) || entry.startsWith(book))
                return Compound::OldExcel;
        }
        scanned += chunk.size();
    }
    return Compound::Unknown;
}

} // namespace

struct XlsxReader::Private
{
    ~Private()
    {
        xml.setDevice(nullptr);
        if (device) {
            device.reset();
            unzCloseCurrentFile(zip);
        }
        if (zip)
            unzClose(zip);
    }

    unzFile zip = nullptr;
    std::unique_ptr<ZipEntryDevice> device; // the sheet's entry
    QXmlStreamReader xml;
    QStringList sharedStrings;
    QList<DateKind> styles; // the date kind of each cell format (cellXfs), by the cells' s attribute
    bool date1904 = false;
    bool done = false;
};

XlsxReader::XlsxReader(const QString &filePath, const QString &sheet)
    : m_filePath(filePath)
    , m_sheet(sheet)
{ }

XlsxReader::~XlsxReader() = default;

bool XlsxReader::isWorkbook(const QString &filePath)
{
    QFile file(filePath);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QByteArray magic = file.read(8);
    if (magic == CompoundMagic)
        return true;
    if (!magic.startsWith(ZipMagic))
        return false;
    unzFile zip = unzOpen64(QFile::encodeName(filePath).constData());
    if (!zip)
        return false;
    const bool found = unzLocateFile(zip, "xl/workbook.xml", 2) == UNZ_OK;
    unzClose(zip);
    return found;
}

bool XlsxReader::fail(const QString &message)
{
    m_error = message;
    d.reset();
    return false;
}

bool XlsxReader::open()
{
    d = std::make_unique<Private>();
    m_error.clear();
    m_sheetNames.clear();
    m_line = 0;
    QFile file(m_filePath);
    if (!file.open(QIODevice::ReadOnly))
        return fail(tr("The file cannot be opened: %1.").arg(file.errorString()));
    const QByteArray magic = file.read(8);
    const QString notWorkbook = tr("This file is not an Excel workbook (.xlsx). Save it from Excel as .xlsx or CSV, "
                                   "and import it again.");
    if (magic == CompoundMagic) {
        switch (classifyCompound(file)) {
        case Compound::Encrypted:
            return fail(tr("The workbook is protected with a password. Open it in Excel, remove the password, save "
                           "it, and import it again."));
        case Compound::OldExcel:
            return fail(tr("This is an old Excel 97–2003 workbook (.xls). Open it in Excel or LibreOffice, save it as "
                           ".xlsx or CSV, and import it again."));
        case Compound::Unknown:
            return fail(tr("The workbook is protected with a password or is an old Excel 97–2003 workbook (.xls). "
                           "Open it in Excel, remove any password, save it as .xlsx, and import it again."));
        }
    }
    file.close();
    if (magic.startsWith(ZipMagic))
        d->zip = unzOpen64(QFile::encodeName(m_filePath).constData());
    if (!d->zip)
        return fail(notWorkbook);
    const auto damaged = [this](const QString &why) {
        return fail(tr("The workbook is damaged (%1). Open it in Excel or LibreOffice, save it again as .xlsx, and "
                       "import it again.")
                            .arg(why));
    };

    QList<QPair<QString, QString>> sheets; // in workbook order: name, relationship id
    QString why;
    Part part = parsePart(
            d->zip, u"xl/workbook.xml"_s, [&](QXmlStreamReader &xml) { parseWorkbook(xml, &sheets, &d->date1904); },
            &why);
    if (part != Part::Ok)
        return part == Part::Missing ? fail(notWorkbook) : damaged(why);
    Relationships relationships;
    part = parsePart(
            d->zip, u"xl/_rels/workbook.xml.rels"_s,
            [&](QXmlStreamReader &xml) { parseRelationships(xml, &relationships); }, &why);
    if (part != Part::Ok)
        return damaged(part == Part::Missing ? u"xl/_rels/workbook.xml.rels"_s : why);

    for (const auto &sheet : std::as_const(sheets))
        m_sheetNames.append(sheet.first);
    if (sheets.isEmpty())
        return fail(tr("The workbook has no sheets."));
    qsizetype chosen = 0;
    if (!m_sheet.isEmpty()) {
        chosen = m_sheetNames.indexOf(m_sheet);
        for (qsizetype i = 0; chosen < 0 && i < m_sheetNames.size(); ++i) {
            if (m_sheetNames.at(i).compare(m_sheet, Qt::CaseInsensitive) == 0) // as Excel compares them
                chosen = i;
        }
        if (chosen < 0)
            return fail(tr("The workbook has no sheet “%1”; its sheets: %2.").arg(m_sheet, m_sheetNames.join(u", "_s)));
    }
    m_sheet = sheets.at(chosen).first;
    const QString sheetPart = relationships.targets.value(sheets.at(chosen).second);
    if (sheetPart.isEmpty())
        return damaged(tr("the sheet “%1” is not in it").arg(m_sheet));

    // Shared strings and styles are optional: a workbook may have its text inline, and no formats.
    part = parsePart(
            d->zip, relationships.sharedStrings,
            [&](QXmlStreamReader &xml) { parseSharedStrings(xml, &d->sharedStrings); }, &why);
    if (part == Part::Damaged)
        return damaged(why);
    part = parsePart(
            d->zip, relationships.styles, [&](QXmlStreamReader &xml) { parseStyles(xml, &d->styles); }, &why);
    if (part == Part::Damaged)
        return damaged(why);

    // The sheet, streamed.
    if (!openEntry(d->zip, sheetPart, &m_totalBytes))
        return damaged(sheetPart);
    d->device = std::make_unique<ZipEntryDevice>(d->zip);
    d->xml.setDevice(d->device.get());
    return true;
}

qint64 XlsxReader::bytesRead() const
{
    return d && d->device ? d->device->consumed() : 0;
}

std::optional<CsvRecord> XlsxReader::next()
{
    if (!d || !d->device || d->done)
        return std::nullopt;
    QXmlStreamReader &xml = d->xml;
    while (!xml.atEnd()) {
        const auto token = xml.readNext();
        if (token == QXmlStreamReader::EndElement && xml.name() == u"sheetData")
            break; // what follows (merged cells, page setup) holds no rows
        if (token != QXmlStreamReader::StartElement || xml.name() != u"row")
            continue;
        bool ok = false;
        const qint64 number = xml.attributes().value("r"_L1).toLongLong(&ok);
        m_line = ok && number > 0 ? number : m_line + 1;
        CsvRecord record = readRow();
        if (xml.hasError())
            break;
        if (!record.fields.isEmpty() || !record.error.isEmpty())
            return record;
    }
    d->done = true;
    if (!xml.hasError())
        return std::nullopt;
    CsvRecord record;
    record.line = m_line;
    record.error = tr("Row %1: the sheet cannot be read from here on (%2). Open the workbook in Excel or LibreOffice, "
                      "save it again, and import it again.")
                           .arg(m_line)
                           .arg(xml.errorString());
    return record;
}

// At a <row>: its cells, placed by their references, until </row>.
CsvRecord XlsxReader::readRow()
{
    QXmlStreamReader &xml = d->xml;
    CsvRecord record;
    record.line = m_line;
    int previous = -1;
    bool tooLong = false;
    while (!xml.atEnd()) {
        const auto token = xml.readNext();
        if (token == QXmlStreamReader::EndElement && xml.name() == u"row")
            break;
        if (token != QXmlStreamReader::StartElement || xml.name() != u"c")
            continue;
        const QXmlStreamAttributes attributes = xml.attributes();
        int column = columnOf(attributes.value("r"_L1));
        if (column == -1)
            column = previous + 1; // no reference: the cell after the one before
        const QString type = attributes.value("t"_L1).toString();
        const int style = attributes.value("s"_L1).toInt();
        QString v, inlineText;
        while (!xml.atEnd()) {
            const auto inner = xml.readNext();
            if (inner == QXmlStreamReader::EndElement && xml.name() == u"c")
                break;
            if (inner != QXmlStreamReader::StartElement)
                continue;
            if (xml.name() == u"v")
                v = xml.readElementText();
            else if (xml.name() == u"is")
                inlineText = readRichText(xml);
            else
                xml.skipCurrentElement(); // the formula <f>, extensions
        }
        if (column < 0 || column >= MaxColumns) {
            record.error
                    = tr("Row %1: a cell is past the last column of a sheet; the file may be damaged.").arg(m_line);
            continue;
        }
        previous = column;

        QString value;
        if (type == u"s") {
            bool ok = false;
            const int index = v.toInt(&ok);
            if (ok && index >= 0 && index < d->sharedStrings.size())
                value = d->sharedStrings.at(index);
            else if (!v.isEmpty())
                record.error = tr("Row %1: a cell refers to text the workbook does not have; the file may be damaged.")
                                       .arg(m_line);
        } else if (type == u"inlineStr") {
            value = decodeEscapes(inlineText);
        } else if (type == u"str") {
            value = decodeEscapes(v); // a formula's text
        } else if (type == u"b") {
            if (!v.isEmpty())
                value = v.trimmed() == u"1" || v.trimmed() == u"true" ? QStringLiteral("TRUE")
                                                                      : QStringLiteral("FALSE");
        } else if (type == u"e" || type == u"d") {
            value = v; // an error as written (#N/A), an ISO date
        } else if (!v.isEmpty()) {
            bool ok = false;
            const double number = v.toDouble(&ok);
            const DateKind kind = style >= 0 && style < d->styles.size() ? d->styles.at(style) : DateKind::None;
            if (!ok)
                value = v;
            else if (kind != DateKind::None && number >= 0)
                value = dateText(number, d->date1904, kind);
            else
                value = numberText(number);
        }
        if (value.isEmpty())
            continue; // empty cells between values are filled below; trailing ones are never added
        if (value.size() > MaxCellLength) {
            tooLong = true;
            continue;
        }
        while (record.fields.size() < column)
            record.fields.append(QString());
        if (record.fields.size() == column)
            record.fields.append(value);
        else
            record.fields[column] = value;
    }
    if (tooLong && record.error.isEmpty())
        record.error = tr("Row %1: a cell is longer than %n character(s).", nullptr, MaxCellLength).arg(m_line);
    if (!record.error.isEmpty())
        record.fields.clear(); // do not hand on part of a row as if it were whole
    return record;
}

XlsxReader::DateKind XlsxReader::dateKind(const QString &formatCode)
{
    bool date = false, time = false, month = false;
    for (qsizetype i = 0; i < formatCode.size(); ++i) {
        const QChar c = formatCode.at(i).toLower();
        if (c == u'"') {
            const qsizetype end = formatCode.indexOf(u'"', i + 1);
            i = end < 0 ? formatCode.size() : end; // literal text
        } else if (c == u'\\' || c == u'_' || c == u'*') {
            ++i; // an escaped character, a space as wide as one, a fill
        } else if (c == u'[') {
            const qsizetype end = formatCode.indexOf(u']', i + 1);
            const QString inside = formatCode.mid(i + 1, end < 0 ? -1 : end - i - 1).toLower();
            // [h], [mm], [ss]: elapsed time; anything else ([Red], [$-409], [>=100]) is not about dates.
            if (!inside.isEmpty() && std::all_of(inside.cbegin(), inside.cend(), [](QChar x) {
                    return x == u'h' || x == u'm' || x == u's';
                }))
                time = true;
            i = end < 0 ? formatCode.size() : end;
        } else if (c == u'd' || c == u'y') {
            date = true;
        } else if (c == u'h' || c == u's') {
            time = true;
        } else if (c == u'm') {
            month = true; // a month, or minutes next to hours and seconds
        }
    }
    if (date || (month && !time))
        return DateKind::Date;
    return time ? DateKind::Time : DateKind::None;
}

QString XlsxReader::dateText(double serial, bool date1904, DateKind kind)
{
    if (!(serial >= 0) || serial >= 2958466) // past 9999-12-31
        return numberText(serial);
    qint64 days = qint64(std::floor(serial));
    qint64 seconds = std::llround((serial - double(days)) * 86400.0);
    if (seconds >= 86400) {
        ++days;
        seconds -= 86400;
    }
    const QString time = QLocale::c().toString(QTime(0, 0).addSecs(int(seconds)), u"HH:mm:ss");
    if (kind == DateKind::Time || (!date1904 && days == 0)) // 1900-01-00 is a time of no day
        return time;
    QString date;
    if (date1904)
        date = QDate(1904, 1, 1).addDays(days).toString(Qt::ISODate);
    else if (days == 60)
        date = QStringLiteral("1900-02-29"); // a day that never was, which Excel keeps for Lotus 1-2-3
    else
        date = QDate(1899, 12, days < 60 ? 31 : 30).addDays(days).toString(Qt::ISODate);
    return seconds ? date + QLatin1Char(' ') + time : date;
}

QString XlsxReader::numberText(double value)
{
    // Whole numbers as they are (phone numbers stored as numbers), everything else as short as it round-trips.
    if (std::isfinite(value) && std::abs(value) < 1e15 && value == std::trunc(value))
        return QString::number(qint64(value));
    return QString::number(value, 'g', QLocale::FloatingPointShortest);
}

QString XlsxReader::decodeEscapes(const QString &text)
{
    // ST_Xstring: _xHHHH_ is the character HHHH (Excel writes a CR as _x000D_); _x005F_ escapes an underscore.
    qsizetype at = text.indexOf("_x"_L1);
    if (at < 0)
        return text;
    QString out;
    out.reserve(text.size());
    qsizetype from = 0;
    for (; at >= 0 && at + 7 <= text.size(); at = text.indexOf("_x"_L1, at)) {
        char16_t code = 0;
        bool ok = text.at(at + 6) == u'_';
        for (qsizetype i = at + 2; ok && i < at + 6; ++i) {
            const int digit = QStringView(text).mid(i, 1).toInt(&ok, 16); // one hex digit, no sign or space
            code = char16_t(code * 16 + digit);
        }
        if (!ok) {
            ++at;
            continue;
        }
        out += QStringView(text).mid(from, at - from);
        out += QChar(code);
        at += 7;
        from = at;
    }
    out += QStringView(text).mid(from);
    return out;
}

} // namespace cm
