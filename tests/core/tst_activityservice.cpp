// SPDX-License-Identifier: GPL-3.0-or-later
// ActivityService: each change with its history row in one transaction, nothing on failure,
// deals.next_activity_at following the nearest open activity, signals after the commit.

#include "activityservice.h"
#include "stores.h"
#include "testworkspace.h"

#include <QSignalSpy>
#include <QTest>

using namespace comptoir;
using namespace comptoir::test;

class TestActivityService : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void planWritesTheActivityAndAReadableHistoryRow();
    void planDefaultsToThreeWorkingDaysAtTheNextFullHour();
    void planRefusesBadDraftsAndWritesNothing_data();
    void planRefusesBadDraftsAndWritesNothing();
    void aFailingHistoryWriteRollsTheActivityBack();
    void nextActivityFollowsPlanRescheduleDoneReopenAndRemove();
    void nearestOpenIsTheEarliestNotDone();
    void updateRecordsWhatChangedAndKeepsDurationForMeetingsOnly();
    void markDoneProposesTheNextActivity();
    void markDoneTwiceIsRefused();
    void signalsFireAfterTheOuterCommitOnly();
    void anotherUserCannotTouchActivitiesOfDealsTheyDoNotSee();

private:
    ActivityService &activities() { return (*m_ws)->activities(); }
    Actor actor() const { return m_ws->actor(); }
    Id createDeal(const QString &title);
    Activity draft(Id dealId, const QString &subject, const QDateTime &deadline = {});
    QString nextActivityAt(Id dealId);
    qint64 rows(const char *table) { return rowCount(m_ws->db(), QString::fromLatin1(table)); }
    std::unique_ptr<TestWorkspace> m_ws;
    Id m_deal = 0;
};

void TestActivityService::init()
{
    m_ws = std::make_unique<TestWorkspace>();
    QVERIFY2(m_ws->isOpen(), qPrintable(m_ws->error()));
    activities().setTimeZone(QTimeZone::utc());
    m_deal = createDeal(QStringLiteral("Website redesign"));
    QVERIFY(m_deal > 0);
}

void TestActivityService::cleanup()
{
    m_ws.reset();
}

Id TestActivityService::createDeal(const QString &title)
{
    Deal d;
    d.title = title;
    auto deal = (*m_ws)->deals().create(actor(), d);
    return deal ? deal->id : 0;
}

Activity TestActivityService::draft(Id dealId, const QString &subject, const QDateTime &deadline)
{
    Activity a;
    a.dealId = dealId;
    a.type = ActivityType::Call;
    a.subject = subject;
    a.deadline = deadline;
    return a;
}

QString TestActivityService::nextActivityAt(Id dealId)
{
    auto v = m_ws->db().scalar(QStringLiteral("SELECT next_activity_at FROM deals WHERE id = ?"), {dealId});
    return v ? v->toString() : QStringLiteral("error");
}

void TestActivityService::planWritesTheActivityAndAReadableHistoryRow()
{
    const QDateTime due(QDate(2026, 3, 4), QTime(14, 0), Qt::UTC);
    const qint64 history = rows("history");
    COMPTOIR_TRY(planned, activities().plan(actor(), draft(m_deal, QStringLiteral("Call Marie"), due)));
    QVERIFY(planned->id > 0);
    QCOMPARE(planned->deadline, due);
    QCOMPARE(planned->responsibleId, actor().userId);
    QCOMPARE(planned->createdAt, startTime());
    QVERIFY(!planned->done);
    QCOMPARE(rows("history"), history + 1);
    COMPTOIR_TRY(events, (*m_ws)->deals().history(actor(), m_deal));
    const HistoryEvent &e = events->last();
    QCOMPARE(e.type, history::ActivityCreated);
    QVERIFY2(e.description.contains(QStringLiteral("Call Marie")), qPrintable(e.description));
    QVERIFY2(e.description.startsWith(QStringLiteral("Call planned")), qPrintable(e.description));
}

