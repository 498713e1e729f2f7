// Contact import: an Excel-made Windows-1254 file of Turkish contacts with its own column names, the report by
// line, duplicates, update without re-subscribing, undo, cancel, and all-or-nothing.
#include "app/services/contactimport.h"
#include "app/services/job.h"
#include "models/contactcheck.h"
#include "models/groupstore.h"
#include "support/testsupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QStringEncoder>
#include <QTest>

#include <array>

using namespace cm;

namespace {

QString writeFile(const QString &dir, const QString &name, const QString &text, const char *encoding)
{
    QStringEncoder encoder(encoding);
    const QString path = dir + QLatin1Char('/') + name;
    QFile file(path);
    file.open(QIODevice::WriteOnly);
    file.write(encoder.encode(text));
    return path;
}

const QString turkish = QString::fromUtf8("Ad;Soyad;E-posta;Cep Telefonu;Şehir;Müşteri Tipi\r\n"
                                          "Ayşe;Yılmaz;ayse@example.com;0532 612 48 37;İstanbul;Gold\r\n"
                                          "Çağrı;Öztürk;cagri@example;;Muğla;Silver\r\n"
                                          "Şeyma;Doğan;;12;Eskişehir;Bronze\r\n"
                                          "Ayşe;Yılmaz;AYSE@example.com;0532 612 48 37;İstanbul;Gold\r\n"
                                          "İbrahim;Kılıç;ibrahim@example.com;+90 541 222 33 44;Ankara;Gold\r\n");

} // namespace

