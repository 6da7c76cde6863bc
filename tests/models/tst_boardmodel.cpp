// SPDX-License-Identifier: GPL-3.0-or-later
#include "boardfixture.h"
#include "dealformat.h"

#include <QAbstractItemModelTester>
#include <QColor>
#include <QJsonDocument>
#include <QTest>

using namespace comptoir;
using namespace comptoir::test;

// BoardModel: stages with their counts and totals, cards loaded page by page, and drag and
// drop through mimeData()/dropMimeData() into DealService, checked against what is stored.
class TestBoardModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void shouldListEveryStageWithCountAndTotals();
    void shouldLoadCardsOfAColumnPageByPage();
    void shouldKeepTheRowsOfAFewPagesOnlyOfAColumnScrolledFar();
    void shouldFindACardByIdAfterChanges();
    void shouldMoveADroppedCardAndRecordIt();
    void shouldMoveSeveralCardsTogether();
    void shouldCloseAsWonFromAnyStage();
    void shouldCloseAsLostWithTheReason();
    void shouldReopenADealDroppedBackOnAProcessStage();
    void shouldRefuseInvalidDrops_data();
    void shouldRefuseInvalidDrops();
    void shouldRefuseADropFromAnotherPipeline();
    void shouldFollowChangesMadeElsewhere();
    void shouldFollowTheFilter();
    void shouldKeepTheRowsOfCardsADropDidNotChange();
    void shouldFollowTheActivitiesOfItsDeals();

private:
    QMimeData *payloadOf(const QList<Id> &ids);
    std::unique_ptr<BoardFixture> m_f;
    std::unique_ptr<BoardModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestBoardModel::init()
{
    m_f = std::make_unique<BoardFixture>();
    m_model = std::make_unique<BoardModel>(m_f->ws(), m_f->sales().id);
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_model.get(), QAbstractItemModelTester::FailureReportingMode::Fatal);
}

void TestBoardModel::cleanup()
{
    m_tester.reset();
    m_model.reset();
    m_f.reset();
}

QMimeData *TestBoardModel::payloadOf(const QList<Id> &ids)
{
    QModelIndexList indexes;
    for (Id id : ids)
        indexes << m_model->dealIndex(id);
    return m_model->mimeData(indexes);
}

void TestBoardModel::shouldListEveryStageWithCountAndTotals()
{
    m_f->add(QStringLiteral("A"), 100000);
    m_f->add(QStringLiteral("B"), 50000);
    m_f->add(QStringLiteral("C"), 20000, QStringLiteral("Quote"));
    m_model->reload();

    QCOMPARE(m_model->rowCount(), m_f->sales().stages.size());
    QCOMPARE(m_model->index(0, 0).data().toString(), QStringLiteral("New"));
    QCOMPARE(m_f->count(*m_model, QStringLiteral("New")), 2);
    QCOMPARE(m_f->count(*m_model, QStringLiteral("Quote")), 1);
    QCOMPARE(m_f->count(*m_model, QStringLiteral("Won")), 0);
    const QModelIndex newStage = m_model->stageIndex(m_f->stageId(QStringLiteral("New")));
    QCOMPARE(newStage.data(BoardModel::TotalsTextRole).toString(),
             dealformat::totals({{QStringLiteral("EUR"), 150000}}, m_model->locale()));
    QVERIFY(newStage.data(BoardModel::StageColorRole).value<QColor>().isValid());
    // Newest first when no deal has an activity.
    QCOMPARE(BoardFixture::titles(*m_model, m_f->stageId(QStringLiteral("New"))),
             (QStringList{QStringLiteral("B"), QStringLiteral("A")}));
}

void TestBoardModel::shouldLoadCardsOfAColumnPageByPage()
{
    const int total = BoardModel::PageSize * 2 + 5;
    for (int i = 0; i < total; ++i)
        m_f->add(QStringLiteral("Deal %1").arg(i, 3, 10, QLatin1Char('0')));
    // A model of its own: the tester fetches more on its own when it checks a reset.
    BoardModel model(m_f->ws(), m_f->sales().id);
    const QModelIndex stage = model.stageIndex(m_f->stageId(QStringLiteral("New")));
    QCOMPARE(model.rowCount(stage), BoardModel::PageSize);
    QCOMPARE(stage.data(BoardModel::CountRole).toInt(), total); // from SQL, not the loaded cards
    QVERIFY(model.canFetchMore(stage));
    model.fetchMore(stage);
    QCOMPARE(model.rowCount(stage), BoardModel::PageSize * 2);
    model.fetchMore(stage);
    QCOMPARE(model.rowCount(stage), total);
    QVERIFY(!model.canFetchMore(stage));
    QCOMPARE(model.index(total - 1, 0, stage).data().toString(), QStringLiteral("Deal 000"));
}

