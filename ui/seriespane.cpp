#include "seriespane.h"

#include "app/services/dispatcher.h"
#include "app/services/job.h"
#include "app/services/seriesservice.h"
#include "app/services/workspace.h"
#include "confirm.h"
#include "messagebanner.h"
#include "models/campaignstore.h"
#include "models/contactcheck.h"
#include "models/groupstore.h"
#include "models/itemmodels.h"
#include "models/seriesstore.h"
#include "seriesdialog.h"

#include <QAction>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace cm {

namespace {

QTableWidget *makeTable(const QStringList &headers, const QString &name, QWidget *parent)
{
    auto *table = new QTableWidget(0, int(headers.size()), parent);
    table->setHorizontalHeaderLabels(headers);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(headers.isEmpty() ? QAbstractItemView::SelectColumns : QAbstractItemView::SelectRows);
    table->verticalHeader()->setVisible(headers.isEmpty()); // the steps: a row per counter, named
    table->horizontalHeader()->setStretchLastSection(!headers.isEmpty());
    table->setWordWrap(true);
    table->setAccessibleName(name);
    return table;
}

// What the pane counts in the background for the current series.
struct Counts
{
    QHash<QString, qint64> members; // state key → contacts
    QList<SeriesStepReport> steps;
};

QString localTime(const QDateTime &utc)
{
    return utc.isValid() ? QLocale().toString(utc.toLocalTime(), QLocale::ShortFormat) : QString();
}

} // namespace

