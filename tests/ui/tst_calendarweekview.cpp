// SPDX-License-Identifier: GPL-3.0-or-later
// The Calendar's week grid as a widget, offscreen: the Week mode of the Calendar, items at
// their time with their duration, the working hours scrolled into view, a drag of an item to
// another day and time through the grid's drop path (with undo), double-click and keyboard.

#include "activityservice.h"
#include "calendarmodel.h"
#include "calendarview.h"
#include "calendarweekview.h"
#include "testworkspace.h"

#include <QDir>
#include <QDropEvent>
#include <QLabel>
#include <QMimeData>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>
#include <QUndoStack>

using namespace comptoir;
using namespace comptoir::test;

namespace {
QDateTime utc(int y, int m, int d, int h, int min = 0)
{
    return QDateTime(QDate(y, m, d), QTime(h, min), Qt::UTC);
}
} // namespace

class TestCalendarWeekView : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestWorkspace> m_ws;
    std::unique_ptr<QUndoStack> m_stack;
    std::unique_ptr<CalendarModel> m_month;
    std::unique_ptr<CalendarView> m_view;
    Id m_deal = 0;
    Id m_meeting = 0;
    Id m_call = 0;

    Id plan(Id deal, const QDateTime &deadline, ActivityType type, const QString &subject, int minutes = 0)
    {
        Activity a;
        a.dealId = deal;
        a.type = type;
        a.subject = subject;
        a.deadline = deadline;
        if (minutes > 0)
            a.durationMinutes = minutes;
        auto planned = m_ws->ws().activities().plan(m_ws->actor(), a);
        return planned ? planned->id : 0;
    }
    Id deal(const QString &title)
    {
        Deal d;
        d.title = title;
        auto created = m_ws->ws().deals().create(m_ws->actor(), d);
        return created ? created->id : 0;
    }
    WeekCanvas *canvas() const { return m_view->weekView()->canvas(); }
    QToolButton *button(const QString &text) const
    {
        for (QToolButton *b : m_view->findChildren<QToolButton *>()) {
            if (b->text() == text)
                return b;
        }
        return nullptr;
    }
    void drop(QWidget *target, const QPoint &at, const QMimeData *data)
    {
        QDragEnterEvent enter(at, Qt::MoveAction, data, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(target, &enter);
        QVERIFY(enter.isAccepted());
        QDragMoveEvent move(at, Qt::MoveAction, data, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(target, &move);
        QVERIFY(move.isAccepted());
        QDropEvent dropped(QPointF(at), Qt::MoveAction, data, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(target, &dropped);
        QVERIFY(dropped.isAccepted());
    }

private Q_SLOTS:
    void init()
    {
        qputenv("TZ", "UTC");
        m_ws = std::make_unique<TestWorkspace>();
        QVERIFY2(m_ws->isOpen(), qPrintable(m_ws->error()));
        // Now is Monday 2 March 2026 09:30 UTC (ISO week 10).
        m_deal = deal(QStringLiteral("Roof in Lyon"));
        m_meeting = plan(m_deal, utc(2026, 3, 4, 10, 30), ActivityType::Meeting, QStringLiteral("Site visit"), 90);
        m_call = plan(m_deal, utc(2026, 3, 4, 11, 0), ActivityType::Call, QStringLiteral("Call the architect"));
        const Id boiler = deal(QStringLiteral("Boiler"));
        plan(boiler, utc(2026, 3, 2, 14, 0), ActivityType::Meeting, QStringLiteral("Quote review"), 60);
        plan(boiler, utc(2026, 3, 5, 9, 15), ActivityType::Email, QStringLiteral("Send the quote"));
        plan(boiler, utc(2026, 3, 6, 16, 0), ActivityType::Meeting, QStringLiteral("Signature"), 45);
        m_stack = std::make_unique<QUndoStack>();
        m_month = std::make_unique<CalendarModel>(m_ws->ws());
        m_month->setTimeZone(QTimeZone::utc());
        m_month->setLocale(QLocale(QLocale::French, QLocale::France));
        m_month->setUndoStack(m_stack.get());
        m_view = std::make_unique<CalendarView>();
        m_view->setModel(m_month.get());
        m_view->resize(1280, 760);
        m_view->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
        QToolButton *week = button(QStringLiteral("Week"));
        QVERIFY(week);
        QTest::mouseClick(week, Qt::LeftButton);
        QVERIFY(m_view->isWeekMode());
        QVERIFY(m_view->weekModel());
    }
    void cleanup()
    {
        m_view.reset();
        m_month.reset();
        m_stack.reset();
        m_ws.reset();
    }

    void itemsSitAtTheirTimeWithTheirDurationAndTheWorkingHoursShow()
    {
        QCOMPARE(m_view->weekModel()->firstDay(), QDate(2026, 3, 2));
        QVERIFY(m_view->findChild<QLabel *>()); // the title
        bool titled = false;
        for (QLabel *l : m_view->findChildren<QLabel *>())
            titled = titled || l->text().startsWith(QStringLiteral("Week 10"));
        QVERIFY(titled);
        const int hour = canvas()->hourHeight();
        const QRect meeting = canvas()->itemRect(m_meeting);
        QVERIFY(!meeting.isNull());
        const QPoint at = canvas()->pointAt(QDate(2026, 3, 4), QTime(10, 30));
        QVERIFY(qAbs(meeting.top() - at.y()) <= 2);
        QVERIFY2(qAbs(meeting.height() - 90 * hour / 60) <= 3, qPrintable(QString::number(meeting.height())));
        // The call at 11:00 overlaps the meeting: side by side, each half the day.
        const QRect call = canvas()->itemRect(m_call);
        QVERIFY(!call.isNull());
        QVERIFY(call.left() >= meeting.right() - 1);
        QCOMPARE(canvas()->itemAt(meeting.center())->activityId, m_meeting);
        // The scroll opens on the working day (09:00), or as far down as it goes.
        QScrollBar *bar = m_view->weekView()->scrollArea()->verticalScrollBar();
        QVERIFY(bar->maximum() > 0);
        QTRY_COMPARE(bar->value(), std::min(9 * hour, bar->maximum()));
        QVERIFY(bar->value() > 7 * hour);

        if (const QByteArray dir = qgetenv("COMPTOIR_SCREENSHOT_DIR"); !dir.isEmpty())
            QVERIFY(m_view->grab().save(QDir(QString::fromLocal8Bit(dir)).filePath(QStringLiteral("calendar-week.png"))));
    }

    void draggingAnItemToAnotherDayAndTimeMovesItsDeadline()
    {
        const QRect meeting = canvas()->itemRect(m_meeting);
        // Held 20 pixels below its top: its top lands 20 pixels above the drop point.
        const QPoint grab(meeting.center().x(), meeting.top() + 20);
        QTest::mousePress(canvas(), Qt::LeftButton, Qt::NoModifier, grab);
        QTest::mouseRelease(canvas(), Qt::LeftButton, Qt::NoModifier, grab);
        QTest::mousePress(canvas(), Qt::LeftButton, Qt::NoModifier, grab);
        COMPTOIR_TRY(items, m_view->weekModel()->itemsOn(QDate(2026, 3, 4)));
        std::unique_ptr<QMimeData> data(CalendarModel::encodeItem(items->first()));
        QCOMPARE(items->first().activityId, m_meeting);
        const QPoint friday = canvas()->pointAt(QDate(2026, 3, 6), QTime(14, 0));
        drop(canvas(), QPoint(friday.x(), friday.y() + 20 + 3), data.get());
        QTest::mouseRelease(canvas(), Qt::LeftButton, Qt::NoModifier, grab);
        COMPTOIR_TRY(moved, m_ws->ws().activities().get(m_ws->actor(), m_meeting));
        QCOMPARE(moved->deadline, utc(2026, 3, 6, 14, 0));
        QCOMPARE(moved->durationMinutes, 90);
        QCOMPARE(m_stack->count(), 1);
        const QRect there = canvas()->itemRect(m_meeting);
        QVERIFY(qAbs(there.top() - friday.y()) <= 2);
        QVERIFY(there.left() > canvas()->pointAt(QDate(2026, 3, 5), QTime(14, 0)).x());
        m_stack->undo();
        COMPTOIR_TRY(back, m_ws->ws().activities().get(m_ws->actor(), m_meeting));
        QCOMPARE(back->deadline, utc(2026, 3, 4, 10, 30));
        QTRY_VERIFY(qAbs(canvas()->itemRect(m_meeting).top() - canvas()->pointAt(QDate(2026, 3, 4), QTime(10, 30)).y()) <= 2);
    }

    void doubleClickOpensTheDealAndTheKeyboardMovesWeeks()
    {
        QSignalSpy opened(m_view.get(), &CalendarView::dealActivated);
        QTest::mouseDClick(canvas(), Qt::LeftButton, Qt::NoModifier, canvas()->itemRect(m_call).center());
        QCOMPARE(opened.count(), 1);
        QCOMPARE(opened.first().first().value<Id>(), m_deal);
        QTest::keyClick(m_view->weekView(), Qt::Key_PageDown);
        QCOMPARE(m_view->weekModel()->firstDay(), QDate(2026, 3, 9));
        QVERIFY(canvas()->itemRect(m_meeting).isNull());
        QTest::keyClick(m_view->weekView(), Qt::Key_T);
        QCOMPARE(m_view->weekModel()->firstDay(), QDate(2026, 3, 2));
        // Back to the month.
        QTest::mouseClick(button(QStringLiteral("Month")), Qt::LeftButton);
        QVERIFY(!m_view->isWeekMode());
    }
};

QTEST_MAIN(TestCalendarWeekView)
#include "tst_calendarweekview.moc"
