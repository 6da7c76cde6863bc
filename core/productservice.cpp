// SPDX-License-Identifier: GPL-3.0-or-later
#include "productservice.h"

#include "clock.h"
#include "database.h"
#include "dealservice.h"
#include "money.h"
#include "stores.h"

#include <QCoreApplication>

namespace comptoir {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(comptoir::ProductService)
};

// value / divisor rounded half away from zero.
qint64 roundedDiv(__int128 value, __int128 divisor)
{
    const __int128 half = divisor / 2;
    return static_cast<qint64>(value >= 0 ? (value + half) / divisor : -((-value + half) / divisor));
}

// "1.5" or "1,5" (the locale's mark or the other one) with at most `decimals` digits after it,
// as an integer scaled by 10^decimals. Nothing else is accepted.
std::optional<qint64> parseScaled(QString text, int decimals, const QLocale &locale)
{
    text = text.trimmed();
    text.remove(QChar(0x202f)).remove(QChar(0xa0)).remove(QLatin1Char(' '));
    Q_UNUSED(locale) // both marks are read as decimal marks: quantities have no thousands
    text.replace(QLatin1Char(','), QLatin1Char('.'));
    if (text.count(QLatin1Char('.')) > 1 || text.isEmpty())
        return std::nullopt;
    const qsizetype dot = text.indexOf(QLatin1Char('.'));
    QString whole = dot < 0 ? text : text.left(dot);
    QString fraction = dot < 0 ? QString() : text.mid(dot + 1);
    const bool negative = whole.startsWith(QLatin1Char('-'));
    if (negative)
        whole.remove(0, 1);
    if (fraction.size() > decimals || (whole.isEmpty() && fraction.isEmpty()))
        return std::nullopt;
    for (QChar c : whole + fraction) {
        if (!c.isDigit())
            return std::nullopt;
    }
    if (whole.size() > 12)
        return std::nullopt;
    qint64 value = whole.isEmpty() ? 0 : whole.toLongLong();
    for (int i = 0; i < decimals; ++i)
        value = value * 10 + (i < fraction.size() ? fraction.at(i).digitValue() : 0);
    return negative ? -value : value;
}
} // namespace

namespace products {

ProductTotals rowTotals(const DealProduct &row)
{
    ProductTotals t;
    t.totalMinor = row.totalMinor();
    if (row.taxRateBp == 0) {
        t.netMinor = t.totalMinor;
    } else if (row.taxIncluded) {
        t.netMinor = roundedDiv(static_cast<__int128>(t.totalMinor) * 10000, 10000 + row.taxRateBp);
    } else {
        DealProduct untaxed = row;
        untaxed.taxRateBp = 0;
        t.netMinor = untaxed.totalMinor();
    }
    t.taxMinor = t.totalMinor - t.netMinor;
    return t;
}

ProductTotals totals(const QList<DealProduct> &rows)
{
    ProductTotals sum;
    for (const DealProduct &row : rows) {
        const ProductTotals t = rowTotals(row);
        sum.netMinor += t.netMinor;
        sum.taxMinor += t.taxMinor;
        sum.totalMinor += t.totalMinor;
    }
    return sum;
}

DealProduct rowFor(const Product &product, qint64 quantityMilli)
{
    DealProduct row;
    row.productId = product.id;
    row.name = product.name;
    row.quantityMilli = quantityMilli;
    row.priceMinor = product.priceMinor;
    row.taxRateBp = product.taxRateBp;
    row.taxIncluded = product.taxIncluded;
    return row;
}

Result<qint64> parseQuantity(const QString &text, const QLocale &locale)
{
    const auto milli = parseScaled(text, 3, locale);
    if (!milli || *milli <= 0)
        return Error::invalid(Text::tr("“%1” is not a quantity (a number above zero, up to three decimals).").arg(text.trimmed()),
                              QStringLiteral("quantity"));
    return *milli;
}

Result<int> parsePercent(const QString &text, const QLocale &locale)
{
    QString t = text.trimmed();
    t.remove(QLatin1Char('%'));
    const auto bp = parseScaled(t, 2, locale);
    if (!bp || *bp < 0 || *bp > 1000000)
        return Error::invalid(Text::tr("“%1” is not a percentage (e.g. 20 or 5.5 %).").arg(text.trimmed()), QStringLiteral("percent"));
    return int(*bp);
}

Result<Discount> parseDiscount(const QString &text, const QString &currency, const QLocale &locale)
{
    if (text.contains(QLatin1Char('%'))) {
        auto bp = parsePercent(text, locale);
        if (!bp)
            return Error::invalid(bp.error().message, QStringLiteral("discount"));
        if (*bp > 10000)
            return Error::invalid(Text::tr("A discount cannot be more than 100 %."), QStringLiteral("discount"));
        return Discount{*bp, 0};
    }
    auto minor = money::parse(text, currency, locale);
    if (!minor)
        return Error::invalid(minor.error().message, QStringLiteral("discount"));
    if (*minor < 0)
        return Error::invalid(Text::tr("A discount cannot be negative."), QStringLiteral("discount"));
    return Discount{0, *minor};
}

QString formatPercent(int bp, const QLocale &locale)
{
    QString number = locale.toString(bp / 100.0, 'f', bp % 100 == 0 ? 0 : (bp % 10 == 0 ? 1 : 2));
    return number + QChar(0xa0) + QLatin1Char('%');
}

QString formatQuantity(qint64 quantityMilli, const QLocale &locale)
{
    int decimals = 3;
    for (qint64 q = quantityMilli; decimals > 0 && q % 10 == 0; q /= 10)
        --decimals;
    return locale.toString(double(quantityMilli) / 1000.0, 'f', decimals);
}

} // namespace products

