// SPDX-License-Identifier: GPL-3.0-or-later
#include "money.h"

#include <QTest>
#include <limits>

using namespace comptoir;

namespace {
// French writes U+202F between groups and U+00A0 before the symbol (Qt 6.4 locale data).
const QString nnbsp = QStringLiteral("\u202F");
const QString nbsp = QStringLiteral("\u00A0");
constexpr qint64 maxMinor = std::numeric_limits<qint64>::max();
constexpr qint64 minMinor = std::numeric_limits<qint64>::min();
} // namespace

class TestMoney : public QObject
{
    Q_OBJECT

private slots:
    void shouldKnowMinorDigitsPerCurrency_data();
    void shouldKnowMinorDigitsPerCurrency();
    void shouldValidateCurrencyCodes_data();
    void shouldValidateCurrencyCodes();
    void shouldWriteDecimalStrings_data();
    void shouldWriteDecimalStrings();
    void shouldFormatAsTheLocaleWritesMoney_data();
    void shouldFormatAsTheLocaleWritesMoney();
    void shouldFormatNumbersWithoutSymbol_data();
    void shouldFormatNumbersWithoutSymbol();
    void shouldFindCurrencySymbols_data();
    void shouldFindCurrencySymbols();
    void shouldParseWhatPeopleType_data();
    void shouldParseWhatPeopleType();
    void shouldRefuseMalformedAmountsQuotingTheText_data();
    void shouldRefuseMalformedAmountsQuotingTheText();
    void shouldRoundTripThroughFormatAndParse_data();
    void shouldRoundTripThroughFormatAndParse();
};

void TestMoney::shouldKnowMinorDigitsPerCurrency_data()
{
    QTest::addColumn<QString>("currency");
    QTest::addColumn<int>("digits");
    QTest::newRow("EUR") << "EUR" << 2;
    QTest::newRow("USD") << "USD" << 2;
    QTest::newRow("CHF") << "CHF" << 2;
    QTest::newRow("JPY") << "JPY" << 0;
    QTest::newRow("KRW") << "KRW" << 0;
    QTest::newRow("CLP") << "CLP" << 0;
    QTest::newRow("ISK") << "ISK" << 0;
    QTest::newRow("VND") << "VND" << 0;
    QTest::newRow("BHD") << "BHD" << 3;
    QTest::newRow("KWD") << "KWD" << 3;
    QTest::newRow("OMR") << "OMR" << 3;
    QTest::newRow("TND") << "TND" << 3;
    QTest::newRow("JOD") << "JOD" << 3;
    QTest::newRow("unknown code") << "XYZ" << 2;
    QTest::newRow("lower case") << "jpy" << 0;
}

void TestMoney::shouldKnowMinorDigitsPerCurrency()
{
    QFETCH(QString, currency);
    QFETCH(int, digits);
    QCOMPARE(money::minorDigits(currency), digits);
}

void TestMoney::shouldValidateCurrencyCodes_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<bool>("valid");
    QTest::newRow("EUR") << "EUR" << true;
    QTest::newRow("unknown but well formed") << "XYZ" << true;
    QTest::newRow("lower case") << "eur" << false;
    QTest::newRow("two letters") << "EU" << false;
    QTest::newRow("four letters") << "EURO" << false;
    QTest::newRow("digit") << "E1R" << false;
    QTest::newRow("accent") << "ÉUR" << false;
    QTest::newRow("empty") << "" << false;
}

void TestMoney::shouldValidateCurrencyCodes()
{
    QFETCH(QString, code);
    QFETCH(bool, valid);
    QCOMPARE(money::isValidCurrencyCode(code), valid);
}

void TestMoney::shouldWriteDecimalStrings_data()
{
    QTest::addColumn<qint64>("minor");
    QTest::addColumn<QString>("currency");
    QTest::addColumn<QString>("text");
    QTest::newRow("euros") << qint64(123450) << "EUR"
                           << "1234.50";
    QTest::newRow("zero") << qint64(0) << "EUR"
                          << "0.00";
    QTest::newRow("cents only, negative") << qint64(-5) << "EUR"
                                          << "-0.05";
    QTest::newRow("yen have no decimals") << qint64(1234) << "JPY"
                                          << "1234";
    QTest::newRow("dinars have three") << qint64(1234567) << "BHD"
                                       << "1234.567";
    QTest::newRow("largest") << maxMinor << "EUR"
                             << "92233720368547758.07";
    QTest::newRow("smallest") << minMinor << "EUR"
                              << "-92233720368547758.08";
}

