// Logging: one category per file ("cm.<layer>.<file>"), and a message handler that redacts secrets and personal
// data (keys, tokens, signatures, passwords, email addresses, phone numbers) before anything is written.
#pragma once

#include <QString>

namespace cm {

QString redact(const QString &message);
// Installs the redacting handler; messages go to stderr and, when `logFile` is set, are appended to it.
void installLogging(const QString &logFile = {});

} // namespace cm
