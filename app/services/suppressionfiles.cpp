#include "suppressionfiles.h"

#include "contactimport.h"
#include "models/contactcheck.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QSaveFile>

namespace cm {

QJsonObject SuppressionImportReport::toJson() const
{
    QJsonArray lines;
    for (const auto &[line, reason] : invalid)
        lines.append(QJsonObject {{QStringLiteral("line"), line}, {QStringLiteral("reason"), reason}});
    return {{QStringLiteral("added"), added}, {QStringLiteral("known"), known}, {QStringLiteral("invalid"), lines}};
}

QString SuppressionImportReport::summary() const
{
    return SuppressionFiles::tr("%1 added, %2 listed already, %3 invalid.").arg(added).arg(known).arg(invalid.size());
}

QString SuppressionFiles::check(Suppression &entry, const QString &region)
{
    entry.address = entry.address.trimmed();
    entry.channel = entry.channel.trimmed().toLower();
    entry.reason = entry.reason.trimmed().toLower().replace(QLatin1Char('-'), QLatin1Char('_'));
    if (entry.reason == QLatin1String("unsubscribed") || entry.reason == QLatin1String("optout")
        || entry.reason.isEmpty())
        entry.reason = QStringLiteral("opt_out");
    if (!Suppression::reasons().contains(entry.reason))
        return tr("“%1” is not a reason; use opt_out, block, bounce or complaint.").arg(entry.reason);
    Contact contact;
    (entry.address.contains(QLatin1Char('@')) ? contact.email : contact.phone) = entry.address;
    const QString problem = checkContact(contact, region);
    if (!problem.isEmpty())
        return problem;
    entry.address = contact.email.isEmpty() ? contact.phone : contact.email;
    if (entry.channel.isEmpty())
        entry.channel = Suppression::channelOf(entry.address);
    if (!Suppression::channels().contains(entry.channel))
        return tr("“%1” is not a channel; use sms, email, voice or all.").arg(entry.channel);
    if (entry.channel != QLatin1String("all") && entry.channel != Suppression::channelOf(entry.address)
        && !(entry.channel == QLatin1String("voice") && !contact.phone.isEmpty()))
        return tr("%1 cannot be on the %2 list: give a phone number for SMS and calls, an email address for email.")
                .arg(entry.address, Suppression::channelName(entry.channel));
    return {};
}

SuppressionImportReport SuppressionFiles::importFile(Database *database, const QString &filePath, const QString &region,
                                                     const std::atomic<bool> &cancel, const Progress &progress,
                                                     SuppressionStore *owner)
{
    SuppressionImportReport report;
    QFile file(filePath);
    if (!file.open(QIODevice::ReadOnly)) {
        report.error = tr("“%1” cannot be read: %2.").arg(filePath, file.errorString());
        return report;
    }
    CsvReader reader(&file);
    if (!reader.open()) {
        report.error = tr("“%1”: %2").arg(QFileInfo(filePath).fileName(), reader.error());
        return report;
    }
    std::optional<CsvRecord> record = reader.next();
    if (!record) {
        report.error = tr("The file is empty.");
        return report;
    }
    // Columns by name when the first row names them; else the address is the first cell that is one.
    qsizetype addressColumn = -1, channelColumn = -1, reasonColumn = -1, sourceColumn = -1;
    if (record->error.isEmpty() && !ContactImportService::looksLikeData(record->fields)) {
        for (qsizetype i = 0; i < record->fields.size(); ++i) {
            const QString name = record->fields[i].trimmed().toLower();
            const QString field = ContactImportService::fieldForHeader(record->fields[i]);
            if (addressColumn < 0
                && (name == QLatin1String("address") || field == QLatin1String("email")
                    || field == QLatin1String("phone")))
                addressColumn = i;
            else if (name == QLatin1String("channel"))
                channelColumn = i;
            else if (name == QLatin1String("reason"))
                reasonColumn = i;
            else if (name == QLatin1String("source"))
                sourceColumn = i;
        }
        if (addressColumn < 0) {
            report.error = tr("No column holds the addresses. Name it “address”, “email” or “phone” (columns: %1).")
                                   .arg(record->fields.join(QStringLiteral(", ")));
            return report;
        }
        record = reader.next();
    }
    const QString defaultSource = tr("import: %1").arg(QFileInfo(filePath).fileName());
    const qint64 total = file.size();
    SuppressionStore store(database, owner);
    if (!store.begin()) { // the whole file, or nothing of it
        report.error = store.lastError().message;
        return report;
    }
    QList<Suppression> batch;
    const auto flush = [&] {
        const qint64 added = store.add(batch);
        if (added < 0)
            return false;
        report.added += added;
        report.known += batch.size() - added;
        batch.clear();
        return true;
    };
    for (; record; record = reader.next()) {
        if (cancel.load()) {
            report.error = tr("Import cancelled; the suppression list was not changed.");
            return report;
        }
        if (!record->error.isEmpty()) {
            report.invalid.append({record->line, tr("Line %1: %2").arg(record->line).arg(record->error)});
            continue;
        }
        QStringList cells;
        for (const QString &cell : std::as_const(record->fields))
            cells.append(CsvWriter::unneutralise(cell)); // '+90…, as our exports write it for Excel
        qsizetype column = addressColumn;
        if (column < 0) {
            for (qsizetype i = 0; i < cells.size() && column < 0; ++i) {
                if (ContactImportService::looksLikeData({cells[i]}))
                    column = i;
            }
        }
        Suppression entry;
        entry.address = cells.value(column);
        entry.channel = cells.value(channelColumn);
        entry.reason = cells.value(reasonColumn);
        entry.source = cells.value(sourceColumn).trimmed();
        if (entry.source.isEmpty())
            entry.source = defaultSource;
        const QString problem = entry.address.trimmed().isEmpty() ? tr("no address.") : check(entry, region);
        if (!problem.isEmpty()) {
            report.invalid.append({record->line, tr("Line %1: %2").arg(record->line).arg(problem)});
            continue;
        }
        batch.append(entry);
        if (batch.size() >= 5000) {
            if (!flush()) {
                report.error = store.lastError().message;
                return report;
            }
            progress(reader.bytesRead(), total);
        }
    }
    if (!flush() || !store.commit()) {
        report.error = store.lastError().message;
        return report;
    }
    report.ok = true;
    return report;
}

qint64 SuppressionFiles::exportFile(Database *database, const QString &filePath, const CsvWriteOptions &options,
                                    QString *error)
{
    QSaveFile file(filePath);
    if (!openPrivately(file)) {
        *error = tr("“%1” cannot be written: %2.").arg(filePath, file.errorString());
        return -1;
    }
    CsvWriter writer(&file, options);
    bool ok = writer.writeRow({QStringLiteral("address"), QStringLiteral("channel"), QStringLiteral("reason"),
                               QStringLiteral("source"), QStringLiteral("added")});
    qint64 written = 0;
    const QList<Suppression> entries = SuppressionStore(database).list();
    for (auto it = entries.crbegin(); ok && it != entries.crend(); ++it, ++written)
        ok = writer.writeRow(
                {it->address, it->channel, it->reason, it->source, it->createdAt.toUTC().toString(Qt::ISODate)});
    if (!ok || !file.commit()) {
        *error = tr("“%1” cannot be written: %2.").arg(filePath, file.errorString());
        return -1;
    }
    return written;
}

} // namespace cm
