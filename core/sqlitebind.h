// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Binding QVariant values to a raw sqlite3 statement, for the read paths that step through
// SQLite's C API (the list's id snapshot and head, the export): one place, so that every type
// goes in as QSqlQuery would bind it.

#include <QVariant>

#include <string>

#include <sqlite3.h>

namespace comptoir {

// Binds `value` to parameter `index` (from 1): null, text (UTF-8, copied), a real number
// (double or float), or an integer (everything else: ints, bools, ids). SQLITE_OK on success.
// SQLite's process-wide settings, called first thing in main() (SQLite takes them only before
// its first use): no memory statistics, whose global lock every allocation of every connection
// takes (an import writing on one thread while a second builds its search index waited on it).
// False if SQLite was already in use.
bool configureSqlite();

int bindSqliteValue(sqlite3_stmt *statement, int index, const QVariant &value);
// Binds values[i] to parameter i + 1; false at the first failure.
bool bindSqliteValues(sqlite3_stmt *statement, const QVariantList &values);

// The FTS5 table a bulk `INSERT INTO [main.]<name>_search (...` statement fills; empty for any
// other statement.
std::string searchIndexFilledBy(const std::string &insert);
// FTS5 merges its segments as rows come (automerge). One large INSERT ... SELECT leaves few
// large segments that answer as fast as after 'optimize', so a bulk fill turns merging off
// (0) and back to FTS5's default (4) after: a fifth of the fill's time. True on success, and
// for an empty `index` (nothing to do).
bool setSearchAutomerge(sqlite3 *db, const std::string &index, int pages);

} // namespace comptoir
