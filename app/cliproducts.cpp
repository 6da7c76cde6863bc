// SPDX-License-Identifier: GPL-3.0-or-later
// "comptoir products list|add" (the catalogue) and "comptoir deals products DEAL list|add|remove"
// (a deal's product rows).
#include "cli.h"
#include "cliformat.h"
#include "clitr.h"

#include "money.h"
#include "productservice.h"

namespace comptoir::app {

namespace {

QString percentText(int bp)
{
    return QLocale::c().toString(bp / 100.0, 'f', bp % 100 == 0 ? 0 : 2);
}

QJsonObject productToJson(const Product &p)
{
    QJsonObject o;
    o.insert(QStringLiteral("id"), p.id);
    o.insert(QStringLiteral("name"), p.name);
    o.insert(QStringLiteral("price"), money::toDecimalString(p.priceMinor, p.currency));
    o.insert(QStringLiteral("currency"), p.currency);
    o.insert(QStringLiteral("tax_rate"), percentText(p.taxRateBp));
    o.insert(QStringLiteral("tax_included"), p.taxIncluded);
    o.insert(QStringLiteral("active"), p.active);
    return o;
}

QJsonObject rowToJson(const DealProduct &r, const QString &currency)
{
    const ProductTotals t = products::rowTotals(r);
    QJsonObject o;
    o.insert(QStringLiteral("id"), r.id);
    o.insert(QStringLiteral("product_id"), r.productId ? QJsonValue(*r.productId) : QJsonValue());
    o.insert(QStringLiteral("name"), r.name);
    o.insert(QStringLiteral("quantity"), QLocale::c().toString(r.quantityMilli / 1000.0, 'f', 3));
    o.insert(QStringLiteral("price"), money::toDecimalString(r.priceMinor, currency));
    o.insert(QStringLiteral("discount_percent"), percentText(r.discountBp));
    o.insert(QStringLiteral("discount_amount"), money::toDecimalString(r.discountMinor, currency));
    o.insert(QStringLiteral("tax_rate"), percentText(r.taxRateBp));
    o.insert(QStringLiteral("tax_included"), r.taxIncluded);
    o.insert(QStringLiteral("net"), money::toDecimalString(t.netMinor, currency));
    o.insert(QStringLiteral("tax"), money::toDecimalString(t.taxMinor, currency));
    o.insert(QStringLiteral("total"), money::toDecimalString(t.totalMinor, currency));
    return o;
}

int printRows(const Deal &deal, bool json)
{
    const ProductTotals t = products::totals(deal.products);
    if (json) {
        QJsonArray rows;
        for (const DealProduct &r : deal.products)
            rows.append(rowToJson(r, deal.currency));
        QJsonObject o;
        o.insert(QStringLiteral("deal_id"), deal.id);
        o.insert(QStringLiteral("currency"), deal.currency);
        o.insert(QStringLiteral("rows"), rows);
        o.insert(QStringLiteral("net"), money::toDecimalString(t.netMinor, deal.currency));
        o.insert(QStringLiteral("tax"), money::toDecimalString(t.taxMinor, deal.currency));
        o.insert(QStringLiteral("total"), money::toDecimalString(t.totalMinor, deal.currency));
        o.insert(QStringLiteral("amount"), money::toDecimalString(deal.amountMinor, deal.currency));
        o.insert(QStringLiteral("amount_typed"), deal.amountManual);
        printJson(o);
        return ExitOk;
    }
    if (deal.products.isEmpty()) {
        out() << Cli::tr("Deal %1 has no product rows.").arg(deal.id) << Qt::endl;
        return ExitOk;
    }
    using A = TextTable::Align;
    TextTable table({Cli::tr("Row"), Cli::tr("Product"), Cli::tr("Qty"), Cli::tr("Price"), Cli::tr("Discount"), Cli::tr("Tax"),
                     Cli::tr("Total")},
                    {A::Right, A::Left, A::Right, A::Right, A::Right, A::Right, A::Right});
    for (const DealProduct &r : deal.products) {
        const QString discount = r.discountMinor ? formatAmount(r.discountMinor, deal.currency)
                                 : r.discountBp  ? products::formatPercent(r.discountBp, QLocale())
                                                 : QString();
        const QString tax = r.taxRateBp ? products::formatPercent(r.taxRateBp, QLocale())
                                              + (r.taxIncluded ? Cli::tr(" incl.") : Cli::tr(" excl."))
                                        : QString();
        table.addRow({QString::number(r.id), r.name, products::formatQuantity(r.quantityMilli, QLocale()),
                      formatAmount(r.priceMinor, deal.currency), discount, tax, formatAmount(r.totalMinor(), deal.currency)});
    }
    out() << table.render();
    out() << Cli::tr("Net %1, tax %2, total %3.")
                 .arg(formatAmount(t.netMinor, deal.currency), formatAmount(t.taxMinor, deal.currency),
                      formatAmount(t.totalMinor, deal.currency))
          << QLatin1Char(' ')
          << (deal.amountManual ? Cli::tr("The deal's amount is typed: %1.").arg(formatAmount(deal.amountMinor, deal.currency))
                                : Cli::tr("The deal's amount follows the rows."))
          << Qt::endl;
    return ExitOk;
}

int productsList(Session &session, const QStringList &args)
{
    CommandParser parser(QStringLiteral("products list [--all] [--json]"), Cli::tr("Lists the product catalogue."));
    const QCommandLineOption all(QStringLiteral("all"), Cli::tr("Inactive products too."));
    const QCommandLineOption json = jsonOption();
    parser.addOption(all);
    parser.addOption(json);
    if (auto code = parser.parse(args, 0, 0))
        return *code;
    Workspace *ws = session.workspace();
    if (!ws)
        return ExitFailure;
    auto list = ws->products().products(!parser.isSet(all));
    if (!list)
        return fail(list.error());
    if (parser.isSet(json)) {
        QJsonArray array;
        for (const Product &p : *list)
            array.append(productToJson(p));
        printJson(array);
        return ExitOk;
    }
    if (list->isEmpty()) {
        out() << Cli::tr("No products.") << Qt::endl;
        return ExitOk;
    }
    using A = TextTable::Align;
    TextTable table({Cli::tr("Id"), Cli::tr("Name"), Cli::tr("Price"), Cli::tr("Tax"), Cli::tr("Active")},
                    {A::Right, A::Left, A::Right, A::Right, A::Left});
    for (const Product &p : *list) {
        table.addRow({QString::number(p.id), p.name, formatAmount(p.priceMinor, p.currency),
                      products::formatPercent(p.taxRateBp, QLocale()) + (p.taxIncluded ? Cli::tr(" incl.") : Cli::tr(" excl.")),
                      p.active ? Cli::tr("yes") : Cli::tr("no")});
    }
    out() << table.render();
    return ExitOk;
}

int productsAdd(Session &session, const QStringList &args)
{
    CommandParser parser(QStringLiteral("products add --name N --price X [--currency C] [--tax R%] [--tax-included] [--json]"),
                         Cli::tr("Adds a product to the catalogue."));
    const QCommandLineOption name(QStringLiteral("name"), Cli::tr("The product's name."), QStringLiteral("N"));
    const QCommandLineOption price(QStringLiteral("price"), Cli::tr("Its unit price."), QStringLiteral("X"));
    const QCommandLineOption currency(QStringLiteral("currency"), Cli::tr("Its currency (default EUR)."), QStringLiteral("C"));
    const QCommandLineOption tax(QStringLiteral("tax"), Cli::tr("Its tax rate (e.g. 20%)."), QStringLiteral("R%"));
    const QCommandLineOption included(QStringLiteral("tax-included"), Cli::tr("The price includes the tax."));
    const QCommandLineOption json = jsonOption();
    for (const auto &o : {name, price, currency, tax, included, json})
        parser.addOption(o);
    if (auto code = parser.parse(args, 0, 0))
        return *code;
    if (!parser.isSet(name) || !parser.isSet(price))
        return fail(Cli::tr("Give --name and --price.") + QLatin1Char('\n') + parser.usageLine(), ExitUsage);
    Product p;
    p.name = parser.value(name);
    if (parser.isSet(currency))
        p.currency = parser.value(currency).trimmed().toUpper();
    auto minor = money::parse(parser.value(price), p.currency, QLocale());
    if (!minor)
        return fail(Cli::tr("--price: %1").arg(minor.error().message));
    p.priceMinor = *minor;
    if (parser.isSet(tax)) {
        auto rate = products::parsePercent(parser.value(tax), QLocale());
        if (!rate)
            return fail(Cli::tr("--tax: %1").arg(rate.error().message));
        p.taxRateBp = *rate;
    }
    p.taxIncluded = parser.isSet(included);
    Workspace *ws = session.workspace();
    if (!ws)
        return ExitFailure;
    auto added = ws->products().add(ws->actor(), p);
    if (!added)
        return fail(added.error());
    if (parser.isSet(json)) {
        printJson(productToJson(*added));
        return ExitOk;
    }
    out() << Cli::tr("Added product %1 \"%2\" at %3.").arg(added->id).arg(added->name, formatAmount(added->priceMinor, added->currency))
          << Qt::endl;
    return ExitOk;
}

// deals products DEAL add: a catalogue product (--product) or a free-text row (--name).
int dealRowsAdd(Workspace &ws, Id dealId, const QStringList &args)
{
    CommandParser parser(QStringLiteral("deals products DEAL add (--product P | --name TEXT) [--qty Q] [--price X]\n"
                                        "          [--discount D%|AMOUNT] [--tax R%] [--tax-included|--tax-excluded] [--json]"),
                         Cli::tr("Adds a product row to a deal. Its amount follows the rows unless it was typed."));
    const QCommandLineOption product(QStringLiteral("product"), Cli::tr("A catalogue product (id or name)."), QStringLiteral("P"));
    const QCommandLineOption name(QStringLiteral("name"), Cli::tr("A row without a catalogue product."), QStringLiteral("TEXT"));
    const QCommandLineOption qty(QStringLiteral("qty"), Cli::tr("The quantity (default 1)."), QStringLiteral("Q"));
    const QCommandLineOption price(QStringLiteral("price"), Cli::tr("The unit price (default: the product's)."), QStringLiteral("X"));
    const QCommandLineOption discount(QStringLiteral("discount"), Cli::tr("A percentage (5%) or an amount off the unit price (2.00)."),
                                      QStringLiteral("D"));
    const QCommandLineOption tax(QStringLiteral("tax"), Cli::tr("The tax rate (default: the product's)."), QStringLiteral("R%"));
    const QCommandLineOption included(QStringLiteral("tax-included"), Cli::tr("The price includes the tax."));
    const QCommandLineOption excluded(QStringLiteral("tax-excluded"), Cli::tr("The tax comes on top of the price."));
    const QCommandLineOption json = jsonOption();
    for (const auto &o : {product, name, qty, price, discount, tax, included, excluded, json})
        parser.addOption(o);
    if (auto code = parser.parse(args, 0, 0))
        return *code;
    if (parser.isSet(product) == parser.isSet(name))
        return fail(Cli::tr("Give --product or --name.") + QLatin1Char('\n') + parser.usageLine(), ExitUsage);
    auto deal = ws.deals().get(ws.actor(), dealId);
    if (!deal)
        return fail(deal.error());
    const QLocale locale;
    DealProduct row;
    if (parser.isSet(product)) {
        auto p = ws.products().resolve(parser.value(product));
        if (!p)
            return fail(p.error());
        if (p->currency != deal->currency && !parser.isSet(price)) {
            return fail(Cli::tr("\"%1\" is priced in %2 and the deal in %3: give --price.").arg(p->name, p->currency, deal->currency));
        }
        row = products::rowFor(*p);
    } else {
        row.name = parser.value(name).trimmed();
        row.taxIncluded = false;
    }
    if (parser.isSet(qty)) {
        auto q = products::parseQuantity(parser.value(qty), locale);
        if (!q)
            return fail(Cli::tr("--qty: %1").arg(q.error().message));
        row.quantityMilli = *q;
    }
    if (parser.isSet(price)) {
        auto minor = money::parse(parser.value(price), deal->currency, locale);
        if (!minor)
            return fail(Cli::tr("--price: %1").arg(minor.error().message));
        row.priceMinor = *minor;
    }
    if (parser.isSet(discount)) {
        auto d = products::parseDiscount(parser.value(discount), deal->currency, locale);
        if (!d)
            return fail(Cli::tr("--discount: %1").arg(d.error().message));
        row.discountBp = d->bp;
        row.discountMinor = d->minor;
    }
    if (parser.isSet(tax)) {
        auto rate = products::parsePercent(parser.value(tax), locale);
        if (!rate)
            return fail(Cli::tr("--tax: %1").arg(rate.error().message));
        row.taxRateBp = *rate;
    }
    if (parser.isSet(included) || parser.isSet(excluded))
        row.taxIncluded = parser.isSet(included);
    auto changed = ws.products().addRow(ws.actor(), dealId, row);
    if (!changed)
        return fail(changed.error());
    if (!parser.isSet(json))
        out() << Cli::tr("Added \"%1\" to deal %2.").arg(row.name).arg(dealId) << Qt::endl;
    return printRows(*changed, parser.isSet(json));
}

int dealRowsRemove(Workspace &ws, Id dealId, const QStringList &args)
{
    CommandParser parser(QStringLiteral("deals products DEAL remove ROW [--json]"), Cli::tr("Removes a product row from a deal."));
    const QCommandLineOption json = jsonOption();
    parser.addOption(json);
    if (auto code = parser.parse(args, 1, 1))
        return *code;
    auto rowId = parseId(parser.positional().first());
    if (!rowId)
        return fail(rowId.error());
    auto changed = ws.products().removeRow(ws.actor(), dealId, *rowId);
    if (!changed)
        return fail(changed.error());
    return printRows(*changed, parser.isSet(json));
}

int dealRowsList(Workspace &ws, Id dealId, const QStringList &args)
{
    CommandParser parser(QStringLiteral("deals products DEAL list [--json]"), Cli::tr("Lists a deal's product rows and totals."));
    const QCommandLineOption json = jsonOption();
    parser.addOption(json);
    if (auto code = parser.parse(args, 0, 0))
        return *code;
    auto deal = ws.deals().get(ws.actor(), dealId);
    if (!deal)
        return fail(deal.error());
    return printRows(*deal, parser.isSet(json));
}

} // namespace

int runProducts(Session &session, const QStringList &args)
{
    const QString sub = args.value(0);
    if (sub == QLatin1String("list"))
        return productsList(session, args.mid(1));
    if (sub == QLatin1String("add"))
        return productsAdd(session, args.mid(1));
    const QString usage = Cli::tr("Usage: comptoir [--db FILE] products list|add ...");
    if (sub == QLatin1String("--help") || sub == QLatin1String("-h")) {
        out() << usage << QLatin1Char('\n');
        return ExitOk;
    }
    if (sub.isEmpty())
        return fail(Cli::tr("Missing argument.") + QLatin1Char('\n') + usage, ExitUsage);
    return fail(Cli::tr("Unknown command 'products %1'. The products commands are: list, add.").arg(sub), ExitUsage);
}

// "deals products DEAL list|add|remove ...": args start at DEAL.
int dealsProducts(Session &session, const QStringList &args)
{
    const QString usage = Cli::tr("Usage: comptoir [--db FILE] deals products DEAL list|add|remove ...");
    if (args.value(0) == QLatin1String("--help") || args.value(0) == QLatin1String("-h")) {
        out() << usage << QLatin1Char('\n');
        return ExitOk;
    }
    if (args.size() < 2)
        return fail(Cli::tr("Missing argument.") + QLatin1Char('\n') + usage, ExitUsage);
    auto dealId = parseId(args.at(0));
    if (!dealId)
        return fail(dealId.error());
    const QString sub = args.at(1);
    if (sub != u"list" && sub != u"add" && sub != u"remove")
        return fail(Cli::tr("Unknown command 'deals products DEAL %1'. The commands are: list, add, remove.").arg(sub), ExitUsage);
    Workspace *ws = session.workspace();
    if (!ws)
        return ExitFailure;
    if (sub == u"add")
        return dealRowsAdd(*ws, *dealId, args.mid(2));
    if (sub == u"remove")
        return dealRowsRemove(*ws, *dealId, args.mid(2));
    return dealRowsList(*ws, *dealId, args.mid(2));
}

} // namespace comptoir::app
