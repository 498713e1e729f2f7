#include "providerregistry.h"

#include "deployments/deploymentsprovider.h"
#include "emailcampaigns/emailcampaignsprovider.h"
#include "freshmail/freshmailprovider.h"
#include "nrs360/nrs360provider.h"
#include "outbox/outboxprovider.h"
#include "sandbox/sandboxprovider.h"

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

Provider *ProviderRegistry::create(const Account &account, const QString &secret, QObject *parent) const
{
    for (const Entry &e : m_entries) {
        if (e.info.key == account.provider)
            return e.factory(account, secret, parent);
    }
    return nullptr;
}

ProviderRegistry ProviderRegistry::withBuiltins(const Clock *clock)
{
    ProviderRegistry registry;
    registry.add(SandboxProvider::providerInfo(),
                 [clock](const Account &account, const QString &secret, QObject *parent) -> Provider * {
                     return new SandboxProvider(account, secret, clock, parent);
                 });
    registry.add(OutboxProvider::providerInfo(),
                 [clock](const Account &account, const QString &secret, QObject *parent) -> Provider * {
                     return new OutboxProvider(account, secret, clock, parent);
                 });
    registry.add(DeploymentsProvider::providerInfo(),
                 [clock](const Account &account, const QString &secret, QObject *parent) -> Provider * {
                     return new DeploymentsProvider(account, secret, clock, parent);
                 });
    registry.add(Nrs360Provider::providerInfo(),
                 [clock](const Account &account, const QString &secret, QObject *parent) -> Provider * {
                     return new Nrs360Provider(account, secret, clock, parent);
                 });
    registry.add(FreshMailProvider::providerInfo(),
                 [clock](const Account &account, const QString &secret, QObject *parent) -> Provider * {
                     return new FreshMailProvider(account, secret, clock, parent);
                 });
    registry.add(EmailCampaignsProvider::providerInfo(),
                 [clock](const Account &account, const QString &secret, QObject *parent) -> Provider * {
                     return new EmailCampaignsProvider(account, secret, clock, parent);
                 });
    return registry;
}

} // namespace cm
