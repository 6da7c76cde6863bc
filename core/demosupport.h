// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Helpers of the demo generator (core/demo.cpp only): a portable random source, date
// formatting without QDateTime, slugs and phone numbers, and a reusable SQLite statement.
// A million deals must be written in seconds, hence the hand-made formatting.

#include "entities.h"
#include "sqlitebind.h"

#include <QString>

#include <sqlite3.h>

#include <algorithm>
#include <cmath>
#include <random>
#include <string>
#include <vector>

namespace comptoir::demo {

inline constexpr qint64 MinuteMs = 60 * 1000;
inline constexpr qint64 HourMs = 60 * MinuteMs;
inline constexpr qint64 DayMs = 24 * HourMs;

// Our own uniform and normal draws over mt19937_64, so that a seed gives the same data with any
// standard library (std::normal_distribution is implementation-defined).
class Rng
{
public:
    explicit Rng(quint64 seed)
        : m_engine(seed)
    {
    }
    double uniform() { return double(m_engine() >> 11) * 0x1.0p-53; } // [0, 1)
    int below(int n) { return int(uniform() * n); }
    qint64 between(qint64 low, qint64 high) { return low + qint64(uniform() * double(high - low)); }
    bool chance(double p) { return uniform() < p; }
    double normal()
    {
        const double u1 = 1.0 - uniform();
        const double u2 = uniform();
        return std::sqrt(-2.0 * std::log(u1)) * std::cos(2.0 * M_PI * u2);
    }
    double exponential(double mean) { return -mean * std::log(1.0 - uniform()); }
    // An index in [0, n) that favours the first ones: a few clients buy often, most rarely.
    int skewed(int n, double power) { return std::min(n - 1, int(std::pow(uniform(), power) * n)); }
    template<typename T, size_t N> const T &pick(const T (&items)[N])
    {
        return items[below(int(N))];
    }
    template<typename T> const T &pick(const std::vector<T> &items)
    {
        return items[size_t(below(int(items.size())))];
    }

private:
    std::mt19937_64 m_engine;
};

// Days since 1970-01-01 to a civil date (Howard Hinnant's algorithm).
inline void civilFromDays(qint64 z, int &year, int &month, int &day)
{
    z += 719468;
    const qint64 era = (z >= 0 ? z : z - 146096) / 146097;
    const qint64 doe = z - era * 146097;
    const qint64 yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const qint64 doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const qint64 mp = (5 * doy + 2) / 153;
    day = int(doy - (153 * mp + 2) / 5 + 1);
    month = int(mp < 10 ? mp + 3 : mp - 9);
    year = int(yoe + era * 400 + (month <= 2));
}

inline char *putDigits(char *out, qint64 value, int width)
{
    for (int i = width - 1; i >= 0; --i) {
        out[i] = char('0' + value % 10);
        value /= 10;
    }
    return out + width;
}

// "YYYY-MM-DD", as the schema stores dates.
inline std::string dateText(qint64 days)
{
    int y, m, d;
    civilFromDays(days, y, m, d);
    std::string s(10, '-');
    putDigits(&s[0], y, 4);
    putDigits(&s[5], m, 2);
    putDigits(&s[8], d, 2);
    return s;
}

// "YYYY-MM-DDTHH:MM:SS.zzzZ", the format of toStoredInstant().
inline std::string instantText(qint64 ms)
{
    std::string s = dateText(ms / DayMs) + "T00:00:00.000Z";
    const qint64 inDay = ms % DayMs;
    putDigits(&s[11], inDay / HourMs, 2);
    putDigits(&s[14], inDay / MinuteMs % 60, 2);
    putDigits(&s[17], inDay / 1000 % 60, 2);
    putDigits(&s[20], inDay % 1000, 3);
    return s;
}

// "Hélène Le Gall" -> "helene-le-gall": for e-mail addresses and domains.
inline std::string asciiSlug(const std::string &text, char separator)
{
    const QString decomposed
        = QString::fromStdString(text).normalized(QString::NormalizationForm_D);
    std::string slug;
    bool pendingSeparator = false;
    for (const QChar c : decomposed) {
        if (c.unicode() >= 128 || c == u'\'')
            continue; // accents (combining marks after NFD) and apostrophes vanish
        if (c.isLetterOrNumber()) {
            if (pendingSeparator && !slug.empty())
                slug += separator;
            pendingSeparator = false;
            slug += char(c.toLower().unicode());
        } else {
            pendingSeparator = true;
        }
    }
    return slug;
}

enum class Country { France, UnitedKingdom, UnitedStates };

inline std::string phoneNumber(Rng &rng, Country country)
{
    auto digits = [&rng](int n) {
        std::string s(size_t(n), '0');
        putDigits(&s[0], rng.between(0, qint64(std::pow(10, n))), n);
        return s;
    };
    switch (country) {
    case Country::France: {
        const char lead = "1234567"[rng.below(7)];
        return std::string("+33 ") + lead + ' ' + digits(2) + ' ' + digits(2) + ' ' + digits(2)
            + ' ' + digits(2);
    }
    case Country::UnitedKingdom: // Ofcom's numbers for drama: never a real line
        return rng.chance(0.5) ? "+44 20 7946 0" + digits(3) : "+44 7700 900" + digits(3);
    case Country::UnitedStates: {
        static constexpr const char *AreaCodes[] = { "212", "415", "312", "617", "206" };
        return std::string("+1 ") + rng.pick(AreaCodes) + "-555-01" + digits(2);
    }
    }
    return {};
}

// A prepared statement reused for every row; text is bound without a copy, so the bound
// strings must live until run().
class Statement
{
public:
    Statement(sqlite3 *db, const char *sql)
        : m_db(db)
    {
        m_rc = sqlite3_prepare_v3(db, sql, -1, SQLITE_PREPARE_PERSISTENT, &m_stmt, nullptr);
    }
    ~Statement() { sqlite3_finalize(m_stmt); }
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;

