// SPDX-License-Identifier: GPL-3.0-or-later
// The per-stage totals kept by triggers (stage_totals) must always equal what an aggregate over
// the deals says, whatever happens to the deals and the stages.
#include "stores.h"
#include "testworkspace.h"

#include <QRandomGenerator>
#include <QTest>

using namespace comptoir;
using namespace comptoir::test;

namespace {
// Both sides as text rows "stage|currency|count|amount|weighted", sorted.
QStringList kept(const Database &db)
{
    QStringList rows;
    auto q = db.exec(QStringLiteral("SELECT stage_id, currency, deals, amount_minor, weighted_centi FROM stage_totals "
                                    "WHERE deals <> 0 ORDER BY stage_id, currency"));
    while (q && q->next())
        rows << QStringLiteral("%1|%2|%3|%4|%5").arg(q->value(0).toString(), q->value(1).toString(), q->value(2).toString(),
                                                     q->value(3).toString(), q->value(4).toString());
    return rows;
}

QStringList recomputed(const Database &db)
{
    QStringList rows;
    auto q = db.exec(QStringLiteral("SELECT d.stage_id, d.currency, count(*), sum(d.amount_minor), "
                                    "sum(d.amount_minor * coalesce(d.probability, s.probability, 0)) "
                                    "FROM deals d JOIN stages s ON s.id = d.stage_id "
                                    "WHERE d.deleted_at IS NULL GROUP BY d.stage_id, d.currency ORDER BY d.stage_id, d.currency"));
    while (q && q->next())
        rows << QStringLiteral("%1|%2|%3|%4|%5").arg(q->value(0).toString(), q->value(1).toString(), q->value(2).toString(),
                                                     q->value(3).toString(), q->value(4).toString());
    return rows;
}
} // namespace

class TestStageTotals : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldKeepTotalsEqualToTheDealsThroughRandomChanges();
    void shouldReweighWhenAStageProbabilityChanges();
    void shouldAnswerSummaryAndByStageLikeAnAggregate();
};

void TestStageTotals::shouldKeepTotalsEqualToTheDealsThroughRandomChanges()
{
    TestWorkspace t;
    QVERIFY2(t.isOpen(), qPrintable(t.error()));
    COMPTOIR_TRY(pipeline, t->pipelines().defaultPipeline(t.actor()));
    COMPTOIR_TRY(second, t->pipelines().create(t.actor(), QStringLiteral("Service")));
    const QStringList currencies{QStringLiteral("EUR"), QStringLiteral("USD"), QStringLiteral("GBP")};
    QRandomGenerator random(42);
    QList<Id> deals;
    for (int step = 0; step < 300; ++step) {
        const int action = deals.isEmpty() ? 0 : random.bounded(7);
        const Id someDeal = deals.isEmpty() ? 0 : deals[random.bounded(deals.size())];
        switch (action) {
        case 0: {
            Deal d;
            d.title = QStringLiteral("Deal %1").arg(step);
            d.amountMinor = random.bounded(1, 1000000);
            d.currency = currencies[random.bounded(currencies.size())];
            if (random.bounded(2))
                d.probability = random.bounded(101);
            COMPTOIR_TRY(created, t->deals().create(t.actor(), d));
            deals << created->id;
            break;
        }
        case 1: {
            const Stage &s = pipeline->stages[random.bounded(pipeline->stages.size())];
            auto moved = t->deals().moveToStage(t.actor(), someDeal, s.id);
            Q_UNUSED(moved); // a deal in the other pipeline refuses: fine, totals stay right
            break;
        }
        case 2: {
            COMPTOIR_TRY(d, t->deals().get(t.actor(), someDeal));
            Deal changed = *d;
            changed.amountMinor = random.bounded(0, 5000000);
            changed.currency = currencies[random.bounded(currencies.size())];
            COMPTOIR_VERIFY_OK(t->deals().update(t.actor(), changed));
            break;
        }
        case 3: {
            COMPTOIR_TRY(d, t->deals().get(t.actor(), someDeal));
            Deal changed = *d;
            changed.probability = random.bounded(2) ? std::optional<int>(random.bounded(101)) : std::nullopt;
            COMPTOIR_VERIFY_OK(t->deals().update(t.actor(), changed));
            break;
        }
        case 4:
            COMPTOIR_VERIFY_OK(t->deals().close(t.actor(), someDeal, random.bounded(2) ? Outcome::Won : Outcome::Lost));
            break;
        case 5: {
            const Stage &s = second->stages[random.bounded(second->stages.size())];
            COMPTOIR_VERIFY_OK(t->deals().moveToPipeline(t.actor(), someDeal, s.id));
            break;
        }
        case 6:
            COMPTOIR_VERIFY_OK(t->deals().remove(t.actor(), someDeal));
            deals.removeOne(someDeal);
            break;
        }
        QCOMPARE(kept(t.db()), recomputed(t.db()));
    }
    QVERIFY(!recomputed(t.db()).isEmpty());

    // Deleting a stage moves its deals: the totals follow, and the stage's row goes.
    const Stage quote = pipeline->stages[2];
    for (Id id : deals.mid(0, 5)) {
        if (t->deals().get(t.actor(), id)->pipelineId == pipeline->id)
            COMPTOIR_VERIFY_OK(t->deals().moveToStage(t.actor(), id, quote.id));
    }
    COMPTOIR_VERIFY_OK(t->pipelines().removeStage(t.actor(), quote.id, pipeline->stages[1].id));
    QCOMPARE(kept(t.db()), recomputed(t.db()));
    QCOMPARE(rowCount(t.db(), QStringLiteral("stage_totals WHERE stage_id = %1").arg(quote.id)), 0);
}

