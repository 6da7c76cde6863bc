// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>
#include <functional>
#include <initializer_list>
#include <memory>
#include <vector>

struct sqlite3;
class QLockFile;

namespace comptoir {

struct OpenOptions
{
    // Tests build databases at an older schema version to test the upgrade path.
    int targetVersion = -1; // -1: the newest this program knows
    // A new database gets the owner user, the default pipeline and the default lists.
    bool seedDefaults = true;
};

// One open Comptoir database file: an SQLite file with our application_id, WAL journal,
// foreign keys on, migrated to the newest schema. Refuses, without changing a byte of it, a
// file that is not SQLite, belongs to another application, comes from a newer Comptoir, is
// damaged, or is already open in another Comptoir process.
class Database final
{
public:
    static constexpr quint32 ApplicationId = 0x436d7074; // "Cmpt"
    // The page size of the files Comptoir creates (bytes).
    static constexpr int NewFilePageSize = 8192;

    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    static Result<std::unique_ptr<Database>> open(const QString &path, const OpenOptions &options = {});

    // The newest schema version this program can write.
    static int latestSchemaVersion();
    // The default database location: QStandardPaths::AppDataLocation/comptoir.db.
    static QString defaultPath();

    QString path() const { return m_path; }
    int schemaVersion() const;
    // Where the copy taken before an upgrade went, when this open upgraded the file.
    QString backupPath() const { return m_backupPath; }

    QSqlDatabase sql() const { return m_db; }
    sqlite3 *handle() const;

    // Runs one statement with positional values; the error names the statement.
    Result<QSqlQuery> exec(const QString &statement, std::initializer_list<QVariant> values = {}) const;
    Result<QSqlQuery> exec(const QString &statement, const QVariantList &values) const;
    // A single value from the first row ("SELECT count(*) ..."), or an invalid QVariant.
    Result<QVariant> scalar(const QString &statement, std::initializer_list<QVariant> values = {}) const;

    // Transactions nest: the outermost begins IMMEDIATE, inner ones are savepoints.
    Status begin();
    Status commit();
    void rollback();
    int transactionDepth() const { return m_depth; }
    // Runs f after the outermost transaction commits (at once when none is open); dropped when
    // it rolls back. Change signals go through this so that they never fire mid-transaction.
    void afterCommit(std::function<void()> f);

    // PRAGMA quick_check; "ok" when sound.
    Result<QString> quickCheck() const;

    // Another connection to this open file, for a worker thread (the import wizard's): create,
    // use and destroy it on that one thread. It shares this one's lock and schema (no checks,
    // no migration); WAL lets either read while the other writes, and a second writer waits
    // for the busy timeout. (databaseconnection.cpp)
    Result<std::unique_ptr<Database>> openConnection() const;

private:
    Database() = default;
    Status migrate(int targetVersion, bool seedDefaults, bool wasNew);
    Status backupTo(const QString &target) const;

    QString m_path;
    QString m_connectionName;
    QSqlDatabase m_db;
    std::unique_ptr<QLockFile> m_lock;
    QString m_backupPath;
    int m_depth = 0;
    bool m_verified = false; // the file passed the open checks: a clean close may vouch for it
    std::vector<std::function<void()>> m_afterCommit;
    std::vector<std::size_t> m_savepointMarks; // m_afterCommit's size when each level began
};

// RAII guard: rolls back unless commit() succeeded.
//     Transaction tx(db); if (!tx) return tx.error(); ...; if (auto s = tx.commit(); !s) return s;
class Transaction final
{
public:
    explicit Transaction(Database &db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    explicit operator bool() const { return m_begun.ok(); }
    const Error &error() const { return m_begun.error(); }
    Status commit();

private:
    Database &m_db;
    Status m_begun;
    bool m_done = false;
};

} // namespace comptoir
