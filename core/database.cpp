// SPDX-License-Identifier: GPL-3.0-or-later
#include "database.h"

#include "clock.h"
#include "defaults.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QRegularExpression>
#include <QSqlDriver>
#include <QSqlError>
#include <QStandardPaths>
#include <QUuid>
#include <QtEndian>
#include <QCryptographicHash>

#include <sys/stat.h>

#include <sqlite3.h>

namespace comptoir {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Database)
};

struct Migration
{
    int version = 0;
    QString resource;
};

// The numbered scripts resources/sql/NNNN_name.sql, in order.
const QList<Migration> &migrations()
{
    static const QList<Migration> list = [] {
        QList<Migration> found;
        static const QRegularExpression pattern(QStringLiteral("^(\\d{4})_.*\\.sql$"));
        const QStringList names = QDir(QStringLiteral(":/sql")).entryList(QDir::Files, QDir::Name);
        for (const QString &name : names) {
            const auto match = pattern.match(name);
            if (match.hasMatch())
                found.append({match.captured(1).toInt(), QStringLiteral(":/sql/") + name});
        }
        return found;
    }();
    return list;
}

struct Header
{
    bool sqlite = false;
    quint32 applicationId = 0;
    quint32 userVersion = 0;
};

// Reads the 100-byte SQLite header without opening the file with SQLite.
Result<Header> readHeader(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{Error::Code::Io, Text::tr("Cannot read “%1”: %2").arg(path, file.errorString()), {}, {}};
    const QByteArray bytes = file.read(100);
    Header header;
    header.sqlite = bytes.size() == 100 && bytes.startsWith(QByteArrayLiteral("SQLite format 3\0"));
    if (header.sqlite) {
        header.userVersion = qFromBigEndian<quint32>(bytes.constData() + 60);
        header.applicationId = qFromBigEndian<quint32>(bytes.constData() + 68);
    }
    return header;
}

// What the file looked like when Comptoir last closed it cleanly: size and modification time
// to the nanosecond. While a file is exactly as we left it, the full quick_check (seconds on a
// million deals) is not run again at every start; any other change to it brings it back.
QString stampPath(const QString &database)
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation)
        + QStringLiteral("/comptoir/verified");
    const QByteArray key = QCryptographicHash::hash(database.toUtf8(), QCryptographicHash::Sha1).toHex();
    return dir + QLatin1Char('/') + QString::fromLatin1(key);
}

QByteArray fileStamp(const QString &database)
{
    struct stat st = {};
    if (::stat(QFile::encodeName(database).constData(), &st) != 0)
        return {};
    return QByteArray::number(qint64(st.st_size)) + ' ' + QByteArray::number(qint64(st.st_mtim.tv_sec)) + ' '
        + QByteArray::number(qint64(st.st_mtim.tv_nsec));
}

bool unchangedSinceCleanClose(const QString &database)
{
    QFile record(stampPath(database));
    if (!record.open(QIODevice::ReadOnly))
        return false;
    const QByteArray stamp = fileStamp(database);
    // A -wal file with content means the last session did not end cleanly.
    const QFileInfo wal(database + QStringLiteral("-wal"));
    return !stamp.isEmpty() && record.readAll() == stamp && (!wal.exists() || wal.size() == 0);
}

void forgetStamp(const QString &database)
{
    QFile::remove(stampPath(database));
}

void recordStamp(const QString &database)
{
    const QString path = stampPath(database);
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile record(path);
    if (record.open(QIODevice::WriteOnly | QIODevice::Truncate))
        record.write(fileStamp(database));
}

Error refused(const QString &message)
{
    return Error{Error::Code::Forbidden, message, {}, {}};
}

} // namespace

int Database::latestSchemaVersion()
{
    return migrations().isEmpty() ? 0 : migrations().last().version;
}

QString Database::defaultPath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(dir).filePath(QStringLiteral("comptoir.db"));
}

