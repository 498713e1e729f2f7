// Browsing a group of a million contacts in a real table view (offscreen): the first rows painted after the group
// is chosen, a jump to the last row, a search, a sort; and the export of the group against its import, all in one
// run on one workspace file. Goals: first rows ≤ 50 ms, last row ≤ 50 ms, search ≤ 200 ms, export ≤ 1× import.
//   QT_QPA_PLATFORM=offscreen bench_browse [ROWS]   (default 1,000,000)
#include "app/services/contactimport.h"
#include "app/services/workspace.h"
#include "benchdata.h"
#include "models/contactmodel.h"
#include "models/groupstore.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QHeaderView>
#include <QTableView>

#include <cstdio>

namespace {

using bench::ms;

// Paints the view now, as the event loop would on the next frame.
void paint(QTableView &view)
{
    view.viewport()->repaint();
}

bool waitLoaded(cm::ContactModel &model)
{
    while (model.isLoading())
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const qint64 rows = argc > 1 ? QByteArray(argv[1]).toLongLong() : 1000000;
    bench::ContactsWorkspace contacts(rows);
    if (!contacts.ok())
        return 1;
    cm::Workspace &workspace = contacts.workspace();
    const qint64 groupId = contacts.groupId();
    const double importSeconds = contacts.importSeconds();

    cm::ContactModel model(workspace.groups());
    QTableView view;
    view.setModel(&model);
    view.verticalHeader()->hide();
    view.horizontalHeader()->setSortIndicatorClearable(true);
    view.horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    view.setSortingEnabled(true);
    view.resize(1000, 700);
    view.show();
    QCoreApplication::processEvents();

    // Open: the group chosen, the first rows painted.
    const double heapBefore = bench::heapMegabytes();
    QElapsedTimer timer;
    timer.start();
    model.setGroup(groupId);
    paint(view);
    const double firstRows = ms(timer);
    const QString firstEmail = view.model()->index(0, 0).data().toString();
    timer.restart();
    waitLoaded(model);
    const double allKeys = ms(timer) + firstRows;
    const double openGroupMegabytes = bench::heapMegabytes() - heapBefore;

    // Jump to the end (Ctrl+End), the last rows painted.
    timer.restart();
    view.scrollToBottom();
    paint(view);
    const QString lastEmail = model.index(model.rowCount() - 1, 0).data().toString();
    const double lastRow = ms(timer);

    // Scroll through the middle: 20 jumps to places no page cache has seen.
    timer.restart();
    for (int i = 1; i <= 20; ++i) {
        view.scrollTo(model.index(int(qint64(model.rowCount()) * i / 21), 0), QAbstractItemView::PositionAtTop);
        paint(view);
    }
    const double jump = ms(timer) / 20;

    // A search typed in the field: the matching rows painted.
    timer.restart();
    model.setSearch(QStringLiteral("person99999"));
    waitLoaded(model);
    paint(view);
    const double searchNarrow = ms(timer);
    const int narrowMatches = model.rowCount();
    timer.restart();
    model.setSearch(QStringLiteral("łucja muñoz"));
    waitLoaded(model);
    paint(view);
    const double searchWide = ms(timer);
    const int wideMatches = model.rowCount();
    model.setSearch({});
    waitLoaded(model);

    // A click on the last-name column header.
    timer.restart();
    view.sortByColumn(cm::ContactModel::LastNameColumn, Qt::AscendingOrder);
    waitLoaded(model);
    paint(view);
    const double sort = ms(timer);

    // Export of the whole group.
    const std::atomic<bool> cancel {false};
    timer.restart();
    const cm::ExportReport exported = cm::ContactImportService::exportGroup(
            workspace.database(), groupId, contacts.filePath(QStringLiteral("out.csv")), {}, cancel,
            [](qint64, qint64) {});
    const double exportSeconds = double(timer.nsecsElapsed()) / 1e9;

    std::printf("group: %lld contacts (first %s, last %s)\n", static_cast<long long>(model.totalCount()),
                qPrintable(firstEmail), qPrintable(lastEmail));
    std::printf("first rows painted after opening: %8.1f ms  (goal <= 50 ms: %.2fx of it)\n", firstRows,
                firstRows / 50.0);
    std::printf("  every row's key in (worker thread): %8.1f ms\n", allKeys);
    std::printf("memory of the open group:           %8.1f MB  (goal <= 200 MB: %.2fx of it)\n", openGroupMegabytes,
                openGroupMegabytes / 200.0);
    std::printf("jump to the last row, painted:      %8.1f ms  (goal <= 50 ms: %.2fx of it)\n", lastRow,
                lastRow / 50.0);
    std::printf("jump into the middle, painted:      %8.1f ms  (average of 20)\n", jump);
    std::printf("search, %6d matches, painted:    %8.1f ms  (goal <= 200 ms: %.2fx of it)\n", narrowMatches,
                searchNarrow, searchNarrow / 200.0);
    std::printf("search, %6d matches, painted:    %8.1f ms  (goal <= 200 ms: %.2fx of it)\n", wideMatches, searchWide,
                searchWide / 200.0);
    std::printf("sort by last name, painted:         %8.1f ms  (no goal; off the GUI thread)\n", sort);
    std::printf("import: %.2f s; export: %.2f s (%lld contacts) = %.2fx the import (goal <= 1.00x)\n", importSeconds,
                exportSeconds, static_cast<long long>(exported.exported), exportSeconds / importSeconds);
    std::printf("peak memory: %.0f MB\n", bench::peakMegabytes());
    return 0;
}
