// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A prepared SQLite statement reused for every row of an import: the Qt SQL layer costs a
// QVariant per value and a lookup per call, too much for a million rows.

#include <QByteArray>
#include <QString>
#include <optional>
#include <string>
#include <vector>

#include <sqlite3.h>

namespace comptoir::import {

// An empty TEMP table of that name and columns (created if need be), where a hash table of the
// import keeps what does not fit in memory: its qualified name, or nothing on a database error.
inline std::optional<std::string> emptyTempTable(sqlite3 *db, const char *name, const char *columns)
{
    const std::string table = std::string("temp.") + name;
    const auto exec = [db](const std::string &sql) {
        return sqlite3_exec(db, sql.c_str(), nullptr, nullptr, nullptr) == SQLITE_OK;
    };
    if (!exec("CREATE TABLE IF NOT EXISTS " + table + " (" + columns + ")") || !exec("DELETE FROM " + table))
        return std::nullopt;
    return table;
}

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
    // As UTF-8, the database's encoding: SQLite would otherwise convert UTF-16 itself, a byte
    // at a time, into a buffer of its own. The bytes live until the parameter is bound again.
    void bind(int i, const QString &text)
    {
        if (text.isNull()) {
            sqlite3_bind_null(m_stmt, i);
            return;
        }
        if (size_t(i) > m_utf8.size())
            m_utf8.resize(size_t(i));
        QByteArray &bytes = m_utf8[size_t(i) - 1];
        bytes = text.toUtf8();
        sqlite3_bind_text(m_stmt, i, bytes.constData(), int(bytes.size()), SQLITE_STATIC);
    }
    void bind(int i, const std::optional<qint64> &value)
    {
        if (value)
            bind(i, *value);
        else
            bindNull(i);
    }
    // UTF-8 bytes that live until the statement runs.
    void bindUtf8(int i, const QByteArray &bytes)
    {
        sqlite3_bind_text(m_stmt, i, bytes.constData(), int(bytes.size()), SQLITE_STATIC);
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
    int columns() const { return sqlite3_column_count(m_stmt); }
    // A column of the current row as SQLite holds it, to bind to another statement as it is.
    sqlite3_value *value(int column) const { return sqlite3_column_value(m_stmt, column); }
    void bindValue(int i, const sqlite3_value *value) { sqlite3_bind_value(m_stmt, i, value); }
    bool failed() const { return m_rc != SQLITE_OK && m_rc != SQLITE_ROW && m_rc != SQLITE_DONE; }
    qint64 integer(int column) const { return sqlite3_column_int64(m_stmt, column); }
    bool isNull(int column) const { return sqlite3_column_type(m_stmt, column) == SQLITE_NULL; }
    QString text(int column) const
    {
        const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
        return data ? QString::fromUtf8(data, sqlite3_column_bytes(m_stmt, column)) : QString();
    }
    qint64 lastId() const { return sqlite3_last_insert_rowid(m_db); }
    QString error() const { return QString::fromUtf8(sqlite3_errmsg(m_db)); }

private:
    sqlite3 *m_db;
    sqlite3_stmt *m_stmt = nullptr;
    int m_rc = SQLITE_OK;
    std::vector<QByteArray> m_utf8; // the text bound to each parameter

};

} // namespace comptoir::import
