#include "contactimport.h"

#include "models/csvwriter.h"
#include "models/groupstore.h"

#include <QSaveFile>

namespace cm {

ExportReport ContactImportService::exportGroup(Database *database, qint64 groupId, const QString &filePath,
                                               const CsvWriteOptions &options, const std::atomic<bool> &cancel,
                                               const std::function<void(qint64, qint64)> &progress,
                                               const QList<qint64> &ids)
{
    ExportReport report;
    GroupStore groups(database);
    QSaveFile file(filePath);
    if (!openPrivately(file)) {
        report.error = tr("“%1” cannot be written: %2.").arg(filePath, file.errorString());
        return report;
    }
    CsvWriter writer(&file, options);
    if (!writer.isValid()) {
        report.error = tr("The encoding “%1” is not one this computer can write. Choose another.")
                               .arg(QString::fromLatin1(options.encoding));
        return report;
    }
    const QStringList custom = groups.customFieldNames(groupId);
    QStringList header {QStringLiteral("email"),     QStringLiteral("phone"), QStringLiteral("first_name"),
                        QStringLiteral("last_name"), QStringLiteral("city"),  QStringLiteral("country")};
    header += custom;
    bool ok = writer.writeRow(header);
    const qint64 total = ids.isEmpty() ? groups.contactCount(groupId) : ids.size();
    qint64 after = 0;
    qsizetype position = 0;
    while (ok) {
        if (cancel.load()) {
            file.cancelWriting();
            report.error = tr("Export cancelled; no file was written.");
            return report;
        }
        QList<Contact> window;
        if (ids.isEmpty()) {
            window = groups.contacts(groupId, after, 5000);
        } else if (position < ids.size()) {
            window = groups.contactsByIds(ids.mid(position, 5000));
            position += 5000;
            window.removeIf([groupId](const Contact &c) { return c.groupId != groupId; }); // deleted since
            if (window.isEmpty())
                continue;
        }
        if (window.isEmpty())
            break;
        for (const Contact &c : window) {
            QStringList row {c.email, c.phone, c.firstName, c.lastName, c.city, c.country};
            for (const QString &name : custom)
                row.append(c.fields.value(name).toString());
            if (!writer.writeRow(row)) {
                ok = false;
                report.error = tr("A contact cannot be written in %1 (its text has characters that encoding lacks). "
                                  "Choose UTF-8.")
                                       .arg(QString::fromLatin1(options.encoding));
                break;
            }
            ++report.exported;
        }
        after = window.constLast().id;
        progress(report.exported, total);
    }
    if (!ok || !file.commit()) {
        if (report.error.isEmpty())
            report.error = tr("“%1” cannot be written: %2.").arg(filePath, file.errorString());
        return report;
    }
    report.ok = true;
    return report;
}

} // namespace cm
