// SPDX-License-Identifier: GPL-3.0-or-later
#include "dealdescribe.h"

#include "database.h"
#include "money.h"
#include "stores.h"

#include <QCoreApplication>

namespace comptoir {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(DealService)
};

QString dateText(const QDate &d, const QLocale &locale)
{
    return d.isValid() ? locale.toString(d, QLocale::ShortFormat) : QString();
}

QString shown(const QString &value)
{
    return value.isEmpty() ? Text::tr("(none)") : value;
}
} // namespace

QString companyName(const Database &db, std::optional<Id> id)
{
    if (!id)
        return {};
    auto c = ClientStore(db).company(*id);
    return c ? c->name : QString();
}

QString contactNames(const Database &db, const QList<Id> &ids)
{
    QStringList names;
    for (Id id : ids) {
        if (auto c = ClientStore(db).contact(id))
            names << c->displayName();
    }
    return names.join(QStringLiteral(", "));
}

QString userName(const Database &db, Id id)
{
    auto u = UserStore(db).byId(id);
    return u ? u->name : QString();
}

QString listItemName(const Database &db, const QString &list, const QString &code)
{
    if (code.isEmpty())
        return {};
    auto item = ListStore(db).find(list, code);
    return item && *item ? (*item)->name : code;
}

Status validateDeal(const Database &db, const Deal &deal)
{
    if (deal.title.trimmed().isEmpty())
        return Error::invalid(Text::tr("A deal needs a title."), QStringLiteral("title"));
    if (!money::isValidCurrencyCode(deal.currency))
        return Error::invalid(Text::tr("“%1” is not a currency code (three capital letters, e.g. EUR).").arg(deal.currency),
                              QStringLiteral("currency"));
    if (deal.companyId) {
        if (auto c = ClientStore(db).company(*deal.companyId); !c)
            return Error::invalid(c.error().message, QStringLiteral("company"));
    }
    for (Id contactId : deal.contactIds) {
        if (auto c = ClientStore(db).contact(contactId); !c)
            return Error::invalid(c.error().message, QStringLiteral("contact"));
    }
    auto user = UserStore(db).byId(deal.responsibleId);
    if (!user)
        return Error::invalid(user.error().message, QStringLiteral("responsible"));
    if (!user->active)
        return Error::invalid(Text::tr("%1 is deactivated and cannot be responsible for deals.").arg(user->name),
                              QStringLiteral("responsible"));
    const struct
    {
        const QString &list;
        const QString &code;
        const char *field;
    } coded[] = {{lists::DealType, deal.typeCode, "type"},
                 {lists::Source, deal.sourceCode, "source"},
                 {lists::LostReason, deal.lostReason, "lost_reason"}};
    for (const auto &c : coded) {
        if (c.code.isEmpty())
            continue;
        auto item = ListStore(db).find(c.list, c.code);
        if (!item)
            return item.error();
        if (!*item || (*item)->code != c.code)
            return Error::invalid(Text::tr("“%1” is not in the list of %2.").arg(c.code, QLatin1String(c.field)),
                                  QLatin1String(c.field));
    }
    if (deal.probability && (*deal.probability < 0 || *deal.probability > 100))
        return Error::invalid(Text::tr("The probability must be between 0 and 100 %."), QStringLiteral("probability"));
    for (const DealProduct &p : deal.products) {
        if (p.name.trimmed().isEmpty())
            return Error::invalid(Text::tr("Every product row needs a name."), QStringLiteral("products"));
        if (p.quantityMilli <= 0)
            return Error::invalid(Text::tr("The quantity of “%1” must be more than zero.").arg(p.name), QStringLiteral("products"));
        if (p.discountBp < 0 || p.discountBp > 10000)
            return Error::invalid(Text::tr("The discount of “%1” must be between 0 and 100 %.").arg(p.name),
                                  QStringLiteral("products"));
        if (p.taxRateBp < 0)
            return Error::invalid(Text::tr("The tax rate of “%1” cannot be negative.").arg(p.name), QStringLiteral("products"));
        if (p.discountMinor < 0 || p.discountMinor > p.priceMinor || (p.discountMinor != 0 && p.discountBp != 0))
            return Error::invalid(Text::tr("The discount of “%1” must be a percentage or an amount no larger than its price.").arg(p.name),
                                  QStringLiteral("products"));
    }
    return {};
}

