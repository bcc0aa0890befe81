#pragma once
// "Now" for gramdesk and gramdesk-cli: the system's clock, whatever the environment says. The tests' build of the
// CLI (tests/cli) finds a ProgramClock.h of its own first, with a clock they can fix; none of that is shipped.

#include "base/Clock.h"

namespace gd {

inline const Clock &programClock()
{
    return Clock::system();
}

}  // namespace gd
