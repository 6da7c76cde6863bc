// SPDX-License-Identifier: GPL-3.0-or-later
// Working days, French public holidays and the default deadline of a new activity.

#include "workcalendar.h"

#include "../common/testworkspace.h"

#include <QTest>

using namespace comptoir;

class TestWorkCalendar : public QObject
{
    Q_OBJECT

private slots:
    void easterSundayFollowsTheGregorianComputus_data();
    void easterSundayFollowsTheGregorianComputus();
    void frenchHolidaysAreElevenDaysIncludingTheMovableOnes();
    void defaultDeadlineSkipsWeekendsAndHolidays_data();
    void defaultDeadlineSkipsWeekendsAndHolidays();
    void defaultDeadlineCountsWorkingDaysInParisAcrossTheSpringDstChange();
    void nextFullHourIsStrictlyLater_data();
    void nextFullHourIsStrictlyLater();
    void nextFullHourSkipsTheHourMissingOnTheDstNight();
    void lastWorkingDayOfWeekFollowsTheFirstDayAndHolidays_data();
    void lastWorkingDayOfWeekFollowsTheFirstDayAndHolidays();
    void extraHolidaysAndWorkingDaysChangeTheCount();
    void frenchHolidaysCanBeTurnedOff();
    void settingsRoundTripThroughTheDatabase();
    void aNewDatabaseGivesTheDefaults();
};

void TestWorkCalendar::easterSundayFollowsTheGregorianComputus_data()
{
    QTest::addColumn<int>("year");
    QTest::addColumn<QDate>("easter");
    QTest::newRow("2019") << 2019 << QDate(2019, 4, 21);
    QTest::newRow("2024") << 2024 << QDate(2024, 3, 31);
    QTest::newRow("2025") << 2025 << QDate(2025, 4, 20);
    QTest::newRow("2026") << 2026 << QDate(2026, 4, 5);
    QTest::newRow("2027") << 2027 << QDate(2027, 3, 28);
    QTest::newRow("2038 (latest)") << 2038 << QDate(2038, 4, 25);
    QTest::newRow("2285 (earliest)") << 2285 << QDate(2285, 3, 22);
}

void TestWorkCalendar::easterSundayFollowsTheGregorianComputus()
{
    QFETCH(int, year);
    QFETCH(QDate, easter);
    QCOMPARE(WorkCalendar::easterSunday(year), easter);
}

void TestWorkCalendar::frenchHolidaysAreElevenDaysIncludingTheMovableOnes()
{
    const QList<QDate> days = WorkCalendar::frenchPublicHolidays(2026);
    QCOMPARE(days.size(), 11);
    QVERIFY(days.contains(QDate(2026, 4, 6)));  // Easter Monday
    QVERIFY(days.contains(QDate(2026, 5, 14))); // Ascension
    QVERIFY(days.contains(QDate(2026, 5, 25))); // Whit Monday
    QVERIFY(days.contains(QDate(2026, 7, 14)));
    QVERIFY(!days.contains(QDate(2026, 4, 5))); // Easter Sunday is a Sunday anyway, not listed
    QVERIFY(std::is_sorted(days.cbegin(), days.cend()));
}

void TestWorkCalendar::defaultDeadlineSkipsWeekendsAndHolidays_data()
{
    QTest::addColumn<QDateTime>("now");
    QTest::addColumn<QDateTime>("expected");
    const auto at = [](int y, int m, int d, int h, int min) { return QDateTime(QDate(y, m, d), QTime(h, min), Qt::UTC); };
    QTest::newRow("Monday morning") << at(2026, 3, 2, 9, 30) << at(2026, 3, 5, 10, 0);
    QTest::newRow("on the hour stays on the hour") << at(2026, 3, 2, 10, 0) << at(2026, 3, 5, 10, 0);
    QTest::newRow("Wednesday skips the weekend") << at(2026, 3, 4, 10, 0) << at(2026, 3, 9, 10, 0);
    QTest::newRow("Friday afternoon") << at(2026, 3, 6, 16, 20) << at(2026, 3, 11, 17, 0);
    QTest::newRow("Saturday counts from Monday") << at(2026, 3, 7, 11, 0) << at(2026, 3, 11, 11, 0);
    QTest::newRow("Sunday counts from Monday") << at(2026, 3, 8, 8, 1) << at(2026, 3, 11, 9, 0);
    QTest::newRow("Easter Monday") << at(2026, 4, 2, 9, 0) << at(2026, 4, 8, 9, 0);
    QTest::newRow("Ascension Thursday") << at(2026, 5, 12, 14, 5) << at(2026, 5, 18, 15, 0);
    QTest::newRow("8 May on a Friday") << at(2026, 5, 7, 9, 0) << at(2026, 5, 13, 9, 0);
    QTest::newRow("Whit Monday") << at(2026, 5, 22, 9, 0) << at(2026, 5, 28, 9, 0);
    QTest::newRow("Christmas") << at(2026, 12, 23, 10, 0) << at(2026, 12, 29, 10, 0);
    QTest::newRow("New Year across the year") << at(2026, 12, 29, 10, 30) << at(2027, 1, 4, 11, 0);
    QTest::newRow("late evening rounds into the next day") << at(2026, 3, 2, 23, 30) << at(2026, 3, 6, 0, 0);
}

