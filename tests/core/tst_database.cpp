// SPDX-License-Identifier: GPL-3.0-or-later
#include "sqlfile.h"
#include "testworkspace.h"

#include "stores.h"

#include <QDir>
#include <QFileInfo>
#include <QSet>
#include <QTest>

#include <sys/stat.h>

using namespace comptoir;
using namespace comptoir::test;

namespace {

enum class BadFile { Text, ForeignSqlite, ForeignApplicationId, NewerComptoir, Damaged };

// A Comptoir database with enough deals to fill several pages, closed again.
bool makeComptoirFile(const QString &path, int deals)
{
    FixedClock clock(startTime());
    auto ws = Workspace::open(path, {}, clock);
    if (!ws)
        return false;
    for (int i = 0; i < deals; ++i) {
        Deal draft;
        draft.title = QStringLiteral("Deal %1").arg(i);
        draft.comment = QString(300, QLatin1Char('x'));
        if (!(*ws)->deals().create((*ws)->actor(), draft))
            return false;
    }
    return true;
}

// Overwrites the root page of the deals table: quick_check must then report errors.
bool damage(const QString &path)
{
    const qint64 page
        = sqlValue(path, QStringLiteral("SELECT rootpage FROM sqlite_master WHERE name = 'deals'"))
              .toLongLong();
    const qint64 size = sqlValue(path, QStringLiteral("PRAGMA page_size")).toLongLong();
    if (page < 3 || size <= 0)
        return false;
    QFile file(path);
    if (!file.open(QIODevice::ReadWrite) || !file.seek((page - 1) * size))
        return false;
    return file.write(QByteArray(size, '\xA5')) == size;
}

QStringList folderListing(const QString &dir)
{
    return QDir(dir).entryList(QDir::Files | QDir::Hidden, QDir::Name);
}

} // namespace

Q_DECLARE_METATYPE(BadFile)

class TestDatabase : public QObject
{
    Q_OBJECT

private slots:
    void shouldCreateFileReadableByOwnerOnly();
    void shouldSetPragmasOnNewDatabase();
    void shouldSeedDefaultsOnNewDatabase();
    void shouldReopenWithoutSeedingAgain();
    void shouldRefuseBadFileWithoutChangingIt_data();
    void shouldRefuseBadFileWithoutChangingIt();
    void shouldGiveEachRefusalItsOwnMessage();
    void shouldRefuseSecondOpenWhileFirstIsOpen();

private:
    // Builds the bad file of `kind` at `path`; returns false when the fixture itself failed.
    bool makeBadFile(BadFile kind, const QString &path);
    QString refusalMessage(BadFile kind);
};

bool TestDatabase::makeBadFile(BadFile kind, const QString &path)
{
    switch (kind) {
    case BadFile::Text: {
        QFile file(path);
        return file.open(QIODevice::WriteOnly) && file.write("name,amount\nAcme,12\n") > 0;
    }
    case BadFile::ForeignSqlite:
        return runSql(path,
                      { QStringLiteral("CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT)"),
                        QStringLiteral("INSERT INTO notes (text) VALUES ('hello')") });
    case BadFile::ForeignApplicationId:
        return runSql(path,
                      { QStringLiteral("PRAGMA application_id = 1213486160"),
                        QStringLiteral("CREATE TABLE deals (id INTEGER PRIMARY KEY)") });
    case BadFile::NewerComptoir:
        return makeComptoirFile(path, 1)
            && runSql(path,
                      { QStringLiteral("PRAGMA user_version = %1")
                            .arg(Database::latestSchemaVersion() + 1) });
    case BadFile::Damaged: {
        if (!makeComptoirFile(path, 60) || !damage(path))
            return false;
        // The fixture is only good if SQLite itself finds the damage: check on a copy.
        const QString copy = path + QStringLiteral(".copy");
        const bool copied = QFile::copy(path, copy);
        const QString result = sqlValue(copy, QStringLiteral("PRAGMA quick_check"));
        QFile::remove(copy);
        return copied && result != QLatin1String("ok");
    }
    }
    return false;
}

