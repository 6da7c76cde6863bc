// SPDX-License-Identifier: GPL-3.0-or-later
// Activity reminders (F6) over a fixed clock: due exactly at the deadline minus the offset and
// not a second before, never for a done activity, never again once dismissed, back after a
// snooze ends; stored with the activity, changed with a history row, parsed from the CLI forms.

#include "activityservice.h"
#include "stores.h"
#include "testworkspace.h"

#include <QSignalSpy>
#include <QTest>

using namespace comptoir;
using namespace comptoir::test;

Q_DECLARE_METATYPE(std::optional<int>)

namespace {
// Tuesday 3 March 2026, 14:00 UTC: one day after the fixture's start.
QDateTime deadline()
{
    return QDateTime(QDate(2026, 3, 3), QTime(14, 0), Qt::UTC);
}
} // namespace

class TestReminders : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestWorkspace> m_ws;
    Id m_deal = 0;

    ActivityService &activities() { return (*m_ws)->activities(); }
    Actor actor() const { return m_ws->actor(); }

    Activity plan(std::optional<int> reminder, const QString &subject = QStringLiteral("Call Mrs Dupont"))
    {
        Activity draft;
        draft.dealId = m_deal;
        draft.type = ActivityType::Call;
        draft.subject = subject;
        draft.deadline = deadline();
        draft.reminderMinutes = reminder;
        auto planned = activities().plan(actor(), draft);
        return planned ? *planned : Activity{};
    }
    QList<Id> dueIds()
    {
        QList<Id> ids;
        const auto due = activities().dueReminders(actor());
        if (due) {
            for (const DueReminder &r : *due)
                ids << r.activity.id;
        }
        return ids;
    }