ProductService::ProductService(Database &db, const Clock &clock, DealService &deals, QObject *parent)
    : QObject(parent), m_db(db), m_clock(clock), m_deals(deals)
{
}

Status ProductService::requireOwner(const Actor &actor) const
{
    auto user = UserStore(m_db).byId(actor.userId);
    if (!user)
        return Error::forbidden(tr("Unknown user %1.").arg(actor.userId));
    if (!user->isOwner)
        return Error::forbidden(tr("Only an administrator can change the product catalogue."));
    return {};
}

Status ProductService::validate(const Product &p) const
{
    if (p.name.trimmed().isEmpty())
        return Error::invalid(tr("A product needs a name."), QStringLiteral("name"));
    if (p.priceMinor < 0)
        return Error::invalid(tr("The price of “%1” cannot be negative.").arg(p.name), QStringLiteral("price"));
    if (!money::isValidCurrencyCode(p.currency))
        return Error::invalid(tr("“%1” is not a currency code (three letters, e.g. EUR).").arg(p.currency), QStringLiteral("currency"));
    if (p.taxRateBp < 0 || p.taxRateBp > 10000)
        return Error::invalid(tr("The tax rate of “%1” must be between 0 and 100 %.").arg(p.name), QStringLiteral("tax"));
    return {};
}

namespace {
const QString selectProducts = QStringLiteral(
    "SELECT id, name, price_minor, currency, tax_rate_bp, tax_included, active FROM products");

Product productFromRow(const QSqlQuery &q)
{
    return Product{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toLongLong(), q.value(3).toString(),
                   q.value(4).toInt(), q.value(5).toBool(), q.value(6).toBool()};
}
} // namespace

Result<QList<Product>> ProductService::products(bool activeOnly) const
{
    auto q = m_db.exec(selectProducts + (activeOnly ? QStringLiteral(" WHERE active = 1") : QString())
                       + QStringLiteral(" ORDER BY name COLLATE NOCASE, id"));
    if (!q)
        return q.error();
    QList<Product> list;
    while (q->next())
        list << productFromRow(*q);
    return list;
}

Result<Product> ProductService::product(Id id) const
{
    auto q = m_db.exec(selectProducts + QStringLiteral(" WHERE id = ?"), {id});
    if (!q)
        return q.error();
    if (!q->next())
        return Error::notFound(tr("There is no product %1.").arg(id));
    return productFromRow(*q);
}

