#include "campaigndialog.h"

#include "choices.h"

#include "app/services/composer.h"
#include "app/services/workspace.h"
#include "models/accountstore.h"
#include "models/clock.h"
#include "models/groupstore.h"
#include "models/segmentstore.h"
#include "models/templatestore.h"
#include "providers/providertypes.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QRadioButton>
#include <QSpinBox>
#include <QTimeZone>
#include <QVBoxLayout>

namespace cm {

CampaignDialog::CampaignDialog(Workspace *workspace, Save save, QWidget *parent,
                               const std::optional<Campaign> &existing)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_save(std::move(save))
    , m_name(new QLineEdit(this))
    , m_template(new QComboBox(this))
    , m_account(new QComboBox(this))
    , m_sender(new QLineEdit(this))
    , m_groups(new QListWidget(this))
    , m_excluded(new QListWidget(this))
    , m_now(new QRadioButton(tr("&Now, when I press Send"), this))
    , m_at(new QRadioButton(tr("A&t"), this))
    , m_when(new QDateTimeEdit(this))
    , m_zone(new QComboBox(this))
    , m_useWindow(new QCheckBox(tr("Only send &between"), this))
    , m_useLocal(new QCheckBox(tr("At each recipient's &local time:"), this))
    , m_localTime(new QTimeEdit(QTime(9, 30), this))
    , m_localLate(new QComboBox(this))
    , m_windowStart(new QTimeEdit(QTime(9, 0), this))
    , m_windowEnd(new QTimeEdit(QTime(20, 0), this))
    , m_problem(new QLabel(this))
    , m_optionsBox(new QGroupBox(this))
    , m_optionsForm(new QFormLayout(m_optionsBox))
{
    if (existing) {
        m_campaign = *existing;
        m_options = existing->options;
    }
    setWindowTitle(existing ? tr("Edit campaign “%1”").arg(existing->name) : tr("New campaign"));
    m_name->setPlaceholderText(tr("November offer"));
    for (const Template &t : workspace->templates()->templates())
        m_template->addItem(ui::withKind(t.name, channelName(t.channel)), t.id);
    m_sender->setPlaceholderText(tr("the account's default"));
    m_sender->setToolTip(tr("The sender name or number an SMS shows, or the from address of an email."));

    const QLocale locale;
    for (const Group &g : workspace->groups()->groups()) {
        for (QListWidget *list : {m_groups, m_excluded}) {
            auto *item = new QListWidgetItem(tr("%1 (%2 contacts)").arg(g.name, locale.toString(g.contactCount)), list);
            item->setData(Qt::UserRole, g.id);
            item->setFlags(Qt::ItemIsUserCheckable | Qt::ItemIsEnabled | Qt::ItemIsSelectable);
            item->setCheckState(Qt::Unchecked);
        }
    }
    // Segments after the groups, as negative ids in the same lists (tickedSegments).
    for (const Segment &segment : workspace->segments()->segments()) {
        for (QListWidget *list : {m_groups, m_excluded}) {
            auto *item = new QListWidgetItem(tr("%1 (segment: %2)").arg(segment.name, segment.rule), list);
            item->setData(Qt::UserRole, -segment.id);
            item->setToolTip(tr("Whoever matches the rule when the send starts."));
            item->setFlags(Qt::ItemIsUserCheckable | Qt::ItemIsEnabled | Qt::ItemIsSelectable);
            item->setCheckState(Qt::Unchecked);
        }
    }
    m_groups->setAccessibleName(tr("Groups to send to"));
    m_excluded->setAccessibleName(tr("Groups whose contacts are left out"));
    m_groups->setMaximumHeight(120);
    m_excluded->setMaximumHeight(90);
    // Preselected only when there is no choice to make: the one group that has contacts. The newest group may well be
    // empty, or not the one meant.
    if (!existing) {
        const QList<Group> groups = workspace->groups()->groups();
        const auto filled
                = std::count_if(groups.cbegin(), groups.cend(), [](const Group &g) { return g.contactCount > 0; });
        for (int i = 0; filled == 1 && i < m_groups->count(); ++i) {
            if (groups.value(i).contactCount > 0)
                m_groups->item(i)->setCheckState(Qt::Checked);
        }
    }

    // When: in a zone the user picks (their own by default); the time is stored in UTC.
    auto *when = new QButtonGroup(this);
    when->addButton(m_now);
    when->addButton(m_at);
    m_now->setChecked(true);
    m_when->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    m_when->setCalendarPopup(true);
    const QDateTime tomorrow9(workspace->clock()->now().toLocalTime().date().addDays(1), QTime(9, 0));
    m_when->setDateTime(tomorrow9);
    m_when->setAccessibleName(tr("Date and time to send"));
    m_zone->setEditable(true);
    m_zone->setInsertPolicy(QComboBox::NoInsert);
    m_zone->setAccessibleName(tr("Time zone"));
    const QByteArray own = QTimeZone::systemTimeZoneId();
    m_zone->addItem(tr("My time zone (%1)").arg(QString::fromUtf8(own)), QString());
    for (const QByteArray &id : QTimeZone::availableTimeZoneIds())
        m_zone->addItem(QString::fromUtf8(id), QString::fromUtf8(id));
    m_zone->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_zone->completer()->setFilterMode(Qt::MatchContains);
    m_windowStart->setDisplayFormat(QStringLiteral("HH:mm"));
    m_windowEnd->setDisplayFormat(QStringLiteral("HH:mm"));
    m_windowStart->setAccessibleName(tr("Sending window starts"));
    m_windowEnd->setAccessibleName(tr("Sending window ends"));
    m_useWindow->setToolTip(tr("Quiet hours: outside this window (in the campaign's time zone) the send pauses and "
                               "continues by itself when the window opens."));

    connect(m_template, &QComboBox::currentIndexChanged, this, &CampaignDialog::fillAccounts);
    connect(m_account, &QComboBox::currentIndexChanged, this, &CampaignDialog::fillOptions);
    connect(m_at, &QRadioButton::toggled, this, &CampaignDialog::updateEnabled);
    connect(m_useWindow, &QCheckBox::toggled, this, &CampaignDialog::updateEnabled);
    m_localTime->setDisplayFormat(QStringLiteral("HH:mm"));
    m_localTime->setAccessibleName(tr("Local time of day"));
    m_localLate->addItem(tr("where that time has passed, the next day"), false);
    m_localLate->addItem(tr("where that time has passed, at once"), true);
    m_localLate->setAccessibleName(tr("Where the local time has passed"));
    m_useLocal->setToolTip(tr("Each recipient gets it at this time in their own time zone: from their time_zone field, "
                              "else their phone number's country and area, else the campaign's zone. The quiet hours "
                              "then apply in each recipient's zone."));
    connect(m_useLocal, &QCheckBox::toggled, this, &CampaignDialog::updateEnabled);
    fillAccounts();

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Template:"), m_template);
    form->addRow(tr("&Account:"), m_account);
    form->addRow(tr("&Sender:"), m_sender);
    form->addRow(tr("Send &to:"), m_groups);
    form->addRow(tr("&Leave out:"), m_excluded);
    auto *atRow = new QHBoxLayout;
    atRow->addWidget(m_at);
    atRow->addWidget(m_when, 1);
    atRow->addWidget(m_zone, 1);
    auto *whenBox = new QVBoxLayout;
    whenBox->addWidget(m_now);
    whenBox->addLayout(atRow);
    form->addRow(tr("When:"), whenBox);
    auto *windowRow = new QHBoxLayout;
    windowRow->addWidget(m_useWindow);
    windowRow->addWidget(m_windowStart);
    windowRow->addWidget(new QLabel(tr("and"), this));
    windowRow->addWidget(m_windowEnd);
    windowRow->addStretch(1);
    form->addRow(tr("Quiet hours:"), windowRow);
    auto *localRow = new QHBoxLayout;
    localRow->addWidget(m_useLocal);
    localRow->addWidget(m_localTime);
    localRow->addWidget(m_localLate, 1);
    form->addRow(tr("Local time:"), localRow);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_problem->hide();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &CampaignDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &CampaignDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_optionsBox);
    auto *note = new QLabel(tr("Saving sends nothing: Send… (Ctrl+Return) shows who the campaign will reach, then "
                               "sends it or schedules it for the time above."),
                            this);
    note->setWordWrap(true);
    layout->addWidget(note);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    resize(640, 560);
    fillOptions();

