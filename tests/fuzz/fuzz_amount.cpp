// libFuzzer: the amount parser turns any text into paise within the limit or a message; what it accepts, it formats
// and parses back to the same paise.
#include "base/Money.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    auto paise = gd::Money::parse(text);
    if (!paise) {
        if (paise.error().message.isEmpty())
            std::abort();
        return 0;
    }
    const gd::Paise p = paise.value();
    if (p > gd::Money::kMaximum || p < -gd::Money::kMaximum)
        std::abort();
    for (bool devanagari : {false, true}) {
        auto back = gd::Money::parse(gd::Money::format(p, devanagari));
        if (!back || back.value() != p)
            std::abort();
    }
    auto plain = gd::Money::parse(gd::Money::plain(p));
    if (!plain || plain.value() != p)
        std::abort();
    return 0;
}
