#include "campaignspane.h"

#include "app/services/dispatcher.h"
#include "app/services/job.h"
#include "app/services/workspace.h"
#include "campaigndialog.h"
#include "confirm.h"
#include "messagebanner.h"
#include "models/campaignstore.h"
#include "models/itemmodels.h"

#include <QAction>
#include <QFormLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLocale>
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
{
    m_state->setForegroundRole(QPalette::PlaceholderText);
    for (QLabel *label : {m_account, m_group, m_template, m_sender, m_when, m_recipients}) {
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    m_form->addRow(tr("Account:"), m_account);
    m_form->addRow(tr("Group:"), m_group);
    m_form->addRow(tr("Template:"), m_template);
    m_form->addRow(tr("Sender:"), m_sender);
    m_form->addRow(tr("When:"), m_when);
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
    connect(addPaneAction(tr("New campaign…"), QKeySequence::New), &QAction::triggered, this, [this] {
        CampaignDialog dialog(
                m_context.workspace, [this](Campaign &c) { return createCampaign(c); }, this);
        if (dialog.exec() == QDialog::Accepted)
            selectById(dialog.campaign().id);
    });
    m_sendAction = addPaneAction(tr("Send…"), QKeySequence(Qt::CTRL | Qt::Key_Return));
    connect(m_sendAction, &QAction::triggered, this, [this] { sendCampaign(currentId()); });
    m_testAction = addPaneAction(tr("Test send…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T));
    connect(m_testAction, &QAction::triggered, this, [this] {
        bool ok = false;
        const QString to = QInputDialog::getText(this, tr("Test send"),
                                                 tr("Send this campaign's text, personalised for the first contact of "
                                                    "its group, to (separate several with commas):"),
                                                 QLineEdit::Normal, {}, &ok);
        if (ok)
            testSend(currentId(), to.split(QLatin1Char(','), Qt::SkipEmptyParts));
    });
    m_retryAction = addPaneAction(tr("Retry failed"));
    connect(m_retryAction, &QAction::triggered, this, [this] { retryFailed(currentId()); });
    m_reportAction = addPaneAction(tr("Open report"), QKeySequence(Qt::CTRL | Qt::Key_R));
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
    m_testAction->setEnabled(c && m_context.dispatcher);
    m_retryAction->setEnabled(c && m_context.dispatcher
                              && (c->state == CampaignState::Sent || c->state == CampaignState::Failed));
    if (!c)
        return;
    const QLocale locale;
    m_heading->setText(c->name);
    m_state->setText(channelName(c->channel) + QStringLiteral(" · ") + campaignStateName(c->state));
    auto orNone = [this](const QString &text) { return text.isEmpty() ? tr("(none)") : text; };
    m_account->setText(orNone(c->accountName));
    m_group->setText(orNone(c->groupName));
    m_template->setText(orNone(c->templateName));
    m_sender->setText(orNone(c->sender));

    QString when;
    switch (c->state) {
    case CampaignState::Scheduled: {
        when = tr("Scheduled for %1 (your time)")
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
        break;
    case CampaignState::Draft:
        when = tr("Not scheduled");
        break;
    }
    m_when->setText(when);

    if (c->recipientCount == 0) {
        m_recipients->setText(tr("Chosen when the campaign is sent."));
    } else {
        QStringList parts;
        const auto counts = m_context.workspace->campaigns()->recipientCounts(c->id);
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
    Job *check = m_context.dispatcher->check(id);
    connect(check, &Job::finished, this, [this, check, send, name = campaign->name](bool ok, const QString &message) {
        if (!ok)
            return banner()->showMessage(MessageBanner::Error, message);
        const PreSendCheck numbers = check->property("check").value<PreSendCheck>();
        if (numbers.recipients == 0)
            return banner()->showMessage(MessageBanner::Warning,
                                         tr("“%1” would reach nobody. %2").arg(name, numbers.summary()));
        QString text = tr("Send “%1” now?").arg(name) + QStringLiteral("\n\n") + numbers.summary();
        if (!numbers.fields.isEmpty())
            text += QStringLiteral("\n")
                    + tr("The template uses %1 without a default; contacts without them get an empty text there.")
                              .arg(numbers.fields.join(QStringLiteral(", ")));
        if (ui::confirm(this, tr("Send campaign"), text, tr("Send")))
            send();
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