void TestActivityService::planDefaultsToThreeWorkingDaysAtTheNextFullHour()
{
    // The fixture's now is Monday 2 March 2026 09:30 UTC.
    COMPTOIR_TRY(planned, activities().plan(actor(), draft(m_deal, QStringLiteral("Follow up"))));
    QCOMPARE(planned->deadline, QDateTime(QDate(2026, 3, 5), QTime(10, 0), Qt::UTC));
}

void TestActivityService::planRefusesBadDraftsAndWritesNothing_data()
{
    QTest::addColumn<QString>("subject");
    QTest::addColumn<qint64>("dealShift");
    QTest::addColumn<qint64>("responsible");
    QTest::addColumn<int>("duration");
    QTest::addColumn<QString>("field");
    QTest::newRow("empty subject") << QStringLiteral("  ") << qint64(0) << qint64(0) << 0 << QStringLiteral("subject");
    QTest::newRow("unknown deal") << QStringLiteral("Call") << qint64(999) << qint64(0) << 0 << QString();
    QTest::newRow("unknown responsible") << QStringLiteral("Call") << qint64(0) << qint64(4242) << 0
                                         << QStringLiteral("responsible");
    QTest::newRow("negative duration") << QStringLiteral("Meet") << qint64(0) << qint64(0) << -5
                                       << QStringLiteral("duration");
}

void TestActivityService::planRefusesBadDraftsAndWritesNothing()
{
    QFETCH(QString, subject);
    QFETCH(qint64, dealShift);
    QFETCH(qint64, responsible);
    QFETCH(int, duration);
    QFETCH(QString, field);
    const qint64 history = rows("history");
    Activity a = draft(m_deal + dealShift, subject, QDateTime(QDate(2026, 3, 4), QTime(9, 0), Qt::UTC));
    a.responsibleId = responsible;
    if (duration != 0) {
        a.type = ActivityType::Meeting;
        a.durationMinutes = duration;
    }
    auto planned = activities().plan(actor(), a);
    QVERIFY(!planned.ok());
    QVERIFY(!planned.error().message.isEmpty());
    QCOMPARE(planned.error().field, field);
    QCOMPARE(rows("activities"), 0);
    QCOMPARE(rows("history"), history);
    QVERIFY(nextActivityAt(m_deal).isEmpty());
}

void TestActivityService::aFailingHistoryWriteRollsTheActivityBack()
{
    COMPTOIR_TRY(first, activities().plan(actor(), draft(m_deal, QStringLiteral("First"),
                                                         QDateTime(QDate(2026, 3, 9), QTime(9, 0), Qt::UTC))));
    const QString next = nextActivityAt(m_deal);
    const qint64 history = rows("history");
    COMPTOIR_VERIFY_OK(m_ws->db().exec(QStringLiteral("CREATE TEMP TRIGGER no_history BEFORE INSERT ON main.history "
                                                      "BEGIN SELECT RAISE(ABORT, 'history is full'); END")));
    QSignalSpy created(&activities(), &ActivityService::activityCreated);
    QSignalSpy changed(&activities(), &ActivityService::activityChanged);
    auto planned = activities().plan(actor(), draft(m_deal, QStringLiteral("Second"),
                                                    QDateTime(QDate(2026, 3, 3), QTime(9, 0), Qt::UTC)));
    QVERIFY(!planned.ok());
    auto moved = activities().reschedule(actor(), first->id, QDateTime(QDate(2026, 3, 3), QTime(8, 0), Qt::UTC));
    QVERIFY(!moved.ok());
    QVERIFY(!activities().markDone(actor(), first->id).ok());
    QVERIFY(!activities().remove(actor(), first->id).ok());
    QCOMPARE(rows("activities"), 1);
    QCOMPARE(rows("history"), history);
    QCOMPARE(nextActivityAt(m_deal), next);
    COMPTOIR_TRY(stored, activities().get(actor(), first->id));
    QCOMPARE(stored->deadline, first->deadline);
    QVERIFY(!stored->done);
    QCOMPARE(created.count(), 0);
    QCOMPARE(changed.count(), 0);
}

