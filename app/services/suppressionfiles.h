// The suppression list to and from CSV files: an address column (email or phone), and optionally channel, reason
// and source columns. Every line that cannot be used is reported with its number; nothing is written unless the
// whole file was read (one transaction).
#pragma once

#include "models/csvreader.h"
#include "models/csvwriter.h"
#include "models/suppressionstore.h"

#include <QJsonObject>
#include <atomic>
#include <functional>

namespace cm {

class Database;

struct SuppressionImportReport
{
    bool ok = false;
    QString error;
    qint64 added = 0;
    qint64 known = 0;                      // listed already
    QList<QPair<qint64, QString>> invalid; // line, reason
    QJsonObject toJson() const;            // added, known, invalid [{line, reason}]
    QString summary() const;               // translated, one line
};

class SuppressionFiles
{
    Q_DECLARE_TR_FUNCTIONS(cm::SuppressionFiles)
public:
    using Progress = std::function<void(qint64 done, qint64 total)>;

    // Checks and normalises one entry (email lower-cased, phone in E.164 read in `region`, channel and reason
    // known). Returns what to fix, or an empty string.
    static QString check(Suppression &entry, const QString &region);
    // Adds the file's entries to the suppression list in one transaction. On a worker thread, `owner` (the
    // workspace's store) announces the change to the views.
    static SuppressionImportReport importFile(Database *database, const QString &filePath, const QString &region,
                                              const std::atomic<bool> &cancel, const Progress &progress,
                                              SuppressionStore *owner = nullptr);
    // address, channel, reason, source, added (UTC); through a temporary file. Returns the count, or -1 with `error`.
    static qint64 exportFile(Database *database, const QString &filePath, const CsvWriteOptions &options,
                             QString *error);
};

} // namespace cm
Q_DECLARE_METATYPE(cm::SuppressionImportReport)
