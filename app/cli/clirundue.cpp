// campaignctl run-due: sends what is due, for cron and the like, then exits.
#include "cli.h"
#include "cliutil.h"

#include "app/services/job.h"
#include "app/services/scheduler.h"

#include <QCommandLineParser>
#include <QJsonArray>

#include <memory>

namespace cm {

const char Cli::runDueHelp[] = QT_TRANSLATE_NOOP(
        "cm::Cli",
        "  run-due                             # sends what is due (scheduled, paused by its window, series steps)");

void Cli::runDue(const QStringList &args)
{
    QCommandLineParser parser;
    QString error;
    if (!parseArguments(parser, args, 0, &error))
        return usage(error);
    if (!openWorkspace())
        return;
    auto *scheduler = new Scheduler(m_workspace.get(), m_dispatcher.get(), m_series.get(), m_experiments.get(), this);
    const QList<Job *> jobs = scheduler->runDue();
    if (jobs.isEmpty()) {
        if (m_json)
            printJson({{QStringLiteral("sends"), QJsonArray()}});
        else
            print(tr("Nothing is due."));
        return finish(Success);
    }
    // Every send reports when it ends; the command ends with the last of them.
    auto results = std::make_shared<QJsonArray>();
    auto left = std::make_shared<qsizetype>(jobs.size());
    auto failed = std::make_shared<bool>(false);
    for (Job *job : jobs) {
        connect(job, &Job::finished, this, [this, job, results, left, failed](bool ok, const QString &message) {
            // Sent by another process right now: not this run's failure, it is in hand.
            const QString sentBy = job->property("sent_by").toString();
            *failed = *failed || (!ok && sentBy.isEmpty());
            results->append(QJsonObject {
                    {QStringLiteral("job"), job->title()},
                    {QStringLiteral("ok"), ok},
                    {QStringLiteral("sent_by"), sentBy.isEmpty() ? QJsonValue() : QJsonValue(sentBy)},
                    {QStringLiteral("message"), message},
                    {QStringLiteral("paused_until"), jsonTimeOrNull(job->property("resume_at").toDateTime())}});
            if (!m_json)
                print(message);
            if (--*left > 0)
                return;
            if (m_json)
                printJson({{QStringLiteral("sends"), *results}});
            finish(*failed ? Failure : Success);
        });
    }
}

} // namespace cm
