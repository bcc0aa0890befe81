#include "base/Result.h"

namespace gd {

int exitStatusFor(ErrorCode code)
{
    switch (code) {
    case ErrorCode::InputRejected:
    case ErrorCode::NotFound:
    case ErrorCode::OtherOffice:
        return 1;
    case ErrorCode::Usage:
        return 2;
    case ErrorCode::NotAllowed:
        return 3;
    case ErrorCode::VerificationFailed:
    case ErrorCode::NotABook:
        return 4;
    case ErrorCode::TooNew:
    case ErrorCode::ReadOnly:
    case ErrorCode::Locked:
    case ErrorCode::DiskFull:
    case ErrorCode::Storage:
        return 5;
    }
    return 5;
}

}  // namespace gd
