// SPDX-License-Identifier: GPL-3.0-or-later
// The Calendar's week model: seven days from the locale's first day by 24 local hours, items
// in the hour they start with their duration, a crowded day read hour by hour, the all-day
// strip of date fields, working hours, week numbers, drops on a day and hour with undo;
// QAbstractItemModelTester throughout.

#include "calendarweekmodel.h"
#include "activityservice.h"
#include "calendarmodel.h"
#include "testworkspace.h"

#include <QAbstractItemModelTester>
#include <QMimeData>
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

class TestCalendarWeekModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void theWeekStartsOnTheLocalesFirstDayWithTodayAndItsNumber();
    void itemsSitInTheirLocalHourWithTheirDuration();
    void aCrowdedDayGivesEachHourItsFirstItemsAndCount();
    void datesWithoutTimeSitInTheAllDayStrip();
    void aDropOnADayAndHourMovesTheDeadlineAndUndoPutsItBack();

private:
    Id createDeal(const QString &title, const QDate &close = {});
    Id plan(Id dealId, const QDateTime &deadline, ActivityType type = ActivityType::Call, int minutes = 0);
    std::unique_ptr<TestWorkspace> m_ws;
    std::unique_ptr<CalendarWeekModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    std::unique_ptr<QUndoStack> m_stack;
};

