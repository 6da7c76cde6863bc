// SPDX-License-Identifier: GPL-3.0-or-later
#include "testworkspace.h"

#include <QSignalSpy>
#include <QTest>

using namespace comptoir;
using namespace comptoir::test;

namespace {

using Semantics = QList<StageSemantic>;

QStringList stageNames(const Pipeline &p)
{
    QStringList names;
    for (const Stage &s : p.stages)
        names << s.name;
    return names;
}

// A pipeline as the user would lay it out: one letter per stage, p(rocess), s(uccess), f(ailure).
Pipeline layout(const QString &name, const QString &semantics)
{
    Pipeline p;
    p.name = name;
    for (QChar c : semantics) {
        Stage s;
        s.name = QStringLiteral("Stage %1").arg(p.stages.size() + 1);
        s.semantic = c == QLatin1Char('s') ? StageSemantic::Success
            : c == QLatin1Char('f')        ? StageSemantic::Failure
                                           : StageSemantic::Process;
        s.sort = int(p.stages.size());
        p.stages.append(s);
    }
    return p;
}

} // namespace

Q_DECLARE_METATYPE(comptoir::Pipeline)

class TestPipelines : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void shouldSeedDefaultPipelineWithEnglishStages();
    void shouldCreatePipelineWithDefaultStages();
    void shouldRefuseEmptyPipelineName();
    void shouldRenamePipeline();
    void shouldNotDeleteDefaultPipeline();
    void shouldNotDeletePipelineHoldingDeals();
    void shouldMoveDefaultToAnotherPipeline();
    void shouldValidateStageRules_data();
    void shouldValidateStageRules();
    void shouldNotDeleteProtectedStages_data();
    void shouldNotDeleteProtectedStages();
    void shouldDeleteOtherEmptyStages();
    void shouldRequireDestinationForStageHoldingDeals();
    void shouldMoveDealsOfDeletedStageWithHistory();
    void shouldCloseDealsMovedToClosedStage();
    void shouldAddStagesInTheirPlace();
    void shouldMoveProcessStages();
    void shouldUpdateStageButNotItsSemantic();
    void shouldResolvePipelinesByIdOrName();
    void shouldResolveStagesByIdOrName();

private:
    Pipeline defaultPipeline();
    const Stage &stageNamed(const Pipeline &p, const QString &name);
    Id createDeal(const Pipeline &p, const QString &stageName);
    std::unique_ptr<TestWorkspace> m_ws;
};

void TestPipelines::init()
{
    m_ws = std::make_unique<TestWorkspace>();
    QVERIFY2(m_ws->isOpen(), qPrintable(m_ws->error()));
}

void TestPipelines::cleanup()
{
    m_ws.reset();
}

Pipeline TestPipelines::defaultPipeline()
{
    auto p = (*m_ws)->pipelines().defaultPipeline(m_ws->actor());
    return p ? *p : Pipeline();
}

const Stage &TestPipelines::stageNamed(const Pipeline &p, const QString &name)
{
    static const Stage none;
    for (const Stage &s : p.stages) {
        if (s.name == name)
            return s;
    }
    return none;
}

Id TestPipelines::createDeal(const Pipeline &p, const QString &stageName)
{
    Deal draft;
    draft.title = QStringLiteral("Deal on %1").arg(stageName);
    draft.pipelineId = p.id;
    draft.stageId = stageNamed(p, stageName).id;
    auto deal = (*m_ws)->deals().create(m_ws->actor(), draft);
    return deal ? deal->id : 0;
}

void TestPipelines::shouldSeedDefaultPipelineWithEnglishStages()
{
    const Pipeline p = defaultPipeline();
    QVERIFY(p.id > 0);
    QVERIFY(p.isDefault);
    const QStringList expected
        = { "New", "Consultation", "Quote", "Payment", "Delivery", "Won", "Lost" };
    QCOMPARE(stageNames(p), expected);
    Semantics semantics;
    for (const Stage &s : p.stages)
        semantics << s.semantic;
    QCOMPARE(semantics,
             Semantics({ StageSemantic::Process, StageSemantic::Process, StageSemantic::Process,
                         StageSemantic::Process, StageSemantic::Process, StageSemantic::Success,
                         StageSemantic::Failure }));
    QCOMPARE(p.firstStage()->name, QStringLiteral("New"));
    QCOMPARE(p.successStage()->name, QStringLiteral("Won"));
    QCOMPARE(p.firstFailureStage()->name, QStringLiteral("Lost"));
    Pipeline fromDefaults;
    fromDefaults.stages = PipelineService::defaultStages();
    QCOMPARE(stageNames(fromDefaults), expected);
}