Result<std::unique_ptr<Database>> Database::open(const QString &path, const OpenOptions &options)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    const int target = options.targetVersion < 0 ? latestSchemaVersion() : options.targetVersion;
    QFileInfo info(absolute);
    const bool existed = info.exists() && info.size() > 0;

    if (info.exists() && info.isDir())
        return refused(Text::tr("“%1” is a folder, not a Comptoir database. Choose a file.").arg(absolute));

    // First look at the bytes: a file that is not SQLite at all must not reach SQLite.
    if (existed) {
        auto header = readHeader(absolute);
        if (!header)
            return header.error();
        if (!header->sqlite) {
            return refused(Text::tr("“%1” is not a Comptoir database: it is not an SQLite file. "
                              "Choose another file, or create a new database.")
                               .arg(absolute));
        }
    }

    auto db = std::unique_ptr<Database>(new Database);
    db->m_path = absolute;

    // One writer at a time: a second Comptoir process on the same file is refused.
    db->m_lock = std::make_unique<QLockFile>(absolute + QStringLiteral(".lock"));
    db->m_lock->setStaleLockTime(0);
    if (!QDir().mkpath(info.absolutePath()))
        return Error{Error::Code::Io, Text::tr("Cannot create the folder “%1”.").arg(info.absolutePath()), {}, {}};
    if (!db->m_lock->tryLock(0)) {
        qint64 pid = 0;
        QString host, app;
        db->m_lock->getLockInfo(&pid, &host, &app);
        if (db->m_lock->error() == QLockFile::LockFailedError) {
            return Error{Error::Code::Conflict,
                         Text::tr("“%1” is already open in another Comptoir (process %2 on %3). "
                            "Close it there, then try again.")
                             .arg(absolute)
                             .arg(pid)
                             .arg(host),
                         {}, {}};
        }
        return Error{Error::Code::Io,
                     Text::tr("Cannot create the lock file next to “%1”. Check that its folder is writable.")
                         .arg(absolute),
                     {}, {}};
    }

    if (!info.exists()) {
        // Created readable by its owner only: a CRM holds personal data. SQLite gives its -wal
        // and -shm files the same permissions.
        QFile file(absolute);
        if (!file.open(QIODevice::WriteOnly))
            return Error{Error::Code::Io, Text::tr("Cannot create “%1”: %2").arg(absolute, file.errorString()), {}, {}};
        file.close();
        file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }

    db->m_connectionName = QStringLiteral("comptoir-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    db->m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), db->m_connectionName);
    db->m_db.setDatabaseName(absolute);
    db->m_db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db->m_db.open()) {
        return Error::storage(Text::tr("Cannot open “%1”.").arg(absolute), db->m_db.lastError().text());
    }

    // Everything below reads only, until the file is known to be ours and sound.
    const QString damaged = Text::tr("“%1” is damaged: SQLite reports errors in it. Nothing was changed. "
                               "Restore it from a backup (files named *.backup next to it), or "
                               "open another database.")
                                .arg(absolute);
    auto appId = db->scalar(QStringLiteral("PRAGMA application_id"));
    auto version = db->scalar(QStringLiteral("PRAGMA user_version"));
    auto objects = db->scalar(QStringLiteral("SELECT count(*) FROM sqlite_master"));
    if (!appId || !version || !objects) {
        Error e = refused(damaged);
        e.detail = !appId ? appId.error().detail : !version ? version.error().detail : objects.error().detail;
        return e;
    }
    const quint32 fileAppId = appId->toUInt();
    const int fileVersion = version->toInt();
    const bool isNew = fileAppId == 0 && fileVersion == 0 && objects->toLongLong() == 0;
    if (!isNew && fileAppId != ApplicationId) {
        return refused(Text::tr("“%1” is an SQLite database of another application, not a Comptoir "
                          "database. Nothing was changed. Choose a Comptoir database, or create a new one.")
                           .arg(absolute));
    }
    if (fileVersion > latestSchemaVersion()) {
        return refused(Text::tr("“%1” was written by a newer version of Comptoir (schema %2; this version "
                          "knows up to %3). Nothing was changed. Update Comptoir to open it.")
                           .arg(absolute)
                           .arg(fileVersion)
                           .arg(latestSchemaVersion()));
    }
    if (isNew || !unchangedSinceCleanClose(absolute)) {
        auto check = db->quickCheck();
        if (!check || *check != u"ok") {
            Error e = refused(damaged);
            e.detail = check ? *check : check.error().detail;
            return e;
        }
    }
    // Until this session closes cleanly, the next open checks the file in full.
    forgetStamp(absolute);
    db->m_verified = true;

    // A new file gets pages of 8 KiB instead of SQLite's 4 KiB, fixed for the life of the file
    // (before anything is written): a deal row is about 300 bytes, and the scans that build
    // indexes and sort the list read half as many pages. A million-deal import took 9 % less
    // time, `demo` 8 % less, the list, board and search benches the same (docs/PERFORMANCE.md).
    // Files created before keep their page size.
    if (isNew) {
        if (auto r = db->exec(QStringLiteral("PRAGMA page_size = %1").arg(NewFilePageSize)); !r)
            return r.error();
    }
    for (const char *pragma : {"PRAGMA foreign_keys = ON", "PRAGMA synchronous = FULL", "PRAGMA cache_size = -16384"}) {
        if (auto r = db->exec(QString::fromLatin1(pragma)); !r)
            return r.error();
    }
    auto mode = db->scalar(QStringLiteral("PRAGMA journal_mode = WAL"));
    if (!mode)
        return mode.error();

    if (fileVersion > 0 && fileVersion < target) {
        // Upgrading an existing file: keep a copy of it as it was, first.
        QString backup = QStringLiteral("%1.v%2.backup").arg(absolute).arg(fileVersion);
        if (QFileInfo::exists(backup))
            backup = QStringLiteral("%1.v%2.%3.backup")
                         .arg(absolute)
                         .arg(fileVersion)
                         .arg(QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMddHHmmss")));
        if (auto s = db->backupTo(backup); !s)
            return s.error();
        db->m_backupPath = backup;
    }
    if (auto s = db->migrate(target, options.seedDefaults && target == latestSchemaVersion(), !existed); !s)
        return s.error();
    return db;
}

