#include "funnelchart.h"

#include "models/csvwriter.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QEvent>
#include <QGraphicsScene>
#include <QHorizontalBarSeries>
#include <QImage>
#include <QPainter>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace cm {

NiceAxis niceAxis(double maximum)
{
    const double top = std::max(maximum, 1.0);
    const double rough = top / 5; // about five steps
    const double magnitude = std::pow(10.0, std::floor(std::log10(rough)));
    double step = 10 * magnitude;
    for (const double nice : {1.0, 2.0, 2.5, 5.0}) {
        const double candidate = nice * magnitude;
        if (candidate >= rough && candidate >= 1 && candidate == std::floor(candidate)) {
            step = candidate;
            break;
        }
    }
    step = std::max(step, 1.0);
    return {std::ceil(top / step) * step, step};
}

void setCountAxis(QValueAxis *axis, double maximum)
{
    const NiceAxis nice = niceAxis(maximum);
    axis->setRange(0, nice.max);
    axis->setTickType(QValueAxis::TicksDynamic);
    axis->setTickAnchor(0);
    axis->setTickInterval(nice.step);
    axis->setMinorTickCount(0);
    axis->setLabelFormat(QStringLiteral("%d"));
}

FunnelChart::FunnelChart(QWidget *parent)
    : QWidget(parent)
    , m_view(new QChartView(new QChart, this))
{
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMinimumHeight(150);
    m_view->chart()->legend()->hide();
    m_view->chart()->setMargins(QMargins(4, 4, 4, 4));
    m_view->setAccessibleName(tr("Delivery and engagement funnel"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
    applyPalette();
}

QChart *FunnelChart::chart() const
{
    return m_view->chart();
}

void FunnelChart::setStats(const CampaignStats &stats)
{
    QChart *chart = m_view->chart();
    chart->removeAllSeries();
    for (QAbstractAxis *axis : chart->axes())
        chart->removeAxis(axis);

    // Bottom to top in a horizontal bar chart: list the funnel last-stage first.
    const CampaignStats::Counter order[] = {
            CampaignStats::Unsubscribed, CampaignStats::Bounced,   CampaignStats::Failed, CampaignStats::UniqueClicked,
            CampaignStats::UniqueOpened, CampaignStats::Delivered, CampaignStats::Sent};
    auto *set = new QBarSet(tr("Recipients"));
    QStringList categories;
    qint64 maximum = 1;
    for (const auto counter : order) {
        if (!stats.isReported(counter))
            continue;
        categories.append(CampaignStats::counterName(counter));
        *set << qreal(stats.value(counter));
        maximum = qMax(maximum, stats.value(counter));
    }
    m_barCount = int(categories.size());
    set->setColor(palette().color(QPalette::Highlight));
    set->setLabelColor(palette().color(QPalette::WindowText));
    auto *series = new QHorizontalBarSeries;
    series->append(set);
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    chart->addSeries(series);

    auto *categoriesAxis = new QBarCategoryAxis;
    categoriesAxis->append(categories);
    categoriesAxis->setTruncateLabels(false);
    auto *valuesAxis = new QValueAxis;
    setCountAxis(valuesAxis, double(maximum) * 1.05); // a little room for the label beyond the longest bar
    chart->addAxis(categoriesAxis, Qt::AlignLeft);
    chart->addAxis(valuesAxis, Qt::AlignBottom);
    series->attachAxis(categoriesAxis);
    series->attachAxis(valuesAxis);
    applyPalette();
}

void FunnelChart::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        applyPalette();
    QWidget::changeEvent(event);
}

void applyChartPalette(QChart *chart, const QPalette &p)
{
    chart->setBackgroundBrush(p.brush(QPalette::Base));
    chart->setBackgroundRoundness(0);
    chart->setTitleBrush(p.brush(QPalette::WindowText));
    chart->legend()->setLabelColor(p.color(QPalette::WindowText));
    for (QAbstractAxis *axis : chart->axes()) {
        axis->setLabelsColor(p.color(QPalette::WindowText));
        axis->setLinePenColor(p.color(QPalette::Mid));
        axis->setGridLineColor(p.color(QPalette::Midlight));
    }
}

void FunnelChart::applyPalette()
{
    // Follow the application palette, so the chart reads in light and dark themes alike.
    applyChartPalette(m_view->chart(), palette());
}

void FunnelChart::renderTo(QPainter *painter, const QRectF &target)
{
    // The chart's scene, not the widget: it draws whether or not the view is on screen, at any size.
    // Laid out at the target's proportions (the view may be hidden, or shaped otherwise), then put back.
    QChart *c = chart();
    if (!c->scene())
        return;
    const QRectF onScreen = c->geometry();
    c->setGeometry(QRectF(onScreen.topLeft(), QSizeF(720, 720 * target.height() / qMax(1.0, target.width()))));
    c->scene()->render(painter, target, c->sceneBoundingRect(), Qt::KeepAspectRatio);
    c->setGeometry(onScreen);
}

bool FunnelChart::savePng(const QString &path)
{
    QImage image(m_view->size() * 2, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(2);
    image.fill(palette().color(QPalette::Base));
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    renderTo(&painter, QRectF(QPointF(0, 0), QSizeF(m_view->size())));
    painter.end();
    if (!image.save(path, "PNG"))
        return false;
    makePrivate(path);
    return true;
}

} // namespace cm
