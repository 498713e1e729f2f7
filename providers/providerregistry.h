// Which providers this build knows, and the adapter for an account.
#pragma once

#include "providersession.h"
#include "providertypes.h"

#include <QObject>

#include <functional>
#include <optional>

namespace cm {

class Clock;
class Provider;

class ProviderRegistry
{
public:
    using Factory = std::function<Provider *(const Account &account, const QString &secret,
                                             const ProviderContext &context, QObject *parent)>;

    void add(const ProviderInfo &info, Factory factory);
    // An adapter class with a static providerInfo() and the constructor (account, secret, context, parent).
    template<typename Adapter> void add()
    {
        add(Adapter::providerInfo(),
            [](const Account &account, const QString &secret, const ProviderContext &context,
               QObject *parent) -> Provider * { return new Adapter(account, secret, context, parent); });
    }
    QList<ProviderInfo> providers() const;
    std::optional<ProviderInfo> info(const QString &key) const;
    QString displayName(const QString &key) const; // the key itself for an unknown provider
    // The names of the providers that can do something, joined for a hint ("… 360NRS accounts do"); what every
    // list and hint of the UI and the CLI names, so a new provider shows up in them by itself.
    QString namesWith(CapabilityCheck can) const;
    QStringList keys() const;
    // nullptr for an unknown provider key. `session`: the account's (ProviderSessions); none: the adapter's own.
    Provider *create(const Account &account, const QString &secret, ProviderSession *session = nullptr,
                     QObject *parent = nullptr) const;

    // The registry with every adapter of this build; `clock` outlives the registry.
    static ProviderRegistry withBuiltins(const Clock *clock);

private:
    struct Entry
    {
        ProviderInfo info;
        Factory factory;
    };
    QList<Entry> m_entries;
    const Clock *m_clock = nullptr;
};

} // namespace cm
