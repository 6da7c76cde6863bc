// SPDX-License-Identifier: GPL-3.0-or-later
// Amounts typed with or without their currency, as the Kanban quick create reads them.
#include "moneyinput.h"

#include <QTest>

using namespace comptoir;

class TestMoneyInput : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldReadTheCurrencyTypedWithTheAmount_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("minor");
        QTest::addColumn<QString>("currency");
        QTest::newRow("no currency: the default") << "fr_FR" << "1 200" << qint64(120000) << "EUR";
        QTest::newRow("French, euro sign") << "fr_FR" << "1 234,50 €" << qint64(123450) << "EUR";
        QTest::newRow("French, dollar sign after") << "fr_FR" << "1 200 $" << qint64(120000) << "USD";
        QTest::newRow("code before") << "en_US" << "USD 1200" << qint64(120000) << "USD";
        QTest::newRow("code in lower case") << "en_US" << "30 chf" << qint64(3000) << "CHF";
        QTest::newRow("code glued to the number") << "en_US" << "30GBP" << qint64(3000) << "GBP";
        QTest::newRow("pound sign glued") << "en_GB" << "£30.50" << qint64(3050) << "GBP";
        QTest::newRow("English dollar sign") << "en_US" << "$1,200.00" << qint64(120000) << "USD";
    }

    void shouldReadTheCurrencyTypedWithTheAmount()
    {
        QFETCH(QString, locale);
        QFETCH(QString, text);
        QFETCH(qint64, minor);
        QFETCH(QString, currency);
        const QStringList known{QStringLiteral("EUR"), QStringLiteral("USD"), QStringLiteral("GBP"),
                                QStringLiteral("CHF"), QStringLiteral("CAD")};
        const auto parsed = money::parseTyped(text, known, QStringLiteral("EUR"), QLocale(locale));
        QVERIFY2(parsed, qPrintable(parsed ? QString() : parsed.error().message));
        QCOMPARE(parsed->minor, minor);
        QCOMPARE(parsed->currency, currency);
    }

    void shouldRefuseWhatIsNotAnAmount_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("three groups of commas") << "12,3,4";
        QTest::newRow("an unknown code") << "12 XYZ";
        QTest::newRow("words") << "a lot";
    }

    void shouldRefuseWhatIsNotAnAmount()
    {
        QFETCH(QString, text);
        const auto parsed = money::parseTyped(text, {QStringLiteral("EUR"), QStringLiteral("USD")},
                                              QStringLiteral("EUR"), QLocale(QStringLiteral("en_US")));
        QVERIFY(!parsed);
        QVERIFY(!parsed.error().message.isEmpty());
    }
};

QTEST_APPLESS_MAIN(TestMoneyInput)
#include "tst_moneyinput.moc"
