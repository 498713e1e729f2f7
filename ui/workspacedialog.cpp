#include "workspacedialog.h"

#include "app/services/workspace.h"
#include "choices.h"
#include "models/settingsstore.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace cm {

WorkspaceDialog::WorkspaceDialog(Workspace *workspace, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_region(new QComboBox(this))
    , m_problem(new QLabel(this))
{
    setWindowTitle(tr("Workspace settings"));
    setObjectName(QStringLiteral("workspaceDialog"));
    m_region->setObjectName(QStringLiteral("workspaceRegion"));
    ui::addRegions(m_region);
    const QString current = workspace->phoneRegion();
    if (m_region->findData(current) < 0)
        m_region->addItem(current, current);
    m_region->setCurrentIndex(m_region->findData(current));
    m_region->setToolTip(tr("Numbers written without a country code, such as 0532 612 48 37, are read as this "
                            "country's, in imports, contacts and the suppression list."));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_problem->hide();

    auto *file = new QLabel(workspace->database()->path(), this);
    file->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *id = new QLabel(workspace->settings()->workspaceId(), this);
    id->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *form = new QFormLayout;
    form->addRow(tr("File:"), file);
    form->addRow(tr("Id:"), id);
    form->addRow(tr("&Phone numbers from:"), m_region);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
}

void WorkspaceDialog::accept()
{
    if (const QString problem = m_workspace->setPhoneRegion(m_region->currentData().toString()); !problem.isEmpty()) {
        m_problem->setText(problem);
        m_problem->show();
        return;
    }
    QDialog::accept();
}

} // namespace cm
