// Helpers the campaignctl sources share besides the Cli members of cli.h (which cliutil.cpp also defines: output, exit
// codes, the workspace and look-ups by name).
#pragma once

#include <QDateTime>
#include <QJsonValue>
#include <QStringList>

class QCommandLineParser;

namespace cm {

// Parses a subcommand's arguments (those after its name); `positional` is how many positional arguments it takes, or
// -1 for any number. False, with what to fix in `error`, when they do not fit.
bool parseArguments(QCommandLineParser &parser, const QStringList &args, int positional, QString *error);
QString jsonTime(const QDateTime &time); // ISO 8601 UTC; empty when invalid
QJsonValue jsonTimeOrNull(const QDateTime &time);
QString localTime(const QDateTime &utc); // in the user's zone and locale, short; empty when invalid
// --delimiter: one character, or "tab" / "\t". Leaves `delimiter` alone when the option is empty; false when the
// text is more than one character.
bool readDelimiter(const QString &text, QChar *delimiter);
// --at "YYYY-MM-DD HH:MM" in `zone` (empty: the system's): the time; or an invalid one, with what is wrong in
// `problem` (not such a time, no such zone, or not after `now`).
QDateTime scheduleTime(const QString &at, const QString &zone, const QDateTime &now, QString *problem);

} // namespace cm
