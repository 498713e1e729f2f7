// Import fidelity: columns mapped by what their headers mean (the real layouts of Google Contacts, Outlook, HubSpot,
// Mailchimp, and our four languages) or by what their cells hold; an update changes only what the file holds; the
// last row of a person wins; cells holding several addresses; a country per row; email addresses normalised as
// mail systems compare them; a title line; Excel workbooks in and out. The corpus of whole export files is
// tst_importcorpus.
#include "app/services/columnmapping.h"
#include "app/services/contactimport.h"
#include "app/services/importrows.h"
#include "app/services/job.h"
#include "models/contactcheck.h"
#include "models/country.h"
#include "models/groupstore.h"
#include "models/xlsxreader.h"
#include "models/xlsxwriter.h"
#include "support/testsupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QStringEncoder>
#include <QTest>

using namespace cm;

namespace {

QString writeFile(const QString &dir, const QString &name, const QString &text, const char *encoding = "UTF-8")
{
    QStringEncoder encoder(encoding);
    const QString path = dir + QLatin1Char('/') + name;
    QFile file(path);
    file.open(QIODevice::WriteOnly);
    file.write(encoder.encode(text));
    return path;
}

qint64 makeGroup(test::TempWorkspace &ws, const QString &name)
{
    Group g;
    g.name = name;
    ws->groups()->create(g);
    return g.id;
}

ImportReport importFile(test::TempWorkspace &ws, ImportOptions options)
{
    std::atomic<bool> cancel {false};
    return ContactImportService::run(ws->database(), options, cancel, [](qint64, qint64) {});
}

Contact contactWith(test::TempWorkspace &ws, qint64 groupId, const QString &email)
{
    for (const Contact &c : ws->groups()->allContacts(groupId))
        if (c.email == email)
            return c;
    return {};
}

} // namespace

