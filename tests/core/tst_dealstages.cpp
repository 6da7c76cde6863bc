// SPDX-License-Identifier: GPL-3.0-or-later
#include "testworkspace.h"

#include <QSignalSpy>
#include <QTest>

using namespace comptoir;
using namespace comptoir::test;

// DealService: stage moves, closing won or lost, reopening, moving to another pipeline and
// deleting, each with its history rows and signals.
class TestDealStages : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void shouldMoveToStageWithHistoryOfStageNames();
    void shouldCloseWhenMovedToClosedStage_data();
    void shouldCloseWhenMovedToClosedStage();
    void shouldReopenWhenMovedBackToProcessStage();
    void shouldRefuseStageOfAnotherPipeline();
    void shouldCloseWonFromAnyStage_data();
    void shouldCloseWonFromAnyStage();
    void shouldCloseLostWithReasonAndNote();
    void shouldCloseLostOnChosenFailureStage();
    void shouldReopenOnFirstOrChosenStage();
    void shouldMoveToAnotherPipeline();
    void shouldRemoveDealButKeepItsHistory();
    void shouldWriteNothingWhenMoveFails();

private:
    DealService &deals() { return (*m_ws)->deals(); }
    Actor actor() const { return m_ws->actor(); }
    const Stage &stage(const QString &name) const;
    Deal createDeal(const QString &stageName = QStringLiteral("New"));
    QList<HistoryEvent> historyOf(Id dealId);
    std::unique_ptr<TestWorkspace> m_ws;
    Pipeline m_sales;
};

void TestDealStages::init()
{
    m_ws = std::make_unique<TestWorkspace>();
    QVERIFY2(m_ws->isOpen(), qPrintable(m_ws->error()));
    auto sales = (*m_ws)->pipelines().defaultPipeline(actor());
    COMPTOIR_VERIFY_OK(sales);
    m_sales = *sales;
}

void TestDealStages::cleanup()
{
    m_ws.reset();
}

const Stage &TestDealStages::stage(const QString &name) const
{
    static const Stage none;
    for (const Stage &s : m_sales.stages) {
        if (s.name == name)
            return s;
    }
    return none;
}

Deal TestDealStages::createDeal(const QString &stageName)
{
    Deal draft;
    draft.title = QStringLiteral("Deal on %1").arg(stageName);
    draft.stageId = stage(stageName).id;
    auto deal = deals().create(actor(), draft);
    return deal ? *deal : Deal();
}

QList<HistoryEvent> TestDealStages::historyOf(Id dealId)
{
    auto events = deals().history(actor(), dealId);
    return events ? *events : QList<HistoryEvent>();
}

void TestDealStages::shouldMoveToStageWithHistoryOfStageNames()
{
    const Deal deal = createDeal();
    QSignalSpy moved(&deals(), &DealService::dealMoved);
    m_ws->clock().advanceSecs(60);
    COMPTOIR_TRY(after, deals().moveToStage(actor(), deal.id, stage("Quote").id));
    QCOMPARE(after->stageId, stage("Quote").id);
    QVERIFY(!after->closed);
    QCOMPARE(after->probability, stage("Quote").probability);

    const QList<HistoryEvent> events = historyOf(deal.id);
    QCOMPARE(events.size(), 2);
    QCOMPARE(events.last().type, history::StageMoved);
    QCOMPARE(events.last().oldValue, QStringLiteral("New"));
    QCOMPARE(events.last().newValue, QStringLiteral("Quote"));
    QCOMPARE(events.last().at, startTime().addSecs(60));
    QVERIFY(events.last().description.contains(QStringLiteral("Quote")));

    QCOMPARE(moved.count(), 1);
    QCOMPARE(moved.first().at(0).value<Id>(), deal.id);
    QCOMPARE(moved.first().at(1).value<Id>(), stage("New").id);
    QCOMPARE(moved.first().at(2).value<Id>(), stage("Quote").id);
}

