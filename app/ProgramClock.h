#pragma once
// "Now" for gramdesk and gramdesk-cli: the system's clock. Only the builds made for the tests (tests/cli defines
// GRAMDESK_TEST_CLOCK) read a fixed moment from GRAMDESK_FAKE_NOW; the programs that are shipped have no such code,
// so no setting of the environment can move their date.

#include "Clock.h"

#ifdef GRAMDESK_TEST_CLOCK
#include <QDateTime>
#endif

namespace gd {

inline const Clock &programClock()
{
#ifdef GRAMDESK_TEST_CLOCK
    const QString fakeNow = qEnvironmentVariable("GRAMDESK_FAKE_NOW");
    if (!fakeNow.isEmpty()) {
        static FixedClock fixed(QDateTime::fromString(fakeNow, Qt::ISODate));
        return fixed;
    }
#endif
    return Clock::system();
}

}  // namespace gd
