#include "engagementchart.h"

#include "app/services/reportservice.h"
#include "funnelchart.h"

#include <QChart>
#include <QChartView>
#include <QDateTimeAxis>
#include <QEvent>
#include <QHeaderView>
#include <QLineSeries>
#include <QLocale>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QValueAxis>

namespace cm {

EngagementChart::EngagementChart(const ReportService *reports, QWidget *parent)
    : QWidget(parent)
    , m_reports(reports)
    , m_view(new QChartView(new QChart, this))
    , m_links(new QTableWidget(0, 3, this))
{
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMinimumHeight(120);
    m_view->chart()->setMargins(QMargins(4, 4, 4, 4));
    m_view->setAccessibleName(tr("Opens and clicks over time"));
    m_links->setHorizontalHeaderLabels({tr("Link"), tr("Clicks"), tr("People")});
    m_links->setAccessibleName(tr("Links clicked"));
    m_links->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_links->verticalHeader()->hide();
    m_links->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_links->setMaximumHeight(96);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_links);
    applyPalette();
}

void EngagementChart::setCampaign(qint64 campaignId)
{
    const int request = ++m_request;
    m_loading = true;
    m_reports->engagement(campaignId).then(this, [this, request](const ReportService::Engagement &e) {
        if (request != m_request)
            return; // another campaign was chosen meanwhile
        m_loading = false;
        showEngagement(e.opens, e.clicks, e.links, e.byDay);
    });
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
        setCountAxis(y, double(maximum));
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