SeriesPane::SeriesPane(const UiContext &context, QWidget *parent)
    : Pane(context, QStringLiteral("series"), parent)
    , m_model(new SeriesModel(context.workspace->series(), this))
    , m_detail(new QWidget(this))
    , m_heading(makeHeading({}, m_detail))
    , m_meta(new QLabel(m_detail))
    , m_steps(makeTable({}, tr("Steps and their reports"), m_detail))
    , m_contact(new QLineEdit(m_detail))
    , m_status(new QLabel(m_detail))
    , m_timeline(
              makeTable({tr("When"), tr("Step"), tr("What happened"), tr("The message now")}, tr("Timeline"), m_detail))
{
    m_meta->setWordWrap(true);
    m_meta->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setWordWrap(true);
    m_contact->setPlaceholderText(tr("A contact's email address or phone number"));
    m_contact->setAccessibleName(tr("Contact for the timeline"));
    m_contact->setClearButtonEnabled(true);
    auto *show = new QPushButton(tr("Show timeline"), m_detail);
    connect(show, &QPushButton::clicked, this, [this] { showTimeline(m_contact->text()); });
    connect(m_contact, &QLineEdit::returnPressed, this, [this] { showTimeline(m_contact->text()); });
    auto *lookup = new QHBoxLayout;
    lookup->addWidget(m_contact, 1);
    lookup->addWidget(show);
    auto *layout = new QVBoxLayout(m_detail);
    layout->addWidget(m_heading);
    layout->addWidget(m_meta);
    layout->addWidget(makeHeading(tr("Steps"), m_detail, 1.1));
    layout->addWidget(m_steps, 2);
    layout->addWidget(makeHeading(tr("A contact's way through it"), m_detail, 1.1));
    layout->addLayout(lookup);
    layout->addWidget(m_status);
    layout->addWidget(m_timeline, 1);

    setupList(m_model, tr("Series"),
              tr("No series yet.\nA series sends messages by itself: a welcome email when someone joins a group, an "
                 "SMS two days later to those who did not open it, and so on."),
              m_detail);

    connect(addPaneAction(tr("New series…"), QKeySequence::New, PaneIcon::Add, PaneSlot::Create), &QAction::triggered,
            this, [this] {
                SeriesDialog dialog(m_context, std::nullopt, this);
                if (dialog.exec() == QDialog::Accepted)
                    selectById(dialog.saved().id);
            });
    m_edit = addPaneAction(tr("Edit…"), QKeySequence(Qt::CTRL | Qt::Key_E), PaneIcon::Edit, PaneSlot::Change);
    connect(m_edit, &QAction::triggered, this, [this] {
        const auto series = m_context.workspace->series()->byId(currentId());
        if (!series)
            return;
        SeriesDialog dialog(m_context, series, this);
        if (dialog.exec() == QDialog::Accepted)
            refresh();
    });
    m_delete = addPaneAction(tr("Delete…"), QKeySequence::Delete, PaneIcon::Delete, PaneSlot::Remove);
    connect(m_delete, &QAction::triggered, this, [this] { deleteSeries(currentId()); });
    m_start = addPaneAction(tr("Start"), QKeySequence(), PaneIcon::Test, PaneSlot::Work);
    connect(m_start, &QAction::triggered, this, [this] { startSeries(currentId()); });
    m_pause = addPaneAction(tr("Pause"), QKeySequence(), PaneIcon::Cancel, PaneSlot::Work);
    connect(m_pause, &QAction::triggered, this, [this] { pauseSeries(currentId()); });
    m_stop = addPaneAction(tr("Stop…"), QKeySequence(), PaneIcon::Block, PaneSlot::Work);
    connect(m_stop, &QAction::triggered, this, [this] { stopSeries(currentId()); });
    connect(addPaneAction(tr("Send what is due now"), QKeySequence(), PaneIcon::Retry, PaneSlot::Work),
            &QAction::triggered, this, [this] { runDueNow(); });
    connect(addPaneAction(tr("Open file…"), QKeySequence(), PaneIcon::Import, PaneSlot::Files), &QAction::triggered,
            this, [this] {
                const QString path = QFileDialog::getOpenFileName(this, tr("Open a series file"), {},
                                                                  tr("Series (*.series *.txt);;All files (*)"));
                if (!path.isEmpty())
                    importFile(path);
            });
    m_resolve = addPaneAction(tr("Resolve unknown…"), QKeySequence(), PaneIcon::Resolve, PaneSlot::More);
    connect(m_resolve, &QAction::triggered, this, [this] {
        QMessageBox box(QMessageBox::Question, tr("Resolve unknown messages"),
                        tr("The provider may or may not have these messages of the series: the answer to their "
                           "request was lost. Check in the provider's own panel, then say what happened. Messages "
                           "that were not sent are sent again."),
                        QMessageBox::Cancel, this);
        QPushButton *ask = box.addButton(tr("Ask the provider"), QMessageBox::ActionRole);
        QPushButton *sent = box.addButton(tr("They were sent"), QMessageBox::AcceptRole);
        QPushButton *notSent = box.addButton(tr("They were not sent"), QMessageBox::DestructiveRole);
        box.exec();
        if (box.clickedButton() == ask || box.clickedButton() == sent || box.clickedButton() == notSent)
            resolveUnknown(currentId(),
                           box.clickedButton() == ask            ? Unknown::Ask
                                   : box.clickedButton() == sent ? Unknown::Sent
                                                                 : Unknown::NotSent);
    });
    m_export = addPaneAction(tr("Save as file…"), QKeySequence(), PaneIcon::Export, PaneSlot::Files);
    connect(m_export, &QAction::triggered, this, [this] {
        const auto series = m_context.workspace->series()->byId(currentId());
        if (!series)
            return;
        const QString path
                = QFileDialog::getSaveFileName(this, tr("Save the series as a file"),
                                               series->name + QStringLiteral(".series"), tr("Series (*.series)"));
        if (!path.isEmpty())
            exportFile(series->id, path);
    });
    // Contacts move while the app is open (the scheduler's runs, another window, cron): the numbers follow.
    connect(context.series, &SeriesService::seriesChanged, this, &SeriesPane::refresh);
    finishSetup();
}

void SeriesPane::refresh()
{
    const qint64 id = currentId();
    m_model->reload();
    if (!selectById(id))
        currentChanged(currentId());
    else
        currentChanged(id);
}

void SeriesPane::updateActions(qint64 id)
{
    const auto series = id ? m_context.workspace->series()->byId(id) : std::nullopt;
    const SeriesState state = series ? series->state : SeriesState::Stopped;
    m_edit->setEnabled(series.has_value());
    m_delete->setEnabled(series.has_value());
    m_export->setEnabled(series.has_value());
    m_start->setEnabled(series && (state == SeriesState::Draft || state == SeriesState::Paused));
    m_start->setText(state == SeriesState::Paused ? tr("Resume") : tr("Start"));
    m_pause->setEnabled(series && state == SeriesState::Running);
    m_stop->setEnabled(series && state != SeriesState::Stopped && state != SeriesState::Draft);
    m_resolve->setEnabled(series && !m_context.workspace->series()->unknownCampaigns(id).isEmpty());
}

