// The GUI's composition root: it opens the workspace, creates the services and hands them to the main window.
#include "app/services/accountservice.h"
#include "app/services/appsetup.h"
#include "app/services/contactimport.h"
#include "app/services/contactservice.h"
#include "app/services/demoworkspace.h"
#include "app/services/dispatcher.h"
#include "app/services/experiments.h"
#include "app/services/groupsync.h"
#include "app/services/job.h"
#include "app/services/logging.h"
#include "app/services/reportservice.h"
#include "app/services/scheduler.h"
#include "app/services/secretstore.h"
#include "app/services/seriesservice.h"
#include "app/services/workspace.h"
#include "models/clock.h"
#include "ui/appearance.h"
#include "ui/firstpaintprobe.h"
#include "ui/mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFontDatabase>
#include <QFuture>
#include <QMessageBox>
#include <QScopeGuard>
#include <QSettings>
#include <QTimer>
#include <QtConcurrentRun>

#include <cstdio>

namespace {

int fail(bool headless, const QString &message)
{
    std::fprintf(stderr, "%s\n", qPrintable(message));
    if (!headless)
        QMessageBox::critical(nullptr, QCoreApplication::translate("main", "Campaign Manager"), message);
    return 1;
}

// Whether the command line asks for the usage or the version (before a "--"): those are answered without a display.
bool asksForHelpOrVersion(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray argument(argv[i]);
        if (argument == "--")
            return false;
        if (argument == "--help" || argument == "-h" || argument == "-?" || argument == "--help-all"
            || argument == "--version" || argument == "-v")
            return true;
    }
    return false;
}

} // namespace

