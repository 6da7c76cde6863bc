// SPDX-License-Identifier: GPL-3.0-or-later
// The Activities board: the column of each deal over a fixed "now" (midnight, week ends, the
// last working day, a DST change in Europe/Paris), counts and totals under the filter, paging,
// and the drop rules.

#include "activityboard.h"
#include "activityservice.h"
#include "savedfilters.h"
#include "stores.h"
#include "testworkspace.h"

#include <QTest>

#include <limits>

using namespace comptoir;
using namespace comptoir::test;

Q_DECLARE_METATYPE(comptoir::ActivityColumn)

namespace {
QDateTime utc(int y, int m, int d, int h, int min = 0)
{
    return QDateTime(QDate(y, m, d), QTime(h, min), Qt::UTC);
}
} // namespace

class TestActivityBoard : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void placementFollowsTheNearestDeadline_data();
    void placementFollowsTheNearestDeadline();
    void sqlPlacementAgreesWithTheRule_data();
    void sqlPlacementAgreesWithTheRule();
    void overdueWinsAndDoneActivitiesDoNotCount();
    void columnsCountAndTotalUnderTheFilter();
    void indexedCountsAgreeWithTheScan_data();
    void indexedCountsAgreeWithTheScan();
    void myActivitiesKeepTheDealsWithTheUsersOpenActivities();
    void cardsComePageByPageWithTheirNearestActivity();
    void dropRulesGiveTheDeadline_data();
    void dropRulesGiveTheDeadline();
    void dropOnOverdueIsRefusedAndWritesNothing();
    void dropMovesTheNearestActivityOrCreatesOne();

private:
    Id createDeal(const QString &title, qint64 amount = 0, const QString &currency = QStringLiteral("EUR"));
    Id plan(Id dealId, const QDateTime &deadline, const QString &subject = QStringLiteral("Call"));
    std::unique_ptr<TestWorkspace> m_ws;
};

void TestActivityBoard::init()
{
    m_ws = std::make_unique<TestWorkspace>();
    QVERIFY2(m_ws->isOpen(), qPrintable(m_ws->error()));
}

void TestActivityBoard::cleanup()
{
    m_ws.reset();
}

Id TestActivityBoard::createDeal(const QString &title, qint64 amount, const QString &currency)
{
    Deal d;
    d.title = title;
    d.amountMinor = amount;
    d.currency = currency;
    auto deal = (*m_ws)->deals().create(m_ws->actor(), d);
    return deal ? deal->id : 0;
}

Id TestActivityBoard::plan(Id dealId, const QDateTime &deadline, const QString &subject)
{
    Activity a;
    a.dealId = dealId;
    a.type = ActivityType::Call;
    a.subject = subject;
    a.deadline = deadline;
    auto planned = (*m_ws)->activities().plan(m_ws->actor(), a);
    return planned ? planned->id : 0;
}

