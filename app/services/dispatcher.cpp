#include "dispatcher.h"

#include "accountservice.h"
#include "composer.h"
#include "contactimport.h"
#include "job.h"
#include "models/accountstore.h"
#include "models/campaignstore.h"
#include "models/clock.h"
#include "models/dispatchstore.h"
#include "models/groupstore.h"
#include "models/smscounter.h"
#include "models/suppressionstore.h"
#include "models/templaterenderer.h"
#include "models/templatestore.h"
#include "translations.h"
#include "workspace.h"

#include <QFutureWatcher>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QLoggingCategory>
#include <QPointer>
#include <QSet>
#include <QtConcurrentRun>

#include <functional>

namespace cm {

Q_LOGGING_CATEGORY(lcDispatch, "cm.app.dispatch")

Dispatcher::Dispatcher(Workspace *workspace, AccountService *accounts, JobTracker *jobs, QObject *parent)
    : QObject(parent)
    , m_workspace(workspace)
    , m_accounts(accounts)
    , m_jobs(jobs)
{ }

Recipient Dispatcher::recipientFor(const Campaign &campaign, const CompiledTemplate &tmpl, const Contact &contact,
                                   const QString &address)
{
    Recipient r;
    r.campaignId = campaign.id;
    r.contactId = contact.id;
    r.address = address;
    r.clientKey = QStringLiteral("cm-%1-%2").arg(campaign.id).arg(contact.id);
    const TemplateRenderer::Rendered rendered = tmpl.render(contact.templateValues());
    if (campaign.channel == Channel::Sms) {
        r.content = rendered.body;
        r.parts = qMax(1, countSms(rendered.body).parts);
    } else {
        QJsonObject content {{QStringLiteral("subject"), rendered.subject}, {QStringLiteral("body"), rendered.body}};
        if (!rendered.text.isEmpty())
            content.insert(QStringLiteral("text"), rendered.text);
        r.content = QString::fromUtf8(QJsonDocument(content).toJson(QJsonDocument::Compact));
    }
    return r;
}

QList<Recipient> Dispatcher::prepare(Workspace *workspace, const Campaign &campaign, const Template &tmpl,
                                     qint64 *excluded, bool sameForAll)
{
    QList<Recipient> result;
    qint64 left = 0;
    const bool sms = campaign.channel == Channel::Sms;
    // The suppression list's entries for the channel: "voice" ones for a call (360NRS's deliveries), else the
    // campaign's own channel's; "all" ones always.
    QString channel = channelKey(campaign.channel);
    if (const auto account = workspace->accounts()->byId(campaign.accountId); sms && account) {
        if (const auto info = workspace->providers().info(account->provider); info && info->callsWith(campaign.options))
            channel = QStringLiteral("voice");
    }
    // The suppression list once, not a query per contact (it is far smaller than a group).
    QSet<QString> suppressed;
    for (const Suppression &s : workspace->suppressions()->list()) {
        if (s.channel == channel || s.channel == QLatin1String("all"))
            suppressed.insert(s.address);
    }
    // A group's contacts 5,000 at a time, by id: a million-contact group never sits in memory as contacts.
    const auto forEachContact = [workspace](qint64 groupId, const std::function<void(const Contact &)> &visit) {
        for (qint64 after = 0;;) {
            const QList<Contact> window = workspace->groups()->contacts(groupId, after, 5000);
            if (window.isEmpty())
                return;
            after = window.constLast().id;
            for (const Contact &c : window)
                visit(c);
        }
    };
    // Addresses in the excluded groups are left out wherever else they appear.
    for (const qint64 groupId : campaign.excludedGroupIds) {
        forEachContact(groupId, [&](const Contact &c) {
            if (const QString &address = sms ? c.phone : c.email; !address.isEmpty())
                suppressed.insert(address);
        });
    }
    QSet<QString> seen;
    const CompiledTemplate compiled(tmpl); // parsed once, rendered for every recipient
    for (const qint64 groupId : campaign.includedGroups()) {
        if (campaign.excludedGroupIds.contains(groupId))
            continue;
        forEachContact(groupId, [&](const Contact &c) {
            const QString &address = sms ? c.phone : c.email;
            if (address.isEmpty() || seen.contains(address) || suppressed.contains(address)) {
                ++left;
                return;
            }
            seen.insert(address);
            if (sameForAll) {
                Contact anyone;
                anyone.id = c.id;
                result.append(recipientFor(campaign, compiled, anyone, address));
            } else {
                result.append(recipientFor(campaign, compiled, c, address));
            }
        });
    }
    if (excluded)
        *excluded = left;
    return result;
}

namespace {

// Fails the job (Job::finish emits from the event loop, so the caller that is given it can still connect).
Job *failLater(Job *job, const QString &problem)
{
    job->finish(false, problem);
    return job;
}

// One send in progress: the next pending batch, its request, its answer, and again, until none is left.
class DispatchRun : public QObject
{
public:
    DispatchRun(Workspace *workspace, Job *job, Provider *provider, const Campaign &campaign, qint64 total,
                const QDateTime &heldUntil = {})
        : QObject(job)
        , m_workspace(workspace)
        , m_job(job)
        , m_provider(provider)
        , m_campaign(campaign)
        , m_store(workspace->database())
        , m_total(total)
        , m_heldUntil(heldUntil)
    {
        connect(job, &Job::cancelRequested, this, [this] { m_cancelled = true; });
        // A provider that personalises one text for many recipients gets the template with markers and each one's
        // values (for email, the body's, HTML-escaped as the body renders them).
        if (provider->info().capabilities.testFlag(Capability::BulkPersonalisation)) {
            if (const auto tmpl = workspace->templates()->byId(campaign.templateId))
                m_bulkText = tmpl->body;
        }
    }

