#include "dispatchstore.h"

#include "providers/provider.h"
#include "sqlhelpers.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace cm {

namespace {
QVariant now()
{
    return sql::timeValue(QDateTime::currentDateTimeUtc());
}
} // namespace

bool DispatchStore::hasSnapshot(qint64 campaignId) const
{
    sql::Query q(db(), QStringLiteral("SELECT 1 FROM send_batches WHERE campaign_id = ? LIMIT 1"));
    return q.bind(campaignId).exec() && q.next();
}

bool DispatchStore::snapshot(qint64 campaignId, const QList<Recipient> &recipients, int batchSize)
{
    const QString action = tr("prepare the campaign's recipients");
    sql::Transaction transaction(db());
    sql::Query batch(db(), QStringLiteral("INSERT INTO send_batches (campaign_id, seq, updated_at) VALUES (?, ?, ?)"));
    sql::Query recipient(db(),
                         QStringLiteral("INSERT INTO campaign_recipients (campaign_id, contact_id, batch_id, address, "
                                        "content, parts, client_key, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    const QVariant at = now();
    qint64 batchId = 0;
    for (qsizetype i = 0; i < recipients.size(); ++i) {
        if (i % batchSize == 0) {
            if (!batch.bind(campaignId).bind(int(i / batchSize) + 1).bind(at).exec())
                return fail(batch.error(), action);
            batchId = batch.lastInsertId();
        }
        const Recipient &r = recipients[i];
        recipient.bind(campaignId).bind(sql::idOrNull(r.contactId)).bind(batchId).bind(r.address).bind(r.content);
        if (!recipient.bind(r.parts).bind(r.clientKey).bind(at).exec())
            return fail(recipient.error(), action);
    }
    sql::Query state(db(), QStringLiteral("UPDATE campaigns SET state = 'sending', started_at = ? WHERE id = ?"));
    if (!state.bind(at).bind(campaignId).exec())
        return fail(state.error(), action);
    if (!transaction.commit())
        return fail(transaction.error(), action);
    emit changed(campaignId);
    return succeed();
}

int DispatchStore::markInterrupted(qint64 campaignId)
{
    const QString action = tr("record the interrupted send");
    sql::Transaction transaction(db());
    sql::Query recipients(db(),
                          QStringLiteral("UPDATE campaign_recipients SET state = 'unknown', error = ?, updated_at = ? "
                                         "WHERE batch_id IN (SELECT id FROM send_batches WHERE campaign_id = ? AND "
                                         "state = 'submitting') AND state IN ('pending', 'submitting')"));
    sql::Query batches(db(),
                       QStringLiteral("UPDATE send_batches SET state = 'unknown', error = ?, updated_at = ? "
                                      "WHERE campaign_id = ? AND state = 'submitting'"));
    const QString why = tr("The send was interrupted while this was with the provider; it may have been sent.");
    if (!recipients.bind(why).bind(now()).bind(campaignId).exec()
        || !batches.bind(why).bind(now()).bind(campaignId).exec() || !transaction.commit()) {
        fail(recipients.error().isValid() ? recipients.error() : batches.error(), action);
        return -1;
    }
    succeed();
    if (batches.rowsAffected() > 0)
        emit changed(campaignId);
    return batches.rowsAffected();
}

std::optional<SendBatch> DispatchStore::nextPending(qint64 campaignId) const
{
    sql::Query q(db(),
                 QStringLiteral("SELECT id, seq, state, attempts, error FROM send_batches WHERE campaign_id = ? AND "
                                "state = 'pending' ORDER BY seq LIMIT 1"));
    if (!q.bind(campaignId).exec() || !q.next())
        return std::nullopt;
    return SendBatch {q.value(0).toLongLong(), campaignId,         q.value(1).toInt(),
                      q.value(2).toString(),   q.value(3).toInt(), q.value(4).toString()};
}

QList<Recipient> DispatchStore::batchRecipients(qint64 batchId) const
{
    QList<Recipient> result;
    sql::Query q(db(),
                 QStringLiteral("SELECT id, campaign_id, contact_id, address, content, parts, client_key FROM "
                                "campaign_recipients WHERE batch_id = ? AND state IN ('pending', 'submitting') "
                                "ORDER BY id"));
    if (q.bind(batchId).exec()) {
        while (q.next()) {
            Recipient r;
            r.id = q.value(0).toLongLong();
            r.campaignId = q.value(1).toLongLong();
            r.contactId = q.value(2).toLongLong();
            r.address = q.value(3).toString();
            // The same text as the row before shares its string: a whole campaign (one content for everyone, in one
            // batch) holds one copy in memory, not one per recipient.
            const QString content = q.value(4).toString();
            r.content
                    = !result.isEmpty() && result.constLast().content == content ? result.constLast().content : content;
            r.parts = q.value(5).toInt();
            r.clientKey = q.value(6).toString();
            result.append(r);
        }
    }
    return result;
}

bool DispatchStore::beginBatch(qint64 batchId)
{
    const QString action = tr("record the batch being sent");
    sql::Transaction transaction(db());
    // The batch row alone records what is in flight: its recipients stay pending until the answer, and whatever
    // a crash leaves in a submitting batch becomes unknown (markInterrupted). One row written, not one per
    // recipient (and its index entries) twice.
    sql::Query batch(db(),
                     QStringLiteral("UPDATE send_batches SET state = 'submitting', attempts = attempts + 1, "
                                    "updated_at = ? WHERE id = ? AND state = 'pending'"));
    if (!batch.bind(now()).bind(batchId).exec() || batch.rowsAffected() != 1)
        return fail(batch.error().isValid() ? batch.error().text() : tr("The batch is not waiting to be sent."));
    if (!transaction.commit())
        return fail(transaction.error(), action);
    return succeed();
}

bool DispatchStore::finishBatch(qint64 batchId, const QList<MessageOutcome> &outcomes, const QString &remoteId)
{
    const QString action = tr("record what the provider accepted");
    sql::Transaction transaction(db());
    // One statement for the whole batch: the outcomes as a JSON array joined to the recipients by client key.
    QJsonArray rows;
    for (const MessageOutcome &o : outcomes)
        rows.append(
                QJsonObject {{QStringLiteral("k"), o.clientKey},
                             {QStringLiteral("a"), o.accepted},
                             {QStringLiteral("p"), o.providerId.isEmpty() ? QJsonValue() : QJsonValue(o.providerId)},
                             {QStringLiteral("e"), o.error}});
    const QVariant at = now();
    sql::Query recipient(
            db(),
            QStringLiteral("UPDATE campaign_recipients SET state = CASE json_extract(j.value, '$.a') WHEN 1 THEN "
                           "'accepted' ELSE 'failed' END, provider_id = json_extract(j.value, '$.p'), "
                           "error = json_extract(j.value, '$.e'), updated_at = ? FROM json_each(?) AS j "
                           "WHERE campaign_recipients.client_key = json_extract(j.value, '$.k') "
                           "AND +campaign_recipients.batch_id = ? AND campaign_recipients.state IN ('pending', "
                           "'submitting')"));
    // Found by the client key (unique): the unary + keeps SQLite from choosing the batch index instead, which
    // would scan the batch for every outcome.
    recipient.bind(at).bind(QJsonDocument(rows).toJson(QJsonDocument::Compact)).bind(batchId);
    if (!recipient.exec())
        return fail(recipient.error(), action);
    // A recipient the answer does not mention: the provider said nothing of it.
    sql::Query rest(db(),
                    QStringLiteral("UPDATE campaign_recipients SET state = 'unknown', error = ?, updated_at = ? "
                                   "WHERE batch_id = ? AND state IN ('pending', 'submitting')"));
    sql::Query batch(db(),
                     QStringLiteral("UPDATE send_batches SET state = 'accepted', remote_id = ?, updated_at = ? "
                                    "WHERE id = ?"));
    // The campaign's remote id is the first the provider gave (the one a single-request send has).
    sql::Query campaign(db(),
                        QStringLiteral("UPDATE campaigns SET remote_id = ? WHERE remote_id IS NULL AND id = "
                                       "(SELECT campaign_id FROM send_batches WHERE id = ?)"));
    if (!rest.bind(tr("The provider's answer did not mention this recipient.")).bind(at).bind(batchId).exec()
        || !batch.bind(sql::textOrNull(remoteId)).bind(at).bind(batchId).exec()
        || (!remoteId.isEmpty() && !campaign.bind(remoteId).bind(batchId).exec()) || !transaction.commit())
        return fail(rest.error().isValid()            ? rest.error()
                            : batch.error().isValid() ? batch.error()
                                                      : campaign.error(),
                    action);
    return succeed();
}

bool DispatchStore::failBatch(qint64 batchId, const QString &error, bool unknown)
{
    const QString state = unknown ? QStringLiteral("unknown") : QStringLiteral("failed");
    sql::Transaction transaction(db());
    sql::Query recipients(db(),
                          QStringLiteral("UPDATE campaign_recipients SET state = ?, error = ?, updated_at = ? "
                                         "WHERE batch_id = ? AND state IN ('pending', 'submitting')"));
    sql::Query batch(db(), QStringLiteral("UPDATE send_batches SET state = ?, error = ?, updated_at = ? WHERE id = ?"));
    if (!recipients.bind(state).bind(error).bind(now()).bind(batchId).exec()
        || !batch.bind(state).bind(error).bind(now()).bind(batchId).exec() || !transaction.commit())
        return fail(recipients.error().isValid() ? recipients.error() : batch.error(), tr("record the failed batch"));
    return succeed();
}

qint64 DispatchStore::retryFailed(qint64 campaignId, int batchSize)
{
    const QString action = tr("retry the failed recipients");
    sql::Transaction transaction(db());
    QList<qint64> ids;
    sql::Query failed(db(),
                      QStringLiteral("SELECT id FROM campaign_recipients WHERE campaign_id = ? AND state = 'failed' "
                                     "ORDER BY id"));
    sql::Query last(db(), QStringLiteral("SELECT coalesce(max(seq), 0) FROM send_batches WHERE campaign_id = ?"));
    if (!failed.bind(campaignId).exec() || !last.bind(campaignId).exec() || !last.next()) {
        fail(failed.error().isValid() ? failed.error() : last.error(), action);
        return -1;
    }
    while (failed.next())
        ids.append(failed.value(0).toLongLong());
    int seq = last.value(0).toInt();
    sql::Query batch(db(), QStringLiteral("INSERT INTO send_batches (campaign_id, seq, updated_at) VALUES (?, ?, ?)"));
    sql::Query move(db(),
                    QStringLiteral("UPDATE campaign_recipients SET state = 'pending', batch_id = ?, error = '', "
                                   "updated_at = ? WHERE id = ?"));
    qint64 batchId = 0;
    for (qsizetype i = 0; i < ids.size(); ++i) {
        if (i % batchSize == 0) {
            if (!batch.bind(campaignId).bind(++seq).bind(now()).exec()) {
                fail(batch.error(), action);
                return -1;
            }
            batchId = batch.lastInsertId();
        }
        if (!move.bind(batchId).bind(now()).bind(ids[i]).exec()) {
            fail(move.error(), action);
            return -1;
        }
    }
    sql::Query state(db(), QStringLiteral("UPDATE campaigns SET state = 'sending' WHERE id = ? AND ?"));
    if (!state.bind(campaignId).bind(!ids.isEmpty()).exec() || !transaction.commit()) {
        fail(state.error().isValid() ? state.error() : transaction.error(), action);
        return -1;
    }
    succeed();
    emit changed(campaignId);
    return ids.size();
}

QMap<QString, qint64> DispatchStore::batchCounts(qint64 campaignId) const
{
    QMap<QString, qint64> counts;
    sql::Query q(db(), QStringLiteral("SELECT state, count(*) FROM send_batches WHERE campaign_id = ? GROUP BY state"));
    if (q.bind(campaignId).exec()) {
        while (q.next())
            counts.insert(q.value(0).toString(), q.value(1).toLongLong());
    }
    return counts;
}

QStringList DispatchStore::remoteIds(qint64 campaignId) const
{
    QStringList ids;
    sql::Query q(db(),
                 QStringLiteral("SELECT remote_id FROM campaigns WHERE id = ? AND remote_id IS NOT NULL UNION "
                                "SELECT remote_id FROM send_batches WHERE campaign_id = ? AND remote_id IS NOT NULL"));
    if (q.bind(campaignId).bind(campaignId).exec()) {
        while (q.next())
            ids.append(q.value(0).toString());
    }
    ids.sort();
    return ids;
}

qint64 DispatchStore::resolveUnknown(qint64 campaignId, bool sent)
{
    const QString action = tr("record what happened to the unknown recipients");
    sql::Transaction transaction(db());
    sql::Query recipients(db(),
                          QStringLiteral("UPDATE campaign_recipients SET state = ?, error = ?, updated_at = ? "
                                         "WHERE campaign_id = ? AND state = 'unknown'"));
    const QString note
            = sent ? tr("Confirmed as sent by the user.") : tr("Confirmed as not sent by the user; retry to send it.");
    if (!recipients.bind(sent ? QStringLiteral("accepted") : QStringLiteral("failed"))
                 .bind(note)
                 .bind(now())
                 .bind(campaignId)
                 .exec()) {
        fail(recipients.error(), action);
        return -1;
    }
    const qint64 changedCount = recipients.rowsAffected();
    sql::Query batches(db(),
                       QStringLiteral("UPDATE send_batches SET state = ?, updated_at = ? "
                                      "WHERE campaign_id = ? AND state = 'unknown'"));
    // A campaign that ended as failed only because nothing was known to be accepted is sent after all.
    sql::Query campaign(db(),
                        QStringLiteral("UPDATE campaigns SET state = 'sent' WHERE id = ? AND state = 'failed' "
                                       "AND ?"));
    if (!batches.bind(sent ? QStringLiteral("accepted") : QStringLiteral("failed")).bind(now()).bind(campaignId).exec()
        || !campaign.bind(campaignId).bind(sent && changedCount > 0).exec() || !transaction.commit()) {
        fail(batches.error().isValid() ? batches.error() : campaign.error(), action);
        return -1;
    }
    succeed();
    emit changed(campaignId);
    return changedCount;
}

} // namespace cm