void TestActivityBoard::placementFollowsTheNearestDeadline_data()
{
    QTest::addColumn<QDateTime>("now");
    QTest::addColumn<QString>("zone");
    QTest::addColumn<int>("firstDay");
    QTest::addColumn<QDateTime>("deadline");
    QTest::addColumn<ActivityColumn>("column");
    const QString UTC = QStringLiteral("UTC");
    const QString Paris = QStringLiteral("Europe/Paris");
    const int Mon = Qt::Monday;
    const int Sun = Qt::Sunday;
    const QDateTime monday = utc(2026, 3, 2, 9, 30);
    QTest::newRow("a minute ago") << monday << UTC << Mon << monday.addSecs(-60) << ActivityColumn::Overdue;
    QTest::newRow("now is today") << monday << UTC << Mon << monday << ActivityColumn::Today;
    QTest::newRow("last minute of today") << monday << UTC << Mon << utc(2026, 3, 2, 23, 59) << ActivityColumn::Today;
    QTest::newRow("midnight is tomorrow") << monday << UTC << Mon << utc(2026, 3, 3, 0, 0) << ActivityColumn::ThisWeek;
    QTest::newRow("Sunday ends the week") << monday << UTC << Mon << utc(2026, 3, 8, 23, 0) << ActivityColumn::ThisWeek;
    QTest::newRow("Monday starts the next") << monday << UTC << Mon << utc(2026, 3, 9, 0, 0) << ActivityColumn::NextWeek;
    QTest::newRow("two weeks on is later") << monday << UTC << Mon << utc(2026, 3, 16, 0, 0) << ActivityColumn::Later;
    QTest::newRow("far away") << monday << UTC << Mon << utc(2027, 1, 1, 9, 0) << ActivityColumn::Later;
    const QDateTime lateEvening = utc(2026, 3, 2, 23, 30);
    QTest::newRow("across midnight, still today") << lateEvening << UTC << Mon << utc(2026, 3, 2, 23, 45) << ActivityColumn::Today;
    QTest::newRow("across midnight, tomorrow") << lateEvening << UTC << Mon << utc(2026, 3, 3, 0, 15) << ActivityColumn::ThisWeek;
    const QDateTime sunday = utc(2026, 3, 8, 10, 0);
    QTest::newRow("on Sunday, Monday is next week") << sunday << UTC << Mon << utc(2026, 3, 9, 9, 0) << ActivityColumn::NextWeek;
    QTest::newRow("Sunday-first weeks: Monday is this week") << sunday << UTC << Sun << utc(2026, 3, 9, 9, 0) << ActivityColumn::ThisWeek;
    QTest::newRow("Sunday-first weeks: next Sunday") << sunday << UTC << Sun << utc(2026, 3, 15, 9, 0) << ActivityColumn::NextWeek;
    QTest::newRow("Sunday-first weeks: Saturday") << sunday << UTC << Sun << utc(2026, 3, 14, 20, 0) << ActivityColumn::ThisWeek;
    const QDateTime friday = utc(2026, 3, 6, 15, 0); // the last working day
    QTest::newRow("Friday: Saturday is this week") << friday << UTC << Mon << utc(2026, 3, 7, 9, 0) << ActivityColumn::ThisWeek;
    // Saturday 28 March 2026, noon in Paris; clocks go forward on Sunday 29 at 02:00.
    const QDateTime beforeDst = utc(2026, 3, 28, 11, 0);
    QTest::newRow("DST: Sunday 23:30 CEST is this week") << beforeDst << Paris << Mon << utc(2026, 3, 29, 21, 30) << ActivityColumn::ThisWeek;
    QTest::newRow("DST: Monday 00:30 CEST is next week") << beforeDst << Paris << Mon << utc(2026, 3, 29, 22, 30) << ActivityColumn::NextWeek;
    QTest::newRow("DST: Saturday 23:30 CET is today") << beforeDst << Paris << Mon << utc(2026, 3, 28, 22, 30) << ActivityColumn::Today;
    QTest::newRow("DST: Sunday 00:30 CET is tomorrow") << beforeDst << Paris << Mon << utc(2026, 3, 28, 23, 30) << ActivityColumn::ThisWeek;
    // In Paris, 23:30 UTC on Monday is already Tuesday.
    QTest::newRow("Paris: a UTC evening is the next day") << utc(2026, 3, 2, 9, 0) << Paris << Mon << utc(2026, 3, 2, 23, 30) << ActivityColumn::ThisWeek;
}

void TestActivityBoard::placementFollowsTheNearestDeadline()
{
    QFETCH(QDateTime, now);
    QFETCH(QString, zone);
    QFETCH(int, firstDay);
    QFETCH(QDateTime, deadline);
    QFETCH(ActivityColumn, column);
    const ActivityBounds b = activityBounds(now, QTimeZone(zone.toLatin1()), Qt::DayOfWeek(firstDay));
    QCOMPARE(activityColumnOf(deadline, b), column);
}

void TestActivityBoard::sqlPlacementAgreesWithTheRule_data()
{
    placementFollowsTheNearestDeadline_data();
}

void TestActivityBoard::sqlPlacementAgreesWithTheRule()
{
    QFETCH(QDateTime, now);
    QFETCH(QString, zone);
    QFETCH(int, firstDay);
    QFETCH(QDateTime, deadline);
    QFETCH(ActivityColumn, column);
    const Id deal = createDeal(QStringLiteral("Placed"), 1000);
    QVERIFY(plan(deal, deadline) > 0);
    m_ws->clock().set(now);
    ActivityBoardQuery query(m_ws->db(), m_ws->clock(), QTimeZone(zone.toLatin1()), Qt::DayOfWeek(firstDay));
    COMPTOIR_TRY(columns, query.columns(m_ws->actor(), {}));
    for (const ActivityColumnSummary &c : *columns)
        QCOMPARE(c.count, c.column == column ? 1 : 0);
    COMPTOIR_TRY(page, query.cards(m_ws->actor(), {}, column, std::nullopt, 10));
    QCOMPARE(page->cards.size(), 1);
    QCOMPARE(page->cards.first().deal.id, deal);
}

