// The CSV reader: delimiters, quoting, line ends, encodings, and bad input reported by line, never dropped.
#include "models/csvreader.h"

#include <QBuffer>
#include <QStringEncoder>
#include <QTest>

#include <cstring>
#include <optional>

using namespace cm;

namespace {

// A file read to its end, the reader kept for what it detected.
struct Reading
{
    explicit Reading(const QByteArray &bytes, const CsvOptions &options = {})
        : data(bytes)
    {
        buffer.setBuffer(&data);
        buffer.open(QIODevice::ReadOnly);
        reader.emplace(&buffer, options);
        opened = reader->open();
        while (opened) {
            auto record = reader->next();
            if (!record)
                break;
            records.append(*record);
        }
    }
    QByteArray data;
    QBuffer buffer;
    std::optional<CsvReader> reader;
    bool opened = false;
    QList<CsvRecord> records;
};

QList<CsvRecord> readAll(const QByteArray &bytes, const CsvOptions &options = {})
{
    return Reading(bytes, options).records;
}

QStringList split(const char *utf8, QChar delimiter = QLatin1Char(','))
{
    return QString::fromUtf8(utf8).split(delimiter);
}

// A stream: the reader cannot look through it first and come back.
class Stream : public QIODevice
{
public:
    explicit Stream(const QByteArray &bytes)
        : m_bytes(bytes)
    {
        open(QIODevice::ReadOnly);
    }
    bool isSequential() const override { return true; }

protected:
    qint64 readData(char *data, qint64 size) override
    {
        const qint64 n = qMin(size, qint64(m_bytes.size()) - m_at);
        std::memcpy(data, m_bytes.constData() + m_at, size_t(n));
        m_at += n;
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_bytes;
    qint64 m_at = 0;
};

QByteArray encode(const QString &text, QStringConverter::Encoding encoding, bool bom = false)
{
    QStringEncoder encoder(encoding, bom ? QStringConverter::Flag::WriteBom : QStringConverter::Flag::Default);
    return encoder.encode(text);
}

QByteArray legacy(const QString &text, const char *codePage)
{
    QStringEncoder encoder(codePage);
    return encoder.encode(text);
}

} // namespace

class TestCsv : public QObject
{
    Q_OBJECT

private slots:
    void delimiters_areDetected_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("delimiter");
        QTest::newRow("comma") << QByteArray("email,first_name\na@example.com,Ayşe\nb@example.com,Emre\n")
                               << QStringLiteral(",");
        QTest::newRow("semicolon (Excel, Turkish/Polish locales)")
                << QByteArray("email;first_name;city\na@example.com;Ayşe;İzmir, Konak\nb@example.com;Emre;Bursa\n")
                << QStringLiteral(";");
        QTest::newRow("tab") << QByteArray("email\tname\na@example.com\tAyşe\n") << QStringLiteral("\t");
        QTest::newRow("pipe") << QByteArray("email|name\na@example.com|Ayşe\nb@example.com|Emre\n")
                              << QStringLiteral("|");
        QTest::newRow("commas inside quotes do not count")
                << QByteArray("name;note\n\"Kaya, Ayşe\";\"a, b, c\"\n\"Demir, Emre\";x\n") << QStringLiteral(";");
    }

