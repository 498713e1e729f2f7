// campaignctl and the GUI executable, run as a user runs them: separate processes on a workspace file.
#include "app/services/demoworkspace.h"
#include "models/database.h"
#include "support/testsupport.h"

#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QStringEncoder>
#include <QTest>

using namespace cm;

namespace {

struct Run
{
    int code = -1;
    QString out;
    QString err;
    QJsonObject json() const { return QJsonDocument::fromJson(out.toUtf8()).object(); }
};

Run runProgram(const QString &program, const QStringList &args, const QByteArray &input = {},
               const QMap<QString, QString> &extraEnvironment = {})
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    for (auto it = extraEnvironment.cbegin(); it != extraEnvironment.cend(); ++it)
        env.insert(it.key(), it.value());
    process.setProcessEnvironment(env);
    process.start(program, args);
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(60000))
        process.kill();
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError())};
}

Run ctl(const QString &db, QStringList args, const QByteArray &input = {},
        const QMap<QString, QString> &environment = {})
{
    return runProgram(QStringLiteral(CAMPAIGNCTL), QStringList {QStringLiteral("--db"), db} + args, input, environment);
}

QStringList words(std::initializer_list<const char *> list)
{
    QStringList result;
    for (const char *w : list)
        result.append(QString::fromUtf8(w));
    return result;
}