    bool prepared() const { return m_rc == SQLITE_OK; }
    void bindInt(int i, qint64 value) { sqlite3_bind_int64(m_stmt, i, value); }
    void bindText(int i, const std::string &text)
    {
        sqlite3_bind_text(m_stmt, i, text.data(), int(text.size()), SQLITE_STATIC);
    }
    void bindText(int i, const char *text)
    {
        sqlite3_bind_text(m_stmt, i, text, -1, SQLITE_STATIC);
    }
    void bindNull(int i) { sqlite3_bind_null(m_stmt, i); }
    bool run()
    {
        m_rc = sqlite3_step(m_stmt);
        sqlite3_reset(m_stmt);
        return m_rc == SQLITE_DONE;
    }

private:
    sqlite3 *m_db;
    sqlite3_stmt *m_stmt = nullptr;
    int m_rc = SQLITE_OK;
};

// The search indexes (FTS5 tables) are fed by AFTER INSERT triggers, one INSERT per row. Each
// statement that writes an FTS5 table opens a savepoint, and FTS5 writes its pending index data
// out at every savepoint: rows inserted one statement each would make one tiny index segment
// per row, and merge them all. So the load drops these triggers, writes its rows, then feeds
// each search index with one INSERT ... SELECT over the new rows, derived from the trigger's
// own text (`INSERT INTO s (...) VALUES (<expressions of NEW>)` becomes
// `INSERT INTO s (...) SELECT <the same expressions> FROM t AS NEW WHERE NEW.rowid > <last>`),
// and creates the triggers again: the search index gets exactly what the triggers would have
// written. Both steps run in the caller's transaction.
class DeferredSearch
{
public:
    // Drops the `<table>_search_insert` triggers of these tables; false on failure, when the
    // caller rolls back. A trigger of another shape is left in place (then it simply fires).
    bool drop(sqlite3 *db, const std::vector<std::string> &tables)
    {
        for (const std::string &table : tables) {
            const std::string name = table + "_search_insert";
            const std::string sql = firstText(
                db, "SELECT sql FROM sqlite_schema WHERE type = 'trigger' AND name = '" + name + "'");
            const std::string fill = fillStatement(sql, table,
                                                   firstText(db, "SELECT coalesce(max(rowid), 0) FROM main." + table));
            if (sql.empty() || fill.empty())
                continue;
            if (sqlite3_exec(db, ("DROP TRIGGER \"" + name + "\"").c_str(), nullptr, nullptr, nullptr)
                != SQLITE_OK)
                return false;
            m_triggers.push_back({ sql, fill });
        }
        return true;
    }

