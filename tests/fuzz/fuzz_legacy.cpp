// libFuzzer: any text read as typed in an old Hindi font converts without harm: every stand-in the reading uses
// for the i sign and the reph is put in its place, nothing is lost past the text's end, and recognising the font
// never fails.
#include "input/LegacyFont.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    for (gd::LegacyFont font : gd::LegacyText::fonts()) {
        const QString unicode = gd::LegacyText::toUnicode(font, text);
        for (QChar c : unicode) {
            if (c.unicode() >= 0xE001 && c.unicode() <= 0xE005)
                std::abort();  // a stand-in left in the text
        }
    }
    (void)gd::LegacyText::looksLike(text);
    (void)gd::LegacyText::fontOf({text});
    (void)gd::OtherLegacyFont::looksLike(text);
    return 0;
}
