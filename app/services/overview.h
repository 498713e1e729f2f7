// The marketer's home: the accounts and their health, what is scheduled in the next days, the recent campaigns with
// their key rates, and what needs attention. Read in the background from the stores, with the last connection test of
// each account and the failed refreshes that AccountService and ReportService keep in the workspace; whether each
// secret can be read is asked of the keychain once a session.
#pragma once

#include "models/background.h"
#include "models/types.h"
#include "secretstore.h"

#include <QDateTime>
#include <QHash>
#include <QObject>

#include <functional>

#include <optional>

namespace cm {

class Workspace;
class AccountService;

struct Overview
{
    struct AccountHealth
    {
        qint64 id = 0;
        QString name;
        QString provider; // display name
        bool hasSecret = false;
        bool tested = false; // ever, from this computer or another
        bool testOk = false;
        QString testMessage;
        QDateTime testedAt;
        std::optional<double> balance;
        QString currency;
        bool rateLimited = false; // the last test, or a refresh not yet repeated, was turned away for its rate limit
    };
    struct Scheduled
    {
        qint64 id = 0;
        QString name;
        QString account;
        Channel channel = Channel::Sms;
        QDateTime at; // UTC
    };
    struct Recent
    {
        qint64 id = 0;
        QString name;
        Channel channel = Channel::Sms;
        CampaignState state = CampaignState::Sent;
        QDateTime at;      // UTC: finished, or started
        bool read = false; // the report was read (the rates below); false in OverviewService::current()
        qint64 sent = 0;
        std::optional<double> delivered; // rates, as in ReportService::compare; nullopt: not reported
        std::optional<double> opened;
        std::optional<double> clicked;
    };
    enum class AttentionKind { UnknownRecipients, FailedRefresh, SecretMissing, KeychainLocked, SecretUnreadable };
    struct Attention
    {
        AttentionKind kind = AttentionKind::UnknownRecipients;
        QString text;    // translated
        QString paneKey; // where it is handled: "campaigns", "reports", "accounts", "series"
        qint64 id = 0;   // the item to select there
    };

    QList<AccountHealth> accounts;
    QList<Scheduled> scheduled; // soonest first
    QList<Recent> recent;       // newest first
    QList<Attention> attention;
};

class OverviewService : public QObject
{
    Q_OBJECT
public:
    OverviewService(Workspace *workspace, AccountService *accounts, QObject *parent = nullptr);

    static constexpr int ScheduledDays = 7;
    static constexpr int RecentCount = 5;

    // The lists alone (accounts, campaigns), read at once as every pane reads its list: no rates, no unknown
    // recipients (those need the campaigns' recipients and reports).
    Overview current() const;
    // Everything, read in the background, with whether each account's secret can be read. The
    // continuation runs on `context`'s thread. Secrets are checked once per account and session.
    void load(QObject *context, std::function<void(const Overview &)> done);

    // A workspace made by DemoWorkspace (its Sandbox account, added by the demo rather than by the user).
    static bool isDemo(Workspace *workspace);

signals:
    // Something the overview shows changed: the workspace's accounts or campaigns, a test or a refresh ended, or a
    // secret could not be read.
    void changed();

private:
    struct SecretCheck
    {
        std::optional<SecretStore::Status> status; // nullopt: being read
        QString problem;                           // what to do, when it cannot be read
    };

    void checkSecrets();
    void addSecretState(Overview &overview) const;

    Workspace *m_workspace;
    AccountService *m_accounts;
    QHash<qint64, SecretCheck> m_secrets; // account → whether its secret could be read, once a session
};

} // namespace cm