void TestWorkCalendar::defaultDeadlineSkipsWeekendsAndHolidays()
{
    QFETCH(QDateTime, now);
    QFETCH(QDateTime, expected);
    const QDateTime got = WorkCalendar().defaultDeadline(now, QTimeZone::utc());
    QCOMPARE(got.toUTC(), expected);
}

void TestWorkCalendar::defaultDeadlineCountsWorkingDaysInParisAcrossTheSpringDstChange()
{
    const QTimeZone paris("Europe/Paris");
    QVERIFY(paris.isValid());
    // Friday 27 March 2026 10:30 in Paris (CET, UTC+1); clocks go forward on Sunday 29 March.
    const QDateTime now(QDate(2026, 3, 27), QTime(9, 30), Qt::UTC);
    const QDateTime got = WorkCalendar().defaultDeadline(now, paris);
    // Wednesday 1 April at 11:00 in Paris, which is CEST (UTC+2).
    QCOMPARE(got.toTimeZone(paris).date(), QDate(2026, 4, 1));
    QCOMPARE(got.toTimeZone(paris).time(), QTime(11, 0));
    QCOMPARE(got.toUTC(), QDateTime(QDate(2026, 4, 1), QTime(9, 0), Qt::UTC));
    // A day in UTC that is already the next day in Paris counts from the Paris day.
    const QDateTime lateSunday(QDate(2026, 3, 29), QTime(22, 30), Qt::UTC); // Monday 00:30 in Paris
    QCOMPARE(WorkCalendar().defaultDeadline(lateSunday, paris).toTimeZone(paris).date(), QDate(2026, 4, 2));
}

void TestWorkCalendar::nextFullHourIsStrictlyLater_data()
{
    QTest::addColumn<QTime>("time");
    QTest::addColumn<QTime>("next");
    QTest::addColumn<int>("dayShift");
    QTest::newRow("on the hour") << QTime(10, 0) << QTime(11, 0) << 0;
    QTest::newRow("twenty past") << QTime(10, 20) << QTime(11, 0) << 0;
    QTest::newRow("one millisecond past") << QTime(10, 0, 0, 1) << QTime(11, 0) << 0;
    QTest::newRow("just before the hour") << QTime(10, 59, 59, 999) << QTime(11, 0) << 0;
    QTest::newRow("across midnight") << QTime(23, 40) << QTime(0, 0) << 1;
}

void TestWorkCalendar::nextFullHourIsStrictlyLater()
{
    QFETCH(QTime, time);
    QFETCH(QTime, next);
    QFETCH(int, dayShift);
    const QDate day(2026, 3, 2);
    const QDateTime got = WorkCalendar::nextFullHour(QDateTime(day, time, Qt::UTC));
    QCOMPARE(got, QDateTime(day.addDays(dayShift), next, Qt::UTC));
}

void TestWorkCalendar::nextFullHourSkipsTheHourMissingOnTheDstNight()
{
    const QTimeZone paris("Europe/Paris");
    const QDateTime before(QDate(2026, 3, 29), QTime(1, 30), paris); // CET; 02:00 does not exist
    const QDateTime got = WorkCalendar::nextFullHour(before);
    QCOMPARE(got.toTimeZone(paris).time(), QTime(3, 0));
    QCOMPARE(before.secsTo(got), 30 * 60);
}

void TestWorkCalendar::lastWorkingDayOfWeekFollowsTheFirstDayAndHolidays_data()
{
    QTest::addColumn<QDate>("date");
    QTest::addColumn<int>("firstDay");
    QTest::addColumn<QDate>("expected");
    QTest::newRow("Monday weeks, Wednesday") << QDate(2026, 3, 4) << int(Qt::Monday) << QDate(2026, 3, 6);
    QTest::newRow("Monday weeks, Sunday") << QDate(2026, 3, 8) << int(Qt::Monday) << QDate(2026, 3, 6);
    QTest::newRow("Sunday weeks, Sunday starts the next") << QDate(2026, 3, 8) << int(Qt::Sunday) << QDate(2026, 3, 13);
    QTest::newRow("Sunday weeks, Saturday") << QDate(2026, 3, 7) << int(Qt::Sunday) << QDate(2026, 3, 6);
    QTest::newRow("Christmas Friday") << QDate(2026, 12, 22) << int(Qt::Monday) << QDate(2026, 12, 24);
    QTest::newRow("1 May Friday") << QDate(2026, 4, 28) << int(Qt::Monday) << QDate(2026, 4, 30);
}

