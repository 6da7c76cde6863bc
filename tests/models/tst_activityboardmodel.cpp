// SPDX-License-Identifier: GPL-3.0-or-later
// The Activities board model: the six columns with counts, lazy cards, drops with the rules,
// undo and redo through the window's stack, and QAbstractItemModelTester throughout.

#include "activityboardmodel.h"
#include "testworkspace.h"

#include <QAbstractItemModelTester>
#include <QMimeData>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

using namespace comptoir;
using namespace comptoir::test;

namespace {
QDateTime utc(int y, int m, int d, int h, int min = 0)
{
    return QDateTime(QDate(y, m, d), QTime(h, min), Qt::UTC);
}
} // namespace

class TestActivityBoardModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void columnsCountAndCardsComeLazily();
    void aDropMovesTheDeadlineAndUndoPutsItBack();
    void aDropOnOverdueIsRefused();
    void aDealWithoutActivityGetsOneAndUndoRemovesIt();
    void plusCreatesADealWithItsActivityUndoneIntoTheBin();
    void theFilterApplies();
    void aDropRefreshesOnlyTheTwoColumns();
    void undoAndOutsideChangesRefreshWithoutAReset();
    void aMoveOfACardBeyondTheLoadedPageStillCounts();
    void aCardShowsItsDeadlineShortAndWholeInItsToolTip();

private:
    Id createDeal(const QString &title);
    Id plan(Id dealId, const QDateTime &deadline);
    int count(ActivityColumn c) const { return int(m_model->summary(c).count); }
    QDateTime deadline(Id activityId);
    std::unique_ptr<TestWorkspace> m_ws;
    std::unique_ptr<ActivityBoardModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    std::unique_ptr<QUndoStack> m_stack;
};

