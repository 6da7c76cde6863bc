// SPDX-License-Identifier: GPL-3.0-or-later
#include "boardfixture.h"

#include <QTest>
#include <QUndoStack>

using namespace comptoir;
using namespace comptoir::test;

// Undo and redo of the board's actions through one QUndoStack: each undo puts the database
// back exactly (stage, closed state, lost reason, recycle bin) and the history keeps both the
// change and its undo.
class TestBoardUndo : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void shouldUndoAndRedoAMove();
    void shouldUndoAMultiMoveOutOfDifferentStages();
    void shouldUndoAWinBackToItsStage();
    void shouldUndoAReopeningBackToLostWithItsReason();
    void shouldUndoAQuickCreateIntoTheRecycleBin();
    void shouldTakeBackTheCompanyAQuickCreateMade();
    void shouldKeepAnExistingOrMeanwhileUsedCompany();
    void shouldUndoADeleteFromTheRecycleBin();
    void shouldNotStackAFailedAction();

private:
    std::unique_ptr<BoardFixture> m_f;
    std::unique_ptr<BoardModel> m_model;
    std::unique_ptr<QUndoStack> m_stack;
};

void TestBoardUndo::init()
{
    m_f = std::make_unique<BoardFixture>();
    m_model = std::make_unique<BoardModel>(m_f->ws(), m_f->sales().id);
    m_stack = std::make_unique<QUndoStack>();
    m_model->setUndoStack(m_stack.get());
}

void TestBoardUndo::cleanup()
{
    m_stack.reset();
    m_model.reset();
    m_f.reset();
}

void TestBoardUndo::shouldUndoAndRedoAMove()
{
    const Id a = m_f->add(QStringLiteral("A"));
    m_model->reload();
    const Id quote = m_f->stageId(QStringLiteral("Quote"));
    QVERIFY(m_model->moveDeals({a}, quote).ok());
    QCOMPARE(m_stack->count(), 1);
    QVERIFY(m_stack->undoText().contains(QStringLiteral("Quote")));

    m_stack->undo();
    m_model->refresh();
    QCOMPARE(m_f->deal(a).stageId, m_f->stageId(QStringLiteral("New")));
    QCOMPARE(m_f->count(*m_model, QStringLiteral("New")), 1);
    QCOMPARE(m_f->count(*m_model, QStringLiteral("Quote")), 0);
    QCOMPARE(m_f->historyRows(a, history::StageMoved), 2);

    m_stack->redo();
    m_model->refresh();
    QCOMPARE(m_f->deal(a).stageId, quote);
    QCOMPARE(m_f->count(*m_model, QStringLiteral("Quote")), 1);
    QCOMPARE(m_f->historyRows(a, history::StageMoved), 3);
}

void TestBoardUndo::shouldUndoAMultiMoveOutOfDifferentStages()
{
    const Id a = m_f->add(QStringLiteral("A"));
    const Id b = m_f->add(QStringLiteral("B"), 100, QStringLiteral("Consultation"));
    m_model->reload();
    QVERIFY(m_model->moveDeals({a, b}, m_f->stageId(QStringLiteral("Delivery"))).ok());
    m_stack->undo();
    QCOMPARE(m_f->deal(a).stageId, m_f->stageId(QStringLiteral("New")));
    QCOMPARE(m_f->deal(b).stageId, m_f->stageId(QStringLiteral("Consultation")));
}

void TestBoardUndo::shouldUndoAWinBackToItsStage()
{
    const Id a = m_f->add(QStringLiteral("A"), 100, QStringLiteral("Payment"));
    m_model->reload();
    QVERIFY(m_model->closeDeals({a}, Outcome::Won).ok());
    QVERIFY(m_f->deal(a).closed);
    m_stack->undo();
    const Deal back = m_f->deal(a);
    QVERIFY(!back.closed);
    QCOMPARE(back.stageId, m_f->stageId(QStringLiteral("Payment")));
    QVERIFY(m_f->historyRows(a, history::Closed) >= 1);
    m_stack->redo();
    QVERIFY(m_f->deal(a).closed);
    QCOMPARE(m_f->deal(a).stageId, m_f->stageId(QStringLiteral("Won")));
}

void TestBoardUndo::shouldUndoAReopeningBackToLostWithItsReason()
{
    const Id a = m_f->add(QStringLiteral("A"));
    const QString reason = m_f->firstLostReason();
    QVERIFY(m_f->ws().deals().close(m_f->tw().actor(), a, Outcome::Lost, reason, QStringLiteral("too dear")).ok());
    m_model->reload();
    QVERIFY(m_model->moveDeals({a}, m_f->stageId(QStringLiteral("Quote"))).ok());
    QVERIFY(!m_f->deal(a).closed);
    m_stack->undo();
    const Deal back = m_f->deal(a);
    QVERIFY(back.closed);
    QCOMPARE(back.stageId, m_f->stageId(QStringLiteral("Lost")));
    QCOMPARE(back.lostReason, reason);
    QCOMPARE(back.lostNote, QStringLiteral("too dear"));
}

