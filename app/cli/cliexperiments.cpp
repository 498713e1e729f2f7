// campaignctl's A/B tests: the test options of campaigns create, campaigns winner, reports show --variants.
#include "cli.h"
#include "cliutil.h"

#include "app/services/experiments.h"
#include "app/services/job.h"
#include "app/services/reportservice.h"
#include "app/services/workspace.h"
#include "models/accountstore.h"
#include "models/campaignstore.h"
#include "models/series.h"
#include "models/templatestore.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QLocale>

#include <memory>

namespace cm {

std::optional<AbTest> Cli::abTestFrom(const Campaign &campaign, const QStringList &variants, const QString &share,
                                      const QString &measure, const QString &wait, QString *problem)
{
    AbTest test = m_experiments->draft(campaign);
    test.variants = test.variants.mid(0, 1); // A: the campaign itself
    for (const QString &spec : variants) {
        AbVariant v = test.variants.first();
        v.label = QString(QChar(char16_t(u'A' + test.variants.size())));
        for (const QString &pair : spec.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
            const qsizetype eq = pair.indexOf(QLatin1Char('='));
            const QString key = pair.left(eq).trimmed();
            const QString value = pair.mid(eq + 1).trimmed();
            if (eq <= 0) {
                *problem = tr("--variant takes KEY=VALUE pairs separated by ';' (template, subject, sender, "
                              "account), not “%1”.")
                                   .arg(pair);
                return std::nullopt;
            }
            if (key == QLatin1String("template")) {
                const auto t = m_workspace->templates()->byName(value);
                if (!t) {
                    *problem = tr("There is no template named “%1”. See campaignctl templates list.").arg(value);
                    return std::nullopt;
                }
                v.templateId = t->id;
            } else if (key == QLatin1String("account")) {
                const auto a = m_workspace->accounts()->byName(value);
                if (!a) {
                    *problem = tr("There is no account named “%1”. See campaignctl accounts list.").arg(value);
                    return std::nullopt;
                }
                v.accountId = a->id;
            } else if (key == QLatin1String("sender")) {
                v.sender = value;
            } else if (key == QLatin1String("subject")) {
                v.subject = value;
            } else {
                *problem = tr("A variant differs in template, subject, sender or account, not “%1”.").arg(key);
                return std::nullopt;
            }
        }
        test.variants.append(v);
    }
    bool ok = true;
    if (!share.isEmpty())
        test.sharePercent = QString(share).remove(QLatin1Char('%')).toInt(&ok);
    if (!ok) {
        *problem = tr("--test-share takes a percentage of the audience for each variant, such as 10.");
        return std::nullopt;
    }
    if (!measure.isEmpty()) {
        const auto m = abMeasureFromKey(measure);
        if (!m) {
            *problem = tr("--winner-by takes delivery, open, click, cost_delivered or cost_click, not “%1”.")
                               .arg(measure);
            return std::nullopt;
        }
        test.measure = *m;
    }
    if (!wait.isEmpty()) {
        const auto minutes = SeriesFile::parseDuration(wait); // as a series' delays: 4h, 90m, 1d 12h
        if (!minutes) {
            *problem = tr("--wait takes how long to wait for the winner, such as 4h, 90m or 1d (30 days at most).");
            return std::nullopt;
        }
        test.waitMinutes = *minutes;
    }
    if (const QStringList problems = m_experiments->problems(campaign, test); !problems.isEmpty()) {
        *problem = problems.join(QLatin1Char(' '));
        return std::nullopt;
    }
    return test;
}

void Cli::campaignWinner(const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption pick(QStringLiteral("pick"), {}, QStringLiteral("VARIANT"));
    parser.addOption(pick);
    QString error;
    if (!parseArguments(parser, args.mid(1), 1, &error))
        return usage(error);
    if (!openWorkspace())
        return;
    const auto campaign = campaignNamed(parser.positionalArguments().first());
    if (!campaign)
        return;
    const auto test = m_workspace->experiments()->byCampaign(campaign->id);
    if (!test)
        return fail(tr("“%1” has no A/B test.").arg(campaign->name));
    if (parser.isSet(pick))
        return endWithJob(m_experiments->pick(campaign->id, parser.value(pick).trimmed().toUpper()));
    showVariants(*campaign, false);
}

void Cli::showVariants(const Campaign &campaign, bool refresh)
{
    const auto test = m_workspace->experiments()->byCampaign(campaign.id);
    if (!test)
        return fail(tr("“%1” has no A/B test.").arg(campaign.name));
    const auto show = [this, campaign, test] {
        const auto current = m_workspace->experiments()->byCampaign(campaign.id).value_or(*test);
        const ExperimentService::Standings s = m_experiments->standings(current);
        if (m_json) {
            QJsonArray rows;
            for (const ExperimentService::Standing &row : s.rows) {
                rows.append(QJsonObject {{QStringLiteral("variant"), row.variant.label},
                                         {QStringLiteral("template"), row.variant.templateName},
                                         {QStringLiteral("account"), row.variant.accountName},
                                         {QStringLiteral("sender"), row.variant.sender},
                                         {QStringLiteral("subject"), row.variant.subject},
                                         {QStringLiteral("sent"), row.sent},
                                         {QStringLiteral("successes"), row.successes},
                                         {QStringLiteral("base"), row.trials},
                                         {QStringLiteral("value"), row.value ? QJsonValue(*row.value) : QJsonValue()}});
            }
            printJson({{QStringLiteral("campaign"), campaign.name},
                       {QStringLiteral("measure"), abMeasureKey(current.measure)},
                       {QStringLiteral("state"),
                        current.state == AbState::Ready             ? QStringLiteral("ready")
                                : current.state == AbState::Testing ? QStringLiteral("testing")
                                                                    : QStringLiteral("decided")},
                       {QStringLiteral("winner"), current.winner.isEmpty() ? QJsonValue() : QJsonValue(current.winner)},
                       {QStringLiteral("leader"), s.leader.isEmpty() ? QJsonValue() : QJsonValue(s.leader)},
                       {QStringLiteral("p_value"), s.pValue ? QJsonValue(*s.pValue) : QJsonValue()},
                       {QStringLiteral("variants"), rows}});
            return finish(Success);
        }
        print(QStringLiteral("%1: %2").arg(campaign.name, current.stateText()));
        QList<QStringList> rows;
        const QLocale locale;
        for (const ExperimentService::Standing &row : s.rows) {
            const AbVariant &v = row.variant;
            rows.append({v.label + (v.label == current.winner ? QStringLiteral(" ✓") : QString()), v.templateName,
                         v.subject, v.sender, v.accountName, locale.toString(row.sent),
                         lowerWins(current.measure) ? locale.toString(row.successes)
                                                    : QStringLiteral("%1/%2").arg(row.successes).arg(row.trials),
                         ExperimentService::valueText(current.measure, row.value, row.currency)});
        }
        printTable({tr("VARIANT"), tr("TEMPLATE"), tr("SUBJECT"), tr("SENDER"), tr("ACCOUNT"), tr("SENT"),
                    tr("COUNTED"), abMeasureName(current.measure).toUpper()},
                   rows);
        print(s.verdict);
        finish(Success);
    };
    if (!refresh)
        return show();
    auto left = std::make_shared<int>(0);
    for (const AbVariant &v : test->variants) {
        if (!v.sendId)
            continue;
        ++*left;
        connect(m_reportService->refresh(v.sendId), &Job::finished, this, [left, show](bool, const QString &) {
            if (--*left == 0)
                show(); // a refresh that failed leaves the report it had
        });
    }
    if (*left == 0)
        show();
}

} // namespace cm
