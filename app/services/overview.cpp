#include "overview.h"

#include "accounthealth.h"
#include "accountservice.h"
#include "demoworkspace.h"
#include "reportservice.h"
#include "secretstore.h"
#include "workspace.h"

#include "models/accountstore.h"
#include "models/campaignstore.h"
#include "models/clock.h"
#include "models/seriesstore.h"
#include "models/settingsstore.h"

#include <QCoreApplication>

#include <algorithm>

namespace cm {

namespace {

// What the stores hold, read on a worker thread.
Overview readOverview(Workspace *workspace, const QDateTime &now, bool details)
{
    Overview overview;
    const QList<Account> accounts = workspace->accounts()->accounts();
    for (const Account &account : accounts) {
        Overview::AccountHealth health;
        health.id = account.id;
        health.name = account.name;
        health.provider = workspace->providers().displayName(account.provider);
        health.hasSecret = account.settings.value(QLatin1String("has_secret")).toBool();
        if (const auto test = health::lastTest(workspace, account.id)) {
            health.tested = true;
            health.testOk = test->ok;
            health.testMessage = test->message;
            health.testedAt = test->at;
            health.balance = test->balance;
            health.currency = test->currency;
            health.rateLimited = test->rateLimited;
        }
        overview.accounts.append(health);
    }
    // Failed refreshes of reports that still exist; one turned away for its rate limit marks its account.
    for (const RefreshFailure &failure : health::refreshFailures(workspace)) {
        const auto campaign = workspace->campaigns()->byId(failure.campaignId);
        if (!campaign)
            continue;
        overview.attention.append({Overview::AttentionKind::FailedRefresh,
                                   OverviewService::tr("The report of “%1” could not be refreshed: %2")
                                           .arg(campaign->name, failure.message),
                                   QStringLiteral("reports"), campaign->id});
        for (Overview::AccountHealth &health : overview.accounts) {
            if (health.id == failure.accountId && failure.rateLimited)
                health.rateLimited = true;
        }
    }

    // Today and the next days whole, in the user's time: a send next Saturday morning is "in the next 7 days" all of
    // this Saturday, not only until the hour it is now.
    const QDateTime horizon
            = QDateTime(now.toLocalTime().date().addDays(OverviewService::ScheduledDays + 1), QTime(0, 0)).toUTC();
    QList<Campaign> finished;
    const QList<Campaign> campaigns = workspace->campaigns()->campaigns();
    const QHash<qint64, qint64> unknownCounts
            = details ? workspace->campaigns()->countsInState(RecipientState::Unknown) : QHash<qint64, qint64>();
    for (const Campaign &campaign : campaigns) {
        if (campaign.state == CampaignState::Scheduled && campaign.scheduledAt.isValid()
            && campaign.scheduledAt <= horizon)
            overview.scheduled.append(
                    {campaign.id, campaign.name, campaign.accountName, campaign.channel, campaign.scheduledAt});
        const bool went = campaign.state == CampaignState::Sent || campaign.state == CampaignState::Sending
                || campaign.state == CampaignState::Failed;
        if (went)
            finished.append(campaign);
        if (details && (went || campaign.state == CampaignState::Cancelled)) {
            const qint64 unknown = unknownCounts.value(campaign.id);
            if (unknown > 0)
                overview.attention.append(
                        {Overview::AttentionKind::UnknownRecipients,
                         OverviewService::tr("“%1”: %n recipient(s) may or may not have been sent. Check with the "
                                             "provider or resolve them.",
                                             nullptr, int(qMin<qint64>(unknown, INT_MAX)))
                                 .arg(campaign.name),
                         QStringLiteral("campaigns"), campaign.id});
        }
    }
    // A series' steps go as campaigns of their own, not listed with the others: their unknown recipients are said
    // per series, and handled in the Series pane.
    if (details) {
        for (const Series &series : workspace->series()->list()) {
            qint64 unknown = 0;
            for (const qint64 count : workspace->series()->unknownCampaigns(series.id))
                unknown += count;
            if (unknown > 0)
                overview.attention.append(
                        {Overview::AttentionKind::UnknownRecipients,
                         OverviewService::tr("Series “%1”: %n message(s) may or may not have been sent. Check with "
                                             "the provider or resolve them.",
                                             nullptr, int(qMin<qint64>(unknown, INT_MAX)))
                                 .arg(series.name),
                         QStringLiteral("series"), series.id});
        }
    }
    std::sort(overview.scheduled.begin(), overview.scheduled.end(),
              [](const Overview::Scheduled &a, const Overview::Scheduled &b) { return a.at < b.at; });

    const auto when = [](const Campaign &c) { return c.finishedAt.isValid() ? c.finishedAt : c.startedAt; };
    std::sort(finished.begin(), finished.end(),
              [&when](const Campaign &a, const Campaign &b) { return when(a) > when(b); });
    // Only those the Reports pane lists, so that opening one finds it there.
    finished.removeIf([](const Campaign &c) { return !ReportService::hasReport(c); });
    finished = finished.mid(0, OverviewService::RecentCount);
    QList<qint64> ids;
    for (const Campaign &campaign : std::as_const(finished))
        ids.append(campaign.id);
    const QList<ReportService::Comparison> rates
            = details ? ReportService::compare(workspace, ids) : QList<ReportService::Comparison>();
    for (const Campaign &campaign : std::as_const(finished)) {
        Overview::Recent recent;
        recent.id = campaign.id;
        recent.name = campaign.name;
        recent.channel = campaign.channel;
        recent.state = campaign.state;
        recent.at = when(campaign);
        recent.read = details;
        for (const ReportService::Comparison &row : rates) {
            if (row.campaignId != campaign.id)
                continue;
            recent.sent = row.sent;
            recent.delivered = row.delivery;
            recent.opened = row.open;
            recent.clicked = row.click;
        }
        overview.recent.append(recent);
    }
    return overview;
}

} // namespace

OverviewService::OverviewService(Workspace *workspace, AccountService *accounts, QObject *parent)
    : QObject(parent)
    , m_workspace(workspace)
    , m_accounts(accounts)
{
    connect(workspace->accounts(), &AccountStore::changed, this, [this] {
        m_secrets.clear(); // an edited account may have a new secret
        emit changed();
    });
    connect(workspace->campaigns(), &CampaignStore::campaignsChanged, this, &OverviewService::changed);
    connect(workspace->campaigns(), &CampaignStore::recipientsChanged, this, &OverviewService::changed);
    connect(workspace->campaigns(), &CampaignStore::reportChanged, this, &OverviewService::changed);
    // A test or a refresh ended: AccountService and ReportService keep its outcome in the workspace's settings. A
    // test read the account's secret, so the secret is asked about again.
    connect(workspace->settings(), &SettingsStore::changed, this, [this](const QString &key) {
        if (const qint64 account = health::testedAccount(key))
            m_secrets.remove(account);
        if (health::isHealthKey(key))
            emit changed();
    });
}

bool OverviewService::isDemo(Workspace *workspace)
{
    const QList<Account> accounts = workspace->accounts()->accounts();
    const qint64 demoId = workspace->settings()->value(DemoWorkspace::demoAccountKey()).toLongLong();
    // Only a workspace whose every account is the demo's: one where the user added their own is theirs. Demos made
    // before the workspace said so are known by their Sandbox's seed, which only the demo sets.
    const auto isDemoAccount = [demoId](const Account &account) {
        return demoId ? account.id == demoId
                      : account.provider == QLatin1String("sandbox") && account.settings.contains(QLatin1String("seed"))
                        && !account.settings.contains(QLatin1String("has_secret"));
    };
    return !accounts.isEmpty() && std::all_of(accounts.cbegin(), accounts.cend(), isDemoAccount);
}

void OverviewService::checkSecrets()
{
    if (!m_accounts)
        return;
    for (const Account &account : m_workspace->accounts()->accounts()) {
        if (m_secrets.contains(account.id) || !account.settings.value(QLatin1String("has_secret")).toBool())
            continue;
        m_secrets.insert(account.id, {}); // being read
        // The status alone is kept: the secret is dropped at once.
        m_accounts->readSecret(
                account, this,
                [this, id = account.id](SecretStore::Status status, const QString &, const QString &problem) {
                    m_secrets.insert(id, {status, problem});
                    if (status != SecretStore::Status::Ok)
                        emit changed();
                });
    }
}

void OverviewService::addSecretState(Overview &overview) const
{
    QList<Overview::Attention> attention;
    for (const Overview::AccountHealth &health : std::as_const(overview.accounts)) {
        const auto secret = m_secrets.constFind(health.id);
        if (secret == m_secrets.cend() || !secret->status || *secret->status == SecretStore::Status::Ok)
            continue;
        const auto kind = *secret->status == SecretStore::Status::NotFound ? Overview::AttentionKind::SecretMissing
                : *secret->status == SecretStore::Status::Locked           ? Overview::AttentionKind::KeychainLocked
                                                                           : Overview::AttentionKind::SecretUnreadable;
        attention.append({kind, secret->problem, QStringLiteral("accounts"), health.id});
    }
    overview.attention = attention + overview.attention;
}

Overview OverviewService::current() const
{
    Overview overview = readOverview(m_workspace, m_workspace->clock()->now(), false);
    addSecretState(overview);
    return overview;
}

void OverviewService::load(QObject *context, std::function<void(const Overview &)> done)
{
    checkSecrets();
    const QDateTime now = m_workspace->clock()->now();
    m_workspace->inBackground([workspace = m_workspace, now] { return readOverview(workspace, now, true); })
            .then(context, [this, done = std::move(done)](Overview overview) {
                addSecretState(overview);
                done(overview);
            });
}

} // namespace cm
