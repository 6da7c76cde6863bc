// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "entities.h"
#include "productservice.h"
#include "result.h"

#include <QAbstractTableModel>
#include <QLocale>
#include <functional>

namespace comptoir {

class Workspace;

// The product catalogue as a table (Settings → Products): every product, active or not, by
// name. Cells are edited in place as the user's locale writes them ("1 234,50", "5,5 %");
// adding, editing and (de)activating go through ProductService, and the model follows its
// catalogueChanged. Products are never deleted: deals that used one keep their rows.
class ProductCatalogueModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProductCatalogueModel)
public:
    enum Column { NameColumn, PriceColumn, CurrencyColumn, TaxColumn, TaxIncludedColumn, ActiveColumn, ColumnCount };
    Q_ENUM(Column)
    enum Role {
        ProductIdRole = Qt::UserRole + 1, // comptoir::Id
        ActiveRole,
    };
    Q_ENUM(Role)

    // A product as typed in the form: text not yet parsed.
    struct Input
    {
        QString name;
        QString price;
        QString currency;
        QString tax;
        bool taxIncluded = false;
        bool active = true;
    };

    using ErrorHandler = std::function<void(const Error &)>;

    ProductCatalogueModel(Workspace &workspace, const QLocale &locale, QObject *parent = nullptr);

    // Refusals of in-place edits (setData) go here; add/update return them.
    void setErrorHandler(ErrorHandler handler);
    void reload();

    // Parses the typed text in the model's locale. The error's field is "name", "price",
    // "currency" or "tax", and its message names that field.
    Result<Product> parse(const Input &input) const;
    // The text a product shows in the form.
    Input inputFor(const Product &product) const;

    Result<Product> add(const Input &input);
    Result<Product> update(Id productId, const Input &input);
    Status setActive(Id productId, bool active);

    int rowOf(Id productId) const; // -1 when unknown
    Product productAt(int row) const;
    QList<Product> products() const { return m_products; }
    // The active currencies of Settings → Lists, plus any a product still uses.
    QStringList currencies() const;
    QLocale locale() const { return m_locale; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    void errorOccurred(const QString &message);

private:
    void report(const Error &error);

    Workspace &m_workspace;
    QLocale m_locale;
    ErrorHandler m_errorHandler;
    QList<Product> m_products;
};

} // namespace comptoir
