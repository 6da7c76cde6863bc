// SPDX-License-Identifier: GPL-3.0-or-later
#include "deallistmodel.h"
#include "demo.h"
#include "money.h"
#include "pipelinelistmodel.h"
#include "workspace.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>

using namespace comptoir;

namespace {

using Tester = QAbstractItemModelTester;
constexpr auto Fatal = QAbstractItemModelTester::FailureReportingMode::Fatal;

// A fresh database in a temporary folder, with deals made through DealService.
struct Fixture
{
    QTemporaryDir dir;
    std::unique_ptr<Workspace> ws;

    Fixture()
    {
        auto opened = Workspace::open(dir.filePath(QStringLiteral("deals.db")));
        if (!opened)
            qFatal("cannot open the fixture database: %s", qPrintable(opened.error().fullText()));
        ws = std::move(opened).value();
    }

    Pipeline defaultPipeline() const
    {
        return ws->pipelines().defaultPipeline(ws->actor()).value();
    }

    Deal add(const QString &title, qint64 amountMinor, std::optional<Id> stageId = {},
             const QString &currency = QStringLiteral("EUR"))
    {
        Deal draft;
        draft.title = title;
        draft.amountMinor = amountMinor;
        draft.currency = currency;
        if (stageId) {
            draft.stageId = *stageId;
            draft.pipelineId = ws->pipelines()
                                   .resolveStageAnywhere(ws->actor(), QString::number(*stageId))
                                   ->pipelineId;
        }
        auto created = ws->deals().create(ws->actor(), draft);
        if (!created)
            qFatal("cannot create a fixture deal: %s", qPrintable(created.error().fullText()));
        return created.value();
    }
};

QList<Id> idsOf(const DealListModel &model)
{
    QList<Id> ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids << model.index(row, 0).data(DealListModel::IdRole).value<Id>();
    return ids;
}

QString text(const DealListModel &model, int row, DealListModel::Column column)
{
    return model.index(row, column).data().toString();
}

} // namespace

class TestDealListModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldListEveryDealOfTheDatabase()
    {
        Fixture f;
        DealListModel model(*f.ws);
        Tester tester(&model, Fatal);
        QCOMPARE(model.rowCount(), 0);

        QList<Deal> deals;
        for (int i = 0; i < 5; ++i)
            deals << f.add(QStringLiteral("Deal %1").arg(i), 1000 * (i + 1));
        model.reload();

        QCOMPARE(model.rowCount(), 5);
        QCOMPARE(model.columnCount(), DealColumnCount);
        for (const Deal &deal : deals) {
            const int row = model.rowOf(deal.id);
            QVERIFY(row >= 0);
            QCOMPARE(model.dealId(row), deal.id);
            QCOMPARE(text(model, row, DealListModel::TitleColumn), deal.title);
            QCOMPARE(model.index(row, 0).data(DealListModel::AmountMinorRole).toLongLong(),
                     deal.amountMinor);
            QCOMPARE(text(model, row, DealListModel::StageColumn),
                     f.defaultPipeline().firstStage()->name);
            QVERIFY(model.index(row, DealListModel::StageColumn)
                        .data(Qt::DecorationRole)
                        .value<QColor>()
                        .isValid());
        }
        QCOMPARE(model.rowOf(999999), -1);
        QCOMPARE(model.dealId(-1), Id(0));
        QCOMPARE(model.dealId(5), Id(0));
    }

    void shouldSortLikeAnIndependentSort_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<Qt::SortOrder>("order");
        QTest::newRow("amount ascending") << int(DealListModel::AmountColumn) << Qt::AscendingOrder;
        QTest::newRow("amount descending")
            << int(DealListModel::AmountColumn) << Qt::DescendingOrder;
        QTest::newRow("title ascending") << int(DealListModel::TitleColumn) << Qt::AscendingOrder;
        QTest::newRow("title descending") << int(DealListModel::TitleColumn) << Qt::DescendingOrder;
    }

    void shouldSortLikeAnIndependentSort()
    {
        QFETCH(int, column);
        QFETCH(Qt::SortOrder, order);
        Fixture f;
        // Distinct amounts and titles, created in an order that matches neither sort.
        const QStringList titles
            = { QStringLiteral("Kiwi"),  QStringLiteral("Apple"), QStringLiteral("Mango"),
                QStringLiteral("Fig"),   QStringLiteral("Date"),  QStringLiteral("Banana"),
                QStringLiteral("Lemon"), QStringLiteral("Cherry") };
        const QList<qint64> amounts = { 5000, 120000, 99, 77777, 1, 250050, 3000, 45000 };
        QList<Deal> deals;
        for (qsizetype i = 0; i < titles.size(); ++i)
            deals << f.add(titles[i], amounts[i]);

        DealListModel model(*f.ws);
        Tester tester(&model, Fatal);
        model.sort(column, order);

        std::sort(deals.begin(), deals.end(), [&](const Deal &a, const Deal &b) {
            const bool less = column == DealListModel::AmountColumn ? a.amountMinor < b.amountMinor
                                                                    : a.title < b.title;
            const bool greater = column == DealListModel::AmountColumn
                ? a.amountMinor > b.amountMinor
                : a.title > b.title;
            return order == Qt::AscendingOrder ? less : greater;
        });
        QList<Id> expected;
        for (const Deal &deal : deals)
            expected << deal.id;
        QCOMPARE(idsOf(model), expected);
        QCOMPARE(model.currentSort().column, DealColumn(column));
        QCOMPARE(model.currentSort().descending, order == Qt::DescendingOrder);
    }

    void shouldKeepSelectedDealsAcrossASort()
    {
        Fixture f;
        const Deal small = f.add(QStringLiteral("Small"), 100);
        f.add(QStringLiteral("Medium"), 5000);
        const Deal big = f.add(QStringLiteral("Big"), 900000);
        DealListModel model(*f.ws);
        Tester tester(&model, Fatal);
        model.sort(DealListModel::AmountColumn, Qt::AscendingOrder);
        const QPersistentModelIndex tracked
            = model.index(model.rowOf(small.id), DealListModel::TitleColumn);
        QCOMPARE(tracked.row(), 0);

        model.sort(DealListModel::AmountColumn, Qt::DescendingOrder);
        QCOMPARE(model.dealId(0), big.id);
        QCOMPARE(tracked.row(), 2);
        QCOMPARE(tracked.data().toString(), QStringLiteral("Small"));
    }

    void shouldFilterByPipelineAndStage()
    {
        Fixture f;
        const Pipeline sales = f.defaultPipeline();
        const auto service = f.ws->pipelines().create(f.ws->actor(), QStringLiteral("Service"));
        QVERIFY2(service, qPrintable(service ? QString() : service.error().fullText()));
        const Id salesSecond = sales.stages.at(1).id;
        const Deal a = f.add(QStringLiteral("Sales first stage"), 100);
        const Deal b = f.add(QStringLiteral("Sales second stage"), 200, salesSecond);
        const Deal c = f.add(QStringLiteral("Service deal"), 300, service->stages.first().id);

        DealListModel model(*f.ws);
        Tester tester(&model, Fatal);
        QCOMPARE(model.rowCount(), 3);

        DealFilter filter;
        filter.pipelineId = service->id;
        model.setFilter(filter);
        QCOMPARE(idsOf(model), QList<Id> { c.id });
        QCOMPARE(model.filter().pipelineId.value_or(0), service->id);

        filter.pipelineId = sales.id;
        model.setFilter(filter);
        QList<Id> salesIds = idsOf(model);
        std::sort(salesIds.begin(), salesIds.end());
        QCOMPARE(salesIds, (QList<Id> { a.id, b.id }));

        filter.stageId = salesSecond;
        model.setFilter(filter);
        QCOMPARE(idsOf(model), QList<Id> { b.id });

        model.setFilter(DealFilter {});
        QCOMPARE(model.rowCount(), 3);
    }

    void shouldFollowCreateMoveUpdateAndRemove()
    {
        Fixture f;
        const Pipeline sales = f.defaultPipeline();
        const Id first = sales.firstStage()->id;
        const Deal kept = f.add(QStringLiteral("Kept"), 100);
        const Deal moved = f.add(QStringLiteral("Moved"), 200);

        DealListModel model(*f.ws);
        Tester tester(&model, Fatal);
        DealFilter filter;
        filter.stageId = first;
        model.setFilter(filter);
        QCOMPARE(model.rowCount(), 2);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);

        const Deal created = f.add(QStringLiteral("Created"), 300);
        QTRY_COMPARE(model.rowCount(), 3);
        QCOMPARE(inserted.count(), 1);
        QVERIFY(model.rowOf(created.id) >= 0);

        QVERIFY(f.ws->deals().moveToStage(f.ws->actor(), moved.id, sales.stages.at(1).id));
        QTRY_COMPARE(model.rowCount(), 2);
        QCOMPARE(removed.count(), 1);
        QCOMPARE(model.rowOf(moved.id), -1);

        QVERIFY(f.ws->deals().setField(f.ws->actor(), kept.id, QStringLiteral("title"),
                                       QStringLiteral("Renamed"), QLocale::c()));
        QTRY_COMPARE(text(model, model.rowOf(kept.id), DealListModel::TitleColumn),
                     QStringLiteral("Renamed"));

        QVERIFY(f.ws->deals().remove(f.ws->actor(), created.id));
        QTRY_COMPARE(model.rowCount(), 1);
        QCOMPARE(model.dealId(0), kept.id);
        QCOMPARE(reset.count(), 0); // single changes never reset the view
    }

    void shouldWriteAmountsAsTheLocaleDoes_data()
    {
        QTest::addColumn<QLocale>("locale");
        QTest::newRow("French") << QLocale(QLocale::French, QLocale::France);
        QTest::newRow("English") << QLocale(QLocale::English, QLocale::UnitedStates);
    }

    void shouldWriteAmountsAsTheLocaleDoes()
    {
        QFETCH(QLocale, locale);
        Fixture f;
        f.add(QStringLiteral("Thousands"), 123450);
        DealListModel model(*f.ws);
        Tester tester(&model, Fatal);
        model.setLocale(locale);

        const QString shown = text(model, 0, DealListModel::AmountColumn);
        QCOMPARE(shown, money::format(123450, QStringLiteral("EUR"), locale));
        // "1 234,50 €" in French (the group separator is whatever this Qt's French uses).
        const QString digits = QStringLiteral("1") + locale.groupSeparator() + QStringLiteral("234")
            + locale.decimalPoint() + QStringLiteral("50");
        QVERIFY2(shown.contains(digits), qPrintable(shown));
        QVERIFY(shown.contains(QStringLiteral("€")));
        QCOMPARE(
            Qt::Alignment(
                model.index(0, DealListModel::AmountColumn).data(Qt::TextAlignmentRole).toInt()),
            Qt::AlignRight | Qt::AlignVCenter);
    }

    void shouldReadOnlyThePagesAViewAsksFor()
    {
        Fixture f;
        DemoOptions options;
        options.deals = DealListModel::PageSize * (DealListModel::MaxCachedPages + 4);
        const auto demo = generateDemo(f.ws->db(), f.ws->clock(), options);
        QVERIFY2(demo, qPrintable(demo ? QString() : demo.error().fullText()));

        DealListModel model(*f.ws);
        const auto expected = f.ws->query().ids(f.ws->actor(), DealFilter {}, DealSort {});
        QVERIFY(expected);
        QCOMPARE(model.rowCount(), int(expected->size()));
        QCOMPARE(model.cachedPageCount(), 0);

        const int last = model.rowCount() - 1;
        QCOMPARE(model.index(last, 0).data(DealListModel::IdRole).value<Id>(), expected->last());
        QVERIFY(!text(model, last, DealListModel::TitleColumn).isEmpty());
        QCOMPARE(model.cachedPageCount(), 1);

        // Reading every row keeps the cache bounded.
        for (int row = 0; row < model.rowCount(); ++row)
            QVERIFY(model.index(row, DealListModel::TitleColumn).data().isValid());
        QCOMPARE(model.cachedPageCount(), DealListModel::MaxCachedPages);
        QCOMPARE(idsOf(model), QList<Id>(expected->cbegin(), expected->cend()));
    }

    void shouldShowTheHeadOfALargeListAtOnceAndReadTheRestOnAWorker()
    {
        Fixture f;
        DemoOptions options;
        options.deals = DealListModel::HeadRows * 4;
        QVERIFY(generateDemo(f.ws->db(), f.ws->clock(), options));
        const auto expected = f.ws->query().ids(f.ws->actor(), DealFilter {}, DealSort {});
        QVERIFY(expected);

        DealListModel model(*f.ws);
        Tester tester(&model, Fatal);
        // The count is known at once (kept totals), the first screen too; the rest is pending.
        QCOMPARE(model.rowCount(), int(expected->size()));
        QVERIFY(!model.isSnapshotComplete());
        QCOMPARE(model.index(0, 0).data(DealListModel::IdRole).value<Id>(), expected->first());
        QVERIFY(!text(model, DealListModel::HeadRows - 1, DealListModel::TitleColumn).isEmpty());
        QVERIFY(!model.isSnapshotComplete());
        // The worker's ids arrive through the event loop, without anyone asking for them.
        QTRY_VERIFY(model.isSnapshotComplete());
        QCOMPARE(idsOf(model), QList<Id>(expected->cbegin(), expected->cend()));
    }

    void shouldWaitForTheWorkerWhenAFarRowIsAskedFor()
    {
        Fixture f;
        DemoOptions options;
        options.deals = DealListModel::HeadRows * 3;
        QVERIFY(generateDemo(f.ws->db(), f.ws->clock(), options));
        const auto expected = f.ws->query().ids(f.ws->actor(), DealFilter {}, DealSort {});
        QVERIFY(expected);

        DealListModel model(*f.ws);
        QVERIFY(!model.isSnapshotComplete());
        const int last = model.rowCount() - 1;
        QCOMPARE(model.dealId(last), expected->last());
        QVERIFY(model.isSnapshotComplete());
        QCOMPARE(model.rowOf(expected->at(DealListModel::HeadRows + 7)), DealListModel::HeadRows + 7);
    }

    void shouldDropThePendingReadOfAListReplacedByAnotherFilter()
    {
        Fixture f;
        DemoOptions options;
        options.deals = DealListModel::HeadRows * 4;
        QVERIFY(generateDemo(f.ws->db(), f.ws->clock(), options));
        DealListModel model(*f.ws);
        Tester tester(&model, Fatal);

        DealFilter won;
        won.group = DealFilter::Group::Won;
        DealFilter open;
        open.group = DealFilter::Group::Open;
        for (const DealFilter &filter : { won, open, DealFilter {} }) {
            model.setFilter(filter);
            const auto expected = f.ws->query().ids(f.ws->actor(), filter, DealSort {});
            QVERIFY(expected);
            QCOMPARE(model.rowCount(), int(expected->size()));
            QCOMPARE(model.dealId(0), expected->first());
        }
        QTRY_VERIFY(model.isSnapshotComplete());
        const auto all = f.ws->query().ids(f.ws->actor(), DealFilter {}, DealSort {});
        QCOMPARE(idsOf(model), QList<Id>(all->cbegin(), all->cend()));
    }

    void shouldTakeAWholeSnapshotWhenADealArrivesWhileTheRestLoads()
    {
        Fixture f;
        DemoOptions options;
        options.deals = DealListModel::HeadRows * 4;
        QVERIFY(generateDemo(f.ws->db(), f.ws->clock(), options));
        DealListModel model(*f.ws);
        Tester tester(&model, Fatal);
        const int before = model.rowCount();
        QVERIFY(!model.isSnapshotComplete());

        const Deal added = f.add(QStringLiteral("Arrived during the load"), 4200);
        QTRY_COMPARE(model.rowCount(), before + 1);
        QVERIFY(model.isSnapshotComplete());
        const auto expected = f.ws->query().ids(f.ws->actor(), DealFilter {}, DealSort {});
        QCOMPARE(idsOf(model), QList<Id>(expected->cbegin(), expected->cend()));
        QVERIFY(model.rowOf(added.id) >= 0);
    }

    void shouldLeaveAnUnchangedListInPlaceOnReload()
    {
        Fixture f;
        f.add(QStringLiteral("One"), 1);
        f.add(QStringLiteral("Two"), 2);
        DealListModel model(*f.ws);
        Tester tester(&model, Fatal);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.reload();
        QCOMPARE(reset.count(), 0);
        QCOMPARE(changed.count(), 1);
    }

    void shouldReportReadErrorsToTheHandler()
    {
        Fixture f;
        f.add(QStringLiteral("One"), 1);
        DealListModel model(*f.ws);
        Tester tester(&model, Fatal);
        QList<Error> errors;
        model.setErrorHandler([&](const Error &error) { errors << error; });
        QSignalSpy signalled(&model, &DealListModel::errorOccurred);

        // Break the storage under the model: a read must fail with a message, not crash.
        QVERIFY(f.ws->db().exec(QStringLiteral("ALTER TABLE deals RENAME TO deals_elsewhere")));
        model.reload();
        QCOMPARE(errors.size(), 1);
        QCOMPARE(signalled.count(), 1);
        QVERIFY(!errors.first().message.isEmpty());
        QCOMPARE(signalled.first().first().toString(), errors.first().message);
    }

    void shouldOfferAllPipelinesThenEachPipeline()
    {
        Fixture f;
        PipelineListModel model(*f.ws);
        Tester tester(&model, Fatal);
        QCOMPARE(model.rowCount(), 2);
        QVERIFY(!model.pipelineId(0));
        QCOMPARE(model.pipelineId(1).value_or(0), f.defaultPipeline().id);
        QCOMPARE(model.index(1, 0).data().toString(), f.defaultPipeline().name);

        const auto service = f.ws->pipelines().create(f.ws->actor(), QStringLiteral("Service"));
        QVERIFY(service);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.rowOf(service->id), 2);
        QCOMPARE(model.index(2, 0).data().toString(), QStringLiteral("Service"));
        QCOMPARE(model.rowOf(std::nullopt), 0);
    }
};

QTEST_GUILESS_MAIN(TestDealListModel)
#include "tst_deallistmodel.moc"