Database::~Database()
{
    bool clean = false;
    if (m_db.isOpen()) {
        if (m_depth > 0)
            QSqlQuery(QStringLiteral("ROLLBACK"), m_db);
        clean = m_verified && m_depth == 0;
        m_db.close(); // the last connection checkpoints the WAL into the file
    }
    m_db = QSqlDatabase();
    if (!m_connectionName.isEmpty())
        QSqlDatabase::removeDatabase(m_connectionName);
    if (clean)
        recordStamp(m_path);
    if (m_lock)
        m_lock->unlock();
}

Status Database::migrate(int targetVersion, bool seedDefaultsWanted, bool wasNew)
{
    Q_UNUSED(wasNew);
    auto current = scalar(QStringLiteral("PRAGMA user_version"));
    if (!current)
        return current.error();
    for (const Migration &m : migrations()) {
        if (m.version <= current->toInt() || m.version > targetVersion)
            continue;
        QFile file(m.resource);
        if (!file.open(QIODevice::ReadOnly))
            return Error{Error::Code::Io, Text::tr("The migration %1 is missing from this program.").arg(m.resource), {}, {}};
        const QByteArray script = file.readAll();
        if (auto s = begin(); !s)
            return s;
        char *message = nullptr;
        const int rc = sqlite3_exec(handle(), script.constData(), nullptr, nullptr, &message);
        if (rc != SQLITE_OK) {
            const QString detail = QString::fromUtf8(message ? message : sqlite3_errstr(rc));
            sqlite3_free(message);
            rollback();
            return Error::storage(Text::tr("Cannot upgrade “%1” to schema version %2.").arg(m_path).arg(m.version),
                                  detail);
        }
        Status stamped = exec(QStringLiteral("PRAGMA user_version = %1").arg(m.version)).ok()
            ? Status{}
            : Status{Error::storage(Text::tr("Cannot record the schema version."), {})};
        if (stamped.ok() && m.version == 1)
            stamped = exec(QStringLiteral("PRAGMA application_id = %1").arg(ApplicationId)).ok()
                ? Status{}
                : Status{Error::storage(Text::tr("Cannot mark the file as a Comptoir database."), {})};
        if (!stamped.ok()) {
            rollback();
            return stamped;
        }
        if (auto s = commit(); !s)
            return s;
    }

    if (seedDefaultsWanted) {
        auto seeded = scalar(QStringLiteral("SELECT value FROM meta WHERE key = 'seeded'"));
        if (!seeded)
            return seeded.error();
        if (!seeded->isValid()) {
            Transaction tx(*this);
            if (!tx)
                return tx.error();
            if (auto s = seedDefaults(*this, Clock::system().now()); !s)
                return s;
            if (auto r = exec(QStringLiteral("INSERT INTO meta (key, value) VALUES ('seeded', '1')")); !r)
                return r.error();
            return tx.commit();
        }
    }
    return {};
}

