#include "campaigndialog.h"

#include "app/services/workspace.h"
#include "models/accountstore.h"
#include "models/groupstore.h"
#include "models/templatestore.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QVBoxLayout>

namespace cm {

CampaignDialog::CampaignDialog(Workspace *workspace, Save save, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_save(std::move(save))
    , m_name(new QLineEdit(this))
    , m_template(new QComboBox(this))
    , m_account(new QComboBox(this))
    , m_group(new QComboBox(this))
    , m_sender(new QLineEdit(this))
    , m_problem(new QLabel(this))
{
    setWindowTitle(tr("New campaign"));
    m_name->setPlaceholderText(tr("November offer"));
    for (const Template &t : workspace->templates()->templates())
        m_template->addItem(QStringLiteral("%1 (%2)").arg(t.name, channelName(t.channel)), t.id);
    const QLocale locale;
    for (const Group &g : workspace->groups()->groups())
        m_group->addItem(tr("%1 (%2 contacts)").arg(g.name, locale.toString(g.contactCount)), g.id);
    m_sender->setPlaceholderText(tr("the account's default"));
    m_sender->setToolTip(tr("The sender name or number an SMS shows, or the from address of an email."));
    connect(m_template, &QComboBox::currentIndexChanged, this, &CampaignDialog::fillAccounts);
    fillAccounts();

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Template:"), m_template);
    form->addRow(tr("&Account:"), m_account);
    form->addRow(tr("&Group:"), m_group);
    form->addRow(tr("&Sender:"), m_sender);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_problem->hide();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &CampaignDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &CampaignDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(new QLabel(tr("The campaign is saved as a draft; Send (Ctrl+Return) shows who it will reach "
                                    "before anything goes out."),
                                 this));
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    resize(520, 300);
}

void CampaignDialog::fillAccounts()
{
    const auto tmpl = m_workspace->templates()->byId(m_template->currentData().toLongLong());
    const Capability needed = tmpl && tmpl->channel == Channel::Email ? Capability::SendEmail : Capability::SendSms;
    const qint64 chosen = m_account->currentData().toLongLong();
    m_account->clear();
    for (const Account &a : m_workspace->accounts()->accounts()) {
        const auto info = m_workspace->providers().info(a.provider);
        if (info && info->capabilities.testFlag(needed)) // only accounts that can send on the template's channel
            m_account->addItem(QStringLiteral("%1 (%2)").arg(a.name, info->displayName), a.id);
    }
    m_account->setCurrentIndex(std::max(0, m_account->findData(chosen)));
}

QString CampaignDialog::problem() const
{
    return m_problem->isHidden() ? QString() : m_problem->text();
}

void CampaignDialog::setName(const QString &name)
{
    m_name->setText(name);
}

bool CampaignDialog::choose(const QString &what, qint64 id)
{
    QComboBox *box = what == QLatin1String("template") ? m_template
            : what == QLatin1String("account")         ? m_account
                                                       : m_group;
    const int index = box->findData(id);
    if (index >= 0)
        box->setCurrentIndex(index);
    return index >= 0;
}

void CampaignDialog::setSender(const QString &sender)
{
    m_sender->setText(sender);
}

void CampaignDialog::accept()
{
    const auto tmpl = m_workspace->templates()->byId(m_template->currentData().toLongLong());
    Campaign c;
    c.name = m_name->text().trimmed();
    c.templateId = tmpl ? tmpl->id : 0;
    c.channel = tmpl ? tmpl->channel : Channel::Sms;
    c.accountId = m_account->currentData().toLongLong();
    c.groupId = m_group->currentData().toLongLong();
    c.sender = m_sender->text().trimmed();
    QString problem;
    if (c.name.isEmpty())
        problem = tr("A campaign needs a name.");
    else if (!tmpl)
        problem = tr("Choose a template; write one in Templates first if there is none.");
    else if (!c.accountId)
        problem = tr("No account can send %1. Add one in Accounts.").arg(channelName(c.channel));
    else if (!c.groupId)
        problem = tr("Choose a group to send to.");
    else if (m_save)
        problem = m_save(c);
    if (!problem.isEmpty()) {
        m_problem->setText(problem);
        m_problem->show();
        return;
    }
    m_campaign = c;
    QDialog::accept();
}

} // namespace cm