void TestMoney::shouldWriteDecimalStrings()
{
    QFETCH(qint64, minor);
    QFETCH(QString, currency);
    QFETCH(QString, text);
    QCOMPARE(money::toDecimalString(minor, currency), text);
}

void TestMoney::shouldFormatAsTheLocaleWritesMoney_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<qint64>("minor");
    QTest::addColumn<QString>("currency");
    QTest::addColumn<QString>("text");
    QTest::newRow("French euros") << "fr_FR" << qint64(123450) << "EUR"
                                  << "1" + nnbsp + "234,50" + nbsp + "€";
    QTest::newRow("French negative") << "fr_FR" << qint64(-123450) << "EUR"
                                     << "-1" + nnbsp + "234,50" + nbsp + "€";
    QTest::newRow("French small") << "fr_FR" << qint64(5) << "EUR"
                                  << "0,05" + nbsp + "€";
    QTest::newRow("French millions") << "fr_FR" << qint64(123456789) << "EUR"
                                     << "1" + nnbsp + "234" + nnbsp + "567,89" + nbsp + "€";
    QTest::newRow("French yen") << "fr_FR" << qint64(1234) << "JPY"
                                << "1" + nnbsp + "234" + nbsp + "¥";
    QTest::newRow("French dinars") << "fr_FR" << qint64(1234567) << "BHD"
                                   << "1" + nnbsp + "234,567" + nbsp + "BHD";
    QTest::newRow("English euros") << "en_US" << qint64(123450) << "EUR"
                                   << "€1,234.50";
    QTest::newRow("English negative") << "en_US" << qint64(-123450) << "EUR"
                                      << "-€1,234.50";
    QTest::newRow("English zero") << "en_US" << qint64(0) << "EUR"
                                  << "€0.00";
    QTest::newRow("English dollars") << "en_US" << qint64(100) << "USD"
                                     << "$1.00";
    QTest::newRow("British pence") << "en_GB" << qint64(5) << "GBP"
                                   << "£0.05";
    QTest::newRow("English yen") << "en_US" << qint64(1234) << "JPY"
                                 << "¥1,234";
    // A symbol made of letters never touches the digits.
    QTest::newRow("English francs") << "en_US" << qint64(1050) << "CHF"
                                    << "CHF" + nbsp + "10.50";
    QTest::newRow("German euros") << "de_DE" << qint64(123450) << "EUR"
                                  << "1.234,50" + nbsp + "€";
    QTest::newRow("smallest amount") << "en_US" << minMinor << "EUR"
                                     << "-€92,233,720,368,547,758.08";
}

void TestMoney::shouldFormatAsTheLocaleWritesMoney()
{
    QFETCH(QString, locale);
    QFETCH(qint64, minor);
    QFETCH(QString, currency);
    QFETCH(QString, text);
    QCOMPARE(money::format(minor, currency, QLocale(locale)), text);
}

void TestMoney::shouldFormatNumbersWithoutSymbol_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<qint64>("minor");
    QTest::addColumn<QString>("currency");
    QTest::addColumn<QString>("text");
    QTest::newRow("French") << "fr_FR" << qint64(123450) << "EUR"
                            << "1" + nnbsp + "234,50";
    QTest::newRow("English") << "en_US" << qint64(123450) << "EUR"
                             << "1,234.50";
    QTest::newRow("English negative") << "en_US" << qint64(-123450) << "EUR"
                                      << "-1,234.50";
    QTest::newRow("yen") << "en_US" << qint64(1234) << "JPY"
                         << "1,234";
    QTest::newRow("leading zeros of cents kept") << "fr_FR" << qint64(-1) << "EUR"
                                                 << "-0,01";
}

void TestMoney::shouldFormatNumbersWithoutSymbol()
{
    QFETCH(QString, locale);
    QFETCH(qint64, minor);
    QFETCH(QString, currency);
    QFETCH(QString, text);
    QCOMPARE(money::formatNumber(minor, currency, QLocale(locale)), text);
}

