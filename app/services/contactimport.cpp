#include "contactimport.h"

#include "columnmapping.h"
#include "importpipeline.h"
#include "importrows.h"
#include "models/csvwriter.h"
#include "models/importstore.h"
#include "models/xlsxreader.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSaveFile>

namespace cm {

Q_LOGGING_CATEGORY(lcImport, "cm.app.contactimport")

namespace {

constexpr int BatchSize = 2000;
constexpr int SampleRows = 50; // the first rows, for columns mapped by their content

} // namespace

bool ImportReport::writeCsv(const QString &filePath, QString *error) const
{
    QSaveFile file(filePath);
    if (!openPrivately(file)) {
        *error = ContactImportService::tr("“%1” cannot be written: %2.").arg(filePath, file.errorString());
        return false;
    }
    CsvWriteOptions options;
    options.bom = true; // Excel reads UTF-8 only with a BOM
    CsvWriter writer(&file, options);
    bool ok = writer.writeRow({ContactImportService::tr("line"), ContactImportService::tr("reason")});
    for (const auto &[what, count] : {std::pair {ContactImportService::tr("imported"), imported},
                                      {ContactImportService::tr("updated"), updated},
                                      {ContactImportService::tr("skipped"), skipped},
                                      {ContactImportService::tr("combined with an earlier line"), merged},
                                      {ContactImportService::tr("invalid"), qint64(invalid.size())},
                                      {ContactImportService::tr("with a warning"), qint64(warnings.size())}})
        ok = ok && writer.writeRow({QString(), QStringLiteral("%1: %2").arg(what).arg(count)});
    for (const auto &[line, reason] : allLines())
        ok = ok && writer.writeRow({QString::number(line), reason});
    if (!ok || !file.commit()) {
        *error = ContactImportService::tr("“%1” cannot be written: %2.").arg(filePath, file.errorString());
        return false;
    }
    return true;
}

QList<QPair<qint64, QString>> ImportReport::allLines() const
{
    QList<QPair<qint64, QString>> all = invalid + skippedLines + mergedLines + warnings;
    std::stable_sort(all.begin(), all.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    return all;
}

QJsonObject ImportReport::toJson() const
{
    const auto lines = [](const QList<QPair<qint64, QString>> &list) {
        QJsonArray array;
        for (const auto &[line, reason] : list)
            array.append(QJsonObject {{QStringLiteral("line"), line}, {QStringLiteral("reason"), reason}});
        return array;
    };
    return {{QStringLiteral("imported"), imported},
            {QStringLiteral("updated"), updated},
            {QStringLiteral("skipped"), skipped},
            {QStringLiteral("invalid"), lines(invalid)},
            {QStringLiteral("warnings"), lines(warnings)},
            {QStringLiteral("skipped_lines"), lines(skippedLines)},
            {QStringLiteral("merged"), merged},
            {QStringLiteral("merged_lines"), lines(mergedLines)},
            {QStringLiteral("import_id"), importId},
            {QStringLiteral("cancelled"), cancelled},
            {QStringLiteral("header_row"), headerRow},
            {QStringLiteral("columns"), QJsonArray::fromStringList(columns)}};
}

QString ContactImportService::fieldForHeader(const QString &header)
{
    return columns::guess(header).field;
}

bool ContactImportService::looksLikeData(const QStringList &firstRow)
{
    return std::any_of(firstRow.cbegin(), firstRow.cend(),
                       [](const QString &cell) { return !columns::addressKind(cell).isEmpty(); });
}

QStringList ContactImportService::columnNames(const QStringList &firstRow, const QList<QStringList> &sample,
                                              bool headerless)
{
    qsizetype width = firstRow.size();
    for (const QStringList &row : sample) {
        qsizetype filled = row.size();
        while (filled > 0 && row.at(filled - 1).trimmed().isEmpty())
            --filled;
        width = qMax(width, filled);
    }
    if (headerless)
        return numberedColumns(width);
    QStringList names = firstRow;
    const QStringList numbered = numberedColumns(width);
    for (qsizetype i = 0; i < width; ++i) {
        if (i >= names.size())
            names.append(numbered.at(i));
        else if (names.at(i).trimmed().isEmpty())
            names[i] = numbered.at(i);
    }
    return names;
}

QStringList ContactImportService::numberedColumns(qsizetype count)
{
    QStringList names;
    for (qsizetype i = 1; i <= count; ++i)
        names.append(tr("Column %1").arg(i));
    return names;
}

std::unique_ptr<TableReader> ContactImportService::openTable(const QString &filePath, const CsvOptions &csv,
                                                             const QString &sheet, QFile *file)
{
    if (XlsxReader::isWorkbook(filePath))
        return std::make_unique<XlsxReader>(filePath, sheet);
    CsvOptions options = csv;
    options.trimUnquoted = true; // padding around cells is not data; what is inside quotes is
    return std::make_unique<CsvReader>(file, options);
}

int ContactImportService::titleLinesOf(const QList<CsvRecord> &firstRecords)
{
    const auto filled = [](const CsvRecord &record) {
        return std::count_if(record.fields.cbegin(), record.fields.cend(),
                             [](const QString &f) { return !f.trimmed().isEmpty(); });
    };
    // "Kampanya listesi — 2026-11-30" alone above a row of several cells: a title, not the column names.
    if (firstRecords.size() >= 2 && firstRecords[0].error.isEmpty() && filled(firstRecords[0]) == 1
        && filled(firstRecords[1]) >= 2 && !looksLikeData(firstRecords[0].fields))
        return 1;
    return 0;
}

ContactImportService::Layout ContactImportService::layoutOf(const QList<CsvRecord> &firstRecords, int titleLines,
                                                            HeaderRow header, const QHash<QString, QString> &mapping)
{
    Layout layout;
    layout.titleLines
            = int(qMin<qsizetype>(titleLines >= 0 ? titleLines : titleLinesOf(firstRecords), firstRecords.size()));
    const QStringList firstRow
            = layout.titleLines < firstRecords.size() ? firstRecords.at(layout.titleLines).fields : QStringList();
    layout.headerless = header == HeaderRow::Absent || (header == HeaderRow::Detect && looksLikeData(firstRow));
    for (qsizetype i = layout.titleLines + (layout.headerless ? 0 : 1); i < firstRecords.size(); ++i)
        layout.sample.append(firstRecords.at(i).fields);
    layout.columns = columnNames(firstRow, layout.sample, layout.headerless);
    layout.fields = columns::map(layout.columns, layout.sample, layout.headerless, mapping);
    return layout;
}

ImportReport ContactImportService::run(Database *database, const ImportOptions &options,
                                       const std::atomic<bool> &cancel,
                                       const std::function<void(qint64, qint64)> &progress)
{
    ImportReport report;
    QFile file(options.filePath);
    if (!file.open(QIODevice::ReadOnly)) {
        report.error = tr("“%1” cannot be read: %2.").arg(options.filePath, file.errorString());
        return report;
    }
    const std::unique_ptr<TableReader> reader = openTable(options.filePath, options.csv, options.sheet, &file);
    if (!reader->open()) {
        report.error = tr("“%1”: %2").arg(QFileInfo(options.filePath).fileName(), reader->error());
        return report;
    }
    if (const auto *csv = dynamic_cast<CsvReader *>(reader.get())) {
        report.encoding = csv->encoding();
        report.delimiter = csv->delimiter();
        if (csv->mixedEncoding())
            report.warnings.append({csv->otherEncodingSample().value(0), mixedEncodingNote(*csv)});
    }
    // The first records decide the layout: a title line, the header, and a sample for columns mapped by content.
    QList<CsvRecord> ahead;
    while (ahead.size() < SampleRows + 2) {
        auto record = reader->next();
        if (!record)
            break;
        ahead.append(std::move(*record));
    }
    const Layout layout = layoutOf(ahead, options.titleLines, options.header, options.mapping);
    const int titleLines = layout.titleLines;
    for (int i = 0; i < titleLines && !ahead.isEmpty(); ++i) {
        const CsvRecord title = ahead.takeFirst();
        report.skippedLines.append({title.line,
                                    tr("Line %1 is a title (“%2”), not the names of the columns; skipped.")
                                            .arg(title.line)
                                            .arg(title.fields.join(QLatin1Char(' ')).trimmed())});
    }
    if (ahead.isEmpty() || !ahead.front().error.isEmpty()) {
        report.error = ahead.isEmpty() ? tr("The file is empty.") : ahead.front().error;
        return report;
    }
    const bool headerless = layout.headerless;
    report.headerRow = !headerless;
    if (!headerless)
        ahead.removeFirst(); // the first row named the columns; the data starts after it
    report.columns = layout.columns;
    const QStringList &fields = layout.fields;
    report.mappedTo = fields;
    if (!fields.contains(QStringLiteral("email")) && !fields.contains(QStringLiteral("phone"))) {
        report.error = tr("No column holds email addresses or phone numbers, by its name or by its first %n "
                          "row(s). Name one with --map COLUMN=email or COLUMN=phone (columns: %1).",
                          nullptr, int(layout.sample.size()))
                               .arg(report.columns.join(QStringLiteral(", ")));
        return report;
    }

    ImportStore store(database);
    const qint64 importId = store.begin(options.groupId, QFileInfo(options.filePath).fileName());
    if (!importId) {
        report.error = store.lastError().message;
        return report;
    }
    ImportCounts counts;
    counts.skipped = titleLines;
    QList<ImportRow> batch;
    QList<QPair<qint64, qint64>> batchLines; // the line of each row of the batch, and of the earlier row of its person
    batch.reserve(BatchSize);
    const qint64 total = reader->totalBytes();
    qint64 bytesRead = 0;
    // The file is read, made rows, checked and de-duplicated on a thread of its own while this one writes the
    // batches before (ImportPipeline); batches are written in file order.
    const ImportRows rows(fields, columns::fallbacks(report.columns, fields, headerless),
                          options.updateDuplicates && options.emptyCellsClear);
    const auto pipeline
            = std::make_unique<ImportPipeline>(reader.get(), std::move(ahead), rows, options.region.toUpper(), cancel);
    auto flush = [&] {
        ImportStore::Notes notes;
        const bool ok = store.apply(importId, options.groupId, batch, options.updateDuplicates, counts, &notes);
        noteOutcomes(notes, batch, batchLines, report);
        batchLines.clear();
        pipeline->recycle(std::move(batch));
        batch = {};
        batch.reserve(BatchSize);
        // Rows so far, of about as many as the bytes read so far say the whole file has.
        const qint64 rows = counts.imported + counts.updated + counts.skipped + counts.merged + report.invalid.size();
        progress(rows, bytesRead > 0 && total > 0 ? qMax(rows, rows * total / bytesRead) : 0);
        return ok;
    };
    const auto cancelled = [&] {
        store.abort();
        report.cancelled = true;
        report.error = tr("Import cancelled; the group was left as it was.");
        return report;
    };
    while (std::optional<ImportPipeline::Batch> read = pipeline->next()) {
        if (cancel.load())
            return cancelled();
        bytesRead = read->bytesRead;
        for (qsizetype i = 0; i < read->rows.size(); ++i) {
            ImportRows::Row &r = read->rows[i];
            if (!r.problem.isEmpty()) {
                report.invalid.append({r.line, r.problem});
                continue;
            }
            for (const QString &warning : std::as_const(r.warnings))
                report.warnings.append({r.line, warning});
            batch.append(std::move(r.row));
            batchLines.append({r.line, read->earlier.at(i)});
            if (batch.size() >= BatchSize && !flush()) {
                pipeline->stop();
                report.error = store.lastError().message;
                store.abort();
                return report;
            }
        }
        pipeline->recycle(std::move(*read));
    }
    if (cancel.load()) // the last moment a cancel leaves the group as it was
        return cancelled();
    if (!batch.isEmpty() && !flush()) {
        report.error = store.lastError().message;
        store.abort();
        return report;
    }
    for (auto *list : {&report.invalid, &report.warnings, &report.skippedLines, &report.mergedLines})
        std::stable_sort(list->begin(), list->end(),
                         [](const auto &a, const auto &b) { return a.first < b.first; }); // by line
    QJsonArray invalid;
    for (const auto &[line, reason] : std::as_const(report.invalid))
        invalid.append(QJsonObject {{QStringLiteral("line"), line}, {QStringLiteral("reason"), reason}});
    if (!store.finish(importId, counts, report.invalid.size(), QJsonDocument(invalid).toJson(QJsonDocument::Compact))) {
        report.error = store.lastError().message;
        return report;
    }
    report.ok = true;
    const ImportStore::Timing timing = store.timing();
    report.readMs = pipeline->readNanoseconds() / 1000000;
    report.checkMs = pipeline->checkNanoseconds() / 1000000;
    report.writeMs = timing.writeNs / 1000000;
    report.indexMs = timing.indexNs / 1000000;
    report.commitMs = timing.commitNs / 1000000;
    report.importId = importId;
    report.imported = counts.imported;
    report.updated = counts.updated;
    report.skipped = counts.skipped;
    report.merged = counts.merged;
    qCInfo(lcImport).nospace() << "import " << importId << " done: " << counts.imported << " new, " << counts.updated
                               << " updated, " << counts.merged << " merged, " << counts.skipped << " skipped, "
                               << report.invalid.size() << " invalid; ms reading " << report.readMs << ", checking "
                               << report.checkMs << ", writing " << report.writeMs << ", indexing " << report.indexMs
                               << ", committing " << report.commitMs;
    return report;
}

void ContactImportService::noteOutcomes(const ImportStore::Notes &notes, const QList<ImportRow> &batch,
                                        const QList<QPair<qint64, qint64>> &lines, ImportReport &report)
{
    for (const qsizetype i : notes.sharedPhone) {
        const qint64 line = lines.at(i).first;
        // A phone another person has (a switchboard, a family landline): the person is kept, without it.
        report.warnings.append({line,
                                tr("Line %1: another contact of the group has the phone number %2 (a shared "
                                   "line?); this one is imported by the email address, the number kept in the "
                                   "field %3.")
                                        .arg(line)
                                        .arg(batch.at(i).contact.phone, ImportStore::SharedPhoneField)});
    }
    for (const qsizetype i : notes.known) {
        const auto [line, earlier] = lines.at(i);
        report.skippedLines.append(
                {line,
                 earlier ? tr("Line %1: the same person as line %2, whom the group has already; skipped.")
                                   .arg(line)
                                   .arg(earlier)
                         : tr("Line %1: in the group already (the same email address or phone number); "
                              "skipped. Import with duplicates updated to change it.")
                                   .arg(line)});
    }
    for (const qsizetype i : notes.phoneTaken)
        report.skippedLines.append({lines.at(i).first,
                                    tr("Line %1: not updated: its phone number %2 is another "
                                       "contact's.")
                                            .arg(lines.at(i).first)
                                            .arg(batch.at(i).contact.phone)});
    for (const qsizetype i : notes.merged) {
        const auto [line, earlier] = lines.at(i);
        report.mergedLines.append({line,
                                   tr("Line %1: the same person as line %2; combined into one contact, the "
                                      "values of line %1 winning.")
                                           .arg(line)
                                           .arg(earlier)});
    }
}

QString ContactImportService::mixedEncodingNote(const CsvReader &reader)
{
    QStringList lines;
    for (const qint64 line : reader.otherEncodingSample())
        lines.append(QString::number(line));
    if (reader.otherEncodingLines() > lines.size())
        lines.append(QStringLiteral("…"));
    return tr("The file mixes encodings: %n line(s) (%1) are in %2, the rest in %3. Each line was read in its own "
              "encoding; check the names of those lines.",
              nullptr, int(qMin<qint64>(reader.otherEncodingLines(), INT_MAX)))
            .arg(lines.join(QLatin1String(", ")), QString::fromLatin1(reader.otherEncoding()),
                 QString::fromLatin1(reader.encoding()));
}

} // namespace cm
