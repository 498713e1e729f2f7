#include "reportfiles.h"

#include "models/database.h"
#include "models/sqlhelpers.h"

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
    if (!file.open(QIODevice::WriteOnly)) {
        *error = tr("“%1” cannot be written: %2.").arg(filePath, file.errorString());
        return -1;
    }
    CsvWriter writer(&file, options);
    // One pass: each recipient with its events folded in (the events' unique key starts with the recipient).
    sql::Query q(database->connection(),
                 QStringLiteral("SELECT r.address, r.state, coalesce(r.provider_id, ''), r.error, r.updated_at,"
                                " min(CASE WHEN e.type = 'delivered' THEN e.occurred_at END),"
                                " count(CASE WHEN e.type = 'opened' THEN 1 END),"
                                " min(CASE WHEN e.type = 'opened' THEN e.occurred_at END),"
                                " count(CASE WHEN e.type = 'clicked' THEN 1 END),"
                                " min(CASE WHEN e.type = 'clicked' THEN e.occurred_at END),"
                                " (SELECT group_concat(detail, ' ') FROM (SELECT DISTINCT detail FROM events"
                                "  WHERE recipient_id = r.id AND type = 'clicked' AND detail <> '')),"
                                " min(CASE WHEN e.type = 'bounced' THEN e.occurred_at END),"
                                " min(CASE WHEN e.type = 'unsubscribed' THEN e.occurred_at END),"
                                " min(CASE WHEN e.type = 'complained' THEN e.occurred_at END)"
                                " FROM campaign_recipients r LEFT JOIN events e ON e.recipient_id = r.id"
                                " WHERE r.campaign_id = ? GROUP BY r.id ORDER BY r.id"));
    if (!q.bind(campaignId).exec()) {
        *error = tr("The report cannot be read: %1.").arg(q.error().text());
        return -1;
    }
    bool ok = writer.writeRow(columns());
    qint64 written = 0;
    const int count = int(columns().size());
    while (ok && q.next()) {
        QStringList row;
        row.reserve(count);
        for (int i = 0; i < count; ++i)
            row.append(q.value(i).toString());
        ok = writer.writeRow(row);
        ++written;
    }
    if (!ok || !file.commit()) {
        *error = tr("“%1” cannot be written: %2.").arg(filePath, file.errorString());
        return -1;
    }
    return written;
}

} // namespace cm