void TestMoney::shouldFindCurrencySymbols_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("currency");
    QTest::addColumn<QString>("symbol");
    QTest::newRow("euro in France") << "fr_FR"
                                    << "EUR"
                                    << "€";
    QTest::newRow("euro in the US") << "en_US"
                                    << "EUR"
                                    << "€";
    QTest::newRow("dollar at home") << "en_US"
                                    << "USD"
                                    << "$";
    QTest::newRow("dollar in France") << "fr_FR"
                                      << "USD"
                                      << "$";
    QTest::newRow("pound at home") << "en_GB"
                                   << "GBP"
                                   << "£";
    QTest::newRow("pound in France") << "fr_FR"
                                     << "GBP"
                                     << "£";
    QTest::newRow("yen abroad") << "en_US"
                                << "JPY"
                                << "¥";
    QTest::newRow("franc in France") << "fr_FR"
                                     << "CHF"
                                     << "CHF";
    QTest::newRow("Canadian dollar at home") << "fr_CA"
                                             << "CAD"
                                             << "$";
    QTest::newRow("Canadian dollar abroad is not $") << "en_US"
                                                     << "CAD"
                                                     << "CA$";
    QTest::newRow("unknown code") << "fr_FR"
                                  << "XYZ"
                                  << "XYZ";
}

void TestMoney::shouldFindCurrencySymbols()
{
    QFETCH(QString, locale);
    QFETCH(QString, currency);
    QFETCH(QString, symbol);
    QCOMPARE(money::symbol(currency, QLocale(locale)), symbol);
}

void TestMoney::shouldParseWhatPeopleType_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("currency");
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("minor");
    // French: "," is the decimal mark, so a "." before three digits groups thousands.
    QTest::newRow("fr plain") << "fr_FR"
                              << "EUR"
                              << "1234,50" << qint64(123450);
    QTest::newRow("fr one decimal") << "fr_FR"
                                    << "EUR"
                                    << "1234,5" << qint64(123450);
    QTest::newRow("fr integer") << "fr_FR"
                                << "EUR"
                                << "12" << qint64(1200);
    QTest::newRow("fr space groups") << "fr_FR"
                                     << "EUR"
                                     << "1 234,50" << qint64(123450);
    QTest::newRow("fr no-break space") << "fr_FR"
                                       << "EUR"
                                       << "1" + nbsp + "234,50" << qint64(123450);
    QTest::newRow("fr narrow space and symbol")
        << "fr_FR"
        << "EUR"
        << "1" + nnbsp + "234,50" + nbsp + "€" << qint64(123450);
    QTest::newRow("fr dots group") << "fr_FR"
                                   << "EUR"
                                   << "1.234,50 €" << qint64(123450);
    QTest::newRow("fr dot before three digits groups") << "fr_FR"
                                                       << "EUR"
                                                       << "1.234" << qint64(123400);
    QTest::newRow("fr dot before two digits is decimal") << "fr_FR"
                                                         << "EUR"
                                                         << "1234.50" << qint64(123450);
    QTest::newRow("fr English writing") << "fr_FR"
                                        << "EUR"
                                        << "€1,234.50" << qint64(123450);
    QTest::newRow("fr millions") << "fr_FR"
                                 << "EUR"
                                 << "1.234.567,89" << qint64(123456789);
    QTest::newRow("fr minus") << "fr_FR"
                              << "EUR"
                              << "-12" << qint64(-1200);
    QTest::newRow("fr minus and symbol") << "fr_FR"
                                         << "EUR"
                                         << "-1 234,50 €" << qint64(-123450);
    QTest::newRow("fr parentheses") << "fr_FR"
                                    << "EUR"
                                    << "(1 234,50 €)" << qint64(-123450);
    QTest::newRow("fr plus") << "fr_FR"
                             << "EUR"
                             << "+12" << qint64(1200);
    QTest::newRow("fr code before") << "fr_FR"
                                    << "EUR"
                                    << "EUR 12" << qint64(1200);
    QTest::newRow("fr code after, lower case") << "fr_FR"
                                               << "EUR"
                                               << "12 eur" << qint64(1200);
    QTest::newRow("fr cents") << "fr_FR"
                              << "EUR"
                              << "0,05" << qint64(5);
    QTest::newRow("fr no integer digits") << "fr_FR"
                                          << "EUR"
                                          << ",5" << qint64(50);
    QTest::newRow("fr surrounding spaces") << "fr_FR"
                                           << "EUR"
                                           << "  12,30  " << qint64(1230);
    QTest::newRow("fr dinars: comma is decimal") << "fr_FR"
                                                 << "BHD"
                                                 << "1,234" << qint64(1234);
    QTest::newRow("fr dinars: dot groups") << "fr_FR"
                                           << "BHD"
                                           << "1.234" << qint64(1234000);
    QTest::newRow("fr yen: dot groups") << "fr_FR"
                                        << "JPY"
                                        << "1.234" << qint64(1234);
    // English: "." is the decimal mark, so a "," before three digits groups thousands.
    QTest::newRow("en symbol first") << "en_US"
                                     << "EUR"
                                     << "€1,234.50" << qint64(123450);
    QTest::newRow("en without symbol") << "en_US"
                                       << "EUR"
                                       << "1,234.50" << qint64(123450);
    QTest::newRow("en comma before three digits groups") << "en_US"
                                                         << "EUR"
                                                         << "1,234" << qint64(123400);
    QTest::newRow("en comma before one digit is decimal") << "en_US"
                                                          << "EUR"
                                                          << "1234,5" << qint64(123450);
    QTest::newRow("en French writing") << "en_US"
                                       << "EUR"
                                       << "1.234,50" << qint64(123450);
    QTest::newRow("en space groups") << "en_US"
                                     << "EUR"
                                     << "1 234.50" << qint64(123450);
    QTest::newRow("en millions") << "en_US"
                                 << "EUR"
                                 << "1,234,567" << qint64(123456700);
    QTest::newRow("en minus before symbol") << "en_US"
                                            << "EUR"
                                            << "-€12.00" << qint64(-1200);
    QTest::newRow("en minus after symbol") << "en_US"
                                           << "EUR"
                                           << "€-12" << qint64(-1200);
    QTest::newRow("en parentheses") << "en_US"
                                    << "EUR"
                                    << "(€12.00)" << qint64(-1200);
    QTest::newRow("en dollars") << "en_US"
                                << "USD"
                                << "$1,234.50" << qint64(123450);
    QTest::newRow("en yen") << "en_US"
                            << "JPY"
                            << "¥1,234" << qint64(1234);
    QTest::newRow("en dinars: dot is decimal") << "en_US"
                                               << "BHD"
                                               << "1.234" << qint64(1234);
    QTest::newRow("en francs") << "en_US"
                               << "CHF"
                               << "CHF 10.50" << qint64(1050);
    QTest::newRow("de euros") << "de_DE"
                              << "EUR"
                              << "1.234,50 €" << qint64(123450);
    QTest::newRow("de dot groups") << "de_DE"
                                   << "EUR"
                                   << "1.234" << qint64(123400);
    QTest::newRow("largest") << "en_US"
                             << "EUR"
                             << "92233720368547758.07" << maxMinor;
    QTest::newRow("largest negative") << "en_US"
                                      << "EUR"
                                      << "-92233720368547758.07" << -maxMinor;
    // Arabic digits and marks are the locale's own, so nothing is ambiguous.
    QTest::newRow("ar digits") << "ar_EG"
                               << "EUR"
                               << "١٬٢٣٤٫٥٠" << qint64(123450);
}

