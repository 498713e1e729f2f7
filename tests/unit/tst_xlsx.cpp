// Excel workbooks: every value of a workbook LibreOffice wrote and of one made by hand the way other writers do it,
// the choice of sheet, the files that are not .xlsx workbooks and what the reader says of them, a round trip through
// XlsxWriter (LibreOffice shows the cells as written), and a sheet of 200,000 rows read in bounded memory.
#include "models/xlsxreader.h"
#include "models/xlsxwriter.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <malloc.h>

using namespace cm;

namespace {

QString fixture(const char *name)
{
    return QStringLiteral(CM_XLSX_DATA "/") + QLatin1StringView(name);
}

struct Sheet
{
    QList<CsvRecord> records;
    QString error;
};

Sheet readSheet(const QString &path, const QString &sheet = {})
{
    Sheet result;
    XlsxReader reader(path, sheet);
    if (!reader.open()) {
        result.error = reader.error();
        return result;
    }
    while (auto record = reader.next())
        result.records.append(*record);
    return result;
}

QStringList strings(std::initializer_list<const char *> texts)
{
    QStringList list;
    for (const char *text : texts)
        list.append(QString::fromUtf8(text));
    return list;
}

// Compares each record's line and fields with `expected` (line, fields).
void compareRecords(const QList<CsvRecord> &records, const QList<QPair<qint64, QStringList>> &expected)
{
    QCOMPARE(records.size(), expected.size());
    for (qsizetype i = 0; i < records.size(); ++i) {
        QVERIFY2(records.at(i).error.isEmpty(), qPrintable(records.at(i).error));
        QCOMPARE(records.at(i).line, expected.at(i).first);
        QCOMPARE(records.at(i).fields, expected.at(i).second);
    }
}

qint64 statusKilobytes(const QByteArray &key)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(QByteArray(key + ':')))
            return line.mid(key.size() + 1).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

// Resets VmHWM to the current resident size (Linux 4.0+); false where that is not allowed.
bool resetPeak()
{
    QFile clear(QStringLiteral("/proc/self/clear_refs"));
    return clear.open(QIODevice::WriteOnly) && clear.write("5") == 1;
}

// An OLE compound file (the container of .xls and of encrypted .xlsx) whose directory names `stream`.
QByteArray compoundFile(const char *stream)
{
    QByteArray bytes(3 * 512, '\0');
    bytes.replace(0, 8, QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8));
    const auto putName = [&bytes](qsizetype at, const char *name) {
        for (qsizetype i = 0; name[i]; ++i)
            bytes[at + 2 * i] = name[i];
    };
    putName(512, "Root Entry");
    if (stream)
        putName(512 + 128, stream);
    return bytes;
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

} // namespace

class TestXlsx : public QObject
{
    Q_OBJECT

private slots:
    void libreOfficeWorkbook_readsEveryValueOfTheFirstSheet()
    {
        XlsxReader reader(fixture("contacts_libreoffice.xlsx"));
        QVERIFY2(reader.open(), qPrintable(reader.error()));
        QCOMPARE(reader.sheetNames(), strings({"Kişiler", "Notlar"}));
        QCOMPARE(reader.sheet(), QString::fromUtf8("Kişiler"));
        QVERIFY(reader.totalBytes() > 0);
        QList<CsvRecord> records;
        while (auto record = reader.next())
            records.append(*record);
        QCOMPARE(reader.bytesRead(), reader.totalBytes());
        compareRecords(records,
                       {
                               {1, strings({"email", "first_name", "last_name", "phone", "birthday", "city", "score"})},
                               {2,
                                strings({"ayse@example.com", "Ayşe", "Yılmaz", "905326124837", "1990-04-23", "İzmir",
                                         "12.5"})},
                               {3,
                                strings({"jozef@example.pl", "Józef", "Łukaszewicz-Żółć", "48601234567", "1985-12-31",
                                         "Łódź", "3"})},
                               // row 4 is empty: not a record
                               {5,
                                strings({"emre@example.com", "Emre", "Çağlar & Öztürk", "+90 532 612 48 37",
                                         "2000-02-29 14:30:00", "İzmir", "-0.25"})},
                               {6, strings({"zofia@example.pl", "", "", "00123"})},
                       });
    }

