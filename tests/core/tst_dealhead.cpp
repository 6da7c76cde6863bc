// SPDX-License-Identifier: GPL-3.0-or-later
// The head of a list (dealhead.h): walking the sort column's index and testing the search in
// C++ must give exactly the first deals of the list DealQuery::ids() gives (tst_search and
// tst_dealfilter check that one against expectations computed in the tests), for searches
// reaching deals through their own text, their company, their contacts and their e-mails and
// phones, with other criteria, for every walkable sort.

#include "dealfixture.h"

#include "dealfilter.h"
#include "dealhead.h"
#include "dealquery.h"
#include "dealtextmatch.h"
#include "sqlitebind.h"

#include <QTest>

using namespace comptoir;
using namespace comptoir::test;

namespace {
enum Way { SortedWhole, MetAlongTheIndex, EveryRow };
// Far more than the fixture's walk needs: the head always reaches its limit or the list's end.
constexpr int NoDeadline = 600000;
} // namespace

class TestDealHead : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_tw.isOpen(), qPrintable(m_tw.error()));
        QVERIFY2(m_fixture.build(), qPrintable(m_fixture.error));
    }

    void headIsTheStartOfTheList_data()
    {
        QTest::addColumn<QString>("search");
        QTest::addColumn<QString>("source");
        QTest::addColumn<qint64>("minAmount");
        QTest::addColumn<int>("column");
        QTest::addColumn<bool>("descending");
        QTest::addColumn<int>("way");
        const struct
        {
            const char *name;
            const char *search;
            const char *source;
            qint64 minAmount;
        } filters[] = {
            {"no criterion", "", "", -1},
            {"two-letter prefix", "he", "", -1},
            {"a company's word", "dupont", "", -1},
            {"a contact's name", "zoé", "", -1},
            {"an e-mail", "john.smith@example.com", "", -1},
            {"phone digits", "0611223344", "", -1},
            {"two words from two places", "hélène boulangerie", "", -1},
            {"a title word and a company", "audit dupont", "", -1},
            {"nothing matches", "zzzyx", "", -1},
            {"search and a source", "e", "WEB", -1},
            {"a source and an amount", "", "WEB", 100000},
            // Tested by their text (dealtextmatch.h), against what FTS5 finds.
            {"one letter", "h", "", -1},
            {"one accented letter", "É", "", -1},
            {"a cedilla folded", "ç", "", -1},
            {"one digit of a phone", "1", "", -1},
            {"a word and one letter", "hélène b", "", -1},
            {"a title word and one letter", "audit d", "", -1},
            {"two letters beside a longer word", "du hélène", "", -1},
            {"two single letters", "j s", "", -1},
            {"two letters alone", "zo", "", -1},
            {"one letter and a source", "a", "WEB", -1},
        };
        // The three ways of dealhead.cpp, each forced on this small database.
        const struct
        {
            const char *name;
            int way;
        } ways[] = {{"sorted whole", SortedWhole}, {"met along the index", MetAlongTheIndex}, {"every row", EveryRow}};
        const struct
        {
            const char *name;
            DealColumn column;
            bool descending;
        } sorts[] = {
            {"newest first", DealColumn::Created, true},
            {"amount up", DealColumn::Amount, false},
            {"title", DealColumn::Title, false},
            {"id down", DealColumn::Id, true},
            {"close date down", DealColumn::CloseDate, true},
            {"begin date", DealColumn::BeginDate, false},
        };
        for (const auto &f : filters) {
            for (const auto &s : sorts) {
                for (const auto &w : ways) {
                    // Without a search there is no candidate: one way only.
                    if (!*f.search && w.way != SortedWhole)
                        continue;
                    QTest::addRow("%s, %s, %s", f.name, s.name, w.name)
                        << QString::fromUtf8(f.search) << QString::fromLatin1(f.source) << f.minAmount
                        << int(s.column) << s.descending << w.way;
                }
            }
        }
    }

    void headIsTheStartOfTheList()
    {
        QFETCH(QString, search);
        QFETCH(QString, source);
        QFETCH(qint64, minAmount);
        QFETCH(int, column);
        QFETCH(bool, descending);
        QFETCH(int, way);
        DealHeadLimits limits;
        if (way == MetAlongTheIndex)
            limits.sortWhole = 0;
        else if (way == EveryRow)
            limits.wordReach = 0;
        DealFilter filter;
        filter.search = search;
        filter.sourceCode = source;
        if (minAmount >= 0)
            filter.minAmountMinor = minAmount;
        const DealSort sort{DealColumn(column), descending};
        QVERIFY(dealHeadWalkable(m_tw->db(), sort));

        COMPTOIR_TRY(all, m_tw->query().ids(m_tw.actor(), filter, sort));
        COMPTOIR_TRY(summary, m_tw->query().summary(m_tw.actor(), filter));
        for (const int limit : {1, 7, int(all->size()), int(all->size()) + 1}) {
            if (limit <= 0)
                continue;
            COMPTOIR_TRY(head, readDealHead(m_tw->db(), m_tw.actor(), filter, sort, limit, NoDeadline, limits));
            // Complete when it ran past the last deal (always when its candidates were sorted
            // whole): then it is the whole list, with the count and totals DealQuery::summary
            // gives. Otherwise it stopped at its limit, with the list's first deals.
            if (head->complete) {
                QCOMPARE(head->ids, *all);
                QCOMPARE(head->summary.count, summary->count);
                QCOMPARE(head->summary.totals, summary->totals);
            } else {
                QCOMPARE(head->ids, all->mid(0, limit));
            }
            QVERIFY(head->complete || limit <= all->size());
            if (way == EveryRow || search.isEmpty())
                QCOMPARE(head->complete, limit > all->size());
        }
    }

    void aWordIsFoundByItsTextAsTheSearchIndexesFoldIt_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("prefix");
        QTest::addColumn<bool>("found");
        QTest::newRow("first word") << QStringLiteral("Hélène Martin") << QStringLiteral("h") << true;
        QTest::newRow("second word") << QStringLiteral("Hélène Martin") << QStringLiteral("ma") << true;
        QTest::newRow("accent folded") << QStringLiteral("École Dupré") << QStringLiteral("ecole") << true;
        QTest::newRow("inside a word is not a start") << QStringLiteral("décor") << QStringLiteral("e") << false;
        QTest::newRow("after a hyphen") << QStringLiteral("Jean-Pierre") << QStringLiteral("p") << true;
        QTest::newRow("after an apostrophe") << QStringLiteral("l’Atelier") << QStringLiteral("at") << true;
        QTest::newRow("e-mail parts") << QStringLiteral("zoe.lefevre@example.fr") << QStringLiteral("ex") << true;
        QTest::newRow("phone groups") << QStringLiteral("+33 1 23 45") << QStringLiteral("4") << true;
        QTest::newRow("decomposed accents") << QStringLiteral("He\u0301le\u0300ne") << QStringLiteral("helene") << true;
        QTest::newRow("longer than the word") << QStringLiteral("Du") << QStringLiteral("dup") << false;
        QTest::newRow("empty text") << QString() << QStringLiteral("a") << false;
    }

    void aWordIsFoundByItsTextAsTheSearchIndexesFoldIt()
    {
        QFETCH(QString, text);
        QFETCH(QString, prefix);
        QFETCH(bool, found);
        QCOMPARE(hasWordStartingWith(text, foldSearchText(prefix)), found);
    }

    void aSortWithoutAnIndexIsNotWalked()
    {
        QVERIFY(!dealHeadWalkable(m_tw->db(), DealSort{DealColumn::Company, false}));
        QVERIFY(!dealHeadWalkable(m_tw->db(), DealSort{DealColumn::Stage, true}));
        QVERIFY(dealHeadWalkable(m_tw->db(), DealSort{}));
    }

    void theWorkersTotalsAreTheSummarys()
    {
        DealFilter filter;
        filter.search = QStringLiteral("e");
        COMPTOIR_TRY(statement, m_tw->query().idStatement(m_tw.actor(), filter, DealSort{}, -1, true));
        DealSummary summary;
        COMPTOIR_TRY(ids, readDealIdsAndTotals(m_tw->db().handle(), *statement, summary));
        COMPTOIR_TRY(expectedIds, m_tw->query().ids(m_tw.actor(), filter, DealSort{}));
        COMPTOIR_TRY(expected, m_tw->query().summary(m_tw.actor(), filter));
        QCOMPARE(*ids, *expectedIds);
        QVERIFY(expected->count > 0);
        QCOMPARE(summary.count, expected->count);
        QCOMPARE(summary.totals, expected->totals);
    }

    void aBulkFillNamesTheSearchIndexItWrites()
    {
        QCOMPARE(searchIndexFilledBy("INSERT INTO main.deal_search (rowid, title) SELECT id, title FROM deals"),
                 std::string("deal_search"));
        QCOMPARE(searchIndexFilledBy("INSERT INTO channel_search(rowid, value) SELECT 1, 'a'"), std::string("channel_search"));
        QCOMPARE(searchIndexFilledBy("INSERT INTO main.stage_totals (stage_id) SELECT 1"), std::string());
        QCOMPARE(searchIndexFilledBy("UPDATE deal_search SET x = 1"), std::string());
        QVERIFY(setSearchAutomerge(m_tw->db().handle(), std::string(), 0)); // nothing to do
        QVERIFY(setSearchAutomerge(m_tw->db().handle(), "deal_search", 4));
        QVERIFY(!setSearchAutomerge(m_tw->db().handle(), "no_such_search", 4));
    }

    void theWorkersStatementsBindRealNumbersAsReal()
    {
        // The worker's C-API binder and QSqlQuery must agree on every value type: a real
        // number bound as an integer (1234.4 -> 1234) would make "= 1234.4" find 1234.
        const qint64 amount = m_tw->db().scalar(QStringLiteral("SELECT amount_minor FROM deals "
                                                               "ORDER BY id LIMIT 1")).value().toLongLong();
        const DealIdStatement statement { QStringLiteral("SELECT id FROM deals WHERE amount_minor >= ? "
                                                         "AND amount_minor <= ? ORDER BY id"),
                                          { double(amount) - 0.5, double(amount) + 0.5 } };
        COMPTOIR_TRY(ids, readDealIds(m_tw->db().handle(), statement));
        auto q = m_tw->db().exec(statement.sql, statement.values);
        COMPTOIR_VERIFY_OK(q);
        QVector<Id> expected;
        while (q->next())
            expected << q->value(0).toLongLong();
        QVERIFY(!expected.isEmpty());
        QCOMPARE(*ids, expected);
        const DealIdStatement above { QStringLiteral("SELECT count(*) FROM deals WHERE amount_minor = ?"),
                                      { double(amount) + 0.4 } };
        COMPTOIR_TRY(none, readDealIds(m_tw->db().handle(), above));
        QCOMPARE(none->value(0), Id(0)); // no amount in minor units equals x.4
    }

    void theLiveDealsBoundCountsEveryLiveDeal()
    {
        COMPTOIR_TRY(bound, liveDealsUpperBound(m_tw->db()));
        QCOMPARE(*bound, qint64(DealFixture::DealCount));
    }

private:
    TestWorkspace m_tw;
    DealFixture m_fixture{m_tw};
};

QTEST_GUILESS_MAIN(TestDealHead)
#include "tst_dealhead.moc"
