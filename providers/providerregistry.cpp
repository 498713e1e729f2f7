#include "providerregistry.h"

#include "deployments/deploymentsprovider.h"
#include "emailcampaigns/emailcampaignsprovider.h"
#include "freshmail/freshmailprovider.h"
#include "nrs360/nrs360provider.h"
#include "outbox/outboxprovider.h"
#include "sandbox/sandboxprovider.h"
#include "smtp/smtpinfo.h"
#ifdef CM_SMTP_BUILTIN
#include "smtp/smtpprovider.h"
#endif

namespace cm {

void ProviderRegistry::add(const ProviderInfo &info, Factory factory)
{
    m_entries.append({info, std::move(factory)});
}

QList<ProviderInfo> ProviderRegistry::providers() const
{
    QList<ProviderInfo> result;
    for (const Entry &e : m_entries)
        result.append(e.info);
    return result;
}

std::optional<ProviderInfo> ProviderRegistry::info(const QString &key) const
{
    for (const Entry &e : m_entries) {
        if (e.info.key == key)
            return e.info;
    }
    return std::nullopt;
}

QString ProviderRegistry::displayName(const QString &key) const
{
    const auto i = info(key);
    return i ? i->displayName : key;
}

QString ProviderRegistry::namesWith(CapabilityCheck can) const
{
    QStringList names;
    for (const Entry &e : m_entries) {
        if (can(e.info.can) && e.info.key != QLatin1String("sandbox")) // the simulator is no advice
            names.append(e.info.displayName);
    }
    return names.join(QStringLiteral(", "));
}

QStringList ProviderRegistry::keys() const
{
    QStringList result;
    for (const Entry &e : m_entries)
        result.append(e.info.key);
    return result;
}

Provider *ProviderRegistry::create(const Account &account, const QString &secret, ProviderSession *session,
                                   QObject *parent) const
{
    for (const Entry &e : m_entries) {
        if (e.info.key == account.provider)
            return e.factory(account, secret, ProviderContext(m_clock, session), parent);
    }
    return nullptr;
}

ProviderRegistry ProviderRegistry::withBuiltins(const Clock *clock)
{
    ProviderRegistry registry;
    registry.m_clock = clock;
    // One line a provider (providers/README.md).
    registry.add<SandboxProvider>();
    registry.add<OutboxProvider>();
    registry.add<DeploymentsProvider>();
    registry.add<Nrs360Provider>();
    registry.add<FreshMailProvider>();
    registry.add<EmailCampaignsProvider>();
#ifdef CM_SMTP_BUILTIN
    registry.add<SmtpProvider>();
#else
    registry.add(smtp::providerInfo(), smtp::create); // a module, loaded on first use (smtpinfo.cpp)
#endif
    return registry;
}

} // namespace cm