    void libreOfficeWorkbook_readsTheSheetAskedFor()
    {
        const QList<QPair<qint64, QStringList>> notes = {
                {1, strings({"note", "count"})},
                {2, strings({"Zażółć gęślą jaźń", "1e+15"})},
                {3, strings({"ĞÜŞİÖÇ ğüşıöç", "0.1"})},
        };
        const Sheet byName = readSheet(fixture("contacts_libreoffice.xlsx"), QStringLiteral("Notlar"));
        QVERIFY2(byName.error.isEmpty(), qPrintable(byName.error));
        compareRecords(byName.records, notes);
        // Excel does not tell sheet names apart by case, nor does the reader.
        const Sheet anyCase = readSheet(fixture("contacts_libreoffice.xlsx"), QStringLiteral("NOTLAR"));
        QVERIFY2(anyCase.error.isEmpty(), qPrintable(anyCase.error));
        compareRecords(anyCase.records, notes);
    }

    void missingSheet_namesTheSheetsThereAre()
    {
        XlsxReader reader(fixture("contacts_libreoffice.xlsx"), QStringLiteral("Müşteriler"));
        QVERIFY(!reader.open());
        QCOMPARE(reader.error(),
                 QString::fromUtf8("The workbook has no sheet “Müşteriler”; its sheets: Kişiler, Notlar."));
        QVERIFY(!reader.next());
    }

    void handMadeWorkbook_readsEveryValue()
    {
        XlsxReader reader(fixture("inline.xlsx"));
        QVERIFY2(reader.open(), qPrintable(reader.error()));
        QCOMPARE(reader.sheetNames(), strings({"Data", "Long", "Broken"}));
        QList<CsvRecord> records;
        while (auto record = reader.next())
            records.append(*record);
        compareRecords(
                records,
                {
                        // shared, rich shared (the phonetic run left out), rich inline, inline
                        {1,
                         strings({"email", "first_name", "notes", "phone", "joined", "active", "formula", "status"})},
                        // cells without a reference; _x000D_ escapes; a 1904 date; boolean, formula text, error
                        {2,
                         strings({"ayse@example.com", " Łucja & Ömer ", "Line one\r\nline two", "905326124837",
                                  "2021-09-23", "TRUE", "ayse@example.com!", "#N/A"})},
                        // row 3 is not in the sheet; gaps; trailing empty cells dropped; row 5 has only empty cells
                        {4, strings({"gap@example.com", "", "", "48601234567", "", "FALSE", "", "#DIV/0!"})},
                        // a row without a number follows the one before
                        {6, strings({"norow@example.com", "keep _x000D_ literally", "A & B <c> ş\ttab"})},
                        // formats that are not dates, a time, a date and time (1904), numbers, an ISO date cell
                        {7,
                         strings({"3.5", "7", "18:00:00", "1906-09-27 12:00:00", "-1234.5", "1e+15",
                                  "123456789012345680", "0.1", "-7", "2024-02-29T10:00:00", "1.5e-07"})},
                        {8, strings({"1904-01-01", "2000-01-02 00:00:01", "city"})},
                });
    }

    void cellOverTheLimit_isAnErrorAndTheRowsAroundItAreRead()
    {
        const Sheet sheet = readSheet(fixture("inline.xlsx"), QStringLiteral("Long"));
        QVERIFY2(sheet.error.isEmpty(), qPrintable(sheet.error));
        QCOMPARE(sheet.records.size(), 3);
        QCOMPARE(sheet.records.at(0).fields, strings({"email", "note"}));
        QCOMPARE(sheet.records.at(1).line, 2);
        QVERIFY2(sheet.records.at(1).error.contains(QStringLiteral("Row 2: a cell is longer than 1048576")),
                 qPrintable(sheet.records.at(1).error));
        QVERIFY(sheet.records.at(1).fields.isEmpty());
        QCOMPARE(sheet.records.at(2).line, 3);
        QCOMPARE(sheet.records.at(2).fields, strings({"after@example.com", "short"}));
    }

