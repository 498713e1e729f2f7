// The delivery and engagement funnel of one report: sent → delivered → opened → clicked, and the losses.
#pragma once

#include "models/types.h"

#include <QWidget>

class QChart;
class QPainter;
class QPalette;
class QChartView;
class QValueAxis;

namespace cm {

// Colours a chart from a widget palette (background, title, legend, axes), so charts read in light and dark alike.
void applyChartPalette(QChart *chart, const QPalette &palette);

// A count axis at "nice numbers": about five steps of 1, 2, 2.5 or 5 × 10^k (whole numbers only: the values are
// counts), the top rounded up to a multiple of the step. A largest value of 23 reads 0, 5, 10, 15, 20, 25.
struct NiceAxis
{
    double max = 1;
    double step = 1;
};
NiceAxis niceAxis(double maximum);
// Sets `axis` from 0 to the nice top for `maximum`, a tick at every step from 0, labels without decimals.
void setCountAxis(QValueAxis *axis, double maximum);

class FunnelChart : public QWidget
{
    Q_OBJECT
public:
    explicit FunnelChart(QWidget *parent = nullptr);
    void setStats(const CampaignStats &stats);
    QChart *chart() const;
    int barCount() const { return m_barCount; }
    // Draws the chart into `target` of any painter (a PDF page, a high-resolution image), as vectors.
    void renderTo(QPainter *painter, const QRectF &target);
    // Saves the chart as a PNG at twice the screen resolution; false if the file cannot be written.
    bool savePng(const QString &path);

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyPalette();

    QChartView *m_view;
    int m_barCount = 0;
};

} // namespace cm