    if (existing) {
        m_name->setText(existing->name);
        choose(QStringLiteral("template"), existing->templateId);
        choose(QStringLiteral("account"), existing->accountId);
        m_sender->setText(existing->sender);
        for (const qint64 id : existing->includedGroups())
            tickOnly(m_groups, id, false);
        for (const qint64 id : existing->excludedGroupIds)
            tickOnly(m_excluded, id, false);
        for (const qint64 id : existing->segmentIds)
            tickOnly(m_groups, -id, false);
        for (const qint64 id : existing->excludedSegmentIds)
            tickOnly(m_excluded, -id, false);
        if (existing->scheduledAt.isValid()) {
            const QDateTime local = existing->scheduledAt.toTimeZone(existing->zone());
            setSchedule(QDateTime(local.date(), local.time()), existing->timeZone);
        } else if (!existing->timeZone.isEmpty()) {
            m_zone->setCurrentIndex(std::max(0, m_zone->findData(existing->timeZone)));
        }
        setWindow(existing->windowStart, existing->windowEnd);
        setLocalTime(existing->localTime, existing->localLateNow);
    }
    updateEnabled();
}

void CampaignDialog::fillAccounts()
{
    const Channel needed = channel();
    const qint64 chosen = m_account->currentData().toLongLong();
    m_account->clear();
    for (const Account &a : m_workspace->accounts()->accounts()) {
        const auto info = m_workspace->providers().info(a.provider);
        if (info && info->supports(needed)) // only accounts that can send on the campaign's channel
            m_account->addItem(ui::withKind(a.name, info->displayName), a.id);
    }
    m_account->setCurrentIndex(std::max(0, m_account->findData(chosen)));
}