void TestPipelines::shouldCreatePipelineWithDefaultStages()
{
    QSignalSpy changed(&(*m_ws)->pipelines(), &PipelineService::pipelinesChanged);
    COMPTOIR_TRY(created,
                 (*m_ws)->pipelines().create(m_ws->actor(), QStringLiteral("After-sales")));
    QCOMPARE(created->name, QStringLiteral("After-sales"));
    QVERIFY(!created->isDefault);
    QCOMPARE(stageNames(*created), stageNames(defaultPipeline()));
    COMPTOIR_VERIFY_OK(PipelineService::validate(*created));
    COMPTOIR_TRY(all, (*m_ws)->pipelines().pipelines(m_ws->actor()));
    QCOMPARE(all->size(), 2);
    QCOMPARE(changed.count(), 1);
}

void TestPipelines::shouldRefuseEmptyPipelineName()
{
    QSignalSpy changed(&(*m_ws)->pipelines(), &PipelineService::pipelinesChanged);
    QVERIFY(!(*m_ws)->pipelines().create(m_ws->actor(), QStringLiteral("   ")).ok());
    QCOMPARE(rowCount(m_ws->db(), QStringLiteral("pipelines")), 1);
    QCOMPARE(rowCount(m_ws->db(), QStringLiteral("stages")), 7);
    QCOMPARE(changed.count(), 0);
}

void TestPipelines::shouldRenamePipeline()
{
    const Pipeline p = defaultPipeline();
    COMPTOIR_VERIFY_OK((*m_ws)->pipelines().rename(m_ws->actor(), p.id, QStringLiteral("Ventes")));
    QCOMPARE(defaultPipeline().name, QStringLiteral("Ventes"));
    QVERIFY(!(*m_ws)->pipelines().rename(m_ws->actor(), p.id, QString()).ok());
    QCOMPARE(defaultPipeline().name, QStringLiteral("Ventes"));
    QVERIFY(!(*m_ws)->pipelines().rename(m_ws->actor(), 9999, QStringLiteral("Nowhere")).ok());
}

void TestPipelines::shouldNotDeleteDefaultPipeline()
{
    const Pipeline p = defaultPipeline();
    const Status removed = (*m_ws)->pipelines().remove(m_ws->actor(), p.id);
    QVERIFY(!removed.ok());
    QCOMPARE(removed.error().code, Error::Code::Forbidden);
    QCOMPARE(defaultPipeline().id, p.id);
    QCOMPARE(rowCount(m_ws->db(), QStringLiteral("stages")), 7);
}

void TestPipelines::shouldNotDeletePipelineHoldingDeals()
{
    COMPTOIR_TRY(service, (*m_ws)->pipelines().create(m_ws->actor(), QStringLiteral("Service")));
    const Id dealId = createDeal(*service, QStringLiteral("Quote"));
    QVERIFY(dealId > 0);
    const Status refused = (*m_ws)->pipelines().remove(m_ws->actor(), service->id);
    QVERIFY(!refused.ok());
    COMPTOIR_VERIFY_OK((*m_ws)->pipelines().pipeline(m_ws->actor(), service->id));

    COMPTOIR_VERIFY_OK((*m_ws)->deals().remove(m_ws->actor(), dealId));
    COMPTOIR_VERIFY_OK((*m_ws)->pipelines().remove(m_ws->actor(), service->id));
    const auto gone = (*m_ws)->pipelines().pipeline(m_ws->actor(), service->id);
    QVERIFY(!gone.ok());
    QCOMPARE(gone.error().code, Error::Code::NotFound);
    QCOMPARE(rowCount(m_ws->db(), QStringLiteral("stages")), 7); // its stages went with it
}

void TestPipelines::shouldMoveDefaultToAnotherPipeline()
{
    const Pipeline sales = defaultPipeline();
    COMPTOIR_TRY(service, (*m_ws)->pipelines().create(m_ws->actor(), QStringLiteral("Service")));
    COMPTOIR_VERIFY_OK((*m_ws)->pipelines().setDefault(m_ws->actor(), service->id));
    QCOMPARE(defaultPipeline().id, service->id);
    COMPTOIR_TRY(old, (*m_ws)->pipelines().pipeline(m_ws->actor(), sales.id));
    QVERIFY(!old->isDefault);
    // No longer the default, the empty old one may go.
    COMPTOIR_VERIFY_OK((*m_ws)->pipelines().remove(m_ws->actor(), sales.id));
}