void TestActivityService::nextActivityFollowsPlanRescheduleDoneReopenAndRemove()
{
    const auto at = [](int day, int hour) { return QDateTime(QDate(2026, 3, day), QTime(hour, 0), Qt::UTC); };
    COMPTOIR_TRY(late, activities().plan(actor(), draft(m_deal, QStringLiteral("Late"), at(10, 9))));
    QCOMPARE(nextActivityAt(m_deal), toStoredInstant(at(10, 9)));
    COMPTOIR_TRY(soon, activities().plan(actor(), draft(m_deal, QStringLiteral("Soon"), at(4, 15))));
    QCOMPARE(nextActivityAt(m_deal), toStoredInstant(at(4, 15)));
    COMPTOIR_VERIFY_OK(activities().reschedule(actor(), soon->id, at(12, 8)));
    QCOMPARE(nextActivityAt(m_deal), toStoredInstant(at(10, 9)));
    COMPTOIR_VERIFY_OK(activities().markDone(actor(), late->id));
    QCOMPARE(nextActivityAt(m_deal), toStoredInstant(at(12, 8)));
    COMPTOIR_VERIFY_OK(activities().reopen(actor(), late->id));
    QCOMPARE(nextActivityAt(m_deal), toStoredInstant(at(10, 9)));
    COMPTOIR_VERIFY_OK(activities().remove(actor(), late->id));
    QCOMPARE(nextActivityAt(m_deal), toStoredInstant(at(12, 8)));
    COMPTOIR_VERIFY_OK(activities().markDone(actor(), soon->id));
    QVERIFY(nextActivityAt(m_deal).isEmpty());

    COMPTOIR_TRY(events, (*m_ws)->deals().history(actor(), m_deal));
    QStringList types;
    for (const HistoryEvent &e : *events)
        types.append(e.type);
    QCOMPARE(types, (QStringList{history::Created, history::ActivityCreated, history::ActivityCreated,
                                 history::ActivityRescheduled, history::ActivityDone, history::ActivityReopened,
                                 history::ActivityRemoved, history::ActivityDone}));
}

void TestActivityService::nearestOpenIsTheEarliestNotDone()
{
    COMPTOIR_TRY(none, activities().nearestOpen(actor(), m_deal));
    QVERIFY(!none->has_value());
    COMPTOIR_TRY(a, activities().plan(actor(), draft(m_deal, QStringLiteral("A"),
                                                     QDateTime(QDate(2026, 3, 3), QTime(9, 0), Qt::UTC))));
    COMPTOIR_TRY(b, activities().plan(actor(), draft(m_deal, QStringLiteral("B"),
                                                     QDateTime(QDate(2026, 3, 5), QTime(9, 0), Qt::UTC))));
    COMPTOIR_TRY(first, activities().nearestOpen(actor(), m_deal));
    QCOMPARE((*first)->id, a->id);
    COMPTOIR_VERIFY_OK(activities().markDone(actor(), a->id));
    COMPTOIR_TRY(second, activities().nearestOpen(actor(), m_deal));
    QCOMPARE((*second)->id, b->id);
}

void TestActivityService::updateRecordsWhatChangedAndKeepsDurationForMeetingsOnly()
{
    Activity d = draft(m_deal, QStringLiteral("Visit"), QDateTime(QDate(2026, 3, 4), QTime(9, 0), Qt::UTC));
    d.durationMinutes = 90; // not a meeting: dropped
    COMPTOIR_TRY(planned, activities().plan(actor(), d));
    QVERIFY(!planned->durationMinutes);
    Activity changed = *planned;
    changed.type = ActivityType::Meeting;
    changed.subject = QStringLiteral("Visit the plant");
    changed.durationMinutes = 90;
    const qint64 history = rows("history");
    COMPTOIR_TRY(updated, activities().update(actor(), changed));
    QCOMPARE(updated->type, ActivityType::Meeting);
    QCOMPARE(updated->durationMinutes, std::optional<int>(90));
    QCOMPARE(rows("history"), history + 1);
    COMPTOIR_TRY(events, (*m_ws)->deals().history(actor(), m_deal));
    QCOMPARE(events->last().type, history::ActivityChanged);
    QVERIFY2(events->last().description.contains(QStringLiteral("Visit the plant")), qPrintable(events->last().description));
    // The same values again change nothing and write nothing.
    COMPTOIR_VERIFY_OK(activities().update(actor(), *updated));
    QCOMPARE(rows("history"), history + 1);
}

