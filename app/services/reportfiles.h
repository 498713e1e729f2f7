// A campaign's per-recipient report as CSV for Excel and LibreOffice: each recipient's state, provider id and error,
// and what the provider told of them (delivered, opens and clicks with their first times and the clicked links,
// bounce, unsubscribe, complaint). Written through a temporary file, so a failed export leaves nothing half done.
#pragma once

#include "models/csvwriter.h"

#include <QCoreApplication>

namespace cm {

class Database;

class ReportFiles
{
    Q_DECLARE_TR_FUNCTIONS(cm::ReportFiles)
public:
    // The column names, stable for scripts: address, state, provider_id, error, updated_at, delivered_at, opens,
    // first_opened_at, clicks, first_clicked_at, clicked_urls, bounced_at, unsubscribed_at, complained_at.
    static QStringList columns();
    // Returns the number of recipients written, or -1 with `error` (translated).
    static qint64 exportRecipients(Database *database, qint64 campaignId, const QString &filePath,
                                   const CsvWriteOptions &options, QString *error);
};

} // namespace cm
