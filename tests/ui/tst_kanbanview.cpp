// SPDX-License-Identifier: GPL-3.0-or-later
#include "boardfixture.h"
#include "kanbancolumn.h"
#include "kanbanquickcreate.h"
#include "money.h"
#include "kanbanview.h"

#include <QApplication>
#include <QLineEdit>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

using namespace comptoir;
using namespace comptoir::test;

// KanbanView on the offscreen platform: a real mouse drag between columns, the keyboard, the
// drop zones, quick create, delete and lazy loading as a column scrolls.
class TestKanbanView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void shouldShowAColumnPerStageWithItsCards();
    void shouldMoveACardDraggedWithTheMouse();
    void shouldMoveTheFocusedCardWithTheShortcut();
    void shouldMoveTheFocusBetweenColumnsWithArrows();
    void shouldOpenTheDealOnEnter();
    void shouldDeleteOnlyWhenConfirmed();
    void shouldCloseAsLostThroughTheDropZoneWithTheReason();
    void shouldQuickCreateInTheColumnOnEnter();
    void shouldQuickCreateInTheCurrencyTypedWithTheAmount();
    void shouldGiveEveryCurrencyTotalInTheHeadersToolTip();
    void shouldLoadMoreCardsWhenAColumnIsScrolled();

private:
    void show();
    KanbanCardList *list(const QString &stage) const;
    std::unique_ptr<BoardFixture> m_f;
    std::unique_ptr<BoardModel> m_model;
    std::unique_ptr<QUndoStack> m_stack;
    std::unique_ptr<KanbanView> m_view;
};

void TestKanbanView::init()
{
    m_f = std::make_unique<BoardFixture>();
    m_stack = std::make_unique<QUndoStack>();
}

void TestKanbanView::cleanup()
{
    m_view.reset();
    m_model.reset();
    m_stack.reset();
    m_f.reset();
}

void TestKanbanView::show()
{
    m_model = std::make_unique<BoardModel>(m_f->ws(), m_f->sales().id);
    m_model->setUndoStack(m_stack.get());
    m_view = std::make_unique<KanbanView>();
    m_view->setModel(m_model.get());
    m_view->resize(2000, 800);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
}

KanbanCardList *TestKanbanView::list(const QString &stage) const
{
    KanbanColumn *column = m_view->columnOf(m_f->stageId(stage));
    return column ? column->list() : nullptr;
}

void TestKanbanView::shouldShowAColumnPerStageWithItsCards()
{
    m_f->add(QStringLiteral("A"));
    m_f->add(QStringLiteral("B"), 100, QStringLiteral("Quote"));
    show();
    QCOMPARE(m_view->columns().size(), m_f->sales().stages.size());
    QCOMPARE(list(QStringLiteral("New"))->model()->rowCount(list(QStringLiteral("New"))->rootIndex()), 1);
    QCOMPARE(list(QStringLiteral("Quote"))->rootIndex().data().toString(), QStringLiteral("Quote"));
    QVERIFY(!m_view->dropZonesVisible());
}

