// SPDX-License-Identifier: GPL-3.0-or-later
// The Activities board and the Calendar as widgets, offscreen: six columns with their
// headers, a drop of a deal without activity asks for one, "+" creates a deal, undo, and
// the calendar's keyboard.

#include "activitiesview.h"
#include "activityboardmodel.h"
#include "calendarmodel.h"
#include "calendarview.h"
#include "testworkspace.h"

#include <QImage>
#include <QListWidget>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>
#include <QUndoStack>

using namespace comptoir;
using namespace comptoir::test;

class TestActivitiesView : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestWorkspace> m_ws;

private Q_SLOTS:
    void init()
    {
        qputenv("TZ", "UTC");
        m_ws = std::make_unique<TestWorkspace>();
        QVERIFY2(m_ws->isOpen(), qPrintable(m_ws->error()));
    }
    void cleanup() { m_ws.reset(); }

    void aDropWithoutActivityAsksAndPlansUndoably()
    {
        Deal d;
        d.title = QStringLiteral("Idle roof");
        COMPTOIR_TRY(deal, m_ws->ws().deals().create(m_ws->actor(), d));
        QUndoStack stack;
        ActivityBoardModel model(m_ws->ws());
        model.setUndoStack(&stack);
        ActivitiesView view;
        int asked = 0;
        view.setAsker([&asked](QWidget *, bool askTitle, const QString &) {
            ++asked;
            return std::optional<QuickPlanAnswer>(QuickPlanAnswer{askTitle ? QStringLiteral("New roof") : QString(),
                                                                  ActivityType::Email, QStringLiteral("Send quote")});
        });
        view.setModel(&model);
        view.resize(1400, 700);
        QSignalSpy painted(&view, &ActivitiesView::firstPainted);
        view.show();
        QVERIFY(painted.wait(5000));
        QVERIFY(view.list(ActivityColumn::Today));
        QVERIFY(view.header(ActivityColumn::Today)->addButton());
        QVERIFY(!view.header(ActivityColumn::Overdue)->addButton());
        QCOMPARE(view.list(ActivityColumn::None)->model()->rowCount(view.list(ActivityColumn::None)->rootIndex()), 1);

        view.dropDeals(QList<Id>{deal->id}, ActivityColumn::Today);
        QCOMPARE(asked, 1);
        QCOMPARE(model.summary(ActivityColumn::Today).count, 1);
        QCOMPARE(model.summary(ActivityColumn::None).count, 0);

        view.header(ActivityColumn::NextWeek)->addButton()->click();
        QCOMPARE(asked, 2);
        QCOMPARE(model.summary(ActivityColumn::NextWeek).count, 1);
        QCOMPARE(stack.count(), 2);
        stack.undo();
        stack.undo();
        model.reload();
        QCOMPARE(model.summary(ActivityColumn::None).count, 1);
        QCOMPARE(model.summary(ActivityColumn::NextWeek).count, 0);
    }

    void aHeaderStillShowsItsColumnAfterTheModelIsReset()
    {
        Deal d;
        d.title = QStringLiteral("Idle roof");
        d.amountMinor = 125000;
        COMPTOIR_TRY(deal, m_ws->ws().deals().create(m_ws->actor(), d));
        ActivityBoardModel model(m_ws->ws());
        ActivitiesView view;
        view.setModel(&model);
        view.resize(1400, 700);
        QSignalSpy painted(&view, &ActivitiesView::firstPainted);
        view.show();
        QVERIFY(painted.wait(5000));
        const QImage before = view.header(ActivityColumn::None)->grab().toImage();
        // A new filter resets the model (here one that keeps the same deal): the heading must
        // still name its column with its count and totals, not "0 · No deals".
        DealFilter open;
        open.group = DealFilter::Group::Open;
        model.setFilter(open);
        QCOMPARE(model.summary(ActivityColumn::None).count, 1);
        QCOMPARE(view.header(ActivityColumn::None)->grab().toImage(), before);
        model.setFilter({});
        QCOMPARE(view.header(ActivityColumn::None)->grab().toImage(), before);
        // What a narrow column elides is in the tooltip.
        const QString tip = view.header(ActivityColumn::None)->toolTipText();
        QVERIFY2(tip.startsWith(QStringLiteral("<b>Without activities</b> (1)")), qPrintable(tip));
        QVERIFY2(tip.contains(QStringLiteral("1,250.00")), qPrintable(tip));
    }

    void theCalendarKeyboardMovesMonthsAndComesBackToday()
    {
        CalendarModel model(m_ws->ws());
        CalendarView view;
        view.setModel(&model);
        view.resize(1200, 800);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        const QDate month = model.month();
        view.grid()->setFocus();
        QTest::keyClick(view.grid(), Qt::Key_PageDown);
        QCOMPARE(model.month(), month.addMonths(1));
        QTest::keyClick(view.grid(), Qt::Key_PageUp);
        QTest::keyClick(view.grid(), Qt::Key_PageUp);
        QCOMPARE(model.month(), month.addMonths(-1));
        QTest::keyClick(view.grid(), Qt::Key_T);
        QCOMPARE(model.month(), month);
        QCOMPARE(view.grid()->currentIndex().data(CalendarModel::DateRole).toDate(), model.today());
        QTest::keyClick(view.grid(), Qt::Key_Right);
        QCOMPARE(view.grid()->currentIndex().data(CalendarModel::DateRole).toDate(), model.today().addDays(1));
    }
};

QTEST_MAIN(TestActivitiesView)
#include "tst_activitiesview.moc"
