#include "dispatchstore.h"

#include "campaignstore.h"
#include "sqlhelpers.h"

#include <QScopeGuard>
#include <QSqlQuery>

namespace cm {

namespace {

// The commits of its scope sync to disk (synchronous=FULL), then the connection goes back to NORMAL. Set outside
// the transaction, where SQLite takes it.
class DurableScope
{
public:
    explicit DurableScope(const Database *database)
        : m_db(database->durableCommits() ? database->connection() : QSqlDatabase())
    {
        if (m_db.isValid())
            QSqlQuery(m_db).exec(QStringLiteral("PRAGMA synchronous = FULL"));
    }
    ~DurableScope()
    {
        if (m_db.isValid())
            QSqlQuery(m_db).exec(QStringLiteral("PRAGMA synchronous = NORMAL"));
    }
    DurableScope(const DurableScope &) = delete;
    DurableScope &operator=(const DurableScope &) = delete;

private:
    QSqlDatabase m_db;
};

} // namespace

DispatchStore::DispatchStore(CampaignStore *campaigns, QObject *parent)
    : Store(campaigns->database(), parent)
    , m_campaigns(campaigns)
{ }

DispatchStore::DispatchStore(Database *database, QObject *parent)
    : Store(database, parent)
    , m_campaigns(new CampaignStore(database, this))
{ }

bool DispatchStore::failFromCampaigns()
{
    return fail(m_campaigns->lastError());
}

qint64 DispatchStore::campaignOf(qint64 batchId) const
{
    sql::Query q(db(), QStringLiteral("SELECT campaign_id FROM send_batches WHERE id = ?"));
    return q.bind(batchId).exec() && q.next() ? q.value(0).toLongLong() : 0;
}

bool DispatchStore::hasSnapshot(qint64 campaignId) const
{
    sql::Query q(db(), QStringLiteral("SELECT 1 FROM send_batches WHERE campaign_id = ? LIMIT 1"));
    return q.bind(campaignId).exec() && q.next();
}

bool DispatchStore::snapshot(qint64 campaignId, const QList<Recipient> &recipients, int batchSize,
                             const QList<QDateTime> &releases)
{
    const QString action = tr("prepare the campaign's recipients");
    DurableScope durable(database());
    if (!m_campaigns->begin())
        return failFromCampaigns();
    auto rollback = qScopeGuard([this] { m_campaigns->rollback(); });
    sql::Query batch(db(),
                     QStringLiteral("INSERT INTO send_batches (campaign_id, seq, updated_at, not_before) "
                                    "VALUES (?, ?, ?, ?)"));
    const QVariant at = sql::timeValue(now());
    QList<qint64> batchIds;
    QList<int> batchOf; // with releases: recipient → index in batchIds
    if (releases.isEmpty()) {
        for (qsizetype i = 0; i < recipients.size(); i += batchSize) {
            if (!batch.bind(campaignId).bind(int(i / batchSize) + 1).bind(at).bind(QVariant()).exec())
                return fail(batch.error(), action);
            batchIds.append(batch.lastInsertId());
        }
    } else {
        // A new batch where the release time changes or the batch is full (the caller ordered them by release).
        batchOf.reserve(recipients.size());
        qsizetype inBatch = 0;
        for (qsizetype i = 0; i < recipients.size(); ++i) {
            if (i == 0 || releases.value(i) != releases.value(i - 1) || inBatch == batchSize) {
                if (!batch.bind(campaignId)
                             .bind(int(batchIds.size()) + 1)
                             .bind(at)
                             .bind(sql::timeValue(releases.value(i)))
                             .exec())
                    return fail(batch.error(), action);
                batchIds.append(batch.lastInsertId());
                inBatch = 0;
            }
            batchOf.append(int(batchIds.size() - 1));
            ++inBatch;
        }
    }
    if (!m_campaigns->addSendRecipients(campaignId, recipients, batchIds, batchSize, batchOf))
        return failFromCampaigns();
    rollback.dismiss();
    if (!m_campaigns->commit())
        return failFromCampaigns();
    return succeed();
}

int DispatchStore::markInterrupted(const SendLease &lease)
{
    const QString action = tr("record the interrupted send");
    const QString why = tr("The send was interrupted while this was with the provider; it may have been sent.");
    const qint64 campaignId = lease.campaignId;
    DurableScope durable(database());
    if (!m_campaigns->begin()) {
        failFromCampaigns();
        return -1;
    }
    auto rollback = qScopeGuard([this] { m_campaigns->rollback(); });
    // Only while the lease is this send's: one that lost it (a snapshot that held the database past the lease)
    // must not mark the new owner's batch in flight.
    if (const auto holder = leaseOf(campaignId);
        !holder || holder->owner != lease.owner || holder->expiresAt <= now()) {
        fail(tr("This send lost its hold on the campaign before it began; send again."));
        return -1;
    }
    sql::Query submitting(db(),
                          QStringLiteral("SELECT id FROM send_batches WHERE campaign_id = ? AND state = 'submitting' "
                                         "AND owner IS NOT ? ORDER BY seq"));
    if (!submitting.bind(campaignId).bind(lease.owner).exec()) {
        fail(submitting.error(), action);
        return -1;
    }
    QList<qint64> batchIds;
    while (submitting.next())
        batchIds.append(submitting.value(0).toLongLong());
    for (const qint64 batchId : std::as_const(batchIds)) {
        if (!m_campaigns->settleBatch(campaignId, batchId, RecipientState::Unknown, why)) {
            failFromCampaigns();
            return -1;
        }
    }
    sql::Query batches(db(),
                       QStringLiteral("UPDATE send_batches SET state = 'unknown', error = ?, updated_at = ? "
                                      "WHERE campaign_id = ? AND state = 'submitting' AND owner IS NOT ?"));
    if (!batches.bind(why).bind(sql::timeValue(now())).bind(campaignId).bind(lease.owner).exec()) {
        fail(batches.error(), action);
        return -1;
    }
    rollback.dismiss();
    if (!m_campaigns->commit()) {
        failFromCampaigns();
        return -1;
    }
    succeed();
    return batches.rowsAffected();
}

std::optional<SendBatch> DispatchStore::nextPending(qint64 campaignId, const QDateTime &at) const
{
    sql::Query q(db(),
                 QStringLiteral("SELECT id, seq, state, attempts, error FROM send_batches WHERE campaign_id = ? AND "
                                "state = 'pending' AND (not_before IS NULL OR ? IS NULL OR not_before <= ?) "
                                "ORDER BY seq LIMIT 1"));
    const QVariant time = sql::timeValue(at);
    if (!q.bind(campaignId).bind(time).bind(time).exec() || !q.next())
        return std::nullopt;
    return SendBatch {q.value(0).toLongLong(), campaignId,         q.value(1).toInt(),
                      q.value(2).toString(),   q.value(3).toInt(), q.value(4).toString()};
}

int DispatchStore::postponeLate(qint64 campaignId, const QDateTime &now, qint64 slackSeconds)
{
    const QString action = tr("put off the recipients whose hours have passed");
    sql::Query late(db(),
                    QStringLiteral("SELECT id, not_before FROM send_batches WHERE campaign_id = ? AND state = "
                                   "'pending' AND not_before IS NOT NULL AND not_before < ?"));
    if (!late.bind(campaignId).bind(sql::timeValue(now.addSecs(-slackSeconds))).exec()) {
        fail(late.error(), action);
        return -1;
    }
    QList<QPair<qint64, QDateTime>> moves;
    constexpr qint64 Day = 86400;
    while (late.next()) {
        const QDateTime was = sql::timeFrom(late.value(1));
        const qint64 behind = was.addSecs(slackSeconds).secsTo(now); // > 0
        moves.append({late.value(0).toLongLong(), was.addSecs((behind + Day - 1) / Day * Day)});
    }
    sql::Transaction transaction(db());
    sql::Query move(db(), QStringLiteral("UPDATE send_batches SET not_before = ? WHERE id = ? AND state = 'pending'"));
    for (const auto &[id, at] : std::as_const(moves)) {
        if (!move.bind(sql::timeValue(at)).bind(id).exec()) {
            fail(move.error(), action);
            return -1;
        }
    }
    if (!transaction.commit()) {
        fail(transaction.error(), action);
        return -1;
    }
    succeed();
    return int(moves.size());
}

QDateTime DispatchStore::nextRelease(qint64 campaignId) const
{
    sql::Query q(
            db(),
            QStringLiteral("SELECT min(not_before) FROM send_batches WHERE campaign_id = ? AND state = 'pending'"));
    if (!q.bind(campaignId).exec() || !q.next())
        return {};
    return sql::timeFrom(q.value(0));
}

QMap<QDateTime, qint64> DispatchStore::pendingReleases(qint64 campaignId) const
{
    QMap<QDateTime, qint64> releases;
    sql::Query q(db(),
                 QStringLiteral("SELECT b.not_before, count(*) FROM send_batches b JOIN campaign_recipients r ON "
                                "r.batch_id = b.id WHERE b.campaign_id = ? AND b.state = 'pending' AND b.not_before "
                                "IS NOT NULL GROUP BY b.not_before"));
    if (q.bind(campaignId).exec()) {
        while (q.next())
            releases.insert(sql::timeFrom(q.value(0)), q.value(1).toLongLong());
    }
    return releases;
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

bool DispatchStore::beginBatch(const SendLease &lease, qint64 batchId)
{
    const QString action = tr("record the batch being sent");
    DurableScope durable(database());
    sql::Transaction transaction(db());
    // The batch row alone records what is in flight: its recipients stay pending until the answer, and whatever
    // a crash leaves in a submitting batch becomes unknown (markInterrupted). One row written, not one per
    // recipient (and its index entries) twice. Only while the lease is this send's and has not expired.
    const QVariant at = sql::timeValue(now());
    sql::Query batch(db(),
                     QStringLiteral("UPDATE send_batches SET state = 'submitting', owner = ?, attempts = attempts + 1, "
                                    "updated_at = ? WHERE id = ? AND state = 'pending' AND EXISTS (SELECT 1 FROM "
                                    "send_leases l WHERE l.campaign_id = send_batches.campaign_id AND l.owner = ? "
                                    "AND l.expires_at > ?)"));
    if (!batch.bind(lease.owner).bind(at).bind(batchId).bind(lease.owner).bind(at).exec())
        return fail(batch.error(), action);
    if (batch.rowsAffected() != 1) {
        const auto holder = leaseOf(campaignOf(batchId));
        return fail(holder && holder->owner != lease.owner
                            ? tr("Another send has taken this campaign over: %1.").arg(holder->describe())
                            : tr("The batch is not waiting to be sent, or this send's hold on the campaign expired."));
    }
    if (!transaction.commit())
        return fail(transaction.error(), action);
    return succeed();
}

bool DispatchStore::isSubmittingBy(const SendLease &lease, qint64 batchId)
{
    sql::Query q(db(), QStringLiteral("SELECT state, owner FROM send_batches WHERE id = ?"));
    if (!q.bind(batchId).exec())
        return fail(q.error(), tr("record what the provider answered"));
    if (q.next() && q.value(0).toString() == QLatin1String("submitting") && q.value(1).toString() == lease.owner)
        return true;
    const auto holder = leaseOf(lease.campaignId);
    return fail(tr("This send lost its hold on the campaign while the provider answered; %1 The answer was not "
                   "recorded: the batch stays as that send recorded it.")
                        .arg(holder && holder->owner != lease.owner
                                     ? tr("it is sent by %1 now.").arg(holder->describe())
                                     : tr("another send took it over.")));
}

bool DispatchStore::finishBatch(const SendLease &lease, qint64 batchId, const QList<MessageOutcome> &outcomes,
                                const QString &remoteId)
{
    const QString action = tr("record what the provider accepted");
    DurableScope durable(database());
    if (!m_campaigns->begin())
        return failFromCampaigns();
    auto rollback = qScopeGuard([this] { m_campaigns->rollback(); });
    if (!isSubmittingBy(lease, batchId))
        return false;
    if (!m_campaigns->recordBatchOutcomes(campaignOf(batchId), batchId, outcomes, remoteId,
                                          tr("The provider's answer did not mention this recipient.")))
        return failFromCampaigns();
    sql::Query batch(db(),
                     QStringLiteral("UPDATE send_batches SET state = 'accepted', remote_id = ?, updated_at = ? "
                                    "WHERE id = ?"));
    if (!batch.bind(sql::textOrNull(remoteId)).bind(sql::timeValue(now())).bind(batchId).exec())
        return fail(batch.error(), action);
    rollback.dismiss();
    if (!m_campaigns->commit())
        return failFromCampaigns();
    return succeed();
}

bool DispatchStore::failBatch(const SendLease &lease, qint64 batchId, const QString &error, bool unknown)
{
    const QString state = unknown ? QStringLiteral("unknown") : QStringLiteral("failed");
    DurableScope durable(database());
    if (!m_campaigns->begin())
        return failFromCampaigns();
    auto rollback = qScopeGuard([this] { m_campaigns->rollback(); });
    if (!isSubmittingBy(lease, batchId))
        return false;
    if (!m_campaigns->settleBatch(campaignOf(batchId), batchId,
                                  unknown ? RecipientState::Unknown : RecipientState::Failed, error))
        return failFromCampaigns();
    sql::Query batch(db(), QStringLiteral("UPDATE send_batches SET state = ?, error = ?, updated_at = ? WHERE id = ?"));
    if (!batch.bind(state).bind(error).bind(sql::timeValue(now())).bind(batchId).exec())
        return fail(batch.error(), tr("record the failed batch"));
    rollback.dismiss();
    if (!m_campaigns->commit())
        return failFromCampaigns();
    return succeed();
}

bool DispatchStore::discardSnapshot(const SendLease &lease)
{
    const QString action = tr("keep the campaign scheduled");
    DurableScope durable(database());
    if (!m_campaigns->begin())
        return failFromCampaigns();
    auto rollback = qScopeGuard([this] { m_campaigns->rollback(); });
    const auto holder = leaseOf(lease.campaignId);
    if (!holder || holder->owner != lease.owner)
        return fail(tr("Another send has taken this campaign over."));
    // A batch with its request out may have gone: then nothing is taken back.
    sql::Query inFlight(db(),
                        QStringLiteral("SELECT 1 FROM send_batches WHERE campaign_id = ? AND state = 'submitting'"));
    if (!inFlight.bind(lease.campaignId).exec())
        return fail(inFlight.error(), action);
    if (inFlight.next())
        return fail(tr("Some of this send may have gone out; it is kept as it is."));
    sql::Query batches(db(), QStringLiteral("DELETE FROM send_batches WHERE campaign_id = ?"));
    if (!m_campaigns->discardSendRecipients(lease.campaignId))
        return failFromCampaigns();
    if (!batches.bind(lease.campaignId).exec())
        return fail(batches.error(), action);
    rollback.dismiss();
    if (!m_campaigns->commit())
        return failFromCampaigns();
    return succeed();
}

qint64 DispatchStore::retryFailed(qint64 campaignId, int batchSize)
{
    const QString action = tr("retry the failed recipients");
    if (!m_campaigns->begin()) {
        failFromCampaigns();
        return -1;
    }
    auto rollback = qScopeGuard([this] { m_campaigns->rollback(); });
    const QList<qint64> ids = m_campaigns->failedRecipientIds(campaignId);
    sql::Query last(db(), QStringLiteral("SELECT coalesce(max(seq), 0) FROM send_batches WHERE campaign_id = ?"));
    if (!last.bind(campaignId).exec() || !last.next()) {
        fail(last.error(), action);
        return -1;
    }
    int seq = last.value(0).toInt();
    sql::Query batch(db(), QStringLiteral("INSERT INTO send_batches (campaign_id, seq, updated_at) VALUES (?, ?, ?)"));
    QList<qint64> batchIds;
    for (qsizetype i = 0; i < ids.size(); i += batchSize) {
        if (!batch.bind(campaignId).bind(++seq).bind(sql::timeValue(now())).exec()) {
            fail(batch.error(), action);
            return -1;
        }
        batchIds.append(batch.lastInsertId());
    }
    if (!m_campaigns->requeueRecipients(campaignId, ids, batchIds, batchSize)) {
        failFromCampaigns();
        return -1;
    }
    rollback.dismiss();
    if (!m_campaigns->commit()) {
        failFromCampaigns();
        return -1;
    }
    succeed();
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

qint64 DispatchStore::resolveUnknown(qint64 campaignId, bool sent, const QString &why, const QStringList &onlyKeys)
{
    const QString action = tr("record what happened to the unknown recipients");
    if (!m_campaigns->begin()) {
        failFromCampaigns();
        return -1;
    }
    auto rollback = qScopeGuard([this] { m_campaigns->rollback(); });
    const QString note = !why.isEmpty() ? why
            : sent                      ? tr("Confirmed as sent by the user.")
                                        : tr("Confirmed as not sent by the user; retry to send it.");
    const qint64 changed = m_campaigns->resolveUnknown(campaignId, sent, note, onlyKeys);
    if (changed < 0) {
        failFromCampaigns();
        return -1;
    }
    sql::Query batches(db(),
                       QStringLiteral("UPDATE send_batches SET state = ?, updated_at = ? "
                                      "WHERE campaign_id = ? AND state = 'unknown' AND NOT EXISTS (SELECT 1 FROM "
                                      "campaign_recipients r WHERE r.batch_id = send_batches.id AND "
                                      "r.state = 'unknown')"));
    if (!batches.bind(sent ? QStringLiteral("accepted") : QStringLiteral("failed"))
                 .bind(sql::timeValue(now()))
                 .bind(campaignId)
                 .exec()) {
        fail(batches.error(), action);
        return -1;
    }
    rollback.dismiss();
    if (!m_campaigns->commit()) {
        failFromCampaigns();
        return -1;
    }
    succeed();
    return changed;
}

} // namespace cm
