#include "campaignspane.h"

#include "app/services/libraryservice.h"

#include "abtestdialog.h"
#include "app/services/composer.h"
#include "app/services/dispatcher.h"
#include "app/services/experiments.h"
#include "app/services/job.h"
#include "app/services/workspace.h"
#include "campaigndialog.h"
#include "confirm.h"
#include "messagebanner.h"
#include "models/accountstore.h"
#include "models/campaignstore.h"
#include "models/clock.h"
#include "models/experiment.h"
#include "models/groupstore.h"
#include "models/itemmodels.h"
#include "models/segmentstore.h"

#include <QAction>
#include <QFormLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTimeZone>
#include <QVBoxLayout>

namespace cm {

CampaignsPane::CampaignsPane(const UiContext &context, QWidget *parent)
    : Pane(context, QStringLiteral("campaigns"), parent)
    , m_model(new CampaignModel(context.workspace->campaigns(), this))
    , m_detail(new QWidget(this))
    , m_heading(makeHeading({}, m_detail))
    , m_state(new QLabel(m_detail))
    , m_form(new QFormLayout)
    , m_account(new QLabel(m_detail))
    , m_group(new QLabel(m_detail))
    , m_template(new QLabel(m_detail))
    , m_sender(new QLabel(m_detail))
    , m_when(new QLabel(m_detail))
    , m_recipients(new QLabel(m_detail))
    , m_window(new QLabel(m_detail))
    , m_test(new QLabel(m_detail))
    , m_localTime(new QLabel(m_detail))
{
    m_state->setForegroundRole(QPalette::PlaceholderText);
    for (QLabel *label :
         {m_account, m_group, m_template, m_sender, m_when, m_recipients, m_window, m_test, m_localTime}) {
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    m_form->addRow(tr("Account:"), m_account);
    m_form->addRow(tr("Groups:"), m_group);
    m_form->addRow(tr("Template:"), m_template);
    m_form->addRow(tr("Sender:"), m_sender);
    m_form->addRow(tr("When:"), m_when);
    m_form->addRow(tr("Quiet hours:"), m_window);
    m_form->addRow(tr("Local time:"), m_localTime);
    m_form->addRow(tr("A/B test:"), m_test);
    m_form->addRow(tr("Recipients:"), m_recipients);
    auto *layout = new QVBoxLayout(m_detail);
    layout->addWidget(m_heading);
    layout->addWidget(m_state);
    layout->addLayout(m_form);
    layout->addStretch(1);

    setupList(m_model, tr("Campaigns"),
              tr("No campaigns yet.\nA campaign sends a template to a group through an account, now or at a time "
                 "you choose."),
              m_detail);
    connect(addPaneAction(tr("New campaign…"), QKeySequence::New, PaneIcon::Add, PaneSlot::Create), &QAction::triggered,
            this, [this] {
                CampaignDialog dialog(
                        m_context.workspace, [this](Campaign &c) { return createCampaign(c); }, this);
                if (dialog.exec() == QDialog::Accepted)
                    selectById(dialog.campaign().id);
            });
    m_editAction = addPaneAction(tr("Edit…"), QKeySequence(Qt::CTRL | Qt::Key_E), PaneIcon::Edit, PaneSlot::Change);
    connect(m_editAction, &QAction::triggered, this, [this] {
        const auto c = m_context.workspace->campaigns()->byId(currentId());
        if (!c)
            return;
        if (c->isHeldAtProvider()) { // only its time can change, at the provider
            bool ok = false;
            const QString text = QInputDialog::getText(
                    this, tr("Reschedule campaign"),
                    tr("Its provider holds “%1”. New time (YYYY-MM-DD HH:MM, %2 time):")
                            .arg(c->name, QString::fromUtf8(c->zone().id())),
                    QLineEdit::Normal,
                    c->scheduledAt.toTimeZone(c->zone()).toString(QStringLiteral("yyyy-MM-dd HH:mm")), &ok);
            if (!ok)
                return;
            QString problem;
            const QDateTime when = Composer::parseLocal(text, c->timeZone, &problem);
            if (problem.isEmpty())
                problem = Composer::scheduleProblem(when, m_context.workspace->clock()->now());
            if (!problem.isEmpty())
                return banner()->showMessage(MessageBanner::Error, problem);
            rescheduleHeld(c->id, when);
            return;
        }
        CampaignDialog dialog(
                m_context.workspace, [this](Campaign &edited) { return updateCampaign(edited); }, this, c);
        if (dialog.exec() == QDialog::Accepted)
            currentChanged(c->id);
    });
    m_cloneAction = addPaneAction(tr("Clone…"), QKeySequence(Qt::CTRL | Qt::Key_D), PaneIcon::Copy, PaneSlot::Copy);
    connect(m_cloneAction, &QAction::triggered, this, [this] {
        const auto c = m_context.workspace->campaigns()->byId(currentId());
        if (!c)
            return;
        bool ok = false;
        const QString name = QInputDialog::getText(this, tr("Clone campaign"), tr("Name of the copy:"),
                                                   QLineEdit::Normal, tr("%1 (copy)").arg(c->name), &ok);
        if (ok)
            cloneCampaign(c->id, name);
    });
    m_cancelAction = addPaneAction(tr("Cancel campaign…"), QKeySequence(), PaneIcon::Cancel, PaneSlot::Remove);
    connect(m_cancelAction, &QAction::triggered, this, [this] { cancelCampaign(currentId()); });
    m_sendAction
            = addPaneAction(tr("Send…"), QKeySequence(Qt::CTRL | Qt::Key_Return), PaneIcon::Campaigns, PaneSlot::Work);
    connect(m_sendAction, &QAction::triggered, this, [this] { sendCampaign(currentId()); });
    m_testAction = addPaneAction(tr("Test send…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T), PaneIcon::Test,
                                 PaneSlot::Work);
    connect(m_testAction, &QAction::triggered, this, [this] {
        bool ok = false;
        const QString to = QInputDialog::getText(this, tr("Test send"),
                                                 tr("Send this campaign's text, personalised for the first contact of "
                                                    "its group, to (separate several with commas):"),
                                                 QLineEdit::Normal, {}, &ok);
        if (ok)
            testSend(currentId(), to.split(QLatin1Char(','), Qt::SkipEmptyParts));
    });
    m_retryAction = addPaneAction(tr("Retry failed"), QKeySequence(), PaneIcon::Retry, PaneSlot::More);
    connect(m_retryAction, &QAction::triggered, this, [this] { retryFailed(currentId()); });
    m_resolveAction = addPaneAction(tr("Resolve unknown…"), QKeySequence(), PaneIcon::Resolve, PaneSlot::More);
    connect(m_resolveAction, &QAction::triggered, this, [this] {
        QMessageBox box(QMessageBox::Question, tr("Resolve unknown recipients"),
                        tr("The provider may or may not have these messages: the answer to their request was lost. "
                           "Check in the provider's own panel, then say what happened. Recipients marked as not sent "
                           "can be retried."),
                        QMessageBox::Cancel, this);
        // A provider that can be asked by the key each message went with finds them itself.
        const auto campaign = m_context.workspace->campaigns()->byId(currentId());
        QPushButton *ask = campaign && Dispatcher::reconcileProblem(m_context.workspace, *campaign).isEmpty()
                ? box.addButton(tr("Ask the provider"), QMessageBox::ActionRole)
                : nullptr;
        QPushButton *sent = box.addButton(tr("They were sent"), QMessageBox::AcceptRole);
        QPushButton *notSent = box.addButton(tr("They were not sent"), QMessageBox::DestructiveRole);
        box.exec();
        if (ask && box.clickedButton() == ask)
            reconcileUnknown(currentId());
        else if (box.clickedButton() == sent || box.clickedButton() == notSent)
            resolveUnknown(currentId(), box.clickedButton() == sent);
    });
    m_abAction = addPaneAction(tr("A/B test…"), QKeySequence(), PaneIcon::Merge, PaneSlot::More);
    m_abAction->setToolTip(tr("Send variants of this campaign to a share of its audience each, then the best one "
                              "to the rest"));
    connect(m_abAction, &QAction::triggered, this, [this] { editTest(currentId()); });
    m_reportAction
            = addPaneAction(tr("Open report"), QKeySequence(Qt::CTRL | Qt::Key_R), PaneIcon::Reports, PaneSlot::More);
    connect(m_reportAction, &QAction::triggered, this,
            [this] { emit showPaneRequested(QStringLiteral("reports"), currentId()); });
    finishSetup();
}

void CampaignsPane::currentChanged(qint64 id)
{
    const auto c = id ? m_context.workspace->campaigns()->byId(id) : std::nullopt;
    m_detail->setVisible(c.has_value());
    m_reportAction->setEnabled(c && (c->state == CampaignState::Sent || c->state == CampaignState::Sending));
    m_sendAction->setEnabled(c && m_context.dispatcher
                             && (c->state == CampaignState::Draft || c->state == CampaignState::Scheduled
                                 || c->state == CampaignState::Sending));
    // Offered only where the account's provider can; otherwise the tooltip says why.
    const auto account = c ? m_context.workspace->accounts()->byId(c->accountId) : std::nullopt;
    const QString noTests = account ? Dispatcher::testSendProblem(m_context.workspace, *account) : QString();
    m_testAction->setEnabled(c && m_context.dispatcher && noTests.isEmpty());
    m_testAction->setToolTip(noTests.isEmpty() ? tr("Send the campaign to a few addresses of your own") : noTests);
    const bool running = c && m_context.dispatcher && m_context.dispatcher->isSending(c->id);
    const bool held = c && c->isHeldAtProvider();
    const QString noMove
            = held && m_context.dispatcher ? m_context.dispatcher->heldChangeProblem(*c, false) : QString();
    const QString noCancel
            = held && m_context.dispatcher ? m_context.dispatcher->heldChangeProblem(*c, true) : QString();
    const QMap<RecipientState, qint64> counts = c && c->recipientCount > 0
            ? m_context.workspace->campaigns()->recipientCounts(c->id)
            : QMap<RecipientState, qint64>();
    m_editAction->setEnabled(c && (c->isEditable() || (held && noMove.isEmpty())) && !running);
    m_editAction->setText(held ? tr("Reschedule…") : tr("Edit…"));
    m_editAction->setToolTip(noMove);
    m_cloneAction->setEnabled(c.has_value());
    m_cancelAction->setEnabled(
            c && !running && (c->isEditable() || (held && noCancel.isEmpty()) || c->state == CampaignState::Sending));
    m_cancelAction->setToolTip(noCancel);
    // The one button says what it will do: send, schedule for the chosen time, or send a scheduled one now.
    const bool future = c && c->scheduledAt.isValid() && c->scheduledAt > m_context.workspace->clock()->now();
    m_sendAction->setText(!c                                             ? tr("Send…")
                                  : c->state == CampaignState::Scheduled ? tr("Send now…")
                                  : c->state == CampaignState::Sending   ? tr("Resume sending")
                                  : future                               ? tr("Schedule…")
                                                                         : tr("Send…"));
    const auto test = c ? m_context.workspace->experiments()->byCampaign(c->id) : std::nullopt;
    m_abAction->setEnabled(c && m_context.experiments && (test || c->isEditable()));
    if (test && test->state == AbState::Testing) { // it waits for its winner: pick it, or cancel
        m_sendAction->setText(tr("Pick winner…"));
        m_editAction->setEnabled(false);
        m_editAction->setToolTip(CampaignService::testRuns(m_context.workspace, c->id));
    }
    m_retryAction->setEnabled(c && m_context.dispatcher
                              && (c->state == CampaignState::Sent || c->state == CampaignState::Failed));
    m_resolveAction->setEnabled(c && !running && counts.value(RecipientState::Unknown) > 0);
    if (!c)
        return;
    const QLocale locale;
    m_heading->setText(c->name);
    m_state->setText(channelName(c->channel) + QStringLiteral(" · ") + campaignStateName(c->state));
    auto orNone = [this](const QString &text) { return text.isEmpty() ? tr("(none)") : text; };
    m_account->setText(orNone(c->accountName));
    QStringList sentTo, leftOut;
    for (const qint64 gid : c->includedGroups())
        if (const auto g = m_context.workspace->groups()->byId(gid))
            sentTo.append(g->name);
    for (const qint64 gid : c->excludedGroupIds)
        if (const auto g = m_context.workspace->groups()->byId(gid))
            leftOut.append(g->name);
    for (const auto &[ids, names] :
         {std::pair {&c->segmentIds, &sentTo}, std::pair {&c->excludedSegmentIds, &leftOut}}) {
        for (const qint64 sid : *ids)
            if (const auto segment = m_context.workspace->segments()->byId(sid))
                names->append(tr("segment “%1”").arg(segment->name));
    }
    m_group->setText(
            orNone(sentTo.join(QStringLiteral(", ")))
            + (leftOut.isEmpty() ? QString()
                                 : QLatin1Char('\n')
                               + tr("leaving out the contacts of %1").arg(leftOut.join(QStringLiteral(", ")))));
    m_window->setText(c->hasWindow() ? tr("Sends only between %1 (%2); pauses outside it.")
                                               .arg(Composer::windowText(c->windowStart, c->windowEnd),
                                                    QString::fromUtf8(c->zone().id()))
                                     : tr("Any time"));
    m_template->setText(orNone(c->templateName));
    m_form->setRowVisible(m_test, test.has_value());
    m_test->setText(!test ? QString()
                            : c->state == CampaignState::Cancelled && test->state != AbState::Decided
                            ? tr("A/B test: stopped with the campaign")
                            : test->stateText());
    m_form->setRowVisible(m_localTime, c->sendsAtLocalTime());
    m_localTime->setText(
            c->sendsAtLocalTime()
                    ? (c->localLateNow ? tr("At %1 in each recipient's time zone; where it has passed, at "
                                            "once")
                                       : tr("At %1 in each recipient's time zone; where it has passed, "
                                            "the next day"))
                              .arg(QTime(c->localTime / 60, c->localTime % 60).toString(QStringLiteral("HH:mm")))
                    : QString());
    // The sender that will be used: the campaign's own, or the default the account has at its provider.
    m_sender->setText(!c->sender.isEmpty()               ? c->sender
                              : c->accountName.isEmpty() ? tr("(none)")
                                                         : tr("the default of the account “%1”").arg(c->accountName));

    QString when;
    switch (c->state) {
    case CampaignState::Scheduled: {
        when = c->isHeldAtProvider()
                ? tr("Held by %1 for %2 (your time); it goes out then even if Campaign Manager is closed")
                          .arg(c->accountName, locale.toString(c->scheduledAt.toLocalTime(), QLocale::LongFormat))
                : tr("Scheduled for %1 (your time)")
                          .arg(locale.toString(c->scheduledAt.toLocalTime(), QLocale::LongFormat));
        const QTimeZone zone(c->timeZone.toLatin1());
        if (zone.isValid() && zone != QTimeZone::systemTimeZone())
            when += QLatin1Char('\n')
                    + tr("%1 in %2")
                              .arg(locale.toString(c->scheduledAt.toTimeZone(zone), QLocale::LongFormat), c->timeZone);
        break;
    }
    case CampaignState::Sent:
    case CampaignState::Failed:
    case CampaignState::Cancelled:
        when = c->finishedAt.isValid()
                ? tr("Finished %1").arg(locale.toString(c->finishedAt.toLocalTime(), QLocale::LongFormat))
                : QString();
        break;
    case CampaignState::Sending:
        when = tr("Sending since %1").arg(locale.toString(c->startedAt.toLocalTime(), QLocale::LongFormat));
        if (c->resumeAt.isValid()) // by its quiet hours, or until its time (a provider that would not hold it)
            when += QLatin1Char('\n')
                    + (c->hasWindow() ? tr("Paused for quiet hours; continues at %1")
                                      : tr("Paused; continues by itself at %1"))
                              .arg(locale.toString(c->resumeAt.toLocalTime(), QLocale::ShortFormat));
        break;
    case CampaignState::Draft:
        when = c->scheduledAt.isValid()
                ? tr("To be scheduled for %1 (your time) once checked: press Schedule…")
                          .arg(locale.toString(c->scheduledAt.toLocalTime(), QLocale::LongFormat))
                : tr("Not scheduled");
        break;
    }
    m_when->setText(when);

    if (c->recipientCount == 0) {
        m_recipients->setText(tr("Chosen when the campaign is sent."));
    } else {
        QStringList parts;
        for (auto it = counts.cbegin(); it != counts.cend(); ++it)
            parts.append(QStringLiteral("%1 %2").arg(locale.toString(it.value()), recipientStateName(it.key())));
        m_recipients->setText(
                tr("%1 in all: %2").arg(locale.toString(c->recipientCount), parts.join(QStringLiteral(", "))));
    }
}

} // namespace cm
