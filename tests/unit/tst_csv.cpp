// The CSV reader: delimiters, quoting, line ends, encodings, and bad input reported by line, never dropped.
#include "models/csvreader.h"

#include <QBuffer>
#include <QStringEncoder>
#include <QTest>

using namespace cm;

namespace {

QList<CsvRecord> readAll(const QByteArray &bytes, const CsvOptions &options = {}, CsvReader *inspect = nullptr)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer, options);
    QList<CsvRecord> records;
    if (!reader.open())
        return records;
    while (auto record = reader.next())
        records.append(*record);
    if (inspect) {
        *inspect = CsvReader(&buffer, options);
    }
    return records;
}

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
            QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
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
        QCOMPARE(records.size(), 7);
        QVERIFY(records[1].error.isEmpty());
        QVERIFY2(records[2].error.contains(QStringLiteral("NUL")), qPrintable(records[2].error));
        QVERIFY(records[2].error.startsWith(QStringLiteral("Line 3")));
        QVERIFY2(records[3].error.contains(QStringLiteral("longer than")), qPrintable(records[3].error));
        QVERIFY(records[3].fields.isEmpty()); // not handed on half
        QVERIFY2(records[4].error.contains(QStringLiteral("not valid UTF-8")), qPrintable(records[4].error));
        QVERIFY(records[5].error.isEmpty());
        QCOMPARE(records[5].fields.at(1), QStringLiteral("Emre")); // the reader recovers after each bad line
        QVERIFY2(records[6].error.contains(QStringLiteral("never ends")), qPrintable(records[6].error));
        QCOMPARE(records[6].line, 7);
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
};

QTEST_GUILESS_MAIN(TestCsv)
#include "tst_csv.moc"
