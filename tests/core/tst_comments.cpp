// SPDX-License-Identifier: GPL-3.0-or-later
// CommentService: the timeline of a deal's comments, each change with its history row in one
// transaction, newest first, refused for empty text, unknown or invisible deals.

#include "commentservice.h"
#include "stores.h"
#include "testworkspace.h"

#include <QSignalSpy>
#include <QTest>

using namespace comptoir;
using namespace comptoir::test;

class TestComments : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void shouldListCommentsNewestFirstWithTheirAuthor();
    void shouldRecordEachCommentInTheHistory();
    void shouldKeepTheTextAsWrittenButRefuseAnEmptyOne_data();
    void shouldKeepTheTextAsWrittenButRefuseAnEmptyOne();
    void shouldRefuseUnknownAndInvisibleDealsAndWriteNothing();
    void shouldRemoveAndKeepTheTextInTheHistory();
    void shouldGoWithTheirDealWhenItIsPurged();

private:
    Actor actor() const { return m_ws->actor(); }
    qint64 historyOf(const QString &type);
    std::unique_ptr<TestWorkspace> m_ws;
    std::unique_ptr<CommentService> m_comments;
    Id m_deal = 0;
};

void TestComments::init()
{
    m_ws = std::make_unique<TestWorkspace>();
    QVERIFY2(m_ws->isOpen(), qPrintable(m_ws->error()));
    m_comments = std::make_unique<CommentService>(m_ws->db(), m_ws->clock());
    Deal d;
    d.title = QStringLiteral("Rénovation cuisine");
    COMPTOIR_TRY(deal, (*m_ws)->deals().create(actor(), d));
    m_deal = deal->id;
}

void TestComments::cleanup()
{
    m_comments.reset();
    m_ws.reset();
}

qint64 TestComments::historyOf(const QString &type)
{
    auto n = m_ws->db().scalar(QStringLiteral("SELECT count(*) FROM history WHERE deal_id = ? AND type = ?"),
                               { m_deal, type });
    return n ? n->toLongLong() : -1;
}

void TestComments::shouldListCommentsNewestFirstWithTheirAuthor()
{
    QSignalSpy changed(m_comments.get(), &CommentService::commentsChanged);
    COMPTOIR_VERIFY_OK(m_comments->add(actor(), m_deal, QStringLiteral("Appelé, rappeler lundi.")));
    m_ws->clock().advanceSecs(3600);
    COMPTOIR_VERIFY_OK(m_comments->add(actor(), m_deal, QStringLiteral("Devis envoyé.")));
    QCOMPARE(changed.size(), 2);
    QCOMPARE(changed.last().at(0).toLongLong(), m_deal);
    COMPTOIR_TRY(list, m_comments->forDeal(actor(), m_deal));
    QCOMPARE(list->size(), 2);
    QCOMPARE(list->at(0).body, QStringLiteral("Devis envoyé."));
    QCOMPARE(list->at(1).body, QStringLiteral("Appelé, rappeler lundi."));
    QCOMPARE(list->at(0).at, startTime().addSecs(3600));
    QCOMPARE(list->at(0).userId, std::optional<Id>(actor().userId));
    QVERIFY(!list->at(0).userName.isEmpty());
}

void TestComments::shouldRecordEachCommentInTheHistory()
{
    COMPTOIR_VERIFY_OK(m_comments->add(actor(), m_deal, QStringLiteral("Le client veut une remise.")));
    COMPTOIR_TRY(events, (*m_ws)->deals().history(actor(), m_deal));
    const HistoryEvent &last = events->last();
    QCOMPARE(last.type, history::CommentAdded);
    QCOMPARE(last.newValue, QStringLiteral("Le client veut une remise."));
    QVERIFY2(last.description.contains(QStringLiteral("Le client veut une remise.")), qPrintable(last.description));
}

void TestComments::shouldKeepTheTextAsWrittenButRefuseAnEmptyOne_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("stored"); // empty: refused
    QTest::newRow("plain") << QStringLiteral("OK") << QStringLiteral("OK");
    QTest::newRow("lines inside kept") << QStringLiteral("\n  Ligne 1\n\nLigne 2  \n\n")
                                       << QStringLiteral("Ligne 1\n\nLigne 2");
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("blank") << QStringLiteral(" \n\t ") << QString();
}

void TestComments::shouldKeepTheTextAsWrittenButRefuseAnEmptyOne()
{
    QFETCH(QString, typed);
    QFETCH(QString, stored);
    auto added = m_comments->add(actor(), m_deal, typed);
    if (stored.isEmpty()) {
        QVERIFY(!added.ok());
        QCOMPARE(added.error().field, QStringLiteral("comment"));
        QCOMPARE(rowCount(m_ws->db(), QStringLiteral("deal_comments")), 0);
        QCOMPARE(historyOf(history::CommentAdded), 0);
        return;
    }
    COMPTOIR_VERIFY_OK(added);
    COMPTOIR_TRY(list, m_comments->forDeal(actor(), m_deal));
    QCOMPARE(list->first().body, stored);
}

void TestComments::shouldRefuseUnknownAndInvisibleDealsAndWriteNothing()
{
    QCOMPARE(m_comments->add(actor(), 9999, QStringLiteral("Hello")).error().code, Error::Code::NotFound);
    User seller;
    seller.login = QStringLiteral("paul");
    seller.name = QStringLiteral("Paul");
    COMPTOIR_TRY(sellerId, UserStore(m_ws->db()).insert(seller, startTime()));
    const Actor paul { *sellerId };
    QVERIFY(!m_comments->add(paul, m_deal, QStringLiteral("Sneaky")).ok());
    QVERIFY(!m_comments->forDeal(paul, m_deal).ok());
    QCOMPARE(rowCount(m_ws->db(), QStringLiteral("deal_comments")), 0);
    QCOMPARE(historyOf(history::CommentAdded), 0);
}

void TestComments::shouldRemoveAndKeepTheTextInTheHistory()
{
    COMPTOIR_TRY(added, m_comments->add(actor(), m_deal, QStringLiteral("Erreur de saisie")));
    COMPTOIR_VERIFY_OK(m_comments->remove(actor(), added->id));
    COMPTOIR_TRY(list, m_comments->forDeal(actor(), m_deal));
    QVERIFY(list->isEmpty());
    QCOMPARE(historyOf(history::CommentRemoved), 1);
    auto old = m_ws->db().scalar(QStringLiteral("SELECT old_value FROM history WHERE type = ?"),
                                 { history::CommentRemoved });
    QCOMPARE(old->toString(), QStringLiteral("Erreur de saisie"));
    QCOMPARE(m_comments->remove(actor(), added->id).error().code, Error::Code::NotFound);
}

void TestComments::shouldGoWithTheirDealWhenItIsPurged()
{
    COMPTOIR_VERIFY_OK(m_comments->add(actor(), m_deal, QStringLiteral("À purger")));
    COMPTOIR_VERIFY_OK((*m_ws)->deals().remove(actor(), m_deal));
    // In the recycle bin the comments stay (a restore brings them back) but take no new one.
    QCOMPARE(rowCount(m_ws->db(), QStringLiteral("deal_comments")), 1);
    QVERIFY(!m_comments->add(actor(), m_deal, QStringLiteral("Trop tard")).ok());
    COMPTOIR_VERIFY_OK((*m_ws)->deals().purge(actor(), m_deal));
    QCOMPARE(rowCount(m_ws->db(), QStringLiteral("deal_comments")), 0);
}

QTEST_GUILESS_MAIN(TestComments)
#include "tst_comments.moc"