void TestKanbanView::shouldMoveACardDraggedWithTheMouse()
{
    const Id a = m_f->add(QStringLiteral("Dragged"));
    show();
    KanbanCardList *from = list(QStringLiteral("New"));
    KanbanCardList *to = list(QStringLiteral("Quote"));
    QWidget *top = m_view->window();
    QWindow *window = top->windowHandle();
    const QPoint start = from->viewport()->mapTo(top, from->visualRect(m_model->dealIndex(a)).center());
    const QPoint target = to->viewport()->rect().center();

    // The offscreen platform has no drag loop (QDrag::exec returns at once): the drag starts
    // from real mouse events, and its drop half is delivered to the target as the window
    // system would, with what the drag carries, while the drag is on.
    bool zonesShown = false;
    connect(from, &KanbanCardList::dragStarted, this, [&](const QMimeData *data) {
        zonesShown = m_view->dropZonesVisible();
        QWidget *viewport = to->viewport();
        QDragEnterEvent enter(target, Qt::MoveAction, data, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(viewport, &enter);
        QDragMoveEvent move(target, Qt::MoveAction, data, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(viewport, &move);
        QVERIFY(move.isAccepted());
        QDropEvent drop(target, Qt::MoveAction, data, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(viewport, &drop);
        QVERIFY(drop.isAccepted());
    });
    // Through the window system, as a real mouse: press, a small move, then past the drag distance.
    QTest::mousePress(window, Qt::LeftButton, {}, start);
    QTest::mouseMove(window, start + QPoint(4, 4));
    QTest::mouseMove(window, start + QPoint(40, 30));
    QTest::mouseRelease(window, Qt::LeftButton, {}, start + QPoint(40, 30));

    QTRY_COMPARE(m_f->deal(a).stageId, m_f->stageId(QStringLiteral("Quote")));
    QVERIFY(zonesShown);
    QVERIFY(!m_view->dropZonesVisible());
    QCOMPARE(m_f->historyRows(a, history::StageMoved), 1);
    QCOMPARE(m_model->rowCount(to->rootIndex()), 1);
    QCOMPARE(m_model->rowCount(from->rootIndex()), 0);
    QCOMPARE(m_stack->count(), 1);
}

void TestKanbanView::shouldMoveTheFocusedCardWithTheShortcut()
{
    const Id a = m_f->add(QStringLiteral("A"));
    show();
    m_view->focusDeal(a);
    QTRY_VERIFY(list(QStringLiteral("New"))->hasFocus());
    QTest::keyClick(list(QStringLiteral("New")), Qt::Key_Right, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(m_f->deal(a).stageId, m_f->stageId(QStringLiteral("Consultation")));
    // The focus followed the card: a second press moves it on.
    QTRY_VERIFY(list(QStringLiteral("Consultation"))->hasFocus());
    QTest::keyClick(list(QStringLiteral("Consultation")), Qt::Key_Right, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(m_f->deal(a).stageId, m_f->stageId(QStringLiteral("Quote")));
    QTest::keyClick(list(QStringLiteral("Quote")), Qt::Key_Left, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(m_f->deal(a).stageId, m_f->stageId(QStringLiteral("Consultation")));
}

void TestKanbanView::shouldMoveTheFocusBetweenColumnsWithArrows()
{
    const Id a = m_f->add(QStringLiteral("A"));
    const Id b = m_f->add(QStringLiteral("B"), 100, QStringLiteral("Quote"));
    show();
    m_view->focusDeal(a);
    // Right skips the empty Consultation column.
    QTest::keyClick(list(QStringLiteral("New")), Qt::Key_Right);
    QTRY_VERIFY(list(QStringLiteral("Quote"))->hasFocus());
    QCOMPARE(list(QStringLiteral("Quote"))->currentDealId(), b);
    QTest::keyClick(list(QStringLiteral("Quote")), Qt::Key_Left);
    QTRY_VERIFY(list(QStringLiteral("New"))->hasFocus());
    QCOMPARE(list(QStringLiteral("New"))->currentDealId(), a);
}

void TestKanbanView::shouldOpenTheDealOnEnter()
{
    const Id a = m_f->add(QStringLiteral("A"));
    show();
    QSignalSpy activated(m_view.get(), &KanbanView::dealActivated);
    m_view->focusDeal(a);
    QTest::keyClick(list(QStringLiteral("New")), Qt::Key_Return);
    QCOMPARE(activated.count(), 1);
    QCOMPARE(activated.first().first().value<Id>(), a);
}

void TestKanbanView::shouldDeleteOnlyWhenConfirmed()
{
    const Id a = m_f->add(QStringLiteral("A"));
    show();
    QString asked;
    bool answer = false;
    m_view->setConfirmer([&](QWidget *, const QString &question) {
        asked = question;
        return answer;
    });
    m_view->focusDeal(a);
    QTest::keyClick(list(QStringLiteral("New")), Qt::Key_Delete);
    QVERIFY(asked.contains(QStringLiteral("A")));
    QVERIFY(m_f->ws().deals().get(m_f->tw().actor(), a).ok()); // refused: still live
    answer = true;
    QTest::keyClick(list(QStringLiteral("New")), Qt::Key_Delete);
    QCOMPARE(m_model->rowCount(list(QStringLiteral("New"))->rootIndex()), 0);
    QVERIFY(!m_f->ws().deals().get(m_f->tw().actor(), a).ok()); // in the recycle bin
    m_stack->undo();
    m_model->refresh();
    QCOMPARE(m_model->rowCount(list(QStringLiteral("New"))->rootIndex()), 1);
    QCOMPARE(m_f->historyRows(a, history::Deleted), 1);
    QCOMPARE(m_f->historyRows(a, history::Restored), 1);
}

void TestKanbanView::shouldCloseAsLostThroughTheDropZoneWithTheReason()
{
    const Id a = m_f->add(QStringLiteral("A"), 100, QStringLiteral("Quote"));
    show();
    const QString reason = m_f->firstLostReason();
    int asked = 0;
    m_view->setLostReasonAsker([&](QWidget *, const QList<QPair<QString, QString>> &reasons) -> std::optional<QString> {
        ++asked;
        if (reasons.isEmpty())
            return std::nullopt;
        return reasons.first().first;
    });
    std::unique_ptr<QMimeData> data(m_model->mimeData({m_model->dealIndex(a)}));
    KanbanDropZone *zone = m_view->lostZone();
    zone->show();
    const QPoint at = zone->rect().center();
    QDragEnterEvent enter(at, Qt::MoveAction, data.get(), Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(zone, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(at, Qt::MoveAction, data.get(), Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(zone, &drop);
    QTRY_VERIFY(m_f->deal(a).closed);
    QCOMPARE(asked, 1);
    QCOMPARE(m_f->deal(a).stageId, m_f->stageId(QStringLiteral("Lost")));
    QCOMPARE(m_f->deal(a).lostReason, reason);
    QCOMPARE(m_f->count(*m_model, QStringLiteral("Lost")), 1);
}

void TestKanbanView::shouldQuickCreateInTheColumnOnEnter()
{
    QVERIFY(m_f->ws().clients().createCompany(m_f->tw().actor(), companyNamed(QStringLiteral("Boulangerie Martin"))).ok());
    show();
    const Id quote = m_f->stageId(QStringLiteral("Quote"));
    m_view->openQuickCreate(quote);
    auto *form = m_view->findChild<KanbanQuickCreate *>();
    QVERIFY(form);
    QTest::keyClicks(form->titleEdit(), QStringLiteral("Wedding cake"));
    form->amountEdit()->setText(QStringLiteral("450.00"));
    form->clientEdit()->setText(QStringLiteral("boulangerie martin"));
    QTest::keyClick(form->titleEdit(), Qt::Key_Return);
    QTRY_COMPARE(BoardFixture::titles(*m_model, quote), QStringList{QStringLiteral("Wedding cake")});
    const Id id = m_model->dealId(m_model->index(0, 0, m_model->stageIndex(quote)));
    const Deal deal = m_f->deal(id);
    QCOMPARE(deal.amountMinor, 45000);
    // The existing company, not a second one.
    QCOMPARE(m_f->ws().clients().searchCompanies(m_f->tw().actor(), QStringLiteral("Boulangerie"))->size(), 1);
    QVERIFY(deal.companyId.has_value());
    QCOMPARE(m_stack->count(), 1);
}

void TestKanbanView::shouldQuickCreateInTheCurrencyTypedWithTheAmount()
{
    show();
    const Id quote = m_f->stageId(QStringLiteral("Quote"));
    m_view->openQuickCreate(quote);
    auto *form = m_view->findChild<KanbanQuickCreate *>();
    QVERIFY(form);
    QTest::keyClicks(form->titleEdit(), QStringLiteral("Export order"));
    form->amountEdit()->setText(QStringLiteral("1200 USD"));
    QTest::keyClick(form->titleEdit(), Qt::Key_Return);
    QTRY_COMPARE(BoardFixture::titles(*m_model, quote), QStringList{QStringLiteral("Export order")});
    const Deal deal = m_f->deal(m_model->dealId(m_model->index(0, 0, m_model->stageIndex(quote))));
    QCOMPARE(deal.amountMinor, 120000);
    QCOMPARE(deal.currency, QStringLiteral("USD"));
}

void TestKanbanView::shouldGiveEveryCurrencyTotalInTheHeadersToolTip()
{
    const QList<std::pair<QString, qint64>> amounts{{QStringLiteral("EUR"), 100000},
                                                    {QStringLiteral("USD"), 250075},
                                                    {QStringLiteral("GBP"), 30000}};
    for (const auto &[currency, minor] : amounts) {
        const Id id = m_f->add(QStringLiteral("In %1").arg(currency), minor);
        QVERIFY(m_f->ws().deals().setField(m_f->tw().actor(), id, QStringLiteral("currency"), currency, QLocale::c()).ok());
    }
    show();
    KanbanColumn *column = m_view->columnOf(m_f->stageId(QStringLiteral("New")));
    QVERIFY(column);
    const QString tip = column->header()->toolTip();
    for (const auto &[currency, minor] : amounts)
        QVERIFY2(tip.contains(money::format(minor, currency, m_model->locale()).toHtmlEscaped()), qPrintable(tip));
}

void TestKanbanView::shouldLoadMoreCardsWhenAColumnIsScrolled()
{
    for (int i = 0; i < BoardModel::PageSize * 3; ++i)
        m_f->add(QStringLiteral("Deal %1").arg(i));
    show();
    KanbanCardList *cards = list(QStringLiteral("New"));
    QCOMPARE(m_model->rowCount(cards->rootIndex()), BoardModel::PageSize);
    cards->verticalScrollBar()->setValue(cards->verticalScrollBar()->maximum());
    QTRY_VERIFY(m_model->rowCount(cards->rootIndex()) > BoardModel::PageSize);
    QVERIFY(m_model->rowCount(cards->rootIndex()) < BoardModel::PageSize * 3);
}

QTEST_MAIN(TestKanbanView)
#include "tst_kanbanview.moc"