// stderr has exactly one line: the error, saying what to fix.
bool isOneLine(const QString &text)
{
    return !text.trimmed().isEmpty() && !text.trimmed().contains(QLatin1Char('\n'));
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString db(const QString &name) const { return m_dir.filePath(name); }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void accounts_addListVerifyRemove()
    {
        const QString path = db(QStringLiteral("accounts.sqlite"));
        Run r = ctl(path,
                    {QStringLiteral("accounts"), QStringLiteral("add"), QStringLiteral("Sandbox TR"),
                     QStringLiteral("--provider"), QStringLiteral("sandbox")});
        QCOMPARE(r.code, 0);
        r = ctl(path, {QStringLiteral("--json"), QStringLiteral("accounts"), QStringLiteral("list")});
        QCOMPARE(r.code, 0);
        const QJsonArray list = r.json().value(QStringLiteral("accounts")).toArray();
        QCOMPARE(list.size(), 1);
        QCOMPARE(list.first()[QStringLiteral("name")].toString(), QStringLiteral("Sandbox TR"));
        QCOMPARE(list.first()[QStringLiteral("provider")].toString(), QStringLiteral("sandbox"));

        r = ctl(path, {QStringLiteral("accounts"), QStringLiteral("verify"), QStringLiteral("Sandbox TR")});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(QStringLiteral("250.00")), qPrintable(r.out));
        r = ctl(path,
                {QStringLiteral("accounts"), QStringLiteral("verify"), QStringLiteral("Sandbox TR"),
                 QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        QCOMPARE(r.json().value(QStringLiteral("balance")).toDouble(), 250.0);
        QVERIFY(r.json().value(QStringLiteral("capabilities"))
                        .toArray()
                        .contains(QStringLiteral("Sends: SMS, Email, Call, WhatsApp")));

        r = ctl(path, {QStringLiteral("accounts"), QStringLiteral("remove"), QStringLiteral("Sandbox TR")});
        QCOMPARE(r.code, 0);
        r = ctl(path, {QStringLiteral("--json"), QStringLiteral("accounts"), QStringLiteral("list")});
        QVERIFY(r.json().value(QStringLiteral("accounts")).toArray().isEmpty());
    }

    void accounts_wrongKeyFromTheEnvironment_failsNamingTheAccount()
    {
        const QString path = db(QStringLiteral("wrongkey.sqlite"));
        QCOMPARE(ctl(path,
                     {QStringLiteral("accounts"), QStringLiteral("add"), QStringLiteral("Demo"),
                      QStringLiteral("--provider"), QStringLiteral("sandbox")})
                         .code,
                 0);
        const Run r = ctl(path, {QStringLiteral("accounts"), QStringLiteral("verify"), QStringLiteral("Demo")}, {},
                          {{QStringLiteral("CM_SECRET_DEMO"), QStringLiteral("invalid")}});
        QCOMPARE(r.code, 1);
        QVERIFY(isOneLine(r.err));
        QVERIFY(r.err.contains(QStringLiteral("Demo")));
        QVERIFY(r.err.contains(QStringLiteral("credentials")));
    }

    void accounts_refusesUnknownProvidersDuplicatesAndBadUrls()
    {
        const QString path = db(QStringLiteral("refuse.sqlite"));
        Run r = ctl(path,
                    {QStringLiteral("accounts"), QStringLiteral("add"), QStringLiteral("X"),
                     QStringLiteral("--provider"), QStringLiteral("pigeon")});
        QCOMPARE(r.code, 1);
        QVERIFY(isOneLine(r.err) && r.err.contains(QStringLiteral("pigeon")));
        QCOMPARE(ctl(path,
                     {QStringLiteral("accounts"), QStringLiteral("add"), QStringLiteral("X"),
                      QStringLiteral("--provider"), QStringLiteral("sandbox")})
                         .code,
                 0);
        r = ctl(path,
                {QStringLiteral("accounts"), QStringLiteral("add"), QStringLiteral("X"), QStringLiteral("--provider"),
                 QStringLiteral("sandbox")});
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains(QStringLiteral("exists already")));
        r = ctl(path,
                {QStringLiteral("accounts"), QStringLiteral("add"), QStringLiteral("Y"), QStringLiteral("--provider"),
                 QStringLiteral("sandbox"), QStringLiteral("--base-url"), QStringLiteral("http://api.example.com")});
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains(QStringLiteral("https://")));
        r = ctl(path, {QStringLiteral("accounts"), QStringLiteral("verify"), QStringLiteral("Nobody")});
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains(QStringLiteral("Nobody")));
    }

    void accounts_secretFromStdinGoesToTheKeychainOnly()
    {
        if (qEnvironmentVariableIntValue("CM_TEST_KEYCHAIN") != 1)
            QSKIP("needs an unlocked gnome-keyring on a private D-Bus session: run tests/run.sh");
        const QString path = db(QStringLiteral("keyed.sqlite"));
        const QByteArray secret = "cli-secret-5b4a39281706";
        Run r = ctl(path,
                    {QStringLiteral("accounts"), QStringLiteral("add"), QStringLiteral("Keyed"),
                     QStringLiteral("--provider"), QStringLiteral("sandbox"), QStringLiteral("--secret-stdin")},
                    secret + "\n");
        QVERIFY2(r.code == 0, qPrintable(r.err));
        r = ctl(path, {QStringLiteral("accounts"), QStringLiteral("verify"), QStringLiteral("Keyed")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(!test::fileBytes(path).contains(secret));
        QVERIFY(!test::fileBytes(path + QStringLiteral("-wal")).contains(secret));
        QCOMPARE(ctl(path, {QStringLiteral("accounts"), QStringLiteral("remove"), QStringLiteral("Keyed")}).code, 0);
    }

    void groups_createAndList()
    {
        const QString path = db(QStringLiteral("groups.sqlite"));
        QCOMPARE(ctl(path,
                     {QStringLiteral("accounts"), QStringLiteral("add"), QStringLiteral("SB"),
                      QStringLiteral("--provider"), QStringLiteral("sandbox")})
                         .code,
                 0);
        Run r = ctl(path,
                    {QStringLiteral("groups"), QStringLiteral("create"), QStringLiteral("VIP İstanbul"),
                     QStringLiteral("--account"), QStringLiteral("SB")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(ctl(path, {QStringLiteral("groups"), QStringLiteral("create"), QStringLiteral("Other")}).code, 0);
        r = ctl(path, {QStringLiteral("groups"), QStringLiteral("create"), QStringLiteral("VIP İstanbul")});
        QCOMPARE(r.code, 1);
        QVERIFY(isOneLine(r.err));
        r = ctl(path, {QStringLiteral("--json"), QStringLiteral("groups"), QStringLiteral("list")});
        QCOMPARE(r.json().value(QStringLiteral("groups")).toArray().size(), 2);
        r = ctl(path,
                {QStringLiteral("--json"), QStringLiteral("groups"), QStringLiteral("list"),
                 QStringLiteral("--account"), QStringLiteral("SB")});
        const QJsonArray mine = r.json().value(QStringLiteral("groups")).toArray();
        QCOMPARE(mine.size(), 1);
        QCOMPARE(mine.first()[QStringLiteral("name")].toString(), QStringLiteral("VIP İstanbul"));
        QCOMPARE(mine.first()[QStringLiteral("contacts")].toInt(), 0);
        QCOMPARE(mine.first()[QStringLiteral("account")].toString(), QStringLiteral("SB"));
        r = ctl(path,
                {QStringLiteral("groups"), QStringLiteral("list"), QStringLiteral("--account"),
                 QStringLiteral("Nope")});
        QCOMPARE(r.code, 1);
    }

    void contacts_importExportUndo()
    {
        const QString path = db(QStringLiteral("contacts.sqlite"));
        const QString turkish = m_dir.filePath(QStringLiteral("musteriler.csv"));
        {
            QFile file(turkish);
            QVERIFY(file.open(QIODevice::WriteOnly));
            QStringEncoder encoder("windows-1254");
            file.write(encoder.encode(QString::fromUtf8("Ad;Soyad;E-posta;Cep Telefonu;Şehir\r\n"
                                                        "Ayşe;Yılmaz;ayse@example.com;0532 612 48 37;İstanbul\r\n"
                                                        "Çağrı;Öztürk;cagri@example;;Muğla\r\n")));
        }
        Run r = ctl(path,
                    {QStringLiteral("--json"), QStringLiteral("contacts"), QStringLiteral("import"), turkish,
                     QStringLiteral("--group"), QStringLiteral("VIP"), QStringLiteral("--region"),
                     QStringLiteral("TR")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QJsonObject report = r.json();
        {
            // The same report as a CSV for Excel, with the invalid line and its reason.
            const QString reportPath = m_dir.filePath(QStringLiteral("report.csv"));
            Run again = ctl(path,
                            {QStringLiteral("contacts"), QStringLiteral("import"), turkish, QStringLiteral("--group"),
                             QStringLiteral("VIP report"), QStringLiteral("--report"), reportPath});
            QVERIFY2(again.code == 0, qPrintable(again.err));
            QFile csv(reportPath);
            QVERIFY(csv.open(QIODevice::ReadOnly));
            const QByteArray bytes = csv.readAll();
            QVERIFY(bytes.startsWith("\xEF\xBB\xBF")); // a BOM, for Excel
            const QString text = QString::fromUtf8(bytes);
            QVERIFY2(text.contains(QStringLiteral("\n3,")), qPrintable(text));
            QVERIFY(text.contains(QStringLiteral("cagri@example")));
            QVERIFY(ctl(path,
                        {QStringLiteral("groups"), QStringLiteral("delete"), QStringLiteral("VIP report"),
                         QStringLiteral("--yes")})
                            .code
                    == 0);
        }
        QCOMPARE(report.value(QStringLiteral("imported")).toInt(), 1);
        QCOMPARE(report.value(QStringLiteral("header_row")).toBool(), true);
        const QJsonArray invalid = report.value(QStringLiteral("invalid")).toArray();
        QCOMPARE(invalid.size(), 1);
        QCOMPARE(invalid.first()[QStringLiteral("line")].toInt(), 3);

        // A file without column names: its first row is a contact, and the columns are numbered.
        const QString bare = m_dir.filePath(QStringLiteral("bare.csv"));
        {
            QFile file(bare);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("Mehmet,0533 111 22 44\nZeynep,0534 222 33 55\n");
        }
        const QStringList importBare = {QStringLiteral("contacts"), QStringLiteral("import"), bare,
                                        QStringLiteral("--group"), QStringLiteral("VIP")};
        r = ctl(path, importBare);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("--header yes")), qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral("2 new")), qPrintable(r.out));
        r = ctl(path, importBare + QStringList {QStringLiteral("--header"), QStringLiteral("maybe")});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains(QStringLiteral("--header")));

        const QString out = m_dir.filePath(QStringLiteral("vip.csv"));
        r = ctl(path,
                {QStringLiteral("contacts"), QStringLiteral("export"), out, QStringLiteral("--group"),
                 QStringLiteral("VIP")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QFile exported(out);
        QVERIFY(exported.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(exported.readAll());
        QCOMPARE(text.count(QLatin1Char('\n')), 4); // the header and three contacts
        QVERIFY(text.contains(QString::fromUtf8("Ayşe")));
        QVERIFY2(text.contains(QStringLiteral("+905331112244")), qPrintable(text));

        r = ctl(path,
                {QStringLiteral("contacts"), QStringLiteral("undo-import"),
                 QString::number(report.value(QStringLiteral("import_id")).toInteger())});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        r = ctl(path, {QStringLiteral("--json"), QStringLiteral("groups"), QStringLiteral("list")});
        QCOMPARE(r.json().value(QStringLiteral("groups")).toArray().first()[QStringLiteral("contacts")].toInt(), 2);
    }

    // An update file changes only what it holds (--empty-cells clear to clear), an Excel workbook goes out and back
    // in, and the flags say what they take.
    void contacts_updateFileAndWorkbook()
    {
        const QString path = db(QStringLiteral("workbook.sqlite"));
        const auto L = [](const char *text) { return QString::fromUtf8(text); };
        const auto write = [this](const char *name, const char *text) {
            const QString file = m_dir.filePath(QString::fromUtf8(name));
            QFile f(file);
            f.open(QIODevice::WriteOnly);
            f.write(text);
            return file;
        };
        const QString base = write("base.csv",
                                   "E-mail Address,First Name,Mobile Phone,Business Phone,Tier\n"
                                   "ayse@example.com,Ayşe,0532 612 48 37,0212 555 12 12,Gold\n"
                                   "can@example.com,Can,0533 111 22 33,,Silver\n");
        Run r = ctl(path, {L("--json"), L("contacts"), L("import"), base, L("--group"), L("B2B")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(r.json().value(L("imported")).toInt(), 2);
        const QString changes = write("changes.csv", "E-mail Address,Tier\nayse@example.com,\ncan@example.com,Gold\n");
        r = ctl(path,
                {L("--json"), L("contacts"), L("import"), changes, L("--group"), L("B2B"), L("--on-duplicate"),
                 L("update")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(r.json().value(L("updated")).toInt(), 2);
        r = ctl(path, {L("contacts"), L("import"), changes, L("--group"), L("B2B"), L("--empty-cells"), L("clear")});
        QCOMPARE(r.code, 2); // only with updates
        QVERIFY2(r.err.contains(L("--on-duplicate update")), qPrintable(r.err));

        const QString book = m_dir.filePath(L("b2b.xlsx"));
        r = ctl(path, {L("contacts"), L("export"), book, L("--group"), L("B2B")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(QFile(book).open(QIODevice::ReadOnly));
        QVERIFY(test::fileBytes(book).startsWith("PK"));
        r = ctl(path, {L("--json"), L("contacts"), L("import"), book, L("--group"), L("Copy")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(r.json().value(L("imported")).toInt(), 2);
        r = ctl(path, {L("--json"), L("contacts"), L("list"), L("--group"), L("Copy")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QString listed = QString::fromUtf8(QJsonDocument(r.json()).toJson());
        // The mobile is the phone; the business number is kept as written, as text through the workbook.
        QVERIFY2(listed.contains(L("+905326124837")) && listed.contains(L("0212 555 12 12")), qPrintable(listed));
        QVERIFY2(listed.contains(L("\"Gold\"")) && !listed.contains(L("Silver")), qPrintable(listed)); // the updates
        r = ctl(path, {L("contacts"), L("import"), book, L("--group"), L("Copy"), L("--sheet"), L("Nope")});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(L("Nope")), qPrintable(r.err));
    }

    void contacts_browseEditAndSuppress()
    {
        const QString path = db(QStringLiteral("browse.sqlite"));
        const auto L = [](const char *text) { return QString::fromUtf8(text); };
        QCOMPARE(ctl(path, {L("groups"), L("create"), L("Müşteriler")}).code, 0);
        Run r = ctl(path,
                    {L("contacts"), L("add"), L("--group"), L("Müşteriler"), L("--email"), L("Ayse@Example.com"),
                     L("--phone"), L("0532 612 48 37"), L("--first-name"), L("Ayşe"), L("--last-name"), L("Yılmaz"),
                     L("--city"), L("İstanbul"), L("--field"), L("tier=gold")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(ctl(path,
                     {L("contacts"), L("add"), L("--group"), L("Müşteriler"), L("--email"), L("jose@example.es"),
                      L("--first-name"), L("José"), L("--city"), L("Madrid")})
                         .code,
                 0);
        r = ctl(path, {L("contacts"), L("add"), L("--group"), L("Müşteriler"), L("--email"), L("ayse@example.com")});
        QCOMPARE(r.code, 1); // a duplicate, said so
        QVERIFY2(r.err.contains(L("ayse@example.com")), qPrintable(r.err));
        r = ctl(path, {L("contacts"), L("add"), L("--group"), L("Müşteriler"), L("--phone"), L("12")});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(L("country code")), qPrintable(r.err));

        // Search folds accents; sort by a field, reversed.
        r = ctl(path, {L("--json"), L("contacts"), L("list"), L("--group"), L("Müşteriler"), L("--search"), L("ayse")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QJsonArray list = r.json().value(L("contacts")).toArray();
        QCOMPARE(list.size(), 1);
        QCOMPARE(list.first()[L("phone")].toString(), L("+905326124837"));
        QCOMPARE(list.first()[L("fields")][L("tier")].toString(), L("gold"));
        QCOMPARE(r.json().value(L("total")).toInt(), 2);
        r = ctl(path,
                {L("--json"), L("contacts"), L("list"), L("--group"), L("Müşteriler"), L("--sort"),
                 L("first_name:desc")});
        list = r.json().value(L("contacts")).toArray();
        QCOMPARE(list.size(), 2);
        QCOMPARE(list.first()[L("first_name")].toString(), L("José"));
        QCOMPARE(ctl(path, {L("contacts"), L("list"), L("--group"), L("Müşteriler"), L("--sort"), L("shoe")}).code, 2);

        // Export of a search result only.
        const QString out = m_dir.filePath(L("madrid.csv"));
        r = ctl(path, {L("contacts"), L("export"), out, L("--group"), L("Müşteriler"), L("--search"), L("madrid")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QFile exported(out);
        QVERIFY(exported.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(exported.readAll());
        QCOMPARE(text.count(QLatin1Char('\n')), 2);
        QVERIFY(text.contains(L("jose@example.es")));

        // Suppression list: add, export, remove, import back.
        r = ctl(path,
                {L("suppressions"), L("add"), L("+90 532 612 48 37"), L("jose@example.es"), L("--reason"), L("block")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(ctl(path, {L("suppressions"), L("add"), L("not-an-address")}).code, 1);
        const QString suppressed = m_dir.filePath(L("suppressed.csv"));
        QCOMPARE(ctl(path, {L("suppressions"), L("export"), suppressed, L("--bom")}).code, 0);
        QCOMPARE(ctl(path, {L("suppressions"), L("remove"), L("jose@example.es"), L("+905326124837")}).code, 0);
        r = ctl(path, {L("--json"), L("suppressions"), L("list")});
        QCOMPARE(r.json().value(L("suppressions")).toArray().size(), 0);
        {
            QFile file(suppressed);
            QVERIFY(file.open(QIODevice::Append));
            file.write("nobody-at-example.com,email,opt_out,,\n");
        }
        r = ctl(path, {L("--json"), L("suppressions"), L("import"), suppressed});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(r.json().value(L("added")).toInt(), 2);
        QCOMPARE(r.json().value(L("invalid")).toArray().size(), 1);
        QCOMPARE(r.json().value(L("invalid")).toArray().first()[L("line")].toInt(), 4);
        r = ctl(path, {L("--json"), L("suppressions"), L("list")});
        const QJsonArray entries = r.json().value(L("suppressions")).toArray();
        QCOMPARE(entries.size(), 2);
        QStringList addresses;
        for (const QJsonValue &e : entries)
            addresses.append(e[L("address")].toString() + L("/") + e[L("reason")].toString());
        addresses.sort();
        QCOMPARE(addresses, (QStringList {L("+905326124837/block"), L("jose@example.es/block")}));

        // Groups: rename, merge (duplicates stay in the target), delete with --yes.
        QCOMPARE(ctl(path, {L("groups"), L("rename"), L("Müşteriler"), L("VIP")}).code, 0);
        QCOMPARE(ctl(path, {L("groups"), L("create"), L("Spain")}).code, 0);
        QCOMPARE(
                ctl(path, {L("contacts"), L("add"), L("--group"), L("Spain"), L("--email"), L("jose@example.es")}).code,
                0);
        r = ctl(path, {L("--json"), L("groups"), L("merge"), L("VIP"), L("--into"), L("Spain")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(r.json().value(L("moved")).toInt(), 1);
        QCOMPARE(r.json().value(L("duplicates")).toInt(), 1);
        QCOMPARE(ctl(path, {L("contacts"), L("delete"), L("--group"), L("Spain"), L("nobody@example.com")}).code, 1);
        QCOMPARE(ctl(path, {L("contacts"), L("delete"), L("--group"), L("Spain"), L("0532 612 48 37")}).code, 0);
        QCOMPARE(ctl(path, {L("groups"), L("delete"), L("Spain")}).code, 1); // it has a contact: --yes
        QCOMPARE(ctl(path, {L("groups"), L("delete"), L("Spain"), L("--yes")}).code, 0);
        r = ctl(path, {L("--json"), L("groups"), L("list")});
        QCOMPARE(r.json().value(L("groups")).toArray().size(), 0);
    }

    void demoWorkspace_listsTemplatesCampaignsAndReport()
    {
        const QString path = db(QStringLiteral("demo.sqlite"));
        {
            ManualClock clock(test::testNow());
            Workspace ws(path, &clock);
            QVERIFY(!ws.open());
            QVERIFY(!DemoWorkspace::populate(ws));
        }
        Run r = ctl(path, {QStringLiteral("--json"), QStringLiteral("templates"), QStringLiteral("list")});
        QCOMPARE(r.code, 0);
        QCOMPARE(r.json().value(QStringLiteral("templates")).toArray().size(), 4);
        r = ctl(path, {QStringLiteral("--json"), QStringLiteral("campaigns"), QStringLiteral("list")});
        QCOMPARE(r.code, 0);
        const QJsonArray campaigns = r.json().value(QStringLiteral("campaigns")).toArray();
        QCOMPARE(campaigns.size(), 3);
        QStringList states;
        for (const QJsonValue &c : campaigns)
            states.append(c[QStringLiteral("state")].toString());
        QVERIFY(states.contains(QStringLiteral("sent")) && states.contains(QStringLiteral("scheduled")));
        r = ctl(path, {QStringLiteral("campaigns"), QStringLiteral("list")});
        QVERIFY(r.out.contains(QStringLiteral("March newsletter")));

        r = ctl(path,
                {QStringLiteral("--json"), QStringLiteral("reports"), QStringLiteral("show"),
                 QStringLiteral("March newsletter")});
        QCOMPARE(r.code, 0);
        const QJsonObject report = r.json();
        for (const char *key : {"sent", "delivered", "failed", "opened", "clicked", "bounced", "unsubscribed"})
            QVERIFY2(report.contains(QLatin1String(key)), key);
        QCOMPARE(report.value(QStringLiteral("sent")).toInt(), 180);
        r = ctl(path, {QStringLiteral("reports"), QStringLiteral("show"), QStringLiteral("Weekend flash sale")});
        QCOMPARE(r.code, 1);
        QVERIFY(isOneLine(r.err));
        // The per-recipient report as CSV: every recipient once, their state as the status says, and the links.
        const QString csv = db(QStringLiteral("march.csv"));
        r = ctl(path, words({"reports", "export", "March newsletter"}) + QStringList {csv, QStringLiteral("--bom")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"
                                 "address,state,provider_id,error")); // a BOM, for Excel
        const QStringList lines = QString::fromUtf8(bytes).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 181);
        int bounced = 0, withLinks = 0;
        for (const QString &line : lines.mid(1)) {
            bounced += line.section(QLatin1Char(','), 1, 1) == QLatin1String("bounced");
            withLinks += line.contains(QStringLiteral(",https://"));
        }
        r = ctl(path, words({"--json", "campaigns", "status", "March newsletter"}));
        QCOMPARE(bounced,
                 r.json().value(QStringLiteral("recipients")).toObject().value(QStringLiteral("bounced")).toInt());
        QVERIFY(withLinks > 0);
        // Everyone who clicked, as a new group to follow up.
        r = ctl(path,
                words({"--json", "reports", "retarget", "March newsletter", "--who", "clicked", "--group",
                       "Clicked in March"}));
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(r.json().value(QStringLiteral("contacts")).toInt(), withLinks);
        r = ctl(path, words({"--json", "contacts", "list", "--group", "Clicked in March"}));
        QCOMPARE(r.json().value(QStringLiteral("contacts")).toArray().size(), withLinks);
        QCOMPARE(ctl(path,
                     words({"reports", "retarget", "March newsletter", "--who", "clicked", "--group",
                            "Clicked in March"}))
                         .code,
                 1); // the name is taken
        QCOMPARE(ctl(path, words({"reports", "retarget", "March newsletter", "--who", "danced", "--group", "X"})).code,
                 2);
        // Side by side: the newsletter's rates from its report; the SMS campaign, never sent, reports no rate.
        r = ctl(path, words({"--json", "reports", "compare", "March newsletter", "Weekend flash sale"}));
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QJsonArray compared = r.json().value(QStringLiteral("campaigns")).toArray();
        QCOMPARE(compared.size(), 2);
        const QJsonObject march = compared.at(0).toObject();
        QCOMPARE(march.value(QStringLiteral("sent")).toInt(), 180);
        QCOMPARE(march.value(QStringLiteral("delivery_rate")).toDouble(),
                 report.value(QStringLiteral("delivered")).toDouble() / 180.0);
        QVERIFY(march.value(QStringLiteral("open_rate")).toDouble() > 0);
        QVERIFY(compared.at(1).toObject().value(QStringLiteral("delivery_rate")).isNull());
        r = ctl(path, words({"reports", "export", "Nobody"}) + QStringList {csv});
        QCOMPARE(r.code, 1);
        QVERIFY(isOneLine(r.err));
    }

    void badUsage_exitsWithTwo()
    {
        const QString path = db(QStringLiteral("usage.sqlite"));
        QCOMPARE(runProgram(QStringLiteral(CAMPAIGNCTL), {}).code, 2);
        QCOMPARE(ctl(path, {QStringLiteral("frobnicate")}).code, 2);
        QCOMPARE(ctl(path, {QStringLiteral("accounts"), QStringLiteral("add"), QStringLiteral("X")}).code, 2);
        QCOMPARE(ctl(path,
                     {QStringLiteral("accounts"), QStringLiteral("add"), QStringLiteral("X"),
                      QStringLiteral("--colour"), QStringLiteral("red")})
                         .code,
                 2);
        QCOMPARE(runProgram(QStringLiteral(CAMPAIGNCTL),
                            {QStringLiteral("accounts"), QStringLiteral("list"), QStringLiteral("--db")})
                         .code,
                 2);
        QCOMPARE(runProgram(QStringLiteral(CAMPAIGNCTL), {QStringLiteral("--help")}).code, 0);
    }

    void badDatabase_exitsWithOneAndLeavesTheFileAlone()
    {
        const QString path = db(QStringLiteral("contacts.csv"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("email;first_name\nayse@example.com;Ayşe\n");
        file.close();
        const QByteArray before = test::fileBytes(path);
        const Run r = ctl(path, {QStringLiteral("accounts"), QStringLiteral("list")});
        QCOMPARE(r.code, 1);
        QVERIFY(isOneLine(r.err));
        QVERIFY(r.err.contains(path));
        QCOMPARE(test::fileBytes(path), before);

        const QString newer = db(QStringLiteral("newer.sqlite"));
        {
            Database d(newer);
            QVERIFY(!d.open());
            QVERIFY(QSqlQuery(d.connection()).exec(QStringLiteral("PRAGMA user_version = 42")));
        }
        const Run n = ctl(newer, {QStringLiteral("groups"), QStringLiteral("list")});
        QCOMPARE(n.code, 1);
        QVERIFY(n.err.contains(QStringLiteral("newer")));
    }

    void gui_screenshotRendersTheDemoWorkspace()
    {
        const QString path = db(QStringLiteral("gui.sqlite"));
        const QString png = db(QStringLiteral("reports.png"));
        const Run r = runProgram(QStringLiteral(CAMPAIGN_MANAGER),
                                 {QStringLiteral("--db"), path, QStringLiteral("--pane"), QStringLiteral("reports"),
                                  QStringLiteral("--screenshot"), png});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QImage image(png);
        QVERIFY(!image.isNull());
        QCOMPARE(image.size(), QSize(1280, 800));
        // The first start made the demo workspace, which the CLI now reads.
        const Run list = ctl(path, {QStringLiteral("--json"), QStringLiteral("campaigns"), QStringLiteral("list")});
        QCOMPARE(list.json().value(QStringLiteral("campaigns")).toArray().size(), 3);
    }

    void gui_noDemoStartsEmpty()
    {
        const QString path = db(QStringLiteral("empty.sqlite"));
        const Run r = runProgram(QStringLiteral(CAMPAIGN_MANAGER),
                                 {QStringLiteral("--db"), path, QStringLiteral("--no-demo"),
                                  QStringLiteral("--screenshot"), db(QStringLiteral("empty.png"))});
        QCOMPARE(r.code, 0);
        const Run list = ctl(path, {QStringLiteral("--json"), QStringLiteral("accounts"), QStringLiteral("list")});
        QVERIFY(list.json().value(QStringLiteral("accounts")).toArray().isEmpty());
    }

    void gui_refusesBadArguments()
    {
        QCOMPARE(runProgram(QStringLiteral(CAMPAIGN_MANAGER),
                            {QStringLiteral("--db"), db(QStringLiteral("x.sqlite")), QStringLiteral("--pane"),
                             QStringLiteral("inbox"), QStringLiteral("--screenshot"), db(QStringLiteral("x.png"))})
                         .code,
                 2);
        const QString text = db(QStringLiteral("notes.txt"));
        QFile file(text);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("not a database");
        file.close();
        const Run r = runProgram(
                QStringLiteral(CAMPAIGN_MANAGER),
                {QStringLiteral("--db"), text, QStringLiteral("--screenshot"), db(QStringLiteral("y.png"))});
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains(text));
    }

    void gui_helpAndVersion_needNoDisplay()
    {
        // As on a server or in a package check: no X11, no Wayland, no platform plugin chosen.
        const auto run = [](const QString &option) {
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            for (const char *name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"})
                env.remove(QString::fromLatin1(name));
            QProcess process;
            process.setProcessEnvironment(env);
            process.start(QStringLiteral(CAMPAIGN_MANAGER), {option});
            if (!process.waitForFinished(60000))
                process.kill();
            return Run {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
                        QString::fromUtf8(process.readAllStandardOutput()),
                        QString::fromUtf8(process.readAllStandardError())};
        };
        const Run help = run(QStringLiteral("--help"));
        QVERIFY2(help.code == 0, qPrintable(help.err));
        QVERIFY2(help.out.contains(QLatin1String("Usage:")), qPrintable(help.out));
        for (const char *option : {"--db <PATH>", "--no-demo", "--lang <CODE>", "--pane <NAME>", "--screenshot <FILE>",
                                   "--appearance <MODE>", "--version"})
            QVERIFY2(help.out.contains(QLatin1String(option)), option);

        const Run version = run(QStringLiteral("--version"));
        QVERIFY2(version.code == 0, qPrintable(version.err));
        QCOMPARE(version.out.trimmed(), QStringLiteral("campaign-manager " CM_VERSION));
    }

    void templates_addRenderDelete()
    {
        const QString path = db(QStringLiteral("templates.sqlite"));
        QCOMPARE(ctl(path, words({"groups", "create", "Müşteriler"})).code, 0);
        QCOMPARE(ctl(path,
                     words({"contacts", "add", "--group", "Müşteriler", "--phone", "+905321234567", "--first-name",
                            "ayşe", "--field", "tier=Gold"}))
                         .code,
                 0);
        Run r = ctl(path,
                    words({"templates", "add", "Kısa", "--channel", "sms", "--body",
                           "Merhaba {{first_name|capitalize}}, {{tier|upper}} üyemize {{gift}} – bugün"}));
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(QStringLiteral("Unicode")));
        r = ctl(path, words({"templates", "add", "Kısa", "--channel", "sms", "--body", "x"}));
        QCOMPARE(r.code, 1);
        QVERIFY(isOneLine(r.err) && r.err.contains(QStringLiteral("exists")));
        r = ctl(path, words({"templates", "add", "Broken", "--channel", "sms", "--body", "{{name|shout}}"}));
        QCOMPARE(r.code, 1);
        r = ctl(path,
                words({"templates", "add", "Mail", "--channel", "email", "--subject", "Hi", "--body", "<p>Hi</p>"}));
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("unsubscribe_url")), qPrintable(r.err)); // marketing needs the link
        QCOMPARE(ctl(path,
                     words({"templates", "add", "Mail", "--channel", "email", "--subject", "Hi", "--body", "<p>Hi</p>",
                            "--transactional"}))
                         .code,
                 0);

        r = ctl(path, words({"--json", "templates", "render", "Kısa", "--contact", "+90 532 123 45 67"}));
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QJsonObject rendered = r.json();
        QCOMPARE(rendered.value(QStringLiteral("body")).toString(),
                 QString::fromUtf8("Merhaba Ayşe, GOLD üyemize  – bugün"));
        QCOMPARE(rendered.value(QStringLiteral("encoding")).toString(), QStringLiteral("ucs2"));
        QCOMPARE(rendered.value(QStringLiteral("parts")).toInt(), 1);
        QCOMPARE(rendered.value(QStringLiteral("missing_fields")).toArray(), QJsonArray {QStringLiteral("gift")});
        r = ctl(path, words({"templates", "render", "Kısa", "--contact", "+905321234567", "--group", "Müşteriler"}));
        QVERIFY(r.out.contains(QString::fromUtf8("Merhaba Ayşe")) && r.out.contains(QStringLiteral("gift")));
        r = ctl(path, words({"templates", "render", "Kısa", "--contact", "+905329999999"}));
        QCOMPARE(r.code, 1);
        QVERIFY(isOneLine(r.err));
        QCOMPARE(ctl(path, words({"templates", "delete", "Mail"})).code, 0);
        r = ctl(path, words({"--json", "templates", "list"}));
        QCOMPARE(r.json().value(QStringLiteral("templates")).toArray().size(), 1);
    }

    // A send that nobody received is a failure for scripts (exit 1), with the reasons and how many each stopped.
    void campaigns_sendThatAcceptsNothing_exitsOneWithTheReasons()
    {
        const QString path = db(QStringLiteral("nothing.sqlite"));
        QCOMPARE(ctl(path, words({"accounts", "add", "Sbx", "--provider", "sandbox"})).code, 0);
        QCOMPARE(ctl(path, words({"groups", "create", "A"})).code, 0);
        for (const char *email : {"reject1@example.com", "reject2@example.com"}) // the sandbox refuses them
            QCOMPARE(ctl(path, words({"contacts", "add", "--group", "A", "--email", email})).code, 0);
        QCOMPARE(ctl(path,
                     words({"templates", "add", "T", "--channel", "email", "--subject", "Hi", "--body",
                            "<p>Receipt</p>", "--transactional"}))
                         .code,
                 0);
        QCOMPARE(ctl(path,
                     words({"campaigns", "create", "C", "--account", "Sbx", "--group", "A", "--template", "T",
                            "--sender", "shop@example.com"}))
                         .code,
                 0);
        const Run r = ctl(path, words({"campaigns", "send", "C"}));
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("Nothing was accepted")), qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("2 recipient"))
                         && r.err.contains(QStringLiteral("rejected by the sandbox")),
                 qPrintable(r.err));
    }

    // A key the provider refuses stops the send at its first request and says so: exit 1, nothing accepted.
    void campaigns_sendWithARefusedKey_stopsAndExitsOne()
    {
        const QString path = db(QStringLiteral("wrongkey-send.sqlite"));
        const QMap<QString, QString> wrong {{QStringLiteral("CM_SECRET_SBX"), QStringLiteral("invalid")}};
        QCOMPARE(ctl(path, words({"accounts", "add", "Sbx", "--provider", "sandbox"}), {}, wrong).code, 0);
        QCOMPARE(ctl(path, words({"groups", "create", "A"})).code, 0);
        for (const char *phone : {"+905321110001", "+905321110002"})
            QCOMPARE(ctl(path, words({"contacts", "add", "--group", "A", "--phone", phone})).code, 0);
        QCOMPARE(ctl(path, words({"templates", "add", "T", "--channel", "sms", "--body", "Sale today"})).code, 0);
        QCOMPARE(ctl(path, words({"campaigns", "create", "C", "--account", "Sbx", "--group", "A", "--template", "T"}))
                         .code,
                 0);
        const Run r = ctl(path, words({"campaigns", "send", "C"}), {}, wrong);
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("Invalid API key")), qPrintable(r.err));
        const Run status = ctl(path, words({"--json", "campaigns", "status", "C"}));
        QCOMPARE(status.json().value(QStringLiteral("recipients")).toObject().value(QStringLiteral("accepted")).toInt(),
                 0);
    }

    // "My time zone" is saved as its id: a campaign made in Warsaw keeps Warsaw's quiet hours when cron runs
    // campaignctl with TZ=UTC (before, the empty zone meant UTC there, and 20:30 in Warsaw was inside 09:00–20:00).
    void campaigns_myTimeZone_isSavedAsItsId_andKeepsItsWindowUnderUtc()
    {
        const QString path = db(QStringLiteral("myzone.sqlite"));
        const auto at = [](const char *now, const char *tz) {
            return QMap<QString, QString> {{QStringLiteral("CM_NOW"), QString::fromUtf8(now)},
                                           {QStringLiteral("TZ"), QString::fromUtf8(tz)},
                                           {QStringLiteral("CM_SECRET_SBX"), QStringLiteral("x")}};
        };
        const auto warsaw = at("2026-03-16T12:00:00Z", "Europe/Warsaw");
        QCOMPARE(ctl(path, words({"accounts", "add", "Sbx", "--provider", "sandbox"}), {}, warsaw).code, 0);
        QCOMPARE(ctl(path, words({"groups", "create", "A"})).code, 0);
        QCOMPARE(ctl(path, words({"contacts", "add", "--group", "A", "--phone", "+905321110001"})).code, 0);
        QCOMPARE(ctl(path, words({"templates", "add", "T", "--channel", "sms", "--body", "Sale today"})).code, 0);
        Run r = ctl(path,
                    words({"campaigns", "create", "Quiet", "--account", "Sbx", "--group", "A", "--template", "T",
                           "--window", "09:00-20:00"}),
                    {}, warsaw);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        r = ctl(path, words({"--json", "campaigns", "list"}), {}, at("2026-03-16T12:00:00Z", "UTC"));
        QCOMPARE(r.json().value(QStringLiteral("campaigns")).toArray().first()[QStringLiteral("time_zone")].toString(),
                 QStringLiteral("Europe/Warsaw"));
        // 19:30 UTC is 20:30 in Warsaw: outside its window, though inside 09:00–20:00 in UTC.
        r = ctl(path, words({"campaigns", "send", "Quiet"}), {}, at("2026-03-16T19:30:00Z", "UTC"));
        QVERIFY2(r.code == 0 && r.out.contains(QStringLiteral("paused")), qPrintable(r.out + r.err));
        r = ctl(path, words({"--json", "campaigns", "status", "Quiet"}));
        QCOMPARE(r.json().value(QStringLiteral("recipients")).toObject().value(QStringLiteral("pending")).toInt(), 1);
        // It opens at 09:00 in Warsaw, 08:00 UTC.
        r = ctl(path, words({"run-due"}), {}, at("2026-03-17T07:59:00Z", "UTC"));
        QVERIFY2(r.out.contains(QStringLiteral("Nothing is due")), qPrintable(r.out + r.err));
        r = ctl(path, words({"run-due"}), {}, at("2026-03-17T08:00:00Z", "UTC"));
        QVERIFY2(r.code == 0 && r.out.contains(QStringLiteral("1 accepted")), qPrintable(r.out + r.err));
        // Scheduled without --tz, it keeps the zone it was made in.
        QCOMPARE(ctl(path, words({"campaigns", "clone", "Quiet", "Later"})).code, 0);
        r = ctl(path, words({"--json", "campaigns", "schedule", "Later", "--at", "2026-03-20 10:00", "--in-app"}), {},
                at("2026-03-16T12:00:00Z", "UTC"));
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(r.json().value(QStringLiteral("scheduled_at")).toString(), QStringLiteral("2026-03-20T09:00:00Z"));
    }

    void campaigns_scheduleRunDueCancelClone()
    {
        const QString path = db(QStringLiteral("schedule.sqlite"));
        const QMap<QString, QString> secret {{QStringLiteral("CM_SECRET_SBX"), QStringLiteral("x")}};
        QCOMPARE(ctl(path, words({"accounts", "add", "Sbx", "--provider", "sandbox"}), {}, secret).code, 0);
        for (const char *group : {"A", "B"})
            QCOMPARE(ctl(path, words({"groups", "create", group})).code, 0);
        for (const char *phone : {"+905321110001", "+905321110002", "+905321110003"})
            QCOMPARE(ctl(path, words({"contacts", "add", "--group", "A", "--phone", phone})).code, 0);
        QCOMPARE(ctl(path, words({"contacts", "add", "--group", "B", "--phone", "+905321110003"})).code, 0);
        QCOMPARE(ctl(path, words({"templates", "add", "T", "--channel", "sms", "--body", "Sale today"})).code, 0);
        const QMap<QString, QString> monday {{QStringLiteral("CM_NOW"), QStringLiteral("2026-11-30T08:00:00Z")},
                                             {QStringLiteral("CM_SECRET_SBX"), QStringLiteral("x")}};
        Run r = ctl(path,
                    words({"--json", "campaigns", "create", "Tuesday", "--account", "Sbx", "--group", "A",
                           "--exclude-group", "B", "--template", "T", "--at", "2026-12-01 10:00", "--tz",
                           "Europe/Istanbul", "--window", "09:00-20:00"}),
                    {}, monday);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(r.json().value(QStringLiteral("recipients")).toInt(), 2);
        QCOMPARE(r.json().value(QStringLiteral("state")).toString(), QStringLiteral("scheduled"));
        QCOMPARE(r.json().value(QStringLiteral("scheduled_at")).toString(), QStringLiteral("2026-12-01T07:00:00Z"));
        r = ctl(path,
                words({"campaigns", "create", "Past", "--account", "Sbx", "--group", "A", "--template", "T", "--at",
                       "2026-11-01 10:00"}),
                {}, monday);
        QCOMPARE(r.code, 1);
        QVERIFY(isOneLine(r.err) && r.err.contains(QStringLiteral("passed")));

        r = ctl(path, words({"--json", "campaigns", "check", "Tuesday"}), {}, monday);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(r.json().value(QStringLiteral("recipients")).toInt(), 2);
        QCOMPARE(r.json().value(QStringLiteral("excluded")).toInt(), 1); // in the excluded group
        QCOMPARE(r.json().value(QStringLiteral("parts")).toInt(), 2);
        QVERIFY(r.json().value(QStringLiteral("cost")).toDouble() > 0); // the sandbox's default price
        QCOMPARE(r.json().value(QStringLiteral("requests")).toInt(), 1);
        r = ctl(path, words({"run-due"}), {}, monday);
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains(QStringLiteral("Nothing is due")));
        const QMap<QString, QString> tuesday {{QStringLiteral("CM_NOW"), QStringLiteral("2026-12-01T07:01:00Z")},
                                              {QStringLiteral("CM_SECRET_SBX"), QStringLiteral("x")}};
        r = ctl(path, words({"--json", "run-due"}), {}, tuesday);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QJsonArray sends = r.json().value(QStringLiteral("sends")).toArray();
        QCOMPARE(sends.size(), 1);
        QVERIFY(sends.first()
                        .toObject()
                        .value(QStringLiteral("message"))
                        .toString()
                        .contains(QStringLiteral("2 accepted")));
        r = ctl(path, words({"--json", "campaigns", "status", "Tuesday"}));
        QCOMPARE(r.json().value(QStringLiteral("state")).toString(), QStringLiteral("sent"));
        QCOMPARE(r.json().value(QStringLiteral("recipients")).toObject().value(QStringLiteral("accepted")).toInt(), 2);
        r = ctl(path, words({"run-due"}), {}, tuesday);
        QVERIFY(r.out.contains(QStringLiteral("Nothing is due"))); // sent once, never again

        QCOMPARE(ctl(path, words({"campaigns", "clone", "Tuesday", "Friday"})).code, 0);
        r = ctl(path, words({"campaigns", "schedule", "Friday", "--at", "2026-12-04 10:00", "--tz", "Europe/Istanbul"}),
                {}, monday);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(ctl(path, words({"campaigns", "cancel", "Friday"})).code, 0);
        const QMap<QString, QString> friday {{QStringLiteral("CM_NOW"), QStringLiteral("2026-12-04T08:00:00Z")},
                                             {QStringLiteral("CM_SECRET_SBX"), QStringLiteral("x")}};
        r = ctl(path, words({"run-due"}), {}, friday);
        QVERIFY(r.out.contains(QStringLiteral("Nothing is due")));
        r = ctl(path, words({"campaigns", "cancel", "Friday"}));
        QCOMPARE(r.code, 1);
        QVERIFY(isOneLine(r.err));
        r = ctl(path, words({"--json", "campaigns", "list"}));
        QStringList states;
        for (const QJsonValue &c : r.json().value(QStringLiteral("campaigns")).toArray())
            states.append(c.toObject().value(QStringLiteral("state")).toString());
        states.sort();
        QCOMPARE(states, words({"cancelled", "sent"}));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
