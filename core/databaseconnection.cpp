// SPDX-License-Identifier: GPL-3.0-or-later
// A second connection to an open database, for work done off the window's thread.
#include "database.h"

#include <QCoreApplication>
#include <QLockFile> // Database destroys its (here empty) lock
#include <QSqlError>
#include <QUuid>

namespace comptoir {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Database)
};

} // namespace

Result<std::unique_ptr<Database>> Database::openConnection() const
{
    auto db = std::unique_ptr<Database>(new Database);
    db->m_path = m_path;
    // No lock of its own: the first connection holds the file's lock for this process, and a
    // second QLockFile in the same process would refuse the file as "open elsewhere".
    db->m_connectionName = QStringLiteral("comptoir-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    db->m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), db->m_connectionName);
    db->m_db.setDatabaseName(m_path);
    db->m_db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db->m_db.open())
        return Error::storage(Text::tr("Cannot open “%1”.").arg(m_path), db->m_db.lastError().text());
    // The same settings as the first connection (journal_mode WAL is a property of the file).
    for (const char *pragma : {"PRAGMA foreign_keys = ON", "PRAGMA synchronous = FULL", "PRAGMA cache_size = -16384"}) {
        if (auto r = db->exec(QString::fromLatin1(pragma)); !r)
            return r.error();
    }
    // m_verified stays false: closing this connection vouches for nothing.
    return db;
}

} // namespace comptoir
