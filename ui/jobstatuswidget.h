// The status-bar area for background jobs: what runs, its progress, and a Cancel button.
#pragma once

#include <QPointer>
#include <QWidget>

class QLabel;
class QProgressBar;
class QToolButton;

namespace cm {

class Job;
class JobTracker;

class JobStatusWidget : public QWidget
{
    Q_OBJECT
public:
    explicit JobStatusWidget(JobTracker *tracker, QWidget *parent = nullptr);
    QString text() const; // what the label says now
    // " · 12,000 of about 100,000 rows · 4,000 a second · about 22 s left" for a job that counts in a unit.
    static QString progressText(const Job *job);

signals:
    void jobEnded(const QString &message); // for the status bar's temporary message

private:
    void showNewest();

    JobTracker *m_tracker;
    QPointer<Job> m_shown;
    QLabel *m_label;
    QProgressBar *m_progress;
    QToolButton *m_cancel;
};

} // namespace cm