void SeriesPane::currentChanged(qint64 id)
{
    updateActions(id);
    const auto series = id ? m_context.workspace->series()->byId(id) : std::nullopt;
    m_detail->setVisible(series.has_value());
    const int generation = ++m_generation; // an answer for an earlier series (or state) is dropped
    if (!series)
        return;
    m_heading->setText(series->name);
    QString entry = series->segmentId ? tr("contacts matching the segment “%1”").arg(series->entryName)
                                      : tr("contacts joining the group “%1”").arg(series->entryName);
    if (series->onlyNew)
        entry += tr(" (only those added after it starts)");
    QString draft;
    if (series->state == SeriesState::Draft) {
        const QStringList problems = m_context.series->problems(*series);
        draft = problems.isEmpty() ? tr("A draft: start it to let contacts in.")
                                   : tr("Before it can start: %1").arg(problems.join(QLatin1Char(' ')));
    }
    m_meta->setText(seriesStateName(series->state) + QStringLiteral(" · ") + entry
                    + (draft.isEmpty() ? QString() : QLatin1Char('\n') + draft));

    // A column per step, a row per counter: the steps side by side, as a funnel reads. What each step is shows at
    // once; its counters come from the background (a series of many contacts counts its timeline and reports).
    const QStringList rows {tr("When"),         tr("Template"),  tr("Waiting"), tr("Sent"),    tr("Skipped"),
                            tr("Left here"),    tr("Delivered"), tr("Opened"),  tr("Clicked"), tr("Bounced"),
                            tr("Unsubscribed"), tr("Failed"),    tr("Unknown")};
    m_steps->setRowCount(int(rows.size()));
    m_steps->setVerticalHeaderLabels(rows);
    m_steps->setColumnCount(int(series->steps.size()));
    for (int i = 0; i < series->steps.size(); ++i) {
        const SeriesStep &s = series->steps.at(i);
        m_steps->setHorizontalHeaderItem(
                i, new QTableWidgetItem(QStringLiteral("%1. %2").arg(i + 1).arg(s.displayName(i))));
        m_steps->setItem(0, i, new QTableWidgetItem(s.whenText(i)));
        m_steps->setItem(1, i, new QTableWidgetItem(tr("%1 through %2").arg(s.templateName, s.accountName)));
    }
    const int widest = fontMetrics().averageCharWidth() * 21;
    for (int i = 0; i < m_steps->columnCount(); ++i)
        m_steps->setColumnWidth(i, widest);
    m_steps->resizeRowsToContents();
    if (!m_shownAddress.isEmpty())
        showTimeline(m_shownAddress);
    else
        m_timeline->setRowCount(0);

    m_context.workspace
            ->inBackground([workspace = m_context.workspace, id, steps = int(series->steps.size())] {
                SeriesStore store(workspace->database());
                return Counts {store.memberCounts(id), store.report(id, steps)};
            })
            .then(this, [this, generation, state = seriesStateName(series->state), entry, draft](const Counts &c) {
                if (generation != m_generation)
                    return;
                const auto count
                        = [&c](const char *key) { return QLocale().toString(c.members.value(QLatin1String(key))); };
                m_meta->setText(tr("%1 · %2 · %3 waiting, %4 finished, %5 left")
                                        .arg(state, entry, count("waiting"), count("finished"), count("left"))
                                + (draft.isEmpty() ? QString() : QLatin1Char('\n') + draft));
                for (int i = 0; i < c.steps.size() && i < m_steps->columnCount(); ++i) {
                    const SeriesStepReport &r = c.steps.at(i);
                    int row = 2;
                    for (const qint64 n : {r.waiting, r.sent, r.skipped, r.left, r.delivered, r.opened, r.clicked,
                                           r.bounced, r.unsubscribed, r.failed, r.unknown}) {
                        auto *item = new QTableWidgetItem(QLocale().toString(n));
                        item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
                        m_steps->setItem(row++, i, item);
                    }
                }
            });
}

