// Small choices several dialogs offer alike.
#pragma once

#include "models/csvwriter.h"
#include "providers/providertypes.h"

class QComboBox;
class QWidget;

namespace cm {
class MessageBanner;
class Workspace;
} // namespace cm

namespace cm::ui {

// The countries whose numbers are most often written without a country code here (our markets first).
void addRegions(QComboBox *box);
// "Reminder (SMS)" for a name and its kind, but "Reminder (SMS)" again, not "Reminder (SMS) (SMS)", when the name
// says it already.
QString withKind(const QString &name, const QString &kind);
// "Türkiye (TR)" for "TR", in the language the window speaks.
QString regionLabel(const QString &code);
// A CSV Excel opens as it is: UTF-8 with a BOM, and ';' where the locale writes decimals with a comma.
CsvWriteOptions excelCsvOptions();
// Asks which of the accounts whose provider can do `needed` to use (`preselect` first); 0 when the user says no, or
// when there is none, which `banner` then says with `noneText` (its %1: the providers that can, from the registry).
qint64 chooseAccount(QWidget *parent, Workspace *workspace, CapabilityCheck needed, const QString &title,
                     const QString &question, MessageBanner *banner, const QString &noneText, qint64 preselect = 0);

} // namespace cm::ui