class TestImportFidelity : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void headers_byMeaning_data()
    {
        QTest::addColumn<QString>("header");
        QTest::addColumn<QString>("field");
        const auto row = [](const char *header, const char *field) {
            QTest::newRow(header) << QString::fromUtf8(header) << QString::fromUtf8(field);
        };
        // Google Contacts
        row("E-mail 1 - Value", "email");
        row("E-mail 1 - Label", "e_mail_1_label");
        row("Phone 1 - Value", "phone");
        row("Phone 1 - Type", "phone_1_type");
        row("Given Name", "first_name");
        row("Family Name", "last_name");
        row("Address 1 - City", "city");
        row("Address 1 - Country", "country");
        row("Organization Name", "organization_name");
        row("Phonetic First Name", "phonetic_first_name");
        // Outlook
        row("E-mail Address", "email");
        row("Mobile Phone", "phone");
        row("Business Phone", "phone");
        row("Home Phone", "phone");
        row("Business City", "city");
        row("Business Fax", "business_fax");
        row("Assistant's Phone", "assistant_s_phone");
        row("Manager's Name", "manager_s_name");
        row("Given Yomi", "given_yomi");
        // HubSpot, Mailchimp
        row("Mobile Phone Number", "phone");
        row("Country/Region", "country");
        row("Email Address", "email");
        row("Phone Number", "phone");
        row("CC", "country");
        row("OPTIN_IP", "optin_ip");
        // Our four languages and common variants
        row("E-posta Adresi", "email");
        row("GSM No", "phone");
        row("Cep No", "phone");
        row("İş Telefonu", "phone");
        row("Adı", "first_name");
        row("Soyadı", "last_name");
        row("Ülke", "country");
        row("Celular", "phone");
        row("Correo electrónico", "email");
        row("Apellidos", "last_name");
        row("Telefon komórkowy", "phone");
        row("Adres e-mail", "email");
        row("Miejscowość", "city");
        row("Work Email", "email");
        row("Cell Phone", "phone");
        row("Tel.", "phone");
        row("EmailAddress", "email");
        row("Müşteri Tipi", "müşteri_tipi");
    }
    void headers_byMeaning()
    {
        QFETCH(QString, header);
        QFETCH(QString, field);
        QCOMPARE(ContactImportService::fieldForHeader(header), field);
    }

    // Several phone columns: the mobile one is the phone, the others are kept; Google's "Name" (a full name) gives
    // way to "Given Name".
    void severalColumnsOfAField_theBestWins_theOthersAreKept()
    {
        const QStringList outlook {QStringLiteral("First Name"),       QStringLiteral("E-mail Address"),
                                   QStringLiteral("E-mail 2 Address"), QStringLiteral("Home Phone"),
                                   QStringLiteral("Business Phone"),   QStringLiteral("Mobile Phone"),
                                   QStringLiteral("Business City"),    QStringLiteral("Home City")};
        QCOMPARE(
                columns::map(outlook, {}, false),
                (QStringList {QStringLiteral("first_name"), QStringLiteral("email"), QStringLiteral("e_mail_2_address"),
                              QStringLiteral("home_phone"), QStringLiteral("business_phone"), QStringLiteral("phone"),
                              QStringLiteral("business_city"), QStringLiteral("city")}));
        const QStringList google {QStringLiteral("Name"), QStringLiteral("Given Name"), QStringLiteral("Family Name"),
                                  QStringLiteral("Phone 1 - Value"), QStringLiteral("Phone 2 - Value")};
        QCOMPARE(columns::map(google, {}, false),
                 (QStringList {QStringLiteral("name"), QStringLiteral("first_name"), QStringLiteral("last_name"),
                               QStringLiteral("phone"), QStringLiteral("phone_2_value")}));
    }

    // Headers nobody recognises: the columns are mapped by what they hold, and the message about a file without
    // addresses is never given for one that has them.
    void unknownHeaders_areMappedByContent()
    {
        test::TempWorkspace ws;
        ImportOptions options;
        options.groupId = makeGroup(ws, QStringLiteral("C"));
        options.filePath = writeFile(ws.dir(), QStringLiteral("c.csv"),
                                     QStringLiteral("Kolon A,Kolon B,Kolon C\n"
                                                    "Ayşe,ayse@example.com,0532 612 48 37\n"
                                                    "Can,,0533 111 22 33\n"
                                                    "Ece,ece@example.com,\n"));
        const ImportReport report = importFile(ws, options);
        QVERIFY2(report.ok, qPrintable(report.error));
        QCOMPARE(report.mappedTo,
                 (QStringList {QStringLiteral("kolon_a"), QStringLiteral("email"), QStringLiteral("phone")}));
        QCOMPARE(report.imported, 3);
    }

    // An update writes the columns the file has and whose cells hold something; everything else, custom fields
    // included, stays. With "empty cells clear", an empty cell clears its field. Undo restores all of it.
    void update_changesOnlyWhatTheFileHolds()
    {
        test::TempWorkspace ws;
        ImportOptions options;
        options.groupId = makeGroup(ws, QStringLiteral("U"));
        options.filePath = writeFile(ws.dir(), QStringLiteral("base.csv"),
                                     QString::fromUtf8("E-posta;Ad;Soyad;Cep;Şehir;Segment;Puan\n"
                                                       "ayse@example.com;Ayşe;Yılmaz;0532 612 48 37;İzmir;Gold;90\n"
                                                       "can@example.com;Can;Demir;0533 111 22 33;Bursa;Silver;70\n"));
        QCOMPARE(importFile(ws, options).imported, 2);

        options.updateDuplicates = true;
        options.filePath = writeFile(ws.dir(), QStringLiteral("changes.csv"),
                                     QString::fromUtf8("E-posta;Şehir;Segment\n"
                                                       "ayse@example.com;Ankara;\n"
                                                       "can@example.com;;Platinum\n"));
        const ImportReport update = importFile(ws, options);
        QVERIFY2(update.ok, qPrintable(update.error));
        QCOMPARE(update.updated, 2);
        Contact ayse = contactWith(ws, options.groupId, QStringLiteral("ayse@example.com"));
        QCOMPARE(ayse.city, QStringLiteral("Ankara"));
        QCOMPARE(ayse.firstName, QString::fromUtf8("Ayşe")); // not in the file: kept
        QCOMPARE(ayse.phone, QStringLiteral("+905326124837"));
        QCOMPARE(ayse.fields.value(QStringLiteral("segment")).toString(), QStringLiteral("Gold")); // an empty cell
        QCOMPARE(ayse.fields.value(QStringLiteral("puan")).toString(), QStringLiteral("90"));      // not in the file
        Contact can = contactWith(ws, options.groupId, QStringLiteral("can@example.com"));
        QCOMPARE(can.city, QStringLiteral("Bursa"));
        QCOMPARE(can.fields.value(QStringLiteral("segment")).toString(), QStringLiteral("Platinum"));
        QCOMPARE(can.fields.value(QStringLiteral("puan")).toString(), QStringLiteral("70"));

        // Empty cells clear, when asked: only the fields of the file's columns.
        options.emptyCellsClear = true;
        const ImportReport clearing = importFile(ws, options);
        QVERIFY2(clearing.ok, qPrintable(clearing.error));
        ayse = contactWith(ws, options.groupId, QStringLiteral("ayse@example.com"));
        QVERIFY(!ayse.fields.contains(QStringLiteral("segment")));
        QCOMPARE(ayse.fields.value(QStringLiteral("puan")).toString(), QStringLiteral("90"));
        QCOMPARE(ayse.firstName, QString::fromUtf8("Ayşe"));
        can = contactWith(ws, options.groupId, QStringLiteral("can@example.com"));
        QVERIFY(can.city.isEmpty());

        // Undo of each update puts back what it changed.
        JobTracker jobs;
        ContactImportService service(&ws.workspace(), &jobs);
        QString message;
        QVERIFY2(service.undo(clearing.importId, &message), qPrintable(message));
        QVERIFY2(service.undo(update.importId, &message), qPrintable(message));
        ayse = contactWith(ws, options.groupId, QStringLiteral("ayse@example.com"));
        QCOMPARE(ayse.city, QString::fromUtf8("İzmir"));
        QCOMPARE(ayse.fields.value(QStringLiteral("segment")).toString(), QStringLiteral("Gold"));
        can = contactWith(ws, options.groupId, QStringLiteral("can@example.com"));
        QCOMPARE(can.fields.value(QStringLiteral("segment")).toString(), QStringLiteral("Silver"));
    }

    // Within one file the last row of a person wins, cell by cell, whether the person is new or the group had them.
    void lastRowOfAPerson_wins()
    {
        test::TempWorkspace ws;
        ImportOptions options;
        options.groupId = makeGroup(ws, QStringLiteral("L"));
        options.filePath = writeFile(ws.dir(), QStringLiteral("l.csv"),
                                     QStringLiteral("email,first_name,city,tier\n"
                                                    "ana@example.es,Ana,Sevilla,Bronze\n"
                                                    "luis@example.es,Luis,Madrid,\n"
                                                    "ANA@example.es,,Málaga,Gold\n"));
        const ImportReport report = importFile(ws, options);
        QVERIFY2(report.ok, qPrintable(report.error));
        QCOMPARE(report.imported, 2);
        QCOMPARE(report.merged, 1);
        QCOMPARE(report.mergedLines.size(), 1);
        QCOMPARE(report.mergedLines[0].first, 4);
        const Contact ana = contactWith(ws, options.groupId, QStringLiteral("ana@example.es"));
        QCOMPARE(ana.firstName, QStringLiteral("Ana")); // the later row's cell was empty
        QCOMPARE(ana.city, QString::fromUtf8("Málaga"));
        QCOMPARE(ana.fields.value(QStringLiteral("tier")).toString(), QStringLiteral("Gold"));
        QCOMPARE(report.toJson().value(QStringLiteral("merged_lines")).toArray().size(), 1);

        // The same file again with updates: the group's contact takes line 2 then line 4.
        options.updateDuplicates = true;
        const ImportReport again = importFile(ws, options);
        QVERIFY2(again.ok, qPrintable(again.error));
        QCOMPARE(again.updated, 2);
        QCOMPARE(again.merged, 1);
        QCOMPARE(contactWith(ws, options.groupId, QStringLiteral("ana@example.es")).city, QString::fromUtf8("Málaga"));
        // And without: both of Ana's lines are skipped, the second saying whose.
        options.updateDuplicates = false;
        const ImportReport skipped = importFile(ws, options);
        QCOMPARE(skipped.skipped, 3);
        QVERIFY2(skipped.skippedLines.constLast().second.contains(QStringLiteral("line 2")),
                 qPrintable(skipped.skippedLines.constLast().second));
    }

    // Columns literally named like a standard field but ranked below another ("Phone" beside "Mobile") keep their
    // values under a name of their own; a row whose mobile cell is empty takes the phone from them, and an update
    // writes such a value only where the contact has none.
    void aLesserColumnNamedLikeAField_keepsItsOwnName()
    {
        QCOMPARE(columns::map({QStringLiteral("Name"), QStringLiteral("Email"), QStringLiteral("Phone"),
                               QStringLiteral("Mobile"), QStringLiteral("Phone")},
                              {}, false),
                 (QStringList {QStringLiteral("first_name"), QStringLiteral("email"), QStringLiteral("phone_2"),
                               QStringLiteral("phone"), QStringLiteral("phone_3")}));
        test::TempWorkspace ws;
        ImportOptions options;
        options.groupId = makeGroup(ws, QStringLiteral("P"));
        options.filePath = writeFile(ws.dir(), QStringLiteral("p.csv"),
                                     QStringLiteral("Name,Email,Phone,Mobile\n"
                                                    "Ayşe,ayse@example.com,0212 555 12 12,0532 612 48 37\n"
                                                    "Can,,0216 444 12 34,\n"));
        ImportReport report = importFile(ws, options);
        QVERIFY2(report.ok, qPrintable(report.error));
        QCOMPARE(report.imported, 2);
        const Contact ayse = contactWith(ws, options.groupId, QStringLiteral("ayse@example.com"));
        QCOMPARE(ayse.phone, QStringLiteral("+905326124837"));
        QCOMPARE(ayse.fields.value(QStringLiteral("phone_2")).toString(), QStringLiteral("0212 555 12 12"));
        // Only a landline, in the lesser column: still the person's phone.
        bool can = false;
        for (const Contact &c : ws->groups()->allContacts(options.groupId))
            can |= c.firstName == QLatin1String("Can") && c.phone == QLatin1String("+902164441234");
        QVERIFY(can);

        // An update whose mobile cell is empty does not replace the stored mobile with the landline.
        options.updateDuplicates = true;
        options.filePath = writeFile(ws.dir(), QStringLiteral("p2.csv"),
                                     QStringLiteral("Name,Email,Phone,Mobile\n"
                                                    "Ayşe,ayse@example.com,0212 555 99 99,\n"));
        report = importFile(ws, options);
        QVERIFY2(report.ok, qPrintable(report.error));
        QCOMPARE(report.updated, 1);
        QCOMPARE(contactWith(ws, options.groupId, QStringLiteral("ayse@example.com")).phone,
                 QStringLiteral("+905326124837"));
    }

    // A sheet whose header ends before its data, a column without a name, a country cell that says "N/A": nobody
    // is refused for them.
    void valuesPastTheHeader_andNotACountry_loseNobody()
    {
        test::TempWorkspace ws;
        ImportOptions options;
        options.groupId = makeGroup(ws, QStringLiteral("W"));
        options.filePath = writeFile(ws.dir(), QStringLiteral("w.csv"),
                                     QStringLiteral("Email,,Country\n"
                                                    "a@example.com,note A,N/A,extra A\n"
                                                    "b@example.com,,TR,\n"));
        const ImportReport report = importFile(ws, options);
        QVERIFY2(report.ok, qPrintable(report.error));
        QCOMPARE(report.imported, 2);
        QCOMPARE(report.columns.size(), 4);
        const Contact a = contactWith(ws, options.groupId, QStringLiteral("a@example.com"));
        QCOMPARE(a.fields.value(QStringLiteral("column_2")).toString(), QStringLiteral("note A"));
        QCOMPARE(a.fields.value(QStringLiteral("column_4")).toString(), QStringLiteral("extra A"));
        QCOMPARE(a.country, QStringLiteral("N/A")); // not Namibia
        QVERIFY(countryCode(QStringLiteral("n.a.")).isEmpty());
        QCOMPARE(contactWith(ws, options.groupId, QStringLiteral("b@example.com")).country, QStringLiteral("TR"));
    }

    void multiValueCells_keepTheFirstAsTheAddress()
    {
        QCOMPARE(ImportRows::values(QStringLiteral("a@x.com ::: b@y.com"), true),
                 (QStringList {QStringLiteral("a@x.com"), QStringLiteral("b@y.com")}));
        QCOMPARE(ImportRows::values(QStringLiteral("a@x.com; b@y.com;"), true),
                 (QStringList {QStringLiteral("a@x.com"), QStringLiteral("b@y.com")}));
        QCOMPARE(ImportRows::values(QStringLiteral("Kaya, Zeynep <zeynep@x.com>"), true),
                 QStringList {QStringLiteral("Kaya, Zeynep <zeynep@x.com>")});
        QCOMPARE(ImportRows::values(QStringLiteral("0532 612 48 37 ::: 0212 555 12 12"), false).size(), 2);

        test::TempWorkspace ws;
        ImportOptions options;
        options.groupId = makeGroup(ws, QStringLiteral("M"));
        options.filePath = writeFile(ws.dir(), QStringLiteral("m.csv"),
                                     QStringLiteral("E-mail 1 - Value,Phone 1 - Value\n"
                                                    "ayse@example.com ::: ayse.y@example.org ::: a3@example.net,"
                                                    "+90 532 612 48 37 ::: +90 212 555 12 12\n"));
        const ImportReport report = importFile(ws, options);
        QVERIFY2(report.ok, qPrintable(report.error));
        const Contact c = ws->groups()->allContacts(options.groupId).first();
        QCOMPARE(c.email, QStringLiteral("ayse@example.com"));
        QCOMPARE(c.phone, QStringLiteral("+905326124837"));
        QCOMPARE(c.fields.value(QStringLiteral("other_emails")).toString(),
                 QStringLiteral("ayse.y@example.org, a3@example.net"));
        QCOMPARE(c.fields.value(QStringLiteral("other_phones")).toString(), QStringLiteral("+90 212 555 12 12"));
    }

    void countries_inFourLanguages_areIsoCodes()
    {
        for (const char *name : {"Türkiye", "Turkey", "turquía", "Turcja", "TR", "tur", "tr"})
            QCOMPARE(countryCode(QString::fromUtf8(name)), QStringLiteral("TR"));
        for (const char *name : {"Almanya", "Germany", "Alemania", "Niemcy", "DEU"})
            QCOMPARE(countryCode(QString::fromUtf8(name)), QStringLiteral("DE"));
        for (const char *name : {"USA", "United States", "ABD", "Estados Unidos", "Stany Zjednoczone", "EE. UU."})
            QCOMPARE(countryCode(QString::fromUtf8(name)), QStringLiteral("US"));
        QCOMPARE(countryCode(QStringLiteral("UK")), QStringLiteral("GB"));
        QCOMPARE(countryCode(QString::fromUtf8("İspanya")), QStringLiteral("ES"));
        QVERIFY(countryCode(QStringLiteral("Narnia")).isEmpty());
        QVERIFY(countryCode(QStringLiteral("XX")).isEmpty());
    }

    // A country per row reads that row's national numbers; the name is stored as the ISO code.
    void countryColumn_setsTheRowsPhoneRegion()
    {
        test::TempWorkspace ws;
        ImportOptions options;
        options.groupId = makeGroup(ws, QStringLiteral("World"));
        options.region = QStringLiteral("TR");
        options.filePath = writeFile(ws.dir(), QStringLiteral("w.csv"),
                                     QString::fromUtf8("Email,Phone,Country\n"
                                                       "hans@example.de,030 1234567,Almanya\n"
                                                       "ola@example.pl,501 234 567,Polska\n"
                                                       "ayse@example.com,0532 612 48 37,\n"
                                                       "x@example.com,0532 612 48 38,Narnia\n"));
        const ImportReport report = importFile(ws, options);
        QVERIFY2(report.ok, qPrintable(report.error));
        QCOMPARE(report.imported, 4);
        QCOMPARE(contactWith(ws, options.groupId, QStringLiteral("hans@example.de")).phone,
                 QStringLiteral("+49301234567"));
        QCOMPARE(contactWith(ws, options.groupId, QStringLiteral("hans@example.de")).country, QStringLiteral("DE"));
        QCOMPARE(contactWith(ws, options.groupId, QStringLiteral("ola@example.pl")).phone,
                 QStringLiteral("+48501234567"));
        QCOMPARE(contactWith(ws, options.groupId, QStringLiteral("ayse@example.com")).phone,
                 QStringLiteral("+905326124837"));
        const Contact narnia = contactWith(ws, options.groupId, QStringLiteral("x@example.com"));
        QCOMPARE(narnia.country, QStringLiteral("Narnia"));
        QCOMPARE(narnia.phone, QStringLiteral("+905326124838"));
        QCOMPARE(report.warnings.size(), 1);
        QCOMPARE(report.warnings[0].first, 5);
    }

    void emails_areNormalisedAsMailSystemsCompareThem_data()
    {
        QTest::addColumn<QString>("written");
        QTest::addColumn<QString>("stored"); // "" when it is not an address
        const auto row = [](const char *written, const char *stored) {
            QTest::newRow(written) << QString::fromUtf8(written) << QString::fromUtf8(stored);
        };
        row("Ali.VELI@Example.COM", "ali.veli@example.com");
        row("SİNAN@ÖRNEK.COM.TR", "sinan@örnek.com.tr"); // Excel's UPPER in Turkish: İ is i, not i + U+0307
        row("Işık@example.com", "işık@example.com");
        row("mailto:info@example.com", "info@example.com");
        row("MAILTO:Info@Example.com", "info@example.com");
        row("\"Zeynep Kaya\" <zeynep@example.com>", "zeynep@example.com");
        row("user@BÜCHER.example", "user@bücher.example");
        row("user@xn--bcher-kva.example", "user@bücher.example"); // the same domain, written in ASCII
        row("  padded@example.com ", "padded@example.com");
        row("a..b@example.com", "");
        row("trailing.@example.com", "");
        row(".leading@example.com", "");
        row("with space@example.com", "");
        row("x@example.com.", "");
        row("x@example..com", "");
        row("x@-example.com", "");
        row("x@localhost", "");
        row("x@example.c", "");
        row("no-at.example.com", "");
        row("two@@example.com", "");
    }
    void emails_areNormalisedAsMailSystemsCompareThem()
    {
        QFETCH(QString, written);
        QFETCH(QString, stored);
        QCOMPARE(normaliseEmail(written), stored);
        QVERIFY(!normaliseEmail(written).contains(QChar(0x0307)));
    }

    // A title above the header is skipped (and said so); Excel's sep= line sets the delimiter.
    void titleLine_andSepHint()
    {
        test::TempWorkspace ws;
        ImportOptions options;
        options.groupId = makeGroup(ws, QStringLiteral("T"));
        options.filePath = writeFile(ws.dir(), QStringLiteral("t.csv"),
                                     QString::fromUtf8("sep=;\nKampanya listesi — Kasım\nAd;E-posta;Cep No\n"
                                                       "Ayşe;ayse@example.com;0532 612 48 37\n"),
                                     "windows-1254");
        const ImportReport report = importFile(ws, options);
        QVERIFY2(report.ok, qPrintable(report.error));
        QCOMPARE(report.delimiter, QLatin1Char(';'));
        QCOMPARE(report.columns.size(), 3);
        QCOMPARE(report.imported, 1);
        QCOMPARE(report.skippedLines.size(), 1);
        QCOMPARE(report.skippedLines[0].first, 2);
        QVERIFY(report.skippedLines[0].second.contains(QStringLiteral("title")));
        // Told there is none, the title is the header, and the columns past it are numbered.
        options.titleLines = 0;
        const ImportReport told = importFile(ws, options);
        QCOMPARE(told.columns.size(), 3);
        QCOMPARE(told.columns.first(), QString::fromUtf8("Kampanya listesi — Kasım"));
    }

    // Whitespace inside quotes is the contact's; padding outside them is not.
    void quotedWhitespace_isKept()
    {
        test::TempWorkspace ws;
        ImportOptions options;
        options.groupId = makeGroup(ws, QStringLiteral("Q"));
        options.filePath = writeFile(ws.dir(), QStringLiteral("q.csv"),
                                     QStringLiteral("email , first_name , note\n"
                                                    " a@example.com ,  \"  Ayşe \" , plain  \n"));
        const ImportReport report = importFile(ws, options);
        QVERIFY2(report.ok, qPrintable(report.error));
        const Contact c = ws->groups()->allContacts(options.groupId).first();
        QCOMPARE(c.email, QStringLiteral("a@example.com"));
        QCOMPARE(c.firstName, QString::fromUtf8("  Ayşe "));
        QCOMPARE(c.fields.value(QStringLiteral("note")).toString(), QStringLiteral("plain"));
    }

    // An Excel workbook imports like a CSV file, and a group exports to one with every cell text.
    void excelWorkbook_inAndOut()
    {
        test::TempWorkspace ws;
        const QString book = ws.dir() + QStringLiteral("/kisiler.xlsx");
        {
            XlsxWriter writer(book);
            QVERIFY(writer.writeRow({QStringLiteral("Adı"), QStringLiteral("E-posta Adresi"), QStringLiteral("GSM No"),
                                     QStringLiteral("Ülke")}));
            QVERIFY(writer.writeRow({QString::fromUtf8("Şule"), QStringLiteral("sule@example.com"),
                                     QStringLiteral("0532 612 48 37"), QStringLiteral("Türkiye")}));
            QVERIFY(writer.writeRow({QStringLiteral("Hans"), QStringLiteral("hans@example.de"),
                                     QStringLiteral("030 1234567"), QStringLiteral("Almanya")}));
            QVERIFY2(writer.commit(), qPrintable(writer.error()));
        }
        ImportOptions options;
        options.groupId = makeGroup(ws, QStringLiteral("X"));
        options.filePath = book;
        const ImportReport report = importFile(ws, options);
        QVERIFY2(report.ok, qPrintable(report.error));
        QCOMPARE(report.imported, 2);
        QCOMPARE(contactWith(ws, options.groupId, QStringLiteral("hans@example.de")).phone,
                 QStringLiteral("+49301234567"));
        QCOMPARE(contactWith(ws, options.groupId, QStringLiteral("sule@example.com")).firstName,
                 QString::fromUtf8("Şule"));
        options.sheet = QStringLiteral("Nope");
        const ImportReport noSheet = importFile(ws, options);
        QVERIFY(!noSheet.ok);
        QVERIFY2(noSheet.error.contains(QStringLiteral("Nope")), qPrintable(noSheet.error));

        const QString out = ws.dir() + QStringLiteral("/out.xlsx");
        std::atomic<bool> cancel {false};
        const ExportReport exported = ContactImportService::exportGroup(ws->database(), options.groupId, out, {},
                                                                        cancel, [](qint64, qint64) {});
        QVERIFY2(exported.ok, qPrintable(exported.error));
        QCOMPARE(exported.exported, 2);
        XlsxReader reader(out);
        QVERIFY2(reader.open(), qPrintable(reader.error()));
        const auto header = reader.next();
        QVERIFY(header);
        QCOMPARE(header->fields.mid(0, 2), (QStringList {QStringLiteral("email"), QStringLiteral("phone")}));
        QStringList phones;
        while (const auto row = reader.next())
            phones.append(row->fields.value(1));
        phones.sort();
        QCOMPARE(phones, (QStringList {QStringLiteral("+49301234567"), QStringLiteral("+905326124837")}));
        QCOMPARE(QFile::permissions(out) & (QFile::ReadGroup | QFile::ReadOther), QFile::Permissions());
    }
};

QTEST_GUILESS_MAIN(TestImportFidelity)
#include "tst_importfidelity.moc"
