#pragma once
// One result type for everything core does: a value, or an error with a machine code and a translated message.

#include <QString>
#include <utility>
#include <variant>

namespace gd {

enum class ErrorCode {
    InputRejected,      // bad input; nothing changed
    Usage,              // wrong use of a command
    NotAllowed,         // login failed, role lacks the right, period closed
    VerificationFailed, // the book is damaged or tampered with
    NotABook,           // the file is not a GramDesk book
    TooNew,             // the book was written by a newer GramDesk
    ReadOnly,           // file or folder cannot be written
    Locked,             // another program holds the book
    DiskFull,
    Storage,            // any other storage failure
    NotFound,
    OtherOffice,        // a backup of another office's book (another LGD code): restored only when asked again
};

struct Error {
    ErrorCode code = ErrorCode::Storage;
    QString message;  // already translated into the UI language
};

// Exit status of gramdesk-cli for an error, per CONTRACTS.md.
int exitStatusFor(ErrorCode code);

template <typename T>
class [[nodiscard]] Result {
public:
    Result(T value) : m_state(std::move(value)) {}  // NOLINT: implicit by design
    Result(Error error) : m_state(std::move(error)) {}  // NOLINT

    bool ok() const { return std::holds_alternative<T>(m_state); }
    explicit operator bool() const { return ok(); }
    const T &value() const & { return std::get<T>(m_state); }
    T &value() & { return std::get<T>(m_state); }
    T &&value() && { return std::get<T>(std::move(m_state)); }
    const Error &error() const { return std::get<Error>(m_state); }

private:
    std::variant<T, Error> m_state;
};

template <>
class [[nodiscard]] Result<void> {
public:
    Result() = default;
    Result(Error error) : m_error(std::move(error)), m_ok(false) {}  // NOLINT
    bool ok() const { return m_ok; }
    explicit operator bool() const { return m_ok; }
    const Error &error() const { return m_error; }

private:
    Error m_error;
    bool m_ok = true;
};

using Status = Result<void>;

inline Error makeError(ErrorCode code, QString message) { return Error{code, std::move(message)}; }

}  // namespace gd
