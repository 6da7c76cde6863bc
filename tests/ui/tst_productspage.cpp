// SPDX-License-Identifier: GPL-3.0-or-later
// Settings → Products offscreen: a product typed in the form (French locale) is saved and then
// offered by a deal's Products tab; bad input is written next to its field; a deactivated
// product leaves the picker; the deal editor's "Edit catalogue…" opens the same page.
#include "dealeditor.h"
#include "money.h"
#include "productcataloguemodel.h"
#include "productspage.h"
#include "productstable.h"
#include "settingsdialog.h"
#include "testworkspace.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>

using namespace comptoir;
using comptoir::test::TestWorkspace;

namespace {

const QLocale french(QLocale::French, QLocale::France);

void typeInto(QLineEdit *edit, const QString &text)
{
    edit->setFocus();
    edit->selectAll();
    QTest::keyClicks(edit, text);
}

QPushButton *button(QWidget *parent, const char *name)
{
    return parent->findChild<QPushButton *>(QLatin1String(name));
}

// The names the deal's "Add from the catalogue…" picker offers.
QStringList offered(const ProductsTable &table)
{
    const auto *combo = table.findChild<QComboBox *>(QStringLiteral("catalogueCombo"));
    QStringList names;
    for (int i = 1; i < combo->count(); ++i)
        names << combo->itemText(i);
    return names;
}

} // namespace

