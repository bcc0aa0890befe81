// Start to a usable screen, in two processes: GramDesk's start over the demo book (start_gramdesk: either the
// login dialog painted, the book opened after it as the program does once it remembers the office's name, or the
// book opened, the password checked and the main window with its home page painted) against a bare Qt Widgets
// window started and painted (start_bare), on the same machine in the same run. Each is timed from the process's
// start to its "ready" (after the first paint); median of 19 starts each, taken in turn, after one start of each
// to warm the disk cache (make the day's backup, remember the office's name). The issue asks for at most 1.5 times
// the bare window.
#include "BenchBook.h"

#include <QCoreApplication>
#include <QProcess>
#include <algorithm>

using namespace gd;

namespace {

// Milliseconds from starting `program` to its "ready" line; negative when it failed.
double timedStart(const QString &program, const QStringList &arguments)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    QElapsedTimer t;
    t.start();
    p.start(program, arguments);
    QByteArray out;
    while (!out.contains("ready\n")) {
        if (!p.waitForReadyRead(120000))
            return -1;
        out += p.readAllStandardOutput();
    }
    const double ms = double(t.nsecsElapsed()) / 1e6;
    if (!p.waitForFinished(120000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
        return -1;
    return ms;
}

}  // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    bench::DemoBook demo;
    if (!demo.book)
        return 1;
    const QString path = demo.book->path();
    auto n = demo.book->scalar(QStringLiteral("SELECT count(*) FROM visitors WHERE is_current = 1"));
    const long long visits = n ? n.value().toLongLong() : -1;
    demo.book.reset();  // the programs timed open it themselves
    const QString here = QCoreApplication::applicationDirPath();
    const QString bare = here + QStringLiteral("/start_bare");
    const QString gramdesk = here + QStringLiteral("/start_gramdesk");
    QList<double> floor, login, start;
    for (int round = 0; round < 20; ++round) {
        const double f = timedStart(bare, {});
        const double l = timedStart(gramdesk, {path, QStringLiteral("--login")});
        const double s = timedStart(gramdesk, {path});
        if (f < 0 || l < 0 || s < 0) {
            std::fprintf(stderr, "bench_start: %s did not start\n", f < 0 ? "start_bare" : "start_gramdesk");
            return 1;
        }
        if (round == 0)
            continue;  // the warm-up
        floor.append(f);
        login.append(l);
        start.append(s);
    }
    std::printf("bench_start: demo book of %lld visits (%lld ms to make or open); median of %lld starts\n", visits,
                static_cast<long long>(demo.setupMs), static_cast<long long>(start.size()));
    std::printf("  %-44s %10s %10s %8s\n", "", "floor ms", "ms", "ratio");
    const auto line = [&](const char *what, const QList<double> &ms) {
        const double f = bench::percentile(floor, 0.5), m = bench::percentile(ms, 0.5);
        std::printf("  %-44s %10.2f %10.2f %8.2f\n", what, f, m, m / std::max(f, 0.001));
    };
    line("start to login screen (floor: bare Qt window)", login);
    line("start to home screen, password checked", start);
    return 0;
}
