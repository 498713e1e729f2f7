// Automated series: saving and starting them, and their due work. The scheduler (GUI timer, `campaignctl run-due`)
// calls runDue(): contacts who joined the entry group (or newly match the segment) enter; the reports that due steps'
// conditions read are refreshed; each due contact is moved past its step (sent, skipped, or out of the series) in the
// same transaction that creates the step's campaign; then the dispatcher sends those campaigns like any other.
// A contact's move is conditional on where it was, and a step's line in its timeline is unique, so a crash, a second
// process or cron never sends a step twice: a step's campaign left unsent is due work of the scheduler.
#pragma once

#include "models/series.h"

#include <QObject>
#include <QPointer>

namespace cm {

class Dispatcher;
class Job;
class JobTracker;
class ReportService;
class Workspace;

class SeriesService : public QObject
{
    Q_OBJECT
public:
    SeriesService(Workspace *workspace, Dispatcher *dispatcher, ReportService *reports, JobTracker *jobs,
                  QObject *parent = nullptr);

    // What stops a series from running (translated, one per step at fault): no template or account, an account
    // that cannot send the template's channel, a template or sender that cannot go out.
    QStringList problems(const Series &series) const;
    static QStringList stepProblems(Workspace *workspace, const Series &series, int index); // of one step
    // A series read from the text format (SeriesFile), its names resolved in this workspace; nullopt with `error`
    // (translated: the line, and what to write) when it has a mistake or names something that does not exist.
    std::optional<Series> fromText(const QString &name, const QString &text, QString *error) const;
    // Saves a new or edited series (SeriesStore::save); `error` says why not.
    bool save(Series &series, QString *error);
    // What saving `edited` would change for the contacts already in it (translated sentences; empty: nobody).
    QStringList editEffects(const Series &edited) const;
    // A draft starts (after problems() found nothing), a paused one resumes, a running one pauses; stopping ends it
    // for everyone waiting. False with `error` (translated).
    bool start(qint64 seriesId, QString *error);
    bool pause(qint64 seriesId, QString *error);
    bool resume(qint64 seriesId, QString *error);
    bool stop(qint64 seriesId, QString *error);
    bool remove(qint64 seriesId, QString *error);

    // The due work of every running series (see above), in the background. The job finishes once the steps' sends
    // have; its message says what moved, and it fails when a step could not be sent. One at a time per process: a
    // call while one runs returns that one.
    Job *runDue();
    bool isRunning() const; // a runDue() job of this process has not finished

signals:
    void sendStarted(qint64 campaignId, cm::Job *job); // a step's send runDue() started
    void seriesChanged();                              // saved, started, … or contacts moved

private:
    void sendSteps(Job *job, const QStringList &messages, const QList<qint64> &campaignIds, bool failed);

    Workspace *m_workspace;
    Dispatcher *m_dispatcher;
    ReportService *m_reports;
    JobTracker *m_jobs;
    QPointer<Job> m_running;
};

} // namespace cm
