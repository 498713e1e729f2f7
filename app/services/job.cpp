#include "job.h"

#include <QEventLoop>
#include <QTimer>

#include <QDateTime>

namespace cm {

Job::Job(const QString &title, QObject *parent)
    : QObject(parent)
    , m_title(title)
    , m_startedMs(QDateTime::currentMSecsSinceEpoch())
{ }

qint64 Job::elapsedMs() const
{
    return QDateTime::currentMSecsSinceEpoch() - m_startedMs;
}

void Job::cancel()
{
    if (m_finished || m_cancelled)
        return;
    m_cancelled = true;
    emit cancelRequested();
}

void Job::setProgress(qint64 done, qint64 total)
{
    if (m_finished)
        return;
    m_done = done;
    m_total = total;
    emit progressChanged(done, total);
}

void Job::finish(bool success, const QString &message)
{
    if (m_finished)
        return;
    m_finished = true;
    m_succeeded = success && !m_cancelled;
    m_message = message;
    // Always from the event loop, never inside the call that started the job: whoever got the job back has
    // connected to it by then.
    QMetaObject::invokeMethod(
            this,
            [this] {
                emit finished(m_succeeded, m_message);
                deleteLater();
            },
            Qt::QueuedConnection);
}

void JobTracker::track(Job *job)
{
    m_jobs.append(job);
    connect(job, &Job::finished, this, [this, job](bool success, const QString &message) {
        m_jobs.removeAll(job);
        emit jobFinished(job, success, message);
        emit runningChanged();
    });
    emit jobStarted(job);
    emit runningChanged();
}

QList<Job *> JobTracker::running() const
{
    QList<Job *> result;
    for (const auto &job : m_jobs) {
        if (job)
            result.append(job);
    }
    return result;
}

bool JobTracker::cancelAllAndWait(int timeoutMs)
{
    const QList<Job *> jobs = running();
    for (Job *job : jobs)
        job->cancel();
    if (!running().isEmpty()) { // the application's loop has ended: this is the only one running
        QEventLoop loop;
        QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
        connect(this, &JobTracker::runningChanged, &loop, [this, &loop] {
            if (running().isEmpty())
                loop.quit();
        });
        loop.exec();
    }
    return running().isEmpty();
}

} // namespace cm