int main(int argc, char *argv[])
{
    QElapsedTimer sinceStart;
    sinceStart.start();
    cm::setApplicationNames();
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("main", "SMS and email campaigns."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(QStringLiteral("db"),
                                      QCoreApplication::translate("main", "The workspace database to open."),
                                      QStringLiteral("PATH"));
    const QCommandLineOption noDemoOption(QStringLiteral("no-demo"),
                                          QCoreApplication::translate("main", "Start a new workspace empty."));
    const QCommandLineOption screenshotOption(
            QStringLiteral("screenshot"),
            QCoreApplication::translate("main", "Save the window as a PNG once it is shown, then quit."),
            QStringLiteral("FILE"));
    const QCommandLineOption paneOption(
            QStringLiteral("pane"),
            QCoreApplication::translate(
                    "main", "Open on this pane: overview, accounts, groups, templates, campaigns, reports."),
            QStringLiteral("NAME"));
    const QCommandLineOption langOption(QStringLiteral("lang"),
                                        QCoreApplication::translate("main", "Language (en, tr, es, pl)."),
                                        QStringLiteral("CODE"));
    const QCommandLineOption probeOption(
            QStringLiteral("quit-after-first-paint"),
            QCoreApplication::translate("main", "Benchmarks: quit after the first paint."));
    const QCommandLineOption appearanceOption(QStringLiteral("appearance"),
                                              QCoreApplication::translate("main", "Appearance: light, dark or system."),
                                              QStringLiteral("MODE"));
    parser.addOptions(
            {dbOption, noDemoOption, screenshotOption, paneOption, langOption, probeOption, appearanceOption});
    // --help and --version work without a display: a core application answers them, and the process ends, before
    // anything of the window system is touched. (An option's value that only looks like one, as in "--db --help",
    // gets past this and is read as that value below.)
    if (asksForHelpOrVersion(argc, argv)) {
        QCoreApplication core(argc, argv);
        parser.process(core); // prints the usage or the version and exits with 0
    }

    QApplication app(argc, argv);
    // Loading the font database (fontconfig) is the largest single cost of start-up; let the second core do it while
    // this thread opens the workspace. QFontDatabase is thread-safe.
    QFuture<void> fonts = QtConcurrent::run([] { QFontDatabase::families(); });
    const auto waitForFonts = qScopeGuard([&fonts] { fonts.waitForFinished(); }); // before the app goes, on any return
    parser.process(app);

    const bool headless = parser.isSet(screenshotOption) || parser.isSet(probeOption)
            || QGuiApplication::platformName() == QLatin1String("offscreen");
    cm::installLogging(cm::defaultLogFile());
    cm::setUpLanguage(&app, parser.value(langOption));
    cm::applyAppearance(parser.isSet(appearanceOption) ? parser.value(appearanceOption)
                                                       : QSettings().value(QStringLiteral("appearance")).toString());

    const QString paneKey = parser.value(paneOption);
    if (!paneKey.isEmpty() && !cm::MainWindow::paneKeys().contains(paneKey)) {
        std::fprintf(stderr, "%s\n",
                     qPrintable(QCoreApplication::translate("main", "Unknown pane “%1”: use one of %2.")
                                        .arg(paneKey, cm::MainWindow::paneKeys().join(QStringLiteral(", ")))));
        return 2; // bad usage
    }

    const std::unique_ptr<cm::Clock> clock = cm::Clock::fromEnvironment();
    // The workspace chosen over the demo ("Start with my own accounts"), unless one is given; one that no longer
    // opens is forgotten, and the default opens instead, so nobody is stuck.
    bool ownWorkspace = false;
    QString path = parser.isSet(dbOption) ? parser.value(dbOption) : cm::defaultWorkspacePath(&ownWorkspace);
    if (ownWorkspace) {
        cm::Workspace probe(path, clock.get());
        if (const cm::DatabaseError error = probe.open()) {
            qWarning().noquote() << "The workspace" << path << "cannot be opened (" << error.message
                                 << "); opening the default one.";
            cm::forgetChosenWorkspace();
            ownWorkspace = false;
            path = cm::Database::defaultPath();
        }
    }
    cm::Workspace workspace(path, clock.get());
    if (const cm::DatabaseError error = workspace.open())
        return fail(headless, error.message);
    if (workspace.wasCreated() && !parser.isSet(noDemoOption) && !ownWorkspace) {
        if (const cm::DatabaseError error = cm::DemoWorkspace::populate(workspace))
            return fail(headless, error.message);
    }

    cm::KeychainSecretStore keychain(QStringLiteral("org.campaignmanager.CampaignManager"));
    cm::FallbackSecretStore secrets(&keychain);
    cm::JobTracker jobs;
    cm::AccountService accounts(&workspace, &secrets, &jobs, false);
    cm::ReportService reports(&workspace, &accounts, &jobs);
    cm::GroupSyncService groupSync(&workspace, &accounts, &jobs);
    cm::ContactImportService contactImport(&workspace, &jobs);
    cm::ContactService contacts(&workspace);
    cm::Dispatcher dispatcher(&workspace, &accounts, &jobs);
    cm::SeriesService series(&workspace, &dispatcher, &reports, &jobs);
    cm::ExperimentService experiments(&workspace, &dispatcher, &reports, &jobs);
    cm::Scheduler scheduler(&workspace, &dispatcher, &series, &experiments);

    cm::MainWindow window({&workspace, &accounts, &reports, &jobs, &groupSync, &contactImport, &dispatcher, &contacts,
                           &series, &experiments});
    QObject::connect(&secrets, &cm::FallbackSecretStore::keychainUnavailable, &window, &cm::MainWindow::showWarning);
    QSettings settings;
    window.resize(1280, 800);
    window.showPane(paneKey.isEmpty() ? settings.value(QStringLiteral("pane"), QStringLiteral("overview")).toString()
                                      : paneKey);
    window.show();

    if (parser.isSet(probeOption))
        new cm::FirstPaintProbe(&window, sinceStart);
    else if (!parser.isSet(screenshotOption)) {
        scheduler.start();          // scheduled campaigns and sends paused by quiet hours go out while the app is open
        reports.startAutoRefresh(); // and the reports of campaigns still moving keep up by themselves
    }
    if (parser.isSet(screenshotOption)) {
        const QString file = parser.value(screenshotOption);
        QTimer::singleShot(600, &window, [&window, file] {
            if (!window.grab().save(file, "PNG")) {
                std::fprintf(stderr, "%s\n",
                             qPrintable(QCoreApplication::translate("main", "Could not save the screenshot to “%1”.")
                                                .arg(file)));
                QCoreApplication::exit(1);
                return;
            }
            QCoreApplication::quit();
        });
    }
    const int code = app.exec();
    // Closing in order: the running jobs stop (a send writes what it knows), the background reads end, and only
    // then do the services and the workspace go away.
    jobs.cancelAllAndWait();
    workspace.waitForBackgroundWork();
    if (!parser.isSet(screenshotOption) && !parser.isSet(probeOption))
        settings.setValue(QStringLiteral("pane"), window.currentPaneKey());
    return code;
}
