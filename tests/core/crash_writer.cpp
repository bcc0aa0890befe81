// Test helper: saves numbered visitors to a book as fast as it can, through the same path as the visitor form
// (the register's rules, its search index and audit log in one transaction), and prints each number once its save
// has returned, until it is killed.
#include "base/Clock.h"
#include "registers/EntryService.h"
#include "storage/Book.h"

#include <QCoreApplication>
#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc < 4)
        return 2;
    // The test's fixed day, so that the visit is never in the book's future.
    gd::FixedClock clock(QDateTime::fromString(QString::fromLatin1(argv[3]), Qt::ISODate));
    auto book = gd::Book::open(QString::fromLocal8Bit(argv[1]), clock);
    if (!book) {
        std::fprintf(stderr, "%s\n", qPrintable(book.error().message));
        return 5;
    }
    auto admin = gd::UserDirectory(*book.value()).find(QStringLiteral("admin"));
    if (!admin) {
        std::fprintf(stderr, "%s\n", qPrintable(admin.error().message));
        return 5;
    }
    gd::EntryService fo(*book.value());
    const int start = std::atoi(argv[2]);
    for (int n = start;; ++n) {
        auto e = fo.add(admin.value(), gd::Registers::visitors(),
                        {{QStringLiteral("date"), clock.today()}, {QStringLiteral("time_in"), QTime(10, 0)},
                         {QStringLiteral("name"), QStringLiteral("entry-%1").arg(n)}, {QStringLiteral("purpose"), QStringLiteral("enquiry")}});
        if (!e) {
            std::fprintf(stderr, "%s\n", qPrintable(e.error().message));
            return 5;
        }
        std::printf("%d\n", n);
        std::fflush(stdout);
    }
}