    // Feeds the search indexes with the rows written since drop(), and creates the triggers again.
    // FTS5's merging waits until each fill is in (setSearchAutomerge).
    bool restore(sqlite3 *db)
    {
        for (const Trigger &trigger : m_triggers) {
            const std::string index = searchIndexFilledBy(trigger.fill);
            if (!setSearchAutomerge(db, index, 0) || sqlite3_exec(db, trigger.fill.c_str(), nullptr, nullptr, nullptr) != SQLITE_OK
                || !setSearchAutomerge(db, index, 4)
                || sqlite3_exec(db, trigger.create.c_str(), nullptr, nullptr, nullptr) != SQLITE_OK)
                return false;
        }
        m_triggers.clear();
        return true;
    }

private:
    struct Trigger
    {
        std::string create; // as stored in sqlite_schema
        std::string fill;
    };

    static std::string firstText(sqlite3 *db, const std::string &sql)
    {
        std::string value;
        sqlite3_stmt *statement = nullptr;
        if (sqlite3_prepare_v2(db, sql.c_str(), -1, &statement, nullptr) == SQLITE_OK
            && sqlite3_step(statement) == SQLITE_ROW && sqlite3_column_text(statement, 0))
            value = reinterpret_cast<const char *>(sqlite3_column_text(statement, 0));
        sqlite3_finalize(statement);
        return value;
    }

    // "" unless the trigger's body is one `INSERT INTO ... VALUES (...);`.
    static std::string fillStatement(const std::string &trigger, const std::string &table,
                                     const std::string &lastRowid)
    {
        const size_t begin = trigger.find("BEGIN");
        const size_t insert = trigger.find("INSERT INTO", begin);
        const size_t values = trigger.find("VALUES (", insert);
        const size_t end = trigger.rfind(");");
        if (begin == std::string::npos || insert == std::string::npos
            || values == std::string::npos || end == std::string::npos || end < values
            || std::count(trigger.begin() + qsizetype(begin), trigger.end(), ';') != 1
            || lastRowid.empty())
            return {};
        return trigger.substr(insert, values - insert) + "SELECT "
            + trigger.substr(values + 8, end - values - 8) + " FROM main." + table
            + " AS NEW WHERE NEW.rowid > " + lastRowid + " ORDER BY NEW.rowid";
    }

    std::vector<Trigger> m_triggers;
};

// A bulk load goes faster when the indexes are dropped first and built again afterwards: one
// sort each instead of a b-tree insert per row and index. The indexes are rebuilt from their own
// stored CREATE statements, so the schema stays exactly as the migrations made it. Both steps run
// in the caller's transaction.
class DeferredIndexes
{
public:
    // Drops the indexes of these tables (not the automatic ones of UNIQUE and PRIMARY KEY
    // constraints); false on failure, when the caller rolls back (which brings back any index
    // already dropped).
    bool drop(sqlite3 *db, const std::vector<std::string> &tables)
    {
        sqlite3_stmt *statement = nullptr;
        if (sqlite3_prepare_v2(db,
                               "SELECT name, sql FROM sqlite_schema WHERE type = 'index' AND "
                               "tbl_name = ?1 AND sql IS NOT NULL ORDER BY name",
                               -1, &statement, nullptr)
            != SQLITE_OK)
            return false;
        std::vector<std::pair<std::string, std::string>> found;
        for (const std::string &table : tables) {
            sqlite3_bind_text(statement, 1, table.c_str(), -1, SQLITE_STATIC);
            while (sqlite3_step(statement) == SQLITE_ROW) {
                found.emplace_back(
                    reinterpret_cast<const char *>(sqlite3_column_text(statement, 0)),
                    reinterpret_cast<const char *>(sqlite3_column_text(statement, 1)));
            }
            sqlite3_reset(statement);
        }
        sqlite3_finalize(statement);
        for (const auto &[name, sql] : found) {
            const std::string dropIndex = "DROP INDEX \"" + name + "\""; // names of ours
            if (sqlite3_exec(db, dropIndex.c_str(), nullptr, nullptr, nullptr) != SQLITE_OK)
                return false;
            m_statements.push_back(sql);
        }
        return true;
    }