bool SeriesPane::showTimeline(const QString &address)
{
    const auto series = m_context.workspace->series()->byId(currentId());
    const QString wanted = address.trimmed();
    m_timeline->setRowCount(0);
    m_shownAddress.clear();
    if (!series || wanted.isEmpty())
        return false;
    SeriesStore *store = m_context.workspace->series();
    Contact probe; // the address as stored: E.164, lower case
    (wanted.contains(QLatin1Char('@')) ? probe.email : probe.phone) = wanted;
    checkContact(probe, m_context.workspace->phoneRegion());
    std::optional<Contact> contact;
    std::optional<SeriesMember> member;
    for (const Group &g : m_context.workspace->groups()->groups()) {
        if (series->groupId && g.id != series->groupId)
            continue;
        contact = m_context.workspace->groups()->contactByAddress(g.id,
                                                                  probe.email.isEmpty() ? probe.phone : probe.email);
        member = contact ? store->member(series->id, contact->id) : std::nullopt;
        if (member)
            break;
    }
    if (!member) {
        m_status->setText(tr("“%1” is not in this series.").arg(wanted));
        return false;
    }
    m_shownAddress = wanted;
    const QString step = series->steps.value(member->step).displayName(member->step);
    QString now = member->state == SeriesMember::State::Waiting
            ? tr("Waits for %1, due %2.").arg(step, localTime(member->dueAt))
            : member->state == SeriesMember::State::Finished
            ? tr("Finished the series.")
            : tr("Left the series: %1.").arg(seriesReasonText(member->leftReason));
    m_status->setText(tr("Entered %1. %2").arg(localTime(member->enteredAt), now));
    const QList<SeriesEvent> events = store->timeline(series->id, contact->id);
    m_timeline->setRowCount(int(events.size()));
    for (int i = 0; i < events.size(); ++i) {
        const SeriesEvent &e = events.at(i);
        const QString what = e.outcome == QLatin1String("sent") ? tr("sent")
                : e.outcome == QLatin1String("skipped")         ? tr("skipped: %1").arg(seriesReasonText(e.note))
                                                        : tr("left the series: %1").arg(seriesReasonText(e.note));
        QString message;
        if (e.outcome == QLatin1String("sent")) {
            const auto state = recipientStateFromKey(e.recipientState);
            message = state ? recipientStateName(*state) : tr("being sent");
            if (e.opened)
                message += tr(", opened");
            if (e.clicked)
                message += tr(", clicked");
        }
        const QStringList cells {localTime(e.at), series->steps.value(e.step).displayName(e.step), what, message};
        for (int c = 0; c < cells.size(); ++c)
            m_timeline->setItem(i, c, new QTableWidgetItem(cells.at(c)));
    }
    m_timeline->resizeColumnsToContents();
    return true;
}

QString SeriesPane::timelineStatus() const
{
    return m_status->text();
}

bool SeriesPane::startSeries(qint64 id)
{
    QString error;
    const auto series = m_context.workspace->series()->byId(id);
    const bool paused = series && series->state == SeriesState::Paused;
    if (!m_context.series->start(id, &error)) {
        banner()->showMessage(MessageBanner::Error, error);
        return false;
    }
    banner()->showMessage(
            MessageBanner::Success,
            paused ? tr("“%1” resumed: what fell due while it was paused goes now.").arg(series->name)
                   : tr("“%1” started: contacts enter and its steps go as they fall due.").arg(series->name));
    runDueNow();
    return true;
}

bool SeriesPane::pauseSeries(qint64 id)
{
    QString error;
    if (!m_context.series->pause(id, &error)) {
        banner()->showMessage(MessageBanner::Error, error);
        return false;
    }
    banner()->showMessage(MessageBanner::Success, tr("Paused: nothing of it is sent until it resumes."));
    return true;
}

bool SeriesPane::stopSeries(qint64 id)
{
    const auto series = m_context.workspace->series()->byId(id);
    if (!series)
        return false;
    const qint64 waiting = m_context.workspace->series()->memberCounts(id).value(QStringLiteral("waiting"));
    if (!ui::confirm(this, tr("Stop series"),
                     tr("Stop “%1”? The %n contact(s) waiting leave it, nobody else enters, and it cannot be started "
                        "again. Its reports stay.",
                        nullptr, int(waiting))
                             .arg(series->name),
                     tr("Stop series")))
        return false;
    QString error;
    if (!m_context.series->stop(id, &error)) {
        banner()->showMessage(MessageBanner::Error, error);
        return false;
    }
    return true;
}