void TestBoardModel::shouldFindACardByIdAfterChanges()
{
    const Id a = m_f->add(QStringLiteral("A"));
    const Id b = m_f->add(QStringLiteral("B"));
    m_model->reload();
    QCOMPARE(m_model->dealIndex(a).data().toString(), QStringLiteral("A"));
    QVERIFY(m_model->moveDeals({b}, m_f->stageId(QStringLiteral("Quote"))).ok());
    QCOMPARE(m_model->dealIndex(a).row(), 0);
    QCOMPARE(m_model->dealIndex(b).parent(), m_model->stageIndex(m_f->stageId(QStringLiteral("Quote"))));
}

void TestBoardModel::shouldMoveADroppedCardAndRecordIt()
{
    const Id a = m_f->add(QStringLiteral("A"), 30000);
    m_f->add(QStringLiteral("B"), 1000);
    m_model->reload();
    const Id quote = m_f->stageId(QStringLiteral("Quote"));
    std::unique_ptr<QMimeData> data(payloadOf({a}));
    QVERIFY(data);
    QVERIFY(data->hasFormat(BoardModel::mimeType()));
    const QModelIndex target = m_model->stageIndex(quote);
    QVERIFY(m_model->canDropMimeData(data.get(), Qt::MoveAction, -1, -1, target));
    QVERIFY(m_model->dropMimeData(data.get(), Qt::MoveAction, -1, -1, target));

    QCOMPARE(m_f->deal(a).stageId, quote);
    QCOMPARE(m_f->historyRows(a, history::StageMoved), 1);
    QCOMPARE(BoardFixture::titles(*m_model, quote), QStringList{QStringLiteral("A")});
    QCOMPARE(BoardFixture::titles(*m_model, m_f->stageId(QStringLiteral("New"))), QStringList{QStringLiteral("B")});
    QCOMPARE(m_f->count(*m_model, QStringLiteral("New")), 1);
    QCOMPARE(m_f->count(*m_model, QStringLiteral("Quote")), 1);
    QCOMPARE(m_model->stageIndex(quote).data(BoardModel::TotalsTextRole).toString(),
             dealformat::totals({{QStringLiteral("EUR"), 30000}}, m_model->locale()));
}

void TestBoardModel::shouldMoveSeveralCardsTogether()
{
    const Id a = m_f->add(QStringLiteral("A"));
    const Id b = m_f->add(QStringLiteral("B"), 10000, QStringLiteral("Consultation"));
    const Id c = m_f->add(QStringLiteral("C"));
    m_f->add(QStringLiteral("D"));
    m_model->reload();
    const Id payment = m_f->stageId(QStringLiteral("Payment"));
    std::unique_ptr<QMimeData> data(payloadOf({a, b, c}));
    QVERIFY(m_model->dropMimeData(data.get(), Qt::MoveAction, 0, 0, m_model->stageIndex(payment)));
    for (Id id : {a, b, c}) {
        QCOMPARE(m_f->deal(id).stageId, payment);
        QCOMPARE(m_f->historyRows(id, history::StageMoved), 1);
    }
    QCOMPARE(m_f->count(*m_model, QStringLiteral("Payment")), 3);
    QCOMPARE(m_f->count(*m_model, QStringLiteral("New")), 1);
    QCOMPARE(m_f->count(*m_model, QStringLiteral("Consultation")), 0);
    QCOMPARE(m_model->rowCount(m_model->stageIndex(payment)), 3);
}

void TestBoardModel::shouldCloseAsWonFromAnyStage()
{
    const Id a = m_f->add(QStringLiteral("A"), 10000, QStringLiteral("Consultation"));
    m_model->reload();
    std::unique_ptr<QMimeData> data(payloadOf({a}));
    QVERIFY(m_model->closeDeals(m_model->decodeDealIds(data.get()), Outcome::Won).ok());
    const Deal won = m_f->deal(a);
    QVERIFY(won.closed);
    QCOMPARE(won.stageId, m_f->stageId(QStringLiteral("Won")));
    QCOMPARE(m_f->count(*m_model, QStringLiteral("Won")), 1);
    QCOMPARE(m_f->count(*m_model, QStringLiteral("Consultation")), 0);
    QCOMPARE(m_f->historyRows(a, history::Closed), 1);
}