void TestStageTotals::shouldReweighWhenAStageProbabilityChanges()
{
    TestWorkspace t;
    COMPTOIR_TRY(pipeline, t->pipelines().defaultPipeline(t.actor()));
    Deal plain;
    plain.title = QStringLiteral("Follows the stage");
    plain.amountMinor = 10000;
    COMPTOIR_TRY(a, t->deals().create(t.actor(), plain));
    Deal own = plain;
    own.title = QStringLiteral("Has its own probability");
    own.probability = 50;
    COMPTOIR_TRY(b, t->deals().create(t.actor(), own));
    // The first deal took the stage's probability (10 %) when it was created.
    QCOMPARE(a->probability, std::optional<int>(10));
    Deal cleared = *a;
    cleared.probability.reset();
    COMPTOIR_VERIFY_OK(t->deals().update(t.actor(), cleared));

    Stage first = pipeline->stages.first();
    first.probability = 30;
    COMPTOIR_VERIFY_OK(t->pipelines().updateStage(t.actor(), first));
    QCOMPARE(kept(t.db()), recomputed(t.db()));
    COMPTOIR_TRY(stages, t->query().byStage(t.actor(), pipeline->id));
    // 100.00 × 30 % + 100.00 × 50 % = 80.00
    QCOMPARE(stages->first().weightedTotals.value(QStringLiteral("EUR")), 8000);
}

void TestStageTotals::shouldAnswerSummaryAndByStageLikeAnAggregate()
{
    TestWorkspace t;
    COMPTOIR_TRY(pipeline, t->pipelines().defaultPipeline(t.actor()));
    qint64 eur = 0;
    for (int i = 0; i < 12; ++i) {
        Deal d;
        d.title = QStringLiteral("D%1").arg(i);
        d.amountMinor = 1000 * (i + 1);
        d.currency = i % 3 == 0 ? QStringLiteral("USD") : QStringLiteral("EUR");
        d.stageId = pipeline->stages[i % pipeline->stages.size()].id;
        COMPTOIR_TRY(created, t->deals().create(t.actor(), d));
        if (d.currency == u"EUR")
            eur += d.amountMinor;
    }
    COMPTOIR_TRY(all, t->query().summary(t.actor(), {}));
    QCOMPARE(all->count, 12);
    QCOMPARE(all->totals.value(QStringLiteral("EUR")), eur);

    DealFilter won;
    won.group = DealFilter::Group::Won;
    COMPTOIR_TRY(wonSummary, t->query().summary(t.actor(), won));
    auto expected = t.db().scalar(QStringLiteral("SELECT count(*) FROM deals d JOIN stages s ON s.id = d.stage_id "
                                                 "WHERE s.semantic = 'success'"));
    QCOMPARE(wonSummary->count, expected->toLongLong());

    COMPTOIR_TRY(stages, t->query().byStage(t.actor(), pipeline->id));
    qint64 counted = 0;
    for (const StageSummary &s : *stages)
        counted += s.count;
    QCOMPARE(counted, 12);
    QCOMPARE(stages->size(), pipeline->stages.size());
}

QTEST_GUILESS_MAIN(TestStageTotals)
#include "tst_stagetotals.moc"