void TestActivityBoard::overdueWinsAndDoneActivitiesDoNotCount()
{
    const Id deal = createDeal(QStringLiteral("Busy"));
    plan(deal, utc(2026, 3, 20, 9)); // later
    const Id overdue = plan(deal, utc(2026, 3, 1, 9));
    ActivityBoardQuery query(m_ws->db(), m_ws->clock(), QTimeZone::utc(), Qt::Monday);
    COMPTOIR_TRY(before, query.columns(m_ws->actor(), {}));
    QCOMPARE(before->at(int(ActivityColumn::Overdue)).count, 1);
    QCOMPARE(before->at(int(ActivityColumn::Later)).count, 0);
    COMPTOIR_VERIFY_OK((*m_ws)->activities().markDone(m_ws->actor(), overdue));
    COMPTOIR_TRY(after, query.columns(m_ws->actor(), {}));
    QCOMPARE(after->at(int(ActivityColumn::Overdue)).count, 0);
    QCOMPARE(after->at(int(ActivityColumn::Later)).count, 1);
}

void TestActivityBoard::columnsCountAndTotalUnderTheFilter()
{
    const Id a = createDeal(QStringLiteral("Alpha roof"), 100000);
    const Id b = createDeal(QStringLiteral("Beta roof"), 50000);
    createDeal(QStringLiteral("Gamma"), 7000, QStringLiteral("USD"));
    plan(a, utc(2026, 3, 2, 15));
    plan(b, utc(2026, 3, 2, 16));
    ActivityBoardQuery query(m_ws->db(), m_ws->clock(), QTimeZone::utc(), Qt::Monday);
    COMPTOIR_TRY(all, query.columns(m_ws->actor(), {}));
    QCOMPARE(all->at(int(ActivityColumn::Today)).count, 2);
    QCOMPARE(all->at(int(ActivityColumn::Today)).totals.value(QStringLiteral("EUR")), 150000);
    QCOMPARE(all->at(int(ActivityColumn::None)).count, 1);
    QCOMPARE(all->at(int(ActivityColumn::None)).totals.value(QStringLiteral("USD")), 7000);

    DealFilter filter;
    filter.search = QStringLiteral("alpha");
    COMPTOIR_TRY(filtered, query.columns(m_ws->actor(), filter));
    QCOMPARE(filtered->at(int(ActivityColumn::Today)).count, 1);
    QCOMPARE(filtered->at(int(ActivityColumn::Today)).totals.value(QStringLiteral("EUR")), 100000);
    QCOMPARE(filtered->at(int(ActivityColumn::None)).count, 0);
    COMPTOIR_TRY(cards, query.cards(m_ws->actor(), filter, ActivityColumn::Today, std::nullopt, 10));
    QCOMPARE(cards->cards.size(), 1);
    QCOMPARE(cards->cards.first().deal.id, a);

    // Another user sees only the deals they are responsible for.
    User seller;
    seller.login = QStringLiteral("paul");
    seller.name = QStringLiteral("Paul");
    COMPTOIR_TRY(paul, UserStore(m_ws->db()).insert(seller, startTime()));
    COMPTOIR_TRY(theirs, query.columns(Actor{*paul}, {}));
    for (const ActivityColumnSummary &c : *theirs)
        QCOMPARE(c.count, 0);
}

void TestActivityBoard::indexedCountsAgreeWithTheScan_data()
{
    QTest::addColumn<QString>("criteria");
    QTest::addColumn<bool>("asSeller");
    for (const char *c : {"none", "in progress", "won", "pipeline", "stage", "responsible"}) {
        QTest::newRow(c) << QString::fromLatin1(c) << false;
        QTest::newRow((QByteArray(c) + " as seller").constData()) << QString::fromLatin1(c) << true;
    }
}

