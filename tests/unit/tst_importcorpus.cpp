// The import corpus: contact files in the exact shapes marketers get them from real tools, each imported without any
// mapping into a new group and compared, contact by contact and field by field, with the contacts the import must
// store (tests/data/imports/NAME.expected.json). The files are written by tests/data/imports/make_corpus.py (run it
// after changing it; `--check` compares the expectations with oracle.py, a second reading of the rules below).
//
// Every file of the corpus, and what it checks (corpusTable_listsEveryFile keeps this table in sync):
//
// | file                          | what it checks                                                                   |
// | ----------------------------- | -------------------------------------------------------------------------------- |
// | `google_contacts.csv`         | Google Contacts' current export (UTF-8, CRLF): " ::: " multi-values in the email |
// |                               | and phone cells, Label columns, multi-line notes and addresses, an extension, a  |
// |                               | number with a note kept as written, a German national number read by the row's  |
// |                               | country, a phone-only contact, a name-only row (invalid)                         |
// | `google_contacts_legacy.csv`  | the old "Google CSV" (UTF-16LE with BOM): Type columns, a lone "Name" beside     |
// |                               | "Given Name" is a custom field (the first name of a row whose Given Name is      |
// |                               | empty), a Spanish landline read by the row's country                             |
// | `outlook.csv`                 | the "Outlook CSV" layout (Outlook.com, Google's Outlook export) in Windows-1254: |
// |                               | Mobile Phone beats Business/Home Phone, Home beats Business City/Country; a row  |
// |                               | whose winner is empty falls back to the next non-empty one in rank order (only a |
// |                               | Business Phone, Home Phone 2 before Business Phone, Business City before Other   |
// |                               | City, only an E-mail 2), a switchboard two people fall back to (shared_phone), a |
// |                               | fall-back number with a note, Company Main/Car Phone never the phone             |
// | `outlook_desktop.csv`         | Outlook for Windows (every cell quoted, Windows-1254, "0.0.00" dates): E-mail    |
// |                               | Type/Display Name, an Exchange X.500 address kept as written, an empty Home City |
// |                               | falling back to Business City, "Polonya"                                         |
// | `hubspot.csv`                 | HubSpot: English country names decide how ES/PL/TR/US national numbers are read, |
// |                               | Mobile Phone Number beats Phone Number (its fall-back), a misspelt country kept  |
// |                               | with a warning                                                                   |
// | `mailchimp.csv`               | Mailchimp audience export (every cell quoted): CC in any case, mailto:, the      |
// |                               | two-space Address and quoted-list TAGS kept as written, REGION is not a city     |
// | `turkish_excel.csv`           | Excel on Turkish Windows (Windows-1254, ";", sep=;): Excel's UPPER in Turkish,   |
// |                               | İ/I lower-cased, "iş_telefonu", two addresses in a cell, a lost leading 0,       |
// |                               | Türkiye/Almanya/TR, a work number alone is the phone (fall-back)                 |
// | `spanish.csv`                 | Excel on Spanish Windows (Windows-1252, ";", region ES): España/México/Alemania, |
// |                               | an empty Celular falls back to Teléfono, an empty País uses the default region,  |
// |                               | "Cataluña", "sin correo"                                                         |
// | `polish.csv`                  | Excel "CSV UTF-8" (BOM) with Polish headers: Polska/Niemcy/PL/POL, "Tel." → tel  |
// |                               | (the phone when Telefon komórkowy is empty), a Polish national number in a row   |
// |                               | without Kraj is read as TR (kept as written)                                     |
// | `title_line.csv`              | a title line above the header (skipped); the same email and the same phone-only  |
// |                               | number twice are combined, the later row winning                                 |
// | `pipe.csv`                    | "|" delimiter; two emails sharing a switchboard number (shared_phone)            |
// | `colon.csv`                   | ":" delimiter with colons inside quoted cells; a lone "name" is the first name   |
// | `headerless_nomatch.csv`      | a header that means nothing (Kolon A/B/C): email and phone columns by content    |
// | `stray_quote.csv`             | a stray opening quote on line 4 (read without it, a warning), the lines after it |
// |                               | and a legitimately quoted multi-line note all imported                           |
// | `mixed_encoding.csv`          | UTF-8 lines then Windows-1254 lines: every Turkish name right                    |
// | `update_base.csv`             | the group the update cases start from (Windows-1254, ";")                        |
// | `update_changes.csv`          | update with only E-posta;Şehir: empty cells change nothing, the rest is kept,    |
// |                               | the same person twice ends with the last row                                     |
// | `update_clear.csv`            | update with empty cells clearing: a cleared city and custom field, custom fields |
// |                               | merged                                                                           |
// | `reimport_skip.csv`           | a second import with duplicates skipped: by email, by phone-only; a new email    |
// |                               | with a number the group has (shared_phone)                                       |
// | `excel_workbook.xlsx`         | an Excel workbook (LibreOffice wrote it from tests/data/xlsx/corpus_excel_workbook
// | |                               | .fods): a title row, phones stored as numbers, a date as ISO text, two sheets, |
// |                               | a work number when the mobile is empty, the same person twice                    |
// | `edge_addresses.csv`          | email addresses: case, mailto:, "Name" <addr>, a Unicode domain, İ, two dots, a  |
// |                               | dot at an end, a space; quoted padding kept, unquoted padding trimmed            |
//
// The rules the expectations follow:
// - A contact is {email, phone, first_name, last_name, city, country, custom fields}. An empty cell is not stored.
//   Unquoted padding is trimmed, whitespace inside quotes kept.
// - A column maps to a field by what its header means (case, diacritics and punctuation aside; English, Turkish,
//   Spanish, Polish); a header that means nothing is mapped by its cells (an email or a phone column). Label/Type
//   columns, fax, pager, car/radio/TTY phones, assistant's and manager's columns, company/organization names and
//   Yomi/phonetic names are not standard fields. Several columns claiming one field: one wins, by kind (phone: mobile,
//   then plain/primary, then home, then business/work, then other; email: plain/primary/personal, then home, then
//   work, then other, E-mail 1 before E-mail 2; city and country: plain, then home, then business, then other), then
//   the leftmost. The winner is the column's for the whole file; a row whose winning cell is empty takes the first
//   non-empty cell of the other columns claiming the field by their header, in that order, and that column is then
//   not also a custom field in that row.
// - Any other column is a custom field keyed by its header lower-cased (İ → i), every run of characters that are
//   not letters or digits → "_", no "_" at the ends ("Müşteri Tipi" → müşteri_tipi, "Manager's Name" →
//   manager_s_name). A losing address column's cell is kept as written.
// - Several values in the email or phone cell (" ::: ", ";" or ","): the first is the address, the others, as
//   written, are joined with ", " in other_emails / other_phones.
// - Emails: trimmed; mailto: and a Name <addr> wrapper removed; İ → i and lower-cased (Unicode kept); "..", a dot at
//   either end of the local part or the domain, a space, or no domain with a dot → not an email. Not an email but a
//   valid phone: imported by the phone, email_as_written (a warning); else invalid.
// - Phones: E.164 (an extension dropped), read in the region of the row's country when it is a known one, else in
//   the import's region. Not a number but a valid email: imported by the email, phone_as_written (a warning).
// - Country: ISO alpha-2 (any case), alpha-3, or a name in English, Turkish, Spanish or Polish → alpha-2; anything
//   else is kept as written, with a warning. A row without a country but with a valid phone gets the number's
//   country (an update writes it only where the contact has none).
// - Different emails are different people: a new email whose phone another contact of the group has (in the group,
//   or imported earlier from this file) is imported without it, the number in shared_phone (a warning). Rows of the
//   same email (or, without one, the same phone) are combined, the later row's non-empty cells winning; the later
//   line is a merged line.
// - Skip mode: a contact the group has already (same email, or same phone without an email) is skipped. Update mode:
//   it gets the non-empty cells of the columns the file has; other fields, custom ones too, keep their values; with
//   empty_cells_clear an empty cell clears its field.
// - A first line of one non-empty cell above a line of several is a title: skipped, a skipped line. Excel's sep=; is
//   not a record. Line numbers are physical lines (a record over several lines has its first line's number). A stray
//   quote at a field's start: the line is read without it, with a warning. Mixed encodings: each line in its own.
//
// NAME.expected.json: {"checks": why the file is here, "options": {"region", "on_duplicate": "skip"|"update",
// "empty_cells_clear", "before": a corpus file imported first (skip mode) into the same group}, "report": {imported,
// updated, merged, skipped, invalid_lines, warning_lines, skipped_lines, merged_lines; only the keys present are
// checked; the line lists as sorted distinct lines}, "contacts": the whole group afterwards, in any order}.
#include "app/services/contactimport.h"
#include "models/groupstore.h"
#include "support/testsupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

