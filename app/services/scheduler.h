// The app's own scheduler: starts the sends whose time has come (scheduled campaigns, and sends a sending window
// paused), reading time only through the workspace's clock. The GUI runs it on a timer while it is open;
// `campaignctl run-due` runs it once, for cron. Two of them at once (the GUI and cron) do not send anything twice:
// a send holds its campaign's lease in the database, and the other says who sends and leaves it alone. A send that
// stopped without ending (killed, crashed) is due again once its lease expired or its process is gone. With a
// SeriesService, the series' due steps go too (SeriesService::runDue).
#pragma once

#include <QElapsedTimer>
#include <QList>
#include <QObject>

class QTimer;

namespace cm {

class Dispatcher;
class Job;
class SeriesService;
class ExperimentService;
class Workspace;

class Scheduler : public QObject
{
    Q_OBJECT
public:
    // Campaigns with an A/B test go through `experiments` (their variants, then the winner); without it, they wait.
    Scheduler(Workspace *workspace, Dispatcher *dispatcher, SeriesService *series = nullptr,
              ExperimentService *experiments = nullptr, QObject *parent = nullptr);

    // Starts every due send that is not running in this process already, and the series' due work; returns their
    // jobs (the series' one finishes once the steps it sent have).
    QList<Job *> runDue();
    // Runs runDue() every `intervalMs`, and right away.
    void start(int intervalMs = 30'000);

signals:
    void sendStarted(qint64 campaignId, cm::Job *job);

private:
    Workspace *m_workspace;
    Dispatcher *m_dispatcher;
    SeriesService *m_series;
    ExperimentService *m_experiments;
    QTimer *m_timer = nullptr;
    QElapsedTimer m_lastSeriesRun;
    static constexpr qint64 SeriesIntervalMs = 5 * 60 * 1000;
};

} // namespace cm