QList<FieldDiff> diffDeals(const Database &db, const Deal &a, const Deal &b, const QLocale &locale)
{
    QList<FieldDiff> diffs;
    auto add = [&](const QString &field, const QString &label, const QString &oldValue, const QString &newValue,
                   const QString &oldShown, const QString &newShown) {
        diffs.append({history::FieldChanged, field, oldValue, newValue,
                      QStringLiteral("%1: %2 → %3").arg(label, shown(oldShown), shown(newShown))});
    };
    auto simple = [&](const QString &field, const QString &label, const QString &oldValue, const QString &newValue) {
        if (oldValue != newValue)
            add(field, label, oldValue, newValue, oldValue, newValue);
    };

    simple(QStringLiteral("title"), Text::tr("Title"), a.title, b.title);
    if (a.amountMinor != b.amountMinor || a.currency != b.currency) {
        add(QStringLiteral("amount"), Text::tr("Amount"),
            money::toDecimalString(a.amountMinor, a.currency) + QLatin1Char(' ') + a.currency,
            money::toDecimalString(b.amountMinor, b.currency) + QLatin1Char(' ') + b.currency,
            money::format(a.amountMinor, a.currency, locale), money::format(b.amountMinor, b.currency, locale));
    }
    if (a.amountManual != b.amountManual) {
        diffs.append({history::FieldChanged, QStringLiteral("amount_manual"), a.amountManual ? QStringLiteral("1") : QStringLiteral("0"),
                      b.amountManual ? QStringLiteral("1") : QStringLiteral("0"),
                      b.amountManual ? Text::tr("Amount typed by hand") : Text::tr("Amount follows the product rows")});
    }
    if (a.companyId != b.companyId) {
        const QString before = companyName(db, a.companyId), after = companyName(db, b.companyId);
        add(QStringLiteral("company"), Text::tr("Company"), before, after, before, after);
    }
    if (a.contactIds != b.contactIds) {
        const QString before = contactNames(db, a.contactIds), after = contactNames(db, b.contactIds);
        add(QStringLiteral("contacts"), Text::tr("Contacts"), before, after, before, after);
    }
    if (a.responsibleId != b.responsibleId) {
        const QString before = userName(db, a.responsibleId), after = userName(db, b.responsibleId);
        add(QStringLiteral("responsible"), Text::tr("Responsible"), before, after, before, after);
    }
    if (a.typeCode != b.typeCode)
        add(QStringLiteral("type"), Text::tr("Type"), a.typeCode, b.typeCode, listItemName(db, lists::DealType, a.typeCode),
            listItemName(db, lists::DealType, b.typeCode));
    if (a.sourceCode != b.sourceCode)
        add(QStringLiteral("source"), Text::tr("Source"), a.sourceCode, b.sourceCode, listItemName(db, lists::Source, a.sourceCode),
            listItemName(db, lists::Source, b.sourceCode));
    if (a.beginDate != b.beginDate)
        add(QStringLiteral("begin_date"), Text::tr("Begin date"), a.beginDate.toString(Qt::ISODate),
            b.beginDate.toString(Qt::ISODate), dateText(a.beginDate, locale), dateText(b.beginDate, locale));
    if (a.closeDate != b.closeDate)
        add(QStringLiteral("close_date"), Text::tr("Expected close date"), a.closeDate.toString(Qt::ISODate),
            b.closeDate.toString(Qt::ISODate), dateText(a.closeDate, locale), dateText(b.closeDate, locale));
    if (a.probability != b.probability) {
        auto text = [](const std::optional<int> &p) { return p ? QString::number(*p) : QString(); };
        auto percent = [&](const std::optional<int> &p) { return p ? QStringLiteral("%1 %").arg(*p) : QString(); };
        add(QStringLiteral("probability"), Text::tr("Probability"), text(a.probability), text(b.probability),
            percent(a.probability), percent(b.probability));
    }
    simple(QStringLiteral("comment"), Text::tr("Comment"), a.comment, b.comment);
    if (a.lostReason != b.lostReason)
        add(QStringLiteral("lost_reason"), Text::tr("Lost reason"), a.lostReason, b.lostReason,
            listItemName(db, lists::LostReason, a.lostReason), listItemName(db, lists::LostReason, b.lostReason));
    simple(QStringLiteral("lost_note"), Text::tr("Lost note"), a.lostNote, b.lostNote);

    auto sameRows = [](const QList<DealProduct> &x, const QList<DealProduct> &y) {
        if (x.size() != y.size())
            return false;
        for (qsizetype i = 0; i < x.size(); ++i) {
            const DealProduct &p = x[i], &q = y[i];
            if (p.productId != q.productId || p.name != q.name || p.quantityMilli != q.quantityMilli
                || p.priceMinor != q.priceMinor || p.discountBp != q.discountBp || p.discountMinor != q.discountMinor
                || p.taxRateBp != q.taxRateBp
                || p.taxIncluded != q.taxIncluded)
                return false;
        }
        return true;
    };
    if (!sameRows(a.products, b.products)) {
        auto names = [](const QList<DealProduct> &rows) {
            QStringList list;
            for (const DealProduct &p : rows)
                list << p.name;
            return list.join(QStringLiteral(", "));
        };
        diffs.append({history::ProductsChanged, QStringLiteral("products"), names(a.products), names(b.products),
                      QStringLiteral("%1: %2 → %3").arg(Text::tr("Products"), shown(names(a.products)), shown(names(b.products)))});
    }
    return diffs;
}

QString describeClosing(const Database &db, StageSemantic semantic, const QString &reasonCode, const QString &note)
{
    if (semantic == StageSemantic::Success)
        return Text::tr("Closed as won");
    QString text = Text::tr("Closed as lost");
    const QString reason = listItemName(db, lists::LostReason, reasonCode);
    if (!reason.isEmpty())
        text += QStringLiteral(": ") + reason;
    if (!note.trimmed().isEmpty())
        text += QStringLiteral(" — ") + note.trimmed();
    return text;
}

} // namespace comptoir
