#include "scheduler.h"

#include "dispatcher.h"
#include "experiments.h"
#include "models/campaignstore.h"
#include "models/clock.h"
#include "models/dispatchstore.h"
#include "models/seriesstore.h"
#include "seriesservice.h"
#include "workspace.h"

#include <QLoggingCategory>
#include <QTimer>

namespace cm {

Q_LOGGING_CATEGORY(lcScheduler, "cm.app.scheduler")

Scheduler::Scheduler(Workspace *workspace, Dispatcher *dispatcher, SeriesService *series,
                     ExperimentService *experiments, QObject *parent)
    : QObject(parent)
    , m_workspace(workspace)
    , m_dispatcher(dispatcher)
    , m_series(series)
    , m_experiments(experiments)
{ }

QList<Job *> Scheduler::runDue()
{
    QList<Job *> jobs;
    const QDateTime now = m_workspace->clock()->now();
    QList<qint64> due = m_workspace->campaigns()->due(now);
    // A send that stopped without ending (killed, crashed, its machine lost) continues once its lease is free.
    for (const qint64 id : DispatchStore(m_workspace->campaigns()).interruptedSends()) {
        // An interrupted hand-over (the provider was to hold it until its time) is not sent early: it goes on from
        // here at its time.
        const auto campaign = m_workspace->campaigns()->byId(id);
        if (!due.contains(id) && campaign && !(campaign->scheduledAt.isValid() && campaign->scheduledAt > now))
            due.append(id);
    }
    for (const qint64 id : std::as_const(due)) {
        if (m_dispatcher->isSending(id))
            continue;
        // A step of a paused series waits with it (one already under way finishes).
        if (const auto campaign = m_workspace->campaigns()->byId(id); campaign && campaign->seriesId) {
            const auto series = m_workspace->series()->byId(campaign->seriesId);
            if (series && series->state != SeriesState::Running
                && !DispatchStore(m_workspace->campaigns()).hasSnapshot(id))
                continue;
        }
        qCInfo(lcScheduler) << "campaign" << id << "is due at" << now;
        // A campaign with an A/B test: its variants, or once the wait ended, the winner to the rest.
        Job *job = m_experiments ? m_experiments->send(id) : m_dispatcher->send(id);
        jobs.append(job);
        emit sendStarted(id, job);
    }
    // A step's send left unsent by a crash is one of the campaigns above; the series' new due work comes after them.
    // On the GUI's timer, every few minutes rather than every tick: each run with someone due makes a campaign per
    // step, and each is refreshed while its reports move; a step a few minutes late is no harm.
    if (m_series && !m_series->isRunning() && m_workspace->series()->hasRunning()
        && (!m_lastSeriesRun.isValid() || m_lastSeriesRun.hasExpired(SeriesIntervalMs) || !m_timer)) {
        m_lastSeriesRun.start();
        jobs.append(m_series->runDue());
    }
    return jobs;
}

void Scheduler::start(int intervalMs)
{
    if (!m_timer) {
        m_timer = new QTimer(this);
        connect(m_timer, &QTimer::timeout, this, &Scheduler::runDue);
    }
    m_timer->start(intervalMs);
    QTimer::singleShot(0, this, &Scheduler::runDue);
}

} // namespace cm