Channel CampaignDialog::channel() const
{
    // The template's; a call or WhatsApp campaign keeps its channel with an SMS template (as it was migrated).
    const auto tmpl = m_workspace->templates()->byId(m_template->currentData().toLongLong());
    if (!tmpl)
        return m_campaign.id ? m_campaign.channel : Channel::Sms;
    return m_campaign.id && templateFits(tmpl->channel, m_campaign.channel) ? m_campaign.channel : tmpl->channel;
}

void CampaignDialog::fillOptions()
{
    const QVariantMap chosen = optionValues();
    for (auto it = chosen.cbegin(); it != chosen.cend(); ++it)
        m_options.insert(it.key(), it.value());
    while (m_optionsForm->rowCount() > 0)
        m_optionsForm->removeRow(0);
    m_optionWidgets.clear();
    m_optionDefs.clear();
    const auto account = m_workspace->accounts()->byId(m_account->currentData().toLongLong());
    const auto info = account ? m_workspace->providers().info(account->provider) : std::nullopt;
    const QList<CampaignOption> options = info ? info->optionsFor(channel()) : QList<CampaignOption>();
    m_optionsBox->setVisible(!options.isEmpty());
    if (info)
        m_optionsBox->setTitle(tr("%1 options").arg(info->displayName));
    for (const CampaignOption &o : options) {
        const QVariant value = m_options.value(o.key, o.defaultValue);
        QWidget *widget = nullptr;
        switch (o.kind) {
        case CampaignOption::Flag: {
            auto *box = new QCheckBox(o.label, m_optionsBox);
            box->setChecked(value.toBool());
            widget = box;
            break;
        }
        case CampaignOption::Text: {
            auto *edit = new QLineEdit(value.toString(), m_optionsBox);
            connect(edit, &QLineEdit::textChanged, this, &CampaignDialog::showApplicableOptions); // an audio file
            widget = edit;
            break;
        }
        case CampaignOption::Number: {
            auto *spin = new QSpinBox(m_optionsBox);
            spin->setRange(o.minimum, o.maximum);
            spin->setValue(value.toInt());
            widget = spin;
            break;
        }
        case CampaignOption::Choice: {
            auto *combo = new QComboBox(m_optionsBox);
            for (qsizetype i = 0; i < o.choices.size(); ++i)
                combo->addItem(o.choiceText.value(i, o.choices.at(i)), o.choices.at(i));
            combo->setCurrentIndex(std::max(0, combo->findData(value.toString())));
            connect(combo, &QComboBox::currentIndexChanged, this, [this] {
                m_problem->hide(); // it may have been about a field this choice shows or hides
                showApplicableOptions();
            });
            widget = combo;
            break;
        }
        }
        widget->setToolTip(o.help);
        widget->setAccessibleName(o.label);
        widget->setProperty("cm_option_kind", int(o.kind));
        m_optionWidgets.insert(o.key, widget);
        if (o.kind == CampaignOption::Flag)
            m_optionsForm->addRow(QString(), widget);
        else
            m_optionsForm->addRow(o.label + (o.required ? QStringLiteral(" *:") : QStringLiteral(":")), widget);
    }
    m_optionDefs = options;
    showApplicableOptions();
}

