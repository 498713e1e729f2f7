#include "firstpaintprobe.h"

#include <QCoreApplication>
#include <QEvent>
#include <QFile>
#include <QTimer>
#include <QWidget>

#include <cstdio>

namespace cm {

FirstPaintProbe::FirstPaintProbe(QWidget *window, const QElapsedTimer &sinceStart)
    : QObject(window)
    , m_sinceStart(sinceStart)
{
    window->installEventFilter(this);
}

bool FirstPaintProbe::eventFilter(QObject *, QEvent *event)
{
    if (event->type() == QEvent::Paint && !m_seen) {
        m_seen = true;
        // After this paint has finished: the next turn of the event loop.
        QTimer::singleShot(0, this, [this] {
            std::printf("painted_ms=%lld rss_kb=%lld\n", static_cast<long long>(m_sinceStart.elapsed()),
                        rssKilobytes());
            std::fflush(stdout);
            QCoreApplication::quit();
        });
    }
    return false;
}

long long FirstPaintProbe::rssKilobytes()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

} // namespace cm
