// SPDX-License-Identifier: GPL-3.0-or-later
// The Calendar's query: items per local day for each date field, the first items and the count
// of a crowded day, the filter, and moving items to another day or time.

#include "calendarquery.h"
#include "activityservice.h"
#include "stores.h"
#include "testworkspace.h"

#include <QTest>

#include <limits>

using namespace comptoir;
using namespace comptoir::test;

namespace {
QDateTime utc(int y, int m, int d, int h, int min = 0)
{
    return QDateTime(QDate(y, m, d), QTime(h, min), Qt::UTC);
}
} // namespace

class TestCalendarQuery : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void dealsSitOnTheirCloseOrBeginDate();
    void activitiesSitOnTheirLocalDayAndDoneOnesAreHidden();
    void aCrowdedDayGivesItsFirstItemsAndItsCount();
    void theFilterApplies();
    void crowdedDaysLeaveOutTheBinDoneActivitiesAndOthersDeals();
    void myActivitiesShowOnlyTheUsersActivities();
    void movingAnActivityKeepsItsTimeUnlessOneIsGiven();
    void movingADealChangesItsDateWithHistory();
    void theCreationDateCannotMove();
    void fieldNamesRoundTrip();

private:
    Id createDeal(const QString &title, const QDate &close = {}, const QDate &begin = {});
    Id plan(Id dealId, const QDateTime &deadline, ActivityType type = ActivityType::Call);
    std::unique_ptr<TestWorkspace> m_ws;
};

void TestCalendarQuery::init()
{
    m_ws = std::make_unique<TestWorkspace>();
    QVERIFY2(m_ws->isOpen(), qPrintable(m_ws->error()));
}

void TestCalendarQuery::cleanup()
{
    m_ws.reset();
}

Id TestCalendarQuery::createDeal(const QString &title, const QDate &close, const QDate &begin)
{
    Deal d;
    d.title = title;
    d.closeDate = close;
    d.beginDate = begin;
    auto deal = (*m_ws)->deals().create(m_ws->actor(), d);
    return deal ? deal->id : 0;
}

Id TestCalendarQuery::plan(Id dealId, const QDateTime &deadline, ActivityType type)
{
    Activity a;
    a.dealId = dealId;
    a.type = type;
    a.subject = QStringLiteral("Subject");
    a.deadline = deadline;
    if (type == ActivityType::Meeting)
        a.durationMinutes = 60;
    auto planned = (*m_ws)->activities().plan(m_ws->actor(), a);
    return planned ? planned->id : 0;
}

void TestCalendarQuery::dealsSitOnTheirCloseOrBeginDate()
{
    const Id a = createDeal(QStringLiteral("A"), QDate(2026, 3, 10), QDate(2026, 3, 1));
    const Id b = createDeal(QStringLiteral("B"), QDate(2026, 3, 31));
    createDeal(QStringLiteral("C"), QDate(2026, 4, 1));
    CalendarQuery query(m_ws->db(), QTimeZone::utc());
    COMPTOIR_TRY(close, query.items(m_ws->actor(), {}, CalendarField::CloseDate, QDate(2026, 3, 1), QDate(2026, 3, 31)));
    QCOMPARE(close->size(), 2);
    QCOMPARE(close->at(0).dealId, a);
    QCOMPARE(close->at(0).date, QDate(2026, 3, 10));
    QCOMPARE(close->at(1).dealId, b);
    QVERIFY(!close->at(0).isActivity());
    COMPTOIR_TRY(begin, query.items(m_ws->actor(), {}, CalendarField::BeginDate, QDate(2026, 3, 1), QDate(2026, 3, 31)));
    QCOMPARE(begin->size(), 1);
    QCOMPARE(begin->first().date, QDate(2026, 3, 1));
    COMPTOIR_TRY(created, query.items(m_ws->actor(), {}, CalendarField::Created, QDate(2026, 3, 2), QDate(2026, 3, 2)));
    QCOMPARE(created->size(), 3); // the fixture's clock: 2 March
}

