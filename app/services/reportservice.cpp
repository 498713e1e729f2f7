#include "reportservice.h"

#include "accounthealth.h"

#include "accountservice.h"
#include "job.h"
#include "models/accountstore.h"
#include "models/campaignstore.h"
#include "models/clock.h"
#include "models/dispatchstore.h"
#include "providers/provider.h"
#include "workspace.h"

#include <QLoggingCategory>
#include <QPointer>
#include <QTimer>

namespace cm {

namespace {
// Hours while most engagement happens, days after: the first and last open decide. Buckets without events are
// zeros, not a line drawn across the gap.
ReportService::Engagement loadEngagement(CampaignStore *store, qint64 campaignId)
{
    ReportService::Engagement e;
    e.opens = store->eventSeries(campaignId, EventType::Opened, false);
    e.byDay = !e.opens.isEmpty() && e.opens.first().first.secsTo(e.opens.constLast().first) > 2 * 86400;
    if (e.byDay)
        e.opens = store->eventSeries(campaignId, EventType::Opened, true);
    e.clicks = store->eventSeries(campaignId, EventType::Clicked, e.byDay);
    const qint64 step = e.byDay ? 86400 : 3600;
    for (auto *points : {&e.opens, &e.clicks}) {
        QList<QPair<QDateTime, qint64>> filled;
        for (const auto &point : std::as_const(*points)) {
            while (!filled.isEmpty() && filled.constLast().first.addSecs(step) < point.first)
                filled.append({filled.constLast().first.addSecs(step), 0});
            filled.append(point);
        }
        *points = filled;
    }
    e.links = store->linkClicks(campaignId);
    return e;
}
} // namespace

Q_LOGGING_CATEGORY(lcReports, "cm.app.reportservice")

namespace {

// The state of one refresh: the provider ids still to ask about, one chunk at a time.
class RefreshRun : public QObject
{
public:
    RefreshRun(Job *job, Workspace *workspace, const Campaign &campaign, const Account &account, Provider *provider)
        : QObject(job)
        , m_job(job)
        , m_workspace(workspace)
        , m_campaign(campaign)
        , m_account(account)
        , m_provider(provider)
    {
        m_ids = workspace->campaigns()->providerIds(campaign.id).keys();
        m_remoteIds = DispatchStore(workspace->database()).remoteIds(campaign.id);
        std::sort(m_ids.begin(), m_ids.end());
        connect(job, &Job::cancelRequested, this, [this] {
            if (m_reply)
                m_reply->abort();
        });
    }

    void start()
    {
        const ProviderInfo info = m_provider->info();
        if (info.sendsWholeCampaign(m_campaign.channel) && !m_remoteIds.isEmpty() && !info.can.reporting.events)
            fetchStats(); // one campaign there, its counters (FreshMail email)
        else if (info.can.reporting.events && !m_remoteIds.isEmpty())
            nextExport(); // every event with its time, link and device, then the provider's own counters
        else if (info.can.reporting.recipientStatus)
            nextChunk();
        else if (info.can.reporting.campaignCounters && !m_remoteIds.isEmpty())
            fetchStats();
        else if (info.can.reporting.campaignCounters)
            m_job->finish(false,
                          ReportService::tr("%1 gave no campaign id for these sends, so it cannot report on them. %2")
                                  .arg(info.displayName, info.hint));
        else
            m_job->finish(false, ReportService::tr("%1 does not report delivery for campaigns.").arg(info.displayName));
    }

private:
    void fail(const ProviderError &error)
    {
        m_job->setProperty("rateLimited", error.kind == ProviderError::Kind::RateLimited);
        m_job->finish(false, error.describe(m_account.name));
    }

    void nextChunk()
    {
        if (m_job->isCancelled()) {
            m_job->finish(false, ReportService::tr("Refresh cancelled; the report keeps what was fetched."));
            return;
        }
        if (m_next >= m_ids.size()) {
            saveSnapshot(m_workspace->campaigns()->computeStats(m_campaign.id));
            return;
        }
        const QStringList chunk = m_ids.mid(m_next, ReportService::ChunkSize);
        m_reply = m_provider->fetchEvents(chunk);
        connect(m_reply, &ProviderReply::finished, this, [this, size = chunk.size()] {
            if (m_reply->hasError()) {
                fail(m_reply->error());
                return;
            }
            const auto events = m_reply->result().value<QList<DeliveryEvent>>();
            const int added = m_workspace->campaigns()->addEvents(m_campaign.id, events);
            if (added < 0) {
                m_job->finish(false, m_workspace->campaigns()->lastError().message);
                return;
            }
            m_newEvents += added;
            m_next += size;
            m_job->setProgress(m_next, m_ids.size());
            nextChunk();
        });
    }

