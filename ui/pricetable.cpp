#include "pricetable.h"

#include "models/country.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QTableWidget>

namespace cm {

namespace {

const QString PricePerPart = QStringLiteral("price_per_part");
const QString PricesPerPart = QStringLiteral("prices_per_part");
const QString Currency = QStringLiteral("currency");

// "0,05" or "0.05" as people type them in any of our languages; nullopt when it is not a price.
std::optional<double> readPrice(const QString &text)
{
    QString t = text.trimmed();
    t.replace(QLatin1Char(','), QLatin1Char('.'));
    bool ok = false;
    const double value = t.toDouble(&ok);
    return ok && value >= 0 ? std::optional<double>(value) : std::nullopt;
}

QString shown(double value)
{
    QLocale locale;
    locale.setNumberOptions(QLocale::OmitGroupSeparator); // "1500", never "1.500" read back as 1.5
    return locale.toString(value, 'g', QLocale::FloatingPointShortest);
}

} // namespace

PriceTable::PriceTable(QWidget *parent)
    : QWidget(parent)
    , m_table(new QTableWidget(0, 2, this))
    , m_other(new QLineEdit(this))
    , m_currency(new QLineEdit(this))
{
    m_table->setHorizontalHeaderLabels({tr("Country"), tr("Price per part")});
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_table->setMaximumHeight(120);
    m_table->setAccessibleName(tr("Prices per SMS part by country"));
    m_table->setToolTip(tr("A country by its name or code (Türkiye, TR), and the price of one SMS part there. The "
                           "empty last row adds one."));
    m_other->setPlaceholderText(tr("none"));
    m_other->setAccessibleName(tr("Price per part in any other country"));
    m_currency->setPlaceholderText(QStringLiteral("EUR"));
    m_currency->setMaxLength(3);
    m_currency->setAccessibleName(tr("Currency of the prices"));
    auto *side = new QFormLayout;
    side->addRow(tr("Any other country:"), m_other);
    side->addRow(tr("Currency:"), m_currency);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table, 1);
    layout->addLayout(side);
    connect(m_table, &QTableWidget::cellChanged, this, &PriceTable::addEmptyRowIfNeeded);
    addEmptyRowIfNeeded();
}

void PriceTable::addEmptyRowIfNeeded()
{
    const int rows = m_table->rowCount();
    const auto filled = [this](int row) {
        for (int c = 0; c < 2; ++c)
            if (m_table->item(row, c) && !m_table->item(row, c)->text().trimmed().isEmpty())
                return true;
        return false;
    };
    if (rows == 0 || filled(rows - 1))
        m_table->insertRow(rows);
}

QJsonObject PriceTable::setSettings(const QJsonObject &settings)
{
    const QSignalBlocker blocker(m_table);
    m_table->setRowCount(0);
    const QJsonObject byCountry = settings.value(PricesPerPart).toObject();
    for (auto it = byCountry.begin(); it != byCountry.end(); ++it) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        m_table->setItem(row, 0, new QTableWidgetItem(it.key()));
        m_table->setItem(row, 1, new QTableWidgetItem(shown(it.value().toDouble())));
    }
    m_table->insertRow(m_table->rowCount());
    m_other->setText(settings.contains(PricePerPart) ? shown(settings.value(PricePerPart).toDouble()) : QString());
    m_currency->setText(settings.value(Currency).toString());
    QJsonObject rest = settings;
    rest.remove(PricePerPart);
    rest.remove(PricesPerPart);
    rest.remove(Currency);
    return rest;
}

QJsonObject PriceTable::applyTo(QJsonObject settings) const
{
    QJsonObject byCountry;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const QString country = m_table->item(row, 0) ? countryCode(m_table->item(row, 0)->text()) : QString();
        const auto price = m_table->item(row, 1) ? readPrice(m_table->item(row, 1)->text()) : std::nullopt;
        if (!country.isEmpty() && price)
            byCountry.insert(country, *price);
    }
    const auto setOrRemove = [&settings](const QString &key, const QJsonValue &value, bool present) {
        if (present)
            settings.insert(key, value);
        else
            settings.remove(key);
    };
    setOrRemove(PricesPerPart, byCountry, !byCountry.isEmpty());
    const auto other = readPrice(m_other->text());
    setOrRemove(PricePerPart, other ? *other : 0.0, bool(other));
    const QString currency = m_currency->text().trimmed().toUpper();
    setOrRemove(Currency, currency, !currency.isEmpty());
    return settings;
}

QString PriceTable::problem() const
{
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const QString country = m_table->item(row, 0) ? m_table->item(row, 0)->text().trimmed() : QString();
        const QString price = m_table->item(row, 1) ? m_table->item(row, 1)->text().trimmed() : QString();
        if (country.isEmpty() && price.isEmpty())
            continue;
        if (countryCode(country).isEmpty())
            return tr("Prices, row %1: “%2” is not a country; write its name or its code, such as Türkiye or TR.")
                    .arg(row + 1)
                    .arg(country);
        if (!readPrice(price))
            return tr("Prices, row %1: “%2” is not a price; write a number such as 0.05.").arg(row + 1).arg(price);
    }
    if (!m_other->text().trimmed().isEmpty() && !readPrice(m_other->text()))
        return tr("The price for any other country, “%1”, is not a number; write one such as 0.05.")
                .arg(m_other->text().trimmed());
    const QString currency = m_currency->text().trimmed();
    if (!currency.isEmpty() && (currency.size() != 3 || !std::all_of(currency.cbegin(), currency.cend(), [](QChar c) {
                                    return c.isLetter();
                                })))
        return tr("The currency “%1” is not a currency code; write three letters, such as EUR or TRY.").arg(currency);
    return {};
}

} // namespace cm
