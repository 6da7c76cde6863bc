// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/sidesearch_p.h"

#include "import/sql_p.h"

#include <QDir>
#include <QFile>
#include <QTemporaryFile>

namespace comptoir::import {

namespace {

// Documents between two hand-overs to the thread.
constexpr qint64 PublishEvery = 512;
// The page cache of the side connection (KiB), large index and small: the index is written in
// order, segment by segment, so a small cache costs nothing (2 MiB measured no faster).
constexpr int LargeCacheKib = 1024, SmallCacheKib = 256;
// FTS5's buffer of pending terms (bytes; its default is 1 MiB). Twice the default for the
// deals' index: fewer, larger segments to write, 8.3 -> 6.4 s of CPU for a million documents
// (measured alone in `sqlite3`), the second core free sooner for the index builds; about
// 2 MiB more at the peak, half of which the smaller cache gives back.
constexpr int LargeHashBytes = 2 * 1024 * 1024, SmallHashBytes = 256 * 1024;
constexpr size_t FeedBuffer = 64 * 1024;

bool exec(sqlite3 *db, const std::string &sql)
{
    return sqlite3_exec(db, sql.c_str(), nullptr, nullptr, nullptr) == SQLITE_OK;
}

std::string sqlName(const std::string &name)
{
    return '"' + name + '"'; // names of ours, never a user's
}

QString scratchFile(const QString &directory, const QString &suffix)
{
    QTemporaryFile file(QDir(directory).filePath(QStringLiteral("comptoir-import-XXXXXX.") + suffix));
    file.setAutoRemove(false);
    return file.open() ? file.fileName() : QString();
}

} // namespace

SideSearchIndex::SideSearchIndex(std::string table, std::string createSql, std::vector<std::string> columns)
    : m_table(std::move(table)), m_createSql(std::move(createSql)), m_columns(std::move(columns))
{
}

SideSearchIndex::~SideSearchIndex()
{
    if (m_thread.joinable()) {
        {
            std::lock_guard lock(m_mutex);
            m_stop = true;
        }
        m_changed.notify_all();
        m_thread.join();
    }
    for (std::FILE *file : { m_feed, m_feedIn }) {
        if (file)
            std::fclose(file);
    }
    if (m_side)
        sqlite3_close(m_side);
}

bool SideSearchIndex::start(const QString &directory, Size size)
{
    const int cacheKib = size == Size::Small ? SmallCacheKib : LargeCacheKib;
    const int hashBytes = size == Size::Small ? SmallHashBytes : LargeHashBytes;
    if (m_columns.empty() || m_columns.size() > 3)
        return false;
    // The documents' file, open for writing here and for reading on the thread, then removed
    // from the folder at once: nothing is left of it whatever happens, a crash included.
    const QString feed = scratchFile(directory, QStringLiteral("documents"));
    if (feed.isEmpty())
        return false;
    m_feed = std::fopen(QFile::encodeName(feed).constData(), "wb");
    m_feedIn = std::fopen(QFile::encodeName(feed).constData(), "rb");
    QFile::remove(feed);
    if (!m_feed || !m_feedIn || std::setvbuf(m_feed, nullptr, _IOFBF, FeedBuffer) != 0
        || std::setvbuf(m_feedIn, nullptr, _IOFBF, FeedBuffer) != 0)
        return false;
    // The index in a private temporary database of SQLite's (an empty name: SQLite's temporary
    // folder, removed by SQLite as it is opened), no journal, no sync, nobody else; the
    // database's own file gets the copy.
    if (sqlite3_open_v2("", &m_side, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr) != SQLITE_OK)
        return false;
    if (!exec(m_side, "PRAGMA journal_mode = OFF") || !exec(m_side, "PRAGMA synchronous = OFF")
        || !exec(m_side, "PRAGMA locking_mode = EXCLUSIVE")
        || !exec(m_side, "PRAGMA cache_size = " + std::to_string(-cacheKib)) || !exec(m_side, m_createSql)
        || !exec(m_side, "INSERT INTO " + sqlName(m_table) + " (" + sqlName(m_table) + ", rank) VALUES ('hashsize', "
                             + std::to_string(hashBytes) + ")")
        // FTS5 merges segments once at the end instead of while they come (as setSearchAutomerge).
        || !exec(m_side, "INSERT INTO " + sqlName(m_table) + " (" + sqlName(m_table) + ", rank) VALUES ('automerge', 0)"))
        return false;
    m_thread = std::thread([this] { run(); });
    return true;
}

void SideSearchIndex::add(qint64 rowid, const QString &a, const QString &b, const QString &c)
{
    // rowid, then each value as its UTF-8 length and bytes.
    std::fwrite(&rowid, sizeof rowid, 1, m_feed);
    m_written += qint64(sizeof rowid);
    const QString *values[] = { &a, &b, &c };
    for (size_t i = 0; i < m_columns.size(); ++i) {
        const QByteArray bytes = values[i]->toUtf8();
        const quint32 size = quint32(bytes.size());
        std::fwrite(&size, sizeof size, 1, m_feed);
        std::fwrite(bytes.constData(), 1, bytes.size(), m_feed);
        m_written += qint64(sizeof size) + bytes.size();
    }
    if (++m_added % PublishEvery == 0)
        publish();
}

void SideSearchIndex::publish()
{
    const bool flushed = std::fflush(m_feed) == 0;
    {
        std::lock_guard lock(m_mutex);
        if (flushed)
            m_published = m_written;
        else
            m_failed = true; // the documents cannot reach the thread: the index is built the usual way
    }
    m_changed.notify_all();
}

void SideSearchIndex::run()
{
    const bool ok = build(m_side);
    std::lock_guard lock(m_mutex);
    if (!ok)
        m_failed = true;
}

bool SideSearchIndex::build(sqlite3 *side)
{
    std::string sql = "INSERT INTO " + sqlName(m_table) + " (rowid";
    for (const std::string &column : m_columns)
        sql += ", " + sqlName(column);
    sql += ") VALUES (?1";
    for (size_t i = 0; i < m_columns.size(); ++i)
        sql += ", ?" + std::to_string(i + 2);
    sql += ')';
    std::FILE *in = m_feedIn;
    if (!exec(side, "BEGIN"))
        return false;
    {
        Statement insert(side, sql.c_str());
        if (!insert.prepared())
            return false;
        qint64 read = 0;
        QByteArray values[3]; // each column's bytes, bound until the insert runs
        for (;;) {
            qint64 available;
            {
                std::unique_lock lock(m_mutex);
                m_changed.wait(lock, [&] { return m_published > read || m_closing || m_stop; });
                if (m_stop)
                    return true; // given up: the file is removed
                if (m_published == read)
                    break; // closing, everything indexed
                available = m_published;
            }
            // The documents written and flushed so far, each whole.
            while (read < available) {
                qint64 rowid = 0;
                if (std::fread(&rowid, sizeof rowid, 1, in) != 1)
                    return false;
                read += qint64(sizeof rowid);
                insert.bind(1, rowid);
                for (size_t i = 0; i < m_columns.size(); ++i) {
                    quint32 size = 0;
                    if (std::fread(&size, sizeof size, 1, in) != 1)
                        return false;
                    QByteArray &value = values[i];
                    value.resize(qsizetype(size));
                    if (size > 0 && std::fread(value.data(), 1, size, in) != size)
                        return false;
                    read += qint64(sizeof size) + size;
                    insert.bindUtf8(int(i) + 2, value);
                }
                if (!insert.exec())
                    return false;
            }
        }
    }
    // The settings the database's own statement leaves: merging back to its default
    // (setSearchAutomerge(..., 4)), and no buffer size of this thread's.
    return exec(side, "COMMIT")
        && exec(side, "INSERT INTO " + sqlName(m_table) + " (" + sqlName(m_table) + ", rank) VALUES ('automerge', 4)")
        && exec(side, "DELETE FROM " + sqlName(m_table + "_config") + " WHERE k = 'hashsize'");
}

Result<bool> SideSearchIndex::copyInto(sqlite3 *db, qint64 expected)
{
    if (!m_thread.joinable())
        return false;
    publish();
    {
        std::lock_guard lock(m_mutex);
        m_closing = true;
    }
    m_changed.notify_all();
    m_thread.join();
    if (m_failed || expected != m_added)
        return false; // the caller builds the index itself

    // The shadow tables FTS5 made for the table in the side file, to copy in that order.
    std::vector<std::string> shadows;
    {
        Statement list(m_side, "SELECT name FROM main.sqlite_schema WHERE type = 'table' AND name > ?1 "
                               "AND name < ?2 ORDER BY name");
        list.bind(1, QString::fromStdString(m_table + '_'));
        list.bind(2, QString::fromStdString(m_table + char('_' + 1)));
        while (list.next())
            shadows.push_back(list.text(0).toStdString());
        if (list.failed() || shadows.empty())
            return false;
    }
    // From here on a failure is the database's (a full disk...): the import fails and rolls back.
    // A new table in the database (FTS5 forgets what it held of the old one), then its shadow
    // tables as in the side file.
    if (!exec(db, "DROP TABLE main." + sqlName(m_table)) || !exec(db, m_createSql))
        return Error::storage(QStringLiteral("side search index"), QString::fromUtf8(sqlite3_errmsg(db)));
    for (const std::string &shadow : shadows) {
        Statement read(m_side, ("SELECT * FROM main." + sqlName(shadow)).c_str());
        if (!read.prepared())
            return Error::storage(QStringLiteral("side search index"), QString::fromUtf8(sqlite3_errmsg(m_side)));
        const int columns = read.columns();
        std::string insert = "INSERT INTO main." + sqlName(shadow) + " VALUES (?1";
        for (int i = 2; i <= columns; ++i)
            insert += ", ?" + std::to_string(i);
        insert += ')';
        Statement write(db, insert.c_str());
        if (!write.prepared() || !exec(db, "DELETE FROM main." + sqlName(shadow)))
            return Error::storage(QStringLiteral("side search index"), QString::fromUtf8(sqlite3_errmsg(db)));
        while (read.next()) {
            for (int i = 0; i < columns; ++i)
                write.bindValue(i + 1, read.value(i));
            if (!write.exec())
                return Error::storage(QStringLiteral("side search index"), QString::fromUtf8(sqlite3_errmsg(db)));
        }
        if (read.failed())
            return Error::storage(QStringLiteral("side search index"), QString::fromUtf8(sqlite3_errmsg(m_side)));
    }
    return true;
}

} // namespace comptoir::import
