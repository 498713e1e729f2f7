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
// The adapter for an SMTP account, from the module (loaded the first time); when the module cannot be loaded, a
// stand-in whose every operation fails with the reason.
Provider *create(const Account &account, const QString &secret, const ProviderContext &context, QObject *parent);

} // namespace cm::smtp
