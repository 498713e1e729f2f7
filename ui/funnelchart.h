// The delivery and engagement funnel of one report: sent → delivered → opened → clicked, and the losses.
#pragma once

#include "models/types.h"

#include <QWidget>

class QChart;
class QChartView;

namespace cm {

class FunnelChart : public QWidget
{
    Q_OBJECT
public:
    explicit FunnelChart(QWidget *parent = nullptr);
    void setStats(const CampaignStats &stats);
    QChart *chart() const;
    int barCount() const { return m_barCount; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyPalette();

    QChartView *m_view;
    int m_barCount = 0;
};

} // namespace cm
