// The SMTP adapter as the registry knows it without loading it (smtpinfo.cpp).
#pragma once

#include "providers/providertypes.h"

#include <QObject>

namespace cm {
class Provider;
struct ProviderContext;
} // namespace cm

namespace cm::smtp {

ProviderInfo providerInfo();
// The adapter for an SMTP account, from the module (loaded the first time); nullptr when it cannot be loaded.
Provider *create(const Account &account, const QString &secret, const ProviderContext &context, QObject *parent);

} // namespace cm::smtp
