// Campaigns side by side: delivery, open, click, bounce and unsubscribe rates and the cost per delivered message,
// across campaigns and accounts, from each campaign's latest report; "not reported" where a provider says nothing.
#pragma once

#include "app/services/reportservice.h"

#include <QDialog>

class QTableWidget;

namespace cm {

class ComparisonDialog : public QDialog
{
    Q_OBJECT
public:
    ComparisonDialog(const QList<ReportService::Comparison> &rows, QWidget *parent = nullptr);
    QTableWidget *table() const { return m_table; }
    // A rate as the user's locale writes a percentage; "not reported by <provider>" when there is none.
    static QString rateText(const std::optional<double> &rate, const QString &provider);

private:
    QTableWidget *m_table;
};

} // namespace cm