void TestPipelines::shouldValidateStageRules_data()
{
    QTest::addColumn<Pipeline>("pipeline");
    QTest::addColumn<bool>("valid");
    QTest::newRow("default layout") << layout("Sales", "pppppsf") << true;
    QTest::newRow("one of each") << layout("Sales", "psf") << true;
    QTest::newRow("several failures") << layout("Sales", "ppsff") << true;
    QTest::newRow("no success") << layout("Sales", "ppf") << false;
    QTest::newRow("two successes") << layout("Sales", "pssf") << false;
    QTest::newRow("no failure") << layout("Sales", "pps") << false;
    QTest::newRow("failure before success") << layout("Sales", "pfs") << false;
    QTest::newRow("process after closed") << layout("Sales", "psfp") << false;
    QTest::newRow("closed stage first") << layout("Sales", "spf") << false;
    QTest::newRow("no stages") << layout("Sales", "") << false;
    QTest::newRow("no name") << layout("", "psf") << false;
    Pipeline unnamedStage = layout("Sales", "psf");
    unnamedStage.stages[0].name = QStringLiteral(" ");
    QTest::newRow("stage without a name") << unnamedStage << false;
    Pipeline badProbability = layout("Sales", "psf");
    badProbability.stages[0].probability = 101;
    QTest::newRow("probability over 100") << badProbability << false;
}

void TestPipelines::shouldValidateStageRules()
{
    QFETCH(Pipeline, pipeline);
    QFETCH(bool, valid);
    const Status status = PipelineService::validate(pipeline);
    QVERIFY2(status.ok() == valid, qPrintable(errorText(status)));
    if (!valid)
        QVERIFY(!status.error().message.isEmpty());
}

void TestPipelines::shouldNotDeleteProtectedStages_data()
{
    QTest::addColumn<QString>("stage");
    QTest::newRow("first stage") << "New";
    QTest::newRow("success stage") << "Won";
    QTest::newRow("first failure stage") << "Lost";
}

void TestPipelines::shouldNotDeleteProtectedStages()
{
    QFETCH(QString, stage);
    const Pipeline p = defaultPipeline();
    QSignalSpy changed(&(*m_ws)->pipelines(), &PipelineService::pipelinesChanged);
    const Status removed = (*m_ws)->pipelines().removeStage(m_ws->actor(), stageNamed(p, stage).id);
    QVERIFY(!removed.ok());
    QCOMPARE(removed.error().code, Error::Code::Forbidden);
    QCOMPARE(stageNames(defaultPipeline()), stageNames(p));
    QCOMPARE(changed.count(), 0);
}

void TestPipelines::shouldDeleteOtherEmptyStages()
{
    COMPTOIR_TRY(late,
                 (*m_ws)->pipelines().addStage(m_ws->actor(), defaultPipeline().id,
                                               QStringLiteral("Gave up"), StageSemantic::Failure));
    const Pipeline p = defaultPipeline();
    COMPTOIR_VERIFY_OK((*m_ws)->pipelines().removeStage(m_ws->actor(), late->id));
    COMPTOIR_VERIFY_OK(
        (*m_ws)->pipelines().removeStage(m_ws->actor(), stageNamed(p, "Consultation").id));
    QCOMPARE(stageNames(defaultPipeline()),
             QStringList({ "New", "Quote", "Payment", "Delivery", "Won", "Lost" }));
}

void TestPipelines::shouldRequireDestinationForStageHoldingDeals()
{
    const Pipeline p = defaultPipeline();
    COMPTOIR_TRY(other, (*m_ws)->pipelines().create(m_ws->actor(), QStringLiteral("Other")));
    const Id dealId = createDeal(p, QStringLiteral("Quote"));
    QVERIFY(dealId > 0);
    const Id quote = stageNamed(p, "Quote").id;
    const qint64 historyBefore = rowCount(m_ws->db(), QStringLiteral("history"));

    QVERIFY(!(*m_ws)->pipelines().removeStage(m_ws->actor(), quote).ok());
    QVERIFY(!(*m_ws)
                 ->pipelines()
                 .removeStage(m_ws->actor(), quote, stageNamed(*other, "Payment").id)
                 .ok());
    QVERIFY(!(*m_ws)->pipelines().removeStage(m_ws->actor(), quote, quote).ok());
    QCOMPARE(stageNames(defaultPipeline()), stageNames(p));
    QCOMPARE((*m_ws)->deals().get(m_ws->actor(), dealId)->stageId, quote);
    QCOMPARE(rowCount(m_ws->db(), QStringLiteral("history")), historyBefore);
}

