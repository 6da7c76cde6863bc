// SPDX-License-Identifier: GPL-3.0-or-later
#include "boardquery.h"
#include "stores.h"
#include "testworkspace.h"

#include <QTest>

using namespace comptoir;
using namespace comptoir::test;

// BoardQuery: the cards of a Kanban column in attention order or a chosen sort, page by page,
// and the count and totals of each column under the shared filter. "Now" is the fixture's
// fixed clock: Monday 2 March 2026, 09:30 UTC.
class TestBoardQuery : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void shouldPutOverdueThenTodayThenNoneThenFuture();
    void shouldReadTheSameCardsPageByPage_data();
    void shouldReadTheSameCardsPageByPage();
    void shouldSortByAmountAndCloseDate();
    void shouldClassifyDeadlinesAgainstNow_data();
    void shouldClassifyDeadlinesAgainstNow();
    void shouldCountAndTotalColumnsUnderTheFilter();
    void shouldFollowTheStageFilter();

private:
    Id createDeal(const QString &title, qint64 amount, std::optional<qint64> deadlineSecs = {},
                  const QString &stageName = QStringLiteral("New"));
    QStringList titles(BoardSort sort, const QString &stageName = QStringLiteral("New"), int limit = 100,
                       const DealFilter &filter = {});
    const Stage &stage(const QString &name) const;
    BoardQuery query() { return BoardQuery((*m_ws)->db(), (*m_ws)->clock()); }
    std::unique_ptr<TestWorkspace> m_ws;
    Pipeline m_sales;
};

void TestBoardQuery::initTestCase()
{
    // "Due today" is the local day: the expectations below are written for UTC.
    qputenv("TZ", "UTC");
}

void TestBoardQuery::init()
{
    m_ws = std::make_unique<TestWorkspace>();
    QVERIFY2(m_ws->isOpen(), qPrintable(m_ws->error()));
    auto sales = (*m_ws)->pipelines().defaultPipeline(m_ws->actor());
    COMPTOIR_VERIFY_OK(sales);
    m_sales = *sales;
}

void TestBoardQuery::cleanup()
{
    m_ws.reset();
}

const Stage &TestBoardQuery::stage(const QString &name) const
{
    static const Stage none;
    for (const Stage &s : m_sales.stages) {
        if (s.name == name)
            return s;
    }
    return none;
}

// Each deal is created one minute after the previous one; the deadline is relative to the
// fixture's "now" (09:30), not to the creation.
Id TestBoardQuery::createDeal(const QString &title, qint64 amount, std::optional<qint64> deadlineSecs,
                              const QString &stageName)
{
    m_ws->clock().advanceSecs(60);
    Deal draft;
    draft.title = title;
    draft.amountMinor = amount;
    draft.pipelineId = m_sales.id;
    draft.stageId = stage(stageName).id;
    auto deal = (*m_ws)->deals().create(m_ws->actor(), draft);
    if (!deal)
        return 0;
    if (deadlineSecs) {
        Activity a;
        a.dealId = deal->id;
        a.subject = QStringLiteral("Call ") + title;
        a.deadline = startTime().addSecs(*deadlineSecs);
        a.responsibleId = deal->responsibleId;
        a.createdAt = m_ws->clock().now();
        if (!ActivityStore((*m_ws)->db()).insert(a))
            return 0;
    }
    return deal->id;
}

QStringList TestBoardQuery::titles(BoardSort sort, const QString &stageName, int limit, const DealFilter &filter)
{
    QStringList result;
    std::optional<BoardCursor> after;
    do {
        auto page = query().cards(m_ws->actor(), filter, stage(stageName).id, sort, after, limit);
        if (!page)
            return {page.error().fullText()};
        for (const DealRow &row : std::as_const(page->cards))
            result << row.title;
        after = page->next;
    } while (after && result.size() < 1000);
    return result;
}