void TestMoney::shouldParseWhatPeopleType()
{
    QFETCH(QString, locale);
    QFETCH(QString, currency);
    QFETCH(QString, text);
    QFETCH(qint64, minor);
    const auto parsed = money::parse(text, currency, QLocale(locale));
    QVERIFY2(parsed.ok(), qPrintable(parsed.ok() ? QString() : parsed.error().message));
    QCOMPARE(*parsed, minor);
}

void TestMoney::shouldRefuseMalformedAmountsQuotingTheText_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("currency");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("reason"); // a word the message must contain
    QTest::newRow("empty") << "fr_FR"
                           << "EUR"
                           << ""
                           << "nothing";
    QTest::newRow("only spaces") << "fr_FR"
                                 << "EUR"
                                 << "   "
                                 << "nothing";
    QTest::newRow("fr 12,3,4") << "fr_FR"
                               << "EUR"
                               << "12,3,4"
                               << "separators";
    QTest::newRow("en 12,3,4") << "en_US"
                               << "EUR"
                               << "12,3,4"
                               << "separators";
    QTest::newRow("two decimal marks") << "fr_FR"
                                       << "EUR"
                                       << "1.2.3,4,5"
                                       << "separators";
    QTest::newRow("bad group") << "fr_FR"
                               << "EUR"
                               << "1 23"
                               << "separators";
    QTest::newRow("letters") << "fr_FR"
                             << "EUR"
                             << "abc"
                             << "contains";
    QTest::newRow("trailing letter") << "en_US"
                                     << "EUR"
                                     << "12a"
                                     << "contains";
    QTest::newRow("only a sign") << "en_US"
                                 << "EUR"
                                 << "-"
                                 << "digits";
    QTest::newRow("only a mark") << "en_US"
                                 << "EUR"
                                 << ","
                                 << "digits";
    QTest::newRow("only the symbol") << "en_US"
                                     << "EUR"
                                     << "€"
                                     << "digits";
    QTest::newRow("two signs") << "en_US"
                               << "EUR"
                               << "--12"
                               << "sign";
    QTest::newRow("sign in parentheses") << "en_US"
                                         << "EUR"
                                         << "(-12)"
                                         << "sign";
    QTest::newRow("fr 1,234 is 1.234 euros") << "fr_FR"
                                             << "EUR"
                                             << "1,234"
                                             << "decimals";
    QTest::newRow("en 1.234 is 1.234 euros") << "en_US"
                                             << "EUR"
                                             << "1.234"
                                             << "decimals";
    QTest::newRow("three decimals") << "fr_FR"
                                    << "EUR"
                                    << "1 234,567"
                                    << "decimals";
    QTest::newRow("yen have no cents") << "en_US"
                                       << "JPY"
                                       << "12.5"
                                       << "decimals";
    QTest::newRow("another currency code") << "fr_FR"
                                           << "EUR"
                                           << "12 USD"
                                           << "USD";
    QTest::newRow("another currency symbol") << "en_US"
                                             << "EUR"
                                             << "$12"
                                             << "USD";
    QTest::newRow("just too large") << "en_US"
                                    << "EUR"
                                    << "92233720368547758.08"
                                    << "large";
    QTest::newRow("far too large") << "en_US"
                                   << "EUR"
                                   << "99999999999999999999999"
                                   << "large";
    // An Arabic locale writes neither "," nor "." as its decimal mark: it cannot settle these.
    QTest::newRow("ambiguous without a locale rule") << "ar_EG"
                                                     << "EUR"
                                                     << "1,234"
                                                     << "ambiguous";
}

