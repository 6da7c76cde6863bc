// SPDX-License-Identifier: GPL-3.0-or-later
#include "productcataloguemodel.h"

#include "money.h"
#include "stores.h"
#include "workspace.h"

#include <QBrush>
#include <QPalette>

namespace comptoir {

ProductCatalogueModel::ProductCatalogueModel(Workspace &workspace, const QLocale &locale, QObject *parent)
    : QAbstractTableModel(parent)
    , m_workspace(workspace)
    , m_locale(locale)
{
    connect(&workspace.products(), &ProductService::catalogueChanged, this, &ProductCatalogueModel::reload);
    reload();
}

void ProductCatalogueModel::setErrorHandler(ErrorHandler handler)
{
    m_errorHandler = std::move(handler);
}

void ProductCatalogueModel::report(const Error &error)
{
    if (m_errorHandler)
        m_errorHandler(error);
    Q_EMIT errorOccurred(error.message);
}

void ProductCatalogueModel::reload()
{
    auto loaded = m_workspace.products().products();
    if (!loaded) {
        report(loaded.error());
        return;
    }
    QList<Product> products = std::move(loaded).value();
    const auto idsOf = [](const QList<Product> &list) {
        QList<Id> ids;
        for (const Product &p : list)
            ids << p.id;
        return ids;
    };
    // The same products in the same order: a change of values, not of rows, so the view keeps
    // its selection and current cell (an edit in place does not throw the user out of the row).
    if (idsOf(products) == idsOf(m_products)) {
        m_products = std::move(products);
        if (!m_products.isEmpty())
            Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
        return;
    }
    beginResetModel();
    m_products = std::move(products);
    endResetModel();
}

Result<Product> ProductCatalogueModel::parse(const Input &input) const
{
    Product p;
    p.name = input.name.trimmed();
    if (p.name.isEmpty())
        return Error::invalid(tr("Name: a product needs a name."), QStringLiteral("name"));
    p.currency = input.currency.trimmed().toUpper();
    if (!money::isValidCurrencyCode(p.currency))
        return Error::invalid(tr("Currency: “%1” is not a currency code (three letters, e.g. EUR).").arg(input.currency.trimmed()),
                              QStringLiteral("currency"));
    if (input.price.trimmed().isEmpty())
        return Error::invalid(tr("Unit price: type a price (0 for a free product)."), QStringLiteral("price"));
    const auto price = money::parse(input.price, p.currency, m_locale);
    if (!price)
        return Error::invalid(tr("Unit price: %1").arg(price.error().message), QStringLiteral("price"));
    if (*price < 0)
        return Error::invalid(tr("Unit price: a price cannot be negative."), QStringLiteral("price"));
    p.priceMinor = *price;
    const auto tax = products::parsePercent(input.tax.trimmed().isEmpty() ? QStringLiteral("0") : input.tax, m_locale);
    if (!tax)
        return Error::invalid(tr("Tax: %1").arg(tax.error().message), QStringLiteral("tax"));
    if (*tax > 10000)
        return Error::invalid(tr("Tax: a tax rate is between 0 and 100 %."), QStringLiteral("tax"));
    p.taxRateBp = *tax;
    p.taxIncluded = input.taxIncluded;
    p.active = input.active;
    return p;
}

ProductCatalogueModel::Input ProductCatalogueModel::inputFor(const Product &product) const
{
    return Input{product.name, money::formatNumber(product.priceMinor, product.currency, m_locale), product.currency,
                 products::formatPercent(product.taxRateBp, m_locale), product.taxIncluded, product.active};
}

Result<Product> ProductCatalogueModel::add(const Input &input)
{
    auto parsed = parse(input);
    if (!parsed)
        return parsed.error();
    return m_workspace.products().add(m_workspace.actor(), *parsed);
}

Result<Product> ProductCatalogueModel::update(Id productId, const Input &input)
{
    auto parsed = parse(input);
    if (!parsed)
        return parsed.error();
    parsed->id = productId;
    return m_workspace.products().update(m_workspace.actor(), *parsed);
}

Status ProductCatalogueModel::setActive(Id productId, bool active)
{
    return m_workspace.products().setActive(m_workspace.actor(), productId, active);
}

int ProductCatalogueModel::rowOf(Id productId) const
{
    for (qsizetype i = 0; i < m_products.size(); ++i) {
        if (m_products[i].id == productId)
            return int(i);
    }
    return -1;
}

Product ProductCatalogueModel::productAt(int row) const
{
    return row >= 0 && row < m_products.size() ? m_products[row] : Product{};
}

QStringList ProductCatalogueModel::currencies() const
{
    QStringList codes;
    if (const auto items = ListStore(m_workspace.db()).items(lists::Currency, true)) {
        for (const ListItem &item : *items)
            codes << item.code;
    }
    for (const Product &p : m_products) {
        if (!codes.contains(p.currency))
            codes << p.currency;
    }
    if (codes.isEmpty())
        codes << QStringLiteral("EUR");
    return codes;
}

int ProductCatalogueModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_products.size());
}

int ProductCatalogueModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ProductCatalogueModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Product &p = m_products[index.row()];
    const bool checkColumn = index.column() == TaxIncludedColumn || index.column() == ActiveColumn;
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        switch (index.column()) {
        case NameColumn:
            return p.name;
        case PriceColumn:
            return role == Qt::EditRole ? money::formatNumber(p.priceMinor, p.currency, m_locale)
                                        : money::format(p.priceMinor, p.currency, m_locale);
        case CurrencyColumn:
            return p.currency;
        case TaxColumn:
            return products::formatPercent(p.taxRateBp, m_locale);
        default:
            return {};
        }
    case Qt::CheckStateRole:
        if (!checkColumn)
            return {};
        return (index.column() == TaxIncludedColumn ? p.taxIncluded : p.active) ? Qt::Checked : Qt::Unchecked;
    case Qt::TextAlignmentRole:
        if (index.column() == PriceColumn || index.column() == TaxColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ForegroundRole:
        // Inactive products stay listed (old deals use them) but read as switched off.
        if (!p.active)
            return QBrush(QPalette().color(QPalette::Disabled, QPalette::Text));
        return {};
    case Qt::ToolTipRole:
        if (!p.active)
            return tr("Inactive: kept on the deals that use it, no longer offered on new rows");
        if (index.column() == TaxIncludedColumn)
            return tr("Checked: the unit price includes the tax");
        return {};
    case ProductIdRole:
        return p.id;
    case ActiveRole:
        return p.active;
    default:
        return {};
    }
}

QVariant ProductCatalogueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Product");
    case PriceColumn:
        return tr("Unit price");
    case CurrencyColumn:
        return tr("Currency");
    case TaxColumn:
        return tr("Tax");
    case TaxIncludedColumn:
        return tr("Tax incl.");
    case ActiveColumn:
        return tr("Active");
    default:
        return {};
    }
}

Qt::ItemFlags ProductCatalogueModel::flags(const QModelIndex &index) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    const Qt::ItemFlags base = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.column() == TaxIncludedColumn || index.column() == ActiveColumn)
        return base | Qt::ItemIsUserCheckable;
    return base | Qt::ItemIsEditable;
}

bool ProductCatalogueModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const bool checkColumn = index.column() == TaxIncludedColumn || index.column() == ActiveColumn;
    if (checkColumn ? role != Qt::CheckStateRole : role != Qt::EditRole)
        return false;
    const Product current = m_products[index.row()];
    Input input = inputFor(current);
    const bool checked = value.toInt() == Qt::Checked || (value.typeId() == QMetaType::Bool && value.toBool());
    switch (index.column()) {
    case NameColumn:
        input.name = value.toString();
        break;
    case PriceColumn:
        input.price = value.toString();
        break;
    case CurrencyColumn:
        input.currency = value.toString();
        break;
    case TaxColumn:
        input.tax = value.toString();
        break;
    case TaxIncludedColumn:
        input.taxIncluded = checked;
        break;
    case ActiveColumn:
        input.active = checked;
        break;
    default:
        return false;
    }
    const auto updated = update(current.id, input);
    if (!updated) {
        report(updated.error());
        return false;
    }
    return true; // catalogueChanged has refreshed the row (or the order, after a rename)
}

QHash<int, QByteArray> ProductCatalogueModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(ProductIdRole, "productId");
    names.insert(ActiveRole, "active");
    return names;
}

} // namespace comptoir
