#include "app/services/appsetup.h"
#include "app/services/logging.h"
#include "cli.h"

#include <QCoreApplication>
#include <QTimer>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    cm::setApplicationNames();
    cm::installLogging(); // stderr only, redacted; the CLI's own messages are separate lines on stderr
    cm::Cli cli;
    QStringList arguments = QCoreApplication::arguments();
    arguments.removeFirst();
    QTimer::singleShot(0, &cli, [&cli, arguments] { cli.run(arguments); });
    return app.exec();
}