void TestPipelines::shouldMoveDealsOfDeletedStageWithHistory()
{
    const Pipeline p = defaultPipeline();
    const QList<Id> deals
        = { createDeal(p, QStringLiteral("Quote")), createDeal(p, QStringLiteral("Quote")) };
    const Id bystander = createDeal(p, QStringLiteral("New"));
    const Id payment = stageNamed(p, "Payment").id;
    COMPTOIR_VERIFY_OK(
        (*m_ws)->pipelines().removeStage(m_ws->actor(), stageNamed(p, "Quote").id, payment));
    QCOMPARE(stageNames(defaultPipeline()),
             QStringList({ "New", "Consultation", "Payment", "Delivery", "Won", "Lost" }));
    for (Id id : deals) {
        QCOMPARE((*m_ws)->deals().get(m_ws->actor(), id)->stageId, payment);
        COMPTOIR_TRY(events, (*m_ws)->deals().history(m_ws->actor(), id));
        const HistoryEvent &last = events->last();
        QCOMPARE(last.type, history::StageMoved);
        QCOMPARE(last.oldValue, QStringLiteral("Quote"));
        QCOMPARE(last.newValue, QStringLiteral("Payment"));
        QCOMPARE(last.userId, std::optional<Id>(m_ws->actor().userId));
    }
    COMPTOIR_TRY(untouched, (*m_ws)->deals().history(m_ws->actor(), bystander));
    QCOMPARE(untouched->size(), 1);
}

void TestPipelines::shouldCloseDealsMovedToClosedStage()
{
    const Pipeline p = defaultPipeline();
    const Id dealId = createDeal(p, QStringLiteral("Delivery"));
    m_ws->clock().advanceSecs(600);
    const Id won = stageNamed(p, "Won").id;
    COMPTOIR_VERIFY_OK(
        (*m_ws)->pipelines().removeStage(m_ws->actor(), stageNamed(p, "Delivery").id, won));
    COMPTOIR_TRY(deal, (*m_ws)->deals().get(m_ws->actor(), dealId));
    QCOMPARE(deal->stageId, won);
    QVERIFY(deal->closed);
    QCOMPARE(deal->closedAt, startTime().addSecs(600));
}

void TestPipelines::shouldAddStagesInTheirPlace()
{
    const Id pid = defaultPipeline().id;
    COMPTOIR_VERIFY_OK((*m_ws)->pipelines().addStage(m_ws->actor(), pid, QStringLiteral("Demo"),
                                                     StageSemantic::Process, 1));
    COMPTOIR_VERIFY_OK((*m_ws)->pipelines().addStage(
        m_ws->actor(), pid, QStringLiteral("Signature"), StageSemantic::Process));
    COMPTOIR_VERIFY_OK((*m_ws)->pipelines().addStage(
        m_ws->actor(), pid, QStringLiteral("No answer"), StageSemantic::Failure));
    QVERIFY(!(*m_ws)
                 ->pipelines()
                 .addStage(m_ws->actor(), pid, QStringLiteral("Won twice"), StageSemantic::Success)
                 .ok());
    QVERIFY(
        !(*m_ws)->pipelines().addStage(m_ws->actor(), pid, QString(), StageSemantic::Process).ok());
    const Pipeline p = defaultPipeline();
    QCOMPARE(stageNames(p),
             QStringList({ "New", "Demo", "Consultation", "Quote", "Payment", "Delivery",
                           "Signature", "Won", "Lost", "No answer" }));
    COMPTOIR_VERIFY_OK(PipelineService::validate(p));
    QCOMPARE(p.firstFailureStage()->name, QStringLiteral("Lost"));
}

