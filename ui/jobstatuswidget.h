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
