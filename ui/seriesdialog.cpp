#include "seriesdialog.h"

#include "app/services/composer.h"
#include "app/services/seriesservice.h"
#include "app/services/workspace.h"
#include "confirm.h"
#include "messagebanner.h"
#include "models/clock.h"
#include "models/groupstore.h"
#include "models/segmentstore.h"
#include "models/seriesstore.h"
#include "stepdialog.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTableWidget>
#include <QTimeZone>
#include <QVBoxLayout>

namespace cm {

SeriesDialog::SeriesDialog(const UiContext &context, const std::optional<Series> &existing, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_series(existing.value_or(Series()))
    , m_started(existing && existing->state != SeriesState::Draft)
    , m_banner(new MessageBanner(this))
    , m_name(new QLineEdit(m_series.name, this))
    , m_byGroup(new QRadioButton(tr("Joining the group"), this))
    , m_bySegment(new QRadioButton(tr("Matching the segment"), this))
    , m_group(new QComboBox(this))
    , m_segment(new QComboBox(this))
    , m_useStart(new QCheckBox(tr("Not before"), this))
    , m_start(new QDateTimeEdit(this))
    , m_onlyNew(new QCheckBox(tr("Only contacts added after the series starts"), this))
    , m_zone(new QComboBox(this))
    , m_steps(new QTableWidget(0, 4, this))
    , m_edit(new QPushButton(tr("Edit…"), this))
    , m_remove(new QPushButton(tr("Remove"), this))
    , m_up(new QPushButton(tr("Move up"), this))
    , m_down(new QPushButton(tr("Move down"), this))
{
    setWindowTitle(existing ? tr("Edit series “%1”").arg(m_series.name) : tr("New series"));
    resize(860, 560);
    m_name->setPlaceholderText(tr("Welcome series"));
    m_name->setAccessibleName(tr("Name"));
    auto *entryKind = new QButtonGroup(this);
    entryKind->addButton(m_byGroup);
    entryKind->addButton(m_bySegment);
    for (const Group &g : context.workspace->groups()->groups())
        m_group->addItem(g.name, g.id);
    for (const Segment &s : context.workspace->segments()->segments())
        m_segment->addItem(s.name, s.id);
    m_group->setAccessibleName(tr("Entry group"));
    m_segment->setAccessibleName(tr("Entry segment"));
    (m_series.segmentId ? m_bySegment : m_byGroup)->setChecked(true);
    m_group->setCurrentIndex(std::max(0, m_group->findData(m_series.groupId)));
    m_segment->setCurrentIndex(std::max(0, m_segment->findData(m_series.segmentId)));
    m_bySegment->setEnabled(m_segment->count() > 0 || m_series.segmentId);
    m_onlyNew->setChecked(m_series.onlyNew);
    m_onlyNew->setToolTip(tr("Otherwise the contacts already in the group (or matching the segment) enter too when "
                             "the series starts."));

    m_zone->setEditable(true);
    m_zone->setInsertPolicy(QComboBox::NoInsert);
    m_zone->setAccessibleName(tr("Time zone"));
    m_zone->addItem(tr("My time zone (%1)").arg(QString::fromUtf8(QTimeZone::systemTimeZoneId())), QString());
    for (const QByteArray &id : QTimeZone::availableTimeZoneIds())
        m_zone->addItem(QString::fromUtf8(id), QString::fromUtf8(id));
    m_zone->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_zone->completer()->setFilterMode(Qt::MatchContains);
    m_zone->setCurrentIndex(std::max(0, m_zone->findData(m_series.timeZone)));
    m_zone->setToolTip(tr("The steps' times of day and quiet hours are in this zone."));
    m_start->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    m_start->setCalendarPopup(true);
    m_start->setAccessibleName(tr("Contacts enter from"));
    const QDateTime start = m_series.startsAt.isValid()
            ? m_series.startsAt.toTimeZone(m_series.zone())
            : context.workspace->clock()->now().toTimeZone(m_series.zone()).addDays(1);
    m_start->setDateTime(QDateTime(start.date(), start.time()));
    m_useStart->setChecked(m_series.startsAt.isValid());

    m_steps->setHorizontalHeaderLabels({tr("Step"), tr("Template"), tr("Account"), tr("When")});
    m_steps->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_steps->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_steps->setSelectionMode(QAbstractItemView::SingleSelection);
    m_steps->horizontalHeader()->setStretchLastSection(true);
    m_steps->setAccessibleName(tr("Steps"));
    auto *add = new QPushButton(tr("Add step…"), this);
    connect(add, &QPushButton::clicked, this, [this] { editStep(int(m_series.steps.size())); });
    connect(m_edit, &QPushButton::clicked, this, [this] { editStep(m_steps->currentRow()); });
    connect(m_steps, &QTableWidget::cellDoubleClicked, this, [this](int row) { editStep(row); });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        const int row = m_steps->currentRow();
        if (row >= 0 && row < m_series.steps.size()) {
            m_series.steps.removeAt(row);
            showSteps();
        }
    });
    const auto move = [this](int by) {
        const int row = m_steps->currentRow();
        if (row < 0 || row + by < 0 || row + by >= m_series.steps.size())
            return;
        m_series.steps.swapItemsAt(row, row + by);
        showSteps();
        m_steps->selectRow(row + by);
    };
    connect(m_up, &QPushButton::clicked, this, [move] { move(-1); });
    connect(m_down, &QPushButton::clicked, this, [move] { move(1); });
    connect(m_steps, &QTableWidget::currentCellChanged, this, &SeriesDialog::updateEnabled);

