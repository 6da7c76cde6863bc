// SPDX-License-Identifier: GPL-3.0-or-later
#include "sqlitebind.h"

namespace comptoir {

int bindSqliteValue(sqlite3_stmt *statement, int index, const QVariant &value)
{
    if (value.isNull())
        return sqlite3_bind_null(statement, index);
    switch (value.typeId()) {
    case QMetaType::QString: {
        const QByteArray utf8 = value.toString().toUtf8();
        return sqlite3_bind_text(statement, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
    }
    case QMetaType::Double:
    case QMetaType::Float:
        return sqlite3_bind_double(statement, index, value.toDouble());
    default:
        return sqlite3_bind_int64(statement, index, value.toLongLong());
    }
}

bool bindSqliteValues(sqlite3_stmt *statement, const QVariantList &values)
{
    for (int i = 0; i < values.size(); ++i) {
        if (bindSqliteValue(statement, i + 1, values[i]) != SQLITE_OK)
            return false;
    }
    return true;
}

} // namespace comptoir
