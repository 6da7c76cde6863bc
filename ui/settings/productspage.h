// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "entities.h"
#include "productservice.h"
#include "result.h"

#include <QLocale>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace comptoir {

class ProductCatalogueModel;
class Workspace;

// Settings → Products: the small catalogue editor (issue 5). The catalogue as a table, edited
// in place, and a form for the selected product or a new one (name, unit price typed in the
// user's locale, currency from the currency list, tax rate, tax included, active). A refusal
// is written under the field it concerns. Products are deactivated, never deleted: the deals
// that use one keep their rows, and the Products tab stops offering it.
class ProductsPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProductsPage)
public:
    explicit ProductsPage(Workspace &workspace, const QLocale &locale = QLocale(), QWidget *parent = nullptr);

    ProductCatalogueModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *priceEdit() const { return m_price; }
    QComboBox *currencyCombo() const { return m_currency; }
    QLineEdit *taxEdit() const { return m_tax; }
    QCheckBox *taxIncludedBox() const { return m_taxIncluded; }
    QCheckBox *activeBox() const { return m_active; }
    QPushButton *saveButton() const { return m_save; }
    QLabel *messageLabel() const { return m_message; }
    // The message shown next to a field ("name", "price", "currency", "tax"); empty when none.
    QString fieldError(const QString &field) const;

    // The product the form edits; 0 for a new one.
    Id editedProduct() const { return m_edited; }
    void selectProduct(Id productId);
    // Clears the form for a new product.
    void startNew();
    // Adds or updates the product of the form (what Save does).
    Result<Product> save();
    // Deactivates or reactivates the selected product (what the button does).
    Status toggleActive();

private:
    void showProduct(const Product &product);
    void rowSelected();
    void clearErrors();
    void showError(const Error &error);
    void fillCurrencies(const QString &current);
    void updateButtons();

    Workspace &m_workspace;
    ProductCatalogueModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_price = nullptr;
    QComboBox *m_currency = nullptr;
    QLineEdit *m_tax = nullptr;
    QCheckBox *m_taxIncluded = nullptr;
    QCheckBox *m_active = nullptr;
    QHash<QString, QLabel *> m_errors;
    QLabel *m_formTitle = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_toggle = nullptr;
    Id m_edited = 0;
};

} // namespace comptoir