    void next()
    {
        if (m_cancelled)
            return end(false,
                       tr("Sending paused after %n recipient(s); send again to continue.", nullptr,
                          int(qMin<qint64>(m_done, INT_MAX))));
        if (m_workspace->campaigns()->state(m_campaign.id) == CampaignState::Cancelled)
            return end(false, tr("“%1” was cancelled; nothing more of it is sent.").arg(m_campaign.name));
        const QDateTime now = m_workspace->clock()->now();
        if (!m_heldUntil.isValid()
            && !m_campaign.inWindow(now)) { // quiet hours: the scheduler continues the send when the window opens
            const QDateTime resume = m_campaign.nextWindowOpening(now);
            if (!m_workspace->campaigns()->setResumeAt(m_campaign.id, resume))
                return end(false, m_workspace->campaigns()->lastError().message);
            m_job->setProperty("resume_at", resume);
            return end(false,
                       tr("Outside the sending window: paused until %1 (%2), when it continues by itself.")
                               .arg(QLocale().toString(resume.toTimeZone(m_campaign.zone()), QLocale::ShortFormat),
                                    m_campaign.zone().displayName(resume, QTimeZone::ShortName)),
                       true);
        }
        const auto batch = m_store.nextPending(m_campaign.id);
        if (!batch)
            return end(true, {});
        const QList<Recipient> recipients = m_store.batchRecipients(batch->id);
        if (!m_store.beginBatch(batch->id)) // committed before the request leaves
            return end(false, m_store.lastError().message);
        SendRequest request;
        request.channel = m_campaign.channel;
        request.sender = m_campaign.sender;
        request.campaignName = m_campaign.name;
        request.scheduledAt = m_heldUntil; // the provider holds it until then
        request.options = m_campaign.options;
        request.timeZone = m_campaign.zone().id();
        if (m_heldUntil.isValid())
            request.windowsUtc = Dispatcher::windowsUtc(m_campaign, m_heldUntil); // and keeps its quiet hours
        // The values now, each recipient's text kept only where they give exactly the text snapshotted for them (a
        // contact edited since the snapshot goes as it was snapshotted, on its own).
        QHash<qint64, Contact> contacts;
        if (!m_bulkText.isEmpty()) {
            QList<qint64> ids;
            for (const Recipient &r : recipients)
                ids.append(r.contactId);
            for (const Contact &c : m_workspace->groups()->contactsByIds(ids))
                contacts.insert(c.id, c);
        }
        bool parsed = false;
        QString lastContent;
        QString lastSubject;
        QString lastBody;
        for (const Recipient &r : recipients) {
            if (const auto c = contacts.constFind(r.contactId); c != contacts.cend()) {
                const bool email = m_campaign.channel == Channel::Email;
                const QJsonObject content
                        = email ? QJsonDocument::fromJson(r.content.toUtf8()).object() : QJsonObject();
                const QString snapshotted = email ? content.value(QStringLiteral("body")).toString() : r.content;
                const TemplateRenderer::Bulk bulk = TemplateRenderer::bulk(m_bulkText, c->templateValues(), email);
                if (!bulk.variables.isEmpty()
                    && TemplateRenderer::substitute(bulk.content, bulk.variables) == snapshotted) {
                    request.messages.append({r.clientKey, r.address,
                                             content.value(QStringLiteral("subject")).toString(), bulk.content,
                                             bulk.variables});
                    continue;
                }
            }
            if (m_campaign.channel == Channel::Email) {
                // Parsed once for a run of recipients with the same content, whose strings are then shared.
                if (!parsed || (!lastContent.isSharedWith(r.content) && lastContent != r.content)) {
                    parsed = true;
                    const QJsonObject content = QJsonDocument::fromJson(r.content.toUtf8()).object();
                    lastSubject = content.value(QStringLiteral("subject")).toString();
                    lastBody = content.value(QStringLiteral("body")).toString();
                }
                lastContent = r.content;
                request.messages.append({r.clientKey, r.address, lastSubject, lastBody});
            } else {
                request.messages.append({r.clientKey, r.address, {}, r.content});
            }
        }
        ProviderReply *reply = m_provider->send(request);
        connect(reply, &ProviderReply::finished, this, [this, reply, batchId = batch->id, count = recipients.size()] {
            reply->deleteLater();
            bool ok;
            if (reply->hasError()) {
                const ProviderError error = reply->error();
                // Refused (credentials, validation, rate limit, TLS): not sent. No answer (timeout, network, 5xx):
                // the provider may have it.
                const bool unknown = error.kind == ProviderError::Kind::Transient;
                ok = m_store.failBatch(batchId, error.describe(m_provider->account().name), unknown);
                qCWarning(lcDispatch) << "batch" << batchId << (unknown ? "unknown:" : "failed:") << error.code;
            } else {
                const SendResult result = reply->result().value<SendResult>();
                ok = m_store.finishBatch(batchId, result.outcomes, result.remoteCampaignId);
            }
            if (!ok)
                return end(false, m_store.lastError().message);
            m_done += count;
            m_job->setProgress(m_done, m_total);
            emit m_workspace->campaigns()->recipientsChanged(m_campaign.id);
            next();
        });
    }

private:
    // `paused`: stopped by the sending window, which is not a failure.
    void end(bool finished, const QString &problem, bool paused = false)
    {
        const QMap<RecipientState, qint64> counts = m_workspace->campaigns()->recipientCounts(m_campaign.id);
        const qint64 accepted = counts.value(RecipientState::Accepted) + counts.value(RecipientState::Delivered);
        const qint64 failed = counts.value(RecipientState::Failed) + counts.value(RecipientState::Bounced);
        const qint64 unknown = counts.value(RecipientState::Unknown);
        if (finished && m_heldUntil.isValid() && accepted > 0) {
            m_workspace->campaigns()->holdAtProvider(m_campaign.id, m_heldUntil);
            m_job->setProperty("unknown", unknown);
            m_job->setProperty("failed", failed);
            m_job->finish(true,
                          tr("“%1” is with %2, to be sent on %3: %4 accepted, %5 failed, %6 unknown.")
                                  .arg(m_campaign.name, m_provider->info().displayName,
                                       QLocale().toString(m_heldUntil.toLocalTime(), QLocale::ShortFormat))
                                  .arg(accepted)
                                  .arg(failed)
                                  .arg(unknown));
            return;
        }
        if (finished) {
            m_workspace->campaigns()->setState(m_campaign.id,
                                               accepted > 0 || (failed == 0 && unknown == 0) ? CampaignState::Sent
                                                                                             : CampaignState::Failed,
                                               QDateTime::currentDateTimeUtc());
        }
        const QString summary = tr("“%1”: %2 accepted, %3 failed, %4 unknown.")
                                        .arg(m_campaign.name)
                                        .arg(accepted)
                                        .arg(failed)
                                        .arg(unknown);
        m_job->setProperty("unknown", unknown);
        m_job->setProperty("failed", failed);
        m_job->finish(finished || paused, problem.isEmpty() ? summary : problem + QLatin1Char(' ') + summary);
    }

