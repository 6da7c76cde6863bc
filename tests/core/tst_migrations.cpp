// SPDX-License-Identifier: GPL-3.0-or-later
#include "sqlfile.h"
#include "testworkspace.h"

#include <QDir>
#include <QFileInfo>
#include <QTest>
#include <algorithm>

#include <sqlite3.h>

using namespace comptoir;
using namespace comptoir::test;

namespace {

QStringList backupsIn(const QString &dir)
{
    return QDir(dir).entryList({ QStringLiteral("*.backup") }, QDir::Files);
}

// Data an older Comptoir would hold, written with plain SQL on the tables of schema 1 so that
// it does not depend on the services of the newest schema.
QStringList oldData()
{
    return {
        QStringLiteral("INSERT INTO users (id, login, name, is_owner, created_at) "
                       "VALUES (7, 'alice', 'Alice', 0, '2024-01-02T03:04:05.000Z')"),
        QStringLiteral("INSERT INTO pipelines (id, name, is_default) VALUES (3, 'Old sales', 0)"),
        QStringLiteral("INSERT INTO stages (id, pipeline_id, name, sort, semantic) VALUES "
                       "(30, 3, 'Open', 0, 'process'), (31, 3, 'Won', 1, 'success'), "
                       "(32, 3, 'Lost', 2, 'failure')"),
        QStringLiteral(
            "INSERT INTO deals (id, title, amount_minor, currency, pipeline_id, stage_id, "
            "responsible_id, created_at, updated_at) VALUES (5, 'Kept through the upgrade', "
            "123450, 'EUR', 3, 30, 7, '2024-01-02T03:04:05.000Z', '2024-01-02T03:04:05.000Z')"),
    };
}

// Loads an SQL script (several statements) into a new file, as the sqlite3 shell would.
bool loadScript(const QString &script, const QString &path)
{
    QFile file(script);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    sqlite3 *db = nullptr;
    bool ok = sqlite3_open(QFile::encodeName(path).constData(), &db) == SQLITE_OK;
    ok = ok && sqlite3_exec(db, file.readAll().constData(), nullptr, nullptr, nullptr) == SQLITE_OK;
    sqlite3_close(db);
    return ok;
}

} // namespace

class TestMigrations : public QObject
{
    Q_OBJECT

private slots:
    void shouldCreateNewestSchemaWhereNoFileExists();
    void shouldCreateNewestSchemaInEmptyFile();
    void shouldStopAtTargetVersionWithoutSeeding();
    void shouldUpgradeFromEachEarlierVersion_data();
    void shouldUpgradeFromEachEarlierVersion();
    void shouldNotBackUpWhenNothingIsUpgraded();
    void shouldOpenDatabaseMadeByVersionOne();
};

void TestMigrations::shouldCreateNewestSchemaWhereNoFileExists()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("sub/folder/new.db"));
    auto db = Database::open(path);
    COMPTOIR_VERIFY_OK(db);
    QCOMPARE((*db)->schemaVersion(), Database::latestSchemaVersion());
    QCOMPARE(*(*db)->quickCheck(), QStringLiteral("ok"));
    QVERIFY((*db)->backupPath().isEmpty());
    QCOMPARE(backupsIn(QFileInfo(path).absolutePath()), QStringList());
}

void TestMigrations::shouldCreateNewestSchemaInEmptyFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("empty.db"));
    QFile empty(path);
    QVERIFY(empty.open(QIODevice::WriteOnly));
    empty.close();
    QCOMPARE(QFileInfo(path).size(), 0);

    auto db = Database::open(path);
    COMPTOIR_VERIFY_OK(db);
    QCOMPARE((*db)->schemaVersion(), Database::latestSchemaVersion());
    for (const char *table : { "users", "pipelines", "stages", "deals", "history", "meta" }) {
        auto n = (*db)->scalar(
            QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table' "
                           "AND name = ?"),
            { QString::fromLatin1(table) });
        QCOMPARE(n->toInt(), 1);
    }
    QVERIFY((*db)->backupPath().isEmpty());
    QCOMPARE(backupsIn(dir.path()), QStringList());
}

void TestMigrations::shouldStopAtTargetVersionWithoutSeeding()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v1.db"));
    auto db = Database::open(path, OpenOptions { 1, false });
    COMPTOIR_VERIFY_OK(db);
    QCOMPARE((*db)->schemaVersion(), 1);
    QCOMPARE(rowCount(**db, QStringLiteral("users")), 0);
    QCOMPARE(rowCount(**db, QStringLiteral("pipelines")), 0);
    auto appId = (*db)->scalar(QStringLiteral("PRAGMA application_id"));
    QCOMPARE(appId->toLongLong(), qint64(Database::ApplicationId));
}

void TestMigrations::shouldUpgradeFromEachEarlierVersion_data()
{
    QTest::addColumn<int>("version");
    // Numbers may leave gaps (each helper was given one): only versions that exist are tried.
    const QStringList files = QDir(QStringLiteral(":/sql")).entryList(QDir::Files, QDir::Name);
    for (int v = 1; v < Database::latestSchemaVersion(); ++v) {
        const QString prefix = QStringLiteral("%1_").arg(v, 4, 10, QLatin1Char('0'));
        if (std::any_of(files.cbegin(), files.cend(), [&](const QString &f) { return f.startsWith(prefix); }))
            QTest::addRow("from version %d", v) << v;
    }
    if (Database::latestSchemaVersion() < 2)
        QTest::newRow("no earlier version yet") << 0;
}

