// Small choices several dialogs offer alike.
#pragma once

#include "models/csvwriter.h"

class QComboBox;

namespace cm::ui {

// The countries whose numbers are most often written without a country code here (our markets first).
void addRegions(QComboBox *box);
// A CSV Excel opens as it is: UTF-8 with a BOM, and ';' where the locale writes decimals with a comma.
CsvWriteOptions excelCsvOptions();

} // namespace cm::ui