void TestBoardQuery::shouldPutOverdueThenTodayThenNoneThenFuture()
{
    // The clock has moved a few minutes by the time the deals exist: deadlines keep clear of it.
    QVERIFY(createDeal(QStringLiteral("overdue yesterday"), 100, -86400));
    QVERIFY(createDeal(QStringLiteral("no activity, older"), 100));
    QVERIFY(createDeal(QStringLiteral("future"), 100, 3 * 86400));
    QVERIFY(createDeal(QStringLiteral("today 15:00"), 100, 5.5 * 3600));
    QVERIFY(createDeal(QStringLiteral("overdue two days"), 100, -2 * 86400));
    QVERIFY(createDeal(QStringLiteral("no activity, newer"), 100));
    QVERIFY(createDeal(QStringLiteral("tomorrow"), 100, 86400));
    QVERIFY(createDeal(QStringLiteral("elsewhere"), 100, {}, QStringLiteral("Quote")));

    const QStringList expected{QStringLiteral("overdue two days"), QStringLiteral("overdue yesterday"),
                               QStringLiteral("today 15:00"),      QStringLiteral("no activity, newer"),
                               QStringLiteral("no activity, older"), QStringLiteral("tomorrow"),
                               QStringLiteral("future")};
    QCOMPARE(titles(BoardSort::Attention), expected);
}

void TestBoardQuery::shouldReadTheSameCardsPageByPage_data()
{
    QTest::addColumn<BoardSort>("sort");
    QTest::addColumn<int>("pageSize");
    QTest::newRow("attention by 1") << BoardSort::Attention << 1;
    QTest::newRow("attention by 2") << BoardSort::Attention << 2;
    QTest::newRow("attention by 3") << BoardSort::Attention << 3;
    QTest::newRow("amount by 2") << BoardSort::Amount << 2;
    QTest::newRow("close date by 2") << BoardSort::CloseDate << 2;
    QTest::newRow("created by 4") << BoardSort::Created << 4;
}

void TestBoardQuery::shouldReadTheSameCardsPageByPage()
{
    QFETCH(BoardSort, sort);
    QFETCH(int, pageSize);
    // Equal keys everywhere (same deadline, same amount) so that paging relies on the ties.
    for (int i = 0; i < 3; ++i) {
        QVERIFY(createDeal(QStringLiteral("overdue %1").arg(i), 500, -3600));
        QVERIFY(createDeal(QStringLiteral("none %1").arg(i), 500));
        QVERIFY(createDeal(QStringLiteral("future %1").arg(i), 700, 86400 * 4));
    }
    QVERIFY(createDeal(QStringLiteral("today"), 900, 3600));
    const QStringList whole = titles(sort, QStringLiteral("New"), 100);
    QCOMPARE(whole.size(), 10);
    QCOMPARE(titles(sort, QStringLiteral("New"), pageSize), whole);
}

void TestBoardQuery::shouldSortByAmountAndCloseDate()
{
    const Id small = createDeal(QStringLiteral("small"), 100);
    const Id big = createDeal(QStringLiteral("big"), 90000);
    const Id middle = createDeal(QStringLiteral("middle"), 5000);
    QVERIFY(small && big && middle);
    QCOMPARE(titles(BoardSort::Amount),
             (QStringList{QStringLiteral("big"), QStringLiteral("middle"), QStringLiteral("small")}));
    QCOMPARE(titles(BoardSort::Created),
             (QStringList{QStringLiteral("middle"), QStringLiteral("big"), QStringLiteral("small")}));

    // Nearest close date first, the deal without one last.
    auto setClose = [this](Id id, const QString &date) {
        return (*m_ws)->deals().setField(m_ws->actor(), id, QStringLiteral("close_date"), date, QLocale::c()).ok();
    };
    QVERIFY(setClose(small, QStringLiteral("2026-06-01")));
    QVERIFY(setClose(big, QStringLiteral("2026-04-01")));
    QCOMPARE(titles(BoardSort::CloseDate),
             (QStringList{QStringLiteral("big"), QStringLiteral("small"), QStringLiteral("middle")}));
}