void CampaignDialog::showApplicableOptions()
{
    const QVariantMap all = allOptionValues();
    for (const CampaignOption &o : std::as_const(m_optionDefs)) {
        if (QWidget *widget = m_optionWidgets.value(o.key))
            m_optionsForm->setRowVisible(widget, o.appliesWith(all));
    }
}

QStringList CampaignDialog::shownOptionKeys() const
{
    return optionValues().keys();
}

QVariantMap CampaignDialog::optionValues() const
{
    const QVariantMap all = allOptionValues();
    QVariantMap values = all;
    for (const CampaignOption &o : m_optionDefs) {
        if (!o.appliesWith(all))
            values.remove(o.key);
    }
    return values;
}

QVariantMap CampaignDialog::allOptionValues() const
{
    QVariantMap values;
    for (auto it = m_optionWidgets.cbegin(); it != m_optionWidgets.cend(); ++it) {
        if (auto *box = qobject_cast<QCheckBox *>(it.value()))
            values.insert(it.key(), box->isChecked());
        else if (auto *edit = qobject_cast<QLineEdit *>(it.value()))
            values.insert(it.key(), edit->text().trimmed());
        else if (auto *spin = qobject_cast<QSpinBox *>(it.value()))
            values.insert(it.key(), spin->value());
        else if (auto *combo = qobject_cast<QComboBox *>(it.value()))
            values.insert(it.key(), combo->currentData().toString());
    }
    return values;
}

bool CampaignDialog::setOption(const QString &key, const QVariant &value)
{
    QWidget *widget = m_optionWidgets.value(key);
    if (auto *box = qobject_cast<QCheckBox *>(widget))
        box->setChecked(value.toBool());
    else if (auto *edit = qobject_cast<QLineEdit *>(widget))
        edit->setText(value.toString());
    else if (auto *spin = qobject_cast<QSpinBox *>(widget))
        spin->setValue(value.toInt());
    else if (auto *combo = qobject_cast<QComboBox *>(widget))
        combo->setCurrentIndex(combo->findData(value.toString()));
    return widget != nullptr;
}

void CampaignDialog::updateEnabled()
{
    m_when->setEnabled(m_at->isChecked());
    m_zone->setEnabled(m_at->isChecked());
    m_windowStart->setEnabled(m_useWindow->isChecked());
    m_windowEnd->setEnabled(m_useWindow->isChecked());
    m_localTime->setEnabled(m_useLocal->isChecked());
    m_localLate->setEnabled(m_useLocal->isChecked());
}

void CampaignDialog::setLocalTime(int minutes, bool lateNow)
{
    m_useLocal->setChecked(minutes >= 0);
    if (minutes >= 0)
        m_localTime->setTime(QTime(minutes / 60, minutes % 60));
    m_localLate->setCurrentIndex(lateNow ? 1 : 0);
}

void CampaignDialog::tickOnly(QListWidget *list, qint64 id, bool alone)
{
    for (int i = 0; i < list->count(); ++i) {
        QListWidgetItem *item = list->item(i);
        if (item->data(Qt::UserRole).toLongLong() == id)
            item->setCheckState(Qt::Checked);
        else if (alone)
            item->setCheckState(Qt::Unchecked);
    }
}