void TestPipelines::shouldMoveProcessStages()
{
    const Pipeline p = defaultPipeline();
    COMPTOIR_VERIFY_OK(
        (*m_ws)->pipelines().moveStage(m_ws->actor(), stageNamed(p, "Delivery").id, 0));
    QCOMPARE(stageNames(defaultPipeline()),
             QStringList({ "Delivery", "New", "Consultation", "Quote", "Payment", "Won", "Lost" }));
    QCOMPARE(defaultPipeline().firstStage()->name, QStringLiteral("Delivery"));
    COMPTOIR_VERIFY_OK((*m_ws)->pipelines().moveStage(m_ws->actor(), stageNamed(p, "New").id, 2));
    QCOMPARE(stageNames(defaultPipeline()),
             QStringList({ "Delivery", "Consultation", "New", "Quote", "Payment", "Won", "Lost" }));
    // Closed stages keep their place at the end.
    QVERIFY(!(*m_ws)->pipelines().moveStage(m_ws->actor(), stageNamed(p, "Won").id, 0).ok());
    QCOMPARE(stageNames(defaultPipeline()),
             QStringList({ "Delivery", "Consultation", "New", "Quote", "Payment", "Won", "Lost" }));
}

void TestPipelines::shouldUpdateStageButNotItsSemantic()
{
    Stage won = stageNamed(defaultPipeline(), "Won");
    won.name = QStringLiteral("Signed");
    won.color = QStringLiteral("#00ff00");
    won.probability = 95;
    won.semantic = StageSemantic::Process;
    COMPTOIR_VERIFY_OK((*m_ws)->pipelines().updateStage(m_ws->actor(), won));
    const Stage stored = stageNamed(defaultPipeline(), "Signed");
    QCOMPARE(stored.id, won.id);
    QCOMPARE(stored.color, QStringLiteral("#00ff00"));
    QCOMPARE(stored.probability, std::optional<int>(95));
    QCOMPARE(stored.semantic, StageSemantic::Success);
    won.name.clear();
    QVERIFY(!(*m_ws)->pipelines().updateStage(m_ws->actor(), won).ok());
}

void TestPipelines::shouldResolvePipelinesByIdOrName()
{
    const Pipeline sales = defaultPipeline();
    COMPTOIR_TRY(service, (*m_ws)->pipelines().create(m_ws->actor(), QStringLiteral("Service")));
    PipelineService &pipelines = (*m_ws)->pipelines();
    QCOMPARE(pipelines.resolve(m_ws->actor(), QString::number(service->id))->id, service->id);
    QCOMPARE(pipelines.resolve(m_ws->actor(), QStringLiteral("sales"))->id, sales.id);
    QCOMPARE(pipelines.resolve(m_ws->actor(), QStringLiteral("SERVICE"))->id, service->id);
    const auto unknown = pipelines.resolve(m_ws->actor(), QStringLiteral("Marketing"));
    QVERIFY(!unknown.ok());
    QCOMPARE(unknown.error().code, Error::Code::NotFound);
    QVERIFY2(unknown.error().message.contains(QStringLiteral("Marketing")),
             qPrintable(unknown.error().message));
    QVERIFY2(unknown.error().message.contains(QStringLiteral("Service")),
             qPrintable(unknown.error().message));
}

void TestPipelines::shouldResolveStagesByIdOrName()
{
    const Pipeline sales = defaultPipeline();
    const Id quote = stageNamed(sales, "Quote").id;
    QCOMPARE(PipelineService::resolveStage(sales, QStringLiteral("quote"))->id, quote);
    QCOMPARE(PipelineService::resolveStage(sales, QString::number(quote))->id, quote);
    QVERIFY(!PipelineService::resolveStage(sales, QStringLiteral("Invoice")).ok());

    COMPTOIR_TRY(service, (*m_ws)->pipelines().create(m_ws->actor(), QStringLiteral("Service")));
    QVERIFY(!PipelineService::resolveStage(sales, QString::number(stageNamed(*service, "Quote").id))
                 .ok());
    PipelineService &pipelines = (*m_ws)->pipelines();
    // "Quote" is in both pipelines: ambiguous unless one is preferred.
    QVERIFY(!pipelines.resolveStageAnywhere(m_ws->actor(), QStringLiteral("Quote")).ok());
    QCOMPARE(
        pipelines.resolveStageAnywhere(m_ws->actor(), QStringLiteral("quote"), service->id)->id,
        stageNamed(*service, "Quote").id);
    QCOMPARE(pipelines.resolveStageAnywhere(m_ws->actor(), QString::number(quote))->id, quote);
}

QTEST_GUILESS_MAIN(TestPipelines)
#include "tst_pipelines.moc"
