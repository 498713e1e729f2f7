#include "contactimport.h"

#include "job.h"
#include "models/groupstore.h"
#include "models/importstore.h"
#include "suppressionfiles.h"
#include "workspace.h"

#include <QFileInfo>
#include <QPointer>

#include <climits>

namespace cm {

ContactImportService::ContactImportService(Workspace *workspace, JobTracker *jobs, QObject *parent)
    : QObject(parent)
    , m_workspace(workspace)
    , m_jobs(jobs)
{ }

namespace {

using Progress = std::function<void(qint64 done, qint64 total)>;

// Runs `work` on a worker thread for `job`: Cancel reaches it through the flag, its progress reaches the job on the
// job's thread, its database connection ends with it, and `done` gets the result back on the job's thread.
template<typename Report>
void runInBackground(Job *job, Workspace *workspace,
                     std::function<Report(const std::atomic<bool> &cancel, const Progress &progress)> work,
                     std::function<void(const Report &report)> done)
{
    auto cancel = std::make_shared<std::atomic<bool>>(false);
    QObject::connect(job, &Job::cancelRequested, job, [cancel] { cancel->store(true); });
    QPointer<Job> guard(job);
    workspace
            ->inBackground([work, cancel, guard] {
                return work(*cancel, [guard](qint64 amount, qint64 total) {
                    QMetaObject::invokeMethod(
                            guard,
                            [guard, amount, total] {
                                if (guard)
                                    guard->setProgress(amount, total);
                            },
                            Qt::QueuedConnection);
                });
            })
            .then(job, [done](const Report &report) { done(report); });
}

} // namespace

Job *ContactImportService::start(const ImportOptions &options)
{
    auto *job = new Job(tr("Importing “%1”").arg(QFileInfo(options.filePath).fileName()), this);
    job->setUnit(tr("rows"));
    m_jobs->track(job);
    Database *database = m_workspace->database();
    runInBackground<ImportReport>(
            job, m_workspace,
            [database, options](const std::atomic<bool> &cancel, const Progress &progress) {
                return run(database, options, cancel, progress);
            },
            [this, job, groupId = options.groupId](const ImportReport &report) {
                job->setProperty("report", QVariant::fromValue(report));
                if (report.ok)
                    m_workspace->groups()->announceContactsChanged(groupId);
                QString summary = tr("%1 new, %2 updated, %3 skipped, %4 invalid.")
                                          .arg(report.imported)
                                          .arg(report.updated)
                                          .arg(report.skipped)
                                          .arg(report.invalid.size());
                if (report.merged > 0)
                    summary += QLatin1Char(' ')
                            + tr("%n line(s) combined with an earlier line of the same person.", nullptr,
                                 int(qMin<qint64>(report.merged, INT_MAX)));
                job->finish(report.ok, report.ok ? summary : report.error);
            });
    return job;
}

Job *ContactImportService::startExport(qint64 groupId, const QString &filePath, const CsvWriteOptions &options,
                                       const QList<qint64> &ids)
{
    auto *job = new Job(tr("Exporting to “%1”").arg(QFileInfo(filePath).fileName()), this);
    job->setUnit(tr("contacts"));
    m_jobs->track(job);
    Database *database = m_workspace->database();
    runInBackground<ExportReport>(
            job, m_workspace,
            [database, groupId, filePath, options, ids](const std::atomic<bool> &cancel, const Progress &progress) {
                return exportGroup(database, groupId, filePath, options, cancel, progress, ids);
            },
            [job, filePath](const ExportReport &report) {
                job->finish(report.ok,
                            report.ok ? tr("%n contact(s) written to “%1”.", nullptr,
                                           int(qMin<qint64>(report.exported, INT_MAX)))
                                                .arg(filePath)
                                      : report.error);
            });
    return job;
}

Job *ContactImportService::startSuppressionImport(const QString &filePath, const QString &region)
{
    auto *job = new Job(tr("Importing the suppression list “%1”").arg(QFileInfo(filePath).fileName()), this);
    m_jobs->track(job);
    Database *database = m_workspace->database();
    runInBackground<SuppressionImportReport>(
            job, m_workspace,
            [database, filePath, region, suppressions = m_workspace->suppressions()](const std::atomic<bool> &cancel,
                                                                                     const Progress &progress) {
                // The workspace's store tells the views, once the file is in.
                return SuppressionFiles::importFile(database, filePath, region, cancel, progress, suppressions);
            },
            [job](const SuppressionImportReport &report) {
                job->setProperty("report", QVariant::fromValue(report));
                job->finish(report.ok, report.ok ? report.summary() : report.error);
            });
    return job;
}

Job *ContactImportService::startSuppressionExport(const QString &filePath, const CsvWriteOptions &options)
{
    auto *job = new Job(tr("Exporting the suppression list to “%1”").arg(QFileInfo(filePath).fileName()), this);
    m_jobs->track(job);
    Database *database = m_workspace->database();
    runInBackground<ExportReport>(
            job, m_workspace,
            [database, filePath, options](const std::atomic<bool> &, const Progress &) {
                ExportReport report;
                report.exported = SuppressionFiles::exportFile(database, filePath, options, &report.error);
                report.ok = report.exported >= 0;
                return report;
            },
            [job, filePath](const ExportReport &report) {
                job->finish(report.ok,
                            report.ok ? tr("%n address(es) written to “%1”.", nullptr,
                                           int(qMin<qint64>(report.exported, INT_MAX)))
                                                .arg(filePath)
                                      : report.error);
            });
    return job;
}

bool ContactImportService::undo(qint64 importId, QString *message)
{
    ImportStore store(m_workspace->database());
    qint64 groupId = 0;
    if (!store.undo(importId, &groupId)) {
        *message = store.lastError().message;
        return false;
    }
    m_workspace->groups()->announceContactsChanged(groupId);
    *message = tr("Import %1 undone: what it added is gone, what it changed is as it was.").arg(importId);
    return true;
}

} // namespace cm
