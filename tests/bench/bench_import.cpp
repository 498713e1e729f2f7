// Contact import: a generated CSV (email, phone, first and last name, city and two custom fields; non-ASCII names)
// imported with full validation and de-duplication into a new group, against the sqlite3 shell's `.import --csv` of
// the same file into a table with a unique index on email, in the same run. Goal: ≤ 1.5× that; peak memory ≤ 200 MB.
//   bench_import [ROWS]   (default 1,000,000)
#include "app/services/contactimport.h"
#include "app/services/workspace.h"
#include "benchdata.h"
#include "models/clock.h"
#include "models/groupstore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const qint64 rows = argc > 1 ? QByteArray(argv[1]).toLongLong() : 1000000;
    QTemporaryDir dir;
    const QString csv = dir.filePath(QStringLiteral("contacts.csv"));
    bench::writeContactsCsv(csv, rows);
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
    qint64 groupId = 0;
    double importSeconds = 0;
    const cm::ImportReport report = bench::importIntoNewGroup(workspace, csv, &groupId, &importSeconds);
    if (!report.ok) {
        std::fprintf(stderr, "import failed: %s\n", qPrintable(report.error));
        return 1;
    }
    std::printf("file: %lld rows, %.1f MB\n", static_cast<long long>(rows), megabytes);
    std::printf("sqlite3 .import --csv (unique index on email): %7.2f s\n", referenceSeconds);
    std::printf("Campaign Manager import (validated, de-duplicated): %7.2f s  (%lld imported, %lld invalid)\n",
                importSeconds, static_cast<long long>(report.imported), static_cast<long long>(report.invalid.size()));
    // The breakdown, from the import itself: the reading thread (read and make rows; check, de-duplicate, encode)
    // overlaps the writing one (rows, search index, commits).
    std::printf("breakdown: reading thread: read %.2f s, check %.2f s; writing thread: write rows %.2f s, index "
                "for search %.2f s, commit %.2f s; the rest (waiting, report) %.2f s\n",
                double(report.readMs) / 1000, double(report.checkMs) / 1000, double(report.writeMs) / 1000,
                double(report.indexMs) / 1000, double(report.commitMs) / 1000,
                importSeconds - double(report.writeMs + report.indexMs + report.commitMs) / 1000);
    std::printf("ratio: %.2fx (goal <= 1.50x); peak memory: %.0f MB (goal <= 200 MB)\n",
                importSeconds / referenceSeconds, bench::peakMegabytes());
    return 0;
}