    Workspace *m_workspace;
    Job *m_job;
    Provider *m_provider;
    Campaign m_campaign;
    DispatchStore m_store;
    qint64 m_total;
    QDateTime m_heldUntil;
    QString m_bulkText; // the template's body, for BulkPersonalisation
    qint64 m_done = 0;
    bool m_cancelled = false;
};

} // namespace

Job *Dispatcher::send(qint64 campaignId)
{
    return startSend(campaignId, false);
}

Job *Dispatcher::handOver(qint64 campaignId)
{
    return startSend(campaignId, true);
}

Job *Dispatcher::startSend(qint64 campaignId, bool handOver)
{
    const auto campaign = m_workspace->campaigns()->byId(campaignId);
    auto *job = new Job((handOver ? tr("Handing “%1” to its provider") : tr("Sending “%1”"))
                                .arg(campaign ? campaign->name : QString()),
                        this);
    job->setUnit(tr("recipients"));
    m_jobs->track(job);
    const auto refuse = [job](const QString &problem) { return failLater(job, problem); };
    if (!campaign)
        return refuse(tr("That campaign no longer exists."));
    if (campaign->state == CampaignState::Sent || campaign->state == CampaignState::Cancelled)
        return refuse(tr("“%1” is %2; it is not sent again. Clone it to send it anew.")
                              .arg(campaign->name, campaignStateName(campaign->state).toLower()));
    if (isSending(campaignId))
        return refuse(tr("“%1” is being sent already.").arg(campaign->name));
    const auto account = m_workspace->accounts()->byId(campaign->accountId);
    const auto tmpl = m_workspace->templates()->byId(campaign->templateId);
    const auto info = account ? m_workspace->providers().info(account->provider) : std::nullopt;
    if (!account || !info)
        return refuse(tr("“%1” has no account to send with. Choose one.").arg(campaign->name));
    if (!tmpl)
        return refuse(tr("“%1” has no template. Choose one.").arg(campaign->name));
    const Capability needed = campaign->channel == Channel::Sms ? Capability::SendSms : Capability::SendEmail;
    if (!info->capabilities.testFlag(needed))
        return refuse(tr("%1 cannot send %2; choose another account for “%3”.")
                              .arg(info->displayName, channelName(campaign->channel), campaign->name));
    if (!handOver && campaign->isHeldAtProvider() && campaign->scheduledAt > m_workspace->clock()->now())
        return refuse(tr("%1 holds “%2” until %3; reschedule it there to send it sooner.")
                              .arg(info->displayName, campaign->name,
                                   QLocale().toString(campaign->scheduledAt.toLocalTime(), QLocale::ShortFormat)));
    QDateTime heldUntil;
    if (handOver) {
        const QDateTime now = m_workspace->clock()->now();
        if (!info->holdsScheduledSends)
            return refuse(tr("%1 cannot hold a scheduled send; this app sends it at its time.").arg(info->displayName));
        if (!info->holdsSendWith(campaign->options))
            return refuse(tr("%1 cannot hold this kind of send; this app sends “%2” at its time.")
                                  .arg(info->displayName, campaign->name));
        if (campaign->state != CampaignState::Scheduled || campaign->isHeldAtProvider())
            return refuse(
                    tr("Only a scheduled campaign not yet handed over can be handed to %1.").arg(info->displayName));
        if (campaign->scheduledAt < now.addSecs(120))
            return refuse(tr("“%1” is due in less than two minutes: send it now instead.").arg(campaign->name));
        if (campaign->hasWindow() && !(info->keepsSmsWindows && campaign->channel == Channel::Sms))
            return refuse(tr("%1 cannot keep “%2”'s quiet hours; this app sends it at its time instead.")
                                  .arg(info->displayName, campaign->name));
        heldUntil = campaign->scheduledAt;
    }
    m_running.insert(campaignId, job);
    connect(job, &Job::finished, this, [this, campaignId, job] {
        if (m_running.value(campaignId) == job)
            m_running.remove(campaignId);
    });
    const bool whole = info->sendsWholeCampaign(campaign->channel);
    const int batchSize = whole ? INT_MAX : qBound(1, info->maxBatchSize, 1000); // whole: one request
    // Once the recipients are snapshotted: what a crash left in flight becomes unknown, then the batches go.
    auto start = [this, job, account = *account, campaign = *campaign, heldUntil] {
        DispatchStore store(m_workspace->database());
        if (const int interrupted = store.markInterrupted(campaign.id); interrupted > 0)
            qCWarning(lcDispatch) << interrupted << "batch(es) of campaign" << campaign.id
                                  << "were in flight when the last send stopped; marked unknown";
        const qint64 total = m_workspace->campaigns()->recipientCounts(campaign.id).value(RecipientState::Pending);
        if (campaign.resumeAt.isValid())
            m_workspace->campaigns()->setResumeAt(campaign.id, {});
        m_accounts->secretFor(
                account, job,
                [this, job, account, campaign, total, heldUntil](bool ok, const QString &secret, const QString &error) {
                    if (!ok)
                        return job->finish(false, error);
                    Provider *provider = m_workspace->providers().create(account, secret, job);
                    auto *run = new DispatchRun(m_workspace, job, provider, campaign, total, heldUntil);
                    run->next();
                });
    };
    if (DispatchStore(m_workspace->database()).hasSnapshot(campaign->id)) {
        QMetaObject::invokeMethod(job, start, Qt::QueuedConnection);
        return job;
    }
    // Before anything is snapshotted: a template or sender that cannot go out (a send already started keeps what
    // it snapshotted).
    QStringList problems = Composer::templateProblems(*tmpl) + Composer::wholeCampaignProblems(*tmpl, *info);
    if (campaign->channel == Channel::Email) {
        if (const QString sender = Composer::senderProblem(Channel::Email, campaign->sender); !sender.isEmpty())
            problems.append(sender);
    }
    if (!problems.isEmpty())
        return refuse(tr("“%1” cannot be sent yet: %2").arg(campaign->name, problems.join(QLatin1Char(' '))));
    // The snapshot (every contact read and rendered) on a worker thread with its own connection.
    auto *watcher = new QFutureWatcher<QString>(job);
    connect(watcher, &QFutureWatcher<QString>::finished, job, [this, job, watcher, start] {
        if (const QString problem = watcher->result(); !problem.isEmpty())
            return job->finish(false, problem);
        emit m_workspace->campaigns()->campaignsChanged();
        start();
    });
    watcher->setFuture(QtConcurrent::run([workspace = m_workspace, campaign = *campaign, tmpl = *tmpl, batchSize, whole,
                                          info = *info] {
        QString problem;
        const QList<Recipient> recipients = prepare(workspace, campaign, tmpl, nullptr, whole);
        if (const QString content = contentProblem(info, campaign, recipients); !content.isEmpty()) {
            problem = tr("“%1” cannot be sent yet: %2").arg(campaign.name, content);
        } else if (recipients.isEmpty()) {
            problem = tr("“%1” has nobody to send to: its group has no contact with an address for %2 that is not on "
                         "the suppression list.")
                              .arg(campaign.name, channelName(campaign.channel));
        } else {
            DispatchStore store(workspace->database());
            if (!store.snapshot(campaign.id, recipients, batchSize))
                problem = store.lastError().message;
        }
        workspace->database()->releaseThreadConnection();
        return problem;
    }));
    return job;
}

QString Dispatcher::contentProblem(const ProviderInfo &info, const Campaign &campaign,
                                   const QList<Recipient> &recipients)
{
    if (!info.contentProblem)
        return {};
    for (const Recipient &r : recipients) {
        if (const QString problem = info.contentProblem(r.content, campaign.options); !problem.isEmpty())
            return tr("for %1, %2").arg(r.address, problem);
    }
    return {};
}

bool Dispatcher::handsOver(const Campaign &campaign) const
{
    const auto account = m_workspace->accounts()->byId(campaign.accountId);
    const auto info = account ? m_workspace->providers().info(account->provider) : std::nullopt;
    return info && info->holdsSendWith(campaign.options)
            && account->settings.value(QStringLiteral("schedule_at_provider")).toBool(true)
            && (!campaign.hasWindow() || (info->keepsSmsWindows && campaign.channel == Channel::Sms));
}

QList<QPair<QTime, QTime>> Dispatcher::windowsUtc(const Campaign &campaign, const QDateTime &at)
{
    // The window in the campaign's zone, at the offset it has on the day of the send; one that crosses midnight in
    // UTC (or in its zone) becomes two.
    if (!campaign.hasWindow())
        return {};
    const int offsetMinutes = campaign.zone().offsetFromUtc(at) / 60;
    auto utcMinutes = [offsetMinutes](int local) { return ((local - offsetMinutes) % 1440 + 1440) % 1440; };
    const int from = utcMinutes(campaign.windowStart);
    const int to = utcMinutes(campaign.windowEnd);
    auto time = [](int minutes) { return QTime(minutes / 60, minutes % 60); };
    if (from < to)
        return {{time(from), time(to)}};
    QList<QPair<QTime, QTime>> windows;
    if (from < 1439)
        windows.append({time(from), QTime(23, 59)});
    if (to > 0)
        windows.append({QTime(0, 0), time(to)});
    return windows;
}

Job *Dispatcher::rescheduleHeld(qint64 campaignId, const QDateTime &utc)
{
    return changeHeld(campaignId, utc.isValid() ? utc : QDateTime::fromSecsSinceEpoch(0, Qt::UTC));
}

Job *Dispatcher::cancelHeld(qint64 campaignId)
{
    return changeHeld(campaignId, {});
}

Job *Dispatcher::changeHeld(qint64 campaignId, const QDateTime &utc)
{
    const bool cancel = !utc.isValid();
    const auto campaign = m_workspace->campaigns()->byId(campaignId);
    auto *job = new Job((cancel ? tr("Cancelling “%1” at its provider") : tr("Rescheduling “%1” at its provider"))
                                .arg(campaign ? campaign->name : QString()),
                        this);
    m_jobs->track(job);
    const auto refuse = [job](const QString &problem) { return failLater(job, problem); };
    if (!campaign || !campaign->isHeldAtProvider())
        return refuse(tr("No provider holds that campaign's send."));
    if (!cancel && utc < m_workspace->clock()->now().addSecs(120))
        return refuse(tr("Choose a time at least two minutes from now."));
    const auto account = m_workspace->accounts()->byId(campaign->accountId);
    if (!account)
        return refuse(tr("“%1” has no account to send with. Choose one.").arg(campaign->name));
    if (const auto info = m_workspace->providers().info(account->provider); !cancel && info && !info->movesHeldSends)
        return refuse(tr("%1 cannot move a send it holds. Cancel “%2” and schedule a copy of it (Clone) for the new "
                         "time.")
                              .arg(info->displayName, campaign->name));
    const QStringList remoteIds = DispatchStore(m_workspace->database()).remoteIds(campaignId);
    m_accounts->secretFor(
            *account, job,
            [this, job, account = *account, campaign = *campaign, remoteIds, utc,
             cancel](bool ok, const QString &secret, const QString &error) {
                if (!ok)
                    return job->finish(false, error);
                Provider *provider = m_workspace->providers().create(account, secret, job);
                // One provider campaign after the other; the store changes only once the provider has done them all.
                auto step = std::make_shared<std::function<void(qsizetype)>>();
                std::weak_ptr<std::function<void(qsizetype)>> weak = step;
                connect(job, &QObject::destroyed, this, [step] {});
                *step = [this, job, provider, account, campaign, remoteIds, utc, cancel, weak](qsizetype index) {
                    if (index >= remoteIds.size()) {
                        CampaignStore *store = m_workspace->campaigns();
                        const bool stored
                                = cancel ? store->cancel(campaign.id, true) : store->schedule(campaign.id, utc, true);
                        if (!stored)
                            return job->finish(false, store->lastError().message);
                        return job->finish(
                                true,
                                cancel ? tr("“%1” was cancelled at %2; nothing of it is sent.")
                                                 .arg(campaign.name, provider->info().displayName)
                                       : tr("“%1” now goes on %2.")
                                                 .arg(campaign.name,
                                                      QLocale().toString(utc.toLocalTime(), QLocale::ShortFormat)));
                    }
                    ProviderReply *reply = cancel ? provider->cancelScheduled(remoteIds.at(index))
                                                  : provider->reschedule(remoteIds.at(index), utc);
                    connect(reply, &ProviderReply::finished, job, [job, reply, account, weak, index] {
                        if (reply->hasError())
                            return job->finish(false, reply->error().describe(account.name));
                        if (const auto next = weak.lock())
                            (*next)(index + 1);
                    });
                };
                (*step)(0);
            });
    return job;
}

Job *Dispatcher::testSend(qint64 campaignId, const QStringList &addresses)
{
    const auto campaign = m_workspace->campaigns()->byId(campaignId);
    const auto tmpl = campaign ? m_workspace->templates()->byId(campaign->templateId) : std::nullopt;
    const auto account = campaign ? m_workspace->accounts()->byId(campaign->accountId) : std::nullopt;
    auto *job = new Job(tr("Test-sending “%1”").arg(campaign ? campaign->name : QString()), this);
    m_jobs->track(job);
    const auto refuse = [job](const QString &problem) { return failLater(job, problem); };
    if (!campaign || !tmpl || !account)
        return refuse(tr("The campaign needs an account and a template first."));
    if (addresses.isEmpty())
        return refuse(tr("Give at least one address or number to send the test to."));
    const bool sms = campaign->channel == Channel::Sms;
    QList<OutgoingMessage> messages;
    const QList<Contact> first = m_workspace->groups()->contacts(campaign->groupId, 0, 1);
    const QVariantMap values = first.isEmpty() ? QVariantMap() : first.first().templateValues();
    for (const QString &raw : addresses) {
        Contact probe;
        (sms ? probe.phone : probe.email) = raw;
        const QString problem = ContactImportService::checkContact(probe, QStringLiteral("TR"));
        if (!problem.isEmpty())
            return refuse(problem);
        const TemplateRenderer::Rendered rendered = TemplateRenderer::renderTemplate(*tmpl, values);
        messages.append({QStringLiteral("test-%1-%2").arg(campaign->id).arg(messages.size()),
                         sms ? probe.phone : probe.email, rendered.subject, rendered.body});
    }
    m_accounts->secretFor(*account, job,
                          [this, job, account = *account, campaign = *campaign,
                           messages](bool ok, const QString &secret, const QString &error) {
                              if (!ok)
                                  return job->finish(false, error);
                              Provider *provider = m_workspace->providers().create(account, secret, job);
                              SendRequest request;
                              request.channel = campaign.channel;
                              request.sender = campaign.sender;
                              request.campaignName = tr("Test: %1").arg(campaign.name);
                              request.test = true;
                              request.messages = messages;
                              ProviderReply *reply = provider->send(request);
                              connect(reply, &ProviderReply::finished, job, [job, reply, account] {
                                  reply->deleteLater();
                                  if (reply->hasError())
                                      return job->finish(false, reply->error().describe(account.name));
                                  qint64 accepted = 0;
                                  for (const MessageOutcome &o : reply->result().value<SendResult>().outcomes)
                                      accepted += o.accepted;
                                  job->finish(accepted > 0, tr("Test sent to %n address(es).", nullptr, int(accepted)));
                              });
                          });
    return job;
}

Job *Dispatcher::check(qint64 campaignId)
{
    const auto campaign = m_workspace->campaigns()->byId(campaignId);
    const auto tmpl = campaign ? m_workspace->templates()->byId(campaign->templateId) : std::nullopt;
    auto *job = new Job(tr("Checking “%1”").arg(campaign ? campaign->name : QString()), this);
    m_jobs->track(job);
    if (!campaign || !tmpl) {
        return failLater(job, tr("The campaign needs a group and a template first."));
    }
    auto *watcher = new QFutureWatcher<PreSendCheck>(job);
    const auto account = m_workspace->accounts()->byId(campaign->accountId);
    const auto info = account ? m_workspace->providers().info(account->provider) : std::nullopt;
    const bool spamTest = account && info && info->capabilities.testFlag(Capability::SpamCheck)
            && campaign->channel == Channel::Email;
    connect(watcher, &QFutureWatcher<PreSendCheck>::finished, job,
            [this, job, watcher, spamTest, account, tmpl = *tmpl, sender = campaign->sender] {
                const PreSendCheck check = watcher->result();
                const auto done = [job](const PreSendCheck &c) {
                    job->setProperty("check", QVariant::fromValue(c));
                    job->finish(true, c.summary());
                };
                if (!spamTest || !check.blockers.isEmpty())
                    return done(check);
                // The content as it will go (defaults only), scored by the provider's spam test.
                m_accounts->secretFor(
                        *account, job,
                        [this, job, check, done, account, tmpl, sender](bool ok, const QString &secret,
                                                                        const QString &error) {
                            PreSendCheck c = check;
                            if (!ok) {
                                c.warnings.append(tr("The spam test did not run: %1").arg(error));
                                return done(c);
                            }
                            Provider *provider = m_workspace->providers().create(*account, secret, job);
                            const TemplateRenderer::Rendered content
                                    = TemplateRenderer::renderTemplate(tmpl, QVariantMap());
                            ProviderReply *reply
                                    = provider->spamCheck(content.subject, content.body, content.text, sender);
                            connect(reply, &ProviderReply::finished, job, [reply, c, done, account]() mutable {
                                reply->deleteLater();
                                if (reply->hasError()) {
                                    c.warnings.append(tr("The spam test did not run: %1")
                                                              .arg(reply->error().describe(account->name)));
                                    return done(c);
                                }
                                const QVariantMap verdict = reply->result().toMap();
                                c.spamScore = verdict.value(QStringLiteral("score")).toDouble();
                                c.spamTests = verdict.value(QStringLiteral("tests")).toStringList();
                                done(c);
                            });
                        });
            });
    watcher->setFuture(QtConcurrent::run([workspace = m_workspace, campaign = *campaign, tmpl = *tmpl, account, info] {
        PreSendCheck check;
        check.channel = campaign.channel;
        const bool whole = info && info->sendsWholeCampaign(campaign.channel);
        const QList<Recipient> recipients = prepare(workspace, campaign, tmpl, &check.excluded, whole);
        check.recipients = recipients.size();
        for (const Recipient &r : recipients)
            check.parts += r.parts;
        check.fields = TemplateRenderer::fieldsWithoutDefault(tmpl.body + tmpl.subject);
        // Counted over the groups sent to (before exclusions): a close enough figure to decide on a default.
        QMap<QString, qint64> byCountry;
        for (const qint64 groupId : campaign.includedGroups()) {
            const QMap<QString, qint64> missing = workspace->groups()->countMissing(groupId, check.fields);
            for (auto it = missing.cbegin(); it != missing.cend(); ++it)
                check.missing[it.key()] += it.value();
            if (campaign.channel == Channel::Sms) {
                const QMap<QString, qint64> phones = workspace->groups()->phonesByCountry(groupId);
                for (auto it = phones.cbegin(); it != phones.cend(); ++it)
                    byCountry[it.key()] += it.value();
            }
        }
        if (account && info) {
            check.account = account->name;
            check.batchSize = whole ? int(qBound<qint64>(qint64(1), check.recipients, qint64(INT_MAX)))
                                    : qBound(1, info->maxBatchSize, 1000);
            check.requests = (check.recipients + check.batchSize - 1) / check.batchSize;
            check.currency = Composer::currency(*account, *info);
            check.countsParts = campaign.channel == Channel::Sms && info->sendsSmsWith(campaign.options);
            if (campaign.channel == Channel::Sms && !check.countsParts) {
                check.parts = 0;
                check.warnings.append(tr("The cost of this kind of send is not estimated here; %1's report has it "
                                         "once it is sent.")
                                              .arg(info->displayName));
            } else if (campaign.channel == Channel::Sms) {
                qint64 numbers = 0;
                for (const qint64 n : std::as_const(byCountry))
                    numbers += n;
                // The price by country over the group, scaled to the recipients and parts the send really has.
                const auto perPart = numbers > 0 ? Composer::smsCost(*account, *info, byCountry, 1.0) : std::nullopt;
                if (perPart && numbers > 0)
                    check.cost = *perPart / double(numbers) * double(check.parts);
            } else if (const QJsonValue price = account->settings.value(QStringLiteral("price_per_email"));
                       price.isDouble() || info->emailPrice > 0) {
                check.cost = price.toDouble(info->emailPrice) * double(check.recipients);
            }
        }
        if (const QString sender = Composer::senderProblem(campaign.channel, campaign.sender); !sender.isEmpty())
            (campaign.channel == Channel::Email ? check.blockers : check.warnings).append(sender);
        check.blockers += Composer::templateProblems(tmpl);
        if (info) {
            check.blockers += Composer::wholeCampaignProblems(tmpl, *info);
            if (const QString problem = contentProblem(*info, campaign, recipients); !problem.isEmpty())
                check.blockers.append(problem);
        }
        workspace->database()->releaseThreadConnection();
        return check;
    }));
    return job;
}

QString PreSendCheck::summary() const
{
    const QLocale locale;
    QString text = channel == Channel::Sms && countsParts
            ? Dispatcher::tr("%1 recipients, %2 SMS parts in all.")
                      .arg(locale.toString(recipients), locale.toString(parts))
            : Dispatcher::tr("%1 recipients.").arg(locale.toString(recipients));
    if (excluded > 0)
        text += QLatin1Char(' ')
                + Dispatcher::tr("%1 contacts left out: no address for the channel, on the suppression list, in an "
                                 "excluded group, or the same address twice.")
                          .arg(locale.toString(excluded));
    if (cost)
        text += QLatin1Char('\n')
                + Dispatcher::tr("Estimated cost with %1: %2.").arg(account, formatMoney(*cost, currency));
    if (requests > 0)
        text += QLatin1Char('\n')
                + Dispatcher::tr("%n request(s) to the provider, at most %1 recipients each.", nullptr,
                                 int(qMin<qint64>(requests, INT_MAX)))
                          .arg(batchSize);
    for (auto it = missing.cbegin(); it != missing.cend(); ++it) {
        if (it.value() > 0)
            text += QLatin1Char('\n')
                    + Dispatcher::tr("%1 contacts have no %2; their text has it empty.")
                              .arg(locale.toString(it.value()), it.key());
    }
    if (spamScore) {
        const QString score = locale.toString(*spamScore, 'f', 1);
        text += QLatin1Char('\n')
                + (spamTests.isEmpty() ? Dispatcher::tr("Spam test: %1 points; nothing matched.").arg(score)
                                       : Dispatcher::tr("Spam test: %1 points (%2).")
                                                 .arg(score, spamTests.join(QStringLiteral(", "))));
        if (*spamScore >= 5)
            text += QLatin1Char(' ')
                    + Dispatcher::tr("Many filters reject mail from 5 points: change what the rules above name.");
    }
    for (const QString &w : warnings)
        text += QLatin1Char('\n') + w;
    for (const QString &b : blockers)
        text += QLatin1Char('\n') + b;
    return text;
}

bool Dispatcher::isSending(qint64 campaignId) const
{
    return !m_running.value(campaignId).isNull();
}

qint64 Dispatcher::retryFailed(qint64 campaignId)
{
    const auto campaign = m_workspace->campaigns()->byId(campaignId);
    const auto account = campaign ? m_workspace->accounts()->byId(campaign->accountId) : std::nullopt;
    const auto info = account ? m_workspace->providers().info(account->provider) : std::nullopt;
    DispatchStore store(m_workspace->database());
    // A provider that sends whole campaigns takes the failed ones as one new campaign there, not one per 100.
    const int batchSize = !info                                       ? 100
            : campaign && info->sendsWholeCampaign(campaign->channel) ? INT_MAX
                                                                      : qBound(1, info->maxBatchSize, 1000);
    return store.retryFailed(campaignId, batchSize);
}

} // namespace cm
