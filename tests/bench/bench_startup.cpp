// Start-up: from process start to the first painted main window on the demo workspace, against minimal Qt Widgets
// programs in the same run: one empty window, and one with a label over a table (the reference #25 names). Goal:
// ≤ 1.5× the window with a table, ≤ 80 MB RSS.
//
// Each run is timed from QProcess::start (so exec and dynamic loading count) to the child's "painted" line, which it
// prints after its first paint. The two programs alternate, after one warm-up each; medians are reported.
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

namespace {

struct Sample
{
    double wallMs = 0;
    double rssMb = 0;
};

Sample runOnce(const QString &program, const QStringList &args)
{
    QProcess process;
    QElapsedTimer timer;
    timer.start();
    process.start(program, args);
    QByteArray out;
    while (!out.contains("painted_ms=") && process.waitForReadyRead(30000))
        out += process.readAllStandardOutput();
    const double wall = double(timer.nsecsElapsed()) / 1e6;
    process.waitForFinished(30000);
    out += process.readAllStandardOutput();
    const qsizetype at = out.indexOf("rss_kb=");
    if (!out.contains("painted_ms=") || at < 0) {
        std::fprintf(stderr, "%s did not report its first paint: %s\n", qPrintable(program),
                     process.readAllStandardError().constData());
        std::exit(1);
    }
    const double rssKb = out.mid(at + 7).trimmed().split('\n').first().toDouble();
    return {wall, rssKb / 1024.0};
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(values.size() / 2);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int runs = argc > 1 ? std::max(3, atoi(argv[1])) : 11;
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("workspace.sqlite"));
    qputenv("HOME", dir.path().toLocal8Bit()); // settings and logs of the runs stay in the scratch folder
    qputenv("XDG_CONFIG_HOME", dir.filePath(QStringLiteral("config")).toLocal8Bit());
    qputenv("XDG_DATA_HOME", dir.filePath(QStringLiteral("data")).toLocal8Bit());
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");

    const QStringList appArgs {QStringLiteral("--db"), db, QStringLiteral("--pane"), QStringLiteral("campaigns"),
                               QStringLiteral("--quit-after-first-paint")};
    const QStringList minimalArgs {QStringLiteral("--quit-after-first-paint")};
    // Warm-up: the first app run also creates the demo workspace, which is not start-up.
    runOnce(QStringLiteral(CAMPAIGN_MANAGER), appArgs);
    runOnce(QStringLiteral(MINIMAL_WINDOW), minimalArgs);

    const QStringList textArgs {QStringLiteral("--quit-after-first-paint"), QStringLiteral("--with-text")};
    const QStringList tableArgs {QStringLiteral("--quit-after-first-paint"), QStringLiteral("--with-table")};
    QList<double> appMs, minimalMs, textMs, tableMs, appRss, minimalRss;
    for (int i = 0; i < runs; ++i) {
        const Sample a = runOnce(QStringLiteral(CAMPAIGN_MANAGER), appArgs);
        const Sample m = runOnce(QStringLiteral(MINIMAL_WINDOW), minimalArgs);
        const Sample t = runOnce(QStringLiteral(MINIMAL_WINDOW), textArgs);
        tableMs.append(runOnce(QStringLiteral(MINIMAL_WINDOW), tableArgs).wallMs);
        appMs.append(a.wallMs);
        appRss.append(a.rssMb);
        minimalMs.append(m.wallMs);
        minimalRss.append(m.rssMb);
        textMs.append(t.wallMs);
    }
    const double app_ = median(appMs);
    const double minimal = median(minimalMs);
    std::printf("platform: %s, runs: %d (medians)\n",
                qgetenv("QT_QPA_PLATFORM").isEmpty() ? "xcb" : qgetenv("QT_QPA_PLATFORM").constData(), runs);
    std::printf("minimal Qt Widgets window: %7.1f ms to first paint, %6.1f MB RSS\n", minimal, median(minimalRss));
    std::printf("minimal window + 1 label:  %7.1f ms to first paint (what any text costs: the font database)\n",
                median(textMs));
    std::printf("minimal window, label and table: %5.1f ms to first paint\n", median(tableMs));
    std::printf("Campaign Manager (demo):   %7.1f ms to first paint, %6.1f MB RSS\n", app_, median(appRss));
    std::printf("ratio: %.2fx the window with a table and a label (goal <= 1.50x), %.2fx the empty window; memory: "
                "%.1f MB (goal <= 80 MB)\n",
                app_ / median(tableMs), app_ / minimal, median(appRss));
    return 0;
}