    void nextExport()
    {
        if (m_job->isCancelled()) {
            m_job->finish(false, ReportService::tr("Refresh cancelled; the report keeps what was fetched."));
            return;
        }
        if (m_exported >= m_remoteIds.size()) {
            if (m_provider->info().can.reporting.campaignCounters)
                fetchStats();
            else
                saveSnapshot(m_workspace->campaigns()->computeStats(m_campaign.id));
            return;
        }
        m_reply = m_provider->sendingEvents(m_remoteIds.at(m_exported));
        connect(m_reply, &ProviderReply::finished, this, [this] {
            if (m_reply->hasError()) {
                fail(m_reply->error());
                return;
            }
            const int added = m_workspace->campaigns()->addEvents(m_campaign.id,
                                                                  m_reply->result().value<QList<DeliveryEvent>>());
            if (added < 0) {
                m_job->finish(false, m_workspace->campaigns()->lastError().message);
                return;
            }
            m_newEvents += added;
            ++m_exported;
            nextExport();
        });
    }

    // The provider's counters for each of its campaigns our send became, added up.
    void fetchStats()
    {
        if (m_job->isCancelled()) {
            m_job->finish(false, ReportService::tr("Refresh cancelled; the report keeps what was fetched."));
            return;
        }
        if (m_statsFetched >= m_remoteIds.size()) {
            saveSnapshot(m_sum, true);
            return;
        }
        m_reply = m_provider->campaignStats(m_remoteIds.at(m_statsFetched));
        connect(m_reply, &ProviderReply::finished, this, [this] {
            if (m_reply->hasError()) {
                fail(m_reply->error());
                return;
            }
            m_sum.add(m_reply->result().value<CampaignStats>());
            m_job->setProgress(++m_statsFetched, m_remoteIds.size());
            fetchStats();
        });
    }

    void saveSnapshot(const CampaignStats &raw, bool fromProvider = false)
    {
        CampaignStore *store = m_workspace->campaigns();
        const CampaignStats stats
                = ReportService::normalise(raw, m_provider->info(), m_account, m_campaign.channel,
                                           store->sentParts(m_campaign.id), m_workspace->clock()->now(), fromProvider);
        if (!store->addSnapshot(m_campaign.id, stats)) {
            m_job->finish(false, store->lastError().message);
            return;
        }
        qCInfo(lcReports) << "report of campaign" << m_campaign.id << "refreshed," << m_newEvents << "new events";
        m_job->finish(true,
                      ReportService::tr("Report of “%1” refreshed: %n new event(s).", nullptr, m_newEvents)
                              .arg(m_campaign.name));
    }

