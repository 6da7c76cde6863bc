// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A prepared SQLite statement reused for every row of an import: the Qt SQL layer costs a
// QVariant per value and a lookup per call, too much for a million rows.

#include <QString>
#include <optional>

#include <sqlite3.h>

namespace comptoir::import {

class Statement final
{
public:
    Statement(sqlite3 *db, const char *sql) : m_db(db)
    {
        m_rc = sqlite3_prepare_v3(db, sql, -1, SQLITE_PREPARE_PERSISTENT, &m_stmt, nullptr);
    }
    ~Statement() { sqlite3_finalize(m_stmt); }
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;

    bool prepared() const { return m_rc == SQLITE_OK; }
    void bind(int i, qint64 value) { sqlite3_bind_int64(m_stmt, i, value); }
    void bind(int i, const QString &text)
    {
        if (text.isNull())
            sqlite3_bind_null(m_stmt, i);
        else
            sqlite3_bind_text16(m_stmt, i, text.utf16(), int(text.size() * 2), SQLITE_TRANSIENT);
    }
    void bind(int i, const std::optional<qint64> &value)
    {
        if (value)
            bind(i, *value);
        else
            bindNull(i);
    }
    void bindNull(int i) { sqlite3_bind_null(m_stmt, i); }
    // Runs a statement that returns no row; false on an error (see error()).
    bool exec()
    {
        m_rc = sqlite3_step(m_stmt);
        sqlite3_reset(m_stmt);
        sqlite3_clear_bindings(m_stmt);
        return m_rc == SQLITE_DONE;
    }
    // Steps through rows; call reset() when done (or let the next exec/next do it at the end).
    bool next()
    {
        m_rc = sqlite3_step(m_stmt);
        if (m_rc == SQLITE_ROW)
            return true;
        sqlite3_reset(m_stmt);
        sqlite3_clear_bindings(m_stmt);
        return false;
    }
    void reset()
    {
        sqlite3_reset(m_stmt);
        sqlite3_clear_bindings(m_stmt);
    }
    bool failed() const { return m_rc != SQLITE_OK && m_rc != SQLITE_ROW && m_rc != SQLITE_DONE; }
    qint64 integer(int column) const { return sqlite3_column_int64(m_stmt, column); }
    bool isNull(int column) const { return sqlite3_column_type(m_stmt, column) == SQLITE_NULL; }
    QString text(int column) const
    {
        const auto *data = static_cast<const char16_t *>(sqlite3_column_text16(m_stmt, column));
        return data ? QString::fromUtf16(data, sqlite3_column_bytes16(m_stmt, column) / 2) : QString();
    }
    qint64 lastId() const { return sqlite3_last_insert_rowid(m_db); }
    QString error() const { return QString::fromUtf8(sqlite3_errmsg(m_db)); }

private:
    sqlite3 *m_db;
    sqlite3_stmt *m_stmt = nullptr;
    int m_rc = SQLITE_OK;
};

} // namespace comptoir::import
