// Removes secrets and personal data from text before it is logged: credential values (any field named …key,
// …token, …secret, …password, …sign, Authorization), email addresses (the domain stays) and phone numbers (the last
// two digits stay).
#pragma once

#include <QString>

namespace cm {

QString redact(const QString &message);

} // namespace cm
