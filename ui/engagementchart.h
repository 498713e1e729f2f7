// Opens and clicks over time (by hour over the first two days, by day after that), and the links clicked: what a
// campaign's engagement looked like, from the events the provider reported with their times. Follows the palette.
#pragma once

#include <QDateTime>
#include <QList>
#include <QWidget>

#include <tuple>

class QChartView;
class QTableWidget;

namespace cm {

class ReportService;

class EngagementChart : public QWidget
{
    Q_OBJECT
public:
    explicit EngagementChart(const ReportService *reports, QWidget *parent = nullptr);
    void setCampaign(qint64 campaignId); // reads in the background
    bool isLoading() const { return m_loading; }
    int pointCount() const { return m_points; } // points drawn, for tests
    QTableWidget *links() const { return m_links; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyPalette();
    void showEngagement(const QList<QPair<QDateTime, qint64>> &opens, const QList<QPair<QDateTime, qint64>> &clicks,
                        const QList<std::tuple<QString, qint64, qint64>> &links, bool byDay);

    const ReportService *m_reports;
    QChartView *m_view;
    QTableWidget *m_links;
    int m_points = 0;
    int m_request = 0; // the newest; older answers are dropped
    bool m_loading = false;
};

} // namespace cm
