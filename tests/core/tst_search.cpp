// SPDX-License-Identifier: GPL-3.0-or-later
// Free-text search: accents, prefixes, every searched field, the index following renames, and
// user text that looks like FTS5 syntax. Expected ids are computed here by folding and
// splitting the fixture's texts in C++.

#include "dealfixture.h"

#include "dealfilter.h"
#include "dealquery.h"
#include "search.h"

#include <QTest>

using namespace comptoir;
using namespace comptoir::test;

namespace {

// Lower case, accents removed: what remove_diacritics does, computed another way.
QString fold(const QString &text)
{
    QString out;
    for (const QChar c : text.normalized(QString::NormalizationForm_KD)) {
        if (c.category() != QChar::Mark_NonSpacing)
            out += c.toLower();
    }
    return out;
}

QStringList wordsOf(const QString &text)
{
    QStringList words;
    QString word;
    for (const QChar c : fold(text)) {
        if (c.isLetterOrNumber()) {
            word += c;
        } else if (!word.isEmpty()) {
            words << word;
            word.clear();
        }
    }
    if (!word.isEmpty())
        words << word;
    return words;
}

QString digitsOf(const QString &phone)
{
    QString digits;
    for (const QChar c : phone) {
        if (c.isDigit())
            digits += c;
    }
    return digits;
}

QString seedText(const ClientSeed *seeds, int count, const QString &name)
{
    for (int i = 0; i < count; ++i) {
        if (QString::fromUtf8(seeds[i].name) == name) {
            const QString phone = QString::fromUtf8(seeds[i].phone);
            return name + QLatin1Char(' ') + QString::fromUtf8(seeds[i].email) + QLatin1Char(' ') + phone
                + QLatin1Char(' ') + digitsOf(phone);
        }
    }
    return name;
}

QStringList dealWords(const DealRecord &r)
{
    QString text = r.title + QLatin1Char(' ') + r.comment;
    if (!r.company.isEmpty())
        text += QLatin1Char(' ') + seedText(CompanySeeds, int(std::size(CompanySeeds)), r.company);
    if (!r.contact.isEmpty())
        text += QLatin1Char(' ') + seedText(ContactSeeds, int(std::size(ContactSeeds)), r.contact);
    return wordsOf(text);
}

bool matches(const DealRecord &r, const QString &query)
{
    const QStringList words = dealWords(r);
    const QStringList terms = wordsOf(query);
    if (terms.isEmpty())
        return true;
    for (const QString &term : terms) {
        if (std::none_of(words.begin(), words.end(), [&term](const QString &w) { return w.startsWith(term); }))
            return false;
    }
    return true;
}

} // namespace

