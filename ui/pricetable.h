// The prices of an SMS part for cost estimates, as a marketer edits them: a price for any country, prices for some
// countries (by name or code), and the currency. Read from and written to an account's settings (price_per_part,
// prices_per_part, currency), so the advanced JSON no longer has to hold them.
#pragma once

#include <QJsonObject>
#include <QWidget>

class QLineEdit;
class QTableWidget;

namespace cm {

class PriceTable : public QWidget
{
    Q_OBJECT
public:
    explicit PriceTable(QWidget *parent = nullptr);
    // Shows the prices of `settings`; returns the settings without them (for the advanced JSON).
    QJsonObject setSettings(const QJsonObject &settings);
    // `settings` with the prices shown here (keys of prices left empty removed).
    QJsonObject applyTo(QJsonObject settings) const;
    // What to fix, translated, or "" when every row reads.
    QString problem() const;
    QTableWidget *table() const { return m_table; }
    QLineEdit *currency() const { return m_currency; }

private:
    void addEmptyRowIfNeeded();
    QTableWidget *m_table;
    QLineEdit *m_other;
    QLineEdit *m_currency;
};

} // namespace cm
