// SPDX-License-Identifier: GPL-3.0-or-later
// The list's bulk actions as undo commands: "all filtered" over 10,500 deals runs in chunks in
// one transaction, is one step on the undo stack, and its undo puts every deal back byte for
// byte; a cancel leaves the database as it was.

#include "testworkspace.h"

#include "bulkcommands.h"
#include "demo.h"
#include "stores.h"

#include <QCryptographicHash>
#include <QSqlRecord>
#include <QUndoStack>

using namespace comptoir;
using namespace comptoir::test;

namespace {

constexpr int DemoDeals = 10500; // more than 10,000, and more than two chunks

// A hash of every column of every deal: equal when the table is.
QByteArray dealsHash(const Database &db)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    auto q = db.exec(QStringLiteral("SELECT * FROM deals ORDER BY id"));
    if (!q)
        return q.error().fullText().toUtf8();
    while (q->next()) {
        for (int i = 0; i < q->record().count(); ++i) {
            hash.addData(q->value(i).isNull() ? QByteArrayView("\x01NULL") : q->value(i).toString().toUtf8());
            hash.addData(QByteArrayView("\x1f"));
        }
        hash.addData(QByteArrayView("\x1e"));
    }
    return hash.result();
}

qint64 scalarOf(const Database &db, const QString &sql)
{
    auto v = db.scalar(sql);
    return v ? v->toLongLong() : -1;
}

} // namespace

class TestBulkCommands : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_tw.isOpen(), qPrintable(m_tw.error()));
        DemoOptions options;
        options.deals = DemoDeals;
        COMPTOIR_VERIFY_OK(generateDemo(m_tw.db(), m_tw.clock(), options));
    }

    void bulkActions_data()
    {
        QTest::addColumn<int>("kind");
        QTest::newRow("won") << int(BulkAction::Kind::Won);
        QTest::newRow("lost with a reason") << int(BulkAction::Kind::Lost);
        QTest::newRow("responsible") << int(BulkAction::Kind::Responsible);
    }

    // Every live deal (12,000 > two chunks) through the command, then undo and redo.
    void bulkActions()
    {
        QFETCH(int, kind);
        BulkAction action;
        action.kind = BulkAction::Kind(kind);
        if (action.kind == BulkAction::Kind::Lost) {
            COMPTOIR_TRY(reasons, ListStore(m_tw.db()).items(lists::LostReason));
            QVERIFY(!reasons->isEmpty());
            action.code = reasons->constFirst().code;
            action.note = QStringLiteral("too expensive");
        } else if (action.kind == BulkAction::Kind::Responsible) {
            User seller;
            seller.login = QStringLiteral("bulk-seller");
            seller.name = QStringLiteral("Bulk Seller");
            COMPTOIR_TRY(id, UserStore(m_tw.db()).insert(seller, m_tw.clock().now()));
            action.id = *id;
            action.label = seller.name;
        } else if (action.kind == BulkAction::Kind::Source) {
            COMPTOIR_TRY(sources, ListStore(m_tw.db()).items(lists::Source));
            action.code = sources->constLast().code;
        }
        const qint64 live = scalarOf(m_tw.db(), QStringLiteral("SELECT count(*) FROM deals WHERE deleted_at IS NULL"));
        QVERIFY(live > 2 * BulkChunk);
        const QByteArray before = dealsHash(m_tw.db());
        const qint64 historyBefore = rowCount(m_tw.db(), QStringLiteral("history"));

        QUndoStack stack;
        QList<qint64> reported;
        int changed = 0;
        BulkHooks hooks;
        hooks.progress = [&](qint64 done, qint64 total) {
            reported << done;
            return total == live;
        };
        hooks.changed = [&] { ++changed; };
        COMPTOIR_TRY(count, BulkCommand::execute(m_tw.ws(), action, BulkTarget::matching(DealFilter{}), &stack, hooks));
        QVERIFY(*count > 0);
        QCOMPARE(stack.count(), 1);
        QCOMPARE(changed, 1);
        QVERIFY2(reported.size() >= 4, "progress is reported between chunks");
        QCOMPARE(reported.constFirst(), 0);
        QCOMPARE(reported.constLast(), live);
        QVERIFY(rowCount(m_tw.db(), QStringLiteral("history")) >= historyBefore + *count);
        const QByteArray after = dealsHash(m_tw.db());
        QVERIFY(after != before);
        if (action.kind == BulkAction::Kind::Lost) {
            QCOMPARE(scalarOf(m_tw.db(), QStringLiteral("SELECT count(*) FROM deals WHERE closed = 1 AND lost_note = "
                                                       "'too expensive'")),
                     *count);
        }

        stack.undo();
        QCOMPARE(dealsHash(m_tw.db()), before);
        QCOMPARE(changed, 2);
        stack.redo(); // the fixed clock makes the redo write the very same bytes
        QCOMPARE(dealsHash(m_tw.db()), after);
        stack.undo();
        QCOMPARE(dealsHash(m_tw.db()), before);
        const auto *command = static_cast<const BulkCommand *>(stack.command(0));
        QVERIFY(!command->lastError());
    }

    void aCancelledBulkActionChangesNothing()
    {
        const QByteArray before = dealsHash(m_tw.db());
        const qint64 historyBefore = rowCount(m_tw.db(), QStringLiteral("history"));
        QUndoStack stack;
        BulkHooks hooks;
        int calls = 0;
        hooks.progress = [&](qint64, qint64) { return ++calls < 3; }; // cancel after two chunks
        BulkAction action;
        action.kind = BulkAction::Kind::Delete;
        auto result = BulkCommand::execute(m_tw.ws(), action, BulkTarget::matching(DealFilter{}), &stack, hooks);
        QVERIFY(!result);
        QCOMPARE(result.error().code, Error::Code::Conflict);
        QCOMPARE(stack.count(), 0);
        QCOMPARE(dealsHash(m_tw.db()), before);
        QCOMPARE(rowCount(m_tw.db(), QStringLiteral("history")), historyBefore);
    }

    void aFewChosenDealsRunAsOneStatement()
    {
        COMPTOIR_TRY(ids, m_tw->query().ids(m_tw.actor(), DealFilter{}, DealSort{DealColumn::Id, false}));
        const QVector<Id> chosen = ids->mid(0, 3);
        QUndoStack stack;
        int progressCalls = 0;
        BulkHooks hooks;
        hooks.progress = [&](qint64, qint64) { ++progressCalls; return true; };
        BulkAction action;
        action.kind = BulkAction::Kind::Delete;
        COMPTOIR_TRY(count, BulkCommand::execute(m_tw.ws(), action, BulkTarget::ids(chosen), &stack, hooks));
        QCOMPARE(*count, 3);
        QCOMPARE(progressCalls, 0);
        QVERIFY2(stack.undoText().startsWith(QStringLiteral("Delete 3 deal")), qPrintable(stack.undoText()));
        QCOMPARE(scalarOf(m_tw.db(), QStringLiteral("SELECT count(*) FROM deals WHERE deleted_at IS NOT NULL")), 3);
        stack.undo();
        QCOMPARE(scalarOf(m_tw.db(), QStringLiteral("SELECT count(*) FROM deals WHERE deleted_at IS NOT NULL")), 0);
    }

private:
    TestWorkspace m_tw;
};

QTEST_GUILESS_MAIN(TestBulkCommands)
#include "tst_bulkcommands.moc"
