#include "reportfiles.h"

#include "models/campaignstore.h"

#include <QSaveFile>

namespace cm {

QStringList ReportFiles::columns()
{
    return {QStringLiteral("address"),         QStringLiteral("state"),
            QStringLiteral("provider_id"),     QStringLiteral("error"),
            QStringLiteral("updated_at"),      QStringLiteral("delivered_at"),
            QStringLiteral("opens"),           QStringLiteral("first_opened_at"),
            QStringLiteral("clicks"),          QStringLiteral("first_clicked_at"),
            QStringLiteral("clicked_urls"),    QStringLiteral("bounced_at"),
            QStringLiteral("unsubscribed_at"), QStringLiteral("complained_at")};
}

qint64 ReportFiles::exportRecipients(Database *database, qint64 campaignId, const QString &filePath,
                                     const CsvWriteOptions &options, QString *error)
{
    QSaveFile file(filePath);
    if (!openPrivately(file)) {
        *error = tr("“%1” cannot be written: %2.").arg(filePath, file.errorString());
        return -1;
    }
    CsvWriter writer(&file, options);
    bool ok = writer.writeRow(columns());
    qint64 written = 0;
    QString readError;
    const auto row = [&](const QStringList &values) {
        ok = ok && writer.writeRow(values);
        ++written;
        return ok;
    };
    if (!CampaignStore(database).reportRows(campaignId, row, &readError)) {
        *error = tr("The report cannot be read: %1.").arg(readError);
        return -1; // the temporary file goes with `file`
    }
    if (!ok || !file.commit()) {
        *error = tr("“%1” cannot be written: %2.").arg(filePath, file.errorString());
        return -1;
    }
    return written;
}

} // namespace cm