void TestActivityBoardModel::init()
{
    qputenv("TZ", "UTC");
    m_ws = std::make_unique<TestWorkspace>();
    QVERIFY2(m_ws->isOpen(), qPrintable(m_ws->error()));
    m_model = std::make_unique<ActivityBoardModel>(m_ws->ws());
    m_model->setLocale(QLocale(QLocale::French, QLocale::France)); // weeks start on Monday
    m_model->setTimeZone(QTimeZone::utc());
    m_tester = std::make_unique<QAbstractItemModelTester>(m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_stack = std::make_unique<QUndoStack>();
    m_model->setUndoStack(m_stack.get());
}

void TestActivityBoardModel::cleanup()
{
    m_stack.reset();
    m_tester.reset();
    m_model.reset();
    m_ws.reset();
}

Id TestActivityBoardModel::createDeal(const QString &title)
{
    Deal d;
    d.title = title;
    d.amountMinor = 10000;
    auto deal = m_ws->ws().deals().create(m_ws->actor(), d);
    return deal ? deal->id : 0;
}

Id TestActivityBoardModel::plan(Id dealId, const QDateTime &deadline)
{
    Activity a;
    a.dealId = dealId;
    a.type = ActivityType::Call;
    a.subject = QStringLiteral("Call back");
    a.deadline = deadline;
    auto planned = m_ws->ws().activities().plan(m_ws->actor(), a);
    return planned ? planned->id : 0;
}

QDateTime TestActivityBoardModel::deadline(Id activityId)
{
    auto a = m_ws->ws().activities().get(m_ws->actor(), activityId);
    return a ? a->deadline : QDateTime();
}

void TestActivityBoardModel::columnsCountAndCardsComeLazily()
{
    for (int i = 0; i < ActivityBoardModel::PageSize + 5; ++i)
        plan(createDeal(QStringLiteral("Deal %1").arg(i)), utc(2026, 3, 4, 9));
    createDeal(QStringLiteral("Idle"));
    m_model->reload();
    QCOMPARE(m_model->rowCount(), ActivityColumnCount);
    const QModelIndex week = m_model->columnIndex(ActivityColumn::ThisWeek);
    QCOMPARE(week.data().toString(), QStringLiteral("This week"));
    QCOMPARE(week.data(ActivityBoardModel::CountRole).toLongLong(), ActivityBoardModel::PageSize + 5);
    QCOMPARE(m_model->rowCount(week), ActivityBoardModel::PageSize);
    QVERIFY(m_model->canFetchMore(week));
    m_model->fetchMore(week);
    QCOMPARE(m_model->rowCount(week), ActivityBoardModel::PageSize + 5);
    QVERIFY(!m_model->canFetchMore(week));
    const QModelIndex card = m_model->index(0, 0, week);
    QCOMPARE(card.data(ActivityBoardModel::ActivitySubjectRole).toString(), QStringLiteral("Call back"));
    QCOMPARE(card.data(ActivityBoardModel::ActivityTypeRole).toInt(), int(ActivityType::Call));
    QCOMPARE(card.data(ActivityBoardModel::ColumnRole).toInt(), int(ActivityColumn::ThisWeek));
    QVERIFY(!card.data(ActivityBoardModel::AmountTextRole).toString().isEmpty());
    QCOMPARE(count(ActivityColumn::None), 1);
    const QModelIndex none = m_model->index(0, 0, m_model->columnIndex(ActivityColumn::None));
    QCOMPARE(none.data(ActivityBoardModel::ActivityTypeRole).toInt(), -1);
}

void TestActivityBoardModel::aDropMovesTheDeadlineAndUndoPutsItBack()
{
    const Id deal = createDeal(QStringLiteral("Roof"));
    const Id activity = plan(deal, utc(2026, 3, 3, 14));
    m_model->reload();
    QCOMPARE(count(ActivityColumn::ThisWeek), 1);
    // Through the model's drag payload, as a view would.
    const QModelIndex card = m_model->dealIndex(deal);
    QVERIFY(card.isValid());
    std::unique_ptr<QMimeData> data(m_model->mimeData({card}));
    const QModelIndex target = m_model->columnIndex(ActivityColumn::NextWeek);
    QVERIFY(m_model->canDropMimeData(data.get(), Qt::MoveAction, -1, -1, target));
    QVERIFY(m_model->dropMimeData(data.get(), Qt::MoveAction, -1, -1, target));
    QCOMPARE(deadline(activity), utc(2026, 3, 9, 14));
    QCOMPARE(count(ActivityColumn::ThisWeek), 0);
    QCOMPARE(count(ActivityColumn::NextWeek), 1);
    QCOMPARE(m_stack->count(), 1);

    m_stack->undo();
    QCOMPARE(deadline(activity), utc(2026, 3, 3, 14));
    m_model->reload();
    QCOMPARE(count(ActivityColumn::ThisWeek), 1);
    m_stack->redo();
    QCOMPARE(deadline(activity), utc(2026, 3, 9, 14));
}

void TestActivityBoardModel::aDropOnOverdueIsRefused()
{
    const Id deal = createDeal(QStringLiteral("Roof"));
    const Id activity = plan(deal, utc(2026, 3, 3, 14));
    m_model->reload();
    std::unique_ptr<QMimeData> data(m_model->mimeData({m_model->dealIndex(deal)}));
    const QModelIndex overdue = m_model->columnIndex(ActivityColumn::Overdue);
    QVERIFY(!m_model->canDropMimeData(data.get(), Qt::MoveAction, -1, -1, overdue));
    QVERIFY(!m_model->dropMimeData(data.get(), Qt::MoveAction, -1, -1, overdue));
    QVERIFY(!m_model->moveDeals({deal}, ActivityColumn::Overdue).ok());
    QCOMPARE(deadline(activity), utc(2026, 3, 3, 14));
    QCOMPARE(m_stack->count(), 0);
}

void TestActivityBoardModel::aDealWithoutActivityGetsOneAndUndoRemovesIt()
{
    const Id deal = createDeal(QStringLiteral("Idle"));
    m_model->reload();
    QVERIFY(m_model->needsNewActivity(deal));
    COMPTOIR_VERIFY_OK(m_model->moveDeals({deal}, ActivityColumn::Today, ActivityType::Meeting, QStringLiteral("Visit")));
    QCOMPARE(count(ActivityColumn::Today), 1);
    QCOMPARE(count(ActivityColumn::None), 0);
    const QModelIndex card = m_model->dealIndex(deal);
    QCOMPARE(card.data(ActivityBoardModel::ActivitySubjectRole).toString(), QStringLiteral("Visit"));
    QCOMPARE(card.data(ActivityBoardModel::DeadlineRole).toDateTime(), utc(2026, 3, 2, 10));
    m_stack->undo();
    m_model->reload();
    QCOMPARE(count(ActivityColumn::None), 1);
    QCOMPARE(rowCount(m_ws->db(), QStringLiteral("activities")), 0);
}

void TestActivityBoardModel::plusCreatesADealWithItsActivityUndoneIntoTheBin()
{
    COMPTOIR_TRY(id, m_model->createDeal(ActivityColumn::NextWeek, QStringLiteral("New roof"), ActivityType::Call,
                                         QStringLiteral("First call")));
    QVERIFY(*id > 0);
    QCOMPARE(count(ActivityColumn::NextWeek), 1);
    QCOMPARE(m_model->index(0, 0, m_model->columnIndex(ActivityColumn::NextWeek)).data().toString(),
             QStringLiteral("New roof"));
    m_stack->undo();
    m_model->reload();
    QCOMPARE(count(ActivityColumn::NextWeek), 0);
    QVERIFY(!m_ws->ws().deals().get(m_ws->actor(), *id).ok()); // in the recycle bin
    m_stack->redo();
    m_model->reload();
    QCOMPARE(count(ActivityColumn::NextWeek), 1);
}

void TestActivityBoardModel::theFilterApplies()
{
    plan(createDeal(QStringLiteral("Alpha")), utc(2026, 3, 4, 9));
    plan(createDeal(QStringLiteral("Beta")), utc(2026, 3, 4, 9));
    m_model->reload();
    QCOMPARE(count(ActivityColumn::ThisWeek), 2);
    DealFilter filter;
    filter.search = QStringLiteral("alpha");
    m_model->setFilter(filter);
    QCOMPARE(count(ActivityColumn::ThisWeek), 1);
    QCOMPARE(m_model->rowCount(m_model->columnIndex(ActivityColumn::ThisWeek)), 1);
}

// What a drop costs is two columns: the other four keep their rows (no reset, no row signal
// under them), and the two touched ones change by row removal and insertion.
void TestActivityBoardModel::aDropRefreshesOnlyTheTwoColumns()
{
    const Id today = createDeal(QStringLiteral("Today"));
    plan(today, utc(2026, 3, 2, 16));
    const Id moved = createDeal(QStringLiteral("Moved"));
    plan(moved, utc(2026, 3, 4, 9));
    plan(createDeal(QStringLiteral("Stays this week")), utc(2026, 3, 5, 9));
    plan(createDeal(QStringLiteral("Later")), utc(2026, 3, 30, 9));
    createDeal(QStringLiteral("Idle"));
    m_model->reload();
    const QPersistentModelIndex todayCard = m_model->dealIndex(today);
    const QModelIndex thisWeek = m_model->columnIndex(ActivityColumn::ThisWeek);
    const QModelIndex nextWeek = m_model->columnIndex(ActivityColumn::NextWeek);
    QSignalSpy resets(m_model.get(), &QAbstractItemModel::modelReset);
    QSignalSpy layouts(m_model.get(), &QAbstractItemModel::layoutChanged);
    QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);

    COMPTOIR_VERIFY_OK(m_model->moveDeals({moved}, ActivityColumn::NextWeek));
    QCOMPARE(resets.count(), 0);
    QCOMPARE(layouts.count(), 0);
    QCOMPARE(removed.count(), 1);
    QCOMPARE(removed.first().at(0).value<QModelIndex>(), thisWeek);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(inserted.first().at(0).value<QModelIndex>(), nextWeek);
    for (const QList<QVariant> &signal : std::as_const(changed)) {
        const QModelIndex from = signal.at(0).value<QModelIndex>();
        const QModelIndex column = from.parent().isValid() ? from.parent() : from;
        QVERIFY2(column == thisWeek || column == nextWeek, qPrintable(column.data().toString()));
    }
    QVERIFY(todayCard.isValid());
    QCOMPARE(todayCard.data(ActivityBoardModel::IdRole).toLongLong(), today);
    QCOMPARE(count(ActivityColumn::ThisWeek), 1);
    QCOMPARE(count(ActivityColumn::NextWeek), 1);
    QCOMPARE(count(ActivityColumn::Later), 1);
    QCOMPARE(m_model->rowCount(thisWeek), 1);
    QCOMPARE(m_model->index(0, 0, nextWeek).data(ActivityBoardModel::IdRole).toLongLong(), moved);
    QCOMPARE(m_model->columnIndex(ActivityColumn::NextWeek).data(ActivityBoardModel::TotalsTextRole).toString(),
             m_model->columnIndex(ActivityColumn::Today).data(ActivityBoardModel::TotalsTextRole).toString());
    // The service's signals of that drop were handled by the drop itself: nothing is pending.
    QCoreApplication::processEvents();
    QCOMPARE(resets.count(), 0);
    QCOMPARE(removed.count(), 1);
    QCOMPARE(inserted.count(), 1);
}