    // Builds the dropped indexes again.
    bool recreate(sqlite3 *db)
    {
        for (const std::string &sql : m_statements) {
            if (sqlite3_exec(db, sql.c_str(), nullptr, nullptr, nullptr) != SQLITE_OK)
                return false;
        }
        m_statements.clear();
        return true;
    }

private:
    std::vector<std::string> m_statements;
};

// The connection settings of a load, put back as they were afterwards:
// - a large page cache, so that the tables being filled stay in memory;
// - for a bulk load (`bulk`), which must start outside any transaction:
//   - no foreign key look-ups: the generator only refers to rows it read or wrote itself, and
//     the tests check PRAGMA foreign_key_check after a bulk load; a fifth of the time;
//   - a rollback journal instead of the write-ahead log: with WAL every new page is written
//     twice (to the log, then copied into the database by the checkpoint), while a rollback
//     journal keeps only the few pages that existed before. The journal mode changes only when
//     no other connection is open; otherwise the load runs in WAL, only slower.
class BulkSettings
{
public:
    BulkSettings(sqlite3 *db, bool bulk)
        : m_db(db)
    {
        m_cacheSize = text("PRAGMA cache_size");
        exec("PRAGMA cache_size = -524288"); // KiB: 512 MiB at most, used only as it fills
        // Building an index is a sort: SQLite's sorter may sort and merge on helper threads
        // (see beforeIndexBuilds()).
        m_threads = text("PRAGMA threads");
        exec("PRAGMA threads = 4");
        if (!bulk || !sqlite3_get_autocommit(db))
            return;
        m_foreignKeys = text("PRAGMA foreign_keys");
        exec("PRAGMA foreign_keys = OFF");
        if (text("PRAGMA journal_mode") == "wal")
            m_wal = text("PRAGMA journal_mode = DELETE") == "delete";
    }
    ~BulkSettings()
    {
        if (m_wal)
            exec("PRAGMA journal_mode = WAL");
        if (!m_foreignKeys.empty())
            exec("PRAGMA foreign_keys = " + m_foreignKeys);
        if (!m_cacheSize.empty())
            exec("PRAGMA cache_size = " + m_cacheSize);
        if (!m_threads.empty())
            exec("PRAGMA threads = " + m_threads);
    }
    // Before the indexes are built again: a small page cache. SQLite's sorter cuts its input
    // into runs as large as the page cache, sorts each run on a helper thread while the main
    // thread reads on, and merges them on helper threads too. With the cache of the load the
    // whole index is one run sorted by the main thread alone: a million deals' fourteen indexes
    // took 14 s that way, the four largest 7.0-7.9 s against 4.1 s with a 4 MiB cache (2 cores).
    void beforeIndexBuilds() { exec("PRAGMA cache_size = -4096"); }

    BulkSettings(const BulkSettings &) = delete;
    BulkSettings &operator=(const BulkSettings &) = delete;

private:
    // The first column of the first row, or "" (pragma values are numbers and names only).
    std::string text(const std::string &sql) const
    {
        std::string value;
        sqlite3_stmt *statement = nullptr;
        if (sqlite3_prepare_v2(m_db, sql.c_str(), -1, &statement, nullptr) == SQLITE_OK
            && sqlite3_step(statement) == SQLITE_ROW && sqlite3_column_text(statement, 0))
            value = reinterpret_cast<const char *>(sqlite3_column_text(statement, 0));
        sqlite3_finalize(statement);
        return value;
    }
    void exec(const std::string &sql) const
    {
        sqlite3_exec(m_db, sql.c_str(), nullptr, nullptr, nullptr);
    }

    sqlite3 *m_db;
    std::string m_cacheSize;
    std::string m_foreignKeys;
    std::string m_threads;
    bool m_wal = false;
};

} // namespace comptoir::demo
