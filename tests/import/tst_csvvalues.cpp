// SPDX-License-Identifier: GPL-3.0-or-later
#include "csv/dates.h"
#include "csv/values.h"

#include <QRegularExpression>
#include <QTest>

using namespace comptoir;
using namespace comptoir::csv;

namespace {

const NumberFormat French = NumberFormat::french(); // 1 234,56
const NumberFormat English = NumberFormat::english(); // 1,234.56
const NumberFormat German { u',', u'.' }; // 1.234,56
const NumberFormat Swiss { u'.', u'\'' }; // 1'234.56

QString dmy(int y, int m, int d)
{
    return QDate(y, m, d).toString(Qt::ISODate);
}

} // namespace

Q_DECLARE_METATYPE(NumberFormat)

class TestCsvValues : public QObject
{
    Q_OBJECT

private slots:
    void shouldReadAmounts_data();
    void shouldReadAmounts();
    void shouldRefuseMalformedAmounts_data();
    void shouldRefuseMalformedAmounts();
    void shouldReadScaledNumbersAndPercentages();
    void shouldReadBooleans_data();
    void shouldReadBooleans();
    void shouldReadDates_data();
    void shouldReadDates();
    void shouldRefuseImpossibleDates_data();
    void shouldRefuseImpossibleDates();
    void shouldNameDateOrders();
    void shouldFindTheOnlyPossibleDateOrder();
    void shouldCountRowsTwoOrdersReadDifferently();
    void shouldNotAskWhenEveryOrderAgrees();
    void shouldPointAtAValueThatIsNoDate();
};

void TestCsvValues::shouldReadAmounts_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<NumberFormat>("format");
    QTest::addColumn<QString>("defaultCurrency");
    QTest::addColumn<qint64>("minor");
    QTest::addColumn<QString>("currency");

    const QString eur = QStringLiteral("EUR");
    QTest::newRow("french, space")
        << QStringLiteral("1 234,50 €") << French << eur << qint64(123450) << eur;
    QTest::newRow("french, no-break space")
        << QStringLiteral("1\u00A0234,50\u00A0€") << French << eur << qint64(123450) << eur;
    QTest::newRow("french, narrow no-break space")
        << QStringLiteral("1\u202F234,5\u202F€") << French << eur << qint64(123450) << eur;
    QTest::newRow("one decimal") << QStringLiteral("12,5") << French << eur << qint64(1250) << eur;
    QTest::newRow("no decimals") << QStringLiteral("12") << French << eur << qint64(1200) << eur;
    QTest::newRow("leading zeros")
        << QStringLiteral("000100") << French << eur << qint64(10000) << eur;
    QTest::newRow("half") << QStringLiteral("0,5") << French << eur << qint64(50) << eur;
    QTest::newRow("code before") << QStringLiteral("EUR 12") << French << eur << qint64(1200)
                                 << eur;
    QTest::newRow("code after, negative")
        << QStringLiteral("-12,50 EUR") << French << eur << qint64(-1250) << eur;
    QTest::newRow("trailing minus")
        << QStringLiteral("133,55-") << French << eur << qint64(-13355) << eur;
    QTest::newRow("trailing minus after the symbol")
        << QStringLiteral("12,50 €-") << French << eur << qint64(-1250) << eur;
    QTest::newRow("parentheses") << QStringLiteral("(12,50 €)") << French << eur << qint64(-1250)
                                 << eur;
    QTest::newRow("minus sign U+2212")
        << QStringLiteral("\u221212,50") << French << eur << qint64(-1250) << eur;
    QTest::newRow("plus") << QStringLiteral("+7") << French << eur << qint64(700) << eur;
    QTest::newRow("10€") << QStringLiteral("10€") << French << eur << qint64(1000) << eur;
    QTest::newRow("€10") << QStringLiteral("€10") << French << eur << qint64(1000) << eur;
    QTest::newRow("10$ is US dollars")
        << QStringLiteral("10$") << French << eur << qint64(1000) << QStringLiteral("USD");
    QTest::newRow("$ is the default dollar")
        << QStringLiteral("$10") << English << QStringLiteral("CAD") << qint64(1000)
        << QStringLiteral("CAD");
    QTest::newRow("US$ stays US") << QStringLiteral("US$10") << English << QStringLiteral("CAD")
                                  << qint64(1000) << QStringLiteral("USD");
    QTest::newRow("pound") << QStringLiteral("£3,5") << French << eur << qint64(350)
                           << QStringLiteral("GBP");
    QTest::newRow("yen has no minor unit")
        << QStringLiteral("JPY 1 200") << French << eur << qint64(1200) << QStringLiteral("JPY");
    QTest::newRow("lower-case code")
        << QStringLiteral("12 usd") << English << eur << qint64(1200) << QStringLiteral("USD");
    QTest::newRow("french hundred thousand")
        << QStringLiteral("100 000") << French << eur << qint64(10000000) << eur;
    QTest::newRow("english") << QStringLiteral("€1,234.50") << English << eur << qint64(123450)
                             << eur;
    QTest::newRow("english millions")
        << QStringLiteral("1,234,567.89") << English << eur << qint64(123456789) << eur;
    QTest::newRow("english negative dollar")
        << QStringLiteral("-$12.50") << English << eur << qint64(-1250) << QStringLiteral("USD");
    QTest::newRow("dollar then minus")
        << QStringLiteral("$-12.50") << English << eur << qint64(-1250) << QStringLiteral("USD");
    QTest::newRow("trailing zeros beyond the minor unit")
        << QStringLiteral("12.500") << English << eur << qint64(1250) << eur;
    QTest::newRow("german") << QStringLiteral("1.234,50 €") << German << eur << qint64(123450)
                            << eur;
    QTest::newRow("csvkit test_locale 200.000.000")
        << QStringLiteral("200.000.000") << German << eur << qint64(20000000000) << eur;
    QTest::newRow("csvkit test_locale 1,7")
        << QStringLiteral("1,7") << German << eur << qint64(170) << eur;
    QTest::newRow("swiss") << QStringLiteral("1'234.50 CHF") << Swiss << eur << qint64(123450)
                           << QStringLiteral("CHF");
    QTest::newRow("swiss typographic apostrophe") << QStringLiteral("Fr. 1’234.50") << Swiss << eur
                                                  << qint64(123450) << QStringLiteral("CHF");
    QTest::newRow("salesforce amount")
        << QStringLiteral("1124741.15") << English << QStringLiteral("USD") << qint64(112474115)
        << QStringLiteral("USD");
}

