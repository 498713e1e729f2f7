#include "choices.h"

#include "app/services/workspace.h"
#include "messagebanner.h"
#include "models/accountstore.h"
#include "models/country.h"

#include <QComboBox>
#include <QInputDialog>
#include <QLocale>

namespace cm::ui {

void addRegions(QComboBox *box)
{
    for (const char *cc : {"TR", "ES", "PL", "ZA", "US", "GB", "DE", "FR", "IT", "NL", "MX", "AR"})
        box->addItem(regionLabel(QLatin1String(cc)), QLatin1String(cc));
}

QString withKind(const QString &name, const QString &kind)
{
    return name.contains(kind, Qt::CaseInsensitive) ? name : QStringLiteral("%1 (%2)").arg(name, kind);
}

QString regionLabel(const QString &code)
{
    // The name in the language the window speaks, and the code people also know it by.
    const QString language = QLocale().name().section(QLatin1Char('_'), 0, 0);
    return QStringLiteral("%1 (%2)").arg(countryName(code, language), code);
}

CsvWriteOptions excelCsvOptions()
{
    CsvWriteOptions options;
    options.delimiter = QLocale().decimalPoint() == QLatin1Char(',') ? QLatin1Char(';') : QLatin1Char(',');
    options.bom = true; // Excel reads UTF-8 only with a BOM
    return options;
}

qint64 chooseAccount(QWidget *parent, Workspace *workspace, CapabilityCheck needed, const QString &title,
                     const QString &question, MessageBanner *banner, const QString &noneText, qint64 preselect)
{
    QStringList names;
    QList<qint64> ids;
    for (const Account &a : workspace->accounts()->accounts()) {
        const auto info = workspace->providers().info(a.provider);
        if (info && needed(info->can)) {
            names.append(a.name);
            ids.append(a.id);
        }
    }
    if (ids.isEmpty()) {
        banner->showMessage(MessageBanner::Warning,
                            noneText.contains(QLatin1String("%1"))
                                    ? noneText.arg(workspace->providers().namesWith(needed))
                                    : noneText);
        return 0;
    }
    bool ok = false;
    const QString chosen = QInputDialog::getItem(parent, title, question, names,
                                                 std::max(0, int(ids.indexOf(preselect))), false, &ok);
    return ok ? ids.at(names.indexOf(chosen)) : 0;
}

} // namespace cm::ui