void TestWorkCalendar::lastWorkingDayOfWeekFollowsTheFirstDayAndHolidays()
{
    QFETCH(QDate, date);
    QFETCH(int, firstDay);
    QFETCH(QDate, expected);
    QCOMPARE(WorkCalendar().lastWorkingDayOfWeek(date, Qt::DayOfWeek(firstDay)), expected);
}

void TestWorkCalendar::extraHolidaysAndWorkingDaysChangeTheCount()
{
    WorkCalendar calendar;
    calendar.addHoliday(QDate(2026, 3, 3));
    calendar.addHoliday(QDate(2026, 3, 3)); // twice is once
    QCOMPARE(calendar.extraHolidays().size(), 1);
    QVERIFY(!calendar.isWorkingDay(QDate(2026, 3, 3)));
    QCOMPARE(calendar.addWorkingDays(QDate(2026, 3, 2), 3), QDate(2026, 3, 6));

    calendar.setWorkingDays({Qt::Monday, Qt::Tuesday, Qt::Wednesday, Qt::Thursday, Qt::Friday, Qt::Saturday});
    QVERIFY(calendar.isWorkingDay(QDate(2026, 3, 7)));
    QCOMPARE(calendar.addWorkingDays(QDate(2026, 3, 5), 3), QDate(2026, 3, 9)); // Fri, Sat, Mon
    QCOMPARE(calendar.addWorkingDays(QDate(2026, 3, 9), -2), QDate(2026, 3, 6));
}

void TestWorkCalendar::frenchHolidaysCanBeTurnedOff()
{
    WorkCalendar calendar;
    QVERIFY(!calendar.isWorkingDay(QDate(2026, 7, 14)));
    calendar.setFrenchHolidays(false);
    QVERIFY(calendar.isWorkingDay(QDate(2026, 7, 14)));
}

void TestWorkCalendar::settingsRoundTripThroughTheDatabase()
{
    test::TestWorkspace ws;
    QVERIFY2(ws.isOpen(), qPrintable(ws.error()));
    WorkCalendar calendar;
    calendar.setWorkingDays({Qt::Tuesday, Qt::Wednesday, Qt::Thursday, Qt::Friday, Qt::Saturday});
    calendar.setFrenchHolidays(false);
    calendar.setExtraHolidays({QDate(2026, 12, 31), QDate(2026, 12, 24)});
    calendar.setWorkingHours(QTime(7, 30), QTime(16, 0));
    COMPTOIR_VERIFY_OK(calendar.save(ws.db()));

    QVERIFY(ws.open());
    COMPTOIR_TRY(loaded, WorkCalendar::load(ws.db()));
    QVERIFY(*loaded == calendar);
    QCOMPARE(loaded->dayStart(), QTime(7, 30));
    QCOMPARE(loaded->dayEnd(), QTime(16, 0));
    QCOMPARE(loaded->extraHolidays(), (QList<QDate>{QDate(2026, 12, 24), QDate(2026, 12, 31)}));
    QVERIFY(!loaded->isWorkingDay(QDate(2026, 3, 2))); // a Monday
    QVERIFY(loaded->isWorkingDay(QDate(2026, 7, 14)));

    // No working day at all is kept as such, not read back as "never set".
    calendar.setWorkingDays({});
    COMPTOIR_VERIFY_OK(calendar.save(ws.db()));
    COMPTOIR_TRY(none, WorkCalendar::load(ws.db()));
    QVERIFY(none->workingDays().isEmpty());
}

void TestWorkCalendar::aNewDatabaseGivesTheDefaults()
{
    test::TestWorkspace ws;
    QVERIFY2(ws.isOpen(), qPrintable(ws.error()));
    COMPTOIR_TRY(loaded, WorkCalendar::load(ws.db()));
    QVERIFY(*loaded == WorkCalendar());
    QCOMPARE(loaded->workingDays().size(), 5);
    QVERIFY(loaded->frenchHolidays());
    QCOMPARE(loaded->dayStart(), QTime(9, 0));
    QCOMPARE(loaded->dayEnd(), QTime(18, 0));
    // Hours ending before they start are refused.
    WorkCalendar backwards;
    backwards.setWorkingHours(QTime(18, 0), QTime(9, 0));
    QCOMPARE(backwards.dayStart(), QTime(9, 0));
}

QTEST_GUILESS_MAIN(TestWorkCalendar)
#include "tst_workcalendar.moc"