class TestImport : public QObject
{
    Q_OBJECT

private:
    qint64 makeGroup(test::TempWorkspace &ws, const QString &name)
    {
        Group g;
        g.name = name;
        ws->groups()->create(g);
        return g.id;
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void headers_mapInFourLanguages()
    {
        QCOMPARE(ContactImportService::fieldForHeader(QStringLiteral("E-posta")), QStringLiteral("email"));
        QCOMPARE(ContactImportService::fieldForHeader(QStringLiteral("Cep Telefonu")), QStringLiteral("phone"));
        QCOMPARE(ContactImportService::fieldForHeader(QString::fromUtf8("Soyadı")), QStringLiteral("last_name"));
        QCOMPARE(ContactImportService::fieldForHeader(QString::fromUtf8("Teléfono")), QStringLiteral("phone"));
        QCOMPARE(ContactImportService::fieldForHeader(QString::fromUtf8("Imię")), QStringLiteral("first_name"));
        QCOMPARE(ContactImportService::fieldForHeader(QStringLiteral("Nazwisko")), QStringLiteral("last_name"));
        QCOMPARE(ContactImportService::fieldForHeader(QStringLiteral(" First Name ")), QStringLiteral("first_name"));
        QCOMPARE(ContactImportService::fieldForHeader(QString::fromUtf8("Müşteri Tipi")),
                 QString::fromUtf8("müşteri_tipi"));
    }

    void phoneNumbers_internationalFastPathAgreesWithTheParser()
    {
        // {as written, region, E.164 or "" when invalid}: the written-out international forms take the fast path;
        // the rest (national forms, brackets, leading zeros after the country code) the full parser.
        const QList<std::array<const char *, 3>> cases {{"+90 532 612 48 37", "TR", "+905326124837"},
                                                        {"+905326124837", "PL", "+905326124837"},
                                                        {"+90-532-612-48-37", "US", "+905326124837"},
                                                        {"+90 532 612 48 3", "TR", ""},
                                                        {"+90 999 612 48 37", "TR", ""},
                                                        {"+48 501 234 567", "TR", "+48501234567"},
                                                        {"+1 123 456 7890", "TR", ""},
                                                        {"+1 (650) 253-0000", "TR", "+16502530000"},
                                                        {"+39 06 698 12345", "TR", "+390669812345"},
                                                        {"+44 20 7946 0958", "TR", "+442079460958"},
                                                        {"+27 82 123 4567", "TR", "+27821234567"},
                                                        {"+34 612 34 56 78", "TR", "+34612345678"},
                                                        {"0532 612 48 37", "TR", "+905326124837"},
                                                        {"+0 532", "TR", ""},
                                                        {"+999 1234 5678", "TR", ""},
                                                        {"+90 532 612 48 37 ext. 5", "TR", "+905326124837"}};
        for (const auto &[written, region, expected] : cases) {
            Contact c;
            c.phone = QString::fromUtf8(written);
            const QString problem = checkContact(c, QString::fromLatin1(region));
            if (*expected) {
                QVERIFY2(problem.isEmpty(), written);
                QCOMPARE(c.phone, QString::fromLatin1(expected));
            } else {
                QVERIFY2(!problem.isEmpty(), written);
            }
            // The same number with slashes (which only the full parser takes) gets the same answer.
            if (QByteArray(written).contains("ext"))
                continue;
            Contact parsed;
            parsed.phone = QString::fromUtf8(written).replace(QLatin1Char(' '), QLatin1Char('/'));
            const bool parsedValid = checkContact(parsed, QString::fromLatin1(region)).isEmpty();
            QVERIFY2(parsedValid == problem.isEmpty(), qPrintable(parsed.phone));
            if (parsedValid)
                QCOMPARE(parsed.phone, c.phone);
        }
    }

    void excelTurkishFile_isImportedWithAReportByLine()
    {
        test::TempWorkspace ws;
        ImportOptions options;
        options.filePath = writeFile(ws.dir(), QStringLiteral("musteriler.csv"), turkish, "windows-1254");
        options.groupId = makeGroup(ws, QStringLiteral("Türkiye"));
        std::atomic<bool> cancel {false};
        QList<qint64> progress;
        const ImportReport report = ContactImportService::run(
                ws->database(), options, cancel, [&progress](qint64 done, qint64) { progress.append(done); });
        QVERIFY2(report.ok, qPrintable(report.error));
        QCOMPARE(report.encoding, QByteArray("windows-1254"));
        QCOMPARE(report.delimiter, QLatin1Char(';'));
        QCOMPARE(report.mappedTo,
                 (QStringList {QStringLiteral("first_name"), QStringLiteral("last_name"), QStringLiteral("email"),
                               QStringLiteral("phone"), QStringLiteral("city"), QString::fromUtf8("müşteri_tipi")}));
        QCOMPARE(report.imported, 2);
        QCOMPARE(report.skipped, 0);
        QCOMPARE(report.merged, 1); // Ayşe twice: one contact, the later line winning, and the report says where
        QCOMPARE(report.mergedLines.size(), 1);
        QCOMPARE(report.mergedLines[0].first, 5);
        QVERIFY2(report.mergedLines[0].second.contains(QStringLiteral("line 2")),
                 qPrintable(report.mergedLines[0].second));
        QCOMPARE(report.invalid.size(), 2);
        QCOMPARE(report.invalid[0].first, 3);
        QVERIFY(report.invalid[0].second.contains(QStringLiteral("cagri@example")));
        QCOMPARE(report.invalid[1].first, 4);
        QVERIFY(!progress.isEmpty());
        const QList<Contact> contacts = ws->groups()->allContacts(options.groupId);
        QCOMPARE(contacts.size(), 2);
        QCOMPARE(contacts[0].phone, QStringLiteral("+905326124837")); // E.164
        QCOMPARE(contacts[0].lastName, QString::fromUtf8("Yılmaz"));
        QCOMPARE(contacts[0].fields.value(QString::fromUtf8("müşteri_tipi")).toString(), QStringLiteral("Gold"));
        QCOMPARE(contacts[1].phone, QStringLiteral("+905412223344"));
    }

    // A contact is a person, not a valid row: an address that is not one does not lose the person when the row has
    // another that is. It is kept as written in a field, and the report says so by line; a row is invalid only when
    // no usable address is left.
    void aPersonIsNotARow_anAddressThatIsNotOneIsKeptAside()
    {
        test::TempWorkspace ws;
        ImportOptions options;
        options.filePath = writeFile(ws.dir(), QStringLiteral("people.csv"),
                                     QString::fromUtf8("Name,Email,Phone\n"
                                                       "Ayşe,ayse@example.com,call after 6pm\n"
                                                       "Jan,jan(at)example.pl,+48 555 666 777\n"
                                                       "Nadie,nadie(at)example,not a number\n"
                                                       "Ana,ana@example.es,+34 600 111 222\n"),
                                     "UTF-8");
        options.groupId = makeGroup(ws, QStringLiteral("People"));
        options.region = QStringLiteral("TR");
        std::atomic<bool> cancel {false};
        const ImportReport report = ContactImportService::run(ws->database(), options, cancel, [](qint64, qint64) {});
        QVERIFY2(report.ok, qPrintable(report.error));
        QCOMPARE(report.imported, 3);
        QCOMPARE(report.invalid.size(), 1);
        QCOMPARE(report.invalid[0].first, 4);
        QVERIFY2(report.invalid[0].second.contains(QStringLiteral("no usable address")),
                 qPrintable(report.invalid[0].second));
        QCOMPARE(report.warnings.size(), 2);
        QCOMPARE(report.warnings[0].first, 2);
        QVERIFY2(report.warnings[0].second.contains(QStringLiteral("phone_as_written")),
                 qPrintable(report.warnings[0].second));
        QCOMPARE(report.warnings[1].first, 3);
        QVERIFY2(report.warnings[1].second.contains(QStringLiteral("email_as_written")),
                 qPrintable(report.warnings[1].second));
        const QJsonObject json = report.toJson();
        QCOMPARE(json.value(QStringLiteral("warnings")).toArray().size(), 2);

        const QList<Contact> contacts = ws->groups()->allContacts(options.groupId);
        QCOMPARE(contacts.size(), 3);
        QCOMPARE(contacts[0].email, QStringLiteral("ayse@example.com"));
        QVERIFY(contacts[0].phone.isEmpty());
        QCOMPARE(contacts[0].fields.value(QStringLiteral("phone_as_written")).toString(),
                 QStringLiteral("call after 6pm"));
        QVERIFY(contacts[1].email.isEmpty());
        QCOMPARE(contacts[1].phone, QStringLiteral("+48555666777"));
        QCOMPARE(contacts[1].fields.value(QStringLiteral("email_as_written")).toString(),
                 QStringLiteral("jan(at)example.pl"));
        QCOMPARE(contacts[2].phone, QStringLiteral("+34600111222"));

        // The saved report lists the warnings with the invalid lines.
        QString error;
        const QString csv = ws.dir() + QStringLiteral("/report.csv");
        QVERIFY2(report.writeCsv(csv, &error), qPrintable(error));
        const QString written = QString::fromUtf8(test::fileBytes(csv));
        QVERIFY(written.contains(QStringLiteral("phone_as_written")) && written.contains(QStringLiteral("no usable")));
    }

    // Different emails are different people even when they share a phone (an office switchboard): the second is
    // kept, with the number in a field and a warning for its line; a row with only that number is the first person.
    void differentEmails_sharingAPhone_areDifferentPeople()
    {
        test::TempWorkspace ws;
        ImportOptions options;
        options.filePath = writeFile(ws.dir(), QStringLiteral("office.csv"),
                                     QStringLiteral("Name,Email,Phone\n"
                                                    "Anna,anna@firma.pl,+48 22 555 00 00\n"
                                                    "Piotr,piotr@firma.pl,+48 22 555 00 00\n"
                                                    "Recepcja,,+48 22 555 00 00\n"),
                                     "UTF-8");
        options.groupId = makeGroup(ws, QStringLiteral("Firma"));
        options.region = QStringLiteral("PL");
        std::atomic<bool> cancel {false};
        const ImportReport report = ContactImportService::run(ws->database(), options, cancel, [](qint64, qint64) {});
        QVERIFY2(report.ok, qPrintable(report.error));
        QCOMPARE(report.imported, 2);
        QCOMPARE(report.skipped, 1);
        QCOMPARE(report.warnings.size(), 1);
        QCOMPARE(report.warnings[0].first, 3);
        QVERIFY2(report.warnings[0].second.contains(QStringLiteral("shared_phone")),
                 qPrintable(report.warnings[0].second));
        QCOMPARE(report.skippedLines.size(), 1); // the number alone: Anna's, in the group already
        QCOMPARE(report.skippedLines[0].first, 4);
        const QList<Contact> contacts = ws->groups()->allContacts(options.groupId);
        QCOMPARE(contacts.size(), 2);
        QCOMPARE(contacts[0].phone, QStringLiteral("+48225550000"));
        QCOMPARE(contacts[1].email, QStringLiteral("piotr@firma.pl"));
        QVERIFY(contacts[1].phone.isEmpty());
        QCOMPARE(contacts[1].fields.value(QStringLiteral("shared_phone")).toString(), QStringLiteral("+48225550000"));
    }

    void againWithUpdate_thenUndo_restoresEverything()
    {
        test::TempWorkspace ws;
        ImportOptions options;
        options.filePath = writeFile(ws.dir(), QStringLiteral("a.csv"), turkish, "windows-1254");
        options.groupId = makeGroup(ws, QStringLiteral("G"));
        std::atomic<bool> cancel {false};
        auto none = [](qint64, qint64) {};
        QVERIFY(ContactImportService::run(ws->database(), options, cancel, none).ok);

        const QString changed = QString(turkish).replace(QStringLiteral("Gold"), QStringLiteral("Platinum"))
                + QStringLiteral("Yeni;Kişi;yeni@example.com;;Bursa;Bronze\r\n");
        options.filePath = writeFile(ws.dir(), QStringLiteral("b.csv"), changed, "windows-1254");
        options.updateDuplicates = true;
        const ImportReport second = ContactImportService::run(ws->database(), options, cancel, none);
        QVERIFY(second.ok);
        QCOMPARE(second.updated, 2);
        QCOMPARE(second.imported, 1);
        QCOMPARE(ws->groups()
                         ->allContacts(options.groupId)
                         .first()
                         .fields.value(QString::fromUtf8("müşteri_tipi"))
                         .toString(),
                 QStringLiteral("Platinum"));

        JobTracker jobs;
        ContactImportService service(&ws.workspace(), &jobs);
        QString message;
        QVERIFY2(service.undo(second.importId, &message), qPrintable(message));
        const QList<Contact> after = ws->groups()->allContacts(options.groupId);
        QCOMPARE(after.size(), 2); // the new one gone
        QCOMPARE(after.first().fields.value(QString::fromUtf8("müşteri_tipi")).toString(),
                 QStringLiteral("Gold"));                  // restored
        QVERIFY(!service.undo(second.importId, &message)); // once only
        QVERIFY(message.contains(QStringLiteral("undone")));
    }

    void update_whenAnotherContactHasThePhone_skipsTheRowInsteadOfFailing()
    {
        test::TempWorkspace ws;
        ImportOptions options;
        options.groupId = makeGroup(ws, QStringLiteral("U"));
        options.filePath = writeFile(ws.dir(), QStringLiteral("u1.csv"),
                                     QStringLiteral("email,phone\na@example.com,0532 612 48 37\n"
                                                    "b@example.com,0533 111 22 33\n"),
                                     "UTF-8");
        std::atomic<bool> cancel {false};
        auto none = [](qint64, qint64) {};
        QCOMPARE(ContactImportService::run(ws->database(), options, cancel, none).imported, 2);

        // c@ is new but has a's phone: a person of their own, kept without it (a shared line). a@ is known but would
        // take b's phone: updated all the same, the number kept beside it. Neither may stop the import.
        options.updateDuplicates = true;
        options.filePath = writeFile(ws.dir(), QStringLiteral("u2.csv"),
                                     QStringLiteral("email,phone,first_name\nc@example.com,0532 612 48 37,C\n"
                                                    "a@example.com,0533 111 22 33,A\n"
                                                    "d@example.com,0534 222 33 44,D\n"),
                                     "UTF-8");
        const ImportReport report = ContactImportService::run(ws->database(), options, cancel, none);
        QVERIFY2(report.ok, qPrintable(report.error));
        QCOMPARE(report.imported, 2);
        QCOMPARE(report.updated, 1);
        QCOMPARE(report.skipped, 0);
        QCOMPARE(report.warnings.size(), 2);
        QCOMPARE(report.warnings[0].first, 2);
        QCOMPARE(report.warnings[1].first, 3);
        QVERIFY2(report.warnings[1].second.contains(QStringLiteral("shared_phone")),
                 qPrintable(report.warnings[1].second));
        QCOMPARE(ws->groups()->contactCount(options.groupId), 4);
        for (const Contact &c : ws->groups()->allContacts(options.groupId)) {
            if (c.email == QLatin1String("a@example.com")) {
                QCOMPARE(c.firstName, QStringLiteral("A"));
                QCOMPARE(c.phone, QStringLiteral("+905326124837")); // its own number kept
                QCOMPARE(c.fields.value(QStringLiteral("shared_phone")).toString(), QStringLiteral("+905331112233"));
            }
        }
    }

    void mapping_canBeGiven_andAFileWithoutAddressesIsRefused()
    {
        test::TempWorkspace ws;
        ImportOptions options;
        options.groupId = makeGroup(ws, QStringLiteral("M"));
        options.filePath = writeFile(ws.dir(), QStringLiteral("m.csv"),
                                     QStringLiteral("Kontakt,Wer\nZofia at home,Zofia\n"), "UTF-8");
        std::atomic<bool> cancel {false};
        auto none = [](qint64, qint64) {};
        const ImportReport refused = ContactImportService::run(ws->database(), options, cancel, none);
        QVERIFY(!refused.ok);
        QVERIFY(refused.error.contains(QStringLiteral("--map")));
        // Headers that say nothing: the column of phone numbers is found by what it holds, and --map says the rest.
        options.filePath = writeFile(ws.dir(), QStringLiteral("m2.csv"),
                                     QStringLiteral("Kontakt,Wer,Notiz\n501 234 567,Zofia,x\n"), "UTF-8");
        options.mapping = {{QStringLiteral("Wer"), QStringLiteral("first_name")}, {QStringLiteral("Notiz"), QString()}};
        options.region = QStringLiteral("PL");
        const ImportReport mapped = ContactImportService::run(ws->database(), options, cancel, none);
        QVERIFY2(mapped.ok, qPrintable(mapped.error));
        QCOMPARE(mapped.mappedTo, (QStringList {QStringLiteral("phone"), QStringLiteral("first_name"), QString()}));
        const Contact zofia = ws->groups()->allContacts(options.groupId).first();
        QCOMPARE(zofia.phone, QStringLiteral("+48501234567"));
        QCOMPARE(zofia.firstName, QStringLiteral("Zofia"));
        QVERIFY(zofia.fields.isEmpty());
    }

    void headerRow_isDetected_andCanBeForced()
    {
        QVERIFY(!ContactImportService::looksLikeData(turkish.section(QLatin1Char('\n'), 0, 0).split(QLatin1Char(';'))));
        QVERIFY(!ContactImportService::looksLikeData({QStringLiteral("Phone 2"), QStringLiteral("Customer since")}));
        QVERIFY(ContactImportService::looksLikeData({QStringLiteral("Zofia"), QStringLiteral("+48 501 234 567")}));
        QVERIFY(ContactImportService::looksLikeData({QStringLiteral("zofia@example.pl")}));
        QVERIFY(ContactImportService::looksLikeData({QStringLiteral("'+48501234567")})); // as our export writes it

        test::TempWorkspace ws;
        ImportOptions options;
        options.groupId = makeGroup(ws, QStringLiteral("H"));
        options.region = QStringLiteral("PL");
        options.filePath = writeFile(ws.dir(), QStringLiteral("h.csv"),
                                     QStringLiteral("Zofia;501 234 567;Gold\nJan;601 222 333;Silver\n"), "UTF-8");
        std::atomic<bool> cancel {false};
        auto none = [](qint64, qint64) {};
        const ImportReport detected = ContactImportService::run(ws->database(), options, cancel, none);
        QVERIFY2(detected.ok, qPrintable(detected.error));
        QVERIFY(!detected.headerRow);
        QCOMPARE(detected.imported, 2); // the first row too
        QCOMPARE(detected.columns, ContactImportService::numberedColumns(3));
        QCOMPARE(detected.mappedTo.at(1), QStringLiteral("phone"));

        // Told that the first row names the columns, "501 234 567" becomes the phone column's name: one contact.
        options.groupId = makeGroup(ws, QStringLiteral("H2"));
        options.header = HeaderRow::Present;
        options.mapping = {{QStringLiteral("501 234 567"), QStringLiteral("phone")}};
        const ImportReport forced = ContactImportService::run(ws->database(), options, cancel, none);
        QVERIFY2(forced.ok, qPrintable(forced.error));
        QVERIFY(forced.headerRow);
        QCOMPARE(forced.imported, 1);

        // A file of nothing but names is refused whatever the first row is taken for.
        options.header = HeaderRow::Absent;
        options.mapping.clear();
        options.filePath
                = writeFile(ws.dir(), QStringLiteral("n.csv"), QStringLiteral("Zofia,Gold\nJan,Silver\n"), "UTF-8");
        const ImportReport refused = ContactImportService::run(ws->database(), options, cancel, none);
        QVERIFY(!refused.ok);
        QVERIFY2(refused.error.contains(QStringLiteral("Column 1")), qPrintable(refused.error));
    }

    void fieldsJson_isTheJsonOfTheFields()
    {
        const QVariantMap fields {{QStringLiteral("müşteri_tipi"), QStringLiteral("Altın \"VIP\"")},
                                  {QStringLiteral("note"), QStringLiteral("a\\b\nc\td\u0001e")},
                                  {QStringLiteral("empty"), QString()},
                                  {QStringLiteral("key \"quoted\""), QStringLiteral("Łódź")}};
        const QByteArray json = ImportStore::fieldsJson(fields);
        QJsonParseError error;
        const QJsonDocument parsed = QJsonDocument::fromJson(json, &error);
        QVERIFY2(error.error == QJsonParseError::NoError, json.constData());
        QCOMPARE(parsed.object().toVariantMap(), fields);
        QCOMPARE(ImportStore::fieldsJson({}), QByteArray("{}"));
    }

    void cancel_leavesTheGroupAsItWas()
    {
        test::TempWorkspace ws;
        QString text = QStringLiteral("email,name\n");
        for (int i = 0; i < 30000; ++i) // the cancel comes while it is still being read
            text += QStringLiteral("p%1@example.com,P%1\n").arg(i);
        ImportOptions options;
        options.filePath = writeFile(ws.dir(), QStringLiteral("big.csv"), text, "UTF-8");
        options.groupId = makeGroup(ws, QStringLiteral("Big"));
        JobTracker jobs;
        ContactImportService service(&ws.workspace(), &jobs);
        Job *job = service.start(options);
        connect(job, &Job::progressChanged, job, &Job::cancel); // after the first batch was written
        QSignalSpy finished(job, &Job::finished);
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.first().at(0).toBool(), false);
        QCOMPARE(ws->groups()->contactCount(options.groupId), 0); // nothing half-imported
        QSqlQuery q(ws->database()->connection());
        // Kept as a failed import, with nothing of it left.
        QVERIFY(q.exec(QStringLiteral("SELECT state FROM import_batches")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("failed"));
        QVERIFY(!q.next());
    }

    void export_thenImport_givesTheSameContacts()
    {
        // Every demo group, exported as Excel likes it (BOM, semicolons) and imported into a new group.
        test::TempWorkspace ws(true);
        QVERIFY(ws.isOpen());
        std::atomic<bool> cancel {false};
        auto none = [](qint64, qint64) {};
        for (const Group &g : ws->groups()->groups()) {
            CsvWriteOptions write;
            write.delimiter = QLatin1Char(';');
            write.bom = true;
            const QString path = ws.dir() + QStringLiteral("/%1.csv").arg(g.id);
            const ExportReport exported
                    = ContactImportService::exportGroup(ws->database(), g.id, path, write, cancel, none);
            QVERIFY2(exported.ok, qPrintable(exported.error));
            QCOMPARE(exported.exported, g.contactCount);
            // Exports hold people's addresses: readable by their owner only, whatever the umask.
            QCOMPARE(QFile::permissions(path)
                             & (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::WriteGroup
                                | QFileDevice::WriteOther),
                     QFileDevice::Permissions());
            ImportOptions options;
            options.filePath = path;
            options.groupId = makeGroup(ws, g.name + QStringLiteral(" (copy)"));
            const ImportReport imported = ContactImportService::run(ws->database(), options, cancel, none);
            QVERIFY2(imported.ok, qPrintable(imported.error));
            QVERIFY2(imported.invalid.isEmpty(), qPrintable(imported.invalid.value(0).second));
            QCOMPARE(imported.imported, g.contactCount);
            const QList<Contact> before = ws->groups()->allContacts(g.id);
            const QList<Contact> after = ws->groups()->allContacts(options.groupId);
            for (qsizetype i = 0; i < before.size(); ++i) {
                QCOMPARE(after[i].email, before[i].email);
                QCOMPARE(after[i].phone, before[i].phone);
                QCOMPARE(after[i].firstName, before[i].firstName);
                QCOMPARE(after[i].lastName, before[i].lastName);
                QCOMPARE(after[i].city, before[i].city);
                QCOMPARE(after[i].fields, before[i].fields);
            }
        }
    }

    void export_neutralisesFormulas()
    {
        QCOMPARE(CsvWriter::neutralise(QStringLiteral("=HYPERLINK(\"http://x\")")),
                 QStringLiteral("'=HYPERLINK(\"http://x\")"));
        // A phone number is not a formula: no apostrophe for Excel to show.
        QCOMPARE(CsvWriter::neutralise(QStringLiteral("+905321112233")), QStringLiteral("+905321112233"));
        QCOMPARE(CsvWriter::neutralise(QStringLiteral("+90 532 112 22 33")), QStringLiteral("+90 532 112 22 33"));
        QCOMPARE(CsvWriter::neutralise(QStringLiteral("+1+cmd|' /C calc'!A0")),
                 QStringLiteral("'+1+cmd|' /C calc'!A0"));
        QCOMPARE(CsvWriter::neutralise(QStringLiteral("+")), QStringLiteral("'+"));
        QCOMPARE(CsvWriter::neutralise(QStringLiteral("-2+3")), QStringLiteral("'-2+3"));
        QCOMPARE(CsvWriter::neutralise(QStringLiteral("@SUM(A1)")), QStringLiteral("'@SUM(A1)"));
        QCOMPARE(CsvWriter::neutralise(QStringLiteral("\tcmd")), QStringLiteral("'\tcmd"));
        QCOMPARE(CsvWriter::neutralise(QStringLiteral("Ayşe")), QStringLiteral("Ayşe"));
        QCOMPARE(CsvWriter::unneutralise(QStringLiteral("'=1+1")), QStringLiteral("=1+1"));
        QCOMPARE(CsvWriter::unneutralise(QStringLiteral("'Rock'n'roll")), QStringLiteral("'Rock'n'roll")); // only ours
    }

    void backgroundImport_reportsThroughTheJob()
    {
        test::TempWorkspace ws;
        ImportOptions options;
        options.filePath = writeFile(ws.dir(), QStringLiteral("t.csv"), turkish, "windows-1254");
        options.groupId = makeGroup(ws, QStringLiteral("Bg"));
        JobTracker jobs;
        ContactImportService service(&ws.workspace(), &jobs);
        QSignalSpy changed(ws->groups(), &GroupStore::contactsChanged);
        Job *job = service.start(options);
        QSignalSpy finished(job, &Job::finished);
        QVERIFY(finished.wait(20000));
        QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(1).toString()));
        QCOMPARE(ws->groups()->contactCount(options.groupId), 2);
        QVERIFY(!changed.isEmpty()); // the views were told
    }
};

QTEST_GUILESS_MAIN(TestImport)
#include "tst_import.moc"