void TestBoardModel::shouldCloseAsLostWithTheReason()
{
    const Id a = m_f->add(QStringLiteral("A"));
    const Id b = m_f->add(QStringLiteral("B"));
    m_model->reload();
    const QString reason = m_f->firstLostReason();
    QVERIFY(!reason.isEmpty());
    QVERIFY(m_model->closeDeals({a, b}, Outcome::Lost, reason).ok());
    for (Id id : {a, b}) {
        const Deal lost = m_f->deal(id);
        QVERIFY(lost.closed);
        QCOMPARE(lost.stageId, m_f->stageId(QStringLiteral("Lost")));
        QCOMPARE(lost.lostReason, reason);
    }
    QCOMPARE(m_f->count(*m_model, QStringLiteral("Lost")), 2);
}

void TestBoardModel::shouldReopenADealDroppedBackOnAProcessStage()
{
    const Id a = m_f->add(QStringLiteral("A"), 10000, QStringLiteral("Won"));
    m_model->reload();
    QVERIFY(m_f->deal(a).closed);
    std::unique_ptr<QMimeData> data(payloadOf({a}));
    QVERIFY(m_model->dropMimeData(data.get(), Qt::MoveAction, -1, -1,
                                  m_model->stageIndex(m_f->stageId(QStringLiteral("Quote")))));
    QVERIFY(!m_f->deal(a).closed);
}

void TestBoardModel::shouldRefuseInvalidDrops_data()
{
    QTest::addColumn<QByteArray>("format");
    QTest::addColumn<QByteArray>("payload");
    QTest::newRow("another format") << QByteArray("text/plain") << QByteArray("{}");
    QTest::newRow("not JSON") << BoardModel::mimeType().toUtf8() << QByteArray("12,13");
    QTest::newRow("no deals") << BoardModel::mimeType().toUtf8() << QByteArray("{\"pipeline\":1,\"deals\":[]}");
    QTest::newRow("no pipeline") << BoardModel::mimeType().toUtf8()
                                 << QByteArray("{\"deals\":[{\"id\":1,\"stage\":1}]}");
    QTest::newRow("id as text") << BoardModel::mimeType().toUtf8()
                                << QByteArray("{\"pipeline\":1,\"deals\":[{\"id\":\"1\",\"stage\":1}]}");
    QTest::newRow("already there") << BoardModel::mimeType().toUtf8() << QByteArray("SAME_STAGE");
}

void TestBoardModel::shouldRefuseInvalidDrops()
{
    QFETCH(QByteArray, format);
    QFETCH(QByteArray, payload);
    const Id a = m_f->add(QStringLiteral("A"));
    m_model->reload();
    const Id quote = m_f->stageId(QStringLiteral("Quote"));
    const bool movedBefore = payload == "SAME_STAGE";
    if (movedBefore) {
        m_f->ws().deals().moveToStage(m_f->tw().actor(), a, quote).value();
        m_model->refresh();
        payload = QStringLiteral("{\"pipeline\":%1,\"deals\":[{\"id\":%2,\"stage\":%3}]}")
                      .arg(m_f->sales().id).arg(a).arg(quote).toUtf8();
    }
    QMimeData data;
    data.setData(QString::fromUtf8(format), payload);
    const QModelIndex target = m_model->stageIndex(quote);
    QVERIFY(!m_model->canDropMimeData(&data, Qt::MoveAction, -1, -1, target));
    QVERIFY(!m_model->dropMimeData(&data, Qt::MoveAction, -1, -1, target));
    // Nothing written by the refused drop.
    QCOMPARE(m_f->historyRows(a, history::StageMoved), movedBefore ? 1 : 0);
    QCOMPARE(m_f->deal(a).stageId, movedBefore ? quote : m_f->stageId(QStringLiteral("New")));
}

