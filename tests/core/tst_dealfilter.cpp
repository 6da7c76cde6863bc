// SPDX-License-Identifier: GPL-3.0-or-later
// Each criterion of DealFilter, and combinations, against a fixture whose expected ids are
// computed here in plain C++ from what the fixture was given.

#include "dealfixture.h"

#include "dealfilter.h"
#include "dealquery.h"
#include "savedfilters.h"

#include <QJsonDocument>
#include <QTest>

using namespace comptoir;
using namespace comptoir::test;

namespace {

struct Case
{
    const char *name;
    std::function<void(DealFilter &, const DealFixture &)> set;
    std::function<bool(const DealRecord &, const DealFixture &)> keep;
};

bool within(const QDate &day, const DateRange &range)
{
    if (!day.isValid())
        return false;
    return (!range.from.isValid() || day >= range.from) && (!range.to.isValid() || day <= range.to);
}

const DateRange January{QDate(2026, 1, 1), QDate(2026, 1, 31), {}};
const DateRange FromFebruary{QDate(2026, 2, 1), QDate(), {}};
const DateRange UntilMidDecember{QDate(), QDate(2025, 12, 15), {}};

const QList<Case> &cases()
{
    static const QList<Case> list = {
        {"no criterion selects every deal", [](DealFilter &, const DealFixture &) {},
         [](const DealRecord &, const DealFixture &) { return true; }},
        {"pipeline", [](DealFilter &f, const DealFixture &x) { f.pipelineId = x.pipelines[1].id; },
         [](const DealRecord &r, const DealFixture &x) { return r.pipelineId == x.pipelines[1].id; }},
        {"stage", [](DealFilter &f, const DealFixture &x) { f.stageId = x.pipelines[0].stages[2].id; },
         [](const DealRecord &r, const DealFixture &x) { return r.stageId == x.pipelines[0].stages[2].id; }},
        {"group open", [](DealFilter &f, const DealFixture &) { f.group = DealFilter::Group::Open; },
         [](const DealRecord &r, const DealFixture &) { return r.semantic == StageSemantic::Process; }},
        {"group won", [](DealFilter &f, const DealFixture &) { f.group = DealFilter::Group::Won; },
         [](const DealRecord &r, const DealFixture &) { return r.semantic == StageSemantic::Success; }},
        {"group lost", [](DealFilter &f, const DealFixture &) { f.group = DealFilter::Group::Lost; },
         [](const DealRecord &r, const DealFixture &) { return r.semantic == StageSemantic::Failure; }},
        {"responsible", [](DealFilter &f, const DealFixture &x) { f.responsibleId = x.users[1]; },
         [](const DealRecord &r, const DealFixture &x) { return r.responsibleId == x.users[1]; }},
        {"minimum amount", [](DealFilter &f, const DealFixture &) { f.minAmountMinor = 250000; },
         [](const DealRecord &r, const DealFixture &) { return r.amountMinor >= 250000; }},
        {"maximum amount", [](DealFilter &f, const DealFixture &) { f.maxAmountMinor = 100050; },
         [](const DealRecord &r, const DealFixture &) { return r.amountMinor <= 100050; }},
        {"amount range in one currency",
         [](DealFilter &f, const DealFixture &) {
             f.minAmountMinor = 100000;
             f.maxAmountMinor = 400000;
             f.amountCurrency = QStringLiteral("EUR");
         },
         [](const DealRecord &r, const DealFixture &) {
             return r.currency == u"EUR" && r.amountMinor >= 100000 && r.amountMinor <= 400000;
         }},
        {"type", [](DealFilter &f, const DealFixture &) { f.typeCode = QStringLiteral("GOODS"); },
         [](const DealRecord &r, const DealFixture &) { return r.typeCode == u"GOODS"; }},
        {"source", [](DealFilter &f, const DealFixture &) { f.sourceCode = QStringLiteral("WEB"); },
         [](const DealRecord &r, const DealFixture &) { return r.sourceCode == u"WEB"; }},
        {"created in January", [](DealFilter &f, const DealFixture &) { f.created = January; },
         [](const DealRecord &r, const DealFixture &) { return within(r.createdAt.toLocalTime().date(), January); }},
        {"created until mid-December", [](DealFilter &f, const DealFixture &) { f.created = UntilMidDecember; },
         [](const DealRecord &r, const DealFixture &) {
             return within(r.createdAt.toLocalTime().date(), UntilMidDecember);
         }},
        {"begins from February", [](DealFilter &f, const DealFixture &) { f.begin = FromFebruary; },
         [](const DealRecord &r, const DealFixture &) { return within(r.beginDate, FromFebruary); }},
        {"closes in January", [](DealFilter &f, const DealFixture &) { f.close = January; },
         [](const DealRecord &r, const DealFixture &) { return within(r.closeDate, January); }},
        {"with an open activity", [](DealFilter &f, const DealFixture &) { f.activity = DealFilter::Activity::WithOpen; },
         [](const DealRecord &r, const DealFixture &) { return r.nextActivityAt.isValid(); }},
        {"without an open activity",
         [](DealFilter &f, const DealFixture &) { f.activity = DealFilter::Activity::WithoutOpen; },
         [](const DealRecord &r, const DealFixture &) { return !r.nextActivityAt.isValid(); }},
        {"overdue activity",
         [](DealFilter &f, const DealFixture &x) {
             f.activity = DealFilter::Activity::Overdue;
             f.now = x.now;
         },
         [](const DealRecord &r, const DealFixture &x) { return r.nextActivityAt.isValid() && r.nextActivityAt < x.now; }},
        {"new deals", [](DealFilter &f, const DealFixture &) { f.novelty = DealFilter::Novelty::New; },
         [](const DealRecord &r, const DealFixture &) { return !r.isRepeat; }},
        {"repeat deals", [](DealFilter &f, const DealFixture &) { f.novelty = DealFilter::Novelty::Repeat; },
         [](const DealRecord &r, const DealFixture &) { return r.isRepeat; }},
        {"open deals of one seller with an overdue activity",
         [](DealFilter &f, const DealFixture &x) {
             f.group = DealFilter::Group::Open;
             f.responsibleId = x.users[0];
             f.activity = DealFilter::Activity::Overdue;
             f.now = x.now;
         },
         [](const DealRecord &r, const DealFixture &x) {
             return r.semantic == StageSemantic::Process && r.responsibleId == x.users[0]
                 && r.nextActivityAt.isValid() && r.nextActivityAt < x.now;
         }},
        {"won repeat deals of the main pipeline above 1000",
         [](DealFilter &f, const DealFixture &x) {
             f.pipelineId = x.pipelines[0].id;
             f.group = DealFilter::Group::Won;
             f.novelty = DealFilter::Novelty::Repeat;
             f.minAmountMinor = 100000;
         },
         [](const DealRecord &r, const DealFixture &x) {
             return r.pipelineId == x.pipelines[0].id && r.semantic == StageSemantic::Success && r.isRepeat
                 && r.amountMinor >= 100000;
         }},
        {"created in January from the web, sales only",
         [](DealFilter &f, const DealFixture &) {
             f.created = January;
             f.sourceCode = QStringLiteral("WEB");
             f.typeCode = QStringLiteral("SALE");
         },
         [](const DealRecord &r, const DealFixture &) {
             return within(r.createdAt.toLocalTime().date(), January) && r.sourceCode == u"WEB" && r.typeCode == u"SALE";
         }},
        {"lost deals without an open activity closing from February",
         [](DealFilter &f, const DealFixture &) {
             f.group = DealFilter::Group::Lost;
             f.activity = DealFilter::Activity::WithoutOpen;
             f.close = FromFebruary;
         },
         [](const DealRecord &r, const DealFixture &) {
             return r.semantic == StageSemantic::Failure && !r.nextActivityAt.isValid() && within(r.closeDate, FromFebruary);
         }},
    };
    return list;
}

} // namespace

