// Helpers the campaignctl sources share.
#pragma once

#include <QDateTime>
#include <QJsonValue>
#include <QStringList>

class QCommandLineParser;

namespace cm {

// Parses a subcommand's arguments; `positional` is how many positional arguments it takes.
bool parseArguments(QCommandLineParser &parser, const QStringList &args, int positional, QString *error);
QString jsonTime(const QDateTime &time); // ISO 8601 UTC; empty when invalid
QJsonValue jsonTimeOrNull(const QDateTime &time);

} // namespace cm
