#include "dispatchrun.h"

#include "providers/provider.h"

#include "dispatcher.h"
#include "job.h"
#include "models/campaignstore.h"
#include "models/clock.h"
#include "models/groupstore.h"
#include "models/profile.h"
#include "models/templaterenderer.h"
#include "models/templatestore.h"
#include "sendleasekeeper.h"
#include "workspace.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QLoggingCategory>
#include <QTimer>

namespace cm {

Q_LOGGING_CATEGORY(lcDispatchRun, "cm.app.dispatch")

DispatchRun::DispatchRun(Workspace *workspace, Job *job, SendLeaseKeeper *keeper, Provider *provider,
                         const Campaign &campaign, qint64 total, const QDateTime &heldUntil)
    : QObject(job)
    , m_workspace(workspace)
    , m_job(job)
    , m_keeper(keeper)
    , m_provider(provider)
    , m_campaign(campaign)
    , m_store(workspace->campaigns()) // through the workspace's store, whose signals tell the views of each batch
    , m_total(total)
    , m_heldUntil(heldUntil)
{
    connect(job, &Job::cancelRequested, this, [this] { m_cancelled = true; });
    // A provider that personalises one text for many recipients gets the template with markers and each one's
    // values (for email, the body's, HTML-escaped as the body renders them).
    m_names = provider->info().can.sending.recipientNames.contains(campaign.channel);
    if (provider->info().can.sending.bulkPersonalisation.contains(campaign.channel)) {
        if (const auto tmpl = Dispatcher::templateFor(workspace, campaign); tmpl && !tmpl->body.isEmpty())
            m_bulkText.emplace(campaign.channel == Channel::Email ? TemplateRenderer::emailHtml(tmpl->body)
                                                                  : tmpl->body);
    }
}

void DispatchRun::next()
{
    if (m_cancelled)
        return end(false,
                   tr("Sending paused after %n recipient(s); send again to continue.", nullptr,
                      int(qMin<qint64>(m_done, INT_MAX))));
    if (m_keeper->isLost())
        return end(false, m_keeper->lostReason());
    if (m_workspace->campaigns()->state(m_campaign.id) == CampaignState::Cancelled)
        return end(false, tr("“%1” was cancelled; nothing more of it is sent.").arg(m_campaign.name));
    const QDateTime now = m_workspace->clock()->now();
    // Quiet hours: a send at each recipient's local time keeps them by its release times instead (each zone's time
    // is checked against the window when it is saved).
    if (!m_heldUntil.isValid() && !m_campaign.sendsAtLocalTime()
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
    if (quotaReached(now))
        return;
    std::optional<profile::Scope> timed(std::in_place, profile::Part::Claim);
    // At local time with quiet hours: a batch whose recipients' hours have passed since its time waits a day.
    if (m_campaign.sendsAtLocalTime() && m_campaign.hasWindow()) {
        const qint64 slack = ((m_campaign.windowEnd - m_campaign.localTime) % 1440 + 1440) % 1440 * 60;
        if (m_store.postponeLate(m_campaign.id, now, slack) < 0)
            return end(false, m_store.lastError().message);
    }
    const auto batch = m_store.nextPending(m_campaign.id, now);
    if (!batch) {
        timed.reset();
        // What is left waits for its recipients' local time: the scheduler continues it then.
        if (const QDateTime release = m_store.nextRelease(m_campaign.id); release.isValid()) {
            if (!m_workspace->campaigns()->setResumeAt(m_campaign.id, release))
                return end(false, m_workspace->campaigns()->lastError().message);
            m_job->setProperty("resume_at", release);
            return end(false,
                       tr("The next recipients get it at their local time: it continues by itself at %1.")
                               .arg(QLocale().toString(release.toTimeZone(m_campaign.zone()), QLocale::ShortFormat)),
                       true);
        }
        return end(true, {});
    }
    const QList<Recipient> recipients = m_store.batchRecipients(batch->id);
    if (!m_store.beginBatch(m_keeper->lease(), batch->id)) { // committed before the request leaves
        timed.reset();
        return end(false, m_store.lastError().message);
    }
    timed.emplace(profile::Part::Request);
    SendRequest request;
    request.channel = m_campaign.channel;
    request.sender = m_campaign.sender;
    request.campaignName = m_campaign.name;
    request.scheduledAt = m_heldUntil; // the provider holds it until then
    request.options = m_campaign.options;
    request.timeZone = m_campaign.zone().id();
    if (m_heldUntil.isValid())
        request.windowsUtc = Dispatcher::windowsUtc(m_campaign, m_heldUntil); // and keeps its quiet hours
    // The batch's contacts, read once: each one's name (for a provider that lists it with the address) and, for bulk
    // personalisation, their values. A contact deleted since the snapshot goes without.
    QHash<qint64, Contact> contacts;
    QHash<qint64, QString> names;
    if (m_bulkText || m_names) {
        QList<qint64> ids;
        ids.reserve(recipients.size());
        for (const Recipient &r : recipients)
            ids.append(r.contactId);
        for (Contact &c : m_workspace->groups()->contactsByIds(ids)) {
            if (!c.id)
                continue;
            names.insert(c.id, QString(c.firstName + QLatin1Char(' ') + c.lastName).trimmed());
            if (m_bulkText)
                contacts.insert(c.id, std::move(c));
        }
    }
    // Bulk: the values now, each recipient's text kept only where they give exactly the text snapshotted for them (a
    // contact edited since the snapshot goes as it was snapshotted, on its own).
    bool parsed = false;
    QString lastContent;
    QString lastSubject;
    QString lastBody;
    for (const Recipient &r : recipients) {
        if (const auto c = contacts.constFind(r.contactId); c != contacts.cend()) {
            const bool email = m_campaign.channel == Channel::Email;
            const QJsonObject content = email ? QJsonDocument::fromJson(r.content.toUtf8()).object() : QJsonObject();
            const QString snapshotted = email ? content.value(QStringLiteral("body")).toString() : r.content;
            const TemplateRenderer::Bulk bulk = m_bulkText->bulk(c->templateValues(), email);
            if (!bulk.variables.isEmpty()
                && TemplateRenderer::substitute(bulk.content, bulk.variables) == snapshotted) {
                request.messages.append({r.clientKey, r.address, content.value(QStringLiteral("subject")).toString(),
                                         bulk.content, bulk.variables});
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
    for (qsizetype i = 0; !names.isEmpty() && i < recipients.size(); ++i) // one message each, in their order
        request.messages[i].name = names.value(recipients.at(i).contactId);
    ProviderReply *reply = m_provider->send(request);
    connect(reply, &ProviderReply::finished, this, [this, reply, batchId = batch->id, count = recipients.size()] {
        reply->deleteLater();
        record(reply->hasError() ? std::optional<ProviderError>(reply->error()) : std::nullopt,
               reply->hasError() ? SendResult() : reply->result().value<SendResult>(), batchId, count, 0);
    });
}

bool DispatchRun::quotaReached(const QDateTime &now)
{
    // The account's daily quota (messages_per_day: a relay's): counted from midnight, the user's time, over all of the
    // account's campaigns once a run and day, then by what this run hands over. The rest goes on at midnight.
    const int perDay = m_provider->account().settings.value(QStringLiteral("messages_per_day")).toInt();
    if (perDay <= 0 || m_heldUntil.isValid())
        return false;
    const QDate today = now.toLocalTime().date();
    if (today != m_quotaDay) {
        m_quotaDay = today;
        m_sentBeforeRun = m_workspace->campaigns()->sentByAccountSince(m_provider->account().id,
                                                                       QDateTime(today, QTime(0, 0)).toUTC());
        m_doneAtDayStart = m_done;
    }
    if (m_sentBeforeRun + (m_done - m_doneAtDayStart) < perDay)
        return false;
    const QDateTime resume = QDateTime(today.addDays(1), QTime(0, 0)).toUTC();
    if (!m_workspace->campaigns()->setResumeAt(m_campaign.id, resume)) {
        end(false, m_workspace->campaigns()->lastError().message);
        return true;
    }
    m_job->setProperty("resume_at", resume);
    end(false,
        tr("“%1” has sent its %n message(s) of today: paused until %2, when it continues by itself.", nullptr, perDay)
                .arg(m_provider->account().name, QLocale().toString(resume.toLocalTime(), QLocale::ShortFormat)),
        true);
    return true;
}

void DispatchRun::record(const std::optional<ProviderError> &error, const SendResult &result, qint64 batchId,
                         qsizetype count, int attempt)
{
    std::optional<profile::Scope> timed(std::in_place, profile::Part::OutcomeWrite);
    bool ok;
    if (error) {
        // Refused (credentials, validation, rate limit, TLS): not sent. No answer (timeout, network, 5xx):
        // the provider may have it.
        // Cancelled: stopped with the request out, which the provider may have acted on.
        const bool unknown
                = error->kind == ProviderError::Kind::Transient || error->kind == ProviderError::Kind::Cancelled;
        ok = m_store.failBatch(m_keeper->lease(), batchId, error->describe(m_provider->account().name), unknown);
        if (attempt == 0)
            qCWarning(lcDispatchRun) << "batch" << batchId << (unknown ? "unknown:" : "failed:") << error->code;
    } else {
        ok = m_store.finishBatch(m_keeper->lease(), batchId, result.outcomes, result.remoteCampaignId);
    }
    timed.reset();
    if (!ok && m_store.lastError().kind == DatabaseError::Busy && attempt < MaxWriteAttempts) {
        // Another process holds the workspace's write lock (a big import, say): what the provider answered is
        // written once it is free. The keeper renews the lease once the lock allows; were another send to take the
        // campaign over meanwhile (the lock held past the lease), the batch stays as that send recorded it.
        qCWarning(lcDispatchRun) << "batch" << batchId
                                 << "answer waits for the database:" << m_store.lastError().message;
        QTimer::singleShot(WriteRetryMs, this, [this, error, result, batchId, count, attempt] {
            record(error, result, batchId, count, attempt + 1);
        });
        return;
    }
    if (!ok)
        return end(false, m_store.lastError().message);
    // A refusal of the account (its key, a long rate limit), of the whole request or partway through it: the next
    // batch would meet the same, so the run stops here; the batches not tried stay pending (nothing of them went
    // out) and go on the next run, once the key is fixed or the provider takes requests again.
    // An adapter that cannot send at all (Unsupported) would say the same of every batch too.
    const bool accountRefused = error
            && (error->kind == ProviderError::Kind::Auth || error->kind == ProviderError::Kind::RateLimited
                || error->kind == ProviderError::Kind::Unsupported);
    const QString stopReason = accountRefused ? error->describe(m_provider->account().name) : result.stopReason;
    if (!stopReason.isEmpty())
        return end(false,
                   tr("Stopped after this refusal; the recipients not tried yet are kept for the next send. %1")
                           .arg(stopReason));
    m_done += count;
    m_job->setProgress(m_done, m_total);
    next();
}

void DispatchRun::end(bool finished, const QString &problem, bool paused)
{
    const QMap<RecipientState, qint64> counts = m_workspace->campaigns()->recipientCounts(m_campaign.id);
    const qint64 accepted = counts.value(RecipientState::Accepted) + counts.value(RecipientState::Delivered);
    const qint64 failed = counts.value(RecipientState::Failed) + counts.value(RecipientState::Bounced);
    const qint64 unknown = counts.value(RecipientState::Unknown);
    if (finished && m_heldUntil.isValid() && accepted > 0) {
        m_workspace->campaigns()->holdAtProvider(m_campaign.id, m_heldUntil);
        m_job->setProperty("unknown", unknown);
        m_job->setProperty("failed", failed);
        m_job->setProperty("accepted", accepted);
        m_job->finish(true,
                      tr("“%1” is with %2, to be sent on %3: %4 accepted, %5 failed, %6 unknown.")
                              .arg(m_campaign.name, m_provider->info().displayName,
                                   QLocale().toString(m_heldUntil.toLocalTime(), QLocale::ShortFormat))
                              .arg(accepted)
                              .arg(failed)
                              .arg(unknown));
        return;
    }
    if (finished && m_heldUntil.isValid() && accepted == 0 && unknown == 0) {
        // The provider took none of it (it refused to hold it: a time too soon, a zone it cannot say) and nothing
        // went out: not held there, and not failed either. It stays scheduled here, its recipients to be worked
        // out again at its time, when this app sends it (the scheduler, or campaignctl run-due).
        const QString reason = m_workspace->campaigns()->commonErrors(m_campaign.id, 1).value(0).first;
        if (!m_store.discardSnapshot(m_keeper->lease()))
            return m_job->finish(false, m_store.lastError().message);
        m_job->finish(false,
                      tr("%1 did not take “%2” to hold until its time, and nothing of it was sent. %3 It stays "
                         "scheduled here: this app sends it on %4, while it is open or through campaignctl run-due.")
                              .arg(m_provider->info().displayName, m_campaign.name, reason,
                                   QLocale().toString(m_heldUntil.toLocalTime(), QLocale::ShortFormat)));
        return;
    }
    if (finished) {
        m_workspace->campaigns()->setState(m_campaign.id,
                                           accepted > 0 || (failed == 0 && unknown == 0) ? CampaignState::Sent
                                                                                         : CampaignState::Failed,
                                           m_workspace->clock()->now());
    }
    const QString summary = tr("“%1”: %2 accepted, %3 failed, %4 unknown.")
                                    .arg(m_campaign.name)
                                    .arg(accepted)
                                    .arg(failed)
                                    .arg(unknown);
    m_job->setProperty("unknown", unknown);
    m_job->setProperty("failed", failed);
    m_job->setProperty("accepted", accepted);
    m_job->finish(finished || paused, problem.isEmpty() ? summary : problem + QLatin1Char(' ') + summary);
}

} // namespace cm