void TestMoney::shouldRefuseMalformedAmountsQuotingTheText()
{
    QFETCH(QString, locale);
    QFETCH(QString, currency);
    QFETCH(QString, text);
    QFETCH(QString, reason);
    const auto parsed = money::parse(text, currency, QLocale(locale));
    QVERIFY2(!parsed.ok(),
             qPrintable(QStringLiteral("parsed as %1").arg(parsed.ok() ? *parsed : 0)));
    QCOMPARE(parsed.error().code, Error::Code::Invalid);
    const QString message = parsed.error().message;
    QVERIFY2(message.contains(QLatin1Char('"') + text + QLatin1Char('"')), qPrintable(message));
    QVERIFY2(message.contains(reason), qPrintable(message));
}

void TestMoney::shouldRoundTripThroughFormatAndParse_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("currency");
    QTest::addColumn<qint64>("minor");
    const QList<qint64> amounts
        = { 0,        1,        -1, 5, 99, 100, 1000, 123456, -123456, 100000000, 1234567890123,
            maxMinor, -maxMinor };
    for (const char *locale : { "fr_FR", "en_US", "en_GB", "de_DE", "C" }) {
        for (const char *currency : { "EUR", "JPY", "BHD", "CHF" }) {
            for (qint64 minor : amounts)
                QTest::addRow("%s %s %lld", locale, currency, qlonglong(minor))
                    << locale << currency << minor;
        }
    }
}

void TestMoney::shouldRoundTripThroughFormatAndParse()
{
    QFETCH(QString, locale);
    QFETCH(QString, currency);
    QFETCH(qint64, minor);
    const QLocale l(locale);
    // The decimal string is locale-independent (JSON, CSV): it round-trips through the C locale.
    const QList<std::pair<QString, QLocale>> cases = {
        { money::format(minor, currency, l), l },
        { money::formatNumber(minor, currency, l), l },
        { money::toDecimalString(minor, currency), QLocale::c() },
    };
    for (const auto &[text, parseLocale] : cases) {
        const auto parsed = money::parse(text, currency, parseLocale);
        QVERIFY2(parsed.ok(),
                 qPrintable(text + QStringLiteral(": ")
                            + (parsed.ok() ? QString() : parsed.error().message)));
        QCOMPARE(*parsed, minor);
    }
}

QTEST_APPLESS_MAIN(TestMoney)
#include "tst_money.moc"
