// Background work the user can see and cancel: a title, progress, and one finished() signal.
#pragma once

#include <QList>
#include <QObject>
#include <QPointer>

namespace cm {

class Job : public QObject
{
    Q_OBJECT
public:
    explicit Job(const QString &title, QObject *parent = nullptr);

    QString title() const { return m_title; }
    qint64 done() const { return m_done; }
    qint64 total() const { return m_total; } // 0: unknown
    bool isCancelled() const { return m_cancelled; }
    bool isFinished() const { return m_finished; }
    bool succeeded() const { return m_succeeded; }
    QString message() const { return m_message; }

    void cancel(); // asks the work to stop; it finishes soon after with succeeded() false

    // What done() and total() count, when they count things a person knows ("rows", "contacts"; translated):
    // the status bar then shows "12,000 of about 100,000 rows · 4,000 a second · about 22 s left".
    QString unit() const { return m_unit; }
    void setUnit(const QString &unit) { m_unit = unit; }
    qint64 elapsedMs() const; // since the job was made

    // For the code doing the work.
    void setProgress(qint64 done, qint64 total);
    void finish(bool success, const QString &message = {});

signals:
    void progressChanged(qint64 done, qint64 total);
    void cancelRequested();
    void finished(bool success, const QString &message);

private:
    QString m_title;
    qint64 m_done = 0;
    qint64 m_total = 0;
    bool m_cancelled = false;
    bool m_finished = false;
    bool m_succeeded = false;
    QString m_message;
    QString m_unit;
    qint64 m_startedMs;
};

// The jobs running now, for the status bar.
class JobTracker : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    void track(Job *job); // the tracker forgets the job when it finishes; the job deletes itself later
    QList<Job *> running() const;
    // Closing: asks every running job to stop, then lets them finish (their network replies abort, their outcomes
    // are written) for at most `timeoutMs`. Called after the event loop has ended, before the services go away.
    // True when none is left running.
    bool cancelAllAndWait(int timeoutMs = 5000);

signals:
    void jobStarted(cm::Job *job);
    void jobFinished(cm::Job *job, bool success, const QString &message);
    void runningChanged();

private:
    QList<QPointer<Job>> m_jobs;
};

} // namespace cm