Status Database::backupTo(const QString &target) const
{
    sqlite3 *dest = nullptr;
    const QByteArray name = QFile::encodeName(target);
    if (sqlite3_open(name.constData(), &dest) != SQLITE_OK) {
        const QString detail = QString::fromUtf8(sqlite3_errmsg(dest));
        sqlite3_close(dest);
        return Error{Error::Code::Io, Text::tr("Cannot create the backup “%1”.").arg(target), detail, {}};
    }
    sqlite3_backup *backup = sqlite3_backup_init(dest, "main", handle(), "main");
    int rc = SQLITE_ERROR;
    if (backup) {
        rc = sqlite3_backup_step(backup, -1);
        sqlite3_backup_finish(backup);
    }
    const QString detail = QString::fromUtf8(sqlite3_errmsg(dest));
    sqlite3_close(dest);
    if (rc != SQLITE_DONE) {
        QFile::remove(target);
        return Error{Error::Code::Io, Text::tr("Cannot copy the database to “%1” before upgrading it.").arg(target),
                     detail, {}};
    }
    QFile::setPermissions(target, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return {};
}

int Database::schemaVersion() const
{
    auto v = scalar(QStringLiteral("PRAGMA user_version"));
    return v ? v->toInt() : -1;
}

sqlite3 *Database::handle() const
{
    const QVariant v = m_db.driver()->handle();
    if (v.isValid() && qstrcmp(v.typeName(), "sqlite3*") == 0)
        return *static_cast<sqlite3 *const *>(v.constData());
    return nullptr;
}

Result<QSqlQuery> Database::exec(const QString &statement, std::initializer_list<QVariant> values) const
{
    return exec(statement, QVariantList(values));
}

Result<QSqlQuery> Database::exec(const QString &statement, const QVariantList &values) const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.prepare(statement)) {
        return Error::storage(Text::tr("The database refused a request."),
                              query.lastError().text() + QStringLiteral(" — ") + statement.simplified());
    }
    // A null QString binds as SQL NULL in Qt; text columns want '' there. NULL is QVariant().
    for (const QVariant &v : values)
        query.addBindValue(v.typeId() == QMetaType::QString && v.toString().isNull() ? QVariant(QLatin1String("")) : v);
    if (!query.exec()) {
        const QString text = query.lastError().text();
        Error e = Error::storage(Text::tr("The database refused a change."), text + QStringLiteral(" — ") + statement.simplified());
        if (text.contains(QLatin1String("locked"), Qt::CaseInsensitive) || text.contains(QLatin1String("busy"), Qt::CaseInsensitive)) {
            e.code = Error::Code::Conflict;
            e.message = Text::tr("The database is busy in another program. Try again in a moment.");
        }
        return e;
    }
    return query;
}

Result<QVariant> Database::scalar(const QString &statement, std::initializer_list<QVariant> values) const
{
    auto q = exec(statement, values);
    if (!q)
        return q.error();
    if (q->next())
        return q->value(0);
    return QVariant();
}

Result<QString> Database::quickCheck() const
{
    auto q = exec(QStringLiteral("PRAGMA quick_check"));
    if (!q)
        return q.error();
    QStringList lines;
    while (q->next())
        lines.append(q->value(0).toString());
    return lines.join(QLatin1Char('\n'));
}

Status Database::begin()
{
    const QString statement = m_depth == 0 ? QStringLiteral("BEGIN IMMEDIATE")
                                           : QStringLiteral("SAVEPOINT sp%1").arg(m_depth);
    if (auto r = exec(statement); !r)
        return r.error();
    m_savepointMarks.push_back(m_afterCommit.size());
    ++m_depth;
    return {};
}

Status Database::commit()
{
    if (m_depth == 0)
        return Error::storage(Text::tr("No transaction to commit."), {});
    const QString statement = m_depth == 1 ? QStringLiteral("COMMIT")
                                           : QStringLiteral("RELEASE sp%1").arg(m_depth - 1);
    if (auto r = exec(statement); !r) {
        rollback();
        return r.error();
    }
    --m_depth;
    m_savepointMarks.pop_back();
    if (m_depth == 0) {
        auto callbacks = std::move(m_afterCommit);
        m_afterCommit.clear();
        for (auto &f : callbacks)
            f();
    }
    return {};
}

void Database::rollback()
{
    if (m_depth == 0)
        return;
    if (m_depth == 1) {
        QSqlQuery(QStringLiteral("ROLLBACK"), m_db);
    } else {
        const QString sp = QStringLiteral("sp%1").arg(m_depth - 1);
        QSqlQuery(QStringLiteral("ROLLBACK TO ") + sp, m_db);
        QSqlQuery(QStringLiteral("RELEASE ") + sp, m_db);
    }
    --m_depth;
    m_afterCommit.resize(m_savepointMarks.back());
    m_savepointMarks.pop_back();
}

void Database::afterCommit(std::function<void()> f)
{
    if (m_depth == 0)
        f();
    else
        m_afterCommit.push_back(std::move(f));
}

Transaction::Transaction(Database &db) : m_db(db), m_begun(db.begin()) { }

Transaction::~Transaction()
{
    if (m_begun.ok() && !m_done)
        m_db.rollback();
}

Status Transaction::commit()
{
    if (!m_begun.ok())
        return m_begun;
    m_done = true;
    return m_db.commit();
}

} // namespace comptoir