private Q_SLOTS:
    void init()
    {
        m_ws = std::make_unique<TestWorkspace>();
        QVERIFY2(m_ws->isOpen(), qPrintable(m_ws->error()));
        activities().setTimeZone(QTimeZone::utc());
        Deal draft;
        draft.title = QStringLiteral("Comptoir en chêne");
        m_deal = (*m_ws)->deals().create(actor(), draft).value().id;
    }
    void cleanup() { m_ws.reset(); }

    void aReminderIsDueAtTheDeadlineMinusItsOffset_data()
    {
        QTest::addColumn<std::optional<int>>("reminder");
        QTest::addColumn<qint64>("secsBeforeDeadline");
        QTest::addColumn<bool>("due");
        const auto add = [](const char *name, std::optional<int> reminder, qint64 before, bool due) {
            QTest::newRow(name) << reminder << before << due;
        };
        add("no reminder, at the deadline", std::nullopt, 0, false);
        add("no reminder, a day later", std::nullopt, -86400, false);
        add("at the deadline, one second early", 0, 1, false);
        add("at the deadline, exactly", 0, 0, true);
        add("5 min, one second early", 5, 5 * 60 + 1, false);
        add("5 min, exactly", 5, 5 * 60, true);
        add("15 min, exactly", 15, 15 * 60, true);
        add("30 min, one second early", 30, 30 * 60 + 1, false);
        add("1 hour, exactly", 60, 3600, true);
        add("1 hour, after the deadline", 60, -600, true);
        add("1 day, one second early", 1440, 86400 + 1, false);
        add("1 day, exactly", 1440, 86400, true);
    }
    void aReminderIsDueAtTheDeadlineMinusItsOffset()
    {
        QFETCH(std::optional<int>, reminder);
        QFETCH(qint64, secsBeforeDeadline);
        QFETCH(bool, due);
        const Activity activity = plan(reminder);
        QVERIFY(activity.id);
        QCOMPARE(activity.reminderMinutes, reminder);
        m_ws->clock().set(deadline().addSecs(-secsBeforeDeadline));
        QCOMPARE(dueIds(), due ? QList<Id>{activity.id} : QList<Id>{});
    }

    void aDoneActivityIsNeverDue()
    {
        const Activity activity = plan(15);
        COMPTOIR_VERIFY_OK(activities().markDone(actor(), activity.id));
        m_ws->clock().set(deadline());
        QVERIFY(dueIds().isEmpty());
    }

    void aDismissedReminderIsNeverDueAgain()
    {
        const Activity activity = plan(15);
        m_ws->clock().set(deadline().addSecs(-15 * 60));
        QCOMPARE(dueIds(), QList<Id>{activity.id});
        QSignalSpy changed(&activities(), &ActivityService::reminderChanged);
        COMPTOIR_VERIFY_OK(activities().dismissReminder(actor(), activity.id));
        QCOMPARE(changed.size(), 1);
        for (qint64 later : {0, 600, 86400 * 30}) {
            m_ws->clock().set(deadline().addSecs(later));
            QVERIFY(dueIds().isEmpty());
        }
        QVERIFY(activities().get(actor(), activity.id)->reminderDismissed);
    }

    void aSnoozedReminderIsDueAgainWhenTheSnoozeEnds()
    {
        const Activity activity = plan(60);
        m_ws->clock().set(deadline().addSecs(-3600));
        QCOMPARE(dueIds(), QList<Id>{activity.id});
        COMPTOIR_VERIFY_OK(activities().snoozeReminder(actor(), activity.id, 10));
        QVERIFY(dueIds().isEmpty());
        m_ws->clock().advanceSecs(10 * 60 - 1);
        QVERIFY(dueIds().isEmpty());
        m_ws->clock().advanceSecs(1);
        QCOMPARE(dueIds(), QList<Id>{activity.id});
    }

    void aNewDeadlineMakesADismissedReminderDueAgain()
    {
        const Activity activity = plan(0);
        m_ws->clock().set(deadline());
        COMPTOIR_VERIFY_OK(activities().dismissReminder(actor(), activity.id));
        COMPTOIR_VERIFY_OK(activities().reschedule(actor(), activity.id, deadline().addSecs(3600)));
        QVERIFY(dueIds().isEmpty());
        m_ws->clock().set(deadline().addSecs(3600));
        QCOMPARE(dueIds(), QList<Id>{activity.id});
    }

    void dueRemindersAreTheActorsOwnOnLiveDeals()
    {
        const Activity mine = plan(0, QStringLiteral("Mine"));
        User other;
        other.login = QStringLiteral("claire");
        other.name = QStringLiteral("Claire Martin");
        const Id claire = UserStore(m_ws->db()).insert(other, m_ws->clock().now()).value();
        Activity hers = plan(0, QStringLiteral("Hers"));
        hers.responsibleId = claire;
        COMPTOIR_VERIFY_OK(activities().update(actor(), hers));
        m_ws->clock().set(deadline());
        QCOMPARE(dueIds(), QList<Id>{mine.id});
        const auto due = activities().dueReminders(actor());
        QCOMPARE(due->first().dealTitle, QStringLiteral("Comptoir en chêne"));
        COMPTOIR_VERIFY_OK((*m_ws)->deals().remove(actor(), m_deal));
        QVERIFY(dueIds().isEmpty());
    }

    void changingTheReminderWritesAHistoryRow()
    {
        Activity activity = plan(std::nullopt);
        activity.reminderMinutes = 15;
        COMPTOIR_TRY(updated, activities().update(actor(), activity));
        QCOMPARE(updated->reminderMinutes, std::optional<int>(15));
        QCOMPARE(activities().get(actor(), activity.id)->reminderMinutes, std::optional<int>(15));
        const auto history = (*m_ws)->deals().history(actor(), m_deal).value();
        QCOMPARE(history.last().type, history::ActivityChanged);
        const QString expected = QStringLiteral("reminder %1 → %2")
                                     .arg(ActivityService::reminderText(std::nullopt), ActivityService::reminderText(15));
        QVERIFY2(history.last().description.contains(expected), qPrintable(history.last().description));
    }

    void aReminderOutOfRangeIsRefused()
    {
        Activity draft;
        draft.dealId = m_deal;
        draft.subject = QStringLiteral("Too early");
        draft.deadline = deadline();
        draft.reminderMinutes = 31 * 24 * 60;
        const auto planned = activities().plan(actor(), draft);
        QVERIFY(!planned);
        QCOMPARE(planned.error().field, QStringLiteral("reminder"));
    }

    void reminderTextsParse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<std::optional<int>>("minutes");
        QTest::newRow("0") << "0" << true << std::optional<int>(0);
        QTest::newRow("15m") << "15m" << true << std::optional<int>(15);
        QTest::newRow("5 min") << "5 min" << true << std::optional<int>(5);
        QTest::newRow("1h") << "1h" << true << std::optional<int>(60);
        QTest::newRow("1d") << "1D" << true << std::optional<int>(1440);
        QTest::newRow("none") << "none" << true << std::optional<int>();
        QTest::newRow("bare number") << "15" << false << std::optional<int>();
        QTest::newRow("unknown unit") << "2w" << false << std::optional<int>();
        QTest::newRow("negative") << "-5m" << false << std::optional<int>();
        QTest::newRow("too far") << "31d" << false << std::optional<int>();
    }
    void reminderTextsParse()
    {
        QFETCH(QString, text);
        QFETCH(bool, ok);
        QFETCH(std::optional<int>, minutes);
        const auto parsed = ActivityService::parseReminder(text);
        QCOMPARE(parsed.ok(), ok);
        if (ok)
            QCOMPARE(*parsed, minutes);
        else
            QCOMPARE(parsed.error().field, QStringLiteral("reminder"));
    }
};

QTEST_GUILESS_MAIN(TestReminders)
#include "tst_reminders.moc"