    void delimiters_areDetected()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, delimiter);
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::ReadOnly);
        CsvReader reader(&buffer);
        QVERIFY(reader.open());
        QCOMPARE(QString(reader.delimiter()), delimiter);
    }

    void quoting_followsRfc4180()
    {
        const QByteArray bytes = "name,note,email\r\n"
                                 "\"Yılmaz, Ayşe\",\"She said \"\"merhaba\"\"\",ayse@example.com\r\n"
                                 "\"Line\r\nbreak\",\"\",x@example.com\r\n"
                                 "plain,\"a\nb\nc\",y@example.com\r\n";
        const QList<CsvRecord> records = readAll(bytes);
        QCOMPARE(records.size(), 4);
        QCOMPARE(records[1].fields,
                 (QStringList {QString::fromUtf8("Yılmaz, Ayşe"), QStringLiteral("She said \"merhaba\""),
                               QStringLiteral("ayse@example.com")}));
        QCOMPARE(records[2].fields[0], QStringLiteral("Line\r\nbreak"));
        QCOMPARE(records[2].fields[1], QString());
        QCOMPARE(records[3].fields[1], QStringLiteral("a\nb\nc"));
        // Line numbers are where each record starts, counting the breaks inside quotes.
        QCOMPARE(records[0].line, 1);
        QCOMPARE(records[1].line, 2);
        QCOMPARE(records[2].line, 3);
        QCOMPARE(records[3].line, 5);
        for (const CsvRecord &r : records)
            QVERIFY2(r.error.isEmpty() && r.warning.isEmpty(), qPrintable(r.error + r.warning));
    }

    void lineEnds_crlfLfAndCr()
    {
        for (const QByteArray &end : {QByteArray("\r\n"), QByteArray("\n"), QByteArray("\r")}) {
            const QByteArray bytes = "a,b" + end + "1,2" + end + end + "3,4"; // an empty line, no final break
            const QList<CsvRecord> records = readAll(bytes);
            QCOMPARE(records.size(), 3);
            QCOMPARE(records[2].fields, (QStringList {QStringLiteral("3"), QStringLiteral("4")}));
            QCOMPARE(records[2].line, 4);
        }
    }

    void encodings_areDetected_data()
    {
        const QString text = QString::fromUtf8("email;first_name;last_name;city\n"
                                               "ayse@example.com;Ayşe;Yılmaz;İstanbul\n"
                                               "cagri@example.com;Çağrı;Öztürk;Muğla\n"
                                               "seyma@example.com;Şeyma;Doğan;Eskişehir\n");
        const QString polish = QString::fromUtf8(
                "email;imie;nazwisko;miasto\nl@example.com;Łucja;Wiśniewska;Łódź\n"
                "m@example.com;Małgorzata;Dąbrowska;Kraków\nz@example.com;Zuzanna;Woźniak;Gdańsk\n");
        const QString spanish
                = QString::fromUtf8("email;nombre;apellido;ciudad\ni@example.com;Íñigo;Muñoz;A Coruña\n"
                                    "b@example.com;Begoña;Álvarez;Málaga\nl@example.com;Lucía;Pérez;Sevilla\n");
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QByteArray>("encoding");
        QTest::addColumn<QString>("expectedCell");
        QTest::newRow("utf-8") << encode(text, QStringConverter::Utf8) << QByteArray("UTF-8")
                               << QString::fromUtf8("Yılmaz");
        QTest::newRow("utf-8 bom") << encode(text, QStringConverter::Utf8, true) << QByteArray("UTF-8")
                                   << QString::fromUtf8("Yılmaz");
        QTest::newRow("utf-16le bom") << encode(text, QStringConverter::Utf16LE, true) << QByteArray("UTF-16LE")
                                      << QString::fromUtf8("Yılmaz");
        QTest::newRow("utf-16be bom") << encode(text, QStringConverter::Utf16BE, true) << QByteArray("UTF-16BE")
                                      << QString::fromUtf8("Yılmaz");
        QTest::newRow("utf-16le no bom") << encode(text, QStringConverter::Utf16LE) << QByteArray("UTF-16LE")
                                         << QString::fromUtf8("Yılmaz");
        QTest::newRow("windows-1254 (Excel, Turkish)")
                << legacy(text, "windows-1254") << QByteArray("windows-1254") << QString::fromUtf8("Yılmaz");
        QTest::newRow("windows-1250 (Excel, Polish)")
                << legacy(polish, "windows-1250") << QByteArray("windows-1250") << QString::fromUtf8("Wiśniewska");
        QTest::newRow("windows-1252 (Excel, Spanish)")
                << legacy(spanish, "windows-1252") << QByteArray("windows-1252") << QString::fromUtf8("Muñoz");
    }

    void encodings_areDetected()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QByteArray, encoding);
        QFETCH(QString, expectedCell);
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::ReadOnly);
        CsvReader reader(&buffer);
        QVERIFY2(reader.open(), qPrintable(reader.error()));
        QCOMPARE(reader.encoding(), encoding);
        QCOMPARE(QString(reader.delimiter()), QStringLiteral(";"));
        const auto header = reader.next();
        QVERIFY(header && header->fields.first() == QStringLiteral("email")); // no BOM left in the first field
        const auto first = reader.next();
        QVERIFY(first);
        QCOMPARE(first->fields.at(2), expectedCell);
    }

    void encoding_canBeGiven()
    {
        const QByteArray bytes = legacy(QString::fromUtf8("a;b\nŞ;ğ\n"), "ISO-8859-9");
        CsvOptions options;
        options.encoding = "ISO-8859-9";
        const QList<CsvRecord> records = readAll(bytes, options);
        QCOMPARE(records.size(), 2);
        QCOMPARE(records[1].fields, (QStringList {QString::fromUtf8("Ş"), QString::fromUtf8("ğ")}));
    }

    void badInput_isReportedByLine_andNothingIsDropped()
    {
        CsvOptions options;
        options.maxFieldLength = 100;
        options.encoding = "UTF-8"; // chosen by the user: bytes that are not UTF-8 are reported, not guessed away
        QByteArray withNul = "email,name\nok@example.com,Ayşe\n";
        withNul += QByteArray("nul@example.com,A\0B\n", 20); // with the NUL: a C string would stop there
        withNul += "long@example.com," + QByteArray(500, 'x') + "\n";
        withNul += "bad@example.com,\xff\xfe\xfd\n";
        withNul += "after@example.com,Emre\nopen@example.com,\"never closed\nstill,inside\n";
        const QList<CsvRecord> records = readAll(withNul, options);
        QCOMPARE(records.size(), 8);
        QVERIFY(records[1].error.isEmpty());
        QVERIFY2(records[2].error.contains(QStringLiteral("NUL")), qPrintable(records[2].error));
        QVERIFY(records[2].error.startsWith(QStringLiteral("Line 3")));
        QVERIFY2(records[3].error.contains(QStringLiteral("longer than")), qPrintable(records[3].error));
        QVERIFY(records[3].fields.isEmpty()); // not handed on half
        QVERIFY2(records[4].error.contains(QStringLiteral("not valid UTF-8")), qPrintable(records[4].error));
        QVERIFY(records[5].error.isEmpty());
        QCOMPARE(records[5].fields.at(1), QStringLiteral("Emre")); // the reader recovers after each bad line
        // A quote that never ends is a stray one: its line is read without it, and the lines after it are records.
        QVERIFY2(records[6].error.isEmpty(), qPrintable(records[6].error));
        QCOMPARE(records[6].line, 7);
        QCOMPARE(records[6].fields, split("open@example.com,never closed"));
        QVERIFY2(records[6].warning.startsWith(QStringLiteral("Line 7: a stray \" at the start of field 2")),
                 qPrintable(records[6].warning));
        QCOMPARE(records[7].line, 8);
        QCOMPARE(records[7].fields, split("still,inside"));
        QVERIFY(records[7].warning.isEmpty());
    }

    void unterminatedQuote_onTooLongALine_isStillAnError()
    {
        // Without a line break to read again up to, a quote that runs past the field limit is an error as before.
        CsvOptions options;
        options.maxFieldLength = 50;
        const QList<CsvRecord> records = readAll("a,b\n1,\"" + QByteArray(300, 'z'), options);
        QCOMPARE(records.size(), 2);
        QVERIFY2(records[1].error.contains(QStringLiteral("never ends")), qPrintable(records[1].error));
    }

    void emptyHeaderOnlyAndBinaryFiles()
    {
        QBuffer empty;
        empty.open(QIODevice::ReadOnly);
        CsvReader none(&empty);
        QVERIFY(!none.open());
        QVERIFY(none.error().contains(QStringLiteral("empty")));

        QCOMPARE(readAll("email,first_name\n").size(), 1); // the header alone: one record, the importer says "no rows"

        QByteArray png("\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x10\0\0\0\x10\x08\x06\0\0\0\x1f\xf3\xff"
                       "a",
                       33);
        png += QByteArray(200, '\0');
        QBuffer binary(&png);
        binary.open(QIODevice::ReadOnly);
        CsvReader reader(&binary);
        QVERIFY(!reader.open());
        QVERIFY(reader.error().contains(QStringLiteral("not a text file")));

        CsvOptions unknown;
        unknown.encoding = "x-no-such-encoding";
        QByteArray text("a,b\n");
        QBuffer b(&text);
        b.open(QIODevice::ReadOnly);
        CsvReader nope(&b, unknown);
        QVERIFY(!nope.open());
        QVERIFY(nope.error().contains(QStringLiteral("x-no-such-encoding")));
    }

    void largeFile_streamsWithBoundedBuffer()
    {
        // 5 MB in one unterminated quoted field: reported, and the reader never holds more than a field's limit.
        QByteArray bytes = "a,b\n1,\"";
        bytes += QByteArray(5 * 1024 * 1024, 'z');
        CsvOptions options;
        options.maxFieldLength = 1024;
        const QList<CsvRecord> records = readAll(bytes, options);
        QCOMPARE(records.size(), 2);
        QVERIFY(!records[1].error.isEmpty());
        QVERIFY(records[1].fields.isEmpty() || records[1].fields.last().size() <= 1024);
    }

    void progress_countsBytes()
    {
        QByteArray bytes;
        for (int i = 0; i < 20000; ++i)
            bytes += "person" + QByteArray::number(i) + "@example.com,Name " + QByteArray::number(i) + "\n";
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::ReadOnly);
        CsvReader reader(&buffer);
        QVERIFY(reader.open());
        qint64 records = 0;
        while (reader.next())
            ++records;
        QCOMPARE(records, 20000);
        QCOMPARE(reader.bytesRead(), bytes.size());
    }

    // --- Trimming (CsvOptions::trimUnquoted) ---

    void trimUnquoted_dropsSpacesAroundFieldsAndQuotes_notInsideThem()
    {
        CsvOptions options;
        options.trimUnquoted = true;
        const QByteArray bytes = "a, \"Smith, John\" ,d\n"
                                 " x\t, \"  Ayşe \" ,\t\"Can\" Demir ,  \n"
                                 "\"a \"\"b\"\" \"  ,plain text\t\n";
        const QList<CsvRecord> records = readAll(bytes, options);
        QCOMPARE(records.size(), 3);
        QCOMPARE(records[0].fields, split("a|Smith, John|d", QLatin1Char('|')));
        QCOMPARE(records[1].fields, split("x|  Ayşe |Can Demir|", QLatin1Char('|')));
        QCOMPARE(records[2].fields, split("a \"b\" |plain text", QLatin1Char('|')));
        for (const CsvRecord &r : records)
            QVERIFY2(r.error.isEmpty() && r.warning.isEmpty(), qPrintable(r.error + r.warning));
    }

    void trimUnquoted_keepsTabsWhenTabIsTheDelimiter()
    {
        CsvOptions options;
        options.trimUnquoted = true;
        options.delimiter = QLatin1Char('\t');
        const QList<CsvRecord> records = readAll(" a \t\t \"b \" \tc\n", options);
        QCOMPARE(records.size(), 1);
        QCOMPARE(records[0].fields, split("a||b |c", QLatin1Char('|')));
    }

    void trimUnquoted_isOffByDefault()
    {
        const QList<CsvRecord> records = readAll(" a , b \n");
        QCOMPARE(records.size(), 1);
        QCOMPARE(records[0].fields, split(" a | b ", QLatin1Char('|')));
    }

    // --- Excel's "sep=" line ---

    void separatorLine_namesTheDelimiter_andIsNotARecord_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("delimiter");
        QTest::newRow("sep=;") << QByteArray("sep=;\nemail;name\na@example.com;Ayşe\n") << QStringLiteral(";");
        QTest::newRow("SEP=| after a BOM, CRLF")
                << QByteArray("\xEF\xBB\xBFSEP=|\r\nemail|name\r\na@example.com|Ayşe\r\n") << QStringLiteral("|");
        QTest::newRow("quoted, tab") << QByteArray("\"sep=\t\"\nemail\tname\na@example.com\tAyşe\n")
                                     << QStringLiteral("\t");
        QTest::newRow("a comma although the rows have semicolons")
                << QByteArray("Sep=,\nemail,name;x\na@example.com,Ayşe;y\n") << QStringLiteral(",");
    }

    void separatorLine_namesTheDelimiter_andIsNotARecord()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, delimiter);
        const Reading reading(bytes);
        QVERIFY(reading.opened);
        QVERIFY(reading.reader->hadSeparatorLine());
        QCOMPARE(QString(reading.reader->delimiter()), delimiter);
        QCOMPARE(reading.records.size(), 2);
        QCOMPARE(reading.records[0].line, 2); // physical line numbers
        QCOMPARE(reading.records[0].fields.first(), QStringLiteral("email"));
        QCOMPARE(reading.records[1].line, 3);
        QCOMPARE(reading.records[1].fields.at(1).left(4), QString::fromUtf8("Ayşe"));
    }

    void separatorLine_givenDelimiterWins_andOtherFirstLinesAreRecords()
    {
        CsvOptions options;
        options.delimiter = QLatin1Char(',');
        const Reading given("sep=;\na,b\n", options);
        QVERIFY(given.reader->hadSeparatorLine());
        QCOMPARE(given.reader->delimiter(), QLatin1Char(','));
        QCOMPARE(given.records.size(), 1);
        QCOMPARE(given.records[0].fields, split("a,b"));

        for (const QByteArray &bytes : {QByteArray("sep=;x\na;b\n"), QByteArray("sep=\na,b\n"),
                                        QByteArray("separator,x\n1,2\n"), QByteArray("email,sep=;\n1,2\n")}) {
            const Reading none(bytes);
            QVERIFY2(!none.reader->hadSeparatorLine(), bytes.constData());
            QCOMPARE(none.records.size(), 2);
            QCOMPARE(none.records[0].line, 1);
        }
    }

    // --- ':' and '+' ---

    void fallbackDelimiters_onlyWhenNoUsualOneFits_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("delimiter");
        QTest::newRow("colon") << QByteArray("email:name:city\na@example.com:Ayşe:İzmir\nb@example.com:Emre:Bursa\n")
                               << QStringLiteral(":");
        QTest::newRow("plus") << QByteArray("email+name+city\na@example.com+Ayşe+İzmir\nb@example.com+Emre+Bursa\n")
                              << QStringLiteral("+");
        QTest::newRow("comma, with phones and times")
                << QByteArray("email,phone,time,note\na@example.com,+905321112233,10:30,+1 call:back\n"
                              "b@example.com,+905321112234,11:45:00,a+b\nc@example.com,+48601234567,09:00,\n")
                << QStringLiteral(",");
        QTest::newRow("semicolon, with phones and times")
                << QByteArray("phone;time\n+905321112233;10:30\n+905321112234;11:45\n") << QStringLiteral(";");
        QTest::newRow("one column of phones (a comma: one field)")
                << QByteArray("phone\n+905321112233\n+905321112234\n+905321112235\n") << QStringLiteral(",");
        QTest::newRow("phones, no header")
                << QByteArray("+905321112233\n+905321112234\n+905321112235\n") << QStringLiteral(",");
        QTest::newRow("times, no header") << QByteArray("10:30\n11:45\n12:00\n") << QStringLiteral(",");
    }

    void fallbackDelimiters_onlyWhenNoUsualOneFits()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, delimiter);
        QCOMPARE(QString(CsvReader::detectDelimiter(QString::fromUtf8(bytes))), delimiter);
        const Reading reading(bytes);
        QCOMPARE(QString(reading.reader->delimiter()), delimiter);
        if (delimiter == QLatin1String(":") || delimiter == QLatin1String("+")) {
            QCOMPARE(reading.records.size(), 3);
            QCOMPARE(reading.records[1].fields, split("a@example.com,Ayşe,İzmir"));
        } else if (bytes.startsWith("phone\n") || bytes.startsWith("+90")) {
            QCOMPARE(reading.records.last().fields, QStringList {QStringLiteral("+905321112235")});
        }
    }

    // --- Stray quotes ---

    void strayQuote_isRemoved_andTheLinesAfterItAreRecords()
    {
        const QByteArray bytes = "id,name,email,phone\n"
                                 "1,Ayşe Yılmaz,ayse@example.com,+905321112233\n"
                                 "2,\"Mehmet,mehmet@example.com,+905321112234\n"
                                 "3,Emre,emre@example.com,+905321112235\n"
                                 "4,\"Can\" Demir,can@example.com,+905321112236\n"
                                 "5,Zeynep,zeynep@example.com,+905321112237\n"
                                 "6,\"Şule,sule@example.com,+905321112238\n"
                                 "7,Ece,ece@example.com,+905321112239\n";
        const QList<CsvRecord> records = readAll(bytes);
        QCOMPARE(records.size(), 8);
        const char *expected[] = {"id,name,email,phone",
                                  "1,Ayşe Yılmaz,ayse@example.com,+905321112233",
                                  "2,Mehmet,mehmet@example.com,+905321112234",
                                  "3,Emre,emre@example.com,+905321112235",
                                  "4,Can Demir,can@example.com,+905321112236",
                                  "5,Zeynep,zeynep@example.com,+905321112237",
                                  "6,Şule,sule@example.com,+905321112238",
                                  "7,Ece,ece@example.com,+905321112239"};
        for (int i = 0; i < records.size(); ++i) {
            QCOMPARE(records[i].line, i + 1);
            QCOMPARE(records[i].fields, split(expected[i]));
            QVERIFY2(records[i].error.isEmpty(), qPrintable(records[i].error));
            const bool repaired = i == 2 || i == 6;
            QCOMPARE(!records[i].warning.isEmpty(), repaired);
        }
        QCOMPARE(records[2].warning,
                 QStringLiteral("Line 3: a stray \" at the start of field 2 was removed and the field read to the next "
                                "delimiter; check the value."));
        QVERIFY(records[6].warning.startsWith(QStringLiteral("Line 7: ")));
    }

    void strayQuote_wrongFieldCount_isReadAgainWhenItsLineFits()
    {
        // The quote ends on the next line before a delimiter, but the record then has 4 fields, not 3; the first
        // line alone has 3.
        const QList<CsvRecord> records = readAll("id,name,note\n1,\"Ayşe,x\n2,Bob\",y,z\n3,Can,w\n");
        QCOMPARE(records.size(), 4);
        QCOMPARE(records[1].fields, split("1,Ayşe,x"));
        QVERIFY(!records[1].warning.isEmpty());
        QCOMPARE(records[2].line, 3);
        QCOMPARE(records[2].fields, split("2,Bob\",y,z"));
        QCOMPARE(records[3].fields, split("3,Can,w"));
    }

    void multiLineQuotedFields_thatEndProperly_areKept()
    {
        const QByteArray bytes = "id,name,note,email\n"
                                 "1,Ayşe,\"Kat 3, Daire 5\nKadıköy\r\nİstanbul\",ayse@example.com\n"
                                 "2,Emre,\"\",emre@example.com\n"
                                 "3,\"Demir, Can\",\"He said \"\"call\nme\"\"\",can@example.com\n"
                                 "4,Ece,\"a\nb\",x,extra\n"; // a field too many, but its first line does not fit
        const QList<CsvRecord> records = readAll(bytes);
        QCOMPARE(records.size(), 5);
        QCOMPARE(records[1].fields.at(2), QString::fromUtf8("Kat 3, Daire 5\nKadıköy\r\nİstanbul"));
        QCOMPARE(records[1].fields.at(3), QStringLiteral("ayse@example.com"));
        QCOMPARE(records[2].line, 5);
        QCOMPARE(records[3].fields.at(2), QStringLiteral("He said \"call\nme\""));
        QCOMPARE(records[4].line, 8);
        QCOMPARE(records[4].fields,
                 (QStringList {QStringLiteral("4"), QStringLiteral("Ece"), QStringLiteral("a\nb"), QStringLiteral("x"),
                               QStringLiteral("extra")}));
        for (const CsvRecord &r : records)
            QVERIFY2(r.warning.isEmpty() && r.error.isEmpty(), qPrintable(r.warning + r.error));
    }

    void strayQuote_onTheLastLine_data()
    {
        QTest::addColumn<QByteArray>("end");
        QTest::newRow("LF") << QByteArray("\n");
        QTest::newRow("CRLF") << QByteArray("\r\n");
        QTest::newRow("no line end") << QByteArray();
    }

    void strayQuote_onTheLastLine()
    {
        QFETCH(QByteArray, end);
        const QList<CsvRecord> records = readAll("email,name\r\na@example.com,Ayşe\r\nb@example.com,\"Emre Can" + end);
        QCOMPARE(records.size(), 3);
        QCOMPARE(records[2].fields, split("b@example.com,Emre Can"));
        QVERIFY2(records[2].error.isEmpty(), qPrintable(records[2].error));
        QVERIFY(records[2].warning.startsWith(QStringLiteral("Line 3: a stray \" at the start of field 2")));
    }

    void strayQuotes_many_andWithTrimming()
    {
        QByteArray bytes = "id,name,email\n";
        for (int i = 1; i <= 500; ++i) {
            const QByteArray n = QByteArray::number(i);
            bytes += i % 3 ? QByteArray(n + ",\"Name " + n + ",n" + n + "@example.com\n")
                           : QByteArray(n + ",Name " + n + ",x\n");
        }
        bytes += "501,Two,\"strays"; // the last line, without a line end
        const QList<CsvRecord> records = readAll(bytes);
        QCOMPARE(records.size(), 502);
        for (int i = 1; i <= 500; ++i) {
            const CsvRecord &r = records[i];
            QCOMPARE(r.line, i + 1);
            QCOMPARE(r.fields.size(), 3);
            QCOMPARE(r.fields.at(1), QStringLiteral("Name %1").arg(i));
            QCOMPARE(r.warning.isEmpty(), i % 3 == 0);
            QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
        }
        QCOMPARE(records.last().fields, split("501,Two,strays"));
        QVERIFY(records.last().warning.startsWith(QStringLiteral("Line 502: a stray \" at the start of field 3")));

        // With trimming: spaces before the stray quote and after the field go.
        CsvOptions options;
        options.trimUnquoted = true;
        const QList<CsvRecord> trimmed = readAll("a,b,c\n1, \"Ayşe ,x\n2,\"Emre\" , y\n", options);
        QCOMPARE(trimmed.size(), 3);
        QCOMPARE(trimmed[1].fields, split("1,Ayşe,x"));
        QVERIFY(!trimmed[1].warning.isEmpty());
        QCOMPARE(trimmed[2].fields, split("2,Emre,y"));
        QVERIFY(trimmed[2].warning.isEmpty());
    }

    void strayQuote_thatRunsToTheFieldLimit_isRepairedEarly()
    {
        QByteArray bytes = "email,name\nfirst@example.com,\"Ayşe\n";
        for (int i = 0; i < 2000; ++i)
            bytes += "p" + QByteArray::number(i) + "@example.com,Name\n";
        CsvOptions options;
        options.maxFieldLength = 1000;
        const QList<CsvRecord> records = readAll(bytes, options);
        QCOMPARE(records.size(), 2002);
        QCOMPARE(records[1].fields, split("first@example.com,Ayşe"));
        QCOMPARE(records.last().fields, split("p1999@example.com,Name"));
        QCOMPARE(records.last().line, 2002);
    }

    // --- Encodings line by line ---

    void mixedEncodings_eachLineIsReadInItsOwn_data()
    {
        QTest::addColumn<bool>("interleaved");
        QTest::addColumn<QByteArray>("end");
        QTest::newRow("UTF-8 lines, then Windows-1254 ones") << false << QByteArray("\n");
        QTest::newRow("interleaved") << true << QByteArray("\n");
        QTest::newRow("interleaved, CRLF") << true << QByteArray("\r\n");
        QTest::newRow("interleaved, CR") << true << QByteArray("\r");
    }

    void mixedEncodings_eachLineIsReadInItsOwn()
    {
        QFETCH(bool, interleaved);
        QFETCH(QByteArray, end);
        const QStringList names = split("Ayşe Yılmaz,Çağrı Öztürk,Şeyma Doğan,İlkay Güneş,Ümit Çelik,Gökçe Işık");
        QByteArray bytes = "email;name;city" + end;
        QList<qint64> otherLines;
        const int rows = 60;
        for (int i = 0; i < rows; ++i) {
            const bool other = interleaved ? i % 2 : i >= rows / 2;
            const QString line = QStringLiteral("p%1@example.com;%2;Muğla").arg(i).arg(names.at(i % names.size()));
            bytes += other ? legacy(line, "windows-1254") : line.toUtf8();
            bytes += end;
            if (other)
                otherLines.append(i + 2);
        }
        const Reading reading(bytes);
        QVERIFY(reading.opened);
        QCOMPARE(reading.reader->encoding(), QByteArray("UTF-8"));
        QVERIFY(reading.reader->mixedEncoding());
        QCOMPARE(reading.reader->otherEncoding(), QByteArray("windows-1254"));
        QCOMPARE(reading.reader->otherEncodingLines(), otherLines.size());
        QCOMPARE(reading.reader->otherEncodingSample(), otherLines.first(10));
        QCOMPARE(reading.records.size(), rows + 1);
        for (int i = 0; i < rows; ++i) {
            const CsvRecord &r = reading.records[i + 1];
            QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
            QCOMPARE(r.line, i + 2);
            QCOMPARE(r.fields.at(1), names.at(i % names.size()));
            QCOMPARE(r.fields.at(2), QString::fromUtf8("Muğla"));
        }
    }

    void mixedEncodings_largeFile_acrossChunks()
    {
        // Long enough for lines to be cut by the reader's chunks, and one very long line in the code page.
        QByteArray bytes = "email,name,note\n";
        const QString name = QString::fromUtf8("Çağrı Şahin");
        int rows = 0;
        for (; bytes.size() < 600 * 1024; ++rows) {
            const QString line
                    = QStringLiteral("p%1@example.com,%2,%3").arg(rows).arg(name).arg(QString(rows % 7, u'ı'));
            bytes += (rows % 5 == 3 ? legacy(line, "windows-1254") : line.toUtf8()) + "\n";
        }
        bytes += legacy(QStringLiteral("long@example.com,%1,%2").arg(name, QString(100000, u'ş')), "windows-1254");
        bytes += "\nlast@example.com," + name.toUtf8() + ",x\n";
        CsvOptions options;
        options.maxFieldLength = 200000;
        const Reading reading(bytes, options);
        QVERIFY(reading.reader->mixedEncoding());
        QCOMPARE(reading.records.size(), rows + 3);
        for (int i = 1; i < reading.records.size(); ++i) {
            const CsvRecord &r = reading.records[i];
            QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
            QCOMPARE(r.fields.at(1), name);
        }
        QCOMPARE(reading.records[rows + 1].fields.at(2), QString(100000, u'ş'));
        QCOMPARE(reading.reader->bytesRead(), bytes.size());
    }

    void legacyLines_afterAnAsciiStart_chooseTheCodePage()
    {
        // The first 64 KB are ASCII; the Turkish names come after.
        QByteArray bytes = "email,first_name,last_name\n";
        for (int i = 0; bytes.size() < 100 * 1024; ++i)
            bytes += "person" + QByteArray::number(i) + "@example.com,Emma,Johnson\n";
        const int asciiRows = bytes.count('\n') - 1;
        bytes += legacy(QString::fromUtf8("ayse@example.com,Ayşe,Yılmaz\ncagri@example.com,Çağrı,Öztürk\n"),
                        "windows-1254");
        const Reading reading(bytes);
        QCOMPARE(reading.reader->encoding(), QByteArray("windows-1254"));
        QVERIFY(!reading.reader->mixedEncoding());
        QCOMPARE(reading.records.size(), asciiRows + 3);
        QCOMPARE(reading.records.last().fields, split("cagri@example.com,Çağrı,Öztürk"));
        QVERIFY(reading.records.last().error.isEmpty());

        // A stream cannot be looked through first: its start decides, and the other lines are reported.
        Stream stream(bytes);
        CsvReader reader(&stream);
        QVERIFY(reader.open());
        QCOMPARE(reader.encoding(), QByteArray("UTF-8"));
        std::optional<CsvRecord> last;
        while (auto record = reader.next())
            last = record;
        QVERIFY(last && last->error.contains(QStringLiteral("not valid UTF-8")));
    }

    void givenEncodingOrBom_readsEveryLineInIt()
    {
        const QByteArray bytes = "email;name\na@example.com;" + QString::fromUtf8("Ayşe").toUtf8() + "\nb@example.com;"
                + legacy(QString::fromUtf8("Çağrı"), "windows-1254") + "\n";
        CsvOptions given;
        given.encoding = "UTF-8";
        // A UTF-8 BOM does not make every line UTF-8 (Excel's "CSV UTF-8" with rows pasted in): looked through too.
        const Reading marked(QByteArray("\xEF\xBB\xBF" + bytes));
        QVERIFY(marked.reader->mixedEncoding());
        QCOMPARE(marked.records.size(), 3);
        QCOMPARE(marked.records[0].fields.at(0), QStringLiteral("email"));
        QCOMPARE(marked.records[2].fields.at(1), QString::fromUtf8("Çağrı"));
        for (const bool bom : {false, true}) {
            const Reading reading(bom ? QByteArray("\xEF\xBB\xBF" + bytes) : bytes, given);
            QVERIFY(!reading.reader->mixedEncoding());
            QCOMPARE(reading.reader->otherEncodingLines(), 0);
            QCOMPARE(reading.records.size(), 3);
            QCOMPARE(reading.records[1].fields.at(1), QString::fromUtf8("Ayşe"));
            QVERIFY2(reading.records[2].error.contains(
                             QStringLiteral("Line 3: contains bytes that are not valid UTF-8")),
                     qPrintable(reading.records[2].error));
        }
        const Reading detected(bytes);
        QVERIFY(detected.reader->mixedEncoding());
        QCOMPARE(detected.reader->otherEncodingSample(), QList<qint64> {3});
        QCOMPARE(detected.records[2].fields.at(1), QString::fromUtf8("Çağrı"));
    }
};

QTEST_GUILESS_MAIN(TestCsv)
#include "tst_csv.moc"