void TestCsvValues::shouldReadAmounts()
{
    QFETCH(QString, text);
    QFETCH(NumberFormat, format);
    QFETCH(QString, defaultCurrency);
    QFETCH(qint64, minor);
    QFETCH(QString, currency);
    const auto amount = parseAmount(text, format, defaultCurrency);
    QVERIFY2(amount.ok(), qPrintable(amount.ok() ? QString() : amount.error().message));
    QCOMPARE(amount->minor, minor);
    QCOMPARE(amount->currency, currency);
    QCOMPARE(amount->currencyWritten,
             text.contains(QRegularExpression(QStringLiteral("[A-Za-z€$£]"))));
}

void TestCsvValues::shouldRefuseMalformedAmounts_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<NumberFormat>("format");
    QTest::addColumn<QString>("why");

    QTest::newRow("12,3,4 with a decimal comma")
        << QStringLiteral("12,3,4") << French << QStringLiteral("more than one decimal mark");
    QTest::newRow("12,3,4 with comma groups")
        << QStringLiteral("12,3,4") << English << QStringLiteral("not grouped by three");
    QTest::newRow("1.2.3 with dot groups")
        << QStringLiteral("1.2.3") << German << QStringLiteral("not grouped by three");
    QTest::newRow("1 2") << QStringLiteral("1 2") << French
                         << QStringLiteral("not grouped by three");
    QTest::newRow("mixed group separators")
        << QStringLiteral("1 234.567,5") << German << QStringLiteral("not grouped by three");
    QTest::newRow("too many decimals")
        << QStringLiteral("12,345") << French << QStringLiteral("more than 2 decimal(s)");
    QTest::newRow("a dot where the format has none")
        << QStringLiteral("12.5") << French << QStringLiteral("not a number in this format");
    QTest::newRow("words") << QStringLiteral("twelve") << French << QStringLiteral("not a number");
    QTest::newRow("unknown currency code")
        << QStringLiteral("12 XYZ") << French << QStringLiteral("\"XYZ\" is not a currency");
    QTest::newRow("crowns are not one currency")
        << QStringLiteral("12 kr") << French << QStringLiteral("\"kr\" is not a currency");
    QTest::newRow("empty") << QString() << French << QStringLiteral("not a number");
    QTest::newRow("symbol alone") << QStringLiteral("€") << French
                                  << QStringLiteral("not a number");
    QTest::newRow("two signs") << QStringLiteral("--12") << French
                               << QStringLiteral("more than one sign");
    QTest::newRow("parenthesis and minus")
        << QStringLiteral("(-12)") << French << QStringLiteral("more than one sign");
    QTest::newRow("open parenthesis")
        << QStringLiteral("(12") << French << QStringLiteral("parenthesis");
    QTest::newRow("too large") << QStringLiteral("99999999999999999999") << French
                               << QStringLiteral("too large");
    QTest::newRow("too large once scaled")
        << QStringLiteral("999999999999999999") << French << QStringLiteral("too large");
}

