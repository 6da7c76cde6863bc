// SPDX-License-Identifier: GPL-3.0-or-later
// A list whose count no kept total gives (a search, an amount range) read head first: the
// model shows the first deals at once, reports that it is counting, and the rest of the rows,
// the count and the totals arrive later through signals from a worker thread; a new filter
// (the next keystroke) cancels the read of the previous one. The fixture is small, so the
// model is told to treat it as a large database (setSynchronousLimit(0)).

#include "deallistmodel.h"
#include "workspace.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace comptoir;

namespace {

constexpr auto Fatal = QAbstractItemModelTester::FailureReportingMode::Fatal;
// The head always reaches its limit or the list's end, however loaded the machine is.
constexpr int NoDeadline = 600000;
constexpr int AlphaDeals = DealListModel::SearchHeadRows * 2 + 44;
constexpr int BetaDeals = DealListModel::SearchHeadRows + 72;
constexpr int GammaDeals = 40;

struct Fixture
{
    QTemporaryDir dir;
    std::unique_ptr<Workspace> ws;
    qint64 alphaTotal = 0;

    Fixture()
    {
        auto opened = Workspace::open(dir.filePath(QStringLiteral("deals.db")));
        if (!opened)
            qFatal("cannot open the fixture database: %s", qPrintable(opened.error().fullText()));
        ws = std::move(opened).value();
        // Interleaved, so that every list is spread over the whole table.
        for (int i = 0; i < AlphaDeals; ++i) {
            alphaTotal += add(QStringLiteral("Alpha %1").arg(i), 1000 + i * 37);
            if (i < BetaDeals)
                add(QStringLiteral("Beta %1").arg(i), 500 + i);
            if (i < GammaDeals)
                add(QStringLiteral("Gamma %1").arg(i), 90000 + i);
        }
    }

    qint64 add(const QString &title, qint64 amountMinor)
    {
        Deal draft;
        draft.title = title;
        draft.amountMinor = amountMinor;
        draft.currency = QStringLiteral("EUR");
        auto created = ws->deals().create(ws->actor(), draft);
        if (!created)
            qFatal("cannot create a fixture deal: %s", qPrintable(created.error().fullText()));
        return amountMinor;
    }

    QList<Id> expected(const DealFilter &filter, const DealSort &sort = {}) const
    {
        auto ids = ws->query().ids(ws->actor(), filter, sort);
        if (!ids)
            qFatal("cannot read the expected ids: %s", qPrintable(ids.error().fullText()));
        return *ids;
    }
};

DealFilter search(const QString &text)
{
    DealFilter filter;
    filter.search = text;
    return filter;
}

QList<Id> idsOf(const DealListModel &model)
{
    QList<Id> ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids << model.index(row, 0).data(DealListModel::IdRole).value<Id>();
    return ids;
}

// A model on every deal, told to read the lists without kept counts head first, by a walk
// that stops at its first page (a rare search's few deals would otherwise be read whole).
std::unique_ptr<DealListModel> largeListModel(Workspace &ws)
{
    auto model = std::make_unique<DealListModel>(ws);
    model->setSynchronousLimit(0);
    model->setHeadBudget(NoDeadline);
    DealHeadLimits walk;
    walk.sortWhole = 0;
    model->setHeadLimits(walk);
    return model;
}

} // namespace

class TestDealListModelSearch : public QObject
{
    Q_OBJECT

    std::unique_ptr<Fixture> m_fixture; // made once: 540 deals through DealService

private Q_SLOTS:
    void initTestCase() { m_fixture = std::make_unique<Fixture>(); }

