// Contact import: a generated CSV (email, phone, first and last name, city and two custom fields; non-ASCII names)
// imported with full validation and de-duplication into a new group, against the sqlite3 shell's `.import --csv` of
// the same file into a table with a unique index on email, in the same run. Goal: ≤ 1.5× that; peak memory ≤ 200 MB.
//   bench_import [ROWS]   (default 1,000,000)
#include "app/services/contactimport.h"
#include "app/services/workspace.h"
#include "benchdata.h"
#include "models/clock.h"
#include "models/contactcheck.h"
#include "models/csvreader.h"
#include "models/groupstore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QtConcurrentMap>

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
    // The breakdown: reading the CSV alone, then reading it and checking every row as the import does (phones on
    // both cores, in batches), the rest being the database's share.
    timer.restart();
    qint64 records = 0;
    {
        QFile file(csv);
        file.open(QIODevice::ReadOnly);
        cm::CsvReader reader(&file);
        reader.open();
        while (reader.next())
            ++records;
    }
    const double parseSeconds = double(timer.nsecsElapsed()) / 1e9;
    timer.restart();
    {
        QFile file(csv);
        file.open(QIODevice::ReadOnly);
        cm::CsvReader reader(&file);
        reader.open();
        reader.next(); // the header
        QList<cm::Contact> batch;
        const auto check = [&batch] {
            QtConcurrent::blockingMap(batch, [](cm::Contact &c) { cm::checkContact(c, "TR"); });
            batch.clear();
        };
        while (const auto record = reader.next()) {
            cm::Contact c;
            c.email = record->fields.value(0);
            c.phone = record->fields.value(1);
            batch.append(c);
            if (batch.size() == 2000)
                check();
        }
        check();
    }
    const double validateSeconds = double(timer.nsecsElapsed()) / 1e9 - parseSeconds;
    const double write = double(report.writeMs) / 1000, finish = double(report.finishMs) / 1000;
    std::printf("breakdown: read CSV %.2f s (%lld records); check emails and phones %.2f s (on the second core, "
                "overlapping); write rows %.2f s; index for search and commit %.2f s; the rest (building contacts, "
                "de-duplicating, waiting for checks) %.2f s\n",
                parseSeconds, static_cast<long long>(records), validateSeconds, write, finish,
                importSeconds - parseSeconds - write - finish);
    std::printf("ratio: %.2fx (goal <= 1.50x); peak memory: %.0f MB (goal <= 200 MB)\n",
                importSeconds / referenceSeconds, bench::peakMegabytes());
    return 0;
}
