// Report refresh: asks the campaign's provider what happened, stores the events and a snapshot of the counters.
#pragma once

#include "models/background.h"
#include "models/types.h"

#include <QHash>
#include <QObject>
#include <QPointer>

namespace cm {

class Workspace;
class AccountService;
class JobTracker;
class Job;
struct ProviderInfo;

class ReportService : public QObject
{
    Q_OBJECT
public:
    ReportService(Workspace *workspace, AccountService *accounts, JobTracker *jobs, QObject *parent = nullptr);

    // Starts a refresh in the background; the job finishes with a one-line summary.
    Job *refresh(qint64 campaignId);
    // Refreshes the reports of the campaigns still moving (sending, or finished less than three days ago, while
    // delivery reports and engagement keep arriving) whose latest report is older than `minAgeSeconds`, one job
    // each, none twice at once. The providers' own rate limits pace the requests. Returns the jobs started.
    QList<Job *> refreshActive(qint64 minAgeSeconds = 600);
    // Runs refreshActive() every `intervalMs` (the GUI, while it is open).
    void startAutoRefresh(int intervalMs = 5 * 60 * 1000);
    // Whether a campaign has, or will have, a report to show: its send started (sending, sent) or reached the provider
    // before it was cancelled or failed, or the provider holds it until its time (it has recipients). Not a draft, nor
    // a campaign scheduled but not yet handed over: those have nothing to report.
    static bool hasReport(const Campaign &campaign);

    // The counters as a report shows them: those the provider does not report are cleared ("not reported"), the
    // cost is computed from the parts the provider accepted and the account's (or provider's) prices.
    // `fromProvider`: the counters are the provider's own report, kept as they are.
    static CampaignStats normalise(const CampaignStats &computed, const ProviderInfo &info, const Account &account,
                                   Channel channel, qint64 sentParts, const QDateTime &takenAt,
                                   bool fromProvider = false);

    // What one message (an SMS part; a call or WhatsApp message as one part; an email) costs with this account: its
    // "price_per_part" or "price_per_email" setting, else the provider's default; 0 when it has none.
    static double messagePrice(const Account &account, const ProviderInfo &info, Channel channel);

    static constexpr int ChunkSize = 500; // provider ids per status request

    // One row of a comparison across campaigns and accounts: the rates a marketer compares, from each campaign's
    // latest report. A rate whose counters the provider does not report is nullopt ("not reported"), never 0.
    struct Comparison
    {
        qint64 campaignId = 0;
        QString campaign;
        QString account;
        QString provider; // display name
        Channel channel = Channel::Sms;
        qint64 sent = 0;
        std::optional<double> delivery;    // delivered / sent
        std::optional<double> open;        // unique opens / delivered
        std::optional<double> click;       // unique clicks / delivered
        std::optional<double> bounce;      // bounced / sent
        std::optional<double> unsubscribe; // unsubscribed / delivered
        std::optional<double> costPerDelivered;
        QString currency;
    };
    static QList<Comparison> compare(Workspace *workspace, const QList<qint64> &campaignIds);

    // Opens and clicks over time (by hour while most engagement happens, by day after), buckets without events
    // filled with zeros, and the links clicked (URL, clicks, people).
    struct Engagement
    {
        QList<QPair<QDateTime, qint64>> opens;
        QList<QPair<QDateTime, qint64>> clicks;
        QList<std::tuple<QString, qint64, qint64>> links;
        bool byDay = false;
    };
    // Read in the background: a campaign with a million events takes a moment.
    Background<Engagement> engagement(qint64 campaignId) const;

private:
    Workspace *m_workspace;
    AccountService *m_accounts;
    JobTracker *m_jobs;
    QHash<qint64, QPointer<Job>> m_automatic; // campaign → its automatic refresh in flight
};

} // namespace cm
