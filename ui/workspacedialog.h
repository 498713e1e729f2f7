// File → Workspace settings: where the workspace is, its id, and the settings that belong to it (the region of phone
// numbers written without a country code), the same for every computer that opens it.
#pragma once

#include <QDialog>

class QComboBox;
class QLabel;

namespace cm {

class Workspace;

class WorkspaceDialog : public QDialog
{
    Q_OBJECT
public:
    explicit WorkspaceDialog(Workspace *workspace, QWidget *parent = nullptr);
    void accept() override;

private:
    Workspace *m_workspace;
    QComboBox *m_region;
    QLabel *m_problem;
};

} // namespace cm
