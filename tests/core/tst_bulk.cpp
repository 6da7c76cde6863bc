// SPDX-License-Identifier: GPL-3.0-or-later
// Bulk actions on 12,000 demo deals: each is one transaction with its history rows, touches only
// the deals it should, keeps the stage totals right, and its undo puts every byte back.

#include "../common/testworkspace.h"

#include "bulkservice.h"
#include "dealquery.h"
#include "demo.h"
#include "stores.h"

#include <QSignalSpy>
#include <QSqlRecord>
#include <QTest>

using namespace comptoir;
using namespace comptoir::test;

namespace {

constexpr int DemoDeals = 12000;

// Every column of every deal, as text: two dumps are equal when the table is.
QStringList dumpDeals(const Database &db)
{
    QStringList rows;
    auto q = db.exec(QStringLiteral("SELECT * FROM deals ORDER BY id"));
    if (!q)
        return {q.error().fullText()};
    while (q->next()) {
        QStringList cells;
        for (int i = 0; i < q->record().count(); ++i)
            cells << (q->value(i).isNull() ? QStringLiteral("NULL") : q->value(i).toString());
        rows << cells.join(QLatin1Char('|'));
    }
    return rows;
}

// The totals kept by triggers against the same figures counted from the deals.
QString totalsMismatch(const Database &db)
{
    auto q = db.exec(QStringLiteral(
        "SELECT count(*) FROM (SELECT stage_id, currency, deals, amount_minor FROM stage_totals WHERE deals <> 0 "
        "EXCEPT SELECT stage_id, currency, count(*), sum(amount_minor) FROM deals WHERE deleted_at IS NULL "
        "GROUP BY stage_id, currency)"));
    if (!q || !q->next())
        return QStringLiteral("query failed");
    return q->value(0).toInt() == 0 ? QString() : QStringLiteral("%1 stage totals are wrong").arg(q->value(0).toInt());
}

qint64 scalarOf(const Database &db, const QString &sql, std::initializer_list<QVariant> values = {})
{
    auto v = db.scalar(sql, values);
    return v ? v->toLongLong() : -1;
}

} // namespace

