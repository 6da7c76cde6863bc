// SPDX-License-Identifier: GPL-3.0-or-later
// The list model while the filter bar changes its filter again and again, under
// QAbstractItemModelTester: every snapshot, down to an empty list and back, stays a consistent
// model and shows the deals of its filter in order.
#include "deallistmodel.h"
#include "demo.h"
#include "workspace.h"

#include <QAbstractItemModelTester>
#include <QTemporaryDir>
#include <QTest>

using namespace comptoir;

namespace {

struct Fixture
{
    QTemporaryDir dir;
    std::unique_ptr<Workspace> ws;

    explicit Fixture(int deals)
    {
        ws = Workspace::open(dir.filePath(QStringLiteral("filters.db"))).value();
        DemoOptions options;
        options.deals = deals;
        if (auto made = generateDemo(ws->db(), ws->clock(), options); !made)
            qFatal("cannot make the fixture: %s", qPrintable(made.error().fullText()));
    }

    qint64 sqlCount(const QString &where) const
    {
        // Counted straight from the table: an expectation that does not go through DealQuery.
        return ws->db().scalar(QStringLiteral("SELECT count(*) FROM deals WHERE deleted_at IS NULL AND ") + where)
            ->toLongLong();
    }
};

DealFilter withGroup(DealFilter::Group group)
{
    DealFilter f;
    f.group = group;
    return f;
}

DealFilter withSearch(const QString &text)
{
    DealFilter f;
    f.search = text;
    return f;
}

} // namespace

class TestDealListModelFilters : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void successiveFiltersKeepTheModelConsistent()
    {
        // More deals than the head a large list shows first, so both ways of loading run.
        Fixture f(3 * DealListModel::HeadRows);
        DealListModel model(*f.ws);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);

        const Pipeline pipeline = f.ws->pipelines().defaultPipeline(f.ws->actor()).value();
        DealFilter stage;
        stage.stageId = pipeline.stages.first().id;
        DealFilter openRepeat = withGroup(DealFilter::Group::Open);
        openRepeat.novelty = DealFilter::Novelty::Repeat;
        DealFilter wonSearch = withGroup(DealFilter::Group::Won);
        wonSearch.search = QStringLiteral("a");

        const QList<std::pair<DealFilter, QString>> steps{
            {DealFilter{}, QStringLiteral("1")},
            {withGroup(DealFilter::Group::Won), QStringLiteral("stage_id IN (SELECT id FROM stages WHERE semantic = 'success')")},
            {withSearch(QStringLiteral("zzqxw")), QStringLiteral("0")},
            {DealFilter{}, QStringLiteral("1")},
            {stage, QStringLiteral("stage_id = %1").arg(stage.stageId.value())},
            {withSearch(QStringLiteral("zzqxw")), QStringLiteral("0")},
            {openRepeat, QStringLiteral("closed = 0 AND is_repeat = 1")},
            {wonSearch, QString()},
            {withGroup(DealFilter::Group::Lost), QStringLiteral("stage_id IN (SELECT id FROM stages WHERE semantic = 'failure')")},
            {DealFilter{}, QStringLiteral("1")},
        };
        int emptySteps = 0;
        for (const auto &[filter, where] : steps) {
            model.setFilter(filter);
            QCOMPARE(model.filter(), filter);
            const auto ids = f.ws->query().ids(f.ws->actor(), filter, model.currentSort());
            QVERIFY(ids);
            if (!where.isEmpty())
                QCOMPARE(qint64(model.rowCount()), f.sqlCount(where));
            QCOMPARE(model.rowCount(), int(ids->size()));
            emptySteps += model.rowCount() == 0 ? 1 : 0;
            // Every row in the order of the query, far rows too (they may arrive from a worker).
            for (int row = 0; row < model.rowCount(); ++row)
                QCOMPARE(model.index(row, 0).data(DealListModel::IdRole).value<Id>(), ids->at(row));
            if (model.rowCount() > 0) {
                QVERIFY(!model.index(0, DealListModel::TitleColumn).data().toString().isEmpty());
                QVERIFY(!model.index(model.rowCount() - 1, DealListModel::TitleColumn).data().toString().isEmpty());
            }
        }
        QCOMPARE(emptySteps, 2);
        QCOMPARE(model.rowCount(), 3 * DealListModel::HeadRows);
    }

    void aFilterChangedWhileTheRestIsLoadingShowsOnlyTheNewList()
    {
        Fixture f(3 * DealListModel::HeadRows);
        DealListModel model(*f.ws);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const Pipeline pipeline = f.ws->pipelines().defaultPipeline(f.ws->actor()).value();
        // Back to back, with no event processed between: a worker's late ids must not land.
        for (const Stage &stage : pipeline.stages) {
            DealFilter filter;
            filter.stageId = stage.id;
            model.setFilter(filter);
        }
        model.setFilter(DealFilter{});
        const auto ids = f.ws->query().ids(f.ws->actor(), DealFilter{}, model.currentSort()).value();
        QTest::qWait(0);
        QCOMPARE(model.rowCount(), int(ids.size()));
        for (int row = 0; row < model.rowCount(); ++row)
            QCOMPARE(model.dealId(row), ids.at(row));
    }
};

QTEST_MAIN(TestDealListModelFilters)
#include "tst_deallistmodelfilters.moc"
