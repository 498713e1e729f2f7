// The Campaigns pane's actions on a campaign: create, save, clone, cancel, reschedule, resolve or reconcile, send,
// test, retry.
#include "campaignspane.h"

#include "abtestdialog.h"
#include "app/services/experiments.h"
#include "models/experiment.h"

#include "app/services/composer.h"
#include "app/services/dispatcher.h"
#include "app/services/job.h"
#include "app/services/libraryservice.h"
#include "app/services/workspace.h"
#include "campaigndialog.h"
#include "confirm.h"
#include "messagebanner.h"
#include "models/campaignstore.h"
#include "models/clock.h"
#include "models/groupstore.h"
#include "models/itemmodels.h"

#include <QAction>
#include <QInputDialog>
#include <QLocale>
#include <QMessageBox>

namespace cm {

QString CampaignsPane::createCampaign(Campaign &campaign)
{
    if (m_context.workspace->campaigns()->byName(campaign.name))
        return tr("A campaign named “%1” exists already. Choose another name.").arg(campaign.name);
    if (const QString error = CampaignService::create(m_context.workspace, campaign); !error.isEmpty())
        return error;
    emit statusMessage(tr("Campaign “%1” saved as a draft.").arg(campaign.name));
    return {};
}

QString CampaignsPane::updateCampaign(Campaign &campaign)
{
    CampaignStore *store = m_context.workspace->campaigns();
    if (const auto other = store->byName(campaign.name); other && other->id != campaign.id)
        return tr("A campaign named “%1” exists already. Choose another name.").arg(campaign.name);
    // A scheduled campaign follows its new time; without one it is a draft again.
    if (const QString error = CampaignService::update(m_context.workspace, campaign); !error.isEmpty())
        return error;
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
    QString error;
    const auto copy = CampaignService::clone(m_context.workspace, id, name.trimmed(), &error);
    if (!copy) {
        banner()->showMessage(MessageBanner::Error, error);
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
    if (const QString error = CampaignService::cancel(m_context.workspace, id); !error.isEmpty()) {
        banner()->showMessage(MessageBanner::Error, error);
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

Job *CampaignsPane::reconcileUnknown(qint64 id)
{
    if (!m_context.dispatcher)
        return nullptr;
    Job *job = m_context.dispatcher->reconcile(id);
    connect(job, &Job::finished, this, [this, id, job](bool ok, const QString &message) {
        banner()->showMessage(!ok                                                 ? MessageBanner::Error
                                      : job->property("unknown").toLongLong() > 0 ? MessageBanner::Warning
                                                                                  : MessageBanner::Success,
                              message);
        if (currentId() == id)
            currentChanged(id);
    });
    return job;
}

bool CampaignsPane::sendCampaign(qint64 id)
{
    const auto campaign = m_context.workspace->campaigns()->byId(id);
    if (!campaign || !m_context.dispatcher)
        return false;
    // A test under way waits for its winner: the pick is the send.
    if (const auto test = m_context.workspace->experiments()->byCampaign(id); test && test->state == AbState::Testing) {
        editTest(id);
        return true;
    }
    const auto send = [this, id] {
        // Through the A/B tests: a campaign with one sends its variants first.
        Job *job = m_context.experiments ? m_context.experiments->send(id) : m_context.dispatcher->send(id);
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
                    + (c.sendsAtLocalTime() ? tr("It sends only between %1, in each recipient's time zone.")
                                                      .arg(Composer::windowText(c.windowStart, c.windowEnd))
                                            : tr("It sends only between %1, %2 time.")
                                                      .arg(Composer::windowText(c.windowStart, c.windowEnd),
                                                           QString::fromUtf8(c.zone().id())));
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
        if (const QString error = CampaignService::schedule(m_context.workspace, c.id, c.scheduledAt); !error.isEmpty())
            return banner()->showMessage(MessageBanner::Error, error);
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

void CampaignsPane::editTest(qint64 id)
{
    const auto campaign = m_context.workspace->campaigns()->byId(id);
    if (!campaign || !m_context.experiments)
        return;
    AbTestDialog dialog(m_context.workspace, m_context.experiments, *campaign, this);
    connect(&dialog, &AbTestDialog::winnerPicked, this,
            [this](qint64 campaignId, const QString &label) { pickWinner(campaignId, label); });
    if (dialog.exec() == QDialog::Accepted)
        currentChanged(id);
}

Job *CampaignsPane::pickWinner(qint64 id, const QString &label)
{
    if (!m_context.experiments)
        return nullptr;
    Job *job = m_context.experiments->pick(id, label);
    connect(job, &Job::finished, this, [this, id, job](bool ok, const QString &message) {
        const bool unsure = job->property("unknown").toLongLong() > 0 || job->property("failed").toLongLong() > 0;
        banner()->showMessage(!ok              ? MessageBanner::Error
                                      : unsure ? MessageBanner::Warning
                                               : MessageBanner::Success,
                              message);
        if (currentId() == id)
            currentChanged(id);
    });
    return job;
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
