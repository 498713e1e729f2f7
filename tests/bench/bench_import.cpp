// Contact import: a generated CSV (email, phone, first and last name, city and two custom fields; non-ASCII names)
// imported with full validation and de-duplication into a new group, against the sqlite3 shell's `.import --csv` of
// the same file into a table with a unique index on email, in the same run. Goal: ≤ 1.5× that; peak memory ≤ 200 MB.
//   bench_import [ROWS]   (default 1,000,000)
#include "app/services/contactimport.h"
#include "app/services/workspace.h"
#include "models/clock.h"
#include "models/groupstore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

#include <cstdio>
#include <sys/resource.h>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const qint64 rows = argc > 1 ? QByteArray(argv[1]).toLongLong() : 1000000;
    QTemporaryDir dir;
    const QString csv = dir.filePath(QStringLiteral("contacts.csv"));
    {
        QFile file(csv);
        file.open(QIODevice::WriteOnly);
        file.write("email,phone,first_name,last_name,city,loyalty_tier,preferred_store\n");
        const char *first[] = {"Ayşe", "Mehmet", "Łucja", "Íñigo", "Zanele", "Emma", "Çağrı", "Małgorzata"};
        const char *last[] = {"Yılmaz", "Öztürk", "Wiśniewska", "Muñoz", "Nkosi", "Johnson", "Doğan", "Dąbrowska"};
        const char *cities[] = {"İstanbul", "Łódź", "A Coruña", "Durban", "Chicago", "Muğla"};
        QByteArray chunk;
        for (qint64 i = 0; i < rows; ++i) {
            chunk += "person" + QByteArray::number(i) + "@example.com,+90532"
                    + QByteArray::number(1000000 + i % 8999999) + "," + first[i % 8] + "," + last[(i / 8) % 8] + ","
                    + cities[i % 6] + ",Gold,Store " + QByteArray::number(i % 50) + "\n";
            if (chunk.size() > (1 << 20)) {
                file.write(chunk);
                chunk.clear();
            }
        }
        file.write(chunk);
    }
    const double megabytes = double(QFile(csv).size()) / 1e6;

    // The reference: sqlite3's own CSV import into a table with a unique index on email.
    const QString refDb = dir.filePath(QStringLiteral("reference.sqlite"));
    QProcess sqlite;
    QElapsedTimer timer;
    timer.start();
    sqlite.start(QStringLiteral("sqlite3"), {refDb});
    sqlite.write("CREATE TABLE contacts(email TEXT, phone TEXT, first_name TEXT, last_name TEXT, city TEXT, "
                 "loyalty_tier TEXT, preferred_store TEXT);\n"
                 "CREATE UNIQUE INDEX contacts_email ON contacts(email);\n"
                 ".import --csv --skip 1 "
                 + csv.toUtf8() + " contacts\n");
    sqlite.closeWriteChannel();
    if (!sqlite.waitForFinished(600000) || sqlite.exitCode() != 0) {
        std::fprintf(stderr, "sqlite3 failed: %s\n", sqlite.readAllStandardError().constData());
        return 1;
    }
    const double referenceSeconds = double(timer.nsecsElapsed()) / 1e9;

    cm::SystemClock clock;
    cm::Workspace workspace(dir.filePath(QStringLiteral("workspace.sqlite")), &clock);
    if (workspace.open())
        return 1;
    cm::Group group;
    group.name = QStringLiteral("Bench");
    workspace.groups()->create(group);
    cm::ImportOptions options;
    options.filePath = csv;
    options.groupId = group.id;
    options.region = QStringLiteral("TR");
    std::atomic<bool> cancel {false};
    timer.restart();
    const cm::ImportReport report
            = cm::ContactImportService::run(workspace.database(), options, cancel, [](qint64, qint64) {});
    const double ourSeconds = double(timer.nsecsElapsed()) / 1e9;
    struct rusage usage
    {
    };
    getrusage(RUSAGE_SELF, &usage);
    if (!report.ok) {
        std::fprintf(stderr, "import failed: %s\n", qPrintable(report.error));
        return 1;
    }
    std::printf("file: %lld rows, %.1f MB\n", static_cast<long long>(rows), megabytes);
    std::printf("sqlite3 .import --csv (unique index on email): %7.2f s\n", referenceSeconds);
    std::printf("Campaign Manager import (validated, de-duplicated): %7.2f s  (%lld imported, %lld invalid)\n",
                ourSeconds, static_cast<long long>(report.imported), static_cast<long long>(report.invalid.size()));
    std::printf("ratio: %.2fx (goal <= 1.50x); peak memory: %.0f MB (goal <= 200 MB)\n", ourSeconds / referenceSeconds,
                double(usage.ru_maxrss) / 1024.0);
    return 0;
}
