// Sends campaigns: snapshots the recipients with their personalised content, then hands them to the provider a
// batch at a time, writing each batch's state before and after its request (DispatchStore). A crash or kill leaves
// what was in flight marked unknown at the next send, never sent again blindly; the rest continues where it stopped.
//
// dispatcher.cpp starts and resumes sends (a DispatchRun runs each), dispatchsnapshot.cpp works out the recipients,
// presendcheck.cpp has the pre-send check and test sends, heldsends.cpp the sends a provider holds until their time.
#pragma once

#include "models/types.h"

#include <QHash>
#include <QMap>
#include <QObject>
#include <QPointer>

#include <functional>

namespace cm {

// What a send would do, for the user to confirm with the numbers in front of them.
struct PreSendCheck
{
    Channel channel = Channel::Sms;
    qint64 recipients = 0;
    qint64 excluded = 0;           // no address for the channel, suppressed, or the same address twice
    qint64 parts = 0;              // SMS parts in all (what it costs)
    bool countsParts = true;       // false: not SMS (a call, WhatsApp), counted by recipient
    QStringList fields;            // the fields the template uses without a default
    QMap<QString, qint64> missing; // of those, how many contacts of the groups have no value for each
    std::optional<double> cost;    // estimated, from the account's prices; nullopt when it has none
    QString currency;
    QString account;                 // its name
    int batchSize = 0;               // recipients per request, the provider's limit
    qint64 requests = 0;             // how many requests the send makes
    QStringList warnings;            // what may go wrong (a sender networks cut, …)
    QStringList notes;               // what is worth knowing, not wrong ("14 of 20 contacts need 2 parts…")
    std::optional<double> spamScore; // the provider's spam test (SpamCheck), when it ran
    QStringList spamTests;           // the rules it matched
    QStringList blockers;            // what will fail: nothing is sent until it is fixed
    // A send at each recipient's local time: per zone id, how many and when theirs goes (UTC), soonest first.
    struct ZoneRelease
    {
        QByteArray zone;
        qint64 recipients = 0;
        QDateTime at;
    };
    QList<ZoneRelease> zones;
    QString summary() const; // translated, a few sentences
};

// A send at each recipient's local time, worked out with its recipients (Dispatcher::prepare): when each one's
// message goes, and per zone how many and when.
struct LocalTimePlan
{
    QList<QDateTime> releases; // one per recipient, in the recipients' order (prepare() orders them by it), UTC
    QMap<QByteArray, QPair<qint64, QDateTime>> byZone;
};

class AccountService;
struct ProviderInfo;
class CompiledTemplate;
class Job;
class JobTracker;
class Workspace;

class Dispatcher : public QObject
{
    Q_OBJECT
public:
    Dispatcher(Workspace *workspace, AccountService *accounts, JobTracker *jobs, QObject *parent = nullptr);

    // The recipients a send would reach now: the group's contacts with an address on the channel, without the
    // suppression list and without the same address twice, each with the template rendered for them (for email,
    // the content is {"subject", "body"} as JSON). `excluded` counts those left out.
    // With `sameForAll` (a provider that sends whole campaigns) the template is rendered once, with defaults only.
    // `problem`: set when a segment of the audience could not be evaluated (nobody is then the wrong answer).
    // With `localTime`, for a campaign sent at each recipient's local time: each one's zone and release, worked out
    // as the contacts are read, and the recipients ordered by release.
    static QList<Recipient> prepare(Workspace *workspace, const Campaign &campaign, const Template &tmpl,
                                    qint64 *excluded = nullptr, bool sameForAll = false, QString *problem = nullptr,
                                    LocalTimePlan *localTime = nullptr);
    // Who a send of `campaign` reaches, the rule prepare() and the cost estimate share: each contact of its groups
    // (5,000 at a time) with an address for the channel, not on the suppression list for it, not in an excluded
    // group, each address once. Returns how many contacts were left out.
    static qint64 forEachReached(Workspace *workspace, const Campaign &campaign,
                                 const std::function<void(const Contact &, const QString &address)> &visit,
                                 QString *problem = nullptr);
    // The pre-send check's lines for a send at local time (the zones, how many in each and when), filling `zones`.
    static QStringList localTimeLines(const Campaign &campaign, const LocalTimePlan &plan,
                                      QList<PreSendCheck::ZoneRelease> &zones);
    // The campaign's template as it sends it: with the campaign's own subject (an A/B variant's) for email.
    static std::optional<Template> templateFor(Workspace *workspace, const Campaign &campaign);
    // The first recipient whose text the provider cannot send on the campaign's channel with its options (longer
    // than the channel's limit, ProviderInfo::contentProblem), said with their address; empty when all can go.
    static QString contentProblem(const ProviderInfo &info, const Campaign &campaign,
                                  const QList<Recipient> &recipients);