    void damagedSheet_isReportedWhereItBreaks()
    {
        const Sheet sheet = readSheet(fixture("inline.xlsx"), QStringLiteral("Broken"));
        QVERIFY2(sheet.error.isEmpty(), qPrintable(sheet.error));
        QCOMPARE(sheet.records.size(), 3);
        QCOMPARE(sheet.records.at(1).fields, strings({"first@example.com"}));
        QCOMPARE(sheet.records.at(2).line, 3);
        QVERIFY(sheet.records.at(2).fields.isEmpty());
        QVERIFY2(sheet.records.at(2).error.startsWith(QStringLiteral("Row 3: the sheet cannot be read from here on")),
                 qPrintable(sheet.records.at(2).error));
    }

    void filesThatAreNotWorkbooks_sayWhatToDo_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<bool>("isWorkbook");
        QTest::addColumn<QString>("message");
        const QString notXlsx = QStringLiteral("is not an Excel workbook (.xlsx). Save it from Excel as .xlsx or CSV");
        QTest::newRow("a CSV file") << QByteArray("email,name\na@example.com,Ayşe\n") << false << notXlsx;
        QTest::newRow("an empty file") << QByteArray() << false << notXlsx;
        QFile zip(fixture("not_a_workbook.zip"));
        QVERIFY(zip.open(QIODevice::ReadOnly));
        QTest::newRow("a zip of something else") << zip.readAll() << false << notXlsx;
        QFile workbook(fixture("contacts_libreoffice.xlsx"));
        QVERIFY(workbook.open(QIODevice::ReadOnly));
        QTest::newRow("a workbook cut short") << workbook.read(2000) << false << notXlsx;
        QTest::newRow("encrypted with a password")
                << compoundFile("EncryptedPackage") << true
                << QStringLiteral("protected with a password. Open it in Excel, remove the password");
        QTest::newRow("Excel 97-2003") << compoundFile("Workbook") << true
                                       << QString::fromUtf8("old Excel 97–2003 workbook (.xls)");
        QTest::newRow("another compound file")
                << compoundFile(nullptr) << true
                << QString::fromUtf8("protected with a password or is an old Excel 97–2003 workbook (.xls)");
    }

    void filesThatAreNotWorkbooks_sayWhatToDo()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(bool, isWorkbook);
        QFETCH(QString, message);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("contacts.xlsx")); // the name says nothing
        QVERIFY(writeFile(path, bytes));
        QCOMPARE(XlsxReader::isWorkbook(path), isWorkbook);
        XlsxReader reader(path);
        QVERIFY(!reader.open());
        QVERIFY2(reader.error().contains(message), qPrintable(reader.error()));
        QVERIFY(!reader.next());
    }

    void isWorkbook_isTrueForWorkbooksWhateverTheirName()
    {
        QVERIFY(XlsxReader::isWorkbook(fixture("contacts_libreoffice.xlsx")));
        QVERIFY(XlsxReader::isWorkbook(fixture("inline.xlsx")));
        QTemporaryDir dir;
        const QString renamed = dir.filePath(QStringLiteral("contacts.csv"));
        QVERIFY(QFile::copy(fixture("inline.xlsx"), renamed));
        QVERIFY(XlsxReader::isWorkbook(renamed));
        QVERIFY(!XlsxReader::isWorkbook(dir.filePath(QStringLiteral("missing.xlsx"))));
        XlsxReader missing(dir.filePath(QStringLiteral("missing.xlsx")));
        QVERIFY(!missing.open());
        QVERIFY2(missing.error().startsWith(QStringLiteral("The file cannot be opened")), qPrintable(missing.error()));
    }

    void conversions_matchWhatExcelShows()
    {
        using K = XlsxReader::DateKind;
        // 1900 system: serial 1 is 1900-01-01; 60 is the 1900-02-29 Excel keeps from Lotus 1-2-3.
        QCOMPARE(XlsxReader::dateText(1, false), QStringLiteral("1900-01-01"));
        QCOMPARE(XlsxReader::dateText(59, false), QStringLiteral("1900-02-28"));
        QCOMPARE(XlsxReader::dateText(60, false), QStringLiteral("1900-02-29"));
        QCOMPARE(XlsxReader::dateText(61, false), QStringLiteral("1900-03-01"));
        QCOMPARE(XlsxReader::dateText(45000, false), QStringLiteral("2023-03-15"));
        QCOMPARE(XlsxReader::dateText(45000.25, false), QStringLiteral("2023-03-15 06:00:00"));
        QCOMPARE(XlsxReader::dateText(45000.9999999, false), QStringLiteral("2023-03-16"));
        QCOMPARE(XlsxReader::dateText(0.5, false), QStringLiteral("12:00:00"));
        QCOMPARE(XlsxReader::dateText(45000.75, false, K::Time), QStringLiteral("18:00:00"));
        QCOMPARE(XlsxReader::dateText(0, true), QStringLiteral("1904-01-01"));
        QCOMPARE(XlsxReader::dateText(43538, true), QStringLiteral("2023-03-15")); // 1462 days fewer

        QCOMPARE(XlsxReader::dateKind(QStringLiteral("General")), K::None);
        QCOMPARE(XlsxReader::dateKind(QStringLiteral("[Red]0.00")), K::None);
        QCOMPARE(XlsxReader::dateKind(QStringLiteral("\"d\"0;[Red]\\-0")), K::None);
        QCOMPARE(XlsxReader::dateKind(QStringLiteral("0.00E+00")), K::None);
        QCOMPARE(XlsxReader::dateKind(QStringLiteral("#,##0_);[Red]\\(#,##0\\)")), K::None);
        QCOMPARE(XlsxReader::dateKind(QStringLiteral("yyyy\\-mm\\-dd")), K::Date);
        QCOMPARE(XlsxReader::dateKind(QStringLiteral("[$-F800]dddd, mmmm dd, yyyy")), K::Date);
        QCOMPARE(XlsxReader::dateKind(QStringLiteral("mmm")), K::Date);
        QCOMPARE(XlsxReader::dateKind(QStringLiteral("DD.MM.YYYY HH:MM")), K::Date);
        QCOMPARE(XlsxReader::dateKind(QStringLiteral("h:mm AM/PM")), K::Time);
        QCOMPARE(XlsxReader::dateKind(QStringLiteral("[h]:mm:ss")), K::Time);
        QCOMPARE(XlsxReader::dateKind(QStringLiteral("[mm]")), K::Time);

        QCOMPARE(XlsxReader::numberText(905326124837), QStringLiteral("905326124837"));
        QCOMPARE(XlsxReader::numberText(999999999999999), QStringLiteral("999999999999999"));
        QCOMPARE(XlsxReader::numberText(-0.0), QStringLiteral("0"));
        QCOMPARE(XlsxReader::numberText(0.1 + 0.2), QStringLiteral("0.30000000000000004"));
        QCOMPARE(XlsxReader::numberText(2.5e-10), QStringLiteral("2.5e-10"));

        QCOMPARE(XlsxReader::decodeEscapes(QStringLiteral("a_x000D__x000A_b")), QStringLiteral("a\r\nb"));
        QCOMPARE(XlsxReader::decodeEscapes(QStringLiteral("_x005F_x000D_")), QStringLiteral("_x000D_"));
        QCOMPARE(XlsxReader::decodeEscapes(QStringLiteral("caf_x00e9_")), QString::fromUtf8("café"));
        QCOMPARE(XlsxReader::decodeEscapes(QStringLiteral("_xZZZZ_ _x 12_ _x00")),
                 QStringLiteral("_xZZZZ_ _x 12_ _x00"));
    }

    void roundTrip_readsBackWhatWasWritten()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("export.xlsx"));
        const QString longText = QString::fromUtf8("Zażółć gęślą jaźń; ").repeated(1500); // 28,500 characters
        const QList<QStringList> rows = {
                strings({"email", "phone", "code", "formula", "name", "empty", "note"}),
                {QStringLiteral("ayse@example.com"), QStringLiteral("+90 532 612 48 37"), QStringLiteral("00123"),
                 QStringLiteral("=1+1"), QString::fromUtf8("Ayşe Yılmaz – İğneada"), QString(), longText},
                strings({"jozef@example.pl", "-5", "1e5", "@SUM(A1)", " padded ", "", "TRUE"}),
                strings({"line@example.com", "line one\r\nline two\nthree", "_x000D_ as text", "tab\there", "bell\x07",
                         "", ""}),
        };
        {
            XlsxWriter writer(path);
            QVERIFY2(writer.isValid(), qPrintable(writer.error()));
            for (const QStringList &row : rows)
                QVERIFY2(writer.writeRow(row), qPrintable(writer.error()));
            QVERIFY2(writer.commit(), qPrintable(writer.error()));
        }
        const QFileDevice::Permissions others = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup
                | QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;
        QCOMPARE(QFile::permissions(path) & others, QFileDevice::Permissions());
        QVERIFY(QFile::permissions(path) & QFileDevice::ReadOwner);
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList {QStringLiteral("export.xlsx")});
        QVERIFY(XlsxReader::isWorkbook(path));
        XlsxReader reader(path);
        QVERIFY2(reader.open(), qPrintable(reader.error()));
        QCOMPARE(reader.sheetNames(), QStringList {QStringLiteral("Contacts")});
        for (qsizetype i = 0; i < rows.size(); ++i) {
            const auto record = reader.next();
            QVERIFY(record);
            QVERIFY2(record->error.isEmpty(), qPrintable(record->error));
            QCOMPARE(record->line, i + 1);
            QStringList expected = rows.at(i);
            while (!expected.isEmpty() && expected.last().isEmpty())
                expected.removeLast();
            QCOMPARE(record->fields, expected);
        }
        QVERIFY(!reader.next());
    }

    void writer_refusesACellExcelCannotHold()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("export.xlsx"));
        QVERIFY(writeFile(path, "the export before"));
        {
            XlsxWriter writer(path, QStringLiteral("Kişiler: [2026]"));
            QVERIFY(writer.writeRow(strings({"email", "note"})));
            QVERIFY(!writer.writeRow({QStringLiteral("a@example.com"), QString(XlsxWriter::MaxCellLength + 1, u'x')}));
            QCOMPARE(
                    writer.error(),
                    QStringLiteral("Row 2, column 2: the text is %L1 characters long; an Excel cell holds at most %L2.")
                            .arg(32768)
                            .arg(32767));
            QVERIFY(writer.writeRow({QStringLiteral("b@example.com"), QString(XlsxWriter::MaxCellLength, u'x')}));
            // Never committed: the file before stays, and no temporary file is left.
        }
        QFile before(path);
        QVERIFY(before.open(QIODevice::ReadOnly));
        QCOMPARE(before.readAll(), QByteArray("the export before"));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList {QStringLiteral("export.xlsx")});
        {
            XlsxWriter writer(path, QStringLiteral("Kişiler: [2026]"));
            QVERIFY(writer.writeRow(strings({"email"})));
            QVERIFY(writer.commit());
            QVERIFY(!writer.writeRow(strings({"late@example.com"})));
        }
        XlsxReader reader(path);
        QVERIFY2(reader.open(), qPrintable(reader.error()));
        QCOMPARE(reader.sheetNames(), strings({"Kişiler_ _2026_"}));
    }

    void libreOffice_showsTheCellsAsWritten()
    {
        const QString soffice = QStandardPaths::findExecutable(QStringLiteral("soffice"));
        if (soffice.isEmpty())
            QSKIP("LibreOffice (soffice) is not installed: packaging/debian-deps.sh --tests");
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("export.xlsx"));
        {
            XlsxWriter writer(path);
            QVERIFY(writer.writeRow(strings({"email", "phone", "code", "formula"})));
            QVERIFY(writer.writeRow(strings({"ayse@example.com", "+90 532 612 48 37", "00123", "=1+1"})));
            QVERIFY(writer.commit());
        }
        const auto convert = [&](const QString &format) {
            QProcess process;
            process.start(soffice,
                          {QStringLiteral("-env:UserInstallation=file://%1/lo-profile").arg(dir.path()),
                           QStringLiteral("--headless"), QStringLiteral("--norestore"), QStringLiteral("--convert-to"),
                           format, QStringLiteral("--outdir"), dir.path(), path});
            return process.waitForFinished(180000) && process.exitCode() == 0;
        };
        QVERIFY(convert(QStringLiteral("csv:Text - txt - csv (StarCalc):44,34,76")));
        QFile csv(dir.filePath(QStringLiteral("export.csv")));
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = csv.readAll().trimmed().split('\n');
        QCOMPARE(lines.size(), 2);
        QCOMPARE(lines.at(1).trimmed(), QByteArray("ayse@example.com,+90 532 612 48 37,00123,=1+1"));

        // The same workbook saved by LibreOffice as Excel 97-2003: the reader says what to do with it.
        QVERIFY(convert(QStringLiteral("xls")));
        const QString xls = dir.filePath(QStringLiteral("export.xls"));
        QVERIFY(XlsxReader::isWorkbook(xls));
        XlsxReader reader(xls);
        QVERIFY(!reader.open());
        QVERIFY2(reader.error().contains(QString::fromUtf8("old Excel 97–2003 workbook (.xls)")),
                 qPrintable(reader.error()));
    }

    void sheetOf200000Rows_isReadInBoundedMemory()
    {
        constexpr int Rows = 200000;
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("large.xlsx"));
        QElapsedTimer timer;
        timer.start();
        {
            XlsxWriter writer(path);
            QVERIFY(writer.writeRow(strings({"email", "first_name", "last_name", "phone", "city", "joined"})));
            for (int i = 1; i <= Rows; ++i) {
                const QString n = QString::number(i);
                QVERIFY(writer.writeRow({QStringLiteral("contact%1@example.com").arg(n), QString::fromUtf8("Ayşe"),
                                         QString::fromUtf8("Yılmaz-%1").arg(n),
                                         QStringLiteral("+90 532 %1").arg(i, 7, 10, QLatin1Char('0')),
                                         QString::fromUtf8("İstanbul"), QStringLiteral("2026-03-16")}));
            }
            QVERIFY(writer.commit());
        }
        qInfo("wrote %d rows (%lld bytes) in %lld ms", Rows, QFileInfo(path).size(), timer.elapsed());

        malloc_trim(0); // what writing freed goes back to the system, so that reading cannot hide in it
        const bool peakReset = resetPeak();
        const qint64 startKb = statusKilobytes(peakReset ? "VmHWM" : "VmRSS");
        qint64 highestRssKb = statusKilobytes("VmRSS");
        timer.restart();
        XlsxReader reader(path);
        QVERIFY2(reader.open(), qPrintable(reader.error()));
        qint64 count = 0;
        qint64 lastProgress = 0;
        while (auto record = reader.next()) {
            QVERIFY2(record->error.isEmpty(), qPrintable(record->error));
            if (count == 12345) {
                QCOMPARE(record->line, 12346);
                QCOMPARE(record->fields,
                         strings({"contact12345@example.com", "Ayşe", "Yılmaz-12345", "+90 532 0012345", "İstanbul",
                                  "2026-03-16"}));
            }
            if (++count % 10000 == 0) {
                highestRssKb = qMax(highestRssKb, statusKilobytes("VmRSS"));
                QVERIFY(reader.bytesRead() >= lastProgress);
                lastProgress = reader.bytesRead();
            }
        }
        const qint64 ms = qMax<qint64>(1, timer.elapsed());
        QCOMPARE(count, Rows + 1);
        QCOMPARE(reader.bytesRead(), reader.totalBytes());
        const qint64 endKb = peakReset ? statusKilobytes("VmHWM") : highestRssKb;
        const double grownMb = double(endKb - startKb) / 1024.0;
        qInfo("read %lld rows (%lld bytes of XML) in %lld ms: %lld rows/s; peak memory grew by %.1f MB (%s, from %.1f "
              "MB)",
              count, reader.totalBytes(), ms, count * 1000 / ms, grownMb, peakReset ? "VmHWM" : "VmRSS sampled",
              double(startKb) / 1024.0);
        QVERIFY2(grownMb < 60, qPrintable(QStringLiteral("memory grew by %1 MB").arg(grownMb)));
    }
};

QTEST_GUILESS_MAIN(TestXlsx)
#include "tst_xlsx.moc"
