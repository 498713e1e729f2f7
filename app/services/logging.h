// Logging: one category per file ("cm.<layer>.<file>"), and a message handler that redacts secrets and personal
// data (models/redaction.h) before anything is written.
#pragma once

#include <QString>

namespace cm {
// Installs the redacting handler; messages go to stderr and, when `logFile` is set, are appended to it.
void installLogging(const QString &logFile = {});

} // namespace cm
