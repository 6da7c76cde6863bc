// SPDX-License-Identifier: GPL-3.0-or-later
#include "csv/dates.h"

#include <QTest>

using namespace comptoir;
using namespace comptoir::csv;

namespace {

QString dmy(int y, int m, int d)
{
    return QDate(y, m, d).toString(Qt::ISODate);
}

} // namespace

class TestCsvDates : public QObject
{
    Q_OBJECT

private slots:
    void shouldReadDates_data();
    void shouldReadDates();
    void shouldRefuseImpossibleDates_data();
    void shouldRefuseImpossibleDates();
    void shouldNameDateOrders();
    void shouldFindTheOnlyPossibleDateOrder();
    void shouldTellWhenOneOrderAloneFits();
    void shouldCountRowsTwoOrdersReadDifferently();
    void shouldNotAskWhenEveryOrderAgrees();
    void shouldPointAtAValueThatIsNoDate();
};

void TestCsvDates::shouldReadDates_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<DateOrder>("order");
    QTest::addColumn<QString>("date");
    QTest::addColumn<QString>("time"); // empty: none
    QTest::addColumn<int>("offset"); // seconds; -1: none

    QTest::newRow("csvkit 02/01/2014 dmy")
        << QStringLiteral("02/01/2014") << DateOrder::Dmy << dmy(2014, 1, 2) << QString() << -1;
    QTest::newRow("csvkit 02/01/2014 mdy")
        << QStringLiteral("02/01/2014") << DateOrder::Mdy << dmy(2014, 2, 1) << QString() << -1;
    QTest::newRow("csvkit 31/12/2012")
        << QStringLiteral("31/12/2012") << DateOrder::Dmy << dmy(2012, 12, 31) << QString() << -1;
    QTest::newRow("csvkit 20140102")
        << QStringLiteral("20140102") << DateOrder::Mdy << dmy(2014, 1, 2) << QString() << -1;
    QTest::newRow("ISO whatever the order")
        << QStringLiteral("2024-03-04") << DateOrder::Dmy << dmy(2024, 3, 4) << QString() << -1;
    QTest::newRow("year first with slashes")
        << QStringLiteral("2020/01/05") << DateOrder::Mdy << dmy(2020, 1, 5) << QString() << -1;
    QTest::newRow("ymd") << QStringLiteral("2020.1.5") << DateOrder::Ymd << dmy(2020, 1, 5)
                         << QString() << -1;
    QTest::newRow("one-digit day")
        << QStringLiteral("15/1/2021") << DateOrder::Dmy << dmy(2021, 1, 15) << QString() << -1;
    QTest::newRow("dots, two-digit year")
        << QStringLiteral("12.03.24") << DateOrder::Dmy << dmy(2024, 3, 12) << QString() << -1;
    QTest::newRow("dashes, last century")
        << QStringLiteral("3-4-99") << DateOrder::Dmy << dmy(1999, 4, 3) << QString() << -1;
    QTest::newRow("date and minutes") << QStringLiteral("13/01/2021 19:42") << DateOrder::Dmy
                                      << dmy(2021, 1, 13) << QStringLiteral("19:42:00") << -1;
    QTest::newRow("salesforce 12-hour clock")
        << QStringLiteral("02/23/26 08:55 PM") << DateOrder::Mdy << dmy(2026, 2, 23)
        << QStringLiteral("20:55:00") << -1;
    QTest::newRow("12 AM is midnight") << QStringLiteral("1/2/2026 12:05 am") << DateOrder::Mdy
                                       << dmy(2026, 1, 2) << QStringLiteral("00:05:00") << -1;
    QTest::newRow("ISO with offset")
        << QStringLiteral("1977-04-22T01:00:00-05:00") << DateOrder::Dmy << dmy(1977, 4, 22)
        << QStringLiteral("01:00:00") << -18000;
    QTest::newRow("ISO with Z") << QStringLiteral("1977-04-22T06:00:00Z") << DateOrder::Dmy
                                << dmy(1977, 4, 22) << QStringLiteral("06:00:00") << 0;
    QTest::newRow("salesforce +0000")
        << QStringLiteral("2024-01-22T16:14:25.000+0000") << DateOrder::Mdy << dmy(2024, 1, 22)
        << QStringLiteral("16:14:25") << 0;
    QTest::newRow("data-fair milliseconds Z")
        << QStringLiteral("2008-02-11T23:00:00.000Z") << DateOrder::Dmy << dmy(2008, 2, 11)
        << QStringLiteral("23:00:00") << 0;
    QTest::newRow("data-fair 20240102 00:00:00")
        << QStringLiteral("20240102 00:00:00") << DateOrder::Dmy << dmy(2024, 1, 2)
        << QStringLiteral("00:00:00") << -1;
    QTest::newRow("basic ISO date-time") << QStringLiteral("20140102T101500Z") << DateOrder::Dmy
                                         << dmy(2014, 1, 2) << QStringLiteral("10:15:00") << 0;
    QTest::newRow("leap day") << QStringLiteral("29/02/2024") << DateOrder::Dmy << dmy(2024, 2, 29)
                              << QString() << -1;
    QTest::newRow("spaces around")
        << QStringLiteral("  01/02/2024 ") << DateOrder::Dmy << dmy(2024, 2, 1) << QString() << -1;
}