void TestDealStages::shouldCloseWhenMovedToClosedStage_data()
{
    QTest::addColumn<QString>("target");
    QTest::newRow("to the success stage") << "Won";
    QTest::newRow("to the failure stage") << "Lost";
}

void TestDealStages::shouldCloseWhenMovedToClosedStage()
{
    QFETCH(QString, target);
    const Deal deal = createDeal(QStringLiteral("Payment"));
    m_ws->clock().advanceSecs(120);
    COMPTOIR_TRY(after, deals().moveToStage(actor(), deal.id, stage(target).id));
    QVERIFY(after->closed);
    QCOMPARE(after->closedAt, startTime().addSecs(120));
    COMPTOIR_TRY(stored, deals().get(actor(), deal.id));
    QVERIFY(stored->closed);
    QCOMPARE(stored->stageId, stage(target).id);
    const QList<HistoryEvent> events = historyOf(deal.id);
    QVERIFY(events.size() >= 2);
    QVERIFY(std::any_of(events.cbegin() + 1, events.cend(), [&](const HistoryEvent &e) {
        return e.newValue == target || e.description.contains(target);
    }));
}

void TestDealStages::shouldReopenWhenMovedBackToProcessStage()
{
    const Deal deal = createDeal(QStringLiteral("Won"));
    QVERIFY(deal.closed);
    COMPTOIR_TRY(after, deals().moveToStage(actor(), deal.id, stage("Delivery").id));
    QVERIFY(!after->closed);
    QVERIFY(!after->closedAt.isValid());
    QCOMPARE(deals().get(actor(), deal.id)->stageId, stage("Delivery").id);
    const QList<HistoryEvent> events = historyOf(deal.id);
    QVERIFY(std::any_of(events.cbegin(), events.cend(),
                        [](const HistoryEvent &e) { return e.type == history::Reopened; }));
}

void TestDealStages::shouldRefuseStageOfAnotherPipeline()
{
    const Deal deal = createDeal();
    COMPTOIR_TRY(other, (*m_ws)->pipelines().create(actor(), QStringLiteral("Other")));
    QVERIFY(!deals().moveToStage(actor(), deal.id, other->stages.at(1).id).ok());
    QVERIFY(!deals().moveToStage(actor(), deal.id, 9999).ok());
    QCOMPARE(deals().get(actor(), deal.id)->stageId, stage("New").id);
    QCOMPARE(historyOf(deal.id).size(), 1);
}

void TestDealStages::shouldCloseWonFromAnyStage_data()
{
    QTest::addColumn<QString>("from");
    for (const char *name : { "New", "Consultation", "Quote", "Payment", "Delivery", "Lost" })
        QTest::newRow(name) << name;
}

void TestDealStages::shouldCloseWonFromAnyStage()
{
    QFETCH(QString, from);
    const Deal deal = createDeal(from);
    QVERIFY(deal.id > 0);
    m_ws->clock().advanceSecs(300);
    QSignalSpy moved(&deals(), &DealService::dealMoved);
    COMPTOIR_TRY(won, deals().close(actor(), deal.id, Outcome::Won));
    QCOMPARE(won->stageId, stage("Won").id);
    QVERIFY(won->closed);
    QCOMPARE(won->closedAt, startTime().addSecs(300));
    QCOMPARE(moved.count(), 1);
    QVERIFY(historyOf(deal.id).size() > 1);
}

