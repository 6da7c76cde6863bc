// SPDX-License-Identifier: GPL-3.0-or-later
// The import's table of clients and keys: in memory up to its size, then in a TEMP table, with
// the same answers either way (a large file's memory stays bounded, its matches do not change).
#include "import/clienttable.h"

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
};

QTEST_GUILESS_MAIN(TestImportClientTable)
#include "tst_importclienttable.moc"
