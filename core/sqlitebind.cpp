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

std::string searchIndexFilledBy(const std::string &insert)
{
    const std::string prefix = "INSERT INTO ";
    if (insert.compare(0, prefix.size(), prefix) != 0)
        return {};
    size_t begin = prefix.size();
    if (insert.compare(begin, 5, "main.") == 0)
        begin += 5;
    const size_t end = insert.find_first_of(" (", begin);
    if (end == std::string::npos)
        return {};
    const std::string name = insert.substr(begin, end - begin);
    const std::string suffix = "_search";
    return name.size() > suffix.size() && name.compare(name.size() - suffix.size(), suffix.size(), suffix) == 0
        ? name
        : std::string();
}

bool configureSqlite()
{
    return sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0) == SQLITE_OK;
}

bool setSearchAutomerge(sqlite3 *db, const std::string &index, int pages)
{
    if (index.empty())
        return true;
    const std::string sql = "INSERT INTO main." + index + " (" + index + ", rank) VALUES ('automerge', "
        + std::to_string(pages) + ")";
    return sqlite3_exec(db, sql.c_str(), nullptr, nullptr, nullptr) == SQLITE_OK;
}

} // namespace comptoir
