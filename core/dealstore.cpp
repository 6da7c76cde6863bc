// SPDX-License-Identifier: GPL-3.0-or-later
#include "clock.h"
#include "database.h"
#include "stores.h"

#include <QCoreApplication>

namespace comptoir {

namespace {
const QString SelectDeal = QStringLiteral(R"(
    SELECT id, title, amount_minor, currency, amount_manual, pipeline_id, stage_id, company_id,
           responsible_id, type_code, source_code, begin_date, close_date, probability, comment,
           is_repeat, closed, lost_reason, lost_note, closed_at, created_at, created_by, updated_at,
           next_activity_at, deleted_at, deleted_by
    FROM deals WHERE id = ?)");

const QString InsertDeal = QStringLiteral(R"(
    INSERT INTO deals (title, amount_minor, currency, amount_manual, pipeline_id, stage_id, company_id,
                       responsible_id, type_code, source_code, begin_date, close_date, probability, comment,
                       is_repeat, closed, lost_reason, lost_note, closed_at, created_at, created_by, updated_at)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?))");

const QString UpdateDeal = QStringLiteral(R"(
    UPDATE deals SET title = ?, amount_minor = ?, currency = ?, amount_manual = ?, pipeline_id = ?,
                     stage_id = ?, company_id = ?, responsible_id = ?, type_code = ?, source_code = ?,
                     begin_date = ?, close_date = ?, probability = ?, comment = ?, is_repeat = ?,
                     closed = ?, lost_reason = ?, lost_note = ?, closed_at = ?, created_at = ?,
                     created_by = ?, updated_at = ?
    WHERE id = ?)");

QVariant nullText(const QString &s)
{
    return s.isEmpty() ? QVariant() : QVariant(s);
}
QVariant nullDate(const QDate &d)
{
    return d.isValid() ? QVariant(d.toString(Qt::ISODate)) : QVariant();
}
QVariant nullInstant(const QDateTime &t)
{
    return t.isValid() ? QVariant(toStoredInstant(t)) : QVariant();
}
QVariant nullId(const std::optional<Id> &id)
{
    return id ? QVariant(*id) : QVariant();
}
QVariant nullInt(const std::optional<int> &v)
{
    return v ? QVariant(*v) : QVariant();
}

// The values of every column but id, in the order of InsertDeal and UpdateDeal.
QVariantList columnValues(const Deal &d)
{
    return {d.title, d.amountMinor, d.currency, int(d.amountManual), d.pipelineId, d.stageId, nullId(d.companyId),
            d.responsibleId, nullText(d.typeCode), nullText(d.sourceCode), nullDate(d.beginDate),
            nullDate(d.closeDate), nullInt(d.probability), d.comment, int(d.isRepeat), int(d.closed),
            nullText(d.lostReason), nullText(d.lostNote), nullInstant(d.closedAt), toStoredInstant(d.createdAt),
            d.createdBy ? QVariant(d.createdBy) : QVariant(),
            toStoredInstant(d.updatedAt)};
}
} // namespace

Result<Deal> DealStore::byId(Id id) const
{
    auto q = m_db.exec(SelectDeal, {id});
    if (!q)
        return q.error();
    if (!q->next())
        return Error::notFound(QCoreApplication::translate("Stores", "There is no deal %1.").arg(id));
    Deal d;
    d.id = q->value(0).toLongLong();
    d.title = q->value(1).toString();
    d.amountMinor = q->value(2).toLongLong();
    d.currency = q->value(3).toString();
    d.amountManual = q->value(4).toBool();
    d.pipelineId = q->value(5).toLongLong();
    d.stageId = q->value(6).toLongLong();
    if (!q->value(7).isNull())
        d.companyId = q->value(7).toLongLong();
    d.responsibleId = q->value(8).toLongLong();
    d.typeCode = q->value(9).toString();
    d.sourceCode = q->value(10).toString();
    d.beginDate = QDate::fromString(q->value(11).toString(), Qt::ISODate);
    d.closeDate = QDate::fromString(q->value(12).toString(), Qt::ISODate);
    if (!q->value(13).isNull())
        d.probability = q->value(13).toInt();
    d.comment = q->value(14).toString();
    d.isRepeat = q->value(15).toBool();
    d.closed = q->value(16).toBool();
    d.lostReason = q->value(17).toString();
    d.lostNote = q->value(18).toString();
    d.closedAt = fromStoredInstant(q->value(19).toString());
    d.createdAt = fromStoredInstant(q->value(20).toString());
    d.createdBy = q->value(21).toLongLong();
    d.updatedAt = fromStoredInstant(q->value(22).toString());
    d.nextActivityAt = fromStoredInstant(q->value(23).toString());
    d.deletedAt = fromStoredInstant(q->value(24).toString());
    d.deletedBy = q->value(25).toLongLong();

    auto c = m_db.exec(QStringLiteral("SELECT contact_id FROM deal_contacts WHERE deal_id = ? "
                                      "ORDER BY is_primary DESC, sort, contact_id"),
                       {id});
    if (!c)
        return c.error();
    while (c->next())
        d.contactIds.append(c->value(0).toLongLong());

    auto p = m_db.exec(QStringLiteral("SELECT id, product_id, name, quantity_milli, price_minor, discount_bp, "
                                      "tax_rate_bp, tax_included, discount_minor FROM deal_products WHERE deal_id = ? ORDER BY sort, id"),
                       {id});
    if (!p)
        return p.error();
    while (p->next()) {
        DealProduct row;
        row.id = p->value(0).toLongLong();
        if (!p->value(1).isNull())
            row.productId = p->value(1).toLongLong();
        row.name = p->value(2).toString();
        row.quantityMilli = p->value(3).toLongLong();
        row.priceMinor = p->value(4).toLongLong();
        row.discountBp = p->value(5).toInt();
        row.taxRateBp = p->value(6).toInt();
        row.taxIncluded = p->value(7).toBool();
        row.discountMinor = p->value(8).toLongLong();
        d.products.append(row);
    }
    return d;
}

