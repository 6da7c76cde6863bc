// SPDX-License-Identifier: GPL-3.0-or-later
// Products: exact row totals in minor units (discounts and taxes, inclusive and exclusive,
// rounding), the catalogue, and deal rows with the amount that follows them unless typed.

#include "../common/testworkspace.h"

#include "productservice.h"

#include <QTest>

using namespace comptoir;
using namespace comptoir::test;

namespace {
DealProduct row(qint64 quantityMilli, qint64 priceMinor, int discountBp, qint64 discountMinor, int taxRateBp, bool taxIncluded)
{
    DealProduct r;
    r.name = QStringLiteral("Row");
    r.quantityMilli = quantityMilli;
    r.priceMinor = priceMinor;
    r.discountBp = discountBp;
    r.discountMinor = discountMinor;
    r.taxRateBp = taxRateBp;
    r.taxIncluded = taxIncluded;
    return r;
}
} // namespace

class TestProducts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rowTotalsAreExact_data()
    {
        QTest::addColumn<qint64>("quantityMilli");
        QTest::addColumn<qint64>("priceMinor");
        QTest::addColumn<int>("discountBp");
        QTest::addColumn<qint64>("discountMinor");
        QTest::addColumn<int>("taxRateBp");
        QTest::addColumn<bool>("taxIncluded");
        QTest::addColumn<qint64>("net");
        QTest::addColumn<qint64>("tax");
        QTest::addColumn<qint64>("total");

        // 2 × 10.00, no discount, no tax.
        QTest::newRow("plain") << qint64(2000) << qint64(1000) << 0 << qint64(0) << 0 << false << qint64(2000) << qint64(0) << qint64(2000);
        // 2 × 10.00 − 5 % + 20 % tax on top: 19.00 net, 3.80 tax.
        QTest::newRow("percent, tax exclusive") << qint64(2000) << qint64(1000) << 500 << qint64(0) << 2000 << false
                                                << qint64(1900) << qint64(380) << qint64(2280);
        // The same price with the tax inside: 19.00 total, of which 15.83 net (19 / 1.2 = 15.8333).
        QTest::newRow("percent, tax inclusive") << qint64(2000) << qint64(1000) << 500 << qint64(0) << 2000 << true
                                                << qint64(1583) << qint64(317) << qint64(1900);
        // 2.00 off each unit: 2 × 8.00 = 16.00, + 5.5 % = 16.88.
        QTest::newRow("amount, tax exclusive") << qint64(2000) << qint64(1000) << 0 << qint64(200) << 550 << false
                                               << qint64(1600) << qint64(88) << qint64(1688);
        // 1.5 × 0.99 = 1.485 -> 1.49 (half away from zero).
        QTest::newRow("half a cent rounds up") << qint64(1500) << qint64(99) << 0 << qint64(0) << 0 << false
                                               << qint64(149) << qint64(0) << qint64(149);
        // 3 × 3.33 − 10 % = 8.991 -> 8.99; + 20 % = 10.7892 -> 10.79 (rounded once, not 8.99 × 1.2).
        QTest::newRow("rounded once") << qint64(3000) << qint64(333) << 1000 << qint64(0) << 2000 << false
                                      << qint64(899) << qint64(180) << qint64(1079);
        // 0.333 × 10.00 = 3.33; 20 % inclusive: net 2.775 -> 2.78, tax 0.55.
        QTest::newRow("fraction of a unit, inclusive") << qint64(333) << qint64(1000) << 0 << qint64(0) << 2000 << true
                                                       << qint64(278) << qint64(55) << qint64(333);
        // A free row: 100 % off.
        QTest::newRow("free") << qint64(1000) << qint64(4999) << 10000 << qint64(0) << 2000 << false << qint64(0) << qint64(0) << qint64(0);
        // Large amounts do not overflow: 1 000 000 × 99 999 999.99 with 20 % tax.
        QTest::newRow("large") << qint64(1000000000) << qint64(9999999999) << 0 << qint64(0) << 2000 << false
                               << qint64(9999999999000000) << qint64(1999999999800000) << qint64(11999999998800000);
    }

    void rowTotalsAreExact()
    {
        QFETCH(qint64, quantityMilli);
        QFETCH(qint64, priceMinor);
        QFETCH(int, discountBp);
        QFETCH(qint64, discountMinor);
        QFETCH(int, taxRateBp);
        QFETCH(bool, taxIncluded);
        QFETCH(qint64, net);
        QFETCH(qint64, tax);
        QFETCH(qint64, total);
        const DealProduct r = row(quantityMilli, priceMinor, discountBp, discountMinor, taxRateBp, taxIncluded);
        const ProductTotals t = products::rowTotals(r);
        QCOMPARE(t.netMinor, net);
        QCOMPARE(t.taxMinor, tax);
        QCOMPARE(t.totalMinor, total);
        QCOMPARE(r.totalMinor(), total);
    }

    void theDealAmountEqualsTheSumOfItsRows()
    {
        TestWorkspace tw;
        Deal d;
        d.title = QStringLiteral("Four");
        d.amountMinor = 50000;
        COMPTOIR_TRY(deal, tw->deals().create(tw.actor(), d));
        QVERIFY(deal->amountManual);
        const QList<DealProduct> rows = {row(2000, 1000, 500, 0, 2000, false), row(1500, 99, 0, 0, 0, false),
                                         row(333, 1000, 0, 0, 2000, true)};
        COMPTOIR_TRY(changed, tw->products().setRows(tw.actor(), deal->id, rows));
        // The first rows make the amount: 22.80 + 1.49 + 3.33.
        QVERIFY(!changed->amountManual);
        QCOMPARE(changed->amountMinor, qint64(2280 + 149 + 333));
        QCOMPARE(products::totals(changed->products).totalMinor, changed->amountMinor);
        QCOMPARE(changed->products.size(), 3);

        // Removing a row follows too, with a history row.
        COMPTOIR_TRY(fewer, tw->products().removeRow(tw.actor(), deal->id, changed->products.at(1).id));
        QCOMPARE(fewer->amountMinor, qint64(2280 + 333));
        auto events = tw->deals().history(tw.actor(), deal->id);
        QVERIFY(events.ok());
        int productEvents = 0;
        for (const HistoryEvent &e : *events)
            productEvents += e.type == history::ProductsChanged ? 1 : 0;
        QCOMPARE(productEvents, 2);
    }

    void aTypedAmountStaysUntilTheUserSwitchesBack()
    {
        TestWorkspace tw;
        Deal d;
        d.title = QStringLiteral("Four");
        COMPTOIR_TRY(deal, tw->deals().create(tw.actor(), d));
        COMPTOIR_VERIFY_OK(tw->products().addRow(tw.actor(), deal->id, row(1000, 10000, 0, 0, 0, false)));
        COMPTOIR_TRY(typed, tw->products().setAmountTyped(tw.actor(), deal->id, true, 12345));
        QVERIFY(typed->amountManual);
        QCOMPARE(typed->amountMinor, qint64(12345));
        COMPTOIR_TRY(more, tw->products().addRow(tw.actor(), deal->id, row(1000, 500, 0, 0, 0, false)));
        QCOMPARE(more->amountMinor, qint64(12345));
        COMPTOIR_TRY(following, tw->products().setAmountTyped(tw.actor(), deal->id, false));
        QCOMPARE(following->amountMinor, qint64(10500));
        QVERIFY(tw.open());
        COMPTOIR_TRY(stored, tw->deals().get(tw.actor(), deal->id));
        QVERIFY(!stored->amountManual);
        QCOMPARE(stored->products.size(), 2);
    }

    void anAmountDiscountIsStored()
    {
        TestWorkspace tw;
        Deal d;
        d.title = QStringLiteral("Four");
        COMPTOIR_TRY(deal, tw->deals().create(tw.actor(), d));
        COMPTOIR_VERIFY_OK(tw->products().addRow(tw.actor(), deal->id, row(2000, 1000, 0, 200, 0, false)));
        QVERIFY(tw.open());
        COMPTOIR_TRY(stored, tw->deals().get(tw.actor(), deal->id));
        QCOMPARE(stored->products.first().discountMinor, qint64(200));
        QCOMPARE(stored->amountMinor, qint64(1600));
        // Both kinds on one row, or more off than the price, are refused.
        auto both = tw->products().addRow(tw.actor(), deal->id, row(1000, 1000, 500, 100, 0, false));
        QVERIFY(!both.ok());
        auto tooMuch = tw->products().addRow(tw.actor(), deal->id, row(1000, 1000, 0, 1001, 0, false));
        QVERIFY(!tooMuch.ok());
    }

    void theCatalogueAddsEditsAndDeactivates()
    {
        TestWorkspace tw;
        Product oven;
        oven.name = QStringLiteral("Four à sole");
        oven.priceMinor = 1250000;
        oven.taxRateBp = 2000;
        COMPTOIR_TRY(added, tw->products().add(tw.actor(), oven));
        QVERIFY(added->id > 0);
        COMPTOIR_TRY(found, tw->products().resolve(QStringLiteral("four À SOLE")));
        QCOMPARE(found->id, added->id);
        Product cheaper = *found;
        cheaper.priceMinor = 1100000;
        COMPTOIR_VERIFY_OK(tw->products().update(tw.actor(), cheaper));
        COMPTOIR_VERIFY_OK(tw->products().setActive(tw.actor(), added->id, false));
        COMPTOIR_TRY(active, tw->products().products(true));
        QVERIFY(active->isEmpty());
        COMPTOIR_TRY(all, tw->products().products());
        QCOMPARE(all->size(), 1);
        QCOMPARE(all->first().priceMinor, qint64(1100000));
        QVERIFY(!all->first().active);

        Product bad;
        bad.name = QStringLiteral("Bad");
        bad.taxRateBp = 12000;
        auto refused = tw->products().add(tw.actor(), bad);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().message, QStringLiteral("The tax rate of “Bad” must be between 0 and 100 %."));
    }

    void quantitiesDiscountsAndRatesAreParsed_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("bp");
        QTest::addColumn<qint64>("minor");
        QTest::newRow("percent") << "5%" << 500 << qint64(0);
        QTest::newRow("percent with a space and decimals") << "5,5 %" << 550 << qint64(0);
        QTest::newRow("amount") << "2.00" << 0 << qint64(200);
        QTest::newRow("amount without decimals") << "3" << 0 << qint64(300);
    }

    void quantitiesDiscountsAndRatesAreParsed()
    {
        QFETCH(QString, text);
        QFETCH(int, bp);
        QFETCH(qint64, minor);
        const QLocale english(QLocale::English, QLocale::UnitedStates);
        COMPTOIR_TRY(discount, products::parseDiscount(text, QStringLiteral("EUR"), english));
        QCOMPARE(discount->bp, bp);
        QCOMPARE(discount->minor, minor);
        COMPTOIR_TRY(quantity, products::parseQuantity(QStringLiteral("1,25"), english));
        QCOMPARE(*quantity, qint64(1250));
        QVERIFY(!products::parseQuantity(QStringLiteral("0")).ok());
        QVERIFY(!products::parseQuantity(QStringLiteral("1.2345")).ok());
        QVERIFY(!products::parseDiscount(QStringLiteral("120%"), QStringLiteral("EUR")).ok());
        QCOMPARE(products::formatQuantity(1500, english), QStringLiteral("1.5"));
        QCOMPARE(products::formatQuantity(2000, english), QStringLiteral("2"));
        QCOMPARE(products::formatPercent(550, english), QStringLiteral("5.5\u00a0%"));
    }
};

QTEST_GUILESS_MAIN(TestProducts)
#include "tst_products.moc"