    void aSearchShowsItsHeadAtOnceAndItsCountLater()
    {
        Fixture &f = *m_fixture;
        auto model = largeListModel(*f.ws);
        QAbstractItemModelTester tester(model.get(), Fatal);
        QSignalSpy inserted(model.get(), &QAbstractItemModel::rowsInserted);
        QSignalSpy counting(model.get(), &DealListModel::countingChanged);

        model->setFilter(search(QStringLiteral("alp")));
        const QList<Id> expected = f.expected(search(QStringLiteral("alp")));
        QCOMPARE(expected.size(), AlphaDeals);
        // The head is there when setFilter returns; the count is not known yet.
        QVERIFY(model->isCounting());
        QCOMPARE(counting.size(), 1);
        QCOMPARE(counting.first().first().toBool(), true);
        QCOMPARE(model->rowCount(), DealListModel::SearchHeadRows);
        QCOMPARE(idsOf(*model), expected.mid(0, DealListModel::SearchHeadRows));
        QCOMPARE(model->index(0, DealListModel::TitleColumn).data().toString(),
                 QStringLiteral("Alpha %1").arg(AlphaDeals - 1));
        QVERIFY(!model->knownSummary());

        // The rest arrives from the worker as rows appended under the head, with the count.
        QTRY_VERIFY(!model->isCounting());
        QCOMPARE(counting.size(), 2);
        QCOMPARE(counting.last().first().toBool(), false);
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(inserted.first().at(1).toInt(), DealListModel::SearchHeadRows);
        QCOMPARE(inserted.first().at(2).toInt(), AlphaDeals - 1);
        QCOMPARE(idsOf(*model), expected);
        const auto summary = model->knownSummary();
        QVERIFY(summary);
        QCOMPARE(summary->count, qint64(AlphaDeals));
        QCOMPARE(summary->totals, (QMap<QString, qint64>{{QStringLiteral("EUR"), f.alphaTotal}}));
    }

    void aRareSearchIsReadWholeAtOnce()
    {
        Fixture &f = *m_fixture;
        auto model = largeListModel(*f.ws);
        model->setHeadLimits({}); // as in the window
        QAbstractItemModelTester tester(model.get(), Fatal);
        QSignalSpy counting(model.get(), &DealListModel::countingChanged);
        model->setFilter(search(QStringLiteral("alp")));
        // More deals than a head's page, yet all there when setFilter returns, with the count.
        QVERIFY(AlphaDeals > DealListModel::SearchHeadRows);
        QVERIFY(!model->isCounting());
        QCOMPARE(counting.size(), 0);
        QCOMPARE(idsOf(*model), f.expected(search(QStringLiteral("alp"))));
        const auto summary = model->knownSummary();
        QVERIFY(summary);
        QCOMPARE(summary->count, qint64(AlphaDeals));
        QCOMPARE(summary->totals, (QMap<QString, qint64>{{QStringLiteral("EUR"), f.alphaTotal}}));
    }

    void aHeadHoldingTheWholeListNeedsNoWorker()
    {
        Fixture &f = *m_fixture;
        auto model = largeListModel(*f.ws);
        QAbstractItemModelTester tester(model.get(), Fatal);
        QSignalSpy counting(model.get(), &DealListModel::countingChanged);
        model->setFilter(search(QStringLiteral("gamma")));
        QVERIFY(model->isSnapshotComplete());
        QVERIFY(!model->isCounting());
        QCOMPARE(counting.size(), 0);
        QCOMPARE(idsOf(*model), f.expected(search(QStringLiteral("gamma"))));
        const auto summary = model->knownSummary();
        QVERIFY(summary);
        QCOMPARE(summary->count, qint64(GammaDeals));
    }