bool SeriesPane::deleteSeries(qint64 id)
{
    const auto series = m_context.workspace->series()->byId(id);
    if (!series
        || !ui::confirm(this, tr("Delete series"), tr("Delete the series “%1”?").arg(series->name),
                        tr("Delete series")))
        return false;
    QString error;
    if (!m_context.series->remove(id, &error)) {
        banner()->showMessage(MessageBanner::Error, error);
        return false;
    }
    return true;
}

qint64 SeriesPane::resolveUnknown(qint64 id, Unknown how)
{
    const QMap<qint64, qint64> campaigns = m_context.workspace->series()->unknownCampaigns(id);
    if (campaigns.isEmpty())
        return 0;
    qint64 settled = 0;
    QStringList problems;
    for (auto it = campaigns.cbegin(); it != campaigns.cend(); ++it) {
        const auto campaign = m_context.workspace->campaigns()->byId(it.key());
        if (!campaign)
            continue;
        if (how == Unknown::Ask) {
            // Where the provider can be asked by the key each message went with, it finds them itself.
            if (const QString problem = Dispatcher::reconcileProblem(m_context.workspace, *campaign);
                !problem.isEmpty()) {
                problems.append(problem);
                continue;
            }
            Job *job = m_context.dispatcher->reconcile(campaign->id);
            connect(job, &Job::finished, this, [this](bool ok, const QString &message) {
                banner()->showMessage(ok ? MessageBanner::Success : MessageBanner::Error, message);
                refresh();
            });
            settled += it.value();
            continue;
        }
        QString error;
        const qint64 count = m_context.dispatcher->resolveUnknown(campaign->id, how == Unknown::Sent, &error);
        if (count < 0) {
            problems.append(error);
            continue;
        }
        settled += count;
        // Not sent: they go again, the step's own send (its snapshot, its lease), as a campaign's retry does.
        if (how == Unknown::NotSent && m_context.dispatcher->retryFailed(campaign->id) > 0)
            m_context.dispatcher->send(campaign->id);
    }
    if (!problems.isEmpty()) {
        problems.removeDuplicates();
        banner()->showMessage(MessageBanner::Error, problems.join(QLatin1Char(' ')));
        return settled > 0 ? settled : -1;
    }
    if (how != Unknown::Ask)
        banner()->showMessage(MessageBanner::Success,
                              how == Unknown::Sent ? tr("%n message(s) recorded as sent.", nullptr, int(settled))
                                                   : tr("%n message(s) recorded as not sent, and sent again.", nullptr,
                                                        int(settled)));
    refresh();
    return settled;
}

Job *SeriesPane::runDueNow()
{
    Job *job = m_context.series->runDue();
    connect(job, &Job::finished, this, [this](bool ok, const QString &message) {
        banner()->showMessage(ok ? MessageBanner::Success : MessageBanner::Error, message);
    });
    return job;
}

bool SeriesPane::importFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        banner()->showMessage(MessageBanner::Error, tr("Cannot read “%1”: %2").arg(path, file.errorString()));
        return false;
    }
    QString name = QFileInfo(path).completeBaseName();
    for (int n = 2; m_context.workspace->series()->byName(name); ++n)
        name = QStringLiteral("%1 (%2)").arg(QFileInfo(path).completeBaseName()).arg(n);
    QString error;
    auto series = m_context.series->fromText(name, QString::fromUtf8(file.readAll()), &error);
    if (!series || !m_context.series->save(*series, &error)) {
        banner()->showMessage(MessageBanner::Error, tr("“%1” cannot be read as a series. %2").arg(path, error));
        return false;
    }
    selectById(series->id);
    banner()->showMessage(MessageBanner::Success,
                          tr("Series “%1” read from the file, as a draft: check it, then start it.").arg(series->name));
    return true;
}

bool SeriesPane::exportFile(qint64 id, const QString &path)
{
    const auto series = m_context.workspace->series()->byId(id);
    QFile file(path);
    if (!series || !file.open(QIODevice::WriteOnly | QIODevice::Truncate)
        || file.write(SeriesFile::write(*series).toUtf8()) < 0) {
        banner()->showMessage(MessageBanner::Error, tr("Cannot write “%1”: %2").arg(path, file.errorString()));
        return false;
    }
    banner()->showMessage(MessageBanner::Success, tr("Series written to “%1”.").arg(path));
    return true;
}

} // namespace cm
