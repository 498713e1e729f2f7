// An A/B test's standings: each variant's measure from its latest report, the leader, and whether its lead may be
// chance (a two-proportion z-test of the leader against the runner-up).
#include "experiments.h"

#include "models/campaignstore.h"
#include "workspace.h"

#include <QLocale>

#include <cmath>

namespace cm {

double ExperimentService::twoProportionPValue(qint64 s1, qint64 n1, qint64 s2, qint64 n2)
{
    if (n1 <= 0 || n2 <= 0)
        return 1.0;
    const double p1 = double(s1) / double(n1);
    const double p2 = double(s2) / double(n2);
    const double pooled = double(s1 + s2) / double(n1 + n2);
    const double se = std::sqrt(pooled * (1 - pooled) * (1.0 / double(n1) + 1.0 / double(n2)));
    if (se <= 0)
        return p1 == p2 ? 1.0 : 0.0;
    const double z = std::abs(p1 - p2) / se;
    return std::erfc(z / std::sqrt(2.0)); // both tails of the normal distribution
}

QString ExperimentService::valueText(AbMeasure measure, const std::optional<double> &value, const QString &currency)
{
    if (!value)
        return tr("not yet");
    const QLocale locale;
    if (lowerWins(measure))
        return locale.toCurrencyString(*value, currency.isEmpty() ? locale.currencySymbol() : currency, 4);
    return locale.toString(*value * 100, 'f', 1) + QLatin1Char('%');
}

ExperimentService::Standings ExperimentService::standings(const AbTest &test) const
{
    Standings result;
    const bool cost = lowerWins(test.measure);
    for (const AbVariant &v : test.variants) {
        Standing row;
        row.variant = v;
        if (v.sendId) {
            const auto snapshot = m_workspace->campaigns()->latestSnapshot(v.sendId);
            const CampaignStats stats = snapshot ? snapshot->stats : m_workspace->campaigns()->computeStats(v.sendId);
            const auto value
                    = [&stats](CampaignStats::Counter c) { return stats.isReported(c) ? stats.value(c) : qint64(0); };
            row.sent = value(CampaignStats::Sent);
            row.currency = stats.currency;
            switch (test.measure) {
            case AbMeasure::Delivery:
                row.successes = value(CampaignStats::Delivered);
                row.trials = row.sent;
                break;
            case AbMeasure::Open:
                row.successes = value(CampaignStats::UniqueOpened);
                row.trials = value(CampaignStats::Delivered);
                break;
            case AbMeasure::Click:
                row.successes = value(CampaignStats::UniqueClicked);
                row.trials = value(CampaignStats::Delivered);
                break;
            case AbMeasure::CostPerDelivered:
            case AbMeasure::CostPerClick: {
                const qint64 count = value(test.measure == AbMeasure::CostPerDelivered ? CampaignStats::Delivered
                                                                                       : CampaignStats::UniqueClicked);
                row.successes = row.trials = count;
                if (stats.cost && count > 0)
                    row.value = *stats.cost / double(count);
                break;
            }
            }
            if (!cost && row.trials > 0)
                row.value = double(row.successes) / double(row.trials);
        }
        result.rows.append(row);
    }
    // The best value wins; on a tie, the earlier variant.
    const Standing *leader = nullptr;
    const Standing *runnerUp = nullptr;
    for (const Standing &row : std::as_const(result.rows)) {
        if (!row.value)
            continue;
        const auto better = [cost](const Standing &a, const Standing *b) {
            return !b || (cost ? *a.value < *b->value : *a.value > *b->value);
        };
        if (better(row, leader)) {
            runnerUp = leader;
            leader = &row;
        } else if (better(row, runnerUp)) {
            runnerUp = &row;
        }
    }
    if (!leader) {
        result.verdict = tr("No variant has a %1 yet.").arg(abMeasureName(test.measure));
        return result;
    }
    result.leader = leader->variant.label;
    const QString lead = tr("%1 leads on %2 (%3).")
                                 .arg(leader->variant.label, abMeasureName(test.measure),
                                      valueText(test.measure, leader->value, leader->currency));
    if (!runnerUp) {
        result.verdict
                = lead + QLatin1Char(' ') + tr("No other variant has a %1 yet.").arg(abMeasureName(test.measure));
        return result;
    }
    const QString against
            = tr("%1 has %2.")
                      .arg(runnerUp->variant.label, valueText(test.measure, runnerUp->value, runnerUp->currency));
    if (cost) {
        result.verdict = lead + QLatin1Char(' ') + against + QLatin1Char(' ')
                + tr("Costs have no significance test: compare the counts too.");
        return result;
    }
    result.pValue = twoProportionPValue(leader->successes, leader->trials, runnerUp->successes, runnerUp->trials);
    const QString p = QLocale().toString(*result.pValue, 'f', 3);
    result.verdict = lead + QLatin1Char(' ') + against + QLatin1Char(' ')
            + (*result.pValue < 0.05
                       ? tr("The difference is significant (p = %1): it is unlikely to be chance.").arg(p)
                       : tr("The difference is not significant (p = %1): it may be chance; a larger share or a "
                            "longer wait tells more.")
                                 .arg(p));
    return result;
}

} // namespace cm