// Undo and changes made elsewhere (the deal editor, the calendar) arrive as service signals:
// coalesced into one refresh of the columns concerned, never a reset.
void TestActivityBoardModel::undoAndOutsideChangesRefreshWithoutAReset()
{
    const Id deal = createDeal(QStringLiteral("Roof"));
    const Id activity = plan(deal, utc(2026, 3, 3, 14));
    plan(createDeal(QStringLiteral("Other")), utc(2026, 3, 2, 16));
    m_model->reload();
    QSignalSpy resets(m_model.get(), &QAbstractItemModel::modelReset);
    COMPTOIR_VERIFY_OK(m_model->moveDeals({deal}, ActivityColumn::Later));
    QCOMPARE(count(ActivityColumn::Later), 1);
    m_stack->undo();
    QTRY_COMPARE(count(ActivityColumn::ThisWeek), 1);
    QCOMPARE(count(ActivityColumn::Later), 0);
    QCOMPARE(m_model->rowCount(m_model->columnIndex(ActivityColumn::Later)), 0);
    COMPTOIR_VERIFY_OK(m_ws->ws().activities().markDone(m_ws->actor(), activity));
    QTRY_COMPARE(count(ActivityColumn::None), 1);
    QCOMPARE(count(ActivityColumn::ThisWeek), 0);
    QCOMPARE(m_model->index(0, 0, m_model->columnIndex(ActivityColumn::None)).data(ActivityBoardModel::IdRole).toLongLong(),
             deal);
    QCOMPARE(count(ActivityColumn::Today), 1);
    QCOMPARE(resets.count(), 0);
}

