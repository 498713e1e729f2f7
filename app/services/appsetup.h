// What the GUI and the CLI set up alike before anything else: names, the redacting log, the language.
#pragma once

#include <QString>

class QCoreApplication;

namespace cm {

// Application and organisation names (they decide where the workspace and settings live).
void setApplicationNames();
// The log file beside the default workspace.
QString defaultLogFile();
// The language: `requested` ("tr", …) if given, else the user's setting, else the system's.
QString setUpLanguage(QCoreApplication *app, const QString &requested);

} // namespace cm