void TestActivityService::markDoneProposesTheNextActivity()
{
    Activity d = draft(m_deal, QStringLiteral("Demo"), QDateTime(QDate(2026, 3, 2), QTime(8, 0), Qt::UTC));
    d.type = ActivityType::Meeting;
    d.durationMinutes = 45;
    COMPTOIR_TRY(planned, activities().plan(actor(), d));
    m_ws->clock().set(QDateTime(QDate(2026, 3, 6), QTime(16, 20), Qt::UTC)); // a Friday
    COMPTOIR_TRY(done, activities().markDone(actor(), planned->id));
    QVERIFY(done->done.done);
    QCOMPARE(done->done.doneAt, QDateTime(QDate(2026, 3, 6), QTime(16, 20), Qt::UTC));
    QCOMPARE(done->proposal.id, Id(0));
    QCOMPARE(done->proposal.dealId, m_deal);
    QCOMPARE(done->proposal.type, ActivityType::Meeting);
    QCOMPARE(done->proposal.deadline, QDateTime(QDate(2026, 3, 11), QTime(17, 0), Qt::UTC));
    QCOMPARE(rows("activities"), 1); // the proposal is not stored
}

void TestActivityService::markDoneTwiceIsRefused()
{
    COMPTOIR_TRY(planned, activities().plan(actor(), draft(m_deal, QStringLiteral("Once"))));
    COMPTOIR_VERIFY_OK(activities().markDone(actor(), planned->id));
    const qint64 history = rows("history");
    QVERIFY(!activities().markDone(actor(), planned->id).ok());
    QCOMPARE(rows("history"), history);
}

void TestActivityService::signalsFireAfterTheOuterCommitOnly()
{
    QSignalSpy created(&activities(), &ActivityService::activityCreated);
    COMPTOIR_VERIFY_OK(m_ws->db().begin());
    COMPTOIR_TRY(planned, activities().plan(actor(), draft(m_deal, QStringLiteral("Inside"))));
    QCOMPARE(created.count(), 0);
    COMPTOIR_VERIFY_OK(m_ws->db().commit());
    QCOMPARE(created.count(), 1);
    QCOMPARE(created.first().at(0).value<Id>(), planned->id);
    QCOMPARE(created.first().at(1).value<Id>(), m_deal);

    COMPTOIR_VERIFY_OK(m_ws->db().begin());
    COMPTOIR_VERIFY_OK(activities().plan(actor(), draft(m_deal, QStringLiteral("Rolled back"))));
    m_ws->db().rollback();
    QCOMPARE(created.count(), 1);
    QCOMPARE(rows("activities"), 1);
}

void TestActivityService::anotherUserCannotTouchActivitiesOfDealsTheyDoNotSee()
{
    COMPTOIR_TRY(planned, activities().plan(actor(), draft(m_deal, QStringLiteral("Owner's call"))));
    User seller;
    seller.login = QStringLiteral("paul");
    seller.name = QStringLiteral("Paul");
    COMPTOIR_TRY(sellerId, UserStore(m_ws->db()).insert(seller, startTime()));
    const Actor paul{*sellerId};
    QCOMPARE(activities().get(paul, planned->id).error().code, Error::Code::NotFound);
    QVERIFY(!activities().reschedule(paul, planned->id, startTime().addDays(1)).ok());
    QVERIFY(!activities().plan(paul, draft(m_deal, QStringLiteral("Sneaky"))).ok());
    QCOMPARE(rows("activities"), 1);
}

QTEST_GUILESS_MAIN(TestActivityService)
#include "tst_activityservice.moc"