void TestCsvDates::shouldReadDates()
{
    QFETCH(QString, text);
    QFETCH(DateOrder, order);
    QFETCH(QString, date);
    QFETCH(QString, time);
    QFETCH(int, offset);
    const auto value = parseDateTime(text, order);
    QVERIFY2(value.ok(), qPrintable(value.ok() ? QString() : value.error().message));
    QCOMPARE(value->date.toString(Qt::ISODate), date);
    QCOMPARE(value->time ? value->time->toString(Qt::ISODate) : QString(), time);
    QCOMPARE(value->utcOffsetSeconds.value_or(-1), offset);
    QCOMPARE(parseDate(text, order)->toString(Qt::ISODate), date);
}

void TestCsvDates::shouldRefuseImpossibleDates_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<DateOrder>("order");
    QTest::addColumn<QString>("why");

    QTest::newRow("31/02/2024") << QStringLiteral("31/02/2024") << DateOrder::Dmy
                                << QStringLiteral("February 2024 has 29 days");
    QTest::newRow("29/02/2023") << QStringLiteral("29/02/2023") << DateOrder::Dmy
                                << QStringLiteral("February 2023 has 28 days");
    QTest::newRow("31/12/2012 month first")
        << QStringLiteral("31/12/2012") << DateOrder::Mdy << QStringLiteral("no month 31");
    QTest::newRow("month 13") << QStringLiteral("2024-13-01") << DateOrder::Dmy
                              << QStringLiteral("no month 13");
    QTest::newRow("day 0") << QStringLiteral("00/01/2024") << DateOrder::Dmy
                           << QStringLiteral("January 2024 has 31 days");
    QTest::newRow("year first needs four digits")
        << QStringLiteral("03/04/2024") << DateOrder::Ymd << QStringLiteral("year comes first");
    QTest::newRow("three-digit year") << QStringLiteral("1/2/345") << DateOrder::Dmy
                                      << QStringLiteral("not a date in the order day/month/year");
    QTest::newRow("mixed separators")
        << QStringLiteral("12/03-2024") << DateOrder::Dmy << QStringLiteral("not a date");
    QTest::newRow("hour 25") << QStringLiteral("12/03/2024 25:00") << DateOrder::Dmy
                             << QStringLiteral("time is not valid");
    QTest::newRow("13 PM") << QStringLiteral("12/03/2024 13:00 PM") << DateOrder::Dmy
                           << QStringLiteral("time is not valid");
    QTest::newRow("words") << QStringLiteral("next monday") << DateOrder::Dmy
                           << QStringLiteral("not a date");
    QTest::newRow("epoch milliseconds")
        << QStringLiteral("1508284800000") << DateOrder::Dmy << QStringLiteral("not a date");
    QTest::newRow("empty") << QString() << DateOrder::Dmy << QStringLiteral("not a date");
}

void TestCsvDates::shouldRefuseImpossibleDates()
{
    QFETCH(QString, text);
    QFETCH(DateOrder, order);
    QFETCH(QString, why);
    const auto value = parseDate(text, order);
    QVERIFY(!value.ok());
    const QString message = value.error().message;
    QVERIFY2(message.contains(QLatin1Char('"') + text + QLatin1Char('"')), qPrintable(message));
    QVERIFY2(message.contains(why), qPrintable(message));
}

void TestCsvDates::shouldNameDateOrders()
{
    for (DateOrder order : { DateOrder::Dmy, DateOrder::Mdy, DateOrder::Ymd })
        QCOMPARE(dateOrderFromKey(dateOrderKey(order)), order);
    QCOMPARE(dateOrderFromKey(u"MDY"), DateOrder::Mdy);
    QVERIFY(!dateOrderFromKey(u"dym"));
    QCOMPARE(dateOrderName(DateOrder::Dmy), QStringLiteral("day/month/year"));
}

