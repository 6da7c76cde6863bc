// SPDX-License-Identifier: GPL-3.0-or-later
// The product catalogue model (Settings → Products): products typed in the user's locale are
// added and edited in the database, in place or from the form; bad input is refused with a
// message naming the field and changes nothing; a deactivated product is no longer offered but
// stays on the deals that use it.

#include "testworkspace.h"

#include "money.h"
#include "productcataloguemodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>

using namespace comptoir;
using namespace comptoir::test;

namespace {

const QLocale french(QLocale::French, QLocale::France);

ProductCatalogueModel::Input input(const QString &name, const QString &price, const QString &tax = QStringLiteral("20"),
                                   const QString &currency = QStringLiteral("EUR"))
{
    return ProductCatalogueModel::Input{name, price, currency, tax, false, true};
}

} // namespace

class TestProductCatalogueModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_tw = std::make_unique<TestWorkspace>();
        QVERIFY2(m_tw->isOpen(), qPrintable(m_tw->error()));
        m_model = std::make_unique<ProductCatalogueModel>(m_tw->ws(), french);
        m_tester = std::make_unique<QAbstractItemModelTester>(m_model.get(),
                                                              QAbstractItemModelTester::FailureReportingMode::QtTest);
    }
    void cleanup()
    {
        m_tester.reset();
        m_model.reset();
        m_tw.reset();
    }

    void aProductTypedInFrenchIsStoredInMinorUnits()
    {
        COMPTOIR_TRY(added, m_model->add(input(QStringLiteral("Audit"), QStringLiteral("1 234,50"), QStringLiteral("5,5"))));
        COMPTOIR_TRY(stored, (*m_tw)->products().product(added->id));
        QCOMPARE(stored->name, QStringLiteral("Audit"));
        QCOMPARE(stored->priceMinor, qint64(123450));
        QCOMPARE(stored->taxRateBp, 550);
        QCOMPARE(stored->currency, QStringLiteral("EUR"));
        QVERIFY(stored->active);
        QCOMPARE(m_model->rowCount(), 1);
        const int row = m_model->rowOf(added->id);
        QCOMPARE(m_model->index(row, ProductCatalogueModel::PriceColumn).data(Qt::EditRole).toString(),
                 money::formatNumber(123450, QStringLiteral("EUR"), french));
        QCOMPARE(m_model->index(row, ProductCatalogueModel::TaxColumn).data().toString(), QStringLiteral("5,5\u00a0%"));
    }

    void productsAreListedByName()
    {
        for (const QString &name : {QStringLiteral("Training"), QStringLiteral("audit"), QStringLiteral("Licence")})
            COMPTOIR_VERIFY_OK(m_model->add(input(name, QStringLiteral("10"))));
        QCOMPARE(m_model->rowCount(), 3);
        QCOMPARE(m_model->index(0, 0).data().toString(), QStringLiteral("audit"));
        QCOMPARE(m_model->index(2, 0).data().toString(), QStringLiteral("Training"));
    }

    void anEditInPlaceReachesTheDatabase_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<QVariant>("value");
        QTest::addColumn<int>("role");
        QTest::addColumn<QString>("expected");
        QTest::newRow("name") << int(ProductCatalogueModel::NameColumn) << QVariant(QStringLiteral("Audit+"))
                              << int(Qt::EditRole) << "Audit+|10000|EUR|2000|0|1";
        QTest::newRow("price") << int(ProductCatalogueModel::PriceColumn) << QVariant(QStringLiteral("1 099,90"))
                               << int(Qt::EditRole) << "Audit|109990|EUR|2000|0|1";
        QTest::newRow("currency") << int(ProductCatalogueModel::CurrencyColumn) << QVariant(QStringLiteral("usd"))
                                  << int(Qt::EditRole) << "Audit|10000|USD|2000|0|1";
        QTest::newRow("tax") << int(ProductCatalogueModel::TaxColumn) << QVariant(QStringLiteral("5,5 %"))
                             << int(Qt::EditRole) << "Audit|10000|EUR|550|0|1";
        QTest::newRow("tax included") << int(ProductCatalogueModel::TaxIncludedColumn) << QVariant(int(Qt::Checked))
                                      << int(Qt::CheckStateRole) << "Audit|10000|EUR|2000|1|1";
        QTest::newRow("inactive") << int(ProductCatalogueModel::ActiveColumn) << QVariant(int(Qt::Unchecked))
                                  << int(Qt::CheckStateRole) << "Audit|10000|EUR|2000|0|0";
    }
    void anEditInPlaceReachesTheDatabase()
    {
        QFETCH(int, column);
        QFETCH(QVariant, value);
        QFETCH(int, role);
        QFETCH(QString, expected);
        COMPTOIR_TRY(added, m_model->add(input(QStringLiteral("Audit"), QStringLiteral("100"))));
        QVERIFY(m_model->setData(m_model->index(0, column), value, role));
        COMPTOIR_TRY(p, (*m_tw)->products().product(added->id));
        const QString stored = QStringList{p->name, QString::number(p->priceMinor), p->currency,
                                           QString::number(p->taxRateBp), QString::number(int(p->taxIncluded)),
                                           QString::number(int(p->active))}
                                   .join(QLatin1Char('|'));
        QCOMPARE(stored, expected);
        QCOMPARE(m_model->productAt(0).name, p->name); // the model follows the catalogue
        QCOMPARE(m_model->productAt(0).priceMinor, p->priceMinor);
    }

    void badInputNamesTheFieldAndStoresNothing_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("price");
        QTest::addColumn<QString>("tax");
        QTest::addColumn<QString>("currency");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("empty name") << "  " << "10" << "20" << "EUR" << "name" << "Name";
        QTest::newRow("price with a letter") << "Audit" << "12,3x" << "20" << "EUR" << "price" << "12,3x";
        QTest::newRow("no price") << "Audit" << "" << "20" << "EUR" << "price" << "Unit price";
        QTest::newRow("negative price") << "Audit" << "-5" << "20" << "EUR" << "price" << "Unit price";
        QTest::newRow("too many decimals") << "Audit" << "1,234" << "20" << "EUR" << "price" << "Unit price";
        QTest::newRow("tax not a number") << "Audit" << "10" << "vingt" << "EUR" << "tax" << "Tax";
        QTest::newRow("tax above 100 %") << "Audit" << "10" << "150" << "EUR" << "tax" << "Tax";
        QTest::newRow("bad currency") << "Audit" << "10" << "20" << "EU" << "currency" << "Currency";
    }
    void badInputNamesTheFieldAndStoresNothing()
    {
        QFETCH(QString, name);
        QFETCH(QString, price);
        QFETCH(QString, tax);
        QFETCH(QString, currency);
        QFETCH(QString, field);
        QFETCH(QString, mentions);
        const auto added = m_model->add(input(name, price, tax, currency));
        QVERIFY(!added);
        QCOMPARE(added.error().field, field);
        QVERIFY2(added.error().message.contains(mentions), qPrintable(added.error().message));
        QCOMPARE(rowCount(m_tw->db(), QStringLiteral("products")), qint64(0));
        QCOMPARE(m_model->rowCount(), 0);
    }

    void aRefusedEditInPlaceIsReportedAndKeepsTheStoredValue()
    {
        COMPTOIR_TRY(added, m_model->add(input(QStringLiteral("Audit"), QStringLiteral("100"))));
        QStringList reported;
        m_model->setErrorHandler([&reported](const Error &error) { reported << error.message; });
        QSignalSpy signalled(m_model.get(), &ProductCatalogueModel::errorOccurred);
        QVERIFY(!m_model->setData(m_model->index(0, ProductCatalogueModel::PriceColumn), QStringLiteral("12,3x")));
        QCOMPARE(reported.size(), 1);
        QVERIFY2(reported.first().startsWith(QStringLiteral("Unit price")), qPrintable(reported.first()));
        QCOMPARE(signalled.size(), 1);
        COMPTOIR_TRY(p, (*m_tw)->products().product(added->id));
        QCOMPARE(p->priceMinor, qint64(10000));
    }

    void aDeactivatedProductIsNoLongerOfferedButStaysOnItsDeals()
    {
        COMPTOIR_TRY(added, m_model->add(input(QStringLiteral("Audit"), QStringLiteral("100"))));
        Deal draft;
        draft.title = QStringLiteral("Audit for Dupont");
        COMPTOIR_TRY(deal, (*m_tw)->deals().create(m_tw->actor(), draft));
        COMPTOIR_VERIFY_OK((*m_tw)->products().addRow(m_tw->actor(), deal->id, products::rowFor(*added)));

        COMPTOIR_VERIFY_OK(m_model->setActive(added->id, false));
        QCOMPARE(m_model->rowCount(), 1); // still listed, shown as inactive
        QCOMPARE(m_model->index(0, 0).data(ProductCatalogueModel::ActiveRole).toBool(), false);
        QCOMPARE(m_model->index(0, ProductCatalogueModel::ActiveColumn).data(Qt::CheckStateRole).toInt(),
                 int(Qt::Unchecked));
        COMPTOIR_TRY(offered, (*m_tw)->products().products(true));
        QVERIFY(offered->isEmpty());
        COMPTOIR_TRY(reread, (*m_tw)->deals().get(m_tw->actor(), deal->id));
        QCOMPARE(reread->products.size(), 1);
        QCOMPARE(reread->products.first().productId, std::optional<Id>(added->id));

        COMPTOIR_VERIFY_OK(m_model->setActive(added->id, true));
        COMPTOIR_TRY(again, (*m_tw)->products().products(true));
        QCOMPARE(again->size(), 1);
    }

    void theCurrenciesComeFromTheCurrencyList()
    {
        const QStringList codes = m_model->currencies();
        QVERIFY2(codes.contains(QStringLiteral("EUR")), qPrintable(codes.join(QLatin1Char(','))));
        COMPTOIR_VERIFY_OK(m_model->add(input(QStringLiteral("Import"), QStringLiteral("10"), QStringLiteral("0"),
                                              QStringLiteral("CHF"))));
        QVERIFY(m_model->currencies().contains(QStringLiteral("CHF"))); // in use, so still offered
    }

private:
    std::unique_ptr<TestWorkspace> m_tw;
    std::unique_ptr<ProductCatalogueModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

QTEST_GUILESS_MAIN(TestProductCatalogueModel)
#include "tst_productcataloguemodel.moc"