void TestMigrations::shouldUpgradeFromEachEarlierVersion()
{
    QFETCH(int, version);
    if (version == 0)
        QSKIP("Schema 1 is the only version so far: there is nothing to upgrade from.");

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.db"));
    {
        auto old = Database::open(path, OpenOptions { version, false });
        COMPTOIR_VERIFY_OK(old);
        QCOMPARE((*old)->schemaVersion(), version);
        for (const QString &statement : oldData())
            COMPTOIR_VERIFY_OK((*old)->exec(statement));
    }

    FixedClock clock(startTime());
    auto ws = Workspace::open(path, {}, clock);
    COMPTOIR_VERIFY_OK(ws);
    Database &db = (*ws)->db();
    QCOMPARE(db.schemaVersion(), Database::latestSchemaVersion());
    QCOMPARE(db.scalar(QStringLiteral("SELECT title FROM deals WHERE id = 5"))->toString(),
             QStringLiteral("Kept through the upgrade"));
    QCOMPARE(db.scalar(QStringLiteral("SELECT amount_minor FROM deals WHERE id = 5"))->toLongLong(),
             123450);
    QCOMPARE(*db.quickCheck(), QStringLiteral("ok"));

    // The copy taken before upgrading sits next to the file and is the old database, whole.
    const QString backup = db.backupPath();
    QVERIFY(!backup.isEmpty());
    QCOMPARE(QFileInfo(backup).absolutePath(), QFileInfo(path).absolutePath());
    QCOMPARE(backupsIn(dir.path()), QStringList({ QFileInfo(backup).fileName() }));
    QCOMPARE(sqlValue(backup, QStringLiteral("PRAGMA user_version")).toInt(), version);
    QCOMPARE(sqlValue(backup, QStringLiteral("PRAGMA application_id")).toLongLong(),
             qint64(Database::ApplicationId));
    QCOMPARE(sqlValue(backup, QStringLiteral("PRAGMA quick_check")), QStringLiteral("ok"));
    QCOMPARE(sqlValue(backup, QStringLiteral("SELECT title FROM deals WHERE id = 5")),
             QStringLiteral("Kept through the upgrade"));
}

void TestMigrations::shouldNotBackUpWhenNothingIsUpgraded()
{
    TestWorkspace ws;
    QVERIFY2(ws.isOpen(), qPrintable(ws.error()));
    QVERIFY2(ws.open(), qPrintable(ws.error()));
    QVERIFY(ws.db().backupPath().isEmpty());
    QVERIFY2(ws.open(), qPrintable(ws.error()));
    QVERIFY(ws.db().backupPath().isEmpty());
    QCOMPARE(backupsIn(ws.dirPath()), QStringList());
}

// tests/data/comptoir-v1.sql is a database written by Comptoir at schema 1 (see SOURCES.md):
// when the schema moves on, this test upgrades a file the old program really wrote.
void TestMigrations::shouldOpenDatabaseMadeByVersionOne()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("from-v1.db"));
    QVERIFY(loadScript(QStringLiteral(COMPTOIR_TEST_DATA "/comptoir-v1.sql"), path));
    QCOMPARE(sqlValue(path, QStringLiteral("PRAGMA user_version")), QStringLiteral("1"));
    const QString deals = sqlValue(path, QStringLiteral("SELECT count(*) FROM deals"));
    const QString history = sqlValue(path, QStringLiteral("SELECT count(*) FROM history"));
    QVERIFY(deals.toInt() > 0);
    // Written with SQLite's default pages (4 KiB): the file keeps them, new files get 8 KiB.
    QCOMPARE(sqlValue(path, QStringLiteral("PRAGMA page_size")), QStringLiteral("4096"));

    FixedClock clock(startTime());
    auto ws = Workspace::open(path, {}, clock);
    COMPTOIR_VERIFY_OK(ws);
    Database &db = (*ws)->db();
    QCOMPARE(db.schemaVersion(), Database::latestSchemaVersion());
    QCOMPARE(db.scalar(QStringLiteral("PRAGMA page_size"))->toInt(), 4096);
    QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM deals"))->toString(), deals);
    QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM history"))->toString(), history);
    QCOMPARE(db.backupPath().isEmpty(), Database::latestSchemaVersion() == 1);

    // The services work on it: the deals of the old file can be read and changed.
    const Id first = db.scalar(QStringLiteral("SELECT min(id) FROM deals"))->toLongLong();
    COMPTOIR_TRY(deal, (*ws)->deals().get((*ws)->actor(), first));
    COMPTOIR_VERIFY_OK((*ws)->deals().setField((*ws)->actor(), first, QStringLiteral("comment"),
                                               QStringLiteral("Read after the upgrade"),
                                               QLocale::c()));
}

QTEST_GUILESS_MAIN(TestMigrations)
#include "tst_migrations.moc"
