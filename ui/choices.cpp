#include "choices.h"

#include <QComboBox>
#include <QLocale>

namespace cm::ui {

void addRegions(QComboBox *box)
{
    for (const char *cc : {"TR", "ES", "PL", "ZA", "US", "GB", "DE", "FR", "IT", "NL", "MX", "AR"})
        box->addItem(QLatin1String(cc), QLatin1String(cc));
}

CsvWriteOptions excelCsvOptions()
{
    CsvWriteOptions options;
    options.delimiter = QLocale().decimalPoint() == QLatin1Char(',') ? QLatin1Char(';') : QLatin1Char(',');
    options.bom = true; // Excel reads UTF-8 only with a BOM
    return options;
}

} // namespace cm::ui
