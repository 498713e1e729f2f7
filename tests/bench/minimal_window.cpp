// The start-up reference: one empty 1280×800 window, quitting after its first paint. With --with-text it shows one
// line of text, to tell apart what any window with text pays (the font database) from what the app adds.
#include "ui/firstpaintprobe.h"

#include <QApplication>
#include <QLabel>
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
    window.show();
    new cm::FirstPaintProbe(&window, sinceStart);
    return app.exec();
}
