// For tests/bench/bench_startup: when the watched window first paints, prints "painted_ms=… rss_kb=…" (time since
// the given timer started, resident memory then) and quits. Its own small library, so that the minimal program the
// benchmark compares against links nothing more than Qt Widgets.
#pragma once

#include <QElapsedTimer>
#include <QObject>

class QWidget;

namespace cm {

class FirstPaintProbe : public QObject
{
public:
    FirstPaintProbe(QWidget *window, const QElapsedTimer &sinceStart);
    bool eventFilter(QObject *watched, QEvent *event) override;
    static long long rssKilobytes();

private:
    QElapsedTimer m_sinceStart;
    bool m_seen = false;
};

} // namespace cm
