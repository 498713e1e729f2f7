// The start-up reference: one empty 1280×800 window, quitting after its first paint. With --with-text it shows one
// line of text (what any window with text pays: the font database); with --with-table, a label over a table of 20
// rows and 5 columns, the least a window like the app's shows (#25's reference).
#include "ui/firstpaintprobe.h"

#include <QApplication>
#include <QLabel>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>
#include <QWidget>

int main(int argc, char *argv[])
{
    QElapsedTimer sinceStart;
    sinceStart.start();
    QApplication app(argc, argv);
    QWidget window;
    window.setWindowTitle(QStringLiteral("Minimal"));
    window.resize(1280, 800);
    if (app.arguments().contains(QStringLiteral("--with-text")))
        (new QVBoxLayout(&window))->addWidget(new QLabel(QStringLiteral("Campaign Manager"), &window));
    if (app.arguments().contains(QStringLiteral("--with-table"))) {
        auto *layout = new QVBoxLayout(&window);
        layout->addWidget(new QLabel(QStringLiteral("Campaigns"), &window));
        auto *model = new QStandardItemModel(20, 5, &window);
        for (int row = 0; row < 20; ++row) {
            for (int column = 0; column < 5; ++column)
                model->setItem(row, column, new QStandardItem(QStringLiteral("Cell %1.%2").arg(row).arg(column)));
        }
        auto *table = new QTableView(&window);
        table->setModel(model);
        layout->addWidget(table);
    }
    window.show();
    new cm::FirstPaintProbe(&window, sinceStart);
    return app.exec();
}