// The columns counted inside deals_activity_columns (pipeline, stage, group and responsible
// criteria) give what the one-pass scan gives; an always-true amount bound forces the scan.
// The deal in the recycle bin and, for the seller, the owner's deals count nowhere.
void TestActivityBoard::indexedCountsAgreeWithTheScan()
{
    QFETCH(QString, criteria);
    QFETCH(bool, asSeller);
    User seller;
    seller.login = QStringLiteral("paul");
    seller.name = QStringLiteral("Paul");
    COMPTOIR_TRY(paul, UserStore(m_ws->db()).insert(seller, startTime()));
    const QDateTime deadlines[] = {utc(2026, 3, 1, 9), utc(2026, 3, 2, 15), utc(2026, 3, 4, 9), utc(2026, 3, 10, 9),
                                   utc(2026, 4, 1, 9), QDateTime()};
    const char *const currencies[] = {"EUR", "USD", "GBP"};
    QList<Id> deals;
    for (int i = 0; i < 36; ++i) {
        Deal d;
        d.title = QStringLiteral("Deal %1").arg(i);
        d.amountMinor = 1000 * (i + 1);
        d.currency = QString::fromLatin1(currencies[(i / 6) % 3]);
        d.responsibleId = i % 4 == 0 ? *paul : m_ws->actor().userId;
        COMPTOIR_TRY(deal, (*m_ws)->deals().create(m_ws->actor(), d));
        if (deadlines[i % 6].isValid())
            plan(deal->id, deadlines[i % 6]);
        deals << deal->id;
    }
    COMPTOIR_VERIFY_OK((*m_ws)->deals().close(m_ws->actor(), deals.at(7), Outcome::Won));
    COMPTOIR_VERIFY_OK((*m_ws)->deals().close(m_ws->actor(), deals.at(16), Outcome::Won));
    COMPTOIR_VERIFY_OK((*m_ws)->deals().remove(m_ws->actor(), deals.at(8)));
    COMPTOIR_TRY(deal3, (*m_ws)->deals().get(m_ws->actor(), deals.at(3)));

    DealFilter filter;
    if (criteria == QLatin1String("in progress"))
        filter.group = DealFilter::Group::Open;
    else if (criteria == QLatin1String("won"))
        filter.group = DealFilter::Group::Won;
    else if (criteria == QLatin1String("pipeline"))
        filter.pipelineId = deal3->pipelineId;
    else if (criteria == QLatin1String("stage"))
        filter.stageId = deal3->stageId;
    else if (criteria == QLatin1String("responsible"))
        filter.responsibleId = *paul;
    DealFilter scanned = filter;
    scanned.minAmountMinor = std::numeric_limits<qint64>::min();
    const Actor actor = asSeller ? Actor{*paul} : m_ws->actor();

    ActivityBoardQuery query(m_ws->db(), m_ws->clock(), QTimeZone::utc(), Qt::Monday);
    COMPTOIR_TRY(indexed, query.columns(actor, filter));
    COMPTOIR_TRY(scan, query.columns(actor, scanned));
    qint64 total = 0;
    for (int c = 0; c < ActivityColumnCount; ++c) {
        QCOMPARE(indexed->at(c).column, ActivityColumn(c));
        QCOMPARE(indexed->at(c).count, scan->at(c).count);
        QCOMPARE(indexed->at(c).totals, scan->at(c).totals);
        COMPTOIR_TRY(one, query.column(actor, filter, ActivityColumn(c)));
        QCOMPARE(one->count, indexed->at(c).count);
        QCOMPARE(one->totals, indexed->at(c).totals);
        total += indexed->at(c).count;
    }
    if (criteria == QLatin1String("none")) {
        // 36 deals less the binned one; the seller is responsible for 9, one of them binned.
        QCOMPARE(total, asSeller ? 8 : 35);
        // Overdue holds deals 0, 6, 12, ...; in euros deal 0 (Paul's) and deal 18.
        QCOMPARE(indexed->at(int(ActivityColumn::Overdue)).totals.value(QStringLiteral("EUR")),
                 asSeller ? 1000 : 1000 + 19000);
    }
}

