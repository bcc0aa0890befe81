// libFuzzer: any bytes given to the CSV reader give a table or an error, never a crash; a table written by
// GramDesk reads back with the same header and as many rows.
#include "base/Csv.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    auto table = gd::csv::Reader::read(bytes, QStringLiteral("fuzz.csv"));
    if (!table)
        return 0;
    const auto &t = table.value();
    // What GramDesk writes, it reads back cell for cell.
    auto again = gd::csv::Reader::read(gd::csv::document(t.header, t.rows), QStringLiteral("again.csv"));
    if (!again || again.value().header != t.header || again.value().rows.size() != t.rows.size())
        std::abort();
    return 0;
}
