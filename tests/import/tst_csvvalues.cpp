// SPDX-License-Identifier: GPL-3.0-or-later
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

QTEST_APPLESS_MAIN(TestCsvValues)
#include "tst_csvvalues.moc"
