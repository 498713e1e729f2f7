#include "workspace.h"

#include "models/accountstore.h"
#include "models/campaignstore.h"
#include "models/groupstore.h"
#include "models/suppressionstore.h"
#include "models/templatestore.h"

namespace cm {

Workspace::Workspace(const QString &path, const Clock *clock, QObject *parent)
    : QObject(parent)
    , m_database(std::make_unique<Database>(path))
    , m_clock(clock)
    , m_registry(ProviderRegistry::withBuiltins(clock))
{ }

Workspace::~Workspace()
{
    // The stores use the database: they go first.
    delete m_accounts;
    delete m_groups;
    delete m_templates;
    delete m_campaigns;
    delete m_suppressions;
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
    return {};
}

} // namespace cm