class TestDealFilter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_tw.isOpen(), qPrintable(m_tw.error()));
        QVERIFY2(m_fixture.build(), qPrintable(m_fixture.error));
    }

    void eachCriterionSelectsTheExpectedDeals_data()
    {
        QTest::addColumn<int>("index");
        for (int i = 0; i < cases().size(); ++i)
            QTest::newRow(cases()[i].name) << i;
    }

    void eachCriterionSelectsTheExpectedDeals()
    {
        QFETCH(int, index);
        const Case &c = cases()[index];
        DealFilter filter;
        c.set(filter, m_fixture);
        const QVector<Id> expected = m_fixture.expected([&](const DealRecord &r) { return c.keep(r, m_fixture); });
        COMPTOIR_TRY(ids, m_tw->query().ids(m_tw.actor(), filter, DealSort{DealColumn::Id, false}));
        QCOMPARE(*ids, expected);

        // The count and totals agree with the ids, per currency.
        COMPTOIR_TRY(summary, m_tw->query().summary(m_tw.actor(), filter));
        QCOMPARE(summary->count, qint64(expected.size()));
        QMap<QString, qint64> totals;
        for (const DealRecord &r : m_fixture.records) {
            if (expected.contains(r.id))
                totals[r.currency] += r.amountMinor;
        }
        QCOMPARE(summary->totals, totals);
    }

    // The fixture must make every criterion meaningful: neither empty nor everything.
    void theFixtureSplitsEveryCriterion()
    {
        for (int i = 1; i < cases().size(); ++i) {
            DealFilter filter;
            cases()[i].set(filter, m_fixture);
            const auto n = m_fixture.expected([&](const DealRecord &r) { return cases()[i].keep(r, m_fixture); }).size();
            QVERIFY2(n > 0 && n < m_fixture.records.size(), cases()[i].name);
        }
    }

    void binnedDealsLeaveEveryFilter()
    {
        TestWorkspace tw;
        DealFixture fixture(tw);
        QVERIFY2(fixture.build(), qPrintable(fixture.error));
        const Id binned = fixture.records[4].id;
        COMPTOIR_VERIFY_OK(tw->deals().remove(tw.actor(), binned));
        COMPTOIR_TRY(ids, tw->query().ids(tw.actor(), DealFilter{}, DealSort{}));
        QVERIFY(!ids->contains(binned));
        QCOMPARE(ids->size(), fixture.records.size() - 1);
    }

    void datePresetsFollowTheCalendarAndTheLocale_data()
    {
        QTest::addColumn<int>("preset");
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QDate>("today");
        QTest::addColumn<QDate>("from");
        QTest::addColumn<QDate>("to");
        const QDate wed(2026, 3, 4); // a Wednesday
        QTest::newRow("today") << int(DatePreset::Today) << "fr_FR" << wed << wed << wed;
        QTest::newRow("this week starts on Monday in France")
            << int(DatePreset::ThisWeek) << "fr_FR" << wed << QDate(2026, 3, 2) << QDate(2026, 3, 8);
        QTest::newRow("this week starts on Sunday in the United States")
            << int(DatePreset::ThisWeek) << "en_US" << wed << QDate(2026, 3, 1) << QDate(2026, 3, 7);
        QTest::newRow("this week on its first day")
            << int(DatePreset::ThisWeek) << "fr_FR" << QDate(2026, 3, 2) << QDate(2026, 3, 2) << QDate(2026, 3, 8);
        QTest::newRow("this month") << int(DatePreset::ThisMonth) << "fr_FR" << QDate(2024, 2, 10)
                                    << QDate(2024, 2, 1) << QDate(2024, 2, 29);
        QTest::newRow("last month across the year")
            << int(DatePreset::LastMonth) << "fr_FR" << QDate(2026, 1, 15) << QDate(2025, 12, 1) << QDate(2025, 12, 31);
        QTest::newRow("last month of a 31st")
            << int(DatePreset::LastMonth) << "fr_FR" << QDate(2026, 3, 31) << QDate(2026, 2, 1) << QDate(2026, 2, 28);
        QTest::newRow("this year") << int(DatePreset::ThisYear) << "en_GB" << wed << QDate(2026, 1, 1)
                                   << QDate(2026, 12, 31);
    }

    void datePresetsFollowTheCalendarAndTheLocale()
    {
        QFETCH(int, preset);
        QFETCH(QString, locale);
        QFETCH(QDate, today);
        QFETCH(QDate, from);
        QFETCH(QDate, to);
        const DateRange range = dateRangeFor(DatePreset(preset), today, QLocale(locale));
        QCOMPARE(range.preset, std::optional<DatePreset>(DatePreset(preset)));
        QCOMPARE(range.from, from);
        QCOMPARE(range.to, to);
    }

    void todayComesFromTheClock()
    {
        FixedClock clock(QDateTime(QDate(2026, 5, 17), QTime(12, 0), Qt::UTC));
        QCOMPARE(localToday(clock), clock.now().toLocalTime().date());
    }

    void predefinedFiltersSelectWhatTheirNamesSay_data()
    {
        QTest::addColumn<int>("which");
        for (PredefinedFilter p : predefinedFilters())
            QTest::newRow(qPrintable(predefinedFilterKey(p))) << int(p);
    }

    void predefinedFiltersSelectWhatTheirNamesSay()
    {
        QFETCH(int, which);
        const auto p = PredefinedFilter(which);
        const DealFixture &x = m_fixture;
        const Id me = x.users[1];
        std::function<bool(const DealRecord &)> keep;
        switch (p) {
        case PredefinedFilter::InProgress:
            keep = [](const DealRecord &r) { return r.semantic == StageSemantic::Process; };
            break;
        case PredefinedFilter::MyDeals:
            keep = [me](const DealRecord &r) { return r.responsibleId == me; };
            break;
        case PredefinedFilter::Won:
            keep = [](const DealRecord &r) { return r.semantic == StageSemantic::Success; };
            break;
        case PredefinedFilter::Lost:
            keep = [](const DealRecord &r) { return r.semantic == StageSemantic::Failure; };
            break;
        case PredefinedFilter::Repeat:
            keep = [](const DealRecord &r) { return r.isRepeat; };
            break;
        case PredefinedFilter::OverdueActivities:
            keep = [&x](const DealRecord &r) { return r.nextActivityAt.isValid() && r.nextActivityAt < x.now; };
            break;
        case PredefinedFilter::NoNextActivity:
            keep = [](const DealRecord &r) { return r.semantic == StageSemantic::Process && !r.nextActivityAt.isValid(); };
            break;
        case PredefinedFilter::MyActivities:
            // The fixture gives each activity its deal's responsible: the user's deals with an
            // open activity.
            keep = [me](const DealRecord &r) { return r.responsibleId == me && r.nextActivityAt.isValid(); };
            break;
        }
        const DealFilter filter = predefinedFilter(p, Actor{me}, x.now);
        QVERIFY(!predefinedFilterName(p).isEmpty());
        QCOMPARE(predefinedFilterFromKey(predefinedFilterKey(p)), std::optional<PredefinedFilter>(p));
        // The owner sees everything, so "my deals" is asked for the seller as the owner.
        COMPTOIR_TRY(ids, m_tw->query().ids(m_tw.actor(), filter, DealSort{DealColumn::Id, false}));
        QCOMPARE(*ids, x.expected(keep));
    }

    void everyCriterionSurvivesJson()
    {
        DealFilter f;
        f.pipelineId = 3;
        f.stageId = 7;
        f.group = DealFilter::Group::Lost;
        f.responsibleId = 2;
        f.search = QStringLiteral("Hélène \"x\"");
        f.minAmountMinor = 9007199254740993; // beyond a double's exact integers
        f.maxAmountMinor = -5;
        f.amountCurrency = QStringLiteral("GBP");
        f.typeCode = QStringLiteral("SALE");
        f.sourceCode = QStringLiteral("WEB");
        f.created = DateRange{QDate(2025, 1, 2), QDate(), {}};
        f.begin = DateRange{QDate(), QDate(2026, 3, 4), {}};
        const QDate today(2026, 3, 18);
        f.close = dateRangeFor(DatePreset::LastMonth, today);
        f.activity = DealFilter::Activity::Overdue;
        f.novelty = DealFilter::Novelty::New;
        f.activityResponsibleId = 4;
        using Op = CustomFieldCriterion::Op;
        f.customFields = {
            {1, Op::AtLeast, QVariant(qlonglong(9007199254740993))},
            {1, Op::AtMost, QVariant(qlonglong(-12))},
            {2, Op::Contains, QVariant(QStringLiteral("Noël \"x\""))},
            {3, Op::Equals, QVariant(true)},
            {4, Op::HasChoice, QVariant(QStringLiteral("Bois"))},
            {5, Op::AtLeast, QVariant(0.1 + 0.2)},
            {6, Op::AtMost, QVariant(QDate(2026, 11, 27))},
            {7, Op::AtLeast, QVariant(QDateTime(QDate(2026, 11, 27), QTime(14, 30), Qt::UTC))},
            {8, Op::IsEmpty, QVariant()},
        };
        COMPTOIR_TRY(back, filterFromJson(filterToJson(f), today));
        QCOMPARE(*back, f);
        // A preset is saved as such: read a month later, "last month" is another month.
        COMPTOIR_TRY(later, filterFromJson(filterToJson(f), today.addMonths(1)));
        QCOMPARE(later->close.from, QDate(2026, 3, 1));
        QCOMPARE(later->close.to, QDate(2026, 3, 31));
        QCOMPARE(filterToJson(DealFilter{}), QJsonObject{});
    }

    void badJsonIsRefusedNamingTheCriterion_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("field");
        QTest::newRow("unknown key") << QByteArray(R"({"colour": "red"})") << "colour";
        QTest::newRow("group") << QByteArray(R"({"group": "maybe"})") << "group";
        QTest::newRow("stage as text") << QByteArray(R"({"stage": "7"})") << "stage";
        QTest::newRow("amount as a number") << QByteArray(R"({"min_amount_minor": 12})") << "min_amount_minor";
        QTest::newRow("date") << QByteArray(R"({"created": {"from": "2026-02-30"}})") << "created";
        QTest::newRow("preset") << QByteArray(R"({"close": {"preset": "next_decade"}})") << "close";
        QTest::newRow("custom operator") << QByteArray(R"({"custom": [{"field": 3, "op": "near"}]})") << "custom";
        QTest::newRow("custom date")
            << QByteArray(R"({"custom": [{"field": 3, "op": "at_least", "type": "date", "value": "2026-02-30"}]})")
            << "custom";
    }

    void badJsonIsRefusedNamingTheCriterion()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, field);
        auto f = filterFromJson(QJsonDocument::fromJson(json).object(), QDate(2026, 1, 1));
        QVERIFY(!f.ok());
        QCOMPARE(f.error().field, field);
    }

    void savedFiltersAreSavedRenamedAndDeleted()
    {
        SavedFilters saved(m_tw.db(), m_tw.clock());
        DealFilter mine;
        mine.responsibleId = m_fixture.users[1];
        mine.created = dateRangeFor(DatePreset::ThisYear, localToday(m_tw.clock()));
        COMPTOIR_TRY(first, saved.save(QStringLiteral("  Sam this year "), mine));
        QCOMPARE(first->name, QStringLiteral("Sam this year"));
        auto twice = saved.save(QStringLiteral("sam THIS year"), DealFilter{});
        QVERIFY(!twice.ok());
        QCOMPARE(twice.error().field, QStringLiteral("name"));
        COMPTOIR_TRY(other, saved.save(QStringLiteral("Big ones"), DealFilter{}));
        COMPTOIR_VERIFY_OK(saved.rename(other->id, QStringLiteral("Above 1000")));
        QVERIFY(!saved.rename(other->id, QStringLiteral("Sam This Year")).ok());
        COMPTOIR_TRY(all, saved.all());
        QCOMPARE(all->size(), 2);
        QCOMPARE(all->at(0).name, QStringLiteral("Above 1000"));
        COMPTOIR_TRY(found, saved.byName(QStringLiteral("sam this year")));
        COMPTOIR_TRY(filter, saved.filter(*found));
        QCOMPARE(filter->responsibleId, mine.responsibleId);
        QCOMPARE(filter->created, mine.created);
        // Replacing keeps the name and the id.
        DealFilter won;
        won.group = DealFilter::Group::Won;
        COMPTOIR_TRY(replaced, saved.save(QStringLiteral("Above 1000"), won, true));
        QCOMPARE(replaced->id, other->id);
        COMPTOIR_TRY(wonBack, saved.filter(*replaced));
        QCOMPARE(wonBack->group, DealFilter::Group::Won);
        COMPTOIR_VERIFY_OK(saved.remove(other->id));
        QCOMPARE(saved.remove(other->id).error().code, Error::Code::NotFound);
        COMPTOIR_TRY(left, saved.all());
        QCOMPARE(left->size(), 1);
        QVERIFY(!saved.byName(QStringLiteral("Above 1000")).ok());
    }

private:
    TestWorkspace m_tw;
    DealFixture m_fixture{m_tw};
};

QTEST_GUILESS_MAIN(TestDealFilter)
#include "tst_dealfilter.moc"
