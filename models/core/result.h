#pragma once
// The one error type of ra_core: an expected-like value that carries either a
// T or an Error (code + human message). No exceptions cross the ra_core API.
#include <QString>
#include <utility>
#include <variant>

namespace ra {

enum class ErrorCode {
    Usage,        // bad arguments (exit 2)
    NotFound,     // file, key, value not found
    Io,           // cannot read / write a file
    Parse,        // malformed input
    Validation,   // input parsed but breaks a rule
    Database,     // any other SQLite error
    Busy,         // store locked by another process
    ReadOnly,     // store or folder not writable
    DiskFull,     // the disk (or the store's size limit) is full
    SchemaTooNew, // store written by a newer RevAlign
    NotAStore,    // not a SQLite file
    Corrupt,      // a SQLite file with damaged pages, a broken header or truncated
    Cancelled,    // user cancelled
    Unreachable,  // team store server cannot be reached
    AuthFailed,   // team store refused the login
    Internal,
};

struct Error {
    ErrorCode code = ErrorCode::Internal;
    QString message;
};

inline Error makeError(ErrorCode code, const QString &message) { return Error{code, message}; }

template<typename T>
class [[nodiscard]] Result {
public:
    Result(const T &value) : m_v(value) {}
    Result(T &&value) : m_v(std::move(value)) {}
    Result(const Error &error) : m_v(error) {}
    Result(Error &&error) : m_v(std::move(error)) {}

    bool ok() const { return m_v.index() == 0; }
    explicit operator bool() const { return ok(); }
    T &value() & { return std::get<0>(m_v); }
    const T &value() const & { return std::get<0>(m_v); }
    T &&value() && { return std::get<0>(std::move(m_v)); }
    T &operator*() & { return value(); }
    const T &operator*() const & { return value(); }
    T *operator->() { return &value(); }
    const T *operator->() const { return &value(); }
    const Error &error() const { return std::get<1>(m_v); }
    QString message() const { return ok() ? QString() : error().message; }

private:
    std::variant<T, Error> m_v;
};

template<>
class [[nodiscard]] Result<void> {
public:
    Result() = default;
    Result(const Error &error) : m_error(error), m_failed(true) {}
    Result(Error &&error) : m_error(std::move(error)), m_failed(true) {}

    bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return m_error; }
    QString message() const { return m_error.message; }

private:
    Error m_error;
    bool m_failed = false;
};

using Status = Result<void>;

} // namespace ra
