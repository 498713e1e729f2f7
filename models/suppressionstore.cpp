#include "suppressionstore.h"

#include "sqlhelpers.h"

#include <utility>

namespace cm {

QStringList Suppression::reasons()
{
    return {QStringLiteral("opt_out"), QStringLiteral("block"), QStringLiteral("bounce"), QStringLiteral("complaint")};
}

QString Suppression::reasonName(const QString &reason)
{
    if (reason == QLatin1String("opt_out"))
        return SuppressionStore::tr("Opted out");
    if (reason == QLatin1String("block"))
        return SuppressionStore::tr("Blocked");
    if (reason == QLatin1String("bounce"))
        return SuppressionStore::tr("Bounced");
    if (reason == QLatin1String("complaint"))
        return SuppressionStore::tr("Complained");
    return reason;
}

QString Suppression::channelName(const QString &channel)
{
    if (channel == QLatin1String("sms"))
        return SuppressionStore::tr("SMS");
    if (channel == QLatin1String("email"))
        return SuppressionStore::tr("Email");
    if (channel == QLatin1String("voice"))
        return SuppressionStore::tr("Calls");
    return SuppressionStore::tr("All channels");
}

QString Suppression::channelFor(Channel campaignChannel)
{
    switch (campaignChannel) {
    case Channel::Email:
        return QStringLiteral("email");
    case Channel::Voice:
        return QStringLiteral("voice");
    case Channel::Sms:
    case Channel::WhatsApp:
        break;
    }
    return QStringLiteral("sms");
}

QString Suppression::channelOf(const QString &address)
{
    return address.contains(QLatin1Char('@')) ? QStringLiteral("email") : QStringLiteral("sms");
}

SuppressionStore::SuppressionStore(Database *database, QObject *parent)
    : Store(database, parent)
{ }

SuppressionStore::SuppressionStore(Database *database, SuppressionStore *owner)
    : Store(database)
    , m_owner(owner)
{ }

SuppressionStore::~SuppressionStore() = default; // an open transaction rolls back

void SuppressionStore::announce()
{
    if (!m_transactions.empty()) {
        m_changedInTransaction = true;
        return;
    }
    emit changed();
    if (m_owner)
        QMetaObject::invokeMethod(m_owner, [owner = m_owner] { emit owner->changed(); });
}

bool SuppressionStore::begin()
{
    auto transaction = std::make_unique<sql::Transaction>(db());
    if (!transaction->isActive())
        return fail(transaction->error(), tr("add to the suppression list"));
    m_transactions.push_back(std::move(transaction));
    return succeed();
}

bool SuppressionStore::commit()
{
    if (m_transactions.empty())
        return succeed(); // nothing to commit
    const std::unique_ptr<sql::Transaction> transaction = std::move(m_transactions.back());
    m_transactions.pop_back();
    const bool committed = transaction->commit(); // else rolled back as it goes
    const bool changed = m_transactions.empty() && std::exchange(m_changedInTransaction, false);
    if (!committed)
        return fail(transaction->error(), tr("add to the suppression list"));
    succeed();
    if (changed)
        announce();
    return true;
}

void SuppressionStore::rollback()
{
    if (!m_transactions.empty())
        m_transactions.pop_back();
    if (m_transactions.empty())
        m_changedInTransaction = false;
}

QList<Suppression> SuppressionStore::list(const QString &search) const
{
    QList<Suppression> result;
    QString statement = QStringLiteral("SELECT id, channel, address, reason, source, created_at FROM suppressions");
    const QString pattern = QLatin1Char('%') + search.trimmed().toLower() + QLatin1Char('%');
    if (!search.trimmed().isEmpty())
        statement += QStringLiteral(" WHERE address LIKE ? OR lower(source) LIKE ?");
    sql::Query q(db(), statement + QStringLiteral(" ORDER BY id DESC"));
    if (!search.trimmed().isEmpty())
        q.bind(pattern).bind(pattern);
    if (q.exec()) {
        while (q.next()) {
            Suppression s;
            s.id = q.value(0).toLongLong();
            s.channel = q.value(1).toString();
            s.address = q.value(2).toString();
            s.reason = q.value(3).toString();
            s.source = q.value(4).toString();
            s.createdAt = sql::timeFrom(q.value(5));
            result.append(s);
        }
    }
    return result;
}

qint64 SuppressionStore::count() const
{
    sql::Query q(db(), QStringLiteral("SELECT count(*) FROM suppressions"));
    return q.exec() && q.next() ? q.value(0).toLongLong() : 0;
}

qint64 SuppressionStore::add(const QList<Suppression> &entries)
{
    sql::Transaction transaction(db());
    const QVariant now = sql::timeValue(Store::now());
    sql::Query q(db(),
                 QStringLiteral("INSERT OR IGNORE INTO suppressions (channel, address, reason, source, created_at) "
                                "VALUES (?, ?, ?, ?, ?)"));
    qint64 added = 0;
    for (const Suppression &s : entries) {
        q.bind(s.channel).bind(s.address).bind(s.reason).bind(s.source);
        q.bind(s.createdAt.isValid() ? sql::timeValue(s.createdAt) : now);
        if (!q.exec()) {
            fail(q.error(), tr("add to the suppression list"));
            return -1;
        }
        added += q.rowsAffected();
    }
    if (!transaction.commit()) {
        fail(transaction.error(), tr("add to the suppression list"));
        return -1;
    }
    succeed();
    if (added)
        announce();
    return added;
}

qint64 SuppressionStore::remove(const QList<qint64> &ids)
{
    sql::Transaction transaction(db());
    sql::Query q(db(), QStringLiteral("DELETE FROM suppressions WHERE id = ?"));
    qint64 removed = 0;
    for (qint64 id : ids) {
        if (!q.bind(id).exec()) {
            fail(q.error(), tr("remove from the suppression list"));
            return -1;
        }
        removed += q.rowsAffected();
    }
    if (!transaction.commit()) {
        fail(transaction.error(), tr("remove from the suppression list"));
        return -1;
    }
    succeed();
    if (removed)
        announce();
    return removed;
}

bool SuppressionStore::isSuppressed(const QString &channel, const QString &address) const
{
    sql::Query q(db(), QStringLiteral("SELECT 1 FROM suppressions WHERE address = ? AND channel IN (?, 'all')"));
    return q.bind(address).bind(channel).exec() && q.next();
}

} // namespace cm