// The "My activities" preset: the deals where the user has an open activity, whoever is
// responsible for the deal; a done activity of his does not count.
void TestActivityBoard::myActivitiesKeepTheDealsWithTheUsersOpenActivities()
{
    User seller;
    seller.login = QStringLiteral("paul");
    seller.name = QStringLiteral("Paul");
    COMPTOIR_TRY(paul, UserStore(m_ws->db()).insert(seller, startTime()));
    const Id withHis = createDeal(QStringLiteral("With his call"));
    const Id withHisDone = createDeal(QStringLiteral("With his done call"));
    const Id without = createDeal(QStringLiteral("Owner's only"));
    plan(without, utc(2026, 3, 4, 9));
    for (const Id deal : {withHis, withHisDone}) {
        Activity a;
        a.dealId = deal;
        a.type = ActivityType::Call;
        a.subject = QStringLiteral("Paul calls");
        a.deadline = utc(2026, 3, 4, 10);
        a.responsibleId = *paul;
        COMPTOIR_TRY(planned, (*m_ws)->activities().plan(m_ws->actor(), a));
        if (deal == withHisDone)
            COMPTOIR_VERIFY_OK((*m_ws)->activities().markDone(m_ws->actor(), planned->id));
    }
    const DealFilter mine = predefinedFilter(PredefinedFilter::MyActivities, Actor{*paul}, m_ws->clock().now());
    QCOMPARE(mine.activityResponsibleId, std::optional<Id>(*paul));
    ActivityBoardQuery query(m_ws->db(), m_ws->clock(), QTimeZone::utc(), Qt::Monday);
    COMPTOIR_TRY(columns, query.columns(m_ws->actor(), mine));
    qint64 total = 0;
    for (const ActivityColumnSummary &c : *columns)
        total += c.count;
    QCOMPARE(total, 1);
    QCOMPARE(columns->at(int(ActivityColumn::ThisWeek)).count, 1);
    COMPTOIR_TRY(page, query.cards(m_ws->actor(), mine, ActivityColumn::ThisWeek, std::nullopt, 10));
    QCOMPARE(page->cards.size(), 1);
    QCOMPARE(page->cards.first().deal.id, withHis);
}

void TestActivityBoard::cardsComePageByPageWithTheirNearestActivity()
{
    QList<Id> expected;
    for (int i = 0; i < 7; ++i) {
        const Id deal = createDeal(QStringLiteral("Deal %1").arg(i));
        // Two deals share each deadline, so that the tie-break is exercised.
        plan(deal, utc(2026, 3, 10, 9 + i / 2), QStringLiteral("First %1").arg(i));
        plan(deal, utc(2026, 3, 12, 9), QStringLiteral("Second %1").arg(i));
        expected.append(deal);
    }
    ActivityBoardQuery query(m_ws->db(), m_ws->clock(), QTimeZone::utc(), Qt::Monday);
    QList<Id> seen;
    std::optional<ActivityCursor> after;
    int pages = 0;
    do {
        COMPTOIR_TRY(page, query.cards(m_ws->actor(), {}, ActivityColumn::NextWeek, after, 3));
        for (const ActivityCard &card : page->cards) {
            seen.append(card.deal.id);
            QVERIFY(card.activity.has_value());
            QVERIFY(card.activity->subject.startsWith(QStringLiteral("First")));
        }
        after = page->next;
        QVERIFY(++pages < 10);
    } while (after);
    // By deadline, then by deal id on the same deadline (the index order): pages of 3 split
    // pairs sharing a deadline, and none is lost or repeated at the seam.
    QCOMPARE(seen, expected);
}

void TestActivityBoard::dropRulesGiveTheDeadline_data()
{
    QTest::addColumn<QDateTime>("now");
    QTest::addColumn<ActivityColumn>("target");
    QTest::addColumn<QDateTime>("current");
    QTest::addColumn<QDateTime>("expected");
    const QDateTime monday = utc(2026, 3, 2, 9, 30);
    const QDateTime at14 = utc(2026, 2, 20, 14, 0); // an old deadline at 14:00
    QTest::newRow("today: next full hour") << monday << ActivityColumn::Today << at14 << utc(2026, 3, 2, 10);
    QTest::newRow("today, late evening: last minute") << utc(2026, 3, 2, 23, 10) << ActivityColumn::Today << at14 << utc(2026, 3, 2, 23, 59);
    QTest::newRow("this week: tomorrow, same time") << monday << ActivityColumn::ThisWeek << at14 << utc(2026, 3, 3, 14);
    QTest::newRow("this week, new activity: next full hour") << monday << ActivityColumn::ThisWeek << QDateTime() << utc(2026, 3, 3, 10);
    QTest::newRow("this week on Friday: today") << utc(2026, 3, 6, 15, 10) << ActivityColumn::ThisWeek << at14 << utc(2026, 3, 6, 16);
    QTest::newRow("this week on Saturday: today") << utc(2026, 3, 7, 11, 0) << ActivityColumn::ThisWeek << at14 << utc(2026, 3, 7, 12);
    QTest::newRow("this week before a Friday holiday: Thursday is the last") << utc(2026, 12, 24, 9, 0) << ActivityColumn::ThisWeek << at14 << utc(2026, 12, 24, 10);
    QTest::newRow("next week: +7 days") << monday << ActivityColumn::NextWeek << at14 << utc(2026, 3, 9, 14);
    QTest::newRow("later: +14 days") << monday << ActivityColumn::Later << at14 << utc(2026, 3, 16, 14);
}