void TestBoardUndo::shouldUndoAQuickCreateIntoTheRecycleBin()
{
    const Id quote = m_f->stageId(QStringLiteral("Quote"));
    auto created = m_model->createDeal(quote, QStringLiteral("Quick"), 123400, QStringLiteral("Boulangerie Martin"));
    QVERIFY(created.ok());
    const Deal deal = m_f->deal(*created);
    QCOMPARE(deal.stageId, quote);
    QCOMPARE(deal.amountMinor, 123400);
    QVERIFY(deal.companyId.has_value());
    QCOMPARE(BoardFixture::titles(*m_model, quote), QStringList{QStringLiteral("Quick")});

    m_stack->undo();
    m_model->refresh();
    QVERIFY(!m_f->ws().deals().get(m_f->tw().actor(), *created).ok()
            || m_f->deal(*created).deletedAt.isValid());
    QCOMPARE(m_f->count(*m_model, QStringLiteral("Quote")), 0);

    m_stack->redo();
    m_model->refresh();
    QCOMPARE(m_f->deal(*created).stageId, quote);
    QVERIFY(!m_f->deal(*created).deletedAt.isValid());
    QCOMPARE(m_f->count(*m_model, QStringLiteral("Quote")), 1);
    QCOMPARE(m_f->historyRows(*created, history::Deleted), 1);
    QCOMPARE(m_f->historyRows(*created, history::Restored), 1);
}

void TestBoardUndo::shouldTakeBackTheCompanyAQuickCreateMade()
{
    const Id quote = m_f->stageId(QStringLiteral("Quote"));
    auto companies = [this] {
        return m_f->ws().clients().searchCompanies(m_f->tw().actor(), QStringLiteral("Fromagerie"), 10).value().size();
    };
    auto created = m_model->createDeal(quote, QStringLiteral("Comté"), 5000, QStringLiteral("Fromagerie Vidal"));
    QVERIFY(created.ok());
    QCOMPARE(companies(), 1);

    // Undo takes back everything the quick create wrote: the deal to the bin, the new company.
    m_stack->undo();
    QCOMPARE(companies(), 0);
    QVERIFY(!m_f->ws().deals().get(m_f->tw().actor(), *created).ok());

    // Redo brings both back: the same deal, with a company of that name again.
    m_stack->redo();
    QCOMPARE(companies(), 1);
    const Deal back = m_f->deal(*created);
    QVERIFY(!back.deletedAt.isValid());
    QVERIFY(back.companyId.has_value());
    QCOMPARE(m_f->ws().clients().company(m_f->tw().actor(), *back.companyId).value().name,
             QStringLiteral("Fromagerie Vidal"));
    m_stack->undo();
    m_stack->redo();
    QCOMPARE(companies(), 1);
}

void TestBoardUndo::shouldKeepAnExistingOrMeanwhileUsedCompany()
{
    const Id quote = m_f->stageId(QStringLiteral("Quote"));
    Company existing;
    existing.name = QStringLiteral("Garage Lemoine");
    const Id garage = m_f->ws().clients().createCompany(m_f->tw().actor(), existing).value().id;
    // A company that existed before the quick create is not the quick create's to delete.
    auto first = m_model->createDeal(quote, QStringLiteral("Révision"), 9000, QStringLiteral("garage lemoine"));
    QVERIFY(first.ok());
    QCOMPARE(*m_f->deal(*first).companyId, garage);
    m_stack->undo();
    QVERIFY(m_f->ws().clients().company(m_f->tw().actor(), garage).ok());

    // A new company that another deal uses by the time of the undo stays too.
    auto second = m_model->createDeal(quote, QStringLiteral("Pneus"), 4000, QStringLiteral("Vulco Nantes"));
    QVERIFY(second.ok());
    const Id vulco = *m_f->deal(*second).companyId;
    QVERIFY(m_f->ws().deals().setField(m_f->tw().actor(), m_f->add(QStringLiteral("Other")),
                                       QStringLiteral("company"), QStringLiteral("Vulco Nantes"),
                                       QLocale::c()).ok());
    m_stack->undo();
    QVERIFY(m_f->ws().clients().company(m_f->tw().actor(), vulco).ok());
    QVERIFY(!m_f->ws().deals().get(m_f->tw().actor(), *second).ok());
    m_stack->redo();
    QCOMPARE(*m_f->deal(*second).companyId, vulco);
    QVERIFY(!m_f->deal(*second).deletedAt.isValid());
}

void TestBoardUndo::shouldUndoADeleteFromTheRecycleBin()
{
    const Id a = m_f->add(QStringLiteral("A"));
    m_model->reload();
    QVERIFY(m_model->removeDeals({a}).ok());
    QCOMPARE(m_f->count(*m_model, QStringLiteral("New")), 0);
    QVERIFY(!m_model->dealIndex(a).isValid());
    m_stack->undo();
    m_model->refresh();
    QCOMPARE(m_f->count(*m_model, QStringLiteral("New")), 1);
    QVERIFY(m_model->dealIndex(a).isValid());
    QCOMPARE(m_f->historyRows(a, history::Restored), 1);
}

void TestBoardUndo::shouldNotStackAFailedAction()
{
    m_model->reload();
    QVERIFY(!m_model->moveDeals({424242}, m_f->stageId(QStringLiteral("Quote"))).ok());
    QCOMPARE(m_stack->count(), 0);
}

QTEST_GUILESS_MAIN(TestBoardUndo)
#include "tst_boardundo.moc"