// A card beyond the loaded page of its column is not in the model, yet it is counted: moving
// it must still take it off its column's count.
void TestActivityBoardModel::aMoveOfACardBeyondTheLoadedPageStillCounts()
{
    Id last = 0;
    for (int i = 0; i < ActivityBoardModel::PageSize + 3; ++i) {
        last = createDeal(QStringLiteral("Deal %1").arg(i));
        plan(last, utc(2026, 3, 4, 9));
    }
    m_model->reload();
    QVERIFY(!m_model->dealIndex(last).isValid());
    COMPTOIR_VERIFY_OK(m_model->moveDeals({last}, ActivityColumn::NextWeek));
    QCOMPARE(count(ActivityColumn::ThisWeek), ActivityBoardModel::PageSize + 2);
    QCOMPARE(count(ActivityColumn::NextWeek), 1);
    QCOMPARE(m_model->dealIndex(last).parent(), m_model->columnIndex(ActivityColumn::NextWeek));
}

QTEST_GUILESS_MAIN(TestActivityBoardModel)
#include "tst_activityboardmodel.moc"

void TestActivityBoardModel::aCardShowsItsDeadlineShortAndWholeInItsToolTip()
{
    const QDate today = m_ws->clock().now().toUTC().date();
    const Id now = createDeal(QStringLiteral("Today"));
    plan(now, QDateTime(today, QTime(17, 30), Qt::UTC));
    const QDate later = QDate(today.year(), 12, 28);
    const Id thisYear = createDeal(QStringLiteral("This year"));
    plan(thisYear, QDateTime(later, QTime(9, 5), Qt::UTC));
    const Id nextYear = createDeal(QStringLiteral("Next year"));
    plan(nextYear, QDateTime(QDate(today.year() + 1, 1, 6), QTime(9, 5), Qt::UTC));
    m_model->reload();
    const auto text = [this](Id deal) { return m_model->dealIndex(deal).data(ActivityBoardModel::DeadlineTextRole).toString(); };
    QCOMPARE(text(now), QStringLiteral("17:30"));
    QCOMPARE(text(thisYear), QStringLiteral("28/12 09:05"));
    QCOMPARE(text(nextYear), QStringLiteral("06/01/%1 09:05").arg(today.year() + 1));
    const QString tip = m_model->dealIndex(thisYear).data(Qt::ToolTipRole).toString();
    QVERIFY2(tip.startsWith(QStringLiteral("This year\nCall back — ")), qPrintable(tip));
    QVERIFY2(tip.contains(QStringLiteral("28 décembre %1").arg(today.year())) && tip.endsWith(QStringLiteral("09:05")),
             qPrintable(tip));

    // Other orders of day, month and year lose the year with its own separator.
    m_model->setLocale(QLocale(QLocale::English, QLocale::UnitedStates));
    const QLocale us(QLocale::English, QLocale::UnitedStates);
    QCOMPARE(text(thisYear), QStringLiteral("12/28 ") + us.toString(QTime(9, 5), QLocale::ShortFormat));
    m_model->setLocale(QLocale(QLocale::Chinese, QLocale::China));
    QVERIFY2(text(thisYear).startsWith(QStringLiteral("12/28 ")), qPrintable(text(thisYear)));
}