    Job *m_job;
    Workspace *m_workspace;
    Campaign m_campaign;
    Account m_account;
    Provider *m_provider;
    QStringList m_ids;
    QStringList m_remoteIds;
    CampaignStats m_sum;
    qsizetype m_next = 0;         // provider ids asked about
    qsizetype m_statsFetched = 0; // remote campaigns whose counters came in
    qsizetype m_exported = 0;
    int m_newEvents = 0;
    QPointer<ProviderReply> m_reply;
};

} // namespace

ReportService::ReportService(Workspace *workspace, AccountService *accounts, JobTracker *jobs, QObject *parent)
    : QObject(parent)
    , m_workspace(workspace)
    , m_accounts(accounts)
    , m_jobs(jobs)
{ }

CampaignStats ReportService::normalise(const CampaignStats &computed, const ProviderInfo &info, const Account &account,
                                       Channel channel, qint64 sentParts, const QDateTime &takenAt, bool fromProvider)
{
    CampaignStats stats = computed;
    const QList<CampaignStats::Counter> reported = info.counters(channel);
    for (int i = 0; i < CampaignStats::CounterCount && !fromProvider; ++i) {
        if (!reported.contains(CampaignStats::Counter(i)))
            stats.clear(CampaignStats::Counter(i));
    }
    if (!stats.cost) {
        const double price = messagePrice(account, info, channel);
        if (price > 0) {
            stats.cost = price * double(sentParts);
            stats.currency = account.settings.value(QStringLiteral("currency")).toString(info.currency);
        }
    }
    stats.takenAt = takenAt;
    return stats;
}

double ReportService::messagePrice(const Account &account, const ProviderInfo &info, Channel channel)
{
    // Calls and WhatsApp messages at the price of one part each.
    const QString key = reachesPhones(channel) ? QStringLiteral("price_per_part") : QStringLiteral("price_per_email");
    return account.settings.value(key).toDouble(reachesPhones(channel) ? info.smsPricePerPart : info.emailPrice);
}

Job *ReportService::refresh(qint64 campaignId)
{
    const auto campaign = m_workspace->campaigns()->byId(campaignId);
    auto *job = new Job(campaign ? tr("Refreshing the report of “%1”").arg(campaign->name) : tr("Refreshing a report"),
                        this);
    m_jobs->track(job);
    // A failed refresh is kept for the Overview until one succeeds, whoever refreshed; a cancelled one says nothing.
    if (campaign) {
        connect(job, &Job::finished, this,
                [this, job, campaignId = campaign->id, accountId = campaign->accountId](bool ok,
                                                                                        const QString &message) {
                    if (ok)
                        health::clearRefreshFailure(m_workspace, campaignId);
                    else if (!job->isCancelled())
                        health::recordRefresh(m_workspace,
                                              {campaignId, accountId, m_workspace->clock()->now(), message,
                                               job->property("rateLimited").toBool()});
                });
    }
    const auto account = campaign ? m_workspace->accounts()->byId(campaign->accountId) : std::nullopt;
    if (!campaign || !account) {
        job->finish(false,
                    campaign ? tr("“%1” has no account: choose one in the campaign first.").arg(campaign->name)
                             : tr("That campaign no longer exists."));
        return job;
    }
    m_accounts->secretFor(*account, job,
                          [this, job, campaign = *campaign, account = *account](bool ok, const QString &secret,
                                                                                const QString &error) {
                              if (!ok) {
                                  job->finish(false, error);
                                  return;
                              }
                              Provider *provider = m_workspace->createProvider(account, secret, job);
                              if (!provider) {
                                  job->finish(false,
                                              tr("“%1” uses a provider this version does not know.").arg(account.name));
                                  return;
                              }
                              (new RefreshRun(job, m_workspace, campaign, account, provider))->start();
                          });
    return job;
}

QList<Job *> ReportService::refreshActive(qint64 minAgeSeconds)
{
    QList<Job *> started;
    const QDateTime now = m_workspace->clock()->now();
    for (const Campaign &c : m_workspace->campaigns()->campaigns(true)) { // the series' steps' sends too
        const bool moving = c.state == CampaignState::Sending
                || ((c.state == CampaignState::Sent || c.state == CampaignState::Failed) && c.finishedAt.isValid()
                    && c.finishedAt.secsTo(now) < 3 * 86400);
        if (!moving || !c.accountId || c.recipientCount == 0 || !m_automatic.value(c.id).isNull())
            continue;
        const auto latest = m_workspace->campaigns()->latestSnapshot(c.id);
        if (latest && latest->stats.takenAt.secsTo(now) < minAgeSeconds)
            continue;
        Job *job = refresh(c.id);
        m_automatic.insert(c.id, job);
        connect(job, &Job::finished, this, [this, id = c.id, job] {
            if (m_automatic.value(id) == job)
                m_automatic.remove(id);
        });
        started.append(job);
    }
    return started;
}

bool ReportService::hasReport(const Campaign &campaign)
{
    switch (campaign.state) {
    case CampaignState::Draft:
        return false;
    case CampaignState::Sending:
    case CampaignState::Sent:
        return true;
    case CampaignState::Scheduled:
    case CampaignState::Cancelled:
    case CampaignState::Failed:
        break;
    }
    return campaign.recipientCount > 0;
}

void ReportService::startAutoRefresh(int intervalMs)
{
    auto *timer = new QTimer(this);
    connect(timer, &QTimer::timeout, this, [this] { refreshActive(); });
    timer->start(intervalMs);
}

QList<ReportService::Comparison> ReportService::compare(Workspace *workspace, const QList<qint64> &campaignIds)
{
    QList<Comparison> rows;
    for (const qint64 id : campaignIds) {
        const auto campaign = workspace->campaigns()->byId(id);
        if (!campaign)
            continue;
        Comparison row;
        row.campaignId = id;
        row.campaign = campaign->name;
        row.account = campaign->accountName;
        row.channel = campaign->channel;
        const auto account = workspace->accounts()->byId(campaign->accountId);
        row.provider = account ? workspace->providers().displayName(account->provider) : QString();
        const auto snapshot = workspace->campaigns()->latestSnapshot(id);
        const CampaignStats stats = snapshot ? snapshot->stats : workspace->campaigns()->computeStats(id);
        const auto ratio
                = [&stats](CampaignStats::Counter part, CampaignStats::Counter whole) -> std::optional<double> {
            if (!stats.isReported(part) || !stats.isReported(whole) || stats.value(whole) == 0)
                return std::nullopt;
            return double(stats.value(part)) / double(stats.value(whole));
        };
        row.sent = stats.isReported(CampaignStats::Sent) ? stats.value(CampaignStats::Sent) : 0;
        row.delivery = ratio(CampaignStats::Delivered, CampaignStats::Sent);
        row.open = ratio(CampaignStats::UniqueOpened, CampaignStats::Delivered);
        row.click = ratio(CampaignStats::UniqueClicked, CampaignStats::Delivered);
        row.bounce = ratio(CampaignStats::Bounced, CampaignStats::Sent);
        row.unsubscribe = ratio(CampaignStats::Unsubscribed, CampaignStats::Delivered);
        if (stats.cost && stats.isReported(CampaignStats::Delivered) && stats.value(CampaignStats::Delivered) > 0)
            row.costPerDelivered = *stats.cost / double(stats.value(CampaignStats::Delivered));
        row.currency = stats.currency;
        rows.append(row);
    }
    return rows;
}

Background<ReportService::Engagement> ReportService::engagement(qint64 campaignId) const
{
    return m_workspace->inBackground(
            [store = m_workspace->campaigns(), campaignId] { return loadEngagement(store, campaignId); });
}

} // namespace cm