class TestBulk : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_tw.isOpen(), qPrintable(m_tw.error()));
        DemoOptions options;
        options.deals = DemoDeals;
        COMPTOIR_VERIFY_OK(generateDemo(m_tw.db(), m_tw.clock(), options));
        m_bulk = std::make_unique<BulkService>(m_tw.db(), m_tw.clock());
        COMPTOIR_TRY(main, m_tw->pipelines().defaultPipeline(m_tw.actor()));
        m_main = *main;
    }

    void closingEveryFilteredDealAsWonIsOneUndoableStep()
    {
        DealFilter open;
        open.group = DealFilter::Group::Open;
        open.pipelineId = m_main.id;
        COMPTOIR_TRY(expected, m_tw->query().ids(m_tw.actor(), open, DealSort{DealColumn::Id, false}));
        QVERIFY(expected->size() > 1000);
        const QStringList before = dumpDeals(m_tw.db());
        const qint64 history = rowCount(m_tw.db(), QStringLiteral("history"));
        QSignalSpy changed(m_bulk.get(), &BulkService::dealsChanged);

        COMPTOIR_TRY(undo, m_bulk->close(m_tw.actor(), BulkTarget::matching(open), Outcome::Won));
        QCOMPARE(undo->count(), qint64(expected->size()));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.first().first().value<QVector<Id>>(), *expected);
        // Every one of them is now on the won stage, closed at the clock's time.
        const Id won = m_main.successStage()->id;
        QCOMPARE(scalarOf(m_tw.db(), QStringLiteral("SELECT count(*) FROM deals WHERE pipeline_id = ? AND closed = 0"),
                          {m_main.id}),
                 0);
        for (Id id : {expected->first(), expected->last()}) {
            COMPTOIR_TRY(deal, m_tw->deals().get(m_tw.actor(), id));
            QCOMPARE(deal->stageId, won);
            QVERIFY(deal->closed);
            QCOMPARE(deal->closedAt, m_tw.clock().now());
            QCOMPARE(deal->probability, std::optional<int>(100));
        }
        // A stage move and a closing per deal, as DealService writes them.
        QCOMPARE(rowCount(m_tw.db(), QStringLiteral("history")), history + 2 * expected->size());
        COMPTOIR_TRY(events, m_tw->deals().history(m_tw.actor(), expected->first()));
        QCOMPARE(events->last().type, history::Closed);
        QCOMPARE(events->last().newValue, QStringLiteral("won"));
        QCOMPARE(events->at(events->size() - 2).type, history::StageMoved);
        QVERIFY(events->at(events->size() - 2).description.startsWith(QStringLiteral("Stage: ")));
        QCOMPARE(totalsMismatch(m_tw.db()), QString());

        m_tw.clock().advanceSecs(60);
        COMPTOIR_VERIFY_OK(m_bulk->undo(m_tw.actor(), *undo));
        QCOMPARE(dumpDeals(m_tw.db()), before);
        QCOMPARE(totalsMismatch(m_tw.db()), QString());
        // The undo is history too: a move back and a reopening per deal.
        QCOMPARE(rowCount(m_tw.db(), QStringLiteral("history")), history + 4 * expected->size());
        COMPTOIR_TRY(after, m_tw->deals().history(m_tw.actor(), expected->first()));
        QCOMPARE(after->last().type, history::Reopened);
    }

    void deletingAllMatchingDealsBinsThemAndUndoRestoresThem()
    {
        DealFilter web;
        web.sourceCode = QStringLiteral("WEB");
        COMPTOIR_TRY(expected, m_tw->query().ids(m_tw.actor(), web, DealSort{DealColumn::Id, false}));
        QVERIFY(expected->size() > 500);
        const QStringList before = dumpDeals(m_tw.db());
        COMPTOIR_TRY(undo, m_bulk->remove(m_tw.actor(), BulkTarget::matching(web)));
        QCOMPARE(undo->count(), qint64(expected->size()));
        COMPTOIR_TRY(left, m_tw->query().ids(m_tw.actor(), web, DealSort{}));
        QVERIFY(left->isEmpty());
        QCOMPARE(scalarOf(m_tw.db(), QStringLiteral("SELECT count(*) FROM deals WHERE deleted_by = ? AND deleted_at = ?"),
                          {m_tw.actor().userId, toStoredInstant(m_tw.clock().now())}),
                 qint64(expected->size()));
        QCOMPARE(totalsMismatch(m_tw.db()), QString());
        COMPTOIR_VERIFY_OK(m_bulk->undo(m_tw.actor(), *undo));
        QCOMPARE(dumpDeals(m_tw.db()), before);
        QCOMPARE(totalsMismatch(m_tw.db()), QString());
        COMPTOIR_TRY(events, m_tw->deals().history(m_tw.actor(), expected->first()));
        QCOMPARE(events->at(events->size() - 2).type, history::Deleted);
        QCOMPARE(events->last().type, history::Restored);
    }

    void fieldChangesOnChosenIdsTouchOnlyThoseThatDiffer()
    {
        COMPTOIR_TRY(all, m_tw->query().ids(m_tw.actor(), DealFilter{}, DealSort{DealColumn::Id, false}));
        const QVector<Id> chosen = all->mid(100, 10000);
        const QStringList before = dumpDeals(m_tw.db());
        User seller;
        seller.login = QStringLiteral("bulk-seller");
        seller.name = QStringLiteral("Bulk Seller");
        COMPTOIR_TRY(sellerId, UserStore(m_tw.db()).insert(seller, m_tw.clock().now()));

        const qint64 alreadyGoods = scalarOf(m_tw.db(), QStringLiteral("SELECT count(*) FROM deals WHERE id BETWEEN ? AND ? "
                                                                       "AND type_code = 'GOODS'"),
                                             {chosen.first(), chosen.last()});
        COMPTOIR_TRY(types, m_bulk->setType(m_tw.actor(), BulkTarget::ids(chosen), QStringLiteral("GOODS")));
        QCOMPARE(types->count(), qint64(chosen.size()) - alreadyGoods);
        COMPTOIR_TRY(sources, m_bulk->setSource(m_tw.actor(), BulkTarget::ids(chosen), QString()));
        COMPTOIR_TRY(people, m_bulk->setResponsible(m_tw.actor(), BulkTarget::ids(chosen), *sellerId));
        QCOMPARE(people->count(), qint64(chosen.size()));
        QCOMPARE(scalarOf(m_tw.db(), QStringLiteral("SELECT count(*) FROM deals WHERE responsible_id = ?"), {*sellerId}),
                 qint64(chosen.size()));
        QCOMPARE(scalarOf(m_tw.db(), QStringLiteral("SELECT count(*) FROM deals WHERE id BETWEEN ? AND ? AND "
                                                    "(type_code IS NOT 'GOODS' OR source_code IS NOT NULL)"),
                          {chosen.first(), chosen.last()}),
                 0);
        COMPTOIR_TRY(events, m_tw->deals().history(m_tw.actor(), chosen.first()));
        QCOMPARE(events->last().field, QStringLiteral("responsible"));
        QVERIFY(events->last().description.endsWith(QStringLiteral(" → Bulk Seller")));

        // Undone in the reverse order, the table is as it was.
        COMPTOIR_VERIFY_OK(m_bulk->undo(m_tw.actor(), *people));
        COMPTOIR_VERIFY_OK(m_bulk->undo(m_tw.actor(), *sources));
        COMPTOIR_VERIFY_OK(m_bulk->undo(m_tw.actor(), *types));
        QCOMPARE(dumpDeals(m_tw.db()), before);
    }

    void movingToAnotherPipelineAndRefusingAStageOfAnother()
    {
        COMPTOIR_TRY(pipelines, m_tw->pipelines().pipelines(m_tw.actor()));
        QVERIFY(pipelines->size() >= 2);
        const Pipeline &other = pipelines->at(1).id == m_main.id ? pipelines->at(0) : pipelines->at(1);
        COMPTOIR_TRY(all, m_tw->query().ids(m_tw.actor(), DealFilter{}, DealSort{DealColumn::Id, false}));
        const QVector<Id> chosen = all->mid(0, 50);
        // Any mix of pipelines: a stage of one of them is refused, with nothing changed.
        const QStringList before = dumpDeals(m_tw.db());
        auto refused = m_bulk->setStage(m_tw.actor(), BulkTarget::ids(chosen), m_main.stages[1].id);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().field, QStringLiteral("stage"));
        QCOMPARE(dumpDeals(m_tw.db()), before);

        COMPTOIR_TRY(moved, m_bulk->setPipeline(m_tw.actor(), BulkTarget::ids(chosen), other.stages[1].id));
        QCOMPARE(scalarOf(m_tw.db(), QStringLiteral("SELECT count(*) FROM deals WHERE id BETWEEN ? AND ? AND stage_id = ?"),
                          {chosen.first(), chosen.last(), other.stages[1].id}),
                 qint64(chosen.size()));
        QCOMPARE(totalsMismatch(m_tw.db()), QString());
        // Now all in one pipeline: a stage of it is fine.
        COMPTOIR_TRY(staged, m_bulk->setStage(m_tw.actor(), BulkTarget::ids(chosen), other.stages[0].id));
        QCOMPARE(staged->count(), qint64(chosen.size()));
        COMPTOIR_VERIFY_OK(m_bulk->undo(m_tw.actor(), *staged));
        COMPTOIR_VERIFY_OK(m_bulk->undo(m_tw.actor(), *moved));
        QCOMPARE(dumpDeals(m_tw.db()), before);
        QCOMPARE(totalsMismatch(m_tw.db()), QString());
    }

    void anotherSellerChangesOnlyTheirOwnDeals()
    {
        User user;
        user.login = QStringLiteral("second-seller");
        user.name = QStringLiteral("Second Seller");
        COMPTOIR_TRY(seller, UserStore(m_tw.db()).insert(user, m_tw.clock().now()));
        COMPTOIR_TRY(all, m_tw->query().ids(m_tw.actor(), DealFilter{}, DealSort{DealColumn::Id, false}));
        COMPTOIR_TRY(given, m_bulk->setResponsible(m_tw.actor(), BulkTarget::ids(all->mid(0, 300)), *seller));
        QCOMPARE(given->count(), 300);
        const qint64 theirs = scalarOf(m_tw.db(), QStringLiteral("SELECT count(*) FROM deals WHERE responsible_id = ? AND "
                                                                 "deleted_at IS NULL AND type_code IS NOT 'SALE'"),
                                       {*seller});
        QVERIFY(theirs > 0);
        COMPTOIR_TRY(undo, m_bulk->setType(Actor{*seller}, BulkTarget::matching(DealFilter{}), QStringLiteral("SALE")));
        QCOMPARE(undo->count(), theirs);
        COMPTOIR_VERIFY_OK(m_bulk->undo(Actor{*seller}, *undo));
        COMPTOIR_VERIFY_OK(m_bulk->undo(m_tw.actor(), *given));
    }

    void unknownCodesAreRefused()
    {
        auto bad = m_bulk->setType(m_tw.actor(), BulkTarget::ids({1}), QStringLiteral("NOPE"));
        QVERIFY(!bad.ok());
        QCOMPARE(bad.error().field, QStringLiteral("type"));
        auto badStage = m_bulk->setStage(m_tw.actor(), BulkTarget::ids({1}), 999999);
        QVERIFY(!badStage.ok());
    }

private:
    TestWorkspace m_tw;
    std::unique_ptr<BulkService> m_bulk;
    Pipeline m_main;
};

QTEST_GUILESS_MAIN(TestBulk)
#include "tst_bulk.moc"
