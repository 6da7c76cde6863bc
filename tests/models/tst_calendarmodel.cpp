// SPDX-License-Identifier: GPL-3.0-or-later
// The Calendar's month model: six weeks from the locale's first day, today, counts and first
// items per day, week numbers, moves by drop with undo; QAbstractItemModelTester throughout.

#include "calendarmodel.h"
#include "testworkspace.h"

#include <QAbstractItemModelTester>
#include <QMimeData>
#include <QTest>
#include <QUndoStack>

using namespace comptoir;
using namespace comptoir::test;

class TestCalendarModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void theGridStartsOnTheLocalesFirstDayWithToday();
    void daysCarryTheirCountAndFirstItems();
    void aDropMovesTheActivityAndUndoPutsItBack();
    void aDealMovesOnItsCloseDate();

private:
    Id createDeal(const QString &title, const QDate &close = {});
    std::unique_ptr<TestWorkspace> m_ws;
    std::unique_ptr<CalendarModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    std::unique_ptr<QUndoStack> m_stack;
};

void TestCalendarModel::init()
{
    m_ws = std::make_unique<TestWorkspace>();
    QVERIFY2(m_ws->isOpen(), qPrintable(m_ws->error()));
    m_model = std::make_unique<CalendarModel>(m_ws->ws());
    m_model->setTimeZone(QTimeZone::utc());
    m_model->setLocale(QLocale(QLocale::French, QLocale::France));
    m_tester = std::make_unique<QAbstractItemModelTester>(m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_stack = std::make_unique<QUndoStack>();
    m_model->setUndoStack(m_stack.get());
}

void TestCalendarModel::cleanup()
{
    m_stack.reset();
    m_tester.reset();
    m_model.reset();
    m_ws.reset();
}

Id TestCalendarModel::createDeal(const QString &title, const QDate &close)
{
    Deal d;
    d.title = title;
    d.closeDate = close;
    auto deal = m_ws->ws().deals().create(m_ws->actor(), d);
    return deal ? deal->id : 0;
}

void TestCalendarModel::theGridStartsOnTheLocalesFirstDayWithToday()
{
    // The fixture's today: Monday 2 March 2026; March 2026 starts on a Sunday.
    QCOMPARE(m_model->rowCount(), 6);
    QCOMPARE(m_model->columnCount(), 7);
    QCOMPARE(m_model->firstDay(), QDate(2026, 2, 23)); // Monday-first weeks
    QVERIFY(m_model->indexOf(QDate(2026, 3, 2)).data(CalendarModel::IsTodayRole).toBool());
    QVERIFY(!m_model->index(0, 0).data(CalendarModel::InMonthRole).toBool());
    QCOMPARE(m_model->headerData(1, Qt::Vertical).toString(), QStringLiteral("W10"));
    m_model->setLocale(QLocale(QLocale::English, QLocale::UnitedStates)); // Sunday-first
    QCOMPARE(m_model->firstDay(), QDate(2026, 3, 1));
}

void TestCalendarModel::daysCarryTheirCountAndFirstItems()
{
    const Id deal = createDeal(QStringLiteral("Busy"));
    for (int h = 8; h < 15; ++h) {
        Activity a;
        a.dealId = deal;
        a.subject = QStringLiteral("Call %1").arg(h);
        a.deadline = QDateTime(QDate(2026, 3, 5), QTime(h, 0), Qt::UTC);
        QVERIFY(m_ws->ws().activities().plan(m_ws->actor(), a).ok());
    }
    m_model->reload();
    const QModelIndex day = m_model->indexOf(QDate(2026, 3, 5));
    QCOMPARE(day.data(CalendarModel::CountRole).toLongLong(), 7);
    const QVariantList items = day.data(CalendarModel::ItemsRole).toList();
    QCOMPARE(items.size(), CalendarModel::ItemsPerDay);
    QCOMPARE(items.first().toMap().value(QStringLiteral("title")).toString(), QStringLiteral("Call 8"));
    COMPTOIR_TRY(all, m_model->itemsOn(QDate(2026, 3, 5)));
    QCOMPARE(all->size(), 7);
}

void TestCalendarModel::aDropMovesTheActivityAndUndoPutsItBack()
{
    const Id deal = createDeal(QStringLiteral("Visit"));
    Activity a;
    a.dealId = deal;
    a.subject = QStringLiteral("Visit");
    a.deadline = QDateTime(QDate(2026, 3, 5), QTime(14, 30), Qt::UTC);
    COMPTOIR_TRY(planned, m_ws->ws().activities().plan(m_ws->actor(), a));
    m_model->reload();
    COMPTOIR_TRY(items, m_model->itemsOn(QDate(2026, 3, 5)));
    std::unique_ptr<QMimeData> data(CalendarModel::encodeItem(items->first()));
    const QModelIndex target = m_model->indexOf(QDate(2026, 3, 12));
    QVERIFY(m_model->canDropMimeData(data.get(), Qt::MoveAction, -1, -1, target));
    QVERIFY(m_model->dropMimeData(data.get(), Qt::MoveAction, -1, -1, target));
    COMPTOIR_TRY(moved, m_ws->ws().activities().get(m_ws->actor(), planned->id));
    QCOMPARE(moved->deadline, QDateTime(QDate(2026, 3, 12), QTime(14, 30), Qt::UTC));
    QCOMPARE(m_model->indexOf(QDate(2026, 3, 12)).data(CalendarModel::CountRole).toLongLong(), 1);
    m_stack->undo();
    COMPTOIR_TRY(back, m_ws->ws().activities().get(m_ws->actor(), planned->id));
    QCOMPARE(back->deadline, QDateTime(QDate(2026, 3, 5), QTime(14, 30), Qt::UTC));
}

void TestCalendarModel::aDealMovesOnItsCloseDate()
{
    const Id deal = createDeal(QStringLiteral("Close me"), QDate(2026, 3, 10));
    m_model->setField(CalendarField::CloseDate);
    QCOMPARE(m_model->indexOf(QDate(2026, 3, 10)).data(CalendarModel::CountRole).toLongLong(), 1);
    COMPTOIR_TRY(items, m_model->itemsOn(QDate(2026, 3, 10)));
    COMPTOIR_VERIFY_OK(m_model->moveItem(items->first(), QDate(2026, 3, 20)));
    COMPTOIR_TRY(stored, m_ws->ws().deals().get(m_ws->actor(), deal));
    QCOMPARE(stored->closeDate, QDate(2026, 3, 20));
    m_stack->undo();
    COMPTOIR_TRY(back, m_ws->ws().deals().get(m_ws->actor(), deal));
    QCOMPARE(back->closeDate, QDate(2026, 3, 10));
}

QTEST_GUILESS_MAIN(TestCalendarModel)
#include "tst_calendarmodel.moc"