void TestBoardQuery::shouldClassifyDeadlinesAgainstNow_data()
{
    QTest::addColumn<QDateTime>("deadline");
    QTest::addColumn<ActivityState>("state");
    const QDateTime now = startTime();
    QTest::newRow("none") << QDateTime() << ActivityState::None;
    QTest::newRow("a minute ago") << now.addSecs(-60) << ActivityState::Overdue;
    QTest::newRow("this morning") << QDateTime(now.date(), QTime(7, 0), Qt::UTC) << ActivityState::Overdue;
    QTest::newRow("now") << now << ActivityState::Today;
    QTest::newRow("late tonight") << QDateTime(now.date(), QTime(23, 59), Qt::UTC) << ActivityState::Today;
    QTest::newRow("tomorrow midnight") << QDateTime(now.date().addDays(1), QTime(0, 0), Qt::UTC)
                                       << ActivityState::Future;
}

void TestBoardQuery::shouldClassifyDeadlinesAgainstNow()
{
    QFETCH(QDateTime, deadline);
    QFETCH(ActivityState, state);
    QCOMPARE(activityState(deadline, startTime()), state);
}

void TestBoardQuery::shouldCountAndTotalColumnsUnderTheFilter()
{
    const Id mine = createDeal(QStringLiteral("mine"), 10000);
    createDeal(QStringLiteral("mine too"), 2500, {}, QStringLiteral("Quote"));
    User other;
    other.login = QStringLiteral("paul");
    other.name = QStringLiteral("Paul");
    auto paul = UserStore((*m_ws)->db()).insert(other, m_ws->clock().now());
    COMPTOIR_VERIFY_OK(paul);
    const Id his = createDeal(QStringLiteral("his"), 7000);
    COMPTOIR_VERIFY_OK((*m_ws)->deals().setField(m_ws->actor(), his, QStringLiteral("responsible"),
                                                 QStringLiteral("paul"), QLocale::c()));
    QVERIFY(mine);

    auto all = query().columns(m_ws->actor(), m_sales.id, {});
    COMPTOIR_VERIFY_OK(all);
    QCOMPARE(all->size(), m_sales.stages.size());
    QCOMPARE(all->at(0).stage.name, QStringLiteral("New"));
    QCOMPARE(all->at(0).count, 2);
    QCOMPARE(all->at(0).totals.value(QStringLiteral("EUR")), 17000);

    DealFilter onlyPaul;
    onlyPaul.responsibleId = *paul;
    auto his_ = query().columns(m_ws->actor(), m_sales.id, onlyPaul);
    COMPTOIR_VERIFY_OK(his_);
    QCOMPARE(his_->at(0).count, 1);
    QCOMPARE(his_->at(0).totals.value(QStringLiteral("EUR")), 7000);
    const qint64 weighted = 7000 * stage(QStringLiteral("New")).probability.value_or(0) / 100;
    QCOMPARE(his_->at(0).weightedTotals.value(QStringLiteral("EUR")), weighted);
    QCOMPARE(all->at(0).weightedTotals.value(QStringLiteral("EUR")),
             17000 * stage(QStringLiteral("New")).probability.value_or(0) / 100);
    int quote = -1;
    for (int i = 0; i < his_->size(); ++i) {
        if (his_->at(i).stage.name == QStringLiteral("Quote"))
            quote = i;
    }
    QVERIFY(quote > 0);
    QCOMPARE(his_->at(quote).count, 0);
    QCOMPARE(titles(BoardSort::Attention, QStringLiteral("New"), 40, onlyPaul), QStringList{QStringLiteral("his")});
}

void TestBoardQuery::shouldFollowTheStageFilter()
{
    createDeal(QStringLiteral("new"), 100);
    createDeal(QStringLiteral("quote"), 100, {}, QStringLiteral("Quote"));
    DealFilter quoteOnly;
    quoteOnly.stageId = stage(QStringLiteral("Quote")).id;
    QCOMPARE(titles(BoardSort::Attention, QStringLiteral("New"), 40, quoteOnly), QStringList());
    QCOMPARE(titles(BoardSort::Attention, QStringLiteral("Quote"), 40, quoteOnly), QStringList{QStringLiteral("quote")});
    auto columns = query().columns(m_ws->actor(), m_sales.id, quoteOnly);
    COMPTOIR_VERIFY_OK(columns);
    QCOMPARE(columns->at(0).count, 0);
}

QTEST_GUILESS_MAIN(TestBoardQuery)
#include "tst_boardquery.moc"