    // Sends the campaign, or resumes its send. Progress counts recipients; Cancel stops after the batch in flight
    // (sending again continues). Outside the campaign's sending window the send pauses (the job's "resume_at"
    // property says until when; the Scheduler continues it). The job's message says how many were accepted,
    // failed and unknown. The recipients come from the included groups, less the excluded groups' addresses.
    Job *send(qint64 campaignId);
    // Hands a scheduled campaign to its provider now, to be sent at its time even if this app is closed then (only
    // for a provider that holds scheduled sends, ProviderCapabilities::Scheduling). The campaign stays scheduled,
    // with its recipients accepted; the scheduler marks it sent once the time has passed.
    Job *handOver(qint64 campaignId);
    // A send the provider holds: moved to another time, or cancelled (its recipients fail as cancelled), there first.
    Job *rescheduleHeld(qint64 campaignId, const QDateTime &utc);
    // Whether scheduling this campaign hands it to its provider: the provider holds scheduled sends, the account
    // does not say otherwise ("schedule_at_provider": false) and the campaign has no quiet hours, or the provider
    // keeps them on its channel (360NRS's availableTimes for SMS).
    bool handsOver(const Campaign &campaign) const;
    // The campaign's sending window as times of day in UTC, at the zone's offset on `at` (two when it wraps).
    static QList<QPair<QTime, QTime>> windowsUtc(const Campaign &campaign, const QDateTime &at);
    Job *cancelHeld(qint64 campaignId);
    // A test send: the campaign's template, personalised for the first contact of its group, to these addresses
    // or numbers, marked as a test where the provider has one (Outbox simulates it). Nothing is recorded as sent.
    Job *testSend(qint64 campaignId, const QStringList &addresses);
    // Why the account's provider takes no test sends (translated), or empty when it does.
    static QString testSendProblem(Workspace *workspace, const Account &account);
    // Why a send the provider holds cannot be moved (`cancel` false) or cancelled there, or empty when it can.
    QString heldChangeProblem(const Campaign &campaign, bool cancel) const;
    // The pre-send check, on a worker thread; the job's "check" property holds the PreSendCheck.
    Job *check(qint64 campaignId);
    bool isSending(qint64 campaignId) const; // a send of it runs in this process
    // Puts the failed recipients into new batches; send() then sends them. Returns how many, or -1.
    qint64 retryFailed(qint64 campaignId);
    // The user checked with the provider what happened to the unknown recipients: sent (accepted), or not (failed,
    // and so retryable). Returns how many changed, or -1 with `error` (translated).
    qint64 resolveUnknown(qint64 campaignId, bool sent, QString *error = nullptr);

    // The unknown recipients looked up at the provider by the key each was sent with (Reporting::findsSent):
    // those it has become accepted, the rest stay unknown. The job's "found" property says how many it had.
    Job *reconcile(qint64 campaignId);
    // Why the campaign's provider cannot be asked (translated), or empty when it can.
    static QString reconcileProblem(Workspace *workspace, const Campaign &campaign);

private:
    static Job *failLater(Job *job, const QString &problem); // finishes the job as failed, and returns it
    Job *startSend(qint64 campaignId, bool handOver);
    Job *changeHeld(qint64 campaignId, const QDateTime &utc); // invalid: cancel
    static Recipient recipientFor(const Campaign &campaign, const CompiledTemplate &tmpl, const Contact &contact,
                                  const QString &address);

    Workspace *m_workspace;
    AccountService *m_accounts;
    JobTracker *m_jobs;
    QHash<qint64, QPointer<Job>> m_running;
};

} // namespace cm

Q_DECLARE_METATYPE(cm::PreSendCheck)
