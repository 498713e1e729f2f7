#include "overview.h"

#include "accountservice.h"
#include "job.h"
#include "reportservice.h"
#include "secretstore.h"
#include "workspace.h"

#include "models/accountstore.h"
#include "models/campaignstore.h"
#include "models/clock.h"
#include "models/settingsstore.h"

#include <QCoreApplication>

#include <algorithm>

namespace cm {

namespace {

// The account a job of AccountService::verify() tests, or of ReportService::refresh() refreshes, known by its
// title: the services name the item in it and nothing else. (A job property naming the id would be sturdier.)
QString testTitle(const QString &account)
{
    return QCoreApplication::translate("cm::AccountService", "Testing the connection of “%1”").arg(account);
}

QString refreshTitle(const QString &campaign)
{
    return QCoreApplication::translate("cm::ReportService", "Refreshing the report of “%1”").arg(campaign);
}

// Whether a job's failure is an account's rate limit (ProviderError::describe's sentence for it).
bool isRateLimit(const QString &message, const QString &account)
{
    ProviderError error;
    error.kind = ProviderError::Kind::RateLimited;
    const QString sentence = error.describe(account);
    const qsizetype cut = sentence.indexOf(QLatin1Char(';'));
    return message.startsWith(cut > 0 ? sentence.left(cut) : sentence);
}

bool isDemoAccount(const Account &account)
{
    // DemoWorkspace adds its account straight to the store: AccountService always records whether one has a secret.
    return account.provider == QLatin1String("sandbox") && account.settings.contains(QLatin1String("seed"))
            && !account.settings.contains(QLatin1String("has_secret"));
}

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
        overview.accounts.append(health);
    }

    const QDateTime horizon = now.addDays(OverviewService::ScheduledDays);
    QList<Campaign> finished;
    const QList<Campaign> campaigns = workspace->campaigns()->campaigns();
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
            const qint64 unknown = workspace->campaigns()->recipientCounts(campaign.id).value(RecipientState::Unknown);
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

OverviewService::OverviewService(Workspace *workspace, AccountService *accounts, JobTracker *jobs, QObject *parent)
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
    connect(workspace->campaigns(), &CampaignStore::reportChanged, this, [this](qint64 campaignId) {
        m_failedRefreshes.remove(campaignId);
        emit changed();
    });
    if (jobs)
        connect(jobs, &JobTracker::jobFinished, this, &OverviewService::jobFinished);
}

bool OverviewService::isDemo(Workspace *workspace)
{
    const QList<Account> accounts = workspace->accounts()->accounts();
    // Only a workspace whose every account is the demo's: one where the user added their own is theirs.
    return !accounts.isEmpty() && std::all_of(accounts.cbegin(), accounts.cend(), isDemoAccount);
}

void OverviewService::jobFinished(Job *job, bool success, const QString &message)
{
    if (!job)
        return;
    const QString title = job->title();
    for (const Account &account : m_workspace->accounts()->accounts()) {
        if (title != testTitle(account.name))
            continue;
        TestOutcome outcome;
        outcome.ok = success;
        outcome.message = message;
        outcome.at = m_workspace->clock()->now();
        if (const auto status = job->property("status").value<AccountStatus>(); success && status.balance) {
            outcome.balance = status.balance;
            outcome.currency = status.currency;
        }
        m_tests.insert(account.id, outcome);
        m_rateLimited.insert(account.id, !success && isRateLimit(message, account.name));
        if (success)
            m_secrets.insert(account.id, {SecretState::Ok, {}});
        emit changed();
        return;
    }
    if (!title.startsWith(refreshTitle(QString()).left(10)))
        return;
    for (const Campaign &campaign : m_workspace->campaigns()->campaigns()) {
        if (title != refreshTitle(campaign.name))
            continue;
        if (success)
            m_failedRefreshes.remove(campaign.id);
        else
            m_failedRefreshes.insert(campaign.id, message);
        if (!success && isRateLimit(message, campaign.accountName))
            m_rateLimited.insert(campaign.accountId, true);
        emit changed();
        return;
    }
}