void TestActivityBoard::dropRulesGiveTheDeadline()
{
    QFETCH(QDateTime, now);
    QFETCH(ActivityColumn, target);
    QFETCH(QDateTime, current);
    QFETCH(QDateTime, expected);
    FixedClock clock(now);
    ActivityBoardRules rules(clock, WorkCalendar(), QTimeZone::utc(), Qt::Monday);
    COMPTOIR_TRY(deadline, rules.deadlineFor(target, current));
    QCOMPARE(*deadline, expected);
    // Where the rule puts it is the column it was dropped on (or Today on the last day).
    const ActivityColumn landed = activityColumnOf(*deadline, activityBounds(now, QTimeZone::utc(), Qt::Monday));
    QVERIFY(landed == target || (target == ActivityColumn::ThisWeek && landed == ActivityColumn::Today));
}

void TestActivityBoard::dropOnOverdueIsRefusedAndWritesNothing()
{
    const Id deal = createDeal(QStringLiteral("Refused"));
    const Id activity = plan(deal, utc(2026, 3, 4, 9));
    const qint64 history = rowCount(m_ws->db(), QStringLiteral("history"));
    ActivityBoardRules rules(m_ws->clock(), WorkCalendar(), QTimeZone::utc(), Qt::Monday);
    for (ActivityColumn target : {ActivityColumn::Overdue, ActivityColumn::None}) {
        auto dropped = dropDealOnColumn((*m_ws)->activities(), rules, m_ws->actor(), deal, target);
        QVERIFY(!dropped.ok());
        QCOMPARE(dropped.error().code, Error::Code::Forbidden);
    }
    QCOMPARE(rowCount(m_ws->db(), QStringLiteral("history")), history);
    COMPTOIR_TRY(stored, (*m_ws)->activities().get(m_ws->actor(), activity));
    QCOMPARE(stored->deadline, utc(2026, 3, 4, 9));
}

void TestActivityBoard::dropMovesTheNearestActivityOrCreatesOne()
{
    const Id busy = createDeal(QStringLiteral("Busy"));
    const Id nearest = plan(busy, utc(2026, 3, 3, 11));
    const Id other = plan(busy, utc(2026, 3, 5, 11));
    const Id idle = createDeal(QStringLiteral("Idle"));
    ActivityBoardRules rules(m_ws->clock(), WorkCalendar(), QTimeZone::utc(), Qt::Monday);

    COMPTOIR_TRY(moved, dropDealOnColumn((*m_ws)->activities(), rules, m_ws->actor(), busy, ActivityColumn::NextWeek));
    QVERIFY(!moved->created);
    QCOMPARE(moved->activity.id, nearest);
    QCOMPARE(moved->oldDeadline, utc(2026, 3, 3, 11));
    QCOMPARE(moved->activity.deadline, utc(2026, 3, 9, 11));
    COMPTOIR_TRY(untouched, (*m_ws)->activities().get(m_ws->actor(), other));
    QCOMPARE(untouched->deadline, utc(2026, 3, 5, 11));

    COMPTOIR_TRY(created, dropDealOnColumn((*m_ws)->activities(), rules, m_ws->actor(), idle, ActivityColumn::Today,
                                           ActivityType::Email, QStringLiteral("Send the quote")));
    QVERIFY(created->created);
    QCOMPARE(created->activity.dealId, idle);
    QCOMPARE(created->activity.type, ActivityType::Email);
    QCOMPARE(created->activity.deadline, utc(2026, 3, 2, 10));
    ActivityBoardQuery query(m_ws->db(), m_ws->clock(), QTimeZone::utc(), Qt::Monday);
    COMPTOIR_TRY(columns, query.columns(m_ws->actor(), {}));
    QCOMPARE(columns->at(int(ActivityColumn::Today)).count, 1);
    QCOMPARE(columns->at(int(ActivityColumn::ThisWeek)).count, 1); // Busy's other call, Thursday
    QCOMPARE(columns->at(int(ActivityColumn::None)).count, 0);

    // A deal without activity and no subject: refused by the service, nothing written.
    const Id empty = createDeal(QStringLiteral("Empty"));
    QVERIFY(!dropDealOnColumn((*m_ws)->activities(), rules, m_ws->actor(), empty, ActivityColumn::Today).ok());
}

QTEST_GUILESS_MAIN(TestActivityBoard)
#include "tst_activityboard.moc"
