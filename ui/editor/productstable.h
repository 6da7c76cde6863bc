// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "entities.h"
#include "productservice.h"

#include <QLocale>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QTableWidget;
class QTableWidgetItem;

namespace comptoir {

// The Products tab: rows of product or free text, quantity, unit price, discount, tax rate and
// whether the price includes the tax; their totals; and whether the deal amount follows them.
class ProductsTable final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProductsTable)
public:
    enum Column { Name, Quantity, Price, Discount, Tax, TaxIncluded, Total, ColumnCount };

    explicit ProductsTable(const QLocale &locale, QWidget *parent = nullptr);

    void setRows(const QList<DealProduct> &rows, const QString &currency, bool amountFollows);
    void setCurrency(const QString &currency);
    // The active catalogue products offered by "Add from the catalogue…".
    void setCatalogue(const QList<Product> &catalogue);
    QList<DealProduct> rows() const { return m_rows; }
    bool amountFollows() const;
    qint64 totalMinor() const;
    // The first cell that does not parse, as a sentence; empty when every cell is valid.
    QString firstError() const;
    QTableWidget *table() const { return m_table; }
    // Adds a row (a catalogue product or free text) and returns its index.
    int addRow(const DealProduct &row);

Q_SIGNALS:
    void edited();
    // "Edit catalogue…": the editor opens Settings → Products.
    void editCatalogueRequested();

private:
    void showRow(int row);
    void cellEdited(QTableWidgetItem *item);
    void updateTotals();

    QLocale m_locale;
    QString m_currency = QStringLiteral("EUR");
    QList<DealProduct> m_rows;
    QHash<QPair<int, int>, QString> m_cellErrors; // (row, column) -> message
    QTableWidget *m_table = nullptr;
    QCheckBox *m_follow = nullptr;
    QComboBox *m_catalogue = nullptr;
    QHash<Id, Product> m_products;
    QLabel *m_totals = nullptr;
    bool m_filling = false;
};

} // namespace comptoir
