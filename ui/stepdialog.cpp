#include "stepdialog.h"

#include "app/services/composer.h"
#include "app/services/workspace.h"
#include "choices.h"
#include "messagebanner.h"
#include "models/accountstore.h"
#include "models/templatestore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QTimeEdit>
#include <QVBoxLayout>

namespace cm {

namespace {
constexpr int unitMinutes[] = {1, 60, 1440, 10080};
} // namespace

StepDialog::StepDialog(Workspace *workspace, const SeriesStep &step, int position, const QString &zone, QWidget *parent)
    : QDialog(parent)
    , m_position(position)
    , m_name(new QLineEdit(step.name, this))
    , m_template(new QComboBox(this))
    , m_account(new QComboBox(this))
    , m_sender(new QLineEdit(step.sender, this))
    , m_delay(new QSpinBox(this))
    , m_unit(new QComboBox(this))
    , m_from(new QComboBox(this))
    , m_useTime(new QCheckBox(tr("At a time of day:"), this))
    , m_time(new QTimeEdit(this))
    , m_useQuiet(new QCheckBox(tr("Not during quiet hours:"), this))
    , m_quiet(new QLineEdit(this))
    , m_condition(new QComboBox(this))
    , m_otherwise(new QComboBox(this))
    , m_problem(new MessageBanner(this))
{
    setWindowTitle(step.templateId ? tr("Edit step %1").arg(position + 1) : tr("New step"));
    m_name->setPlaceholderText(tr("Step %1").arg(position + 1));
    for (const Template &t : workspace->templates()->templates())
        m_template->addItem(ui::withKind(t.name, channelName(t.channel)), t.id);
    m_template->setCurrentIndex(std::max(0, m_template->findData(step.templateId)));
    m_template->setAccessibleName(tr("Template"));
    for (const Account &a : workspace->accounts()->accounts())
        m_account->addItem(a.name, a.id);
    m_account->setCurrentIndex(std::max(0, m_account->findData(step.accountId)));
    m_account->setAccessibleName(tr("Account"));
    m_sender->setPlaceholderText(tr("news@example.com for email; a sender name or number for SMS"));

    // The delay in the largest unit it fills exactly: 2880 minutes read "2 days".
    int unit = 0;
    for (int i = 3; i > 0; --i) {
        if (step.delayMinutes > 0 && step.delayMinutes % unitMinutes[i] == 0) {
            unit = i;
            break;
        }
    }
    m_delay->setRange(0, 100'000);
    m_delay->setValue(step.delayMinutes / unitMinutes[unit]);
    m_delay->setAccessibleName(tr("Delay"));
    m_unit->addItems({tr("minutes"), tr("hours"), tr("days"), tr("weeks")});
    m_unit->setCurrentIndex(unit);
    m_unit->setAccessibleName(tr("Unit of the delay"));
    if (position == 0)
        m_from->addItem(tr("after the contact entered")); // there is no previous step
    else
        m_from->addItems({tr("after the previous step"), tr("after the contact entered")});
    m_from->setCurrentIndex(step.afterEntry && position > 0 ? 1 : 0);
    m_from->setAccessibleName(tr("Counted from"));
    auto *delayRow = new QHBoxLayout;
    delayRow->addWidget(m_delay);
    delayRow->addWidget(m_unit);
    delayRow->addWidget(m_from, 1);

    m_useTime->setChecked(step.timeOfDay >= 0);
    m_time->setDisplayFormat(QStringLiteral("HH:mm"));
    m_time->setTime(step.timeOfDay >= 0 ? QTime(step.timeOfDay / 60, step.timeOfDay % 60) : QTime(9, 30));
    m_time->setAccessibleName(tr("Time of day"));
    m_time->setToolTip(tr("In the series' time zone (%1): once due, the step waits for the next such time.")
                               .arg(zone.isEmpty() ? tr("yours") : zone));
    m_useQuiet->setChecked(step.hasWindow());
    m_quiet->setText(step.hasWindow() ? Composer::windowText(step.windowEnd, step.windowStart)
                                      : QStringLiteral("21:00–08:00"));
    m_quiet->setAccessibleName(tr("Quiet hours"));
    m_quiet->setToolTip(tr("Nothing of this step is sent between these times; what falls due then waits for their "
                           "end."));

    m_condition->addItem(stepConditionName(StepCondition::None), stepConditionKey(StepCondition::None));
    for (const StepCondition c :
         {StepCondition::Opened, StepCondition::NotOpened, StepCondition::Clicked, StepCondition::NotClicked,
          StepCondition::Delivered, StepCondition::NotDelivered, StepCondition::Failed})
        m_condition->addItem(stepConditionName(c), stepConditionKey(c));
    m_condition->setCurrentIndex(std::max(0, m_condition->findData(stepConditionKey(step.condition))));
    m_condition->setAccessibleName(tr("Condition"));
    m_otherwise->addItems({tr("skip this step (the next one still comes)"), tr("leave the series")});
    m_otherwise->setCurrentIndex(step.leaveOtherwise ? 1 : 0);
    m_otherwise->setAccessibleName(tr("Otherwise"));
    if (position == 0) {
        m_condition->setToolTip(tr("The first step has no previous message to look at."));
        m_condition->setEnabled(false);
    }

    auto *form = new QFormLayout;
    form->addRow(tr("Name:"), m_name);
    form->addRow(tr("Template:"), m_template);
    form->addRow(tr("Account:"), m_account);
    form->addRow(tr("Sender:"), m_sender);
    form->addRow(tr("Send:"), delayRow);
    form->addRow(m_useTime, m_time);
    form->addRow(m_useQuiet, m_quiet);
    form->addRow(tr("Only:"), m_condition);
    form->addRow(tr("Otherwise:"), m_otherwise);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &StepDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_problem);
    layout->addLayout(form);
    layout->addWidget(buttons);
    connect(m_useTime, &QCheckBox::toggled, this, &StepDialog::updateEnabled);
    connect(m_useQuiet, &QCheckBox::toggled, this, &StepDialog::updateEnabled);
    connect(m_condition, &QComboBox::currentIndexChanged, this, &StepDialog::updateEnabled);
    updateEnabled();
}

void StepDialog::updateEnabled()
{
    m_time->setEnabled(m_useTime->isChecked());
    m_quiet->setEnabled(m_useQuiet->isChecked());
    m_otherwise->setEnabled(m_condition->currentIndex() > 0);
}

SeriesStep StepDialog::step() const
{
    SeriesStep s;
    s.name = m_name->text().trimmed();
    s.templateId = m_template->currentData().toLongLong();
    s.templateName = m_template->currentText();
    s.accountId = m_account->currentData().toLongLong();
    s.accountName = m_account->currentText();
    s.sender = m_sender->text().trimmed();
    s.delayMinutes = m_delay->value() * unitMinutes[m_unit->currentIndex()];
    s.afterEntry = m_position > 0 && m_from->currentIndex() == 1;
    if (m_useTime->isChecked())
        s.timeOfDay = m_time->time().hour() * 60 + m_time->time().minute();
    int quietFrom = -1, quietTo = -1;
    if (m_useQuiet->isChecked() && Composer::parseWindow(m_quiet->text(), &quietFrom, &quietTo)) {
        s.windowStart = quietTo; // sent from the end of the quiet hours to their start
        s.windowEnd = quietFrom;
    }
    s.condition = m_position > 0
            ? stepConditionFromKey(m_condition->currentData().toString()).value_or(StepCondition::None)
            : StepCondition::None;
    s.leaveOtherwise = s.condition != StepCondition::None && m_otherwise->currentIndex() == 1;
    return s;
}

void StepDialog::accept()
{
    int from = 0, to = 0;
    QString problem;
    if (m_template->count() == 0)
        problem = tr("Write a template first (Templates); a step sends one.");
    else if (m_account->count() == 0)
        problem = tr("Add an account first (Accounts); a step is sent through one.");
    else if (m_useQuiet->isChecked() && !Composer::parseWindow(m_quiet->text(), &from, &to))
        problem = tr("Write the quiet hours as two times, like 21:00–08:00.");
    else if (qint64(m_delay->value()) * unitMinutes[m_unit->currentIndex()] > 365 * 1440)
        problem = tr("A step waits at most a year after the one before it.");
    if (!problem.isEmpty())
        return m_problem->showMessage(MessageBanner::Error, problem);
    QDialog::accept();
}

} // namespace cm
