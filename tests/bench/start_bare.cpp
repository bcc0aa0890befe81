// The floor of bench_start: a bare Qt Widgets window (a main window with one label), started and shown. Prints
// "ready" once the window has painted, then quits. Links Qt Widgets only.
#include "FirstPaint.h"

#include <QApplication>
#include <QLabel>
#include <QMainWindow>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QMainWindow window;
    window.setCentralWidget(new QLabel(QStringLiteral("GramDesk")));
    window.resize(1100, 720);
    gd::bench::FirstPaint firstPaint;
    window.installEventFilter(&firstPaint);
    window.show();
    return QApplication::exec();
}
