// SPDX-License-Identifier: GPL-3.0-or-later
#include "productstable.h"

#include "money.h"
#include "productservice.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QTableWidget>
#include <QVBoxLayout>

namespace comptoir {


ProductsTable::ProductsTable(const QLocale &locale, QWidget *parent)
    : QWidget(parent)
    , m_locale(locale)
{
    setObjectName(QStringLiteral("productsTab"));
    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(QStringLiteral("productsTable"));
    m_table->setHorizontalHeaderLabels({ tr("Product"), tr("Quantity"), tr("Unit price"), tr("Discount"),
                                         tr("Tax %"), tr("Tax incl."), tr("Total") });
    m_table->horizontalHeader()->setSectionResizeMode(Name, QHeaderView::Stretch);
    for (int column = Quantity; column < ColumnCount; ++column)
        m_table->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    connect(m_table, &QTableWidget::itemChanged, this, &ProductsTable::cellEdited);

    auto *add = new QPushButton(tr("&Add row"), this);
    add->setObjectName(QStringLiteral("addProductRow"));
    connect(add, &QPushButton::clicked, this, [this] {
        DealProduct row;
        row.name = tr("New row");
        const int index = addRow(row);
        m_table->setCurrentCell(index, Name);
        m_table->editItem(m_table->item(index, Name));
    });
    m_catalogue = new QComboBox(this);
    m_catalogue->setObjectName(QStringLiteral("catalogueCombo"));
    m_catalogue->setToolTip(tr("A product of the catalogue, with its price and tax"));
    m_catalogue->hide();
    connect(m_catalogue, &QComboBox::activated, this, [this](int index) {
        const Id id = m_catalogue->itemData(index).toLongLong();
        m_catalogue->setCurrentIndex(0);
        if (const auto found = m_products.constFind(id); found != m_products.cend())
            m_table->setCurrentCell(addRow(products::rowFor(*found)), Quantity);
    });
    auto *editCatalogue = new QPushButton(tr("Edit &catalogue…"), this);
    editCatalogue->setObjectName(QStringLiteral("editCatalogueButton"));
    editCatalogue->setToolTip(tr("Add, change or deactivate the products offered here"));
    connect(editCatalogue, &QPushButton::clicked, this, &ProductsTable::editCatalogueRequested);
    auto *remove = new QPushButton(tr("&Remove row"), this);
    remove->setObjectName(QStringLiteral("removeProductRow"));
    connect(remove, &QPushButton::clicked, this, [this] {
        const int row = m_table->currentRow();
        if (row < 0 || row >= m_rows.size())
            return;
        m_rows.removeAt(row);
        m_table->removeRow(row);
        QHash<QPair<int, int>, QString> shifted;
        for (auto it = m_cellErrors.cbegin(); it != m_cellErrors.cend(); ++it) {
            if (it.key().first != row)
                shifted.insert({ it.key().first > row ? it.key().first - 1 : it.key().first, it.key().second },
                               it.value());
        }
        m_cellErrors = shifted;
        updateTotals();
        Q_EMIT edited();
    });
    m_follow = new QCheckBox(tr("The deal amount &follows the rows"), this);
    m_follow->setObjectName(QStringLiteral("amountFollowsRows"));
    m_follow->setChecked(true);
    connect(m_follow, &QCheckBox::toggled, this, [this] {
        updateTotals();
        Q_EMIT edited();
    });
    m_totals = new QLabel(this);
    m_totals->setObjectName(QStringLiteral("productTotals"));
    m_totals->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_totals->setTextFormat(Qt::RichText);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(m_catalogue);
    buttons->addWidget(remove);
    buttons->addStretch(1);
    buttons->addWidget(editCatalogue);
    auto *summary = new QHBoxLayout;
    summary->addWidget(m_follow);
    summary->addStretch(1);
    summary->addWidget(m_totals);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addLayout(summary);
    layout->addLayout(buttons);
}

void ProductsTable::setRows(const QList<DealProduct> &rows, const QString &currency, bool amountFollows)
{
    m_currency = currency;
    m_rows = rows;
    m_cellErrors.clear();
    m_table->setRowCount(0);
    m_table->setRowCount(int(rows.size()));
    for (int row = 0; row < rows.size(); ++row)
        showRow(row);
    const QSignalBlocker blocker(m_follow);
    m_follow->setChecked(amountFollows);
    updateTotals();
}

void ProductsTable::setCurrency(const QString &currency)
{
    if (currency == m_currency || !money::isValidCurrencyCode(currency))
        return;
    m_currency = currency;
    for (int row = 0; row < m_rows.size(); ++row)
        showRow(row);
    updateTotals();
}

int ProductsTable::addRow(const DealProduct &product)
{
    m_rows.append(product);
    const int row = int(m_rows.size()) - 1;
    m_table->insertRow(row);
    showRow(row);
    updateTotals();
    Q_EMIT edited();
    return row;
}

void ProductsTable::showRow(int row)
{
    const DealProduct &p = m_rows[row];
    const QScopedValueRollback<bool> filling(m_filling, true);
    const auto set = [this, row](int column, const QString &text, bool editable = true) {
        auto *item = new QTableWidgetItem(text);
        if (column != Name)
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        if (!editable)
            item->setFlags(item->flags() & ~Qt::ItemIsEditable);
        m_table->setItem(row, column, item);
    };
    set(Name, p.name);
    set(Quantity, products::formatQuantity(p.quantityMilli, m_locale));
    set(Price, money::formatNumber(p.priceMinor, m_currency, m_locale));
    set(Discount, p.discountMinor ? money::formatNumber(p.discountMinor, m_currency, m_locale)
                  : p.discountBp  ? products::formatPercent(p.discountBp, m_locale)
                                  : QString());
    m_table->item(row, Discount)->setToolTip(tr("“10 %” off the price, or an amount off the unit price"));
    set(Tax, products::formatPercent(p.taxRateBp, m_locale));
    auto *included = new QTableWidgetItem;
    included->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
    included->setCheckState(p.taxIncluded ? Qt::Checked : Qt::Unchecked);
    included->setToolTip(tr("Checked: the unit price includes the tax"));
    m_table->setItem(row, TaxIncluded, included);
    set(Total, money::format(p.totalMinor(), m_currency, m_locale), false);
}

void ProductsTable::cellEdited(QTableWidgetItem *item)
{
    if (m_filling)
        return;
    const int row = item->row();
    const int column = item->column();
    if (row < 0 || row >= m_rows.size())
        return;
    DealProduct &p = m_rows[row];
    const QString text = item->text();
    QString error;
    switch (column) {
    case Name:
        p.name = text.trimmed();
        if (p.name.isEmpty())
            error = tr("Row %1 needs a product name.").arg(row + 1);
        break;
    case Quantity:
        if (const auto value = products::parseQuantity(text, m_locale))
            p.quantityMilli = *value;
        else
            error = tr("Row %1: %2").arg(row + 1).arg(value.error().message);
        break;
    case Price:
        if (const auto value = money::parse(text, m_currency, m_locale); value && *value >= 0)
            p.priceMinor = *value;
        else
            error = tr("Row %1: “%2” is not a price.").arg(row + 1).arg(text);
        break;
    case Discount:
        if (text.trimmed().isEmpty()) {
            p.discountBp = 0;
            p.discountMinor = 0;
        } else if (const auto value = products::parseDiscount(text, m_currency, m_locale)) {
            p.discountBp = value->bp;
            p.discountMinor = value->minor;
        } else {
            error = tr("Row %1: %2").arg(row + 1).arg(value.error().message);
        }
        break;
    case Tax:
        if (const auto value = products::parsePercent(text, m_locale))
            p.taxRateBp = *value;
        else
            error = tr("Row %1: %2").arg(row + 1).arg(value.error().message);
        break;
    case TaxIncluded:
        p.taxIncluded = item->checkState() == Qt::Checked;
        break;
    default:
        return;
    }
    const QScopedValueRollback<bool> filling(m_filling, true);
    if (error.isEmpty()) {
        m_cellErrors.remove({ row, column });
        item->setBackground(QBrush());
        item->setToolTip(QString());
        m_table->item(row, Total)->setText(money::format(p.totalMinor(), m_currency, m_locale));
    } else {
        m_cellErrors.insert({ row, column }, error);
        item->setBackground(QColor(QStringLiteral("#fbe3e0")));
        item->setToolTip(error);
    }
    updateTotals();
    Q_EMIT edited();
}

bool ProductsTable::amountFollows() const
{
    return m_follow->isChecked();
}

qint64 ProductsTable::totalMinor() const
{
    qint64 total = 0;
    for (const DealProduct &p : m_rows)
        total += p.totalMinor();
    return total;
}

QString ProductsTable::firstError() const
{
    if (m_cellErrors.isEmpty())
        return {};
    auto first = m_cellErrors.cbegin();
    for (auto it = m_cellErrors.cbegin(); it != m_cellErrors.cend(); ++it) {
        if (it.key() < first.key())
            first = it;
    }
    return first.value();
}

void ProductsTable::updateTotals()
{
    const ProductTotals totals = products::totals(m_rows);
    const auto shown = [this](qint64 minor) { return money::format(minor, m_currency, m_locale).toHtmlEscaped(); };
    m_totals->setText(m_follow->isChecked()
                          ? tr("Net %1 · Tax %2 · Total: <b>%3</b> (the deal amount)")
                                .arg(shown(totals.netMinor), shown(totals.taxMinor), shown(totals.totalMinor))
                          : tr("Net %1 · Tax %2 · Total: <b>%3</b> (the deal keeps its typed amount)")
                                .arg(shown(totals.netMinor), shown(totals.taxMinor), shown(totals.totalMinor)));
}

void ProductsTable::setCatalogue(const QList<Product> &catalogue)
{
    m_catalogue->clear();
    m_products.clear(); // a product deactivated since the last call is no longer offered
    m_catalogue->addItem(tr("Add from the catalogue…"), 0);
    for (const Product &product : catalogue) {
        if (!product.active)
            continue;
        m_catalogue->addItem(tr("%1 — %2", "product — price")
                                 .arg(product.name, money::format(product.priceMinor, product.currency, m_locale)),
                             QVariant::fromValue(product.id));
        m_products.insert(product.id, product);
    }
    m_catalogue->setVisible(m_catalogue->count() > 1);
}

} // namespace comptoir