void TestDealStages::shouldCloseLostWithReasonAndNote()
{
    const Deal deal = createDeal(QStringLiteral("Quote"));
    COMPTOIR_TRY(lost,
                 deals().close(actor(), deal.id, Outcome::Lost, QStringLiteral("PRICE"),
                               QStringLiteral("Found it cheaper online")));
    QCOMPARE(lost->stageId, stage("Lost").id);
    QVERIFY(lost->closed);
    COMPTOIR_TRY(stored, deals().get(actor(), deal.id));
    QCOMPARE(stored->lostReason, QStringLiteral("PRICE"));
    QCOMPARE(stored->lostNote, QStringLiteral("Found it cheaper online"));
    const QList<HistoryEvent> events = historyOf(deal.id);
    QVERIFY(std::any_of(events.cbegin(), events.cend(), [](const HistoryEvent &e) {
        return e.description.contains(QStringLiteral("Found it cheaper online"));
    }));

    // The reason may be given by its name too, in any case; it is stored by code.
    const Deal other = createDeal(QStringLiteral("New"));
    COMPTOIR_TRY(byName,
                 deals().close(actor(), other.id, Outcome::Lost, QStringLiteral("no budget")));
    QCOMPARE(deals().get(actor(), other.id)->lostReason, QStringLiteral("BUDGET"));
    QCOMPARE(deals().get(actor(), other.id)->lostNote, QString());
}

void TestDealStages::shouldCloseLostOnChosenFailureStage()
{
    COMPTOIR_TRY(silent,
                 (*m_ws)->pipelines().addStage(actor(), m_sales.id, QStringLiteral("No answer"),
                                               StageSemantic::Failure));
    const Deal deal = createDeal(QStringLiteral("Consultation"));
    COMPTOIR_TRY(lost, deals().close(actor(), deal.id, Outcome::Lost, {}, {}, silent->id));
    QCOMPARE(lost->stageId, silent->id);
    QVERIFY(lost->closed);
    // A process stage is no failure stage.
    const Deal another = createDeal(QStringLiteral("Consultation"));
    QVERIFY(!deals().close(actor(), another.id, Outcome::Lost, {}, {}, stage("Quote").id).ok());
    QVERIFY(!deals().get(actor(), another.id)->closed);
}

void TestDealStages::shouldReopenOnFirstOrChosenStage()
{
    const Deal deal = createDeal(QStringLiteral("Quote"));
    COMPTOIR_VERIFY_OK(deals().close(actor(), deal.id, Outcome::Lost, QStringLiteral("PRICE")));
    COMPTOIR_TRY(reopened, deals().reopen(actor(), deal.id));
    QCOMPARE(reopened->stageId, stage("New").id);
    QVERIFY(!reopened->closed);
    QVERIFY(!reopened->closedAt.isValid());
    QCOMPARE(historyOf(deal.id).last().type, history::Reopened);

    COMPTOIR_VERIFY_OK(deals().close(actor(), deal.id, Outcome::Won));
    COMPTOIR_TRY(onPayment, deals().reopen(actor(), deal.id, stage("Payment").id));
    QCOMPARE(onPayment->stageId, stage("Payment").id);
    QVERIFY(!onPayment->closed);
    // Reopening on a closed stage makes no sense.
    COMPTOIR_VERIFY_OK(deals().close(actor(), deal.id, Outcome::Won));
    QVERIFY(!deals().reopen(actor(), deal.id, stage("Lost").id).ok());
    QVERIFY(deals().get(actor(), deal.id)->closed);
}

void TestDealStages::shouldMoveToAnotherPipeline()
{
    const Deal deal = createDeal(QStringLiteral("Quote"));
    COMPTOIR_TRY(service, (*m_ws)->pipelines().create(actor(), QStringLiteral("Service")));
    const Stage &target = service->stages.at(2);
    QSignalSpy moved(&deals(), &DealService::dealMoved);
    COMPTOIR_TRY(after, deals().moveToPipeline(actor(), deal.id, target.id));
    QCOMPARE(after->pipelineId, service->id);
    QCOMPARE(after->stageId, target.id);
    COMPTOIR_TRY(stored, deals().get(actor(), deal.id));
    QCOMPARE(stored->pipelineId, service->id);
    QCOMPARE(stored->stageId, target.id);
    const QList<HistoryEvent> events = historyOf(deal.id);
    QVERIFY(std::any_of(events.cbegin(), events.cend(), [](const HistoryEvent &e) {
        return e.type == history::PipelineMoved && e.oldValue.contains(QStringLiteral("Sales"))
            && e.newValue.contains(QStringLiteral("Service"));
    }));
    QCOMPARE(moved.count(), 1);
    QVERIFY(!deals().moveToPipeline(actor(), deal.id, 9999).ok());
}