void TestCalendarWeekModel::init()
{
    m_ws = std::make_unique<TestWorkspace>();
    QVERIFY2(m_ws->isOpen(), qPrintable(m_ws->error()));
    m_model = std::make_unique<CalendarWeekModel>(m_ws->ws());
    m_model->setTimeZone(QTimeZone("Europe/Paris"));
    m_model->setLocale(QLocale(QLocale::French, QLocale::France));
    m_tester = std::make_unique<QAbstractItemModelTester>(m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_stack = std::make_unique<QUndoStack>();
    m_model->setUndoStack(m_stack.get());
}

void TestCalendarWeekModel::cleanup()
{
    m_stack.reset();
    m_tester.reset();
    m_model.reset();
    m_ws.reset();
}

Id TestCalendarWeekModel::createDeal(const QString &title, const QDate &close)
{
    Deal d;
    d.title = title;
    d.closeDate = close;
    auto deal = m_ws->ws().deals().create(m_ws->actor(), d);
    return deal ? deal->id : 0;
}

Id TestCalendarWeekModel::plan(Id dealId, const QDateTime &deadline, ActivityType type, int minutes)
{
    Activity a;
    a.dealId = dealId;
    a.type = type;
    a.subject = QStringLiteral("Subject");
    a.deadline = deadline;
    if (minutes > 0)
        a.durationMinutes = minutes;
    auto planned = m_ws->ws().activities().plan(m_ws->actor(), a);
    return planned ? planned->id : 0;
}

void TestCalendarWeekModel::theWeekStartsOnTheLocalesFirstDayWithTodayAndItsNumber()
{
    // Now is Monday 2 March 2026, 09:30 UTC: ISO week 10.
    QCOMPARE(m_model->firstDay(), QDate(2026, 3, 2));
    QCOMPARE(m_model->rowCount(), 24);
    QCOMPARE(m_model->columnCount(), 7);
    QCOMPARE(m_model->weekNumber(), 10);
    QVERIFY(m_model->index(10, 0).data(CalendarWeekModel::IsTodayRole).toBool());
    QVERIFY(!m_model->index(10, 1).data(CalendarWeekModel::IsTodayRole).toBool());
    // Working hours 09:00-18:00 on working days only.
    QVERIFY(m_model->index(9, 0).data(CalendarWeekModel::IsWorkingRole).toBool());
    QVERIFY(!m_model->index(8, 0).data(CalendarWeekModel::IsWorkingRole).toBool());
    QVERIFY(!m_model->index(18, 0).data(CalendarWeekModel::IsWorkingRole).toBool());
    QVERIFY(!m_model->index(10, 5).data(CalendarWeekModel::IsWorkingRole).toBool()); // Saturday
    // Sunday-first weeks start on 1 March; their Thursday (5 March) still gives week 10.
    m_model->setLocale(QLocale(QLocale::English, QLocale::UnitedStates));
    QCOMPARE(m_model->firstDay(), QDate(2026, 3, 1));
    QCOMPARE(m_model->weekNumber(), 10);
    m_model->setWeek(QDate(2026, 12, 30));
    QCOMPARE(m_model->weekNumber(), 53); // 2026 has 53 ISO weeks
}

void TestCalendarWeekModel::itemsSitInTheirLocalHourWithTheirDuration()
{
    const Id deal = createDeal(QStringLiteral("Roof"));
    // Wednesday 4 March, 10:30 in Paris (UTC+1), a meeting of 90 minutes; a call at 23:30 UTC
    // is Thursday 00:30 in Paris.
    const Id meeting = plan(deal, utc(2026, 3, 4, 9, 30), ActivityType::Meeting, 90);
    plan(deal, utc(2026, 3, 4, 23, 30));
    m_model->reload();
    const QModelIndex cell = m_model->index(10, 2);
    QCOMPARE(cell.data(CalendarWeekModel::DateRole).toDate(), QDate(2026, 3, 4));
    QCOMPARE(cell.data(CalendarWeekModel::CountRole).toLongLong(), 1);
    const QVariantMap item = cell.data(CalendarWeekModel::ItemsRole).toList().value(0).toMap();
    QCOMPARE(item.value(QStringLiteral("activityId")).toLongLong(), meeting);
    QCOMPARE(item.value(QStringLiteral("minutes")).toInt(), 10 * 60 + 30);
    QCOMPARE(item.value(QStringLiteral("duration")).toInt(), 90);
    QCOMPARE(m_model->index(9, 2).data(CalendarWeekModel::CountRole).toLongLong(), 0);
    QCOMPARE(m_model->index(0, 3).data(CalendarWeekModel::CountRole).toLongLong(), 1);
    QCOMPARE(m_model->index(23, 2).data(CalendarWeekModel::CountRole).toLongLong(), 0);
}

void TestCalendarWeekModel::aCrowdedDayGivesEachHourItsFirstItemsAndCount()
{
    // More than a day read whole: 10 hours of 25 activities on Tuesday (local 8:00-17:00), one
    // of them in a deal moved to the recycle bin.
    const Id deal = createDeal(QStringLiteral("Busy"));
    const Id binned = createDeal(QStringLiteral("Binned"));
    for (int h = 7; h < 17; ++h) {
        for (int i = 0; i < 25; ++i)
            QVERIFY(plan(deal, utc(2026, 3, 3, h, i * 2)) > 0);
    }
    plan(binned, utc(2026, 3, 3, 9, 5));
    COMPTOIR_VERIFY_OK(m_ws->ws().deals().remove(m_ws->actor(), binned));
    m_model->reload();
    for (int h = 8; h < 18; ++h) {
        const QModelIndex cell = m_model->index(h, 1);
        QCOMPARE(cell.data(CalendarWeekModel::CountRole).toLongLong(), 25);
        const QVariantList items = cell.data(CalendarWeekModel::ItemsRole).toList();
        QCOMPARE(items.size(), CalendarWeekModel::ItemsPerHour);
        QCOMPARE(items.first().toMap().value(QStringLiteral("minutes")).toInt(), h * 60);
    }
    QCOMPARE(m_model->index(7, 1).data(CalendarWeekModel::CountRole).toLongLong(), 0);
    QCOMPARE(m_model->index(18, 1).data(CalendarWeekModel::CountRole).toLongLong(), 0);
}

void TestCalendarWeekModel::datesWithoutTimeSitInTheAllDayStrip()
{
    createDeal(QStringLiteral("Closing Friday"), QDate(2026, 3, 6));
    m_model->setField(CalendarField::CloseDate);
    QVERIFY(!m_model->hasTime());
    QCOMPARE(m_model->day(4).date, QDate(2026, 3, 6));
    QCOMPARE(m_model->day(4).allDayCount, 1);
    QCOMPARE(m_model->day(4).allDay.first().dealTitle, QStringLiteral("Closing Friday"));
    QCOMPARE(m_model->day(3).allDayCount, 0);
    QCOMPARE(m_model->index(10, 4).data(CalendarWeekModel::CountRole).toLongLong(), 0);
}

void TestCalendarWeekModel::aDropOnADayAndHourMovesTheDeadlineAndUndoPutsItBack()
{
    const Id deal = createDeal(QStringLiteral("Roof"));
    const Id call = plan(deal, utc(2026, 3, 4, 9, 15)); // Wednesday 10:15 in Paris
    m_model->reload();
    const QVariantMap shown = m_model->index(10, 2).data(CalendarWeekModel::ItemsRole).toList().value(0).toMap();
    QCOMPARE(shown.value(QStringLiteral("activityId")).toLongLong(), call);
    COMPTOIR_TRY(items, m_model->itemsOn(QDate(2026, 3, 4)));
    std::unique_ptr<QMimeData> data(CalendarModel::encodeItem(items->first()));
    // Friday, 15:00 row: 15:15 in Paris keeps its minutes, i.e. 14:15 UTC.
    const QModelIndex target = m_model->index(15, 4);
    QVERIFY(m_model->canDropMimeData(data.get(), Qt::MoveAction, -1, -1, target));
    QVERIFY(m_model->dropMimeData(data.get(), Qt::MoveAction, -1, -1, target));
    COMPTOIR_TRY(moved, m_ws->ws().activities().get(m_ws->actor(), call));
    QCOMPARE(moved->deadline, utc(2026, 3, 6, 14, 15));
    QCOMPARE(m_model->index(15, 4).data(CalendarWeekModel::CountRole).toLongLong(), 1);
    QCOMPARE(m_model->index(10, 2).data(CalendarWeekModel::CountRole).toLongLong(), 0);
    QCOMPARE(m_stack->count(), 1);
    m_stack->undo();
    COMPTOIR_TRY(back, m_ws->ws().activities().get(m_ws->actor(), call));
    QCOMPARE(back->deadline, utc(2026, 3, 4, 9, 15));
    QTRY_COMPARE(m_model->index(10, 2).data(CalendarWeekModel::CountRole).toLongLong(), 1);
    // The creation instant cannot move.
    m_model->setField(CalendarField::Created);
    QVERIFY(!m_model->canDropMimeData(data.get(), Qt::MoveAction, -1, -1, target));
}

QTEST_GUILESS_MAIN(TestCalendarWeekModel)
#include "tst_calendarweekmodel.moc"
