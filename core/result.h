// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <optional>
#include <utility>
#include <variant>

namespace comptoir {

// The one error convention of the core: a message a user can read (already translated) and
// the technical detail (failing statement, driver text) for logs and bug reports.
struct Error
{
    enum class Code {
        Invalid,      // bad input: the message says which field and why
        NotFound,     // an id or name that does not exist
        Forbidden,    // a business rule or an access right refuses the change
        Conflict,     // the database is locked or holds something that prevents the change
        Storage,      // SQLite failed
        Io,           // a file could not be read or written
    };

    Code code = Code::Invalid;
    QString message;
    QString detail;
    QString field; // the field or column concerned, when there is one

    static Error invalid(QString message, QString field = {})
    {
        return {Code::Invalid, std::move(message), {}, std::move(field)};
    }
    static Error notFound(QString message) { return {Code::NotFound, std::move(message), {}, {}}; }
    static Error forbidden(QString message) { return {Code::Forbidden, std::move(message), {}, {}}; }
    static Error storage(QString message, QString detail)
    {
        return {Code::Storage, std::move(message), std::move(detail), {}};
    }

    // Message and detail on one line, for the command line and logs.
    QString fullText() const
    {
        return detail.isEmpty() ? message : message + QStringLiteral(" (") + detail + QLatin1Char(')');
    }
};

// A value or an Error. Like std::expected (C++23), which GCC 12 does not ship yet.
template<typename T>
class [[nodiscard]] Result
{
public:
    Result(const T &value) : m_data(value) { }
    Result(T &&value) : m_data(std::move(value)) { }
    Result(const Error &error) : m_data(error) { }
    Result(Error &&error) : m_data(std::move(error)) { }

    bool ok() const { return std::holds_alternative<T>(m_data); }
    explicit operator bool() const { return ok(); }

    T &value() & { return std::get<T>(m_data); }
    const T &value() const & { return std::get<T>(m_data); }
    T &&value() && { return std::get<T>(std::move(m_data)); }
    T &operator*() & { return value(); }
    const T &operator*() const & { return value(); }
    T *operator->() { return &value(); }
    const T *operator->() const { return &value(); }

    const Error &error() const { return std::get<Error>(m_data); }

private:
    std::variant<T, Error> m_data;
};

template<>
class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(const Error &error) : m_error(error) { }
    Result(Error &&error) : m_error(std::move(error)) { }

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return *m_error; }

private:
    std::optional<Error> m_error;
};

using Status = Result<void>;

} // namespace comptoir
