// A/B tests, run: a campaign with a test is sent through send(), which draws the test contacts (seeded), sends each
// variant to its share as a send of its own, and schedules the campaign for when the wait ends. Then send() (the
// scheduler's, GUI or `campaignctl run-due`) refreshes the variants' reports, picks the winner by the test's
// measure, makes the winner's template, subject, sender and account the campaign's, and sends it to the rest of the
// audience: nobody the test reached. The user may pick the winner sooner (pick()). Each step is a conditional write
// (ExperimentStore), so two processes never start or decide a test twice, and the leases keep each send single.
#pragma once

#include "models/experiment.h"

#include <QHash>
#include <QObject>
#include <QPointer>

namespace cm {

class Dispatcher;
class Job;
class JobTracker;
class ReportService;
class Workspace;

class ExperimentService : public QObject
{
    Q_OBJECT
public:
    ExperimentService(Workspace *workspace, Dispatcher *dispatcher, ReportService *reports, JobTracker *jobs,
                      QObject *parent = nullptr);

    // A new test of the campaign: variant A is the campaign as it is, B a copy to change; 10% each, by delivery
    // rate (or the first measure the account reports), four hours.
    AbTest draft(const Campaign &campaign) const;
    // The measures that can pick a winner: those every variant's provider reports on the campaign's channel (a cost
    // only where the account has a price).
    QList<AbMeasure> measuresFor(const Campaign &campaign, const QList<AbVariant> &variants) const;
    // What keeps the test from being saved (translated, each says what to fix); empty when nothing does.
    QStringList problems(const Campaign &campaign, const AbTest &test) const;
    // Saves it (before it started), variant A following the campaign. False with `error` (translated).
    bool save(AbTest &test, QString *error);
    bool remove(qint64 campaignId, QString *error);

    // Sends a campaign, the way the user's Send and the scheduler do: one without a test (or whose winner is chosen)
    // through the dispatcher; a test not started: its variants; a test whose wait has ended: the winner to the rest.
    // The job's "accepted", "failed" and "unknown" properties add up its sends'.
    Job *send(qint64 campaignId);
    // The user's choice of winner, before or after the wait: it goes to the rest now.
    Job *pick(qint64 campaignId, const QString &label);

    // The variants side by side, from their latest reports.
    struct Standing
    {
        AbVariant variant;
        qint64 sent = 0;
        qint64 successes = 0;        // for a rate: delivered, opened or clicked
        qint64 trials = 0;           // its base: sent or delivered
        std::optional<double> value; // the measure; nullopt until there is something to measure
        QString currency;
    };
    struct Standings
    {
        QList<Standing> rows;
        QString leader;               // the label of the best value, empty when none has one
        std::optional<double> pValue; // the leader against the runner-up (rates only: a two-proportion z-test)
        QString verdict;              // translated: who leads, by how much, and whether it may be chance
    };
    Standings standings(const AbTest &test) const;
    // Two-sided p-value of the difference between two proportions (s1 of n1, s2 of n2); 1 when it cannot be told.
    static double twoProportionPValue(qint64 s1, qint64 n1, qint64 s2, qint64 n2);
    // The value as the report shows it: "97.1%", or "€0.041".
    static QString valueText(AbMeasure measure, const std::optional<double> &value, const QString &currency);

signals:
    void sendStarted(qint64 campaignId, cm::Job *job); // a variant's or the rest's send
    void testChanged(qint64 campaignId);

private:
    Job *track(qint64 campaignId, Job *job); // in m_running until it finishes
    // When the last variant still going out will have gone (its last release), or invalid when all have.
    QDateTime variantsGoneAt(const AbTest &test) const;
    Job *startTest(const Campaign &campaign, const AbTest &test);
    Job *decide(const Campaign &campaign, const AbTest &test, const QString &picked);
    Job *sendRest(Job *job, const Campaign &campaign, const AbTest &test, const QString &label, const QString &by);
    // Sends each campaign and adds up their outcomes into `job`, which finishes with `message` once they all ended.
    void sendAll(Job *job, const QList<qint64> &campaignIds, const QString &message);

    Workspace *m_workspace;
    Dispatcher *m_dispatcher;
    ReportService *m_reports;
    JobTracker *m_jobs;
    QHash<qint64, QPointer<Job>> m_running; // campaign → its test's start or decision in this process
};

} // namespace cm
