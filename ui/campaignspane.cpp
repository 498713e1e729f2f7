#include "campaignspane.h"

#include "app/services/composer.h"
#include "app/services/dispatcher.h"
#include "app/services/job.h"
#include "app/services/workspace.h"
#include "campaigndialog.h"
#include "confirm.h"
#include "messagebanner.h"
#include "models/campaignstore.h"
#include "models/clock.h"
#include "models/groupstore.h"
#include "models/itemmodels.h"

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
{
    m_state->setForegroundRole(QPalette::PlaceholderText);
    for (QLabel *label : {m_account, m_group, m_template, m_sender, m_when, m_recipients, m_window}) {
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    m_form->addRow(tr("Account:"), m_account);
    m_form->addRow(tr("Groups:"), m_group);
    m_form->addRow(tr("Template:"), m_template);
    m_form->addRow(tr("Sender:"), m_sender);
    m_form->addRow(tr("When:"), m_when);
    m_form->addRow(tr("Quiet hours:"), m_window);
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
    connect(addPaneAction(tr("New campaign…"), QKeySequence::New, PaneIcon::Add), &QAction::triggered, this, [this] {
        CampaignDialog dialog(
                m_context.workspace, [this](Campaign &c) { return createCampaign(c); }, this);
        if (dialog.exec() == QDialog::Accepted)
            selectById(dialog.campaign().id);
    });
    m_editAction = addPaneAction(tr("Edit…"), QKeySequence(Qt::CTRL | Qt::Key_E), PaneIcon::Edit);
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
    m_cloneAction = addPaneAction(tr("Clone…"), QKeySequence(Qt::CTRL | Qt::Key_D), PaneIcon::Copy);
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
    m_cancelAction = addPaneAction(tr("Cancel campaign…"), {}, PaneIcon::Cancel);
    connect(m_cancelAction, &QAction::triggered, this, [this] { cancelCampaign(currentId()); });
    m_sendAction = addPaneAction(tr("Send…"), QKeySequence(Qt::CTRL | Qt::Key_Return), PaneIcon::Campaigns);
    connect(m_sendAction, &QAction::triggered, this, [this] { sendCampaign(currentId()); });
    m_testAction = addPaneAction(tr("Test send…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T), PaneIcon::Test);
    connect(m_testAction, &QAction::triggered, this, [this] {
        bool ok = false;
        const QString to = QInputDialog::getText(this, tr("Test send"),
                                                 tr("Send this campaign's text, personalised for the first contact of "
                                                    "its group, to (separate several with commas):"),
                                                 QLineEdit::Normal, {}, &ok);
        if (ok)
            testSend(currentId(), to.split(QLatin1Char(','), Qt::SkipEmptyParts));
    });
    m_retryAction = addPaneAction(tr("Retry failed"), {}, PaneIcon::Retry);
    connect(m_retryAction, &QAction::triggered, this, [this] { retryFailed(currentId()); });
    m_resolveAction = addPaneAction(tr("Resolve unknown…"), {}, PaneIcon::Resolve);
    connect(m_resolveAction, &QAction::triggered, this, [this] {
        QMessageBox box(QMessageBox::Question, tr("Resolve unknown recipients"),
                        tr("The provider may or may not have these messages: the answer to their request was lost. "
                           "Check in the provider's own panel, then say what happened. Recipients marked as not sent "
                           "can be retried."),
                        QMessageBox::Cancel, this);
        QPushButton *sent = box.addButton(tr("They were sent"), QMessageBox::AcceptRole);
        QPushButton *notSent = box.addButton(tr("They were not sent"), QMessageBox::DestructiveRole);
        box.exec();
        if (box.clickedButton() == sent || box.clickedButton() == notSent)
            resolveUnknown(currentId(), box.clickedButton() == sent);
    });
    m_reportAction = addPaneAction(tr("Open report"), QKeySequence(Qt::CTRL | Qt::Key_R), PaneIcon::Reports);
    connect(m_reportAction, &QAction::triggered, this,
            [this] { emit showPaneRequested(QStringLiteral("reports"), currentId()); });
    showIconOnly({m_cloneAction, m_cancelAction, m_retryAction, m_resolveAction});
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
    m_testAction->setEnabled(c && m_context.dispatcher);
    const bool running = c && m_context.dispatcher && m_context.dispatcher->isSending(c->id);
    const QMap<RecipientState, qint64> counts = c && c->recipientCount > 0
            ? m_context.workspace->campaigns()->recipientCounts(c->id)
            : QMap<RecipientState, qint64>();
    m_editAction->setEnabled(c && (c->isEditable() || c->isHeldAtProvider()) && !running);
    m_editAction->setText(c && c->isHeldAtProvider() ? tr("Reschedule…") : tr("Edit…"));
    m_cloneAction->setEnabled(c.has_value());
    m_cancelAction->setEnabled(c && !running
                               && (c->isEditable() || c->isHeldAtProvider() || c->state == CampaignState::Sending));
    // The one button says what it will do: send, schedule for the chosen time, or send a scheduled one now.
    const bool future = c && c->scheduledAt.isValid() && c->scheduledAt > m_context.workspace->clock()->now();
    m_sendAction->setText(!c                                             ? tr("Send…")
                                  : c->state == CampaignState::Scheduled ? tr("Send now…")
                                  : c->state == CampaignState::Sending   ? tr("Resume sending")
                                  : future                               ? tr("Schedule…")
                                                                         : tr("Send…"));
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
    m_sender->setText(orNone(c->sender));

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
        if (c->resumeAt.isValid())
            when += QLatin1Char('\n')
                    + tr("Paused for quiet hours; continues at %1")
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

namespace cm {

QString CampaignsPane::createCampaign(Campaign &campaign)
{
    if (m_context.workspace->campaigns()->byName(campaign.name))
        return tr("A campaign named “%1” exists already. Choose another name.").arg(campaign.name);
    if (!m_context.workspace->campaigns()->create(campaign))
        return m_context.workspace->campaigns()->lastError().message;
    emit statusMessage(tr("Campaign “%1” saved as a draft.").arg(campaign.name));
    return {};
}

QString CampaignsPane::updateCampaign(Campaign &campaign)
{
    CampaignStore *store = m_context.workspace->campaigns();
    if (const auto other = store->byName(campaign.name); other && other->id != campaign.id)
        return tr("A campaign named “%1” exists already. Choose another name.").arg(campaign.name);
    if (!store->update(campaign))
        return store->lastError().message;
    // A scheduled campaign follows its new time; without one it is a draft again.
    if (campaign.state == CampaignState::Scheduled && !store->schedule(campaign.id, campaign.scheduledAt))
        return store->lastError().message;
    emit statusMessage(tr("Campaign “%1” saved.").arg(campaign.name));
    return {};
}

bool CampaignsPane::cloneCampaign(qint64 id, const QString &name)
{
    CampaignStore *store = m_context.workspace->campaigns();
    if (name.trimmed().isEmpty() || store->byName(name.trimmed())) {
        banner()->showMessage(MessageBanner::Error,
                              tr("A campaign named “%1” exists already. Choose another name.").arg(name));
        return false;
    }
    const auto copy = store->clone(id, name.trimmed());
    if (!copy) {
        banner()->showMessage(MessageBanner::Error, store->lastError().message);
        return false;
    }
    selectById(copy->id);
    banner()->showMessage(MessageBanner::Success,
                          tr("Cloned as the draft “%1”: change it with Edit…, then send it.").arg(copy->name));
    return true;
}

bool CampaignsPane::cancelCampaign(qint64 id)
{
    CampaignStore *store = m_context.workspace->campaigns();
    const auto c = store->byId(id);
    if (!c)
        return false;
    const QString text = c->state == CampaignState::Sending
            ? tr("Cancel “%1”? The recipients not sent yet will not get it; the ones sent stay in the report.")
                      .arg(c->name)
            : tr("Cancel “%1”? It will not be sent; you can clone it later.").arg(c->name);
    if (!ui::confirm(this, tr("Cancel campaign"), text, tr("Cancel campaign")))
        return false;
    if (c->isHeldAtProvider()) { // the provider drops it first; then it is cancelled here
        if (!m_context.dispatcher)
            return false;
        Job *job = m_context.dispatcher->cancelHeld(id);
        connect(job, &Job::finished, this, [this](bool ok, const QString &message) {
            banner()->showMessage(ok ? MessageBanner::Success : MessageBanner::Error, message);
        });
        return true;
    }
    if (!store->cancel(id)) {
        banner()->showMessage(MessageBanner::Error, store->lastError().message);
        return false;
    }
    banner()->showMessage(MessageBanner::Success, tr("“%1” cancelled; nothing more of it is sent.").arg(c->name));
    return true;
}

bool CampaignsPane::rescheduleHeld(qint64 id, const QDateTime &utc)
{
    if (!m_context.dispatcher)
        return false;
    Job *job = m_context.dispatcher->rescheduleHeld(id, utc);
    connect(job, &Job::finished, this, [this](bool ok, const QString &message) {
        banner()->showMessage(ok ? MessageBanner::Success : MessageBanner::Error, message);
    });
    return true;
}

qint64 CampaignsPane::resolveUnknown(qint64 id, bool sent)
{
    if (!m_context.dispatcher)
        return -1;
    QString error;
    const qint64 count = m_context.dispatcher->resolveUnknown(id, sent, &error);
    if (count < 0) {
        banner()->showMessage(MessageBanner::Error, error);
        return -1;
    }
    banner()->showMessage(
            MessageBanner::Success,
            sent ? tr("%n recipient(s) recorded as sent.", nullptr, int(count))
                 : tr("%n recipient(s) recorded as not sent; Retry failed sends them.", nullptr, int(count)));
    currentChanged(id);
    return count;
}

bool CampaignsPane::sendCampaign(qint64 id)
{
    const auto campaign = m_context.workspace->campaigns()->byId(id);
    if (!campaign || !m_context.dispatcher)
        return false;
    const auto send = [this, id] {
        Job *job = m_context.dispatcher->send(id);
        connect(job, &Job::finished, this, [this, job](bool ok, const QString &message) {
            const bool unsure = job->property("unknown").toLongLong() > 0 || job->property("failed").toLongLong() > 0;
            banner()->showMessage(!ok              ? MessageBanner::Error
                                          : unsure ? MessageBanner::Warning
                                                   : MessageBanner::Success,
                                  message);
        });
    };
    if (campaign->state == CampaignState::Sending) { // resuming: its recipients were checked and snapshotted
        send();
        return true;
    }
    // A draft with a time to come is scheduled (after the same check); a scheduled one is sent now.
    const bool schedule = campaign->state == CampaignState::Draft && campaign->scheduledAt.isValid()
            && campaign->scheduledAt > m_context.workspace->clock()->now();
    Job *check = m_context.dispatcher->check(id);
    connect(check, &Job::finished, this, [this, check, send, schedule, c = *campaign](bool ok, const QString &message) {
        const QString &name = c.name;
        if (!ok)
            return banner()->showMessage(MessageBanner::Error, message);
        const PreSendCheck numbers = check->property("check").value<PreSendCheck>();
        if (!numbers.blockers.isEmpty())
            return banner()->showMessage(
                    MessageBanner::Error,
                    tr("Fix this before sending “%1”: %2").arg(name, numbers.blockers.join(QLatin1Char(' '))));
        if (numbers.recipients == 0)
            return banner()->showMessage(MessageBanner::Warning,
                                         tr("“%1” would reach nobody. %2").arg(name, numbers.summary()));
        const QLocale locale;
        const QString when = schedule ? locale.toString(c.scheduledAt.toTimeZone(c.zone()), QLocale::LongFormat)
                        + QStringLiteral(" (") + QString::fromUtf8(c.zone().id()) + QLatin1Char(')')
                                      : QString();
        QString text = (schedule ? tr("Schedule “%1” for %2?").arg(name, when) : tr("Send “%1” now?").arg(name))
                + QStringLiteral("\n\n") + numbers.summary();
        if (c.hasWindow())
            text += QStringLiteral("\n")
                    + tr("It sends only between %1, %2 time.")
                              .arg(Composer::windowText(c.windowStart, c.windowEnd), QString::fromUtf8(c.zone().id()));
        if (!schedule) {
            if (ui::confirm(this, tr("Send campaign"), text, tr("Send")))
                send();
            return;
        }
        const bool handOver = m_context.dispatcher->handsOver(c);
        if (handOver)
            text += QStringLiteral("\n\n")
                    + tr("%1 will hold it and send it at that time, even if Campaign Manager is closed. Until then "
                         "you can reschedule or cancel it here.")
                              .arg(c.accountName);
        if (!ui::confirm(this, tr("Schedule campaign"), text, tr("Schedule")))
            return;
        CampaignStore *store = m_context.workspace->campaigns();
        if (!store->schedule(c.id, c.scheduledAt))
            return banner()->showMessage(MessageBanner::Error, store->lastError().message);
        if (handOver) {
            Job *job = m_context.dispatcher->handOver(c.id);
            connect(job, &Job::finished, this, [this](bool ok, const QString &message) {
                banner()->showMessage(ok ? MessageBanner::Success : MessageBanner::Error, message);
            });
            return;
        }
        banner()->showMessage(MessageBanner::Success,
                              tr("“%1” is scheduled for %2. It goes out then while Campaign Manager is open, or "
                                 "through campaignctl run-due.")
                                      .arg(name, when));
    });
    return true;
}

bool CampaignsPane::testSend(qint64 id, const QStringList &addresses)
{
    if (!m_context.dispatcher)
        return false;
    Job *job = m_context.dispatcher->testSend(id, addresses);
    connect(job, &Job::finished, this, [this](bool ok, const QString &message) {
        banner()->showMessage(ok ? MessageBanner::Success : MessageBanner::Error, message);
    });
    return true;
}

bool CampaignsPane::retryFailed(qint64 id)
{
    if (!m_context.dispatcher)
        return false;
    const qint64 again = m_context.dispatcher->retryFailed(id);
    if (again <= 0) {
        banner()->showMessage(MessageBanner::Information, tr("No recipient of this campaign failed."));
        return false;
    }
    Job *job = m_context.dispatcher->send(id);
    connect(job, &Job::finished, this, [this](bool ok, const QString &message) {
        banner()->showMessage(ok ? MessageBanner::Success : MessageBanner::Error, message);
    });
    return true;
}

} // namespace cm
