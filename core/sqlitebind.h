// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Binding QVariant values to a raw sqlite3 statement, for the read paths that step through
// SQLite's C API (the list's id snapshot and head, the export): one place, so that every type
// goes in as QSqlQuery would bind it.

#include <QVariant>

#include <sqlite3.h>

namespace comptoir {

// Binds `value` to parameter `index` (from 1): null, text (UTF-8, copied), a real number
// (double or float), or an integer (everything else: ints, bools, ids). SQLITE_OK on success.
int bindSqliteValue(sqlite3_stmt *statement, int index, const QVariant &value);
// Binds values[i] to parameter i + 1; false at the first failure.
bool bindSqliteValues(sqlite3_stmt *statement, const QVariantList &values);

} // namespace comptoir
