// Which providers this build knows, and the adapter for an account.
#pragma once

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
    using Factory = std::function<Provider *(const Account &account, const QString &secret, QObject *parent)>;

    void add(const ProviderInfo &info, Factory factory);
    QList<ProviderInfo> providers() const;
    std::optional<ProviderInfo> info(const QString &key) const;
    QString displayName(const QString &key) const; // the key itself for an unknown provider
    // nullptr for an unknown provider key.
    Provider *create(const Account &account, const QString &secret, QObject *parent = nullptr) const;

    // The registry with every adapter of this build; `clock` outlives the registry.
    static ProviderRegistry withBuiltins(const Clock *clock);

private:
    struct Entry
    {
        ProviderInfo info;
        Factory factory;
    };
    QList<Entry> m_entries;
};

} // namespace cm
