// SPDX-License-Identifier: GPL-3.0-or-later
// DealService::setField: one field from text, as the command line and imports give it.
#include "dealservice.h"

#include "clock.h"
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

Error fieldError(const QString &field, const QString &message)
{
    return Error::invalid(Text::tr("%1: %2").arg(field, message), field);
}

// ISO dates always; the locale's short format and dd/MM/yyyy as people type them.
Result<QDate> parseDate(const QString &field, const QString &text, const QLocale &locale)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return QDate();
    QDate d = QDate::fromString(t, Qt::ISODate);
    if (!d.isValid())
        d = locale.toDate(t, QLocale::ShortFormat);
    if (!d.isValid() && locale.dateFormat(QLocale::ShortFormat).startsWith(QLatin1Char('d')))
        d = QDate::fromString(t, QStringLiteral("dd/MM/yyyy"));
    if (d.isValid() && d.year() < 100)
        d = d.addYears(2000); // "27/11/26" means 2026, not 26 AD
    if (!d.isValid())
        return fieldError(field, Text::tr("“%1” is not a date (use YYYY-MM-DD).").arg(t));
    return d;
}

Result<Id> resolveUser(const Database &db, const QString &text)
{
    auto users = UserStore(db).all();
    if (!users)
        return users.error();
    bool isNumber = false;
    const Id id = text.trimmed().toLongLong(&isNumber);
    QStringList known;
    for (const User &u : *users) {
        if ((isNumber && u.id == id) || u.login.compare(text.trimmed(), Qt::CaseInsensitive) == 0
            || u.name.compare(text.trimmed(), Qt::CaseInsensitive) == 0)
            return u.id;
        known << u.login;
    }
    return fieldError(QStringLiteral("responsible"),
                      Text::tr("unknown user “%1”. Known users: %2.").arg(text.trimmed(), known.join(QStringLiteral(", "))));
}

Result<QString> resolveListCode(const Database &db, const QString &list, const QString &field, const QString &text)
{
    if (text.trimmed().isEmpty())
        return QString();
    auto item = ListStore(db).find(list, text);
    if (!item)
        return item.error();
    if (!*item) {
        QStringList names;
        if (auto all = ListStore(db).items(list)) {
            for (const ListItem &i : *all)
                names << i.name;
        }
        return fieldError(field, Text::tr("“%1” is not in the list. Known values: %2.").arg(text.trimmed(), names.join(QStringLiteral(", "))));
    }
    return (*item)->code;
}
} // namespace

QStringList DealService::settableFields()
{
    return {QStringLiteral("title"),      QStringLiteral("amount"),     QStringLiteral("currency"),
            QStringLiteral("company"),    QStringLiteral("contact"),    QStringLiteral("responsible"),
            QStringLiteral("type"),       QStringLiteral("source"),     QStringLiteral("begin_date"),
            QStringLiteral("close_date"), QStringLiteral("probability"), QStringLiteral("comment")};
}

Result<Deal> DealService::setField(const Actor &actor, Id dealId, const QString &fieldName, const QString &text,
                                   const QLocale &locale)
{
    const QString field = fieldName.trimmed().toLower();
    if (!settableFields().contains(field))
        return Error::invalid(tr("Unknown field “%1”. Fields: %2.").arg(fieldName, settableFields().join(QStringLiteral(", "))),
                              fieldName);
    auto stored = get(actor, dealId);
    if (!stored)
        return stored.error();
    Deal deal = *stored;
    const QString value = text.trimmed();

    Transaction tx(m_db);
    if (!tx)
        return tx.error();
    if (field == u"title") {
        deal.title = value;
    } else if (field == u"amount") {
        auto amount = money::parse(value, deal.currency, locale);
        if (!amount)
            return fieldError(field, amount.error().message);
        deal.amountMinor = *amount;
        deal.amountManual = true;
    } else if (field == u"currency") {
        deal.currency = value.toUpper();
        if (!money::isValidCurrencyCode(deal.currency))
            return fieldError(field, tr("“%1” is not a currency code (three letters, e.g. EUR).").arg(value));
    } else if (field == u"company" || field == u"contact") {
        // A name that does not exist yet creates the client, as in the deal form.
        ClientStore clients(m_db);
        if (value.isEmpty()) {
            if (field == u"company")
                deal.companyId.reset();
            else
                deal.contactIds.clear();
        } else if (field == u"company") {
            auto found = clients.companyByName(value);
            if (!found)
                return found.error();
            Id id = *found ? (*found)->id : 0;
            if (!id) {
                Company c;
                c.name = value;
                c.createdAt = m_clock.now();
                auto created = clients.insertCompany(c);
                if (!created)
                    return created.error();
                id = *created;
            }
            deal.companyId = id;
        } else {
            auto found = clients.contactByName(value);
            if (!found)
                return found.error();
            Id id = *found ? (*found)->id : 0;
            if (!id) {
                Contact c;
                const QStringList words = value.simplified().split(QLatin1Char(' '));
                c.lastName = words.last();
                c.firstName = words.mid(0, words.size() - 1).join(QLatin1Char(' '));
                c.companyId = deal.companyId;
                c.createdAt = m_clock.now();
                auto created = clients.insertContact(c);
                if (!created)
                    return created.error();
                id = *created;
            }
            deal.contactIds.removeAll(id);
            deal.contactIds.prepend(id);
        }
    } else if (field == u"responsible") {
        auto id = resolveUser(m_db, value);
        if (!id)
            return id.error();
        deal.responsibleId = *id;
    } else if (field == u"type" || field == u"source") {
        auto code = resolveListCode(m_db, field == u"type" ? lists::DealType : lists::Source, field, value);
        if (!code)
            return code.error();
        (field == u"type" ? deal.typeCode : deal.sourceCode) = *code;
    } else if (field == u"begin_date" || field == u"close_date") {
        auto date = parseDate(field, value, locale);
        if (!date)
            return date.error();
        (field == u"begin_date" ? deal.beginDate : deal.closeDate) = *date;
    } else if (field == u"probability") {
        QString digits = value;
        digits.remove(QLatin1Char('%'));
        bool ok = true;
        const int p = digits.trimmed().toInt(&ok);
        if (value.isEmpty())
            deal.probability.reset();
        else if (!ok || p < 0 || p > 100)
            return fieldError(field, tr("“%1” is not a percentage from 0 to 100.").arg(value));
        else
            deal.probability = p;
    } else if (field == u"comment") {
        deal.comment = text;
    }
    auto updated = update(actor, deal);
    if (!updated)
        return updated.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    return updated;
}

} // namespace comptoir