void TestCsvValues::shouldRefuseMalformedAmounts()
{
    QFETCH(QString, text);
    QFETCH(NumberFormat, format);
    QFETCH(QString, why);
    const auto amount = parseAmount(text, format, QStringLiteral("EUR"));
    QVERIFY(!amount.ok());
    const QString message = amount.error().message;
    QVERIFY2(message.contains(QLatin1Char('"') + text + QLatin1Char('"')), qPrintable(message));
    QVERIFY2(message.contains(why), qPrintable(message));
}

void TestCsvValues::shouldReadScaledNumbersAndPercentages()
{
    QCOMPARE(*parseScaled(QStringLiteral("1,5"), French, 3), 1500);
    QCOMPARE(*parseScaled(QStringLiteral("-2"), French, 0), -2);
    QVERIFY(!parseScaled(QStringLiteral("12 €"), French, 2).ok()); // a quantity has no currency
    QCOMPARE(*parsePercent(QStringLiteral("12,5 %"), French), 1250);
    QCOMPARE(*parsePercent(QStringLiteral("10"), English), 1000);
    QCOMPARE(*parsePercent(QStringLiteral("-3%"), English), -300);
    QCOMPARE(*parsePercent(QStringLiteral("%5"), English), 500);
    QVERIFY(!parsePercent(QStringLiteral("5%%"), English).ok());
    QVERIFY(isBlank(QStringLiteral(" \u00A0\t")));
    QVERIFY(!isBlank(QStringLiteral(" 0 ")));
}

void TestCsvValues::shouldReadBooleans_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("expected"); // 1, 0, or -1 for an error
    for (const char *yes : { "1", "yes", "Y", "TRUE", "t", "oui", "O", "Vrai", "x", "\u2713" })
        QTest::newRow(yes) << QString::fromUtf8(yes) << 1;
    for (const char *no : { "0", "no", "N", "FALSE", "f", "non", "Faux" })
        QTest::newRow(no) << QString::fromUtf8(no) << 0;
    QTest::newRow("padded") << QStringLiteral("  true ") << 1;
    QTest::newRow("maybe") << QStringLiteral("maybe") << -1;
    QTest::newRow("empty") << QString() << -1;
}

void TestCsvValues::shouldReadBooleans()
{
    QFETCH(QString, text);
    QFETCH(int, expected);
    const auto value = parseBoolean(text);
    QCOMPARE(value.ok(), expected >= 0);
    if (expected >= 0)
        QCOMPARE(*value, expected == 1);
    else
        QVERIFY(value.error().message.contains(QLatin1Char('"') + text + QLatin1Char('"')));
}

void TestCsvValues::shouldReadDates_data()
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

void TestCsvValues::shouldReadDates()
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

void TestCsvValues::shouldRefuseImpossibleDates_data()
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

void TestCsvValues::shouldRefuseImpossibleDates()
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

void TestCsvValues::shouldNameDateOrders()
{
    for (DateOrder order : { DateOrder::Dmy, DateOrder::Mdy, DateOrder::Ymd })
        QCOMPARE(dateOrderFromKey(dateOrderKey(order)), order);
    QCOMPARE(dateOrderFromKey(u"MDY"), DateOrder::Mdy);
    QVERIFY(!dateOrderFromKey(u"dym"));
    QCOMPARE(dateOrderName(DateOrder::Dmy), QStringLiteral("day/month/year"));
}

void TestCsvValues::shouldFindTheOnlyPossibleDateOrder()
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

void TestCsvValues::shouldCountRowsTwoOrdersReadDifferently()
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

void TestCsvValues::shouldNotAskWhenEveryOrderAgrees()
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

void TestCsvValues::shouldPointAtAValueThatIsNoDate()
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

QTEST_APPLESS_MAIN(TestCsvValues)
#include "tst_csvvalues.moc"
