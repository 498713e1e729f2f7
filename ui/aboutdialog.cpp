#include "aboutdialog.h"

#include "models/database.h"

#include <QDialogButtonBox>
#include <QIcon>
#include <QLabel>
#include <QVBoxLayout>

namespace cm {

AboutDialog::AboutDialog(const Database *database, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("About Campaign Manager"));
    auto *icon = new QLabel(this);
    icon->setPixmap(QIcon(QStringLiteral(":/icons/campaign-manager.svg")).pixmap(64, 64));
    auto *title = new QLabel(QStringLiteral("<h2>%1</h2><p>%2</p>")
                                     .arg(tr("Campaign Manager"),
                                          tr("SMS and email campaigns through several providers, on your own "
                                             "computer.")),
                             this);
    title->setWordWrap(true);
    auto *versions = new QLabel(
            versionText(database).toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>")), this);
    versions->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *top = new QHBoxLayout;
    top->addWidget(icon, 0, Qt::AlignTop);
    top->addWidget(title, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(versions);
    layout->addWidget(buttons);
}

QString AboutDialog::versionText(const Database *database)
{
    QStringList lines
            = {tr("Version %1").arg(QStringLiteral(CM_VERSION)),
               tr("Qt %1 (built with %2)").arg(QString::fromLatin1(qVersion()), QStringLiteral(QT_VERSION_STR)),
               tr("SQLite %1").arg(Database::sqliteVersion())};
    if (database)
        lines.append(tr("Workspace %1 (version %2)").arg(database->path()).arg(database->schemaVersion()));
    return lines.join(QLatin1Char('\n'));
}

} // namespace cm