    auto *entryRow = new QHBoxLayout;
    entryRow->addWidget(m_byGroup);
    entryRow->addWidget(m_group, 1);
    entryRow->addWidget(m_bySegment);
    entryRow->addWidget(m_segment, 1);
    auto *startRow = new QHBoxLayout;
    startRow->addWidget(m_useStart);
    startRow->addWidget(m_start);
    startRow->addWidget(m_onlyNew, 1);
    auto *form = new QFormLayout;
    form->addRow(tr("Name:"), m_name);
    form->addRow(tr("Contacts enter:"), entryRow);
    form->addRow(QString(), startRow);
    form->addRow(tr("Time zone:"), m_zone);
    auto *stepButtons = new QHBoxLayout;
    for (QPushButton *b : {add, m_edit, m_remove, m_up, m_down})
        stepButtons->addWidget(b);
    stepButtons->addStretch(1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &SeriesDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addLayout(form);
    layout->addWidget(m_steps, 1);
    layout->addLayout(stepButtons);
    layout->addWidget(buttons);
    // Once started, who enters and when stays as it was.
    for (QWidget *w : std::initializer_list<QWidget *> {m_byGroup, m_bySegment, m_group, m_segment, m_useStart, m_start,
                                                        m_onlyNew, m_zone})
        w->setEnabled(!m_started && w->isEnabled());
    connect(m_byGroup, &QRadioButton::toggled, this, &SeriesDialog::updateEnabled);
    connect(m_useStart, &QCheckBox::toggled, this, &SeriesDialog::updateEnabled);
    if (m_started) {
        const QList<SeriesStepReport> report
                = context.workspace->series()->report(m_series.id, int(m_series.steps.size()));
        for (int i = 0; i < report.size(); ++i) {
            if (report.at(i).sent + report.at(i).skipped + report.at(i).left > 0)
                m_reached = i + 1;
        }
        m_banner->showMessage(MessageBanner::Information,
                              tr("“%1” has started: its steps can be edited and added, and steps nobody reached "
                                 "removed from the end. Contacts waiting for an edited step get the new version.")
                                      .arg(m_series.name));
    }
    showSteps();
}

void SeriesDialog::setStep(int position, const SeriesStep &step)
{
    if (position >= m_series.steps.size())
        m_series.steps.append(step);
    else
        m_series.steps[position] = step;
    showSteps();
    m_steps->selectRow(std::min(position, int(m_series.steps.size()) - 1));
}

void SeriesDialog::editStep(int position)
{
    if (position < 0 || position > m_series.steps.size())
        return;
    SeriesStep step = position < m_series.steps.size() ? m_series.steps.at(position) : SeriesStep();
    if (position == m_series.steps.size() && position > 0) {
        step.accountId = m_series.steps.last().accountId; // the same account as the step before, to start from
        step.delayMinutes = 1440;
    }
    StepDialog dialog(m_context.workspace, step, position, m_zone->currentData().toString(), this);
    if (dialog.exec() == QDialog::Accepted)
        setStep(position, dialog.step());
}

void SeriesDialog::showSteps()
{
    m_steps->setRowCount(int(m_series.steps.size()));
    for (int i = 0; i < m_series.steps.size(); ++i) {
        const SeriesStep &s = m_series.steps.at(i);
        const QStringList cells {s.displayName(i), s.templateName, s.accountName, s.whenText(i)};
        for (int c = 0; c < cells.size(); ++c)
            m_steps->setItem(i, c, new QTableWidgetItem(cells.at(c)));
    }
    m_steps->resizeColumnsToContents();
    updateEnabled();
}

void SeriesDialog::updateEnabled()
{
    const int row = m_steps->currentRow();
    const bool any = row >= 0 && row < m_series.steps.size();
    m_edit->setEnabled(any);
    // Once started, the steps keep their places; only the last ones nobody reached go.
    m_remove->setEnabled(any && (!m_started || (row == m_series.steps.size() - 1 && row >= m_reached)));
    m_up->setEnabled(any && !m_started && row > 0);
    m_down->setEnabled(any && !m_started && row + 1 < m_series.steps.size());
    if (!m_started) {
        m_group->setEnabled(m_byGroup->isChecked());
        m_segment->setEnabled(!m_byGroup->isChecked());
        m_start->setEnabled(m_useStart->isChecked());
    }
}

Series SeriesDialog::collect() const
{
    Series s = m_series;
    s.name = m_name->text().trimmed();
    if (m_started)
        return s; // its entry stays as it was
    s.groupId = m_byGroup->isChecked() ? m_group->currentData().toLongLong() : 0;
    s.segmentId = m_byGroup->isChecked() ? 0 : m_segment->currentData().toLongLong();
    s.timeZone = Composer::zoneToSave(m_zone->currentData().toString());
    s.onlyNew = m_onlyNew->isChecked();
    QString problem;
    s.startsAt = m_useStart->isChecked() ? Composer::toUtc(m_start->date(), m_start->time(), s.timeZone, &problem)
                                         : QDateTime();
    return s;
}

void SeriesDialog::accept()
{
    Series series = collect();
    if (m_useStart->isChecked() && !series.startsAt.isValid() && !m_started)
        return m_banner->showMessage(MessageBanner::Error, tr("That start time does not exist in the time zone."));
    if (m_started) {
        const QStringList effects = m_context.series->editEffects(series);
        if (!effects.isEmpty()
            && !ui::confirm(this, tr("Change a running series"),
                            tr("Saving changes “%1” for the contacts in it:\n\n%2")
                                    .arg(series.name, effects.join(QLatin1Char('\n'))),
                            tr("Save the changes")))
            return;
    }
    QString error;
    if (!m_context.series->save(series, &error))
        return m_banner->showMessage(MessageBanner::Error, error);
    m_series = series;
    QDialog::accept();
}

} // namespace cm