#include <algorithm>

#ifndef CM_IMPORT_CORPUS
#error "CM_IMPORT_CORPUS must name tests/data/imports (see tests/CMakeLists.txt)"
#endif

using namespace cm;

namespace {

QString corpusDir()
{
    return QString::fromUtf8(CM_IMPORT_CORPUS);
}

bool isExpectation(const QFileInfo &file)
{
    return file.fileName().endsWith(QLatin1String(".expected.json"));
}

// The files of the corpus that are imported: all but the expectations and the scripts that write and check them.
QStringList dataFiles()
{
    QStringList names;
    const QFileInfoList files = QDir(corpusDir()).entryInfoList(QDir::Files, QDir::Name);
    for (const QFileInfo &f : files) {
        if (!isExpectation(f) && f.suffix() != QLatin1String("py") && f.suffix() != QLatin1String("md"))
            names.append(f.fileName());
    }
    return names;
}

// The data file of NAME.expected.json: NAME.<extension>.
QString dataFileOf(const QString &expectation)
{
    const QString name = QFileInfo(expectation).fileName().chopped(int(qstrlen(".expected.json")));
    QStringList found;
    for (const QString &f : dataFiles()) {
        if (QFileInfo(f).completeBaseName() == name)
            found.append(f);
    }
    return found.size() == 1 ? found.first() : QString();
}

// A string as JSON writes it: quotes, and \n, \t and spaces visible at the ends.
QString shown(const QString &text)
{
    const QByteArray json = QJsonDocument(QJsonArray {text}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(json.mid(1, json.size() - 2));
}

QString shown(const QJsonValue &value)
{
    if (value.isUndefined())
        return QStringLiteral("(absent)");
    if (value.isString())
        return shown(value.toString());
    const QByteArray json = QJsonDocument(QJsonArray {value}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(json.mid(1, json.size() - 2));
}

QString shown(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

const QStringList standardKeys {QStringLiteral("email"),     QStringLiteral("phone"), QStringLiteral("first_name"),
                                QStringLiteral("last_name"), QStringLiteral("city"),  QStringLiteral("country")};

QJsonObject asJson(const Contact &c)
{
    QJsonObject fields;
    for (auto it = c.fields.cbegin(); it != c.fields.cend(); ++it)
        fields.insert(it.key(), it.value().toString());
    return {{QStringLiteral("email"), c.email},
            {QStringLiteral("phone"), c.phone},
            {QStringLiteral("first_name"), c.firstName},
            {QStringLiteral("last_name"), c.lastName},
            {QStringLiteral("city"), c.city},
            {QStringLiteral("country"), c.country},
            {QStringLiteral("fields"), fields}};
}

// Who a contact is, to pair the expected ones with the stored ones: the email, else the phone, else the names.
QString identityOf(const QJsonObject &c)
{
    for (const char *key : {"email", "phone"}) {
        const QString value = c.value(QLatin1String(key)).toString();
        if (!value.isEmpty())
            return value;
    }
    return QStringLiteral("(no address: %1 %2)")
            .arg(c.value(QLatin1String("first_name")).toString(), c.value(QLatin1String("last_name")).toString());
}

QMap<QString, QJsonObject> byIdentity(const QList<QJsonObject> &contacts)
{
    QMap<QString, QJsonObject> map;
    for (const QJsonObject &c : contacts) {
        QString key = identityOf(c);
        for (int n = 2; map.contains(key); ++n)
            key = identityOf(c) + QStringLiteral(" #%1").arg(n);
        map.insert(key, c);
    }
    return map;
}

// Missing, unexpected, and per-field differences, one line each.
QStringList compareContacts(const QList<QJsonObject> &expected, const QList<QJsonObject> &actual)
{
    QStringList problems;
    const QMap<QString, QJsonObject> want = byIdentity(expected);
    const QMap<QString, QJsonObject> got = byIdentity(actual);
    for (auto it = want.cbegin(); it != want.cend(); ++it) {
        if (!got.contains(it.key()))
            problems.append(QStringLiteral("missing: %1").arg(shown(it.value())));
    }
    for (auto it = got.cbegin(); it != got.cend(); ++it) {
        if (!want.contains(it.key()))
            problems.append(QStringLiteral("unexpected: %1").arg(shown(it.value())));
    }
    for (auto it = want.cbegin(); it != want.cend(); ++it) {
        if (!got.contains(it.key()))
            continue;
        const QJsonObject &w = it.value();
        const QJsonObject &g = got[it.key()];
        for (const QString &key : standardKeys) {
            if (w.value(key) != g.value(key))
                problems.append(QStringLiteral("%1: %2: expected %3, got %4")
                                        .arg(it.key(), key, shown(w.value(key)), shown(g.value(key))));
        }
        const QJsonObject wf = w.value(QLatin1String("fields")).toObject();
        const QJsonObject gf = g.value(QLatin1String("fields")).toObject();
        QStringList keys = wf.keys() + gf.keys();
        keys.sort();
        keys.removeDuplicates();
        for (const QString &key : std::as_const(keys)) {
            if (wf.value(key) != gf.value(key))
                problems.append(QStringLiteral("%1: fields.%2: expected %3, got %4")
                                        .arg(it.key(), key, shown(wf.value(key)), shown(gf.value(key))));
        }
    }
    return problems;
}

// The expectation's shape: every contact with every key, fields of strings; no key the test does not know.
QStringList checkShape(const QJsonObject &expectation)
{
    QStringList problems;
    const QSet<QString> top {QStringLiteral("checks"), QStringLiteral("options"), QStringLiteral("report"),
                             QStringLiteral("contacts")};
    for (const QString &key : expectation.keys()) {
        if (!top.contains(key))
            problems.append(QStringLiteral("unknown key \"%1\"").arg(key));
    }
    if (expectation.value(QLatin1String("checks")).toString().isEmpty())
        problems.append(QStringLiteral("no \"checks\": say what the file is there for"));
    const QSet<QString> options {QStringLiteral("region"), QStringLiteral("on_duplicate"),
                                 QStringLiteral("empty_cells_clear"), QStringLiteral("before")};
    for (const QString &key : expectation.value(QLatin1String("options")).toObject().keys()) {
        if (!options.contains(key))
            problems.append(QStringLiteral("unknown option \"%1\"").arg(key));
    }
    const QSet<QString> report {QStringLiteral("imported"),      QStringLiteral("updated"),
                                QStringLiteral("merged"),        QStringLiteral("skipped"),
                                QStringLiteral("invalid_lines"), QStringLiteral("warning_lines"),
                                QStringLiteral("skipped_lines"), QStringLiteral("merged_lines")};
    for (const QString &key : expectation.value(QLatin1String("report")).toObject().keys()) {
        if (!report.contains(key))
            problems.append(QStringLiteral("unknown report key \"%1\"").arg(key));
    }
    if (!expectation.value(QLatin1String("contacts")).isArray())
        problems.append(QStringLiteral("no \"contacts\" array"));
    for (const QJsonValue &value : expectation.value(QLatin1String("contacts")).toArray()) {
        const QJsonObject c = value.toObject();
        for (const QString &key : standardKeys) {
            if (!c.value(key).isString())
                problems.append(QStringLiteral("%1: \"%2\" is not a string").arg(shown(c), key));
        }
        if (!c.value(QLatin1String("fields")).isObject())
            problems.append(QStringLiteral("%1: no \"fields\" object").arg(shown(c)));
        for (const QJsonValue &f : c.value(QLatin1String("fields")).toObject()) {
            if (!f.isString())
                problems.append(QStringLiteral("%1: a custom field that is not a string").arg(shown(c)));
        }
        if (c.size() != standardKeys.size() + 1)
            problems.append(QStringLiteral("%1: keys other than the contact's").arg(shown(c)));
    }
    return problems;
}

QJsonArray linesOf(const QList<QPair<qint64, QString>> &list)
{
    QList<qint64> lines;
    for (const auto &[line, reason] : list)
        lines.append(line);
    std::sort(lines.begin(), lines.end());
    lines.erase(std::unique(lines.begin(), lines.end()), lines.end());
    QJsonArray array;
    for (const qint64 line : std::as_const(lines))
        array.append(line);
    return array;
}

QString reasons(const QList<QPair<qint64, QString>> &list)
{
    QStringList out;
    for (const auto &[line, reason] : list)
        out.append(QStringLiteral("    %1: %2").arg(line).arg(reason));
    return out.isEmpty() ? QStringLiteral("    (none)") : out.join(QLatin1Char('\n'));
}

QStringList compareReport(const QJsonObject &expected, const ImportReport &report)
{
    QStringList problems;
    const QList<std::pair<const char *, qint64>> counts {{"imported", report.imported},
                                                         {"updated", report.updated},
                                                         {"merged", report.merged},
                                                         {"skipped", report.skipped}};
    for (const auto &[key, value] : counts) {
        const QJsonValue want = expected.value(QLatin1String(key));
        if (!want.isUndefined() && want.toInteger(-1) != value)
            problems.append(
                    QStringLiteral("report: %1: expected %2, got %3").arg(QLatin1String(key), shown(want)).arg(value));
    }
    const QList<std::pair<const char *, const QList<QPair<qint64, QString>> *>> lists {
            {"invalid_lines", &report.invalid},
            {"warning_lines", &report.warnings},
            {"skipped_lines", &report.skippedLines},
            {"merged_lines", &report.mergedLines}};
    for (const auto &[key, list] : lists) {
        const QJsonValue want = expected.value(QLatin1String(key));
        if (!want.isUndefined() && want.toArray() != linesOf(*list))
            problems.append(
                    QStringLiteral("report: %1: expected %2, got %3, for:\n%4")
                            .arg(QLatin1String(key), shown(want), shown(QJsonValue(linesOf(*list))), reasons(*list)));
    }
    return problems;
}

qint64 makeGroup(test::TempWorkspace &ws, const QString &name)
{
    Group g;
    g.name = name;
    ws->groups()->create(g);
    return g.id;
}

ImportReport importFile(test::TempWorkspace &ws, const QString &file, qint64 groupId, const QJsonObject &options,
                        bool asBefore)
{
    ImportOptions o;
    o.filePath = QDir(corpusDir()).filePath(file);
    o.groupId = groupId;
    o.region = options.value(QLatin1String("region")).toString(QStringLiteral("TR"));
    if (!asBefore) {
        o.updateDuplicates = options.value(QLatin1String("on_duplicate")).toString() == QLatin1String("update");
        o.emptyCellsClear = options.value(QLatin1String("empty_cells_clear")).toBool();
    }
    std::atomic<bool> cancel {false};
    return ContactImportService::run(ws->database(), o, cancel, [](qint64, qint64) {});
}

// The group's contacts, a window at a time.
QList<QJsonObject> contactsOf(test::TempWorkspace &ws, qint64 groupId)
{
    QList<QJsonObject> out;
    qint64 after = 0;
    for (;;) {
        const QList<Contact> window = ws->groups()->contacts(groupId, after, 100);
        for (const Contact &c : window)
            out.append(asJson(c));
        if (window.size() < 100)
            return out;
        after = window.last().id;
    }
}

QString describe(const ImportReport &report)
{
    QStringList columns;
    for (qsizetype i = 0; i < report.columns.size(); ++i)
        columns.append(QStringLiteral("%1 → %2").arg(report.columns.at(i), report.mappedTo.value(i)));
    return QStringLiteral("read as %1, delimiter %2, header row %3; columns: %4")
            .arg(QString::fromLatin1(report.encoding), shown(QString(report.delimiter)),
                 report.headerRow ? QStringLiteral("yes") : QStringLiteral("no"), columns.join(QStringLiteral(", ")));
}

} // namespace

class TestImportCorpus : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void importsAsExpected_data()
    {
        QTest::addColumn<QString>("expectation");
        const QFileInfoList files = QDir(corpusDir()).entryInfoList(QDir::Files, QDir::Name);
        for (const QFileInfo &f : files) {
            if (isExpectation(f))
                QTest::newRow(qPrintable(f.fileName().chopped(int(qstrlen(".expected.json"))))) << f.filePath();
        }
    }

    // Each file imported without a mapping (after its "before" file, when it names one) gives the group and the
    // report its expectation says.
    void importsAsExpected()
    {
        QFETCH(QString, expectation);
        QFile file(expectation);
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.errorString()));
        QJsonParseError parseError;
        const QJsonObject expected = QJsonDocument::fromJson(file.readAll(), &parseError).object();
        QVERIFY2(parseError.error == QJsonParseError::NoError, qPrintable(parseError.errorString()));
        const QStringList shape = checkShape(expected);
        QVERIFY2(shape.isEmpty(), qPrintable(shape.join(QLatin1Char('\n'))));
        const QString data = dataFileOf(expectation);
        QVERIFY2(!data.isEmpty(), qPrintable(QStringLiteral("no single data file for %1").arg(expectation)));
        const QJsonObject options = expected.value(QLatin1String("options")).toObject();

        test::TempWorkspace ws;
        QVERIFY2(ws.isOpen(), qPrintable(ws.errorMessage()));
        const qint64 groupId = makeGroup(ws, QFileInfo(data).completeBaseName());
        const QString before = options.value(QLatin1String("before")).toString();
        if (!before.isEmpty()) {
            const ImportReport first = importFile(ws, before, groupId, options, true);
            QVERIFY2(first.ok, qPrintable(QStringLiteral("%1: %2").arg(before, first.error)));
        }
        const ImportReport report = importFile(ws, data, groupId, options, false);
        QVERIFY2(report.ok, qPrintable(QStringLiteral("%1: %2").arg(data, report.error)));

        QStringList problems = compareReport(expected.value(QLatin1String("report")).toObject(), report);
        QList<QJsonObject> want;
        for (const QJsonValue &c : expected.value(QLatin1String("contacts")).toArray())
            want.append(c.toObject());
        problems += compareContacts(want, contactsOf(ws, groupId));
        if (!problems.isEmpty()) {
            problems.prepend(QStringLiteral("%1 (%2)").arg(data, describe(report)));
            problems.append(
                    QStringLiteral("what the file checks: %1").arg(expected.value(QLatin1String("checks")).toString()));
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    // The table at the top of this file lists every file of the corpus, and only those; every file has its
    // expectation and every expectation its file.
    void corpusTable_listsEveryFile()
    {
        QString source = QDir(corpusDir()).filePath(QStringLiteral("../../unit/tst_importcorpus.cpp"));
        if (!QFileInfo::exists(source))
            source = QString::fromUtf8(__FILE__);
        QFile file(source);
        QVERIFY2(file.open(QIODevice::ReadOnly | QIODevice::Text),
                 qPrintable(source + QStringLiteral(": ") + file.errorString()));
        QSet<QString> listed;
        static const QRegularExpression row(QStringLiteral(R"(^// \| `([^`]+)` +\|)"));
        for (const QByteArray &line : file.readAll().split('\n')) {
            if (!line.startsWith("//"))
                break; // the table is in the comment the file starts with
            if (const QRegularExpressionMatch m = row.match(QString::fromUtf8(line)); m.hasMatch())
                listed.insert(m.captured(1));
        }
        const QStringList files = dataFiles();
        QVERIFY2(!files.isEmpty(), qPrintable(QStringLiteral("no corpus in %1").arg(corpusDir())));
        QStringList problems;
        for (const QString &f : files) {
            if (!listed.contains(f))
                problems.append(QStringLiteral("%1 is not in the table at the top of tst_importcorpus.cpp").arg(f));
            if (!QFileInfo::exists(
                        QDir(corpusDir()).filePath(QFileInfo(f).completeBaseName() + QStringLiteral(".expected.json"))))
                problems.append(QStringLiteral("%1 has no %2.expected.json").arg(f, QFileInfo(f).completeBaseName()));
        }
        for (const QString &f : std::as_const(listed)) {
            if (!files.contains(f))
                problems.append(QStringLiteral("the table lists %1, which the corpus does not have").arg(f));
        }
        const QFileInfoList all = QDir(corpusDir()).entryInfoList(QDir::Files, QDir::Name);
        for (const QFileInfo &f : all) {
            if (isExpectation(f) && dataFileOf(f.filePath()).isEmpty())
                problems.append(QStringLiteral("%1 has no single data file").arg(f.fileName()));
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }
};

QTEST_GUILESS_MAIN(TestImportCorpus)
#include "tst_importcorpus.moc"
