#include "jobstatuswidget.h"

#include "app/services/job.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QStyle>
#include <QToolButton>

namespace cm {

JobStatusWidget::JobStatusWidget(JobTracker *tracker, QWidget *parent)
    : QWidget(parent)
    , m_tracker(tracker)
    , m_label(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_cancel(new QToolButton(this))
{
    m_progress->setMaximumWidth(160);
    m_progress->setTextVisible(false);
    m_cancel->setAutoRaise(true);
    m_cancel->setToolTip(tr("Cancel this job"));
    m_cancel->setAccessibleName(tr("Cancel job"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label);
    layout->addWidget(m_progress);
    layout->addWidget(m_cancel);
    connect(m_cancel, &QToolButton::clicked, this, [this] {
        if (m_shown)
            m_shown->cancel();
    });
    connect(tracker, &JobTracker::runningChanged, this, &JobStatusWidget::showNewest);
    connect(tracker, &JobTracker::jobFinished, this,
            [this](Job *, bool, const QString &message) { emit jobEnded(message); });
    showNewest();
}

QString JobStatusWidget::progressText(const Job *job)
{
    const qint64 done = job->done();
    const qint64 total = job->total();
    const double seconds = double(job->elapsedMs()) / 1000.0;
    if (job->unit().isEmpty() || done <= 0 || seconds < 0.5)
        return {};
    const QLocale locale;
    QString text = QStringLiteral(" · ")
            + (total > 0 ? tr("%1 of about %2 %3").arg(locale.toString(done), locale.toString(total), job->unit())
                         : tr("%1 %2").arg(locale.toString(done), job->unit()));
    const double rate = double(done) / seconds;
    text += QStringLiteral(" · ") + tr("%1 a second").arg(locale.toString(qRound64(rate)));
    if (total > done && rate > 0) {
        const qint64 left = qint64((total - done) / rate) + 1;
        text += QStringLiteral(" · ")
                + (left < 90 ? tr("about %n s left", nullptr, int(left))
                             : tr("about %n min left", nullptr, int((left + 30) / 60)));
    }
    return text;
}

QString JobStatusWidget::text() const
{
    return m_label->text();
}

void JobStatusWidget::showNewest()
{
    const QList<Job *> running = m_tracker->running();
    if (m_shown)
        disconnect(m_shown, nullptr, this, nullptr);
    m_shown = running.isEmpty() ? nullptr : running.constLast();
    setVisible(m_shown);
    if (!m_shown)
        return;
    if (m_cancel->icon().isNull()) // loaded with the first job, not at start-up
        m_cancel->setIcon(style()->standardIcon(QStyle::SP_DialogCancelButton));
    const QString more = running.size() > 1 ? tr(" (+%n more)", nullptr, int(running.size() - 1)) : QString();
    m_label->setText(m_shown->title() + more);
    auto update = [this, more](qint64 done, qint64 total) {
        m_progress->setRange(0, total > 0 ? 1000 : 0); // 0..0: busy indicator when the total is unknown
        m_progress->setValue(total > 0 ? int(done * 1000 / total) : 0);
        m_label->setText(m_shown->title() + more + progressText(m_shown));
    };
    update(m_shown->done(), m_shown->total());
    connect(m_shown, &Job::progressChanged, this, update);
}

} // namespace cm