QString TestDatabase::refusalMessage(BadFile kind)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bad.db"));
    if (!makeBadFile(kind, path))
        return QStringLiteral("fixture failed");
    auto db = Database::open(path);
    return db ? QStringLiteral("opened") : db.error().message;
}

void TestDatabase::shouldCreateFileReadableByOwnerOnly()
{
    TestWorkspace ws;
    QVERIFY2(ws.isOpen(), qPrintable(ws.error()));
    // A write makes SQLite create the write-ahead log, which must be as private as the file.
    Deal draft;
    draft.title = QStringLiteral("Private");
    COMPTOIR_VERIFY_OK(ws->deals().create(ws.actor(), draft));
    for (const QString &path : { ws.path(), ws.path() + QStringLiteral("-wal") }) {
        struct stat info;
        QVERIFY2(::stat(QFile::encodeName(path).constData(), &info) == 0, qPrintable(path));
        QCOMPARE(info.st_mode & 0777, mode_t(0600));
    }
}

void TestDatabase::shouldSetPragmasOnNewDatabase()
{
    TestWorkspace ws;
    QVERIFY2(ws.isOpen(), qPrintable(ws.error()));
    const auto pragma = [&](const char *name) {
        auto value = ws.db().scalar(QStringLiteral("PRAGMA ") + QLatin1String(name));
        return value ? value->toString() : QStringLiteral("error: ") + value.error().fullText();
    };
    QCOMPARE(pragma("application_id").toLongLong(), qint64(Database::ApplicationId));
    QCOMPARE(pragma("journal_mode"), QStringLiteral("wal"));
    QCOMPARE(pragma("page_size").toInt(), Database::NewFilePageSize);
    QCOMPARE(Database::NewFilePageSize, 8192);
    QCOMPARE(pragma("foreign_keys"), QStringLiteral("1"));
    QCOMPARE(pragma("synchronous"), QStringLiteral("2")); // FULL
    QVERIFY2(pragma("busy_timeout").toInt() > 0, qPrintable(pragma("busy_timeout")));
    QCOMPARE(pragma("user_version").toInt(), Database::latestSchemaVersion());
    QVERIFY(Database::latestSchemaVersion() >= 1);
    QCOMPARE(ws.db().schemaVersion(), Database::latestSchemaVersion());
    QCOMPARE(ws.db().path(), QFileInfo(ws.path()).absoluteFilePath());
    QVERIFY(ws.db().backupPath().isEmpty());
}

void TestDatabase::shouldSeedDefaultsOnNewDatabase()
{
    TestWorkspace ws;
    QVERIFY2(ws.isOpen(), qPrintable(ws.error()));
    COMPTOIR_TRY(owner, UserStore(ws.db()).owner());
    QVERIFY(owner->isOwner);
    QCOMPARE(ws.actor().userId, owner->id);
    COMPTOIR_TRY(pipeline, ws->pipelines().defaultPipeline(ws.actor()));
    QVERIFY(pipeline->isDefault);
    QCOMPARE(pipeline->stages.size(), 7);
    for (const QString &list :
         { lists::DealType, lists::Source, lists::LostReason, lists::Currency }) {
        COMPTOIR_TRY(items, ListStore(ws.db()).items(list));
        QVERIFY2(!items->isEmpty(), qPrintable(list));
    }
    COMPTOIR_TRY(currencies, ListStore(ws.db()).items(lists::Currency));
    QVERIFY(std::any_of(currencies->cbegin(), currencies->cend(),
                        [](const ListItem &i) { return i.code == QLatin1String("EUR"); }));
}