void TestCalendarQuery::activitiesSitOnTheirLocalDayAndDoneOnesAreHidden()
{
    const Id deal = createDeal(QStringLiteral("Visits"));
    plan(deal, utc(2026, 3, 3, 23, 30), ActivityType::Meeting); // Wednesday 00:30 in Paris (CET)
    const Id done = plan(deal, utc(2026, 3, 3, 9));
    COMPTOIR_VERIFY_OK((*m_ws)->activities().markDone(m_ws->actor(), done));
    CalendarQuery paris(m_ws->db(), QTimeZone("Europe/Paris"));
    COMPTOIR_TRY(items, paris.items(m_ws->actor(), {}, CalendarField::Activities, QDate(2026, 3, 1), QDate(2026, 3, 31)));
    QCOMPARE(items->size(), 1);
    QCOMPARE(items->first().date, QDate(2026, 3, 4));
    QCOMPARE(items->first().type, ActivityType::Meeting);
    QCOMPARE(items->first().durationMinutes, std::optional<int>(60));
    QCOMPARE(items->first().dealTitle, QStringLiteral("Visits"));
    CalendarQuery london(m_ws->db(), QTimeZone::utc());
    COMPTOIR_TRY(utcItems, london.items(m_ws->actor(), {}, CalendarField::Activities, QDate(2026, 3, 4), QDate(2026, 3, 4)));
    QVERIFY(utcItems->isEmpty());
}

void TestCalendarQuery::aCrowdedDayGivesItsFirstItemsAndItsCount()
{
    const Id deal = createDeal(QStringLiteral("Busy"));
    for (int h = 8; h < 15; ++h)
        plan(deal, utc(2026, 3, 5, h));
    plan(deal, utc(2026, 3, 6, 9));
    CalendarQuery query(m_ws->db(), QTimeZone::utc());
    COMPTOIR_TRY(days, query.days(m_ws->actor(), {}, CalendarField::Activities, QDate(2026, 3, 4), QDate(2026, 3, 7), 3));
    QCOMPARE(days->size(), 4);
    QCOMPARE(days->at(0).count, 0);
    QCOMPARE(days->at(1).date, QDate(2026, 3, 5));
    QCOMPARE(days->at(1).count, 7);
    QCOMPARE(days->at(1).items.size(), 3);
    QCOMPARE(days->at(1).items.first().start, utc(2026, 3, 5, 8));
    QCOMPARE(days->at(2).count, 1);
    QCOMPARE(days->at(3).count, 0);
}

// The owner's unfiltered counts come from activities_deadline less the recycle bin; they must
// agree with the joined count (forced by an always-true amount bound) and with local days.
void TestCalendarQuery::crowdedDaysLeaveOutTheBinDoneActivitiesAndOthersDeals()
{
    User seller;
    seller.login = QStringLiteral("paul");
    seller.name = QStringLiteral("Paul");
    COMPTOIR_TRY(paul, UserStore(m_ws->db()).insert(seller, startTime()));
    const Id mine = createDeal(QStringLiteral("Mine"));
    const Id binned = createDeal(QStringLiteral("Binned"));
    Deal d;
    d.title = QStringLiteral("Paul's");
    d.responsibleId = *paul;
    COMPTOIR_TRY(pauls, (*m_ws)->deals().create(m_ws->actor(), d));
    // Thursday 5 March in Paris (UTC+1): 08:00 to 14:00 UTC, and 23:30 UTC which is Friday.
    QList<Id> mineIds;
    for (int h = 7; h < 14; ++h)
        mineIds << plan(mine, utc(2026, 3, 5, h));
    plan(mine, utc(2026, 3, 5, 23, 30));
    plan(binned, utc(2026, 3, 5, 9));
    plan(binned, utc(2026, 3, 5, 10));
    plan(binned, utc(2026, 3, 6, 10));
    plan(pauls->id, utc(2026, 3, 5, 9));
    plan(pauls->id, utc(2026, 3, 5, 9));
    COMPTOIR_VERIFY_OK((*m_ws)->activities().markDone(m_ws->actor(), mineIds.takeLast()));
    COMPTOIR_VERIFY_OK((*m_ws)->deals().remove(m_ws->actor(), binned));

    CalendarQuery query(m_ws->db(), QTimeZone("Europe/Paris"));
    const QDate thu(2026, 3, 5);
    COMPTOIR_TRY(days, query.days(m_ws->actor(), {}, CalendarField::Activities, thu, thu.addDays(1), 2));
    QCOMPARE(days->at(0).count, 6 + 2); // mine (one done) and Paul's two; the binned deal's are not
    QCOMPARE(days->at(1).count, 1);     // 23:30 UTC is Friday 00:30 in Paris
    // The first two by deadline.
    QCOMPARE(days->at(0).items.size(), 2);
    QCOMPARE(days->at(0).items.at(0).activityId, mineIds.at(0));
    QCOMPARE(days->at(0).items.at(1).activityId, mineIds.at(1));

    DealFilter scanned;
    scanned.minAmountMinor = std::numeric_limits<qint64>::min();
    COMPTOIR_TRY(joined, query.days(m_ws->actor(), scanned, CalendarField::Activities, thu, thu.addDays(1), 2));
    QCOMPARE(joined->at(0).count, days->at(0).count);
    QCOMPARE(joined->at(1).count, days->at(1).count);
    COMPTOIR_TRY(his, query.days(Actor{*paul}, {}, CalendarField::Activities, thu, thu, 1));
    QCOMPARE(his->at(0).count, 2);
}

