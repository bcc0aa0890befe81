// Test helper: writes numbered entries to a book as fast as it can and prints each number once it is
// committed, until it is killed.
#include "Clock.h"
#include "storage/Backup.h"
#include "storage/Book.h"

#include <QCoreApplication>
#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc < 3)
        return 2;
    auto book = gd::Book::open(QString::fromLocal8Bit(argv[1]), gd::Clock::system());
    if (!book) {
        std::fprintf(stderr, "%s\n", qPrintable(book.error().message));
        return 5;
    }
    book.value()->setActor(QStringLiteral("crash-writer"));
    gd::BackupService log(*book.value());
    const int start = std::atoi(argv[2]);
    for (int n = start;; ++n) {
        if (!log.record(QStringLiteral("manual"), QStringLiteral("entry-%1").arg(n), true, QString(50, u'x')))
            return 5;
        std::printf("%d\n", n);
        std::fflush(stdout);
    }
}
