// One open workspace: the database, its stores, the provider registry and the clock. The GUI's and the CLI's
// composition roots create one and pass it (or its parts) to everything else.
#pragma once

#include "models/background.h"
#include "models/database.h"
#include "providers/providerregistry.h"

#include <QMutex>
#include <QObject>

#include <memory>

namespace cm {

class AccountStore;
class GroupStore;
class TemplateStore;
class CampaignStore;
class SuppressionStore;
class SettingsStore;
class SegmentStore;
class SeriesStore;
class ExperimentStore;
class Clock;
class Provider;
class ProviderSessions;

class Workspace : public QObject
{
    Q_OBJECT
public:
    Workspace(const QString &path, const Clock *clock, QObject *parent = nullptr);
    ~Workspace() override;

    DatabaseError open();
    bool wasCreated() const { return m_database->wasCreated(); }

    Database *database() const { return m_database.get(); }
    AccountStore *accounts() const { return m_accounts; }
    GroupStore *groups() const { return m_groups; }
    TemplateStore *templates() const { return m_templates; }
    CampaignStore *campaigns() const { return m_campaigns; }
    SuppressionStore *suppressions() const { return m_suppressions; }
    SettingsStore *settings() const { return m_settings; }
    SegmentStore *segments() const { return m_segments; }
    SeriesStore *series() const { return m_series; }
    ExperimentStore *experiments() const { return m_experiments; }
    // The region assumed for phone numbers written without a country code (a workspace setting).
    QString phoneRegion() const;
    // Sets it; a translated sentence saying what to fix, or empty.
    QString setPhoneRegion(const QString &region);
    const ProviderRegistry &providers() const { return m_registry; }
    // The adapter for an account, on the account's provider session (one network and request pace per account for
    // the whole process); nullptr for an unknown provider. `parent` owns it (usually the operation's job).
    Provider *createProvider(const Account &account, const QString &secret, QObject *parent) const;
    // An account was removed: its session goes.
    void forgetProviderSession(qint64 accountId);
    // The account's session, for the secrets AccountService reads beside the account's own (ProviderSession::secret).
    ProviderSession *providerSession(qint64 accountId) const;
    const Clock *clock() const { return m_clock; }

    // Runs database work on a pool thread with its own connection (released when the work ends), and keeps it
    // tracked so that the workspace never goes away under it: closing waits for whatever is still running.
    template<typename Work> auto inBackground(Work work) -> Background<decltype(work())>
    {
        auto future = cm::inBackground(m_database.get(), std::move(work));
        track(QFuture<void>(future));
        return Background<decltype(work())>(future);
    }
    // Waits for the background work started through inBackground(); the destructor does it too.
    void waitForBackgroundWork();

private:
    void track(const QFuture<void> &future);

    std::unique_ptr<Database> m_database;
    QMutex m_backgroundMutex;
    QList<QFuture<void>> m_background;
    const Clock *m_clock;
    ProviderRegistry m_registry;
    ProviderSessions *m_sessions;
    AccountStore *m_accounts = nullptr;
    GroupStore *m_groups = nullptr;
    TemplateStore *m_templates = nullptr;
    CampaignStore *m_campaigns = nullptr;
    SuppressionStore *m_suppressions = nullptr;
    SettingsStore *m_settings = nullptr;
    SegmentStore *m_segments = nullptr;
    SeriesStore *m_series = nullptr;
    ExperimentStore *m_experiments = nullptr;
};

} // namespace cm
