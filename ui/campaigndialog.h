// The campaign composer: a name, the template (which sets the channel), an account that can send on that channel,
// the group and the sender. Sending, with its pre-send check, is the Campaigns pane's.
#pragma once

#include "models/types.h"

#include <QDialog>
#include <functional>

class QComboBox;
class QLabel;
class QLineEdit;

namespace cm {

class Workspace;

class CampaignDialog : public QDialog
{
    Q_OBJECT
public:
    // `save` stores the campaign; it returns what to fix, or an empty string.
    using Save = std::function<QString(Campaign &campaign)>;
    CampaignDialog(Workspace *workspace, Save save, QWidget *parent = nullptr);

    Campaign campaign() const { return m_campaign; } // as saved
    QString problem() const;
    void setName(const QString &name);
    bool choose(const QString &what, qint64 id); // "template", "account", "group"
    void setSender(const QString &sender);
    void accept() override;

private:
    void fillAccounts();

    Workspace *m_workspace;
    Save m_save;
    Campaign m_campaign;
    QLineEdit *m_name;
    QComboBox *m_template;
    QComboBox *m_account;
    QComboBox *m_group;
    QLineEdit *m_sender;
    QLabel *m_problem;
};

} // namespace cm
