// libFuzzer: the date and time parsers turn any text into a valid date or time or a message; an accepted date
// shows and parses back to itself.
#include "base/Dates.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    if (auto date = gd::Dates::parse(text)) {
        if (!date.value().isValid())
            std::abort();
        for (bool devanagari : {false, true}) {
            auto back = gd::Dates::parse(gd::Dates::display(date.value(), devanagari));
            if (!back || back.value() != date.value())
                std::abort();
        }
        if (gd::Dates::fromIso(gd::Dates::iso(date.value())) != date.value())
            std::abort();
        (void)gd::Dates::financialYear(date.value());
    } else if (date.error().message.isEmpty()) {
        std::abort();
    }
    // With a today, a two-digit year may be read: whatever is accepted is a real date in the stated window or a
    // four-digit year.
    if (auto recent = gd::Dates::parse(text, QDate(2026, 12, 7)); recent && !recent.value().isValid())
        std::abort();
    if (auto time = gd::Dates::parseTime(text); time && !time.value().isValid())
        std::abort();
    return 0;
}
