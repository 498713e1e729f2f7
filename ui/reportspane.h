#pragma once

#include "models/csvwriter.h"
#include "models/types.h"
#include "pane.h"

class QComboBox;
class QGridLayout;
class QLabel;
class QTableView;
class QTabWidget;
class QVBoxLayout;

namespace cm {

class CampaignModel;
class EngagementChart;
class FunnelChart;
class VariantsTable;
class RecipientModel;

class ReportsPane : public Pane
{
    Q_OBJECT
public:
    explicit ReportsPane(const UiContext &context, QWidget *parent = nullptr);

    // Asks the provider for the selected campaign's report, in the background.
    void refreshReport();
    // Reads the list of campaigns again (ones sent from elsewhere show up). F5 on the list does this.
    void reloadList();
    // The per-recipient report as CSV (ReportFiles); the outcome shows in the banner.
    // A new contact group with the contacts behind the recipients the filter selects (everyone who clicked…);
    // returns how many, or -1.
    qint64 retarget(qint64 campaignId, const RecipientFilter &filter, const QString &groupName);
    // A one-page PDF: the campaign, its counters, cost and funnel chart (vectors).
    bool exportPdf(qint64 campaignId, const QString &filePath);
    bool exportReport(qint64 campaignId, const QString &filePath, const CsvWriteOptions &options);
    // The text shown for a counter ("1,234", or "not reported by Sandbox"), for tests.
    QString counterText(CampaignStats::Counter counter) const;
    RecipientModel *recipientModel() const { return m_recipients; }
    FunnelChart *funnel() const { return m_funnel; }
    EngagementChart *engagement() const { return m_engagement; }

protected:
    void currentChanged(qint64 id) override;

private:
    void unwrapDetail();
    void showStats(const Campaign &campaign);

    CampaignModel *m_model;
    RecipientModel *m_recipients;
    QWidget *m_detail;
    QLabel *m_heading;
    QLabel *m_meta;
    QLabel *m_noReport;
    QWidget *m_report;
    QGridLayout *m_counters;
    QList<QLabel *> m_counterValues;
    QLabel *m_cost;
    FunnelChart *m_funnel;
    EngagementChart *m_engagement;
    QComboBox *m_stateFilter;
    QTableView *m_recipientView;
    QTabWidget *m_charts;
    QVBoxLayout *m_detailLayout;
    QWidget *m_variantsTab; // an A/B test's variants side by side, as a tab beside the charts
    VariantsTable *m_variantTable;
    QLabel *m_verdict;
    QAction *m_refreshAction;
    QAction *m_exportAction;
    QAction *m_compareAction;
    QAction *m_pdfAction;
    QAction *m_chartAction;
    QAction *m_retargetAction;
    QWidget *m_listSide = nullptr; // the campaign list with its filter: F5 there reloads the list
};

} // namespace cm