void TestDatabase::shouldReopenWithoutSeedingAgain()
{
    TestWorkspace ws;
    QVERIFY2(ws.isOpen(), qPrintable(ws.error()));
    Deal draft;
    draft.title = QStringLiteral("Kept across opens");
    COMPTOIR_TRY(created, ws->deals().create(ws.actor(), draft));
    const qint64 lists = rowCount(ws.db(), QStringLiteral("list_items"));

    QVERIFY2(ws.open(), qPrintable(ws.error()));
    COMPTOIR_TRY(deal, ws->deals().get(ws.actor(), created->id));
    QCOMPARE(deal->title, draft.title);
    QCOMPARE(rowCount(ws.db(), QStringLiteral("pipelines")), 1);
    QCOMPARE(rowCount(ws.db(), QStringLiteral("users")), 1);
    QCOMPARE(rowCount(ws.db(), QStringLiteral("list_items")), lists);
    QVERIFY(ws.db().backupPath().isEmpty());
}

void TestDatabase::shouldRefuseBadFileWithoutChangingIt_data()
{
    QTest::addColumn<BadFile>("kind");
    QTest::newRow("a text file") << BadFile::Text;
    QTest::newRow("SQLite of another application") << BadFile::ForeignSqlite;
    QTest::newRow("another application id") << BadFile::ForeignApplicationId;
    QTest::newRow("written by a newer Comptoir") << BadFile::NewerComptoir;
    QTest::newRow("damaged") << BadFile::Damaged;
}

void TestDatabase::shouldRefuseBadFileWithoutChangingIt()
{
    QFETCH(BadFile, kind);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bad.db"));
    QVERIFY2(makeBadFile(kind, path), "the fixture could not be built");
    const QByteArray before = fileHash(path);
    const QStringList listing = folderListing(dir.path());
    QVERIFY(!before.isEmpty());

    FixedClock clock(startTime());
    auto ws = Workspace::open(path, {}, clock);
    QVERIFY2(!ws, "the bad file was opened");
    QVERIFY2(ws.error().message.contains(QStringLiteral("bad.db")), qPrintable(ws.error().message));
    QCOMPARE(fileHash(path), before);
    QCOMPARE(folderListing(dir.path()), listing); // no lock, journal or backup left behind

    // A second attempt meets the same file and the same refusal.
    auto again = Database::open(path);
    QVERIFY(!again);
    QCOMPARE(again.error().message, ws.error().message);
    QCOMPARE(fileHash(path), before);
}

void TestDatabase::shouldGiveEachRefusalItsOwnMessage()
{
    QSet<QString> messages;
    const QList<BadFile> kinds
        = { BadFile::Text, BadFile::ForeignSqlite, BadFile::NewerComptoir, BadFile::Damaged };
    for (BadFile kind : kinds) {
        // Messages name the file, whose folder differs per case: compare them without it.
        messages.insert(refusalMessage(kind).section(QStringLiteral("bad.db"), 1));
    }
    QCOMPARE(messages.size(), kinds.size());
}

void TestDatabase::shouldRefuseSecondOpenWhileFirstIsOpen()
{
    TestWorkspace first;
    QVERIFY2(first.isOpen(), qPrintable(first.error()));
    const QByteArray before = fileHash(first.path());
    const QStringList listing = folderListing(first.dirPath());

    auto second = Database::open(first.path());
    QVERIFY2(!second, "a second open of the same file succeeded");
    QCOMPARE(second.error().code, Error::Code::Conflict);
    QVERIFY2(second.error().message.contains(QFileInfo(first.path()).fileName()),
             qPrintable(second.error().message));
    QCOMPARE(fileHash(first.path()), before);
    QCOMPARE(folderListing(first.dirPath()), listing); // the first one's lock is still there

    // The first is not disturbed, and once it closes the file opens again.
    COMPTOIR_VERIFY_OK(
        first.db().exec(QStringLiteral("INSERT INTO meta (key, value) VALUES ('k', 'v')")));
    first.close();
    auto third = Database::open(first.path());
    COMPTOIR_VERIFY_OK(third);
    QCOMPARE((*third)->scalar(QStringLiteral("SELECT value FROM meta WHERE key = 'k'"))->toString(),
             QStringLiteral("v"));
}

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
