// Importing contacts from CSV into a group: columns mapped (automatically, in our four languages, or as told),
// emails checked, phone numbers validated with libphonenumber against a default region and stored in E.164,
// duplicates in the file and in the group skipped or updated, the whole import in one transaction on a worker
// thread, with progress, cancel, a report of every invalid line, and undo.
//
// contactimport.cpp reads the file, contactexport.cpp writes one, contactimportjobs.cpp runs both in the background.
// A contact typed by hand is checked by checkContact() (models/contactcheck.h).
#pragma once

#include "models/csvreader.h"
#include "models/csvwriter.h"
#include "models/importstore.h"
#include "models/types.h"

#include <QHash>
#include <QJsonObject>
#include <QObject>

#include <atomic>
#include <functional>
#include <memory>

class QFile;

namespace cm {

class Database;
class Workspace;
class JobTracker;
class Job;

// Whether the first row names the columns. Detect: it does unless it holds an email address or a phone number.
enum class HeaderRow { Detect, Present, Absent };

struct ImportOptions
{
    QString filePath;
    qint64 groupId = 0;
    CsvOptions csv;
    QString region = QStringLiteral("TR"); // for numbers written without a country code
    QHash<QString, QString> mapping;       // CSV column (as in the header) → field; the rest is automatic
    bool updateDuplicates = false;
    // With updateDuplicates: an empty cell clears the field it maps to. Without, an update writes only the cells
    // that hold something (and never a column the file does not have).
    bool emptyCellsClear = false;
    HeaderRow header = HeaderRow::Detect;
    int titleLines = -1; // lines above the header that are a title, skipped; -1: detect (see titleLinesOf)
    QString sheet;       // of an Excel workbook: the sheet's name; empty: the first
};

struct ImportReport
{
    bool ok = false;
    bool cancelled = false;
    QString error; // why nothing was imported
    qint64 importId = 0;
    qint64 imported = 0;
    qint64 updated = 0;
    qint64 skipped = 0;
    qint64 merged = 0; // rows of a person an earlier row of the file had: combined into it, the later row winning
    QList<QPair<qint64, QString>> invalid;      // line, reason: not imported
    QList<QPair<qint64, QString>> warnings;     // line, reason: imported, with something of it kept aside
    QList<QPair<qint64, QString>> skippedLines; // line, reason: already in the group, a title line
    QList<QPair<qint64, QString>> mergedLines;  // line, reason: the same person as an earlier line
    QByteArray encoding;
    QChar delimiter;
    bool headerRow = true; // false when the first row was data
    QStringList columns;   // the header, or “Column 1”, “Column 2”… for a file without one
    QStringList mappedTo;  // the field of each column ("" when ignored)
    // Where the time went. On the reading thread: reading the file and making rows; checking addresses, finding
    // the same person again, encoding. On the writing thread: rows into the table, the search index, commits.
    qint64 readMs = 0, checkMs = 0, writeMs = 0, indexMs = 0, commitMs = 0;
    // Every line the report names (invalid, skipped, combined, with a warning), by line.
    QList<QPair<qint64, QString>> allLines() const;
    QJsonObject toJson() const; // imported, updated, skipped, invalid and warnings [{line, reason}], import_id
    // The report as a CSV for Excel: the counts, then every invalid line and every warning with its reason. False
    // with `error`.
    bool writeCsv(const QString &filePath, QString *error) const;
};

struct ExportReport
{
    bool ok = false;
    QString error;
    qint64 exported = 0;
};

class ContactImportService : public QObject
{
    Q_OBJECT
public:
    ContactImportService(Workspace *workspace, JobTracker *jobs, QObject *parent = nullptr);

    // Runs on a worker thread; the job's "report" property holds the ImportReport when it finishes.
    Job *start(const ImportOptions &options);
    // `ids`: only these contacts of the group, in this order (a search result, a selection); empty: all of it.
    Job *startExport(qint64 groupId, const QString &filePath, const CsvWriteOptions &options,
                     const QList<qint64> &ids = {});
    bool undo(qint64 importId, QString *message);
    // The suppression list from and to CSV (SuppressionFiles), in the background; the import job's "report"
    // property holds its SuppressionImportReport.
    Job *startSuppressionImport(const QString &filePath, const QString &region);
    Job *startSuppressionExport(const QString &filePath, const CsvWriteOptions &options);

    // The work itself, on the calling thread: for the service's worker and for tests and benchmarks.
    static ImportReport run(Database *database, const ImportOptions &options, const std::atomic<bool> &cancel,
                            const std::function<void(qint64 done, qint64 total)> &progress);
    // Writes the group to a CSV file (email, phone, names, city, country, then its custom fields), a window of
    // contacts at a time, through a temporary file: a failed export leaves no half file behind. With `ids`, only
    // those contacts, in that order; with groupId 0 and `ids`, contacts of any group (a segment's).
    static ExportReport exportGroup(Database *database, qint64 groupId, const QString &filePath,
                                    const CsvWriteOptions &options, const std::atomic<bool> &cancel,
                                    const std::function<void(qint64 done, qint64 total)> &progress,
                                    const QList<qint64> &ids = {});
    // "E-posta" → "email", "Cep Telefonu" → "phone", "Müşteri Tipi" → "müşteri_tipi" (a custom field); see
    // columnmapping.h for how the columns of a whole file are mapped.
    static QString fieldForHeader(const QString &header);
    // True when a first row is data rather than column names: one of its cells is an email address or a phone
    // number.
    static bool looksLikeData(const QStringList &firstRow);
    // The names of the columns of a file without a header: “Column 1”, “Column 2”…
    static QStringList numberedColumns(qsizetype count);
    // The columns of a file: as its header names them (or numbered, without one), as many as its widest first rows
    // have (a sheet's header may end before its data does), a column without a name numbered.
    static QStringList columnNames(const QStringList &firstRow, const QList<QStringList> &sample, bool headerless);
    // The reader for a file: an Excel workbook's sheet (whatever the file's name), or CSV read from `file`.
    static std::unique_ptr<TableReader> openTable(const QString &filePath, const CsvOptions &csv, const QString &sheet,
                                                  QFile *file);
    // How many of the first records are a title above the header (a line of one cell): 0 or 1.
    static int titleLinesOf(const QList<CsvRecord> &firstRecords);
    // What the first records of a file say of its layout, as the import and its preview read it.
    struct Layout
    {
        int titleLines = 0;        // skipped above the header
        bool headerless = false;   // the first row after the title is data
        QStringList columns;       // their names (numbered without a header)
        QStringList fields;        // the field of each column
        QList<QStringList> sample; // the data rows among the first records
    };
    // `titleLines` -1 and `header` Detect: as detected; `mapping`: the fields given, by column.
    static Layout layoutOf(const QList<CsvRecord> &firstRecords, int titleLines, HeaderRow header,
                           const QHash<QString, QString> &mapping = {});
    // What the report says of a file whose lines are in two encodings.
    static QString mixedEncodingNote(const CsvReader &reader);

private:
    // The report's lines for what the store did to the rows of a batch (their lines, and the earlier line of the
    // same person).
    static void noteOutcomes(const ImportStore::Notes &notes, const QList<ImportRow> &batch,
                             const QList<QPair<qint64, qint64>> &lines, ImportReport &report);
    Workspace *m_workspace;
    JobTracker *m_jobs;
};

} // namespace cm

Q_DECLARE_METATYPE(cm::ImportReport)