// "My activities": on a deal the owner shares with Paul, only Paul's activity shows, and a
// deal without any of his activities shows nothing.
void TestCalendarQuery::myActivitiesShowOnlyTheUsersActivities()
{
    User seller;
    seller.login = QStringLiteral("paul");
    seller.name = QStringLiteral("Paul");
    COMPTOIR_TRY(paul, UserStore(m_ws->db()).insert(seller, startTime()));
    const Id shared = createDeal(QStringLiteral("Shared"));
    const Id other = createDeal(QStringLiteral("Other"));
    plan(shared, utc(2026, 3, 5, 9));
    plan(other, utc(2026, 3, 5, 10));
    Activity his;
    his.dealId = shared;
    his.type = ActivityType::Call;
    his.subject = QStringLiteral("Paul calls");
    his.deadline = utc(2026, 3, 5, 11);
    his.responsibleId = *paul;
    COMPTOIR_TRY(planned, (*m_ws)->activities().plan(m_ws->actor(), his));
    CalendarQuery query(m_ws->db(), QTimeZone::utc());
    DealFilter mine;
    mine.activityResponsibleId = *paul;
    const QDate thu(2026, 3, 5);
    COMPTOIR_TRY(items, query.items(m_ws->actor(), mine, CalendarField::Activities, thu, thu));
    QCOMPARE(items->size(), 1);
    QCOMPARE(items->first().activityId, planned->id);
    COMPTOIR_TRY(days, query.days(m_ws->actor(), mine, CalendarField::Activities, thu, thu, 1));
    QCOMPARE(days->first().count, 1);
    COMPTOIR_TRY(all, query.days(m_ws->actor(), {}, CalendarField::Activities, thu, thu, 1));
    QCOMPARE(all->first().count, 3);
}

void TestCalendarQuery::theFilterApplies()
{
    createDeal(QStringLiteral("Roof in Lyon"), QDate(2026, 3, 10));
    createDeal(QStringLiteral("Boiler"), QDate(2026, 3, 10));
    CalendarQuery query(m_ws->db(), QTimeZone::utc());
    DealFilter filter;
    filter.search = QStringLiteral("lyon");
    COMPTOIR_TRY(days, query.days(m_ws->actor(), filter, CalendarField::CloseDate, QDate(2026, 3, 10), QDate(2026, 3, 10), 1));
    QCOMPARE(days->first().count, 1);
    QCOMPARE(days->first().items.first().dealTitle, QStringLiteral("Roof in Lyon"));
    COMPTOIR_TRY(all, query.days(m_ws->actor(), {}, CalendarField::CloseDate, QDate(2026, 3, 10), QDate(2026, 3, 10), 1));
    QCOMPARE(all->first().count, 2);
}

