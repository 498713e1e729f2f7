#include "experiment.h"

#include "series.h"
#include "sqlhelpers.h"

#include <QLocale>
#include <QSet>

namespace cm {

QString abMeasureKey(AbMeasure measure)
{
    switch (measure) {
    case AbMeasure::Delivery:
        return QStringLiteral("delivery");
    case AbMeasure::Open:
        return QStringLiteral("open");
    case AbMeasure::Click:
        return QStringLiteral("click");
    case AbMeasure::CostPerDelivered:
        return QStringLiteral("cost_delivered");
    case AbMeasure::CostPerClick:
        return QStringLiteral("cost_click");
    }
    return {};
}

std::optional<AbMeasure> abMeasureFromKey(const QString &key)
{
    for (const AbMeasure m : allAbMeasures()) {
        if (abMeasureKey(m) == key)
            return m;
    }
    return std::nullopt;
}

QString abMeasureName(AbMeasure measure)
{
    switch (measure) {
    case AbMeasure::Delivery:
        return AbTest::tr("delivery rate");
    case AbMeasure::Open:
        return AbTest::tr("open rate");
    case AbMeasure::Click:
        return AbTest::tr("click rate");
    case AbMeasure::CostPerDelivered:
        return AbTest::tr("cost per delivered message");
    case AbMeasure::CostPerClick:
        return AbTest::tr("cost per click");
    }
    return {};
}

QList<AbMeasure> allAbMeasures()
{
    return {AbMeasure::Delivery, AbMeasure::Open, AbMeasure::Click, AbMeasure::CostPerDelivered,
            AbMeasure::CostPerClick};
}

std::optional<AbVariant> AbTest::variant(const QString &label) const
{
    for (const AbVariant &v : variants) {
        if (v.label.compare(label, Qt::CaseInsensitive) == 0)
            return v;
    }
    return std::nullopt;
}

QString AbTest::stateText() const
{
    const QLocale locale;
    switch (state) {
    case AbState::Ready:
        return tr("A/B test of %n variant(s) on %1% each, by %2, waiting %3", "", int(variants.size()))
                .arg(sharePercent)
                .arg(abMeasureName(measure), SeriesFile::durationName(waitMinutes));
    case AbState::Testing:
        return tr("A/B test: the variants are out; the winner goes to the rest at %1")
                .arg(locale.toString(decisionDue().toLocalTime(), QLocale::ShortFormat));
    case AbState::Decided:
        if (decidedBy == QLatin1String("user"))
            return tr("A/B test: %1 won (picked by hand)").arg(winner);
        if (decidedBy == QLatin1String("nothing"))
            return tr("A/B test: %1 went to the rest (no variant had a %2 to compare)")
                    .arg(winner, abMeasureName(measure));
        return tr("A/B test: %1 won by %2").arg(winner, abMeasureName(measure));
    }
    return {};
}

QList<QList<qint64>> drawTestContacts(const QList<qint64> &audience, int variants, qint64 perVariant, quint64 seed)
{
    // splitmix64: its output is fixed by its definition (std's distributions are not, across libraries), so a draw
    // reads the same on every machine.
    quint64 state = seed;
    const auto next = [&state] {
        quint64 z = (state += 0x9e3779b97f4a7c15ULL);
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
        return z ^ (z >> 31);
    };
    QList<qint64> ids = audience;
    const qint64 wanted = qMin<qint64>(qint64(variants) * perVariant, ids.size());
    // The first `wanted` places of a Fisher-Yates shuffle: each contact equally likely, without shuffling the rest.
    for (qint64 i = 0; i < wanted; ++i) {
        const quint64 range = quint64(ids.size() - i);
        const qint64 j = i + qint64(next() % range); // the bias of % is below 2^-40 for any audience we hold
        std::swap(ids[i], ids[j]);
    }
    QList<QList<qint64>> drawn(variants);
    for (qint64 i = 0; i < wanted; ++i)
        drawn[i / perVariant].append(ids.at(i));
    return drawn;
}

std::optional<AbTest> ExperimentStore::byCampaign(qint64 campaignId) const
{
    sql::Query q(db(),
                 QStringLiteral("SELECT share, measure, wait_min, seed, state, started_at, coalesce(winner, ''), "
                                "decided_at, coalesce(decided_by, '') FROM ab_tests WHERE campaign_id = ?"));
    if (!q.bind(campaignId).exec() || !q.next())
        return std::nullopt;
    AbTest t;
    t.campaignId = campaignId;
    t.sharePercent = q.value(0).toInt();
    t.measure = abMeasureFromKey(q.value(1).toString()).value_or(AbMeasure::Delivery);
    t.waitMinutes = q.value(2).toInt();
    t.seed = quint64(q.value(3).toLongLong());
    const QString state = q.value(4).toString();
    t.state = state == QLatin1String("testing") ? AbState::Testing
            : state == QLatin1String("decided") ? AbState::Decided
                                                : AbState::Ready;
    t.startedAt = sql::timeFrom(q.value(5));
    t.winner = q.value(6).toString();
    t.decidedAt = sql::timeFrom(q.value(7));
    t.decidedBy = q.value(8).toString();
    sql::Query v(db(),
                 QStringLiteral("SELECT v.label, coalesce(v.template_id, 0), coalesce(v.account_id, 0), v.sender, "
                                "v.subject, coalesce(v.send_id, 0), coalesce(t.name, ''), coalesce(a.name, '') "
                                "FROM ab_variants v LEFT JOIN templates t ON t.id = v.template_id "
                                "LEFT JOIN accounts a ON a.id = v.account_id WHERE v.campaign_id = ? "
                                "ORDER BY v.label"));
    if (v.bind(campaignId).exec()) {
        while (v.next()) {
            t.variants.append({v.value(0).toString(), v.value(1).toLongLong(), v.value(2).toLongLong(),
                               v.value(3).toString(), v.value(4).toString(), v.value(5).toLongLong(),
                               v.value(6).toString(), v.value(7).toString()});
        }
    }
    return t;
}

QSet<qint64> ExperimentStore::testedCampaigns() const
{
    QSet<qint64> ids;
    sql::Query q(db(), QStringLiteral("SELECT campaign_id FROM ab_tests"));
    if (q.exec()) {
        while (q.next())
            ids.insert(q.value(0).toLongLong());
    }
    return ids;
}

bool ExperimentStore::save(AbTest &test)
{
    const QString action = tr("save the A/B test");
    sql::Transaction transaction(db());
    sql::Query state(db(), QStringLiteral("SELECT state FROM ab_tests WHERE campaign_id = ?"));
    if (!state.bind(test.campaignId).exec())
        return fail(state.error(), action);
    if (state.next() && state.value(0).toString() != QLatin1String("ready"))
        return fail(tr("The A/B test has started; it can no longer be changed."));
    sql::Query q(
            db(),
            QStringLiteral("INSERT INTO ab_tests (campaign_id, share, measure, wait_min, seed) VALUES (?, ?, ?, ?, ?) "
                           "ON CONFLICT (campaign_id) DO UPDATE SET share = excluded.share, "
                           "measure = excluded.measure, wait_min = excluded.wait_min, seed = excluded.seed"));
    q.bind(test.campaignId).bind(test.sharePercent).bind(abMeasureKey(test.measure)).bind(test.waitMinutes);
    if (!q.bind(qint64(test.seed)).exec())
        return fail(q.error(), action);
    sql::Query clear(db(), QStringLiteral("DELETE FROM ab_variants WHERE campaign_id = ?"));
    if (!clear.bind(test.campaignId).exec())
        return fail(clear.error(), action);
    sql::Query add(db(),
                   QStringLiteral("INSERT INTO ab_variants (campaign_id, label, template_id, account_id, sender, "
                                  "subject) VALUES (?, ?, ?, ?, ?, ?)"));
    for (const AbVariant &v : std::as_const(test.variants)) {
        add.bind(test.campaignId).bind(v.label).bind(sql::idOrNull(v.templateId)).bind(sql::idOrNull(v.accountId));
        if (!add.bind(v.sender).bind(v.subject).exec())
            return fail(add.error(), action);
    }
    if (!transaction.commit())
        return fail(transaction.error(), action);
    return succeed();
}

bool ExperimentStore::remove(qint64 campaignId)
{
    sql::Query q(db(), QStringLiteral("DELETE FROM ab_tests WHERE campaign_id = ? AND state = 'ready'"));
    if (!q.bind(campaignId).exec())
        return fail(q.error(), tr("remove the A/B test"));
    if (q.rowsAffected() == 0 && byCampaign(campaignId))
        return fail(tr("The A/B test has started; it can no longer be removed."));
    sql::Query v(db(), QStringLiteral("DELETE FROM ab_variants WHERE campaign_id = ?"));
    if (!v.bind(campaignId).exec())
        return fail(v.error(), tr("remove the A/B test"));
    return succeed();
}

bool ExperimentStore::start(qint64 campaignId, const AbVariant &variantA, const QHash<QString, qint64> &sendIds,
                            const QHash<QString, QList<qint64>> &drawn, const QDateTime &now)
{
    const QString action = tr("start the A/B test");
    sql::Transaction transaction(db());
    sql::Query q(db(),
                 QStringLiteral("UPDATE ab_tests SET state = 'testing', started_at = ? "
                                "WHERE campaign_id = ? AND state = 'ready'"));
    if (!q.bind(sql::timeValue(now)).bind(campaignId).exec())
        return fail(q.error(), action);
    if (q.rowsAffected() != 1)
        return fail(tr("The A/B test has started already."));
    // Variant A as the campaign is now (it may have been edited since the test was saved).
    sql::Query a(db(),
                 QStringLiteral("UPDATE ab_variants SET template_id = ?, account_id = ?, sender = ?, subject = ? "
                                "WHERE campaign_id = ? AND label = 'A'"));
    a.bind(sql::idOrNull(variantA.templateId)).bind(sql::idOrNull(variantA.accountId)).bind(variantA.sender);
    if (!a.bind(variantA.subject).bind(campaignId).exec())
        return fail(a.error(), action);
    sql::Query send(db(), QStringLiteral("UPDATE ab_variants SET send_id = ? WHERE campaign_id = ? AND label = ?"));
    sql::RawStatement add(db(), "INSERT OR IGNORE INTO campaign_audience (campaign_id, contact_id) VALUES (?, ?)");
    for (auto it = sendIds.begin(); it != sendIds.end(); ++it) {
        if (!send.bind(it.value()).bind(campaignId).bind(it.key()).exec())
            return fail(send.error(), action);
        for (const qint64 contactId : drawn.value(it.key())) {
            if (!add.bind(1, it.value()).bind(2, contactId).step())
                return fail(add.error(), action);
        }
    }
    if (!transaction.commit())
        return fail(transaction.error(), action);
    return succeed();
}

bool ExperimentStore::decide(qint64 campaignId, const QString &label, const QString &by, const QDateTime &now)
{
    sql::Query q(db(),
                 QStringLiteral("UPDATE ab_tests SET state = 'decided', winner = ?, decided_by = ?, decided_at = ? "
                                "WHERE campaign_id = ? AND state = 'testing'"));
    if (!q.bind(label).bind(by).bind(sql::timeValue(now)).bind(campaignId).exec())
        return fail(q.error(), tr("record the A/B test's winner"));
    if (q.rowsAffected() != 1)
        return fail(tr("The A/B test is not waiting for a winner: it has not started, or its winner was chosen."));
    return succeed();
}

QList<qint64> ExperimentStore::audience(qint64 sendId) const
{
    QList<qint64> ids;
    sql::Query q(db(),
                 QStringLiteral("SELECT contact_id FROM campaign_audience WHERE campaign_id = ? ORDER BY contact_id"));
    if (q.bind(sendId).exec()) {
        while (q.next())
            ids.append(q.value(0).toLongLong());
    }
    return ids;
}

QSet<qint64> ExperimentStore::testContacts(qint64 campaignId) const
{
    QSet<qint64> ids;
    sql::Query q(db(),
                 QStringLiteral("SELECT a.contact_id FROM ab_variants v JOIN campaign_audience a ON a.campaign_id = "
                                "v.send_id WHERE v.campaign_id = ? AND NOT EXISTS (SELECT 1 FROM campaign_recipients r "
                                "WHERE r.campaign_id = v.send_id AND r.contact_id = a.contact_id AND r.state = "
                                "'failed' AND coalesce(r.provider_id, '') = '')"));
    if (q.bind(campaignId).exec()) {
        while (q.next())
            ids.insert(q.value(0).toLongLong());
    }
    return ids;
}

QSet<QString> ExperimentStore::testAddresses(qint64 campaignId) const
{
    QSet<QString> addresses;
    sql::Query q(db(),
                 QStringLiteral("SELECT r.address FROM ab_variants v JOIN campaign_recipients r ON r.campaign_id = "
                                "v.send_id WHERE v.campaign_id = ? AND NOT (r.state = 'failed' AND "
                                "coalesce(r.provider_id, '') = '')"));
    if (q.bind(campaignId).exec()) {
        while (q.next())
            addresses.insert(q.value(0).toString());
    }
    return addresses;
}

std::optional<qint64> ExperimentStore::testOfSend(qint64 sendId) const
{
    sql::Query q(db(), QStringLiteral("SELECT variant_of FROM campaigns WHERE id = ? AND variant_of IS NOT NULL"));
    if (q.bind(sendId).exec() && q.next())
        return q.value(0).toLongLong();
    return std::nullopt;
}

} // namespace cm