    void aFilterWithoutAKeptCountIsCountedOffThisThread_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<bool>("headFirst");
        // Amount: deals_amount is walked for a head; company: no index gives that order, so
        // every row comes from the worker.
        QTest::newRow("by amount, head first") << int(DealColumn::Amount) << true;
        QTest::newRow("by company, all from the worker") << int(DealColumn::Company) << false;
    }

    void aFilterWithoutAKeptCountIsCountedOffThisThread()
    {
        QFETCH(int, column);
        QFETCH(bool, headFirst);
        Fixture &f = *m_fixture;
        auto model = largeListModel(*f.ws);
        model->sort(column, Qt::AscendingOrder);
        QTRY_VERIFY(!model->isCounting());
        QAbstractItemModelTester tester(model.get(), Fatal);
        QSignalSpy inserted(model.get(), &QAbstractItemModel::rowsInserted);

        DealFilter filter;
        filter.minAmountMinor = 600; // Alpha and Gamma, and the last Betas
        const QList<Id> expected = f.expected(filter, model->currentSort());
        QVERIFY(expected.size() > DealListModel::SearchHeadRows);
        model->setFilter(filter);
        QVERIFY(model->isCounting());
        QCOMPARE(model->rowCount(), headFirst ? DealListModel::SearchHeadRows : 0);
        QCOMPARE(idsOf(*model), expected.mid(0, model->rowCount()));
        QVERIFY(inserted.wait());
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(inserted.first().at(2).toInt(), expected.size() - 1);
        QVERIFY(!model->isCounting());
        QCOMPARE(idsOf(*model), expected);
        QCOMPARE(model->knownSummary()->count, qint64(expected.size()));
    }

    void aNewKeystrokeCancelsTheLoadOfThePreviousOne()
    {
        Fixture &f = *m_fixture;
        auto model = largeListModel(*f.ws);
        QAbstractItemModelTester tester(model.get(), Fatal);
        // Every row ever inserted must be a Beta deal: no Alpha load may land after "b".
        QStringList insertedTitles;
        connect(model.get(), &QAbstractItemModel::rowsInserted, this, [&](const QModelIndex &, int first, int last) {
            for (int row = first; row <= last; ++row)
                insertedTitles << model->index(row, DealListModel::TitleColumn).data().toString();
        });

        model->setFilter(search(QStringLiteral("al")));
        QVERIFY(model->isCounting());
        model->setFilter(search(QStringLiteral("alpha")));
        QVERIFY(model->isCounting());
        model->setFilter(search(QStringLiteral("b")));
        QVERIFY(model->isCounting());
        QCOMPARE(model->rowCount(), DealListModel::SearchHeadRows);
        QTRY_VERIFY(!model->isCounting());

        const QList<Id> expected = f.expected(search(QStringLiteral("b")));
        QCOMPARE(expected.size(), BetaDeals);
        QCOMPARE(idsOf(*model), expected);
        QCOMPARE(insertedTitles.size(), BetaDeals - DealListModel::SearchHeadRows);
        for (const QString &title : std::as_const(insertedTitles))
            QVERIFY2(title.startsWith(QLatin1String("Beta ")), qPrintable(title));
        QCOMPARE(model->knownSummary()->count, qint64(BetaDeals));
    }

    void aSmallDatabaseIsStillReadAtOnce()
    {
        Fixture &f = *m_fixture;
        DealListModel model(*f.ws); // the default limit: far more deals than the fixture's
        model.setFilter(search(QStringLiteral("alpha")));
        QVERIFY(!model.isCounting());
        QVERIFY(model.isSnapshotComplete());
        QCOMPARE(model.rowCount(), AlphaDeals);
        QVERIFY(!model.knownSummary());
    }

    // Last: it adds a deal to the shared fixture.
    void aDealAddedWhileCountingEndsInTheList()
    {
        Fixture &f = *m_fixture;
        auto model = largeListModel(*f.ws);
        QAbstractItemModelTester tester(model.get(), Fatal);
        model->setFilter(search(QStringLiteral("alpha")));
        QVERIFY(model->isCounting());
        f.add(QStringLiteral("Alpha arrived while counting"), 5);
        QTRY_VERIFY(!model->isCounting());
        const QList<Id> expected = f.expected(search(QStringLiteral("alpha")));
        QCOMPARE(expected.size(), AlphaDeals + 1);
        QTRY_COMPARE(idsOf(*model), expected);
        QCOMPARE(model->knownSummary()->count, qint64(AlphaDeals + 1));
    }
};

QTEST_GUILESS_MAIN(TestDealListModelSearch)
#include "tst_deallistmodelsearch.moc"
