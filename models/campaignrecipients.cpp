#include "campaignstore.h"

#include "sqlhelpers.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>

namespace cm {

bool CampaignStore::addRecipients(qint64 campaignId, QList<Recipient> &recipients)
{
    sql::Transaction transaction(db());
    const QVariant now = sql::timeValue(Store::now());
    sql::Query q(db(),
                 QStringLiteral("INSERT INTO campaign_recipients (campaign_id, contact_id, address, content, "
                                "parts, state, client_key, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    for (Recipient &r : recipients) {
        if (r.clientKey.isEmpty())
            r.clientKey = QUuid::createUuid().toString(QUuid::WithoutBraces);
        q.bind(campaignId).bind(sql::idOrNull(r.contactId)).bind(r.address).bind(r.content).bind(r.parts);
        q.bind(recipientStateKey(r.state)).bind(r.clientKey).bind(now);
        if (!q.exec())
            return fail(q.error(), tr("save the campaign's recipients"));
        r.id = q.lastInsertId();
        r.campaignId = campaignId;
    }
    if (!transaction.commit())
        return fail(transaction.error(), tr("save the campaign's recipients"));
    announce(Change::Recipients, campaignId);
    announce(Change::Campaigns);
    return succeed();
}

QList<Recipient> CampaignStore::recipients(qint64 campaignId, qint64 afterId, int limit,
                                           const RecipientFilter &filter) const
{
    const std::optional<RecipientState> &state = filter.state;
    const QString columns = QStringLiteral(
            "SELECT r.id, r.contact_id, r.address, r.content, r.state, r.client_key, r.provider_id, r.error,"
            " r.updated_at, e.type, e.occurred_at FROM ");
    const QString lastEvent
            = QStringLiteral(" LEFT JOIN events e ON e.id = (SELECT id FROM events WHERE recipient_id = r.id"
                             " ORDER BY occurred_at DESC, id DESC LIMIT 1)");
    QString sql;
    QVariantList binds;
    if (filter.event) {
        // Driven by the events of that type, in recipient order from the (campaign, type, recipient) index: a page
        // reads as many index entries as it shows, however rare the event (testing each recipient for it read
        // every recipient of a campaign where nobody unsubscribed: 1.2 s at 2.5 million).
        sql = columns + QStringLiteral("events x CROSS JOIN campaign_recipients r ON r.id = x.recipient_id") + lastEvent
                + QStringLiteral(" WHERE x.campaign_id = ? AND x.type = ? AND x.recipient_id > ? AND "
                                 "r.campaign_id = ?");
        binds = {campaignId, eventTypeKey(*filter.event), afterId, campaignId};
    } else {
        sql = columns + QStringLiteral("campaign_recipients r") + lastEvent
                + QStringLiteral(" WHERE r.campaign_id = ? AND r.id > ?");
        binds = {campaignId, afterId};
    }
    if (state) {
        sql += QStringLiteral(" AND r.state = ?");
        binds.append(recipientStateKey(*state));
    }
    sql += filter.event ? QStringLiteral(" GROUP BY x.recipient_id ORDER BY x.recipient_id LIMIT ?")
                        : QStringLiteral(" ORDER BY r.id LIMIT ?");
    binds.append(limit);
    sql::Query q(db(), sql);
    for (const QVariant &value : std::as_const(binds))
        q.bind(value);
    QList<Recipient> result;
    if (!q.exec())
        return result;
    while (q.next()) {
        Recipient r;
        r.id = q.value(0).toLongLong();
        r.campaignId = campaignId;
        r.contactId = q.value(1).toLongLong();
        r.address = q.value(2).toString();
        r.content = q.value(3).toString();
        r.state = recipientStateFromKey(q.value(4).toString()).value_or(RecipientState::Unknown);
        r.clientKey = q.value(5).toString();
        r.providerId = q.value(6).toString();
        r.error = q.value(7).toString();
        r.updatedAt = sql::timeFrom(q.value(8));
        r.lastEvent = q.value(9).toString();
        r.lastEventAt = sql::timeFrom(q.value(10));
        result.append(r);
    }
    return result;
}

QList<qint64> CampaignStore::recipientContactIds(qint64 campaignId, const RecipientFilter &filter) const
{
    QString sql = QStringLiteral("SELECT DISTINCT r.contact_id FROM campaign_recipients r WHERE r.campaign_id = ? "
                                 "AND r.contact_id IS NOT NULL");
    if (filter.state)
        sql += QStringLiteral(" AND r.state = ?");
    if (filter.event)
        sql += QStringLiteral(" AND EXISTS (SELECT 1 FROM events x WHERE x.recipient_id = r.id AND x.type = ?)");
    sql::Query q(db(), sql + QStringLiteral(" ORDER BY r.contact_id"));
    q.bind(campaignId);
    if (filter.state)
        q.bind(recipientStateKey(*filter.state));
    if (filter.event)
        q.bind(eventTypeKey(*filter.event));
    QList<qint64> ids;
    if (q.exec()) {
        while (q.next())
            ids.append(q.value(0).toLongLong());
    }
    return ids;
}

QMap<RecipientState, qint64> CampaignStore::recipientCounts(qint64 campaignId) const
{
    QMap<RecipientState, qint64> counts;
    sql::Query q(db(),
                 QStringLiteral("SELECT state, count(*) FROM campaign_recipients WHERE campaign_id = ? "
                                "GROUP BY state"));
    if (q.bind(campaignId).exec()) {
        while (q.next()) {
            if (const auto state = recipientStateFromKey(q.value(0).toString()))
                counts.insert(*state, q.value(1).toLongLong());
        }
    }
    return counts;
}

QHash<qint64, qint64> CampaignStore::countsInState(RecipientState state) const
{
    QHash<qint64, qint64> counts;
    sql::Query q(db(),
                 QStringLiteral("SELECT campaign_id, count(*) FROM campaign_recipients"
                                " WHERE campaign_id IN (SELECT id FROM campaigns) AND state = ?"
                                " GROUP BY campaign_id"));
    if (q.bind(recipientStateKey(state)).exec()) {
        while (q.next())
            counts.insert(q.value(0).toLongLong(), q.value(1).toLongLong());
    }
    return counts;
}

qint64 CampaignStore::sentByAccountSince(qint64 accountId, const QDateTime &since) const
{
    sql::Query q(db(),
                 QStringLiteral("SELECT count(*) FROM campaign_recipients"
                                " WHERE campaign_id IN (SELECT id FROM campaigns WHERE account_id = ?)"
                                " AND state IN ('accepted', 'delivered', 'bounced', 'unknown', 'submitting')"
                                " AND updated_at >= ?"));
    if (q.bind(accountId).bind(sql::timeValue(since)).exec() && q.next())
        return q.value(0).toLongLong();
    return 0;
}

QHash<QString, qint64> CampaignStore::providerIds(qint64 campaignId) const
{
    QHash<QString, qint64> ids;
    sql::Query q(db(),
                 QStringLiteral("SELECT provider_id, id FROM campaign_recipients WHERE campaign_id = ? AND "
                                "provider_id IS NOT NULL"));
    if (q.bind(campaignId).exec()) {
        while (q.next())
            ids.insert(q.value(0).toString(), q.value(1).toLongLong());
    }
    return ids;
}

bool CampaignStore::recordSubmitResults(const QList<SubmitResult> &results)
{
    sql::Transaction transaction(db());
    const QVariant now = sql::timeValue(Store::now());
    sql::Query q(db(),
                 QStringLiteral("UPDATE campaign_recipients SET state = ?, provider_id = ?, error = ?, "
                                "updated_at = ? WHERE id = ?"));
    for (const SubmitResult &r : results) {
        q.bind(recipientStateKey(r.accepted ? RecipientState::Accepted : RecipientState::Failed));
        q.bind(sql::textOrNull(r.providerId)).bind(r.error).bind(now).bind(r.recipientId);
        if (!q.exec())
            return fail(q.error(), tr("save the send results"));
    }
    if (!transaction.commit())
        return fail(transaction.error(), tr("save the send results"));
    return succeed();
}

bool CampaignStore::reportRows(qint64 campaignId, const std::function<bool(const QStringList &)> &row,
                               QString *error) const
{
    // One pass: each recipient with its events folded in (the events' unique key starts with the recipient).
    sql::Query q(db(),
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
        *error = q.error().text();
        return false;
    }
    constexpr int Columns = 14;
    QStringList values;
    values.reserve(Columns);
    while (q.next()) {
        values.clear();
        for (int i = 0; i < Columns; ++i)
            values.append(q.value(i).toString());
        if (!row(values))
            break;
    }
    return true;
}

// --- A send's writes, for DispatchStore (in its transaction, with its batches)

bool CampaignStore::addSendRecipients(qint64 campaignId, const QList<Recipient> &recipients,
                                      const QList<qint64> &batchIds, int batchSize, const QList<int> &batchOf)
{
    const QString action = QCoreApplication::translate("cm::DispatchStore", "prepare the campaign's recipients");
    sql::Transaction transaction(db());
    sql::RawStatement recipient(db(),
                                "INSERT INTO campaign_recipients (campaign_id, contact_id, batch_id, address, content, "
                                "parts, client_key, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
    const QVariant at = sql::timeValue(now());
    const QByteArray atText = at.toString().toUtf8();
    for (qsizetype i = 0; i < recipients.size(); ++i) {
        const Recipient &r = recipients[i];
        recipient.bind(1, campaignId);
        if (r.contactId)
            recipient.bind(2, r.contactId);
        else
            recipient.bindNull(2);
        recipient.bind(3, batchIds.value(batchOf.isEmpty() ? i / batchSize : batchOf.at(i)));
        recipient.bind(4, r.address).bind(5, r.content);
        if (!recipient.bind(6, qint64(r.parts)).bind(7, r.clientKey).bind(8, atText).step())
            return fail(recipient.error(), action);
    }
    sql::Query state(db(), QStringLiteral("UPDATE campaigns SET state = 'sending', started_at = ? WHERE id = ?"));
    if (!state.bind(at).bind(campaignId).exec())
        return fail(state.error(), action);
    if (!transaction.commit())
        return fail(transaction.error(), action);
    announce(Change::Recipients, campaignId);
    announce(Change::Campaigns);
    return succeed();
}

bool CampaignStore::recordBatchOutcomes(qint64 campaignId, qint64 batchId, const QList<MessageOutcome> &outcomes,
                                        const QString &remoteId, const QString &unnamed)
{
    const QString action = QCoreApplication::translate("cm::DispatchStore", "record what the provider accepted");
    sql::Transaction transaction(db());
    // Each outcome found by its client key (unique): the unary + keeps SQLite from choosing the batch index
    // instead, which would scan the batch for every outcome.
    sql::RawStatement recipient(db(),
                                "UPDATE campaign_recipients SET state = ?, provider_id = ?, error = ?, updated_at = ? "
                                "WHERE client_key = ? AND +batch_id = ? AND state IN ('pending', 'submitting')");
    const QVariant at = sql::timeValue(now());
    const QByteArray atText = at.toString().toUtf8();
    static const QByteArray accepted = "accepted", unknown = "unknown", failed = "failed";
    for (const MessageOutcome &o : outcomes) {
        recipient.bind(1, o.accepted ? accepted : o.unknown ? unknown : failed);
        recipient.bindTextOrNull(2, o.providerId).bind(3, o.error).bind(4, atText).bind(5, o.clientKey);
        if (!recipient.bind(6, batchId).step())
            return fail(recipient.error(), action);
    }
    // A recipient the answer does not mention: the provider said nothing of it.
    sql::Query rest(db(),
                    QStringLiteral("UPDATE campaign_recipients SET state = 'unknown', error = ?, updated_at = ? "
                                   "WHERE batch_id = ? AND state IN ('pending', 'submitting')"));
    // The campaign's remote id is the first the provider gave (the one a single-request send has).
    sql::Query campaign(db(), QStringLiteral("UPDATE campaigns SET remote_id = ? WHERE remote_id IS NULL AND id = ?"));
    if (!rest.bind(unnamed).bind(at).bind(batchId).exec()
        || (!remoteId.isEmpty() && !campaign.bind(remoteId).bind(campaignId).exec()) || !transaction.commit())
        return fail(rest.error().isValid()               ? rest.error()
                            : campaign.error().isValid() ? campaign.error()
                                                         : transaction.error(),
                    action);
    announce(Change::Recipients, campaignId);
    return succeed();
}

bool CampaignStore::discardSendRecipients(qint64 campaignId)
{
    const QString action = QCoreApplication::translate("cm::DispatchStore", "keep the campaign scheduled");
    sql::Transaction transaction(db());
    sql::Query gone(db(),
                    QStringLiteral("SELECT count(*) FROM campaign_recipients WHERE campaign_id = ? "
                                   "AND state NOT IN ('pending', 'failed')"));
    if (!gone.bind(campaignId).exec() || !gone.next())
        return fail(gone.error(), action);
    if (gone.value(0).toLongLong() > 0)
        return fail(QCoreApplication::translate("cm::DispatchStore",
                                                "Some of this send may have gone out; it is kept as it is."));
    sql::Query recipients(db(), QStringLiteral("DELETE FROM campaign_recipients WHERE campaign_id = ?"));
    sql::Query campaign(db(),
                        QStringLiteral("UPDATE campaigns SET state = 'scheduled', started_at = NULL, resume_at = NULL "
                                       "WHERE id = ?"));
    if (!recipients.bind(campaignId).exec() || !campaign.bind(campaignId).exec() || !transaction.commit())
        return fail(recipients.error().isValid()         ? recipients.error()
                            : campaign.error().isValid() ? campaign.error()
                                                         : transaction.error(),
                    action);
    announce(Change::Recipients, campaignId);
    announce(Change::Campaigns, campaignId);
    return succeed();
}

bool CampaignStore::settleBatch(qint64 campaignId, qint64 batchId, RecipientState state, const QString &error)
{
    sql::Query recipients(db(),
                          QStringLiteral("UPDATE campaign_recipients SET state = ?, error = ?, updated_at = ? "
                                         "WHERE batch_id = ? AND state IN ('pending', 'submitting')"));
    recipients.bind(recipientStateKey(state)).bind(error).bind(sql::timeValue(now()));
    if (!recipients.bind(batchId).exec())
        return fail(recipients.error(), QCoreApplication::translate("cm::DispatchStore", "record the failed batch"));
    announce(Change::Recipients, campaignId);
    return succeed();
}

QList<qint64> CampaignStore::failedRecipientIds(qint64 campaignId) const
{
    QList<qint64> ids;
    sql::Query failed(db(),
                      QStringLiteral("SELECT id FROM campaign_recipients WHERE campaign_id = ? AND state = 'failed' "
                                     "ORDER BY id"));
    if (failed.bind(campaignId).exec()) {
        while (failed.next())
            ids.append(failed.value(0).toLongLong());
    }
    return ids;
}

bool CampaignStore::requeueRecipients(qint64 campaignId, const QList<qint64> &recipientIds,
                                      const QList<qint64> &batchIds, int batchSize)
{
    const QString action = QCoreApplication::translate("cm::DispatchStore", "retry the failed recipients");
    sql::Transaction transaction(db());
    sql::Query move(db(),
                    QStringLiteral("UPDATE campaign_recipients SET state = 'pending', batch_id = ?, error = '', "
                                   "updated_at = ? WHERE id = ?"));
    for (qsizetype i = 0; i < recipientIds.size(); ++i) {
        move.bind(batchIds.value(i / batchSize)).bind(sql::timeValue(now()));
        if (!move.bind(recipientIds[i]).exec())
            return fail(move.error(), action);
    }
    sql::Query state(db(), QStringLiteral("UPDATE campaigns SET state = 'sending' WHERE id = ? AND ?"));
    if (!state.bind(campaignId).bind(!recipientIds.isEmpty()).exec())
        return fail(state.error(), action);
    if (!transaction.commit())
        return fail(transaction.error(), action);
    if (!recipientIds.isEmpty()) {
        announce(Change::Recipients, campaignId);
        announce(Change::Campaigns);
    }
    return succeed();
}

QStringList CampaignStore::unknownClientKeys(qint64 campaignId) const
{
    QStringList keys;
    sql::Query q(db(),
                 QStringLiteral("SELECT client_key FROM campaign_recipients WHERE campaign_id = ? AND state = "
                                "'unknown' ORDER BY id"));
    if (q.bind(campaignId).exec()) {
        while (q.next())
            keys.append(q.value(0).toString());
    }
    return keys;
}

qint64 CampaignStore::resolveUnknown(qint64 campaignId, bool sent, const QString &note, const QStringList &onlyKeys)
{
    const QString action
            = QCoreApplication::translate("cm::DispatchStore", "record what happened to the unknown recipients");
    sql::Transaction transaction(db());
    sql::Query recipients(db(),
                          QStringLiteral("UPDATE campaign_recipients SET state = ?, error = ?, updated_at = ? "
                                         "WHERE campaign_id = ? AND state = 'unknown' AND (? OR client_key IN "
                                         "(SELECT value FROM json_each(?)))"));
    if (!recipients.bind(sent ? QStringLiteral("accepted") : QStringLiteral("failed"))
                 .bind(note)
                 .bind(sql::timeValue(now()))
                 .bind(campaignId)
                 .bind(onlyKeys.isEmpty())
                 .bind(QJsonDocument(QJsonArray::fromStringList(onlyKeys)).toJson(QJsonDocument::Compact))
                 .exec()) {
        fail(recipients.error(), action);
        return -1;
    }
    const qint64 changed = recipients.rowsAffected();
    // A campaign that ended as failed only because nothing was known to be accepted is sent after all.
    sql::Query campaign(db(),
                        QStringLiteral("UPDATE campaigns SET state = 'sent' WHERE id = ? AND state = 'failed' "
                                       "AND ?"));
    if (!campaign.bind(campaignId).bind(sent && changed > 0).exec() || !transaction.commit()) {
        fail(campaign.error().isValid() ? campaign.error() : transaction.error(), action);
        return -1;
    }
    succeed();
    if (changed > 0)
        announce(Change::Recipients, campaignId);
    announce(Change::Campaigns);
    return changed;
}

QList<QPair<QString, qint64>> CampaignStore::commonErrors(qint64 campaignId, int limit) const
{
    QList<QPair<QString, qint64>> errors;
    sql::Query q(db(),
                 QStringLiteral("SELECT error, count(*) FROM campaign_recipients WHERE campaign_id = ? AND state "
                                "IN ('failed', 'unknown') AND error <> '' GROUP BY error ORDER BY count(*) "
                                "DESC, error LIMIT ?"));
    if (q.bind(campaignId).bind(limit).exec()) {
        while (q.next())
            errors.append({q.value(0).toString(), q.value(1).toLongLong()});
    }
    return errors;
}

} // namespace cm
