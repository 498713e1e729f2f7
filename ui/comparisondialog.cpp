#include "comparisondialog.h"

#include "app/services/translations.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableWidget>
#include <QVBoxLayout>

namespace cm {

ComparisonDialog::ComparisonDialog(const QList<ReportService::Comparison> &rows, QWidget *parent)
    : QDialog(parent)
    , m_table(new QTableWidget(int(rows.size()), 10, this))
{
    setWindowTitle(tr("Compare campaigns"));
    m_table->setHorizontalHeaderLabels({tr("Campaign"), tr("Account"), tr("Channel"), tr("Sent"), tr("Delivery"),
                                        tr("Open"), tr("Click"), tr("Bounce"), tr("Unsubscribe"),
                                        tr("Cost per delivered")});
    m_table->setAccessibleName(tr("Rates of the chosen campaigns"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    const QLocale locale;
    for (int r = 0; r < rows.size(); ++r) {
        const ReportService::Comparison &c = rows.at(r);
        const QStringList cells {c.campaign,
                                 c.account,
                                 channelName(c.channel),
                                 locale.toString(c.sent),
                                 rateText(c.delivery, c.provider),
                                 rateText(c.open, c.provider),
                                 rateText(c.click, c.provider),
                                 rateText(c.bounce, c.provider),
                                 rateText(c.unsubscribe, c.provider),
                                 c.costPerDelivered ? formatMoney(*c.costPerDelivered, c.currency)
                                                    : tr("not reported by %1").arg(c.provider)};
        for (int column = 0; column < cells.size(); ++column) {
            auto *item = new QTableWidgetItem(cells.at(column));
            if (column >= 3)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_table->setItem(r, column, item);
        }
    }
    m_table->resizeColumnsToContents();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    auto *note = new QLabel(tr("Delivery and bounce are shares of what was sent; open, click and unsubscribe of what "
                               "was delivered (unique people). From each campaign's latest report."),
                            this);
    note->setWordWrap(true);
    layout->addWidget(note);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    resize(1000, 360);
}

QString ComparisonDialog::rateText(const std::optional<double> &rate, const QString &provider)
{
    if (!rate)
        return tr("not reported by %1").arg(provider);
    const QLocale locale;
    return locale.toString(*rate * 100, 'f', 1) + locale.percent();
}

} // namespace cm
