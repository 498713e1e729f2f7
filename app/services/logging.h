// Logging: one category per file ("cm.<layer>.<file>"), and a message handler that redacts secrets and personal
// data (models/redaction.h) before anything is written.
#pragma once

#include <QString>
#include <QtGlobal>

namespace cm {
constexpr qint64 LogRotateBytes = 4 * 1024 * 1024;
// Installs the redacting handler; messages go to stderr and, when `logFile` is set, are appended to it (0600),
// which rotates to "<logFile>.1" past `rotateBytes`. Debug messages only with CM_DEBUG set.
void installLogging(const QString &logFile = {}, qint64 rotateBytes = LogRotateBytes);

} // namespace cm
