// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A full-text index built beside an import, on a thread of its own, into a private temporary
// SQLite database, then copied into the database inside the import's transaction.
//
// Building the deals' search index is the largest single piece of work of a large import (8 s
// of a million rows, one core), and SQLite does the rest of the import on one connection, so on
// one core. An import into a database that has no deals yet (a migration, the first
// impression) hands each new deal's title and comment to this builder as it writes the row; the
// second core indexes them while the first reads the rest of the file and builds the other
// indexes. The documents go through a scratch file next to the database (written by the
// import, read by the thread), so that the import never waits for the thread and the memory
// stays bounded however far behind the thread falls. At the end the index the import's own
// statement would have built is replaced by this one: the virtual table is dropped and created
// again from its own statement (so that FTS5 holds no cached state of it), and its shadow
// tables are copied row by row. Both scratch files are gone from their folders as soon as they
// are open (nothing is left after a crash); a failure leaves the caller to build the index
// the usual way.

#include "result.h"

#include <QString>

#include <condition_variable>
#include <cstdio>
#include <memory>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

struct sqlite3;

namespace comptoir::import {

class SideSearchIndex final
{
public:
    // `table`: the FTS5 table's name; `createSql`: its statement as stored in the schema;
    // `columns`: the columns add() fills, in order.
    SideSearchIndex(std::string table, std::string createSql, std::vector<std::string> columns);
    ~SideSearchIndex(); // stops the thread, removes the file
    SideSearchIndex(const SideSearchIndex &) = delete;
    SideSearchIndex &operator=(const SideSearchIndex &) = delete;

    // Small: an index of a few hundred thousand short documents (contacts, e-mails), built
    // with an eighth of the page cache and a quarter of FTS5's buffer, so that three indexes
    // built at once stay within the import's memory.
    enum class Size { Large, Small };
    // Starts the thread, its documents' scratch file in `directory`; false if it cannot.
    bool start(const QString &directory, Size size = Size::Large);
    // One document, its values in the order of the columns.
    void add(qint64 rowid, const QString &a, const QString &b = QString(), const QString &c = QString());
    // Waits until everything added is indexed, then replaces `db`'s table of that name (which
    // must index nothing the import does not bring) by the one built. `expected`: how many
    // documents the database's own statement would index. False when nothing was copied (the
    // thread failed, or the count differs): the caller builds the index itself; an error when
    // the database failed half-way (the import must roll back).
    Result<bool> copyInto(sqlite3 *db, qint64 expected);
    qint64 added() const { return m_added; }

private:
    void run();
    bool build(sqlite3 *side);
    void publish();

    std::string m_table, m_createSql;
    std::vector<std::string> m_columns;
    std::FILE *m_feed = nullptr, *m_feedIn = nullptr; // the documents: written here, read by the thread
    std::thread m_thread;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    qint64 m_written = 0; // bytes of documents written (by add())
    qint64 m_published = 0; // bytes of documents the thread may read
    bool m_closing = false; // no more documents: finish
    bool m_stop = false; // give up
    bool m_failed = false;
    sqlite3 *m_side = nullptr; // read by copyInto() once the thread is done
    qint64 m_added = 0;
};

} // namespace comptoir::import