Result<Product> ProductService::resolve(const QString &idOrName) const
{
    auto all = products();
    if (!all)
        return all.error();
    const QString text = idOrName.trimmed();
    bool isNumber = false;
    const Id id = text.toLongLong(&isNumber);
    QStringList names;
    for (const Product &p : *all) {
        if ((isNumber && p.id == id) || p.name.compare(text, Qt::CaseInsensitive) == 0)
            return p;
        if (p.active)
            names << p.name;
    }
    return Error::notFound(tr("There is no product “%1”. Products: %2.").arg(text, names.isEmpty() ? tr("(none)") : names.join(QStringLiteral(", "))));
}

Result<Product> ProductService::add(const Actor &actor, Product p)
{
    if (auto s = requireOwner(actor); !s)
        return s.error();
    p.name = p.name.trimmed();
    p.currency = p.currency.toUpper();
    if (auto s = validate(p); !s)
        return s.error();
    auto q = m_db.exec(QStringLiteral("INSERT INTO products (name, price_minor, currency, tax_rate_bp, tax_included, active) "
                                      "VALUES (?, ?, ?, ?, ?, ?)"),
                       {p.name, p.priceMinor, p.currency, p.taxRateBp, int(p.taxIncluded), int(p.active)});
    if (!q)
        return q.error();
    p.id = q->lastInsertId().toLongLong();
    m_db.afterCommit([this] { Q_EMIT catalogueChanged(); });
    return p;
}

Result<Product> ProductService::update(const Actor &actor, const Product &input)
{
    if (auto s = requireOwner(actor); !s)
        return s.error();
    if (auto stored = product(input.id); !stored)
        return stored.error();
    Product p = input;
    p.name = p.name.trimmed();
    p.currency = p.currency.toUpper();
    if (auto s = validate(p); !s)
        return s.error();
    // Deal rows keep the name and price they were sold with: the catalogue is a template.
    auto q = m_db.exec(QStringLiteral("UPDATE products SET name = ?, price_minor = ?, currency = ?, tax_rate_bp = ?, "
                                      "tax_included = ?, active = ? WHERE id = ?"),
                       {p.name, p.priceMinor, p.currency, p.taxRateBp, int(p.taxIncluded), int(p.active), p.id});
    if (!q)
        return q.error();
    m_db.afterCommit([this] { Q_EMIT catalogueChanged(); });
    return p;
}

Status ProductService::setActive(const Actor &actor, Id productId, bool active)
{
    auto p = product(productId);
    if (!p)
        return p.error();
    p->active = active;
    auto updated = update(actor, *p);
    return updated ? Status() : Status(updated.error());
}

Result<Deal> ProductService::setRows(const Actor &actor, Id dealId, const QList<DealProduct> &rows, bool keepTypedAmount)
{
    auto deal = m_deals.get(actor, dealId);
    if (!deal)
        return deal.error();
    Deal changed = *deal;
    // The first rows of a deal make its amount; a typed amount over existing rows stays typed.
    if (changed.products.isEmpty() && !rows.isEmpty() && !keepTypedAmount)
        changed.amountManual = false;
    changed.products = rows;
    return m_deals.update(actor, changed);
}

Result<Deal> ProductService::addRow(const Actor &actor, Id dealId, const DealProduct &row)
{
    auto deal = m_deals.get(actor, dealId);
    if (!deal)
        return deal.error();
    QList<DealProduct> rows = deal->products;
    rows.append(row);
    return setRows(actor, dealId, rows);
}

Result<Deal> ProductService::removeRow(const Actor &actor, Id dealId, Id rowId)
{
    auto deal = m_deals.get(actor, dealId);
    if (!deal)
        return deal.error();
    QList<DealProduct> rows = deal->products;
    if (rows.removeIf([rowId](const DealProduct &r) { return r.id == rowId; }) == 0)
        return Error::notFound(tr("The deal %1 has no product row %2.").arg(dealId).arg(rowId));
    return setRows(actor, dealId, rows);
}

Result<Deal> ProductService::setAmountTyped(const Actor &actor, Id dealId, bool typed, std::optional<qint64> amountMinor)
{
    auto deal = m_deals.get(actor, dealId);
    if (!deal)
        return deal.error();
    Deal changed = *deal;
    changed.amountManual = typed;
    if (typed && amountMinor)
        changed.amountMinor = *amountMinor;
    return m_deals.update(actor, changed);
}

} // namespace comptoir
