#include "engagementchart.h"

#include "funnelchart.h"
#include "models/campaignstore.h"
#include "models/database.h"

#include <QChart>
#include <QChartView>
#include <QDateTimeAxis>
#include <QEvent>
#include <QFutureWatcher>
#include <QHeaderView>
#include <QLineSeries>
#include <QLocale>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QValueAxis>
#include <QtConcurrentRun>

namespace cm {

EngagementChart::EngagementChart(CampaignStore *store, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_view(new QChartView(new QChart, this))
    , m_links(new QTableWidget(0, 3, this))
{
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMinimumHeight(180);
    m_view->chart()->setMargins(QMargins(4, 4, 4, 4));
    m_view->setAccessibleName(tr("Opens and clicks over time"));
    m_links->setHorizontalHeaderLabels({tr("Link"), tr("Clicks"), tr("People")});
    m_links->setAccessibleName(tr("Links clicked"));
    m_links->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_links->verticalHeader()->hide();
    m_links->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_links->setMaximumHeight(120);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_links);
    applyPalette();
}

namespace {
struct Engagement
{
    QList<QPair<QDateTime, qint64>> opens;
    QList<QPair<QDateTime, qint64>> clicks;
    QList<std::tuple<QString, qint64, qint64>> links;
    bool byDay = false;
};

// Hours while most engagement happens, days after: the first and last open decide. Buckets without events are
// zeros, not a line drawn across the gap.
Engagement load(CampaignStore *store, qint64 campaignId)
{
    Engagement e;
    e.opens = store->eventSeries(campaignId, EventType::Opened, false);
    e.byDay = !e.opens.isEmpty() && e.opens.first().first.secsTo(e.opens.constLast().first) > 2 * 86400;
    if (e.byDay)
        e.opens = store->eventSeries(campaignId, EventType::Opened, true);
    e.clicks = store->eventSeries(campaignId, EventType::Clicked, e.byDay);
    const qint64 step = e.byDay ? 86400 : 3600;
    for (auto *points : {&e.opens, &e.clicks}) {
        QList<QPair<QDateTime, qint64>> filled;
        for (const auto &point : std::as_const(*points)) {
            while (!filled.isEmpty() && filled.constLast().first.addSecs(step) < point.first)
                filled.append({filled.constLast().first.addSecs(step), 0});
            filled.append(point);
        }
        *points = filled;
    }
    e.links = store->linkClicks(campaignId);
    return e;
}
} // namespace

EngagementChart::~EngagementChart()
{
    for (auto *watcher : findChildren<QFutureWatcher<Engagement> *>(Qt::FindDirectChildrenOnly))
        watcher->waitForFinished();
}

void EngagementChart::setCampaign(qint64 campaignId)
{
    // Read on a worker thread with its own connection: a campaign with a million events takes a moment.
    const int request = ++m_request;
    m_loading = true;
    auto *watcher = new QFutureWatcher<Engagement>(this);
    connect(watcher, &QFutureWatcher<Engagement>::finished, this, [this, watcher, request] {
        watcher->deleteLater();
        if (request != m_request)
            return; // another campaign was chosen meanwhile
        m_loading = false;
        const Engagement e = watcher->result();
        showEngagement(e.opens, e.clicks, e.links, e.byDay);
    });
    watcher->setFuture(QtConcurrent::run([store = m_store, campaignId] {
        const Engagement e = load(store, campaignId);
        store->database()->releaseThreadConnection();
        return e;
    }));
}

void EngagementChart::showEngagement(const QList<QPair<QDateTime, qint64>> &opens,
                                     const QList<QPair<QDateTime, qint64>> &clicks,
                                     const QList<std::tuple<QString, qint64, qint64>> &links, bool byDay)
{
    QChart *chart = m_view->chart();
    chart->removeAllSeries();
    for (QAbstractAxis *axis : chart->axes())
        chart->removeAxis(axis);
    m_points = 0;
    qint64 maximum = 1;
    QDateTime first, last;
    for (const auto &[label, points] : {std::pair {tr("Opens"), &opens}, std::pair {tr("Clicks"), &clicks}}) {
        if (points->isEmpty())
            continue;
        auto *series = new QLineSeries;
        series->setName(label);
        for (const auto &[at, count] : std::as_const(*points)) {
            series->append(qreal(at.toMSecsSinceEpoch()), qreal(count));
            maximum = qMax(maximum, count);
            first = first.isValid() ? qMin(first, at) : at;
            last = last.isValid() ? qMax(last, at) : at;
            ++m_points;
        }
        chart->addSeries(series);
    }
    if (m_points > 0) {
        auto *x = new QDateTimeAxis;
        x->setFormat(byDay ? QLocale().dateFormat(QLocale::ShortFormat) : QStringLiteral("dd.MM HH:mm"));
        x->setRange(first.toLocalTime(), last.toLocalTime().addSecs(byDay ? 86400 : 3600));
        auto *y = new QValueAxis;
        y->setRange(0, double(maximum) * 1.1);
        y->setLabelFormat(QStringLiteral("%d"));
        chart->addAxis(x, Qt::AlignBottom);
        chart->addAxis(y, Qt::AlignLeft);
        for (QAbstractSeries *s : chart->series()) {
            s->attachAxis(x);
            s->attachAxis(y);
        }
    }
    chart->setTitle(m_points > 0 ? (byDay ? tr("Opens and clicks per day") : tr("Opens and clicks per hour"))
                                 : tr("No opens or clicks with times reported yet"));
    m_links->setRowCount(int(links.size()));
    const QLocale locale;
    for (int row = 0; row < links.size(); ++row) {
        const auto &[link, clicksCount, people] = links.at(row);
        m_links->setItem(row, 0, new QTableWidgetItem(link));
        for (const auto &[column, value] : {std::pair {1, clicksCount}, std::pair {2, people}}) {
            auto *item = new QTableWidgetItem(locale.toString(value));
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_links->setItem(row, column, item);
        }
    }
    m_links->setVisible(!links.isEmpty());
    applyPalette();
}

void EngagementChart::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        applyPalette();
    QWidget::changeEvent(event);
}

void EngagementChart::applyPalette()
{
    applyChartPalette(m_view->chart(), palette());
}

} // namespace cm
