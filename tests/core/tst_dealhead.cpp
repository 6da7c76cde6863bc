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

#include <QTest>

using namespace comptoir;
using namespace comptoir::test;

namespace {
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
        };
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
                QTest::addRow("%s, %s", f.name, s.name)
                    << QString::fromUtf8(f.search) << QString::fromLatin1(f.source) << f.minAmount
                    << int(s.column) << s.descending;
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
            COMPTOIR_TRY(head, readDealHead(m_tw->db(), m_tw.actor(), filter, sort, limit, NoDeadline));
            QCOMPARE(head->ids, all->mid(0, limit));
            // Complete only when it ran past the last deal: then its count and totals are the
            // list's, as DealQuery::summary gives them.
            QCOMPARE(head->complete, limit > all->size());
            if (head->complete) {
                QCOMPARE(head->summary.count, summary->count);
                QCOMPARE(head->summary.totals, summary->totals);
            }
        }
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
