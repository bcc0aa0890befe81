#pragma once
// "Now" for gramdesk-cli-testclock, the build of gramdesk-cli the tests run: GRAMDESK_FAKE_NOW
// (2026-11-22T10:30:00) fixes it, else the system's clock. Found before app/ProgramClock.h only by that build.

#include "base/Clock.h"

#include <QDateTime>

namespace gd {

inline const Clock &programClock()
{
    const QString fakeNow = qEnvironmentVariable("GRAMDESK_FAKE_NOW");
    if (!fakeNow.isEmpty()) {
        static FixedClock fixed(QDateTime::fromString(fakeNow, Qt::ISODate));
        return fixed;
    }
    return Clock::system();
}

}  // namespace gd