Result<bool> DealStore::exists(Id id) const
{
    auto v = m_db.scalar(QStringLiteral("SELECT 1 FROM deals WHERE id = ?"), {id});
    if (!v)
        return v.error();
    return v->isValid();
}

Result<Id> DealStore::insert(const Deal &deal) const
{
    auto q = m_db.exec(InsertDeal, columnValues(deal));
    if (!q)
        return q.error();
    const Id id = q->lastInsertId().toLongLong();
    if (auto s = writeContacts(id, deal.contactIds); !s)
        return s.error();
    if (auto s = writeProducts(id, deal.products); !s)
        return s.error();
    return id;
}

Status DealStore::update(const Deal &deal) const
{
    QVariantList values = columnValues(deal);
    values.append(deal.id);
    auto q = m_db.exec(UpdateDeal, values);
    if (!q)
        return q.error();
    if (q->numRowsAffected() != 1)
        return Error::notFound(QCoreApplication::translate("Stores", "There is no deal %1.").arg(deal.id));
    if (auto s = writeContacts(deal.id, deal.contactIds); !s)
        return s;
    return writeProducts(deal.id, deal.products);
}

Status DealStore::setDeleted(Id id, const QDateTime &at, Id by) const
{
    auto q = at.isValid()
        ? m_db.exec(QStringLiteral("UPDATE deals SET deleted_at = ?, deleted_by = ? WHERE id = ? AND deleted_at IS NULL"),
                    {toStoredInstant(at), by, id})
        : m_db.exec(QStringLiteral("UPDATE deals SET deleted_at = NULL, deleted_by = NULL WHERE id = ? "
                                   "AND deleted_at IS NOT NULL"),
                    {id});
    if (!q)
        return q.error();
    if (q->numRowsAffected() != 1)
        return Error::notFound(QCoreApplication::translate("Stores", "There is no deal %1.").arg(id));
    return {};
}

Status DealStore::remove(Id id) const
{
    auto q = m_db.exec(QStringLiteral("DELETE FROM deals WHERE id = ?"), {id});
    if (!q)
        return q.error();
    if (q->numRowsAffected() != 1)
        return Error::notFound(QCoreApplication::translate("Stores", "There is no deal %1.").arg(id));
    return {};
}

Status DealStore::writeContacts(Id dealId, const QList<Id> &contactIds) const
{
    if (auto q = m_db.exec(QStringLiteral("DELETE FROM deal_contacts WHERE deal_id = ?"), {dealId}); !q)
        return q.error();
    int sort = 0;
    for (Id contactId : contactIds) {
        auto q = m_db.exec(QStringLiteral("INSERT OR IGNORE INTO deal_contacts (deal_id, contact_id, is_primary, sort) "
                                          "VALUES (?, ?, ?, ?)"),
                           {dealId, contactId, int(sort == 0), sort});
        if (!q)
            return q.error();
        ++sort;
    }
    return {};
}

Status DealStore::writeProducts(Id dealId, const QList<DealProduct> &products) const
{
    if (auto q = m_db.exec(QStringLiteral("DELETE FROM deal_products WHERE deal_id = ?"), {dealId}); !q)
        return q.error();
    int sort = 0;
    for (const DealProduct &p : products) {
        auto q = m_db.exec(QStringLiteral("INSERT INTO deal_products (deal_id, product_id, name, quantity_milli, "
                                          "price_minor, discount_bp, tax_rate_bp, tax_included, sort, discount_minor) "
                                          "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                           {dealId, nullId(p.productId), p.name, p.quantityMilli, p.priceMinor, p.discountBp,
                            p.taxRateBp, int(p.taxIncluded), sort++, p.discountMinor});
        if (!q)
            return q.error();
    }
    return {};
}

Result<bool> DealStore::clientHasWonDealBefore(std::optional<Id> companyId, const QList<Id> &contactIds,
                                               const QDateTime &before, Id excludingDeal) const
{
    if (!companyId && contactIds.isEmpty())
        return false;
    // One mark per contact id: the marks are ours, the values are bound.
    QStringList marks;
    QVariantList values{nullId(companyId)};
    for (Id c : contactIds) {
        marks << QStringLiteral("?");
        values << c;
    }
    values << toStoredInstant(before) << excludingDeal;
    const QString sql = QStringLiteral(R"(
        SELECT 1 FROM deals d JOIN stages s ON s.id = d.stage_id
        WHERE s.semantic = 'success'
          AND (d.company_id = ?
               OR d.id IN (SELECT deal_id FROM deal_contacts WHERE contact_id IN (%1)))
          AND d.closed_at IS NOT NULL AND d.closed_at < ? AND d.id <> ? AND d.deleted_at IS NULL
        LIMIT 1)")
                            .arg(marks.isEmpty() ? QStringLiteral("NULL") : marks.join(QLatin1Char(',')));
    auto q = m_db.exec(sql, values);
    if (!q)
        return q.error();
    return q->next();
}

} // namespace comptoir
