#include "workspace.h"

#include "models/accountstore.h"
#include "models/campaignstore.h"
#include "models/experiment.h"
#include "models/groupstore.h"
#include "models/importstore.h"
#include "models/segmentstore.h"
#include "models/seriesstore.h"
#include "models/settingsstore.h"
#include "models/suppressionstore.h"
#include "models/templatestore.h"
#include "providers/provider.h"
#include "providers/providersession.h"

#include <QLoggingCategory>

namespace cm {

Q_LOGGING_CATEGORY(lcWorkspace, "cm.app.workspace")

Workspace::Workspace(const QString &path, const Clock *clock, QObject *parent)
    : QObject(parent)
    , m_database(std::make_unique<Database>(path, clock))
    , m_clock(clock)
    , m_registry(ProviderRegistry::withBuiltins(clock))
    , m_sessions(new ProviderSessions(this))
{ }

Provider *Workspace::createProvider(const Account &account, const QString &secret, QObject *parent) const
{
    return m_registry.create(account, secret, m_sessions->forAccount(account.id), parent);
}

ProviderSession *Workspace::providerSession(qint64 accountId) const
{
    return m_sessions->forAccount(accountId);
}

void Workspace::forgetProviderSession(qint64 accountId)
{
    m_sessions->forget(accountId);
}

Workspace::~Workspace()
{
    waitForBackgroundWork();
    // The stores use the database: they go first.
    delete m_accounts;
    delete m_groups;
    delete m_templates;
    delete m_campaigns;
    delete m_suppressions;
    delete m_segments;
    delete m_series;
    delete m_experiments;
    delete m_settings;
}

void Workspace::track(const QFuture<void> &future)
{
    const QMutexLocker lock(&m_backgroundMutex);
    m_background.removeIf([](const QFuture<void> &f) { return f.isFinished(); });
    m_background.append(future);
}

void Workspace::waitForBackgroundWork()
{
    for (;;) {
        QList<QFuture<void>> running;
        {
            const QMutexLocker lock(&m_backgroundMutex);
            running.swap(m_background);
        }
        if (running.isEmpty())
            return;
        for (QFuture<void> &future : running)
            future.waitForFinished();
    }
}

QString Workspace::phoneRegion() const
{
    return m_settings ? m_settings->phoneRegion() : QStringLiteral("TR");
}

QString Workspace::setPhoneRegion(const QString &region)
{
    return m_settings->setPhoneRegion(region) ? QString() : m_settings->lastError().message;
}

DatabaseError Workspace::open()
{
    if (DatabaseError error = m_database->open())
        return error;
    m_accounts = new AccountStore(m_database.get());
    m_groups = new GroupStore(m_database.get());
    m_templates = new TemplateStore(m_database.get());
    m_campaigns = new CampaignStore(m_database.get());
    m_suppressions = new SuppressionStore(m_database.get());
    m_segments = new SegmentStore(m_database.get());
    m_series = new SeriesStore(m_database.get());
    m_experiments = new ExperimentStore(m_database.get());
    m_settings = new SettingsStore(m_database.get());
    // Half an import a killed process left behind is taken back, so a group never keeps part of a file.
    if (const int reverted = ImportStore(m_database.get()).revertInterrupted(); reverted > 0)
        qCWarning(lcWorkspace) << reverted << "interrupted import(s) reverted";
    return {};
}

} // namespace cm