void TestBoardModel::shouldRefuseADropFromAnotherPipeline()
{
    const Id a = m_f->add(QStringLiteral("A"));
    m_model->reload();
    auto other = m_f->ws().pipelines().create(m_f->tw().actor(), QStringLiteral("Rentals"));
    QVERIFY(other.ok());
    BoardModel rentals(m_f->ws(), other->id);
    std::unique_ptr<QMimeData> data(payloadOf({a}));
    const QModelIndex target = rentals.index(1, 0);
    QVERIFY(target.isValid());
    QVERIFY(!rentals.canDropMimeData(data.get(), Qt::MoveAction, -1, -1, target));
    QVERIFY(!rentals.dropMimeData(data.get(), Qt::MoveAction, -1, -1, target));
    // A copy is not a move either, and a drop outside any stage goes nowhere.
    const QModelIndex quote = m_model->stageIndex(m_f->stageId(QStringLiteral("Quote")));
    QVERIFY(!m_model->canDropMimeData(data.get(), Qt::CopyAction, -1, -1, quote));
    QVERIFY(!m_model->canDropMimeData(data.get(), Qt::MoveAction, -1, -1, QModelIndex()));
    QCOMPARE(m_f->deal(a).stageId, m_f->stageId(QStringLiteral("New")));
    QCOMPARE(m_f->historyRows(a, history::StageMoved), 0);
}

void TestBoardModel::shouldKeepTheRowsOfAFewPagesOnlyOfAColumnScrolledFar()
{
    // A column scrolled to its end keeps every id but the rows of a few pages only: a column
    // of 100,000 cards must not hold 100,000 rows.
    const int total = BoardModel::PageSize * (BoardModel::CachedPages + 4) + 7;
    QStringList expected;
    for (int i = 0; i < total; ++i)
        expected.prepend(m_f->add(QStringLiteral("Deal %1").arg(i)) ? QStringLiteral("Deal %1").arg(i) : QString());
    m_model->reload();
    const Id stage = m_f->stageId(QStringLiteral("New"));
    const QModelIndex column = m_model->stageIndex(stage);
    while (m_model->canFetchMore(column))
        m_model->fetchMore(column);
    QCOMPARE(m_model->rowCount(column), total);
    // Every card read in order, newest first, as a view scrolling down would.
    QCOMPARE(BoardFixture::titles(*m_model, stage), expected);
    QVERIFY2(m_model->cardsInMemory(stage) <= BoardModel::CachedPages * BoardModel::PageSize,
             qPrintable(QString::number(m_model->cardsInMemory(stage))));
    QVERIFY(m_model->cardsInMemory(stage) > 0);
    // Back at the top: the first cards are read again, right.
    QCOMPARE(m_model->index(0, 0, column).data().toString(), expected.first());
    QCOMPARE(m_model->index(1, 0, column).data(BoardModel::AmountMinorRole).toLongLong(), 10000);
    QCOMPARE(m_model->dealId(m_model->index(total - 1, 0, column)),
             m_model->dealIndex(m_model->dealId(m_model->index(total - 1, 0, column))).isValid()
                 ? m_model->dealId(m_model->index(total - 1, 0, column))
                 : 0);
    // A change reads the ids again and forgets the rows: the next paint reads fresh ones.
    const Id last = m_model->dealId(m_model->index(total - 1, 0, column));
    QVERIFY(m_f->ws().deals().setField(m_f->tw().actor(), last, QStringLiteral("title"),
                                       QStringLiteral("Renamed far down"), QLocale::c()).ok());
    m_model->refresh();
    QCOMPARE(m_model->rowCount(column), total);
    QCOMPARE(m_model->index(total - 1, 0, column).data().toString(), QStringLiteral("Renamed far down"));
}

void TestBoardModel::shouldFollowChangesMadeElsewhere()
{
    const Id a = m_f->add(QStringLiteral("A"));
    m_model->reload();
    // Another view (the list, the command line in-process) moves and renames the deal.
    QVERIFY(m_f->ws().deals().moveToStage(m_f->tw().actor(), a, m_f->stageId(QStringLiteral("Quote"))).ok());
    QTRY_COMPARE(m_f->count(*m_model, QStringLiteral("Quote")), 1);
    QCOMPARE(m_f->count(*m_model, QStringLiteral("New")), 0);
    QVERIFY(m_f->ws().deals().setField(m_f->tw().actor(), a, QStringLiteral("title"), QStringLiteral("Renamed"), QLocale::c()).ok());
    QTRY_COMPARE(m_model->dealIndex(a).data().toString(), QStringLiteral("Renamed"));
    m_f->add(QStringLiteral("Fresh"), 100, QStringLiteral("Quote"));
    QTRY_COMPARE(BoardFixture::titles(*m_model, m_f->stageId(QStringLiteral("Quote"))),
                 (QStringList{QStringLiteral("Fresh"), QStringLiteral("Renamed")}));
    QVERIFY(m_f->ws().deals().remove(m_f->tw().actor(), a).ok());
    QTRY_COMPARE(BoardFixture::titles(*m_model, m_f->stageId(QStringLiteral("Quote"))),
                 QStringList{QStringLiteral("Fresh")});
    QVERIFY(!m_model->dealIndex(a).isValid());
}

