// One open workspace: the database, its stores, the provider registry and the clock. The GUI's and the CLI's
// composition roots create one and pass it (or its parts) to everything else.
#pragma once

#include "models/database.h"
#include "providers/providerregistry.h"

#include <QObject>

#include <memory>

namespace cm {

class AccountStore;
class GroupStore;
class TemplateStore;
class CampaignStore;
class SuppressionStore;
class Clock;

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
    const ProviderRegistry &providers() const { return m_registry; }
    const Clock *clock() const { return m_clock; }

private:
    std::unique_ptr<Database> m_database;
    const Clock *m_clock;
    ProviderRegistry m_registry;
    AccountStore *m_accounts = nullptr;
    GroupStore *m_groups = nullptr;
    TemplateStore *m_templates = nullptr;
    CampaignStore *m_campaigns = nullptr;
    SuppressionStore *m_suppressions = nullptr;
};

} // namespace cm