class TestSearch : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_tw.isOpen(), qPrintable(m_tw.error()));
        QVERIFY2(m_fixture.build(), qPrintable(m_fixture.error));
    }

    void findsWhatWasTyped_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<bool>("expectSome");
        QTest::newRow("accented name") << QStringLiteral("Hélène") << true;
        QTest::newRow("the same without accents") << QStringLiteral("helene") << true;
        QTest::newRow("capitals") << QStringLiteral("HÉLÈNE") << true;
        QTest::newRow("decomposed accents") << QStringLiteral("He\u0301le\u0300ne") << true;
        QTest::newRow("prefix of two letters") << QStringLiteral("he") << true;
        QTest::newRow("accented prefix") << QStringLiteral("hél") << true;
        QTest::newRow("two words, contact and company") << QStringLiteral("hélène boulangerie") << true;
        QTest::newRow("first and last name") << QStringLiteral("Zoé Lefèvre") << true;
        QTest::newRow("company word") << QStringLiteral("dupont") << true;
        QTest::newRow("cedilla") << QStringLiteral("ça") << true;
        QTest::newRow("e-mail") << QStringLiteral("john.smith@example.com") << true;
        QTest::newRow("e-mail domain") << QStringLiteral("caetla") << true;
        QTest::newRow("phone as written") << QStringLiteral("06 11 22") << true;
        QTest::newRow("phone digits only") << QStringLiteral("0611223344") << true;
        QTest::newRow("company phone digits prefix") << QStringLiteral("33123") << true;
        QTest::newRow("title word") << QStringLiteral("croissants") << true;
        QTest::newRow("comment word without its accent") << QStringLiteral("ete") << true;
        QTest::newRow("number in a comment") << QStringLiteral("devis 15") << true;
        QTest::newRow("title and company") << QStringLiteral("audit dupont") << true;
        QTest::newRow("nothing matches") << QStringLiteral("zzzyx") << false;
        QTest::newRow("FTS5 operators are words") << QStringLiteral("NEAR(audit dupont) OR NOT") << false;
        QTest::newRow("column filter syntax") << QStringLiteral("title:audit") << false;
        QTest::newRow("quotes and stars") << QStringLiteral("\"audit*\" ^dupont") << true;
        QTest::newRow("only punctuation selects everything") << QStringLiteral(" -*\" ") << true;
    }

    void findsWhatWasTyped()
    {
        QFETCH(QString, query);
        QFETCH(bool, expectSome);
        DealFilter filter;
        filter.search = query;
        const QVector<Id> expected = m_fixture.expected([&](const DealRecord &r) { return matches(r, query); });
        COMPTOIR_TRY(ids, m_tw->query().ids(m_tw.actor(), filter, DealSort{DealColumn::Id, false}));
        QCOMPARE(*ids, expected);
        QCOMPARE(!expected.isEmpty(), expectSome);
        COMPTOIR_TRY(summary, m_tw->query().summary(m_tw.actor(), filter));
        QCOMPARE(summary->count, qint64(expected.size()));
    }

    void searchCombinesWithTheOtherCriteria()
    {
        DealFilter filter;
        filter.search = QStringLiteral("helene");
        filter.group = DealFilter::Group::Open;
        const QVector<Id> expected = m_fixture.expected([](const DealRecord &r) {
            return matches(r, QStringLiteral("helene")) && r.semantic == StageSemantic::Process;
        });
        QVERIFY(!expected.isEmpty());
        COMPTOIR_TRY(ids, m_tw->query().ids(m_tw.actor(), filter, DealSort{DealColumn::Id, false}));
        QCOMPARE(*ids, expected);
    }

    void termsAreQuotedPrefixes()
    {
        QCOMPARE(searchTerms(QStringLiteral("Hélène d'Arc")),
                 (QStringList{QStringLiteral("\"Hélène\"*"), QStringLiteral("\"d\"*"), QStringLiteral("\"Arc\"*")}));
        QCOMPARE(searchTerms(QStringLiteral("a\"b")), (QStringList{QStringLiteral("\"a\"*"), QStringLiteral("\"b\"*")}));
        QVERIFY(searchTerms(QStringLiteral(" ;* ")).isEmpty());
    }

    void theIndexFollowsChanges()
    {
        TestWorkspace tw;
        DealFixture fixture(tw);
        QVERIFY2(fixture.build(), qPrintable(fixture.error));
        auto find = [&tw](const QString &text) {
            DealFilter filter;
            filter.search = text;
            auto ids = tw->query().ids(tw.actor(), filter, DealSort{DealColumn::Id, false});
            return ids ? *ids : QVector<Id>{-1};
        };
        const QVector<Id> dupont = find(QStringLiteral("dupont"));
        QVERIFY(!dupont.isEmpty());

        // A company renamed: its deals are found by the new name only.
        COMPTOIR_VERIFY_OK(tw.db().exec(QStringLiteral("UPDATE companies SET name = 'Durand Frères' WHERE id = ?"),
                                        {fixture.companies[1].id}));
        const QVector<Id> stillDupont = find(QStringLiteral("dupont"));
        // The e-mail info@dupont-fils.fr still names Dupont.
        QCOMPARE(stillDupont, dupont);
        COMPTOIR_VERIFY_OK(tw.db().exec(QStringLiteral("UPDATE channels SET value = 'info@durand.fr' WHERE company_id = ? "
                                                       "AND kind = 'email'"),
                                        {fixture.companies[1].id}));
        QVERIFY(find(QStringLiteral("dupont")).isEmpty());
        QCOMPARE(find(QStringLiteral("freres")), dupont);

        // A contact renamed.
        const QVector<Id> zoe = find(QStringLiteral("zoe"));
        QVERIFY(!zoe.isEmpty());
        COMPTOIR_VERIFY_OK(tw.db().exec(QStringLiteral("UPDATE contacts SET first_name = 'Chloé' WHERE id = ?"),
                                        {fixture.contacts[1].id}));
        QCOMPARE(find(QStringLiteral("chloe")), zoe);
        // zoe.lefevre@example.fr still holds "zoe".
        QCOMPARE(find(QStringLiteral("zoe")), zoe);

        // A deal's title through the service.
        COMPTOIR_TRY(deal, tw->deals().get(tw.actor(), fixture.records[0].id));
        Deal changed = *deal;
        changed.title = QStringLiteral("Quincaillerie générale");
        COMPTOIR_VERIFY_OK(tw->deals().update(tw.actor(), changed));
        QCOMPARE(find(QStringLiteral("quincaill gene")), QVector<Id>{deal->id});
        QVERIFY(!find(QStringLiteral("Website 0")).contains(deal->id));

        // Binned deals are not found; purged ones leave the index.
        COMPTOIR_VERIFY_OK(tw->deals().remove(tw.actor(), deal->id));
        QVERIFY(find(QStringLiteral("quincaillerie")).isEmpty());
        COMPTOIR_VERIFY_OK(tw->deals().purge(tw.actor(), deal->id));
        COMPTOIR_TRY(left, tw.db().scalar(QStringLiteral("SELECT count(*) FROM deal_search WHERE deal_search MATCH ?"),
                                          {QStringLiteral("quincaillerie")}));
        QCOMPARE(left->toInt(), 0);
        // The index stays consistent with its tables.
        for (const char *table : {"deal_search", "company_search", "contact_search", "channel_search"}) {
            const QString t = QString::fromLatin1(table);
            COMPTOIR_VERIFY_OK(tw.db().exec(QStringLiteral("INSERT INTO %1 (%1) VALUES ('integrity-check')").arg(t)));
        }
    }

    void anUpgradedDatabaseIsSearchable()
    {
        TestWorkspace tw(OpenOptions{1, false});
        QVERIFY2(tw.isOpen(), qPrintable(tw.error()));
        QCOMPARE(tw.db().schemaVersion(), 1);
        const QString at = QStringLiteral("2026-01-05T10:00:00.000Z");
        for (const QString &sql :
             {QStringLiteral("INSERT INTO users (id, login, name, is_owner, created_at) VALUES (1, 'boss', 'Boss', 1, '%1')"),
              QStringLiteral("INSERT INTO pipelines (id, name, is_default) VALUES (1, 'Old', 0)"),
              QStringLiteral("INSERT INTO stages (id, pipeline_id, name, sort, semantic) VALUES (1, 1, 'New', 0, 'process')"),
              QStringLiteral("INSERT INTO companies (id, name, created_at) VALUES (1, 'Pâtisserie Noël', '%1')"),
              QStringLiteral("INSERT INTO deals (id, title, pipeline_id, stage_id, company_id, responsible_id, created_at, "
                             "updated_at) VALUES (7, 'Bûches', 1, 1, 1, 1, '%1', '%1')")})
            COMPTOIR_VERIFY_OK(tw.db().exec(sql.arg(at)));
        const Id oldDeal = 7;
        QVERIFY2(tw.open(), qPrintable(tw.error())); // upgrades to the newest schema
        QCOMPARE(tw.db().schemaVersion(), Database::latestSchemaVersion());
        for (const QString &text : {QStringLiteral("noel"), QStringLiteral("PATISS"), QStringLiteral("buche")}) {
            DealFilter filter;
            filter.search = text;
            COMPTOIR_TRY(ids, tw->query().ids(tw.actor(), filter, DealSort{}));
            QCOMPARE(*ids, QVector<Id>{oldDeal});
        }
    }

private:
    TestWorkspace m_tw;
    DealFixture m_fixture{m_tw};
};

QTEST_GUILESS_MAIN(TestSearch)
#include "tst_search.moc"