class TestProductsPage : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestWorkspace> m_ws;
    Deal m_deal;

    // Fills the form as a user would, with the keyboard, and clicks Save.
    void typeProduct(ProductsPage &page, const QString &name, const QString &price, const QString &tax)
    {
        QTest::mouseClick(button(&page, "newProductButton"), Qt::LeftButton);
        typeInto(page.nameEdit(), name);
        typeInto(page.priceEdit(), price);
        typeInto(page.taxEdit(), tax);
        QTest::mouseClick(page.saveButton(), Qt::LeftButton);
    }

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(french); }

    void init()
    {
        QSettings(QStringLiteral("Comptoir"), QStringLiteral("Comptoir")).setValue(DealEditor::proactivePromptKey(), false);
        m_ws = std::make_unique<TestWorkspace>();
        Deal draft;
        draft.title = QStringLiteral("Comptoir en chêne");
        m_deal = m_ws->ws().deals().create(m_ws->actor(), draft).value();
    }
    void cleanup() { m_ws.reset(); }

    void aProductTypedInThePageIsSavedThenPickedInADeal()
    {
        SettingsDialog dialog(m_ws->ws());
        dialog.showPage(SettingsDialog::Page::Products);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        ProductsPage *page = dialog.productsPage();
        QCOMPARE(dialog.tabs()->currentWidget(), page);
        typeProduct(*page, QStringLiteral("Pied de comptoir"), QStringLiteral("1 234,50"), QStringLiteral("20"));
        for (const QString &field : {QStringLiteral("name"), QStringLiteral("price"), QStringLiteral("tax")})
            QVERIFY2(page->fieldError(field).isEmpty(), qPrintable(page->fieldError(field)));
        QVERIFY2(page->messageLabel()->text().isEmpty(), qPrintable(page->messageLabel()->text()));

        const auto stored = m_ws->ws().products().resolve(QStringLiteral("Pied de comptoir"));
        COMPTOIR_VERIFY_OK(stored);
        QCOMPARE(stored->priceMinor, qint64(123450));
        QCOMPARE(stored->taxRateBp, 2000);
        QCOMPARE(stored->currency, QStringLiteral("EUR"));
        QVERIFY(stored->active);
        QCOMPARE(page->editedProduct(), stored->id); // the saved product stays selected
        QCOMPARE(page->table()->currentIndex().row(), page->model()->rowOf(stored->id));
        QCOMPARE(page->priceEdit()->text(), money::formatNumber(123450, QStringLiteral("EUR"), french));

        DealEditor editor(m_ws->ws(), french);
        COMPTOIR_VERIFY_OK(editor.openDeal(m_deal.id));
        ProductsTable *products = editor.productsTable();
        auto *combo = products->findChild<QComboBox *>(QStringLiteral("catalogueCombo"));
        const int item = combo->findData(QVariant::fromValue(stored->id));
        QVERIFY(item > 0);
        QVERIFY2(combo->itemText(item).startsWith(QStringLiteral("Pied de comptoir")), qPrintable(combo->itemText(item)));
        combo->activated(item);
        QCOMPARE(products->rows().size(), 1);
        QCOMPARE(products->rows().first().productId, std::optional<Id>(stored->id));
        QCOMPARE(products->rows().first().priceMinor, qint64(123450));
        QVERIFY(editor.save());
        const Deal deal = m_ws->ws().deals().get(m_ws->actor(), m_deal.id).value();
        QCOMPARE(deal.products.size(), 1);
        QCOMPARE(deal.products.first().name, QStringLiteral("Pied de comptoir"));
        QCOMPARE(deal.amountMinor, qint64(148140)); // 1 234,50 + 20 %
    }

    void badInputIsShownNextToItsFieldAndNothingIsStored_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("price");
        QTest::addColumn<QString>("tax");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("empty name") << "" << "10" << "20" << "name" << "Name";
        QTest::newRow("bad price") << "Pied" << "12,3x" << "20" << "price" << "12,3x";
        QTest::newRow("bad tax") << "Pied" << "10" << "vingt" << "tax" << "Tax";
    }
    void badInputIsShownNextToItsFieldAndNothingIsStored()
    {
        QFETCH(QString, name);
        QFETCH(QString, price);
        QFETCH(QString, tax);
        QFETCH(QString, field);
        QFETCH(QString, mentions);
        SettingsDialog dialog(m_ws->ws());
        dialog.showPage(SettingsDialog::Page::Products);
        dialog.show();
        ProductsPage *page = dialog.productsPage();
        typeProduct(*page, name, price, tax);
        QVERIFY2(page->fieldError(field).contains(mentions), qPrintable(page->fieldError(field)));
        const auto *label = page->findChild<QLabel *>(field + QStringLiteral("Error"));
        QVERIFY(label->isVisible());
        for (const QString &other : {QStringLiteral("name"), QStringLiteral("price"), QStringLiteral("tax")}) {
            if (other != field)
                QVERIFY(page->fieldError(other).isEmpty());
        }
        QCOMPARE(comptoir::test::rowCount(m_ws->db(), QStringLiteral("products")), qint64(0));
    }

    void anEditInTheTableIsSaved()
    {
        SettingsDialog dialog(m_ws->ws());
        dialog.showPage(SettingsDialog::Page::Products);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        ProductsPage *page = dialog.productsPage();
        typeProduct(*page, QStringLiteral("Pied"), QStringLiteral("100"), QStringLiteral("20"));
        const Id id = page->editedProduct();
        QVERIFY(id);
        QTableView *table = page->table();
        table->setFocus();
        table->setCurrentIndex(page->model()->index(0, ProductCatalogueModel::PriceColumn));
        QTest::keyClick(table, Qt::Key_F2);
        auto *editor = table->viewport()->findChild<QLineEdit *>();
        QVERIFY(editor);
        editor->selectAll();
        QTest::keyClicks(editor, QStringLiteral("99,90"));
        QTest::keyClick(editor, Qt::Key_Return);
        QTRY_COMPARE(m_ws->ws().products().product(id)->priceMinor, qint64(9990));
        QCOMPARE(page->priceEdit()->text(), money::formatNumber(9990, QStringLiteral("EUR"), french));
    }

    void aDeactivatedProductLeavesThePickerButStaysOnTheDeal()
    {
        SettingsDialog dialog(m_ws->ws());
        dialog.showPage(SettingsDialog::Page::Products);
        dialog.show();
        ProductsPage *page = dialog.productsPage();
        typeProduct(*page, QStringLiteral("Pied"), QStringLiteral("100"), QStringLiteral("20"));
        const Id id = page->editedProduct();
        COMPTOIR_VERIFY_OK(m_ws->ws().products().addRow(m_ws->actor(), m_deal.id,
                                                        products::rowFor(m_ws->ws().products().product(id).value())));

        DealEditor editor(m_ws->ws(), french);
        COMPTOIR_VERIFY_OK(editor.openDeal(m_deal.id));
        QCOMPARE(offered(*editor.productsTable()).size(), 1);
        QTest::mouseClick(button(page, "toggleProductButton"), Qt::LeftButton);
        QVERIFY(!m_ws->ws().products().product(id)->active);
        QCOMPARE(button(page, "toggleProductButton")->text(), QStringLiteral("Reac&tivate"));
        QVERIFY(offered(*editor.productsTable()).isEmpty()); // the open editor follows at once
        QCOMPARE(editor.productsTable()->rows().size(), 1);  // its row is kept
        QCOMPARE(editor.productsTable()->rows().first().name, QStringLiteral("Pied"));

        QTest::mouseClick(button(page, "toggleProductButton"), Qt::LeftButton);
        QVERIFY(m_ws->ws().products().product(id)->active);
        QCOMPARE(offered(*editor.productsTable()).size(), 1);
    }

    void editCatalogueInTheDealEditorOpensTheProductsPage()
    {
        DealEditor editor(m_ws->ws(), french);
        COMPTOIR_VERIFY_OK(editor.openDeal(m_deal.id));
        editor.show();
        QVERIFY(offered(*editor.productsTable()).isEmpty());
        QTest::mouseClick(button(editor.productsTable(), "editCatalogueButton"), Qt::LeftButton);
        auto *settings = editor.findChild<SettingsDialog *>();
        QVERIFY(settings);
        QTRY_VERIFY(settings->isVisible());
        QCOMPARE(settings->tabs()->currentWidget(), settings->productsPage());
        typeProduct(*settings->productsPage(), QStringLiteral("Plateau"), QStringLiteral("450"), QStringLiteral("20"));
        settings->close();
        QCOMPARE(offered(*editor.productsTable()).size(), 1);
        QVERIFY(offered(*editor.productsTable()).first().startsWith(QStringLiteral("Plateau")));
    }
};

QTEST_MAIN(TestProductsPage)
#include "tst_productspage.moc"