void TestDealStages::shouldRemoveDealButKeepItsHistory()
{
    const Deal deal = createDeal(QStringLiteral("Quote"));
    QSignalSpy deleted(&deals(), &DealService::dealDeleted);
    QSignalSpy restored(&deals(), &DealService::dealRestored);
    const qint64 history = rowCount(m_ws->db(), QStringLiteral("history"));
    COMPTOIR_VERIFY_OK(deals().remove(actor(), deal.id));
    const auto gone = deals().get(actor(), deal.id);
    QVERIFY(!gone.ok());
    QCOMPARE(gone.error().code, Error::Code::NotFound);
    // In the recycle bin: the row stays, with who and when.
    QCOMPARE(rowCount(m_ws->db(), QStringLiteral("deals WHERE deleted_at IS NULL")), 0);
    QCOMPARE(rowCount(m_ws->db(), QStringLiteral("deals WHERE deleted_at IS NOT NULL")), 1);
    QCOMPARE(m_ws->db().scalar(QStringLiteral("SELECT deleted_by FROM deals WHERE id = ?"), { deal.id })->toLongLong(),
             actor().userId);
    QCOMPARE(rowCount(m_ws->db(), QStringLiteral("history")), history + 1);
    auto kept = m_ws->db().scalar(
        QStringLiteral("SELECT type FROM history WHERE deal_id = ? ORDER BY id DESC"), { deal.id });
    QCOMPARE(kept->toString(), history::Deleted);
    QCOMPARE(deleted.count(), 1);
    QCOMPARE(deleted.first().first().value<Id>(), deal.id);
    QVERIFY(!deals().remove(actor(), deal.id).ok());
    QCOMPARE(deleted.count(), 1);

    // Restored with its history, then deleted again and purged for good.
    COMPTOIR_VERIFY_OK(deals().restore(actor(), deal.id));
    QCOMPARE(restored.count(), 1);
    COMPTOIR_TRY(back, deals().get(actor(), deal.id));
    QCOMPARE(back->title, deal.title);
    COMPTOIR_TRY(events, deals().history(actor(), deal.id));
    QCOMPARE(events->first().type, history::Created);
    QCOMPARE(events->last().type, history::Restored);
    QVERIFY(!deals().purge(actor(), deal.id).ok()); // only a binned deal can be purged
    COMPTOIR_VERIFY_OK(deals().remove(actor(), deal.id));
    COMPTOIR_VERIFY_OK(deals().purge(actor(), deal.id));
    QCOMPARE(rowCount(m_ws->db(), QStringLiteral("deals")), 0);
    QCOMPARE(m_ws->db().scalar(QStringLiteral("SELECT type FROM history WHERE deal_id = ? ORDER BY id DESC"),
                               { deal.id })->toString(),
             history::Purged);
}

void TestDealStages::shouldWriteNothingWhenMoveFails()
{
    const Deal deal = createDeal(QStringLiteral("Quote"));
    QSignalSpy moved(&deals(), &DealService::dealMoved);
    const qint64 history = rowCount(m_ws->db(), QStringLiteral("history"));
    QVERIFY(!deals().moveToStage(actor(), 9999, stage("Won").id).ok());
    QVERIFY(!deals().close(actor(), 9999, Outcome::Won).ok());
    QVERIFY(!deals().reopen(actor(), 9999).ok());
    QVERIFY(!deals().moveToPipeline(actor(), deal.id, stage("Won").id + 1000).ok());
    QCOMPARE(rowCount(m_ws->db(), QStringLiteral("history")), history);
    QCOMPARE(moved.count(), 0);
    COMPTOIR_TRY(stored, deals().get(actor(), deal.id));
    QCOMPARE(stored->stageId, stage("Quote").id);
    QCOMPARE(stored->updatedAt, deal.updatedAt);
}

QTEST_GUILESS_MAIN(TestDealStages)
#include "tst_dealstages.moc"