void TestCalendarQuery::movingAnActivityKeepsItsTimeUnlessOneIsGiven()
{
    const Id deal = createDeal(QStringLiteral("Move me"));
    const Id activity = plan(deal, utc(2026, 3, 5, 14, 30));
    CalendarQuery query(m_ws->db(), QTimeZone::utc());
    COMPTOIR_TRY(items, query.items(m_ws->actor(), {}, CalendarField::Activities, QDate(2026, 3, 5), QDate(2026, 3, 5)));
    QCOMPARE(items->size(), 1);
    COMPTOIR_VERIFY_OK(moveCalendarItem((*m_ws)->deals(), (*m_ws)->activities(), m_ws->actor(), CalendarField::Activities,
                                        items->first(), QDate(2026, 3, 12), std::nullopt, QTimeZone::utc()));
    COMPTOIR_TRY(moved, (*m_ws)->activities().get(m_ws->actor(), activity));
    QCOMPARE(moved->deadline, utc(2026, 3, 12, 14, 30));
    CalendarItem item = items->first();
    item.start = moved->deadline;
    COMPTOIR_VERIFY_OK(moveCalendarItem((*m_ws)->deals(), (*m_ws)->activities(), m_ws->actor(), CalendarField::Activities,
                                        item, QDate(2026, 3, 13), QTime(9, 0), QTimeZone::utc()));
    COMPTOIR_TRY(timed, (*m_ws)->activities().get(m_ws->actor(), activity));
    QCOMPARE(timed->deadline, utc(2026, 3, 13, 9, 0));
}

void TestCalendarQuery::movingADealChangesItsDateWithHistory()
{
    const Id deal = createDeal(QStringLiteral("Close later"), QDate(2026, 3, 10));
    CalendarQuery query(m_ws->db(), QTimeZone::utc());
    COMPTOIR_TRY(items, query.items(m_ws->actor(), {}, CalendarField::CloseDate, QDate(2026, 3, 10), QDate(2026, 3, 10)));
    const qint64 history = rowCount(m_ws->db(), QStringLiteral("history"));
    COMPTOIR_VERIFY_OK(moveCalendarItem((*m_ws)->deals(), (*m_ws)->activities(), m_ws->actor(), CalendarField::CloseDate,
                                        items->first(), QDate(2026, 3, 20)));
    COMPTOIR_TRY(stored, (*m_ws)->deals().get(m_ws->actor(), deal));
    QCOMPARE(stored->closeDate, QDate(2026, 3, 20));
    QCOMPARE(rowCount(m_ws->db(), QStringLiteral("history")), history + 1);
}

void TestCalendarQuery::theCreationDateCannotMove()
{
    createDeal(QStringLiteral("Born today"));
    CalendarQuery query(m_ws->db(), QTimeZone::utc());
    COMPTOIR_TRY(items, query.items(m_ws->actor(), {}, CalendarField::Created, QDate(2026, 3, 2), QDate(2026, 3, 2)));
    const Status moved = moveCalendarItem((*m_ws)->deals(), (*m_ws)->activities(), m_ws->actor(), CalendarField::Created,
                                          items->first(), QDate(2026, 3, 5));
    QVERIFY(!moved.ok());
    QCOMPARE(moved.error().code, Error::Code::Forbidden);
}

void TestCalendarQuery::fieldNamesRoundTrip()
{
    for (CalendarField f : {CalendarField::CloseDate, CalendarField::BeginDate, CalendarField::Created, CalendarField::Activities})
        QCOMPARE(calendarFieldFromText(calendarFieldToText(f)), std::optional<CalendarField>(f));
    QVERIFY(!calendarFieldFromText(QStringLiteral("deadline")));
}

QTEST_GUILESS_MAIN(TestCalendarQuery)
#include "tst_calendarquery.moc"