void OverviewService::checkSecrets()
{
    if (!m_accounts || !m_accounts->secretStore())
        return;
    SecretStore *store = m_accounts->secretStore();
    const QString workspaceId = m_workspace->settings()->workspaceId();
    for (const Account &account : m_workspace->accounts()->accounts()) {
        if (m_secrets.contains(account.id) || !account.settings.value(QLatin1String("has_secret")).toBool())
            continue;
        m_secrets.insert(account.id, {}); // being read
        // The status alone is kept (the secret is dropped at once); a secret under the key of the versions before
        // workspace ids counts as there, as AccountService reads it too.
        const auto settle = [this, id = account.id, name = account.name](SecretStore::Status status,
                                                                         const QString &error) {
            SecretCheck check;
            switch (status) {
            case SecretStore::Status::Ok:
                check.state = SecretState::Ok;
                break;
            case SecretStore::Status::NotFound:
                check.state = SecretState::Missing;
                check.message
                        = tr("The secret of “%1” is not in the keychain: enter it again (Accounts → Edit…).").arg(name);
                break;
            case SecretStore::Status::Locked:
                check.state = SecretState::Locked;
                check.message = tr("The keychain is locked, so the secret of “%1” cannot be read: unlock it, then "
                                   "test the connection.")
                                        .arg(name);
                break;
            case SecretStore::Status::Unavailable:
            case SecretStore::Status::Error:
                check.state = SecretState::Unreadable;
                check.message = tr("The secret of “%1” could not be read: %2").arg(name, error);
                break;
            }
            m_secrets.insert(id, check);
            if (check.state != SecretState::Ok)
                emit changed();
        };
        store->read(SecretStore::keyForAccount(workspaceId, account.id), this,
                    [this, store, id = account.id, settle](SecretStore::Status status, const QString &,
                                                           const QString &error) {
                        if (status != SecretStore::Status::NotFound)
                            return settle(status, error);
                        store->read(SecretStore::legacyKeyForAccount(id), this,
                                    [settle](SecretStore::Status old, const QString &, const QString &why) {
                                        settle(old, why);
                                    });
                    });
    }
}

void OverviewService::addSessionState(Overview &overview) const
{
    QList<Overview::Attention> attention;
    for (Overview::AccountHealth &health : overview.accounts) {
        if (const auto test = m_tests.constFind(health.id); test != m_tests.cend()) {
            health.tested = true;
            health.testOk = test->ok;
            health.testMessage = test->message;
            health.testedAt = test->at;
            health.balance = test->balance;
            health.currency = test->currency;
        }
        health.rateLimited = m_rateLimited.value(health.id);
        const SecretCheck secret = m_secrets.value(health.id);
        if (secret.state == SecretState::Missing || secret.state == SecretState::Locked
            || secret.state == SecretState::Unreadable) {
            const auto kind = secret.state == SecretState::Missing ? Overview::AttentionKind::SecretMissing
                    : secret.state == SecretState::Locked          ? Overview::AttentionKind::KeychainLocked
                                                                   : Overview::AttentionKind::SecretUnreadable;
            attention.append({kind, secret.message, QStringLiteral("accounts"), health.id});
        }
    }
    for (auto it = m_failedRefreshes.cbegin(); it != m_failedRefreshes.cend(); ++it) {
        const auto campaign = std::find_if(overview.recent.cbegin(), overview.recent.cend(),
                                           [id = it.key()](const Overview::Recent &r) { return r.id == id; });
        const QString name = campaign != overview.recent.cend() ? campaign->name : QString();
        attention.append({Overview::AttentionKind::FailedRefresh,
                          name.isEmpty() ? tr("A report could not be refreshed: %1").arg(it.value())
                                         : tr("The report of “%1” could not be refreshed: %2").arg(name, it.value()),
                          QStringLiteral("reports"), it.key()});
    }
    overview.attention = attention + overview.attention;
}

Overview OverviewService::current() const
{
    Overview overview = readOverview(m_workspace, m_workspace->clock()->now(), false);
    addSessionState(overview);
    return overview;
}

void OverviewService::load(QObject *context, std::function<void(const Overview &)> done)
{
    checkSecrets();
    const QDateTime now = m_workspace->clock()->now();
    m_workspace->inBackground([workspace = m_workspace, now] { return readOverview(workspace, now, true); })
            .then(context, [this, done = std::move(done)](Overview overview) {
                addSessionState(overview);
                done(overview);
            });
}

} // namespace cm
