// What the GUI and the CLI set up alike before anything else: names, the redacting log, the language.
#pragma once

#include <QString>

class QCoreApplication;

namespace cm {

// Application and organisation names (they decide where the workspace and settings live).
void setApplicationNames();
// The workspace a start opens when none is given: the one chosen over the demo ("Start with my own accounts",
// remembered in the settings) when it exists, else the default. `chosen` (when given) says which it was.
QString defaultWorkspacePath(bool *chosen = nullptr);
// Forgets the chosen workspace (it could not be opened): the next start opens the default.
void forgetChosenWorkspace();
// The log file beside the default workspace.
QString defaultLogFile();
// The language: `requested` ("tr", …) if given, else the user's setting, else the system's.
QString setUpLanguage(QCoreApplication *app, const QString &requested);

} // namespace cm