QList<qint64> CampaignDialog::ticked(const QListWidget *list, bool segments)
{
    QList<qint64> ids;
    for (int i = 0; i < list->count(); ++i) {
        const qint64 id = list->item(i)->data(Qt::UserRole).toLongLong();
        if (list->item(i)->checkState() == Qt::Checked && (segments ? id < 0 : id > 0))
            ids.append(segments ? -id : id);
    }
    return ids;
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
    if (what == QLatin1String("group") || what == QLatin1String("exclude") || what == QLatin1String("segment")
        || what == QLatin1String("exclude-segment")) {
        const bool sendTo = what == QLatin1String("group") || what == QLatin1String("segment");
        QListWidget *list = sendTo ? m_groups : m_excluded;
        const qint64 value = what.endsWith(QLatin1String("segment")) ? -id : id;
        for (int i = 0; i < list->count(); ++i) {
            if (list->item(i)->data(Qt::UserRole).toLongLong() == value) {
                tickOnly(list, value, sendTo);
                return true;
            }
        }
        return false;
    }
    QComboBox *box = what == QLatin1String("template") ? m_template : m_account;
    const int index = box->findData(id);
    if (index >= 0)
        box->setCurrentIndex(index);
    return index >= 0;
}

void CampaignDialog::setSender(const QString &sender)
{
    m_sender->setText(sender);
}

void CampaignDialog::setSchedule(const QDateTime &wallClock, const QString &zoneId)
{
    if (!wallClock.isValid()) {
        m_now->setChecked(true);
        return;
    }
    m_at->setChecked(true);
    m_when->setDateTime(wallClock);
    const int index = m_zone->findData(zoneId);
    if (index >= 0)
        m_zone->setCurrentIndex(index);
    else
        m_zone->setCurrentText(zoneId);
}

void CampaignDialog::setWindow(int startMinute, int endMinute)
{
    m_useWindow->setChecked(startMinute >= 0 && endMinute >= 0);
    if (startMinute >= 0 && endMinute >= 0) {
        m_windowStart->setTime(QTime(startMinute / 60, startMinute % 60));
        m_windowEnd->setTime(QTime(endMinute / 60, endMinute % 60));
    }
}

void CampaignDialog::accept()
{
    const auto tmpl = m_workspace->templates()->byId(m_template->currentData().toLongLong());
    Campaign c = m_campaign; // an edit keeps its id, state and history
    c.name = m_name->text().trimmed();
    c.templateId = tmpl ? tmpl->id : 0;
    c.channel = channel();
    c.accountId = m_account->currentData().toLongLong();
    c.sender = m_sender->text().trimmed();
    c.groupIds = ticked(m_groups);
    c.groupId = c.groupIds.value(0);
    c.excludedGroupIds = ticked(m_excluded);
    c.segmentIds = ticked(m_groups, true);
    c.excludedSegmentIds = ticked(m_excluded, true);
    c.options = optionValues(); // only the options of the chosen account's provider
    c.windowStart = c.windowEnd = -1;
    if (m_useWindow->isChecked()) {
        c.windowStart = m_windowStart->time().hour() * 60 + m_windowStart->time().minute();
        c.windowEnd = m_windowEnd->time().hour() * 60 + m_windowEnd->time().minute();
    }
    c.localTime = m_useLocal->isChecked() ? m_localTime->time().hour() * 60 + m_localTime->time().minute() : -1;
    c.localLateNow = m_localLate->currentData().toBool();
    // The zone: an entry of the list, or a name typed into it; "my time zone" is saved as its id.
    const int zoneIndex = m_zone->findText(m_zone->currentText());
    c.timeZone = Composer::zoneToSave(zoneIndex >= 0 ? m_zone->itemData(zoneIndex).toString()
                                                     : m_zone->currentText().trimmed());
    QString problem = Composer::campaignProblem(m_workspace, c);
    c.scheduledAt = {};
    if (problem.isEmpty() && m_at->isChecked()) {
        c.scheduledAt = Composer::toUtc(m_when->date(), m_when->time(), c.timeZone, &problem);
        if (problem.isEmpty())
            problem = Composer::scheduleProblem(c.scheduledAt, m_workspace->clock()->now());
    }
    if (problem.isEmpty() && m_save)
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