void TestCsvDates::shouldFindTheOnlyPossibleDateOrder()
{
    DateOrderGuesser guesser;
    for (const char *value : { "03/04/2024", "27/04/2024", "", "  ", "05/06/2024" })
        guesser.add(QString::fromLatin1(value));
    const DateOrderGuess guess = guesser.result();
    QCOMPARE(guess.values, 3);
    QCOMPARE(guess.possible, QList<DateOrder>({ DateOrder::Dmy }));
    QCOMPARE(guess.ambiguous, 0);
    QCOMPARE(guess.suggested(), DateOrder::Dmy);
    QVERIFY(!guess.needsChoice());
    QCOMPARE(guess.failures[int(DateOrder::Mdy)].count, 1);
    QCOMPARE(guess.failures[int(DateOrder::Mdy)].example, QStringLiteral("27/04/2024"));
    QCOMPARE(guess.summary(), QStringLiteral("All 3 date(s) read as day/month/year."));
}

// The import stops reading dates once one order alone fits them: not before, and not after a
// value no order reads.
void TestCsvDates::shouldTellWhenOneOrderAloneFits()
{
    DateOrderGuesser guesser;
    QVERIFY(!guesser.onlyFits(DateOrder::Dmy)); // nothing read
    guesser.add(QStringLiteral("03/04/2024"));
    QVERIFY(!guesser.onlyFits(DateOrder::Dmy)); // day/month/year and month/day/year
    guesser.add(QStringLiteral("27/04/2024"));
    QVERIFY(guesser.onlyFits(DateOrder::Dmy));
    QVERIFY(!guesser.onlyFits(DateOrder::Mdy));
    guesser.add(QStringLiteral("04/27/2024"));
    QVERIFY(!guesser.onlyFits(DateOrder::Dmy)); // now none
    DateOrderGuesser us;
    us.add(QStringLiteral("04/27/2024"));
    QVERIFY(us.onlyFits(DateOrder::Mdy));
}

void TestCsvDates::shouldCountRowsTwoOrdersReadDifferently()
{
    // The case: "27 rows could be 03/04 or 04/03".
    DateOrderGuesser guesser;
    for (int i = 0; i < 27; ++i)
        guesser.add(QStringLiteral("%1/04/2024")
                        .arg(i % 12 + 1 == 4 ? 3 : i % 12 + 1, 2, 10, QLatin1Char('0')),
                    i + 2);
    for (int i = 0; i < 5; ++i)
        guesser.add(QStringLiteral("12/12/2024")); // the same date in both orders
    const DateOrderGuess guess = guesser.result();
    QCOMPARE(guess.values, 32);
    QCOMPARE(guess.possible, QList<DateOrder>({ DateOrder::Dmy, DateOrder::Mdy }));
    QCOMPARE(guess.ambiguous, 27);
    QVERIFY(guess.needsChoice());
    QVERIFY(!guess.suggested());
    QCOMPARE(guess.ambiguousExample, QStringLiteral("01/04/2024"));
    QCOMPARE(guess.summary(),
             QStringLiteral(
                 "27 row(s) could be read either way, for example \"01/04/2024\": 1 April 2024 "
                 "(day/month/year) or 4 January 2024 (month/day/year). Choose the date order."));
}

void TestCsvDates::shouldNotAskWhenEveryOrderAgrees()
{
    DateOrderGuesser guesser;
    guesser.add(u"2024-03-04");
    guesser.add(u"20240305");
    guesser.add(u"2024-03-06T10:00:00Z");
    const DateOrderGuess guess = guesser.result();
    QCOMPARE(guess.possible.size(), 3);
    QCOMPARE(guess.ambiguous, 0);
    QVERIFY(!guess.needsChoice());
    QCOMPARE(guess.suggested(), DateOrder::Dmy);
    QCOMPARE(guess.summary(), QStringLiteral("All 3 date(s) are unambiguous."));
}

void TestCsvDates::shouldPointAtAValueThatIsNoDate()
{
    DateOrderGuesser guesser;
    guesser.add(u"03/04/2024", 2);
    guesser.add(u"soon", 3);
    const DateOrderGuess guess = guesser.result();
    QVERIFY(guess.possible.isEmpty());
    QVERIFY(!guess.suggested());
    QCOMPARE(
        guess.summary(),
        QStringLiteral("1 value(s) in this column are not dates, for example \"soon\" (line 3)."));
    QCOMPARE(DateOrderGuesser().result().summary(), QStringLiteral("This column holds no dates."));
}

QTEST_APPLESS_MAIN(TestCsvDates)
#include "tst_csvdates.moc"
