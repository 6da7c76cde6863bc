// SPDX-License-Identifier: GPL-3.0-or-later
// The import's tables of clients and of its keys: in memory up to its size, then in a TEMP table, with
// the same answers either way (a large file's memory stays bounded, its matches do not change).
#include "import/clienttable.h"
#include "import/keytable.h"

#include <QTest>

#include <sqlite3.h>

using namespace comptoir;
using namespace comptoir::import;

class TestImportClientTable : public QObject
{
    Q_OBJECT

private:
    sqlite3 *m_db = nullptr;

private slots:
    void init() { QCOMPARE(sqlite3_open(":memory:", &m_db), SQLITE_OK); }
    void cleanup()
    {
        sqlite3_close(m_db);
        m_db = nullptr;
    }

    void keysBeyondTheMemoryPartAreFoundInTheTempTable_data()
    {
        QTest::addColumn<int>("keys");
        QTest::newRow("all in memory") << 500;
        QTest::newRow("most in the TEMP table") << 20000;
    }
    void keysBeyondTheMemoryPartAreFoundInTheTempTable()
    {
        QFETCH(int, keys);
        ClientTable table("test_clients", 1024); // at most 921 keys in memory
        QVERIFY(table.attach(m_db));
        for (int i = 0; i < keys; ++i)
            table.insert(ClientTable::Kind::Email, QStringLiteral("c%1@exemple.fr").arg(i), 1000 + i);
        QVERIFY(!table.failed());
        QCOMPARE(table.spilled() > 0, keys > 921);
        for (int i = 0; i < keys; ++i)
            QCOMPARE(table.find(ClientTable::Kind::Email, QStringLiteral("c%1@exemple.fr").arg(i)), Id(1000 + i));
        QCOMPARE(table.find(ClientTable::Kind::Email, QStringLiteral("absent@exemple.fr")), std::nullopt);
        QVERIFY(!table.failed());
    }

    void theSameTextOfAnotherKindIsAnotherKey()
    {
        ClientTable table("test_clients", 1024);
        QVERIFY(table.attach(m_db));
        table.insert(ClientTable::Kind::Company, QStringLiteral("martin"), 7);
        QCOMPARE(table.find(ClientTable::Kind::Company, QStringLiteral("martin")), Id(7));
        QCOMPARE(table.find(ClientTable::Kind::Name, QStringLiteral("martin")), std::nullopt);
    }

    // As a hash map: a key inserted again takes its new id, in memory and in the TEMP table.
    void aKeyInsertedAgainTakesItsNewId()
    {
        ClientTable table("test_clients", 1024);
        QVERIFY(table.attach(m_db));
        for (int i = 0; i < 3000; ++i)
            table.insert(ClientTable::Kind::Name, QStringLiteral("n%1").arg(i), 1 + i);
        for (int i : { 0, 2999 })
            table.insert(ClientTable::Kind::Name, QStringLiteral("n%1").arg(i), 50000 + i);
        QCOMPARE(table.find(ClientTable::Kind::Name, QStringLiteral("n0")), Id(50000));
        QCOMPARE(table.find(ClientTable::Kind::Name, QStringLiteral("n2999")), Id(52999));
        QCOMPARE(table.find(ClientTable::Kind::Name, QStringLiteral("n1500")), Id(1501));
    }

    // Attached again (the next import on the connection), the table starts empty.
    void attachingAgainEmptiesIt()
    {
        ClientTable table("test_clients", 1024);
        QVERIFY(table.attach(m_db));
        for (int i = 0; i < 2000; ++i)
            table.insert(ClientTable::Kind::Phone, QStringLiteral("+3361%1").arg(i), 1 + i);
        QVERIFY(table.attach(m_db));
        QCOMPARE(table.spilled(), 0);
        QCOMPARE(table.find(ClientTable::Kind::Phone, QStringLiteral("+36110")), std::nullopt);
        QCOMPARE(table.find(ClientTable::Kind::Phone, QStringLiteral("+33611999")), std::nullopt);
    }

    // The keys: each row found by its key through growth and beyond the memory part, where the
    // caller's comparison (here: the row's key in a map) decides.
    void stagedKeysAreFoundThroughGrowthAndInTheTempTable_data()
    {
        QTest::addColumn<int>("keys");
        QTest::newRow("all in memory, grown four times") << 10000;
        QTest::newRow("most in the TEMP table") << 30000;
    }
    void stagedKeysAreFoundThroughGrowthAndInTheTempTable()
    {
        QFETCH(int, keys);
        KeyTable table("test_keys", 16384); // at most 14,745 keys in memory
        QVERIFY(table.attach(m_db));
        QHash<Id, QString> staged;
        for (int i = 0; i < keys; ++i) {
            const QString key = QStringLiteral("AFF-%1").arg(i);
            staged.insert(Id(i + 1), key);
            table.insert(key, Id(i + 1));
        }
        QVERIFY(!table.failed());
        int lookups = 0;
        for (int i = 0; i < keys; ++i) {
            const QString key = QStringLiteral("AFF-%1").arg(i);
            const auto row = table.find(key, [&](Id candidate) {
                ++lookups;
                return staged.value(candidate) == key;
            });
            QCOMPARE(row, std::optional<Id>(Id(i + 1)));
        }
        // A 32-bit tag leaves almost no candidate that is not the key.
        QVERIFY2(lookups < keys + keys / 1000 + 2, qPrintable(QString::number(lookups)));
        QCOMPARE(table.find(QStringLiteral("AFF-absent"), [&](Id) { return true; }), std::nullopt);
        QVERIFY(!table.failed());
    }

    // A candidate the caller rejects (another key under the same hash) does not end the search:
    // the next one under that hash is offered, in memory and in the TEMP table.
    void aRejectedCandidateLeadsToTheNextOne()
    {
        KeyTable table("test_keys", 1024);
        QVERIFY(table.attach(m_db));
        for (int i = 0; i < 2000; ++i) // past 921: the last ones go to the TEMP table
            table.insert(QStringLiteral("k%1").arg(i), Id(i + 1));
        for (const int i : { 5, 1995 }) {
            const QString key = QStringLiteral("k%1").arg(i);
            table.insert(key, Id(100000 + i)); // the same hash again
            QList<Id> offered;
            const auto row = table.find(key, [&](Id candidate) {
                offered.append(candidate);
                return candidate >= 100000;
            });
            QCOMPARE(row, std::optional<Id>(Id(100000 + i)));
            QCOMPARE(offered.first(), Id(i + 1));
        }
        QVERIFY(!table.failed());
    }
};

QTEST_GUILESS_MAIN(TestImportClientTable)
#include "tst_importclienttable.moc"