void TestBoardModel::shouldFollowTheFilter()
{
    m_f->add(QStringLiteral("Open"));
    m_f->add(QStringLiteral("Won one"), 100, QStringLiteral("Won"));
    m_model->reload();
    DealFilter open;
    open.group = DealFilter::Group::Open;
    m_model->setFilter(open);
    QCOMPARE(m_f->count(*m_model, QStringLiteral("Won")), 0);
    QCOMPARE(m_f->count(*m_model, QStringLiteral("New")), 1);
    QCOMPARE(m_model->rowCount(m_model->stageIndex(m_f->stageId(QStringLiteral("Won")))), 0);
    m_model->setFilter({});
    QCOMPARE(m_f->count(*m_model, QStringLiteral("Won")), 1);
}

void TestBoardModel::shouldKeepTheRowsOfCardsADropDidNotChange()
{
    const Id a = m_f->add(QStringLiteral("A"));
    m_f->add(QStringLiteral("B"));
    m_f->add(QStringLiteral("C"));
    m_model->reload();
    const Id fresh = m_f->stageId(QStringLiteral("New"));
    QCOMPARE(BoardFixture::titles(*m_model, fresh).size(), 3); // painted: rows in memory
    QCOMPARE(m_model->cardsInMemory(fresh), 3);
    QVERIFY(m_model->moveDeals({a}, m_f->stageId(QStringLiteral("Quote"))).ok());
    // The two cards left are painted again from memory; the moved one is read again.
    QCOMPARE(m_model->cardsInMemory(fresh), 2);
    QCOMPARE(m_model->cardsInMemory(m_f->stageId(QStringLiteral("Quote"))), 0);
    QCOMPARE(BoardFixture::titles(*m_model, m_f->stageId(QStringLiteral("Quote"))), QStringList{QStringLiteral("A")});
}

void TestBoardModel::shouldFollowTheActivitiesOfItsDeals()
{
    const Id a = m_f->add(QStringLiteral("A"));
    const Id b = m_f->add(QStringLiteral("B"));
    m_model->reload();
    const Id fresh = m_f->stageId(QStringLiteral("New"));
    QCOMPARE(BoardFixture::titles(*m_model, fresh), (QStringList{QStringLiteral("B"), QStringLiteral("A")}));
    QCOMPARE(m_model->dealIndex(a).data(BoardModel::NextActivityTextRole).toString(), QString());
    // An overdue call on A, planned elsewhere (the deal editor): A comes first, with its date.
    Activity call;
    call.dealId = a;
    call.type = ActivityType::Call;
    call.subject = QStringLiteral("Call back");
    call.deadline = m_f->tw().clock().now().addDays(-2);
    auto planned = m_f->ws().activities().plan(m_f->tw().actor(), call);
    QVERIFY2(planned, planned ? "" : qPrintable(planned.error().message));
    QTRY_COMPARE(BoardFixture::titles(*m_model, fresh), (QStringList{QStringLiteral("A"), QStringLiteral("B")}));
    QVERIFY(!m_model->dealIndex(a).data(BoardModel::NextActivityTextRole).toString().isEmpty());
    QVERIFY(m_model->dealIndex(b).data(BoardModel::NextActivityTextRole).toString().isEmpty());
    QVERIFY(m_f->ws().activities().remove(m_f->tw().actor(), planned->id).ok());
    QTRY_COMPARE(BoardFixture::titles(*m_model, fresh), (QStringList{QStringLiteral("B"), QStringLiteral("A")}));
    QCOMPARE(m_model->dealIndex(a).data(BoardModel::NextActivityTextRole).toString(), QString());
}

QTEST_GUILESS_MAIN(TestBoardModel)
#include "tst_boardmodel.moc"
