// SPDX-License-Identifier: GPL-3.0-or-later
#include "testworkspace.h"

#include <QTest>

using namespace comptoir;
using namespace comptoir::test;

// Nested transactions and the after-commit queue that change signals go through.
class TestTransactions : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void shouldCommitNestedTransactions();
    void shouldRollBackInnerTransactionOnly();
    void shouldRollBackOuterTransactionWithCommittedInner();
    void shouldRollBackGuardThatWasNotCommitted();
    void shouldCommitGuard();
    void shouldRunAfterCommitAtOnceOutsideTransactions();
    void shouldRunAfterCommitCallbacksOnlyAfterOutermostCommit();
    void shouldDropAfterCommitCallbacksOnRollback();
    void shouldDropOnlyInnerCallbacksOnInnerRollback();
    void shouldRefuseCommitWithoutTransaction();

private:
    bool put(const QString &key);
    QStringList keys();
    std::unique_ptr<TestWorkspace> m_ws;
};

void TestTransactions::init()
{
    m_ws = std::make_unique<TestWorkspace>();
    QVERIFY2(m_ws->isOpen(), qPrintable(m_ws->error()));
}

void TestTransactions::cleanup()
{
    m_ws.reset();
}

bool TestTransactions::put(const QString &key)
{
    return m_ws->db()
        .exec(QStringLiteral("INSERT INTO meta (key, value) VALUES (?, 'x')"), { key })
        .ok();
}

QStringList TestTransactions::keys()
{
    QStringList found;
    auto q = m_ws->db().exec(
        QStringLiteral("SELECT key FROM meta WHERE key LIKE 'test.%' ORDER BY key"));
    while (q && q->next())
        found << q->value(0).toString();
    return found;
}

void TestTransactions::shouldCommitNestedTransactions()
{
    Database &db = m_ws->db();
    COMPTOIR_VERIFY_OK(db.begin());
    QVERIFY(put(QStringLiteral("test.a")));
    COMPTOIR_VERIFY_OK(db.begin());
    QCOMPARE(db.transactionDepth(), 2);
    QVERIFY(put(QStringLiteral("test.b")));
    COMPTOIR_VERIFY_OK(db.commit());
    QCOMPARE(db.transactionDepth(), 1);
    COMPTOIR_VERIFY_OK(db.commit());
    QCOMPARE(db.transactionDepth(), 0);
    QCOMPARE(keys(), QStringList({ QStringLiteral("test.a"), QStringLiteral("test.b") }));

    // Committed for real: another open of the file sees both rows.
    QVERIFY2(m_ws->open(), qPrintable(m_ws->error()));
    QCOMPARE(keys(), QStringList({ QStringLiteral("test.a"), QStringLiteral("test.b") }));
}

void TestTransactions::shouldRollBackInnerTransactionOnly()
{
    Database &db = m_ws->db();
    COMPTOIR_VERIFY_OK(db.begin());
    QVERIFY(put(QStringLiteral("test.a")));
    COMPTOIR_VERIFY_OK(db.begin());
    QVERIFY(put(QStringLiteral("test.b")));
    db.rollback();
    QCOMPARE(db.transactionDepth(), 1);
    COMPTOIR_VERIFY_OK(db.commit());
    QCOMPARE(keys(), QStringList({ QStringLiteral("test.a") }));
}

void TestTransactions::shouldRollBackOuterTransactionWithCommittedInner()
{
    Database &db = m_ws->db();
    COMPTOIR_VERIFY_OK(db.begin());
    QVERIFY(put(QStringLiteral("test.a")));
    COMPTOIR_VERIFY_OK(db.begin());
    QVERIFY(put(QStringLiteral("test.b")));
    COMPTOIR_VERIFY_OK(db.commit());
    db.rollback();
    QCOMPARE(db.transactionDepth(), 0);
    QCOMPARE(keys(), QStringList());
}

void TestTransactions::shouldRollBackGuardThatWasNotCommitted()
{
    {
        Transaction tx(m_ws->db());
        QVERIFY(tx);
        QVERIFY(put(QStringLiteral("test.a")));
    }
    QCOMPARE(m_ws->db().transactionDepth(), 0);
    QCOMPARE(keys(), QStringList());
}

void TestTransactions::shouldCommitGuard()
{
    {
        Transaction tx(m_ws->db());
        QVERIFY(tx);
        QVERIFY(put(QStringLiteral("test.a")));
        COMPTOIR_VERIFY_OK(tx.commit());
    }
    QCOMPARE(m_ws->db().transactionDepth(), 0);
    QCOMPARE(keys(), QStringList({ QStringLiteral("test.a") }));
}

void TestTransactions::shouldRunAfterCommitAtOnceOutsideTransactions()
{
    int runs = 0;
    m_ws->db().afterCommit([&runs] { ++runs; });
    QCOMPARE(runs, 1);
}

void TestTransactions::shouldRunAfterCommitCallbacksOnlyAfterOutermostCommit()
{
    Database &db = m_ws->db();
    QStringList ran;
    COMPTOIR_VERIFY_OK(db.begin());
    db.afterCommit([&ran] { ran << QStringLiteral("outer"); });
    COMPTOIR_VERIFY_OK(db.begin());
    db.afterCommit([&ran] { ran << QStringLiteral("inner"); });
    COMPTOIR_VERIFY_OK(db.commit());
    QCOMPARE(ran, QStringList()); // the inner commit is only a savepoint release
    COMPTOIR_VERIFY_OK(db.commit());
    QCOMPARE(ran, QStringList({ QStringLiteral("outer"), QStringLiteral("inner") }));

    // Each callback runs once: a later transaction does not run them again.
    COMPTOIR_VERIFY_OK(db.begin());
    COMPTOIR_VERIFY_OK(db.commit());
    QCOMPARE(ran.size(), 2);
}

void TestTransactions::shouldDropAfterCommitCallbacksOnRollback()
{
    Database &db = m_ws->db();
    int runs = 0;
    COMPTOIR_VERIFY_OK(db.begin());
    db.afterCommit([&runs] { ++runs; });
    COMPTOIR_VERIFY_OK(db.begin());
    db.afterCommit([&runs] { ++runs; });
    COMPTOIR_VERIFY_OK(db.commit());
    db.rollback();
    QCOMPARE(runs, 0);
    COMPTOIR_VERIFY_OK(db.begin());
    COMPTOIR_VERIFY_OK(db.commit());
    QCOMPARE(runs, 0); // dropped, not postponed
}

void TestTransactions::shouldDropOnlyInnerCallbacksOnInnerRollback()
{
    Database &db = m_ws->db();
    QStringList ran;
    COMPTOIR_VERIFY_OK(db.begin());
    db.afterCommit([&ran] { ran << QStringLiteral("outer"); });
    COMPTOIR_VERIFY_OK(db.begin());
    db.afterCommit([&ran] { ran << QStringLiteral("inner"); });
    db.rollback();
    COMPTOIR_VERIFY_OK(db.commit());
    QCOMPARE(ran, QStringList({ QStringLiteral("outer") }));
}

void TestTransactions::shouldRefuseCommitWithoutTransaction()
{
    QCOMPARE(m_ws->db().transactionDepth(), 0);
    QVERIFY(!m_ws->db().commit().ok());
    QCOMPARE(m_ws->db().transactionDepth(), 0);
}

QTEST_GUILESS_MAIN(TestTransactions)
#include "tst_transactions.moc"
