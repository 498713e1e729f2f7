// The largest inputs the import promises to survive: a field of 100 MB and a file of 2 GB. Each is reported by
// line, the rows around it are imported, and memory stays bounded (its own process, so that the peak it measures
// is its own).
#include "app/services/contactimport.h"
#include "app/services/workspace.h"
#include "models/groupstore.h"
#include "support/testsupport.h"

#include <QFile>
#include <QTest>

#include <sys/resource.h>

using namespace cm;

namespace {

double peakMegabytes()
{
    struct rusage usage
    {
    };
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_maxrss) / 1024.0;
}

// header, a good row, a row whose city is `size` bytes of 'x' (quoted when `quoted`), another good row.
bool writeFile(const QString &path, qint64 size, bool quoted)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    file.write("email,first_name,city\nfirst@example.com,Ayşe,İstanbul\nhuge@example.com,Büyük,");
    if (quoted)
        file.write("\"");
    const QByteArray chunk(8 << 20, 'x');
    for (qint64 left = size; left > 0; left -= chunk.size()) {
        if (file.write(chunk.constData(), qMin<qint64>(left, chunk.size())) < 0)
            return false;
    }
    file.write(quoted ? "\"\nlast@example.com,Łucja,Łódź\n" : "\nlast@example.com,Łucja,Łódź\n");
    return file.error() == QFile::NoError;
}

ImportReport importFile(test::TempWorkspace &ws, const QString &path)
{
    Group g;
    g.name = QFileInfo(path).baseName();
    ws->groups()->create(g);
    ImportOptions options;
    options.filePath = path;
    options.groupId = g.id;
    const std::atomic<bool> cancel {false};
    return ContactImportService::run(ws->database(), options, cancel, [](qint64, qint64) {});
}

} // namespace

class TestHugeInput : public QObject
{
    Q_OBJECT

private slots:
    void fieldOf100Megabytes_isReportedAndTheRestImported()
    {
        test::TempWorkspace ws;
        const QString path = ws.dir() + QStringLiteral("/field.csv");
        QVERIFY(writeFile(path, 100 << 20, false));
        const double before = peakMegabytes();
        const ImportReport report = importFile(ws, path);
        QVERIFY2(report.ok, qPrintable(report.error));
        QCOMPARE(report.imported, 2);
        QCOMPARE(report.invalid.size(), 1);
        QCOMPARE(report.invalid.first().first, 3);
        QVERIFY2(report.invalid.first().second.contains(QStringLiteral("longer than")),
                 qPrintable(report.invalid.first().second));
        const double grown = peakMegabytes() - before;
        QVERIFY2(grown < 64, qPrintable(QStringLiteral("memory grew by %1 MB").arg(grown)));
    }

    void fileOf2Gigabytes_streamsInBoundedMemory()
    {
        // Two gigabytes, nearly all of it one quoted field: every byte is read and decoded, none is kept.
        test::TempWorkspace ws;
        const QString path = ws.dir() + QStringLiteral("/two-gigabytes.csv");
        const qint64 size = qint64(2) << 30;
        if (!writeFile(path, size, true)) {
            QFile::remove(path);
            QSKIP("No room for a 2 GB file here.");
        }
        QVERIFY(QFileInfo(path).size() > size);
        const double before = peakMegabytes();
        const ImportReport report = importFile(ws, path);
        QFile::remove(path);
        QVERIFY2(report.ok, qPrintable(report.error));
        QCOMPARE(report.imported, 2);
        QCOMPARE(report.invalid.size(), 1);
        QCOMPARE(report.invalid.first().first, 3);
        const auto last
                = ws->groups()->contactByAddress(ws->groups()->groups().first().id, QStringLiteral("last@example.com"));
        QVERIFY(last);
        QCOMPARE(last->city, QStringLiteral("Łódź")); // read correctly after 2 GB
        const double grown = peakMegabytes() - before;
        QVERIFY2(grown < 64, qPrintable(QStringLiteral("memory grew by %1 MB").arg(grown)));
    }
};

QTEST_GUILESS_MAIN(TestHugeInput)
#include "tst_hugeinput.moc"
