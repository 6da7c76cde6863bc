// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "entities.h"
#include "result.h"

#include <QLocale>
#include <QObject>

namespace comptoir {

class Clock;
class Database;
class DealService;

// A catalogue product: its price in minor units of its currency, tax rate in basis points
// (2000 = 20 %), whether the price already includes the tax. An inactive product stays on the
// deals that use it but is no longer offered.
struct Product
{
    Id id = 0;
    QString name;
    qint64 priceMinor = 0;
    QString currency = QStringLiteral("EUR");
    int taxRateBp = 0;
    bool taxIncluded = false;
    bool active = true;
};

// What rows add up to, in minor units: net (without tax) + tax = total, exactly. A row's total
// is DealProduct::totalMinor() (rounded once); the net of a tax-inclusive row is its total
// divided by (1 + rate), rounded half away from zero; the tax is the difference.
struct ProductTotals
{
    qint64 netMinor = 0;
    qint64 taxMinor = 0;
    qint64 totalMinor = 0;
    friend bool operator==(const ProductTotals &, const ProductTotals &) = default;
};

// A discount as typed: "5%" / "5 %" (basis points) or "2.00" (an amount off the unit price).
struct Discount
{
    int bp = 0;
    qint64 minor = 0;
};

namespace products {
ProductTotals rowTotals(const DealProduct &row);
ProductTotals totals(const QList<DealProduct> &rows);
// A deal row from a catalogue product (its name, price, tax) and a quantity in thousandths.
DealProduct rowFor(const Product &product, qint64 quantityMilli = 1000);
// "2", "1.5", "0,25" -> thousandths; more than three decimals, zero or less is refused.
Result<qint64> parseQuantity(const QString &text, const QLocale &locale = QLocale());
// "20%", "5.5 %", "20" -> basis points (0..10000 for a discount; any >= 0 for a tax rate).
Result<int> parsePercent(const QString &text, const QLocale &locale = QLocale());
Result<Discount> parseDiscount(const QString &text, const QString &currency, const QLocale &locale = QLocale());
// "20 %", "5,5 %" as the locale writes percentages.
QString formatPercent(int bp, const QLocale &locale = QLocale());
// "2", "1,5": a quantity in thousandths as the locale writes it.
QString formatQuantity(qint64 quantityMilli, const QLocale &locale = QLocale());
} // namespace products

// The product catalogue and the product rows of deals (F1). Catalogue changes need the owner.
// Row changes go through DealService::update, so they share its transaction, its access check
// and its history row ("products_changed"), and the amount follows the rows unless the deal's
// amount is typed (Deal::amountManual).
class ProductService final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProductService)
public:
    ProductService(Database &db, const Clock &clock, DealService &deals, QObject *parent = nullptr);

    Result<QList<Product>> products(bool activeOnly = false) const; // by name
    Result<Product> product(Id id) const;
    // By id or name (case-insensitive); the error lists the active names.
    Result<Product> resolve(const QString &idOrName) const;
    Result<Product> add(const Actor &actor, Product product);
    Result<Product> update(const Actor &actor, const Product &product);
    Status setActive(const Actor &actor, Id productId, bool active);

    // Replaces the deal's rows (in the order given). A deal that had no rows starts following
    // them (its amount becomes their total) unless `keepTypedAmount`.
    Result<Deal> setRows(const Actor &actor, Id dealId, const QList<DealProduct> &rows, bool keepTypedAmount = false);
    // Appends one row (see setRows for the amount).
    Result<Deal> addRow(const Actor &actor, Id dealId, const DealProduct &row);
    // Removes the row with this id.
    Result<Deal> removeRow(const Actor &actor, Id dealId, Id rowId);
    // Typed amount (manual, with the amount) or the rows' total (automatic).
    Result<Deal> setAmountTyped(const Actor &actor, Id dealId, bool typed, std::optional<qint64> amountMinor = {});

Q_SIGNALS:
    void catalogueChanged();

private:
    Status requireOwner(const Actor &actor) const;
    Status validate(const Product &product) const;
    Database &m_db;
    const Clock &m_clock;
    DealService &m_deals;
};

} // namespace comptoir
