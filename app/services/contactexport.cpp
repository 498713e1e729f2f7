#include "contactimport.h"

#include "models/csvwriter.h"
#include "models/groupstore.h"
#include "models/xlsxwriter.h"

#include <QSaveFile>
#include <QSet>

namespace cm {

ExportReport ContactImportService::exportGroup(Database *database, qint64 groupId, const QString &filePath,
                                               const CsvWriteOptions &options, const std::atomic<bool> &cancel,
                                               const std::function<void(qint64, qint64)> &progress,
                                               const QList<qint64> &ids)
{
    ExportReport report;
    GroupStore groups(database);
    // A workbook when the name says so (every cell text, so Excel shows +90… and codes as written); CSV otherwise.
    const bool workbook = filePath.endsWith(QLatin1String(".xlsx"), Qt::CaseInsensitive);
    QSaveFile file(filePath);
    std::unique_ptr<CsvWriter> csv;
    std::unique_ptr<XlsxWriter> xlsx;
    if (workbook) {
        xlsx = std::make_unique<XlsxWriter>(filePath, tr("Contacts"));
        if (!xlsx->error().isEmpty()) {
            report.error = xlsx->error();
            return report;
        }
    } else {
        if (!openPrivately(file)) {
            report.error = tr("“%1” cannot be written: %2.").arg(filePath, file.errorString());
            return report;
        }
        csv = std::make_unique<CsvWriter>(&file, options);
        if (!csv->isValid()) {
            report.error = tr("The encoding “%1” is not one this computer can write. Choose another.")
                                   .arg(QString::fromLatin1(options.encoding));
            return report;
        }
    }
    const auto writeRow = [&](const QStringList &row) { return xlsx ? xlsx->writeRow(row) : csv->writeRow(row); };
    const auto cancelWriting = [&] {
        if (xlsx)
            xlsx->cancel();
        else
            file.cancelWriting();
    };
    // Contacts of any group (a segment's, groupId 0): the custom fields any of them has, found in a first pass.
    QStringList custom;
    if (groupId != 0) {
        custom = groups.customFieldNames(groupId);
    } else {
        QSet<QString> names;
        for (qsizetype from = 0; from < ids.size(); from += 5000) {
            for (const Contact &c : groups.contactsByIds(ids.mid(from, 5000))) {
                for (auto it = c.fields.cbegin(); it != c.fields.cend(); ++it)
                    names.insert(it.key());
            }
        }
        custom = QStringList(names.cbegin(), names.cend());
        custom.sort();
    }
    QStringList header {QStringLiteral("email"),     QStringLiteral("phone"), QStringLiteral("first_name"),
                        QStringLiteral("last_name"), QStringLiteral("city"),  QStringLiteral("country")};
    header += custom;
    bool ok = writeRow(header);
    const qint64 total = ids.isEmpty() ? groups.contactCount(groupId) : ids.size();
    qint64 after = 0;
    qsizetype position = 0;
    while (ok) {
        if (cancel.load()) {
            cancelWriting();
            report.error = tr("Export cancelled; no file was written.");
            return report;
        }
        QList<Contact> window;
        if (ids.isEmpty()) {
            window = groups.contacts(groupId, after, 5000);
        } else if (position < ids.size()) {
            window = groups.contactsByIds(ids.mid(position, 5000));
            position += 5000;
            window.removeIf([groupId](const Contact &c) { // deleted (or moved) since
                return c.id == 0 || (groupId != 0 && c.groupId != groupId);
            });
            if (window.isEmpty())
                continue;
        }
        if (window.isEmpty())
            break;
        for (const Contact &c : window) {
            QStringList row {c.email, c.phone, c.firstName, c.lastName, c.city, c.country};
            for (const QString &name : custom)
                row.append(c.fields.value(name).toString());
            if (!writeRow(row)) {
                ok = false;
                report.error = xlsx ? xlsx->error()
                                    : tr("A contact cannot be written in %1 (its text has characters that encoding "
                                         "lacks). Choose UTF-8.")
                                              .arg(QString::fromLatin1(options.encoding));
                break;
            }
            ++report.exported;
        }
        after = window.constLast().id;
        progress(report.exported, total);
    }
    if (!ok) {
        cancelWriting();
        return report;
    }
    if (xlsx ? !xlsx->commit() : !file.commit()) {
        report.error = xlsx ? xlsx->error() : tr("“%1” cannot be written: %2.").arg(filePath, file.errorString());
        return report;
    }
    report.ok = true;
    return report;
}

} // namespace cm
