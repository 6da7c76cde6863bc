// SPDX-License-Identifier: GPL-3.0-or-later
#include "recyclebin.h"

#include "clock.h"
#include "database.h"

namespace comptoir {

Result<QList<BinnedDeal>> binnedDeals(const Database &db, const Actor &actor, const DealFilter &filter, int limit)
{
    QVariantList values;
    auto where = binnedDealWhereClause(db, actor, filter, values);
    if (!where)
        return where.error();
    QString sql = QStringLiteral("SELECT d.id, d.title, d.amount_minor, d.currency, d.deleted_at, u.name FROM deals d "
                                 "LEFT JOIN users u ON u.id = d.deleted_by WHERE %1 ORDER BY d.deleted_at DESC, d.id DESC")
                      .arg(*where);
    if (limit >= 0) {
        sql += QStringLiteral(" LIMIT ?");
        values << limit;
    }
    auto q = db.exec(sql, values);
    if (!q)
        return q.error();
    QList<BinnedDeal> list;
    while (q->next()) {
        BinnedDeal b;
        b.id = q->value(0).toLongLong();
        b.title = q->value(1).toString();
        b.amountMinor = q->value(2).toLongLong();
        b.currency = q->value(3).toString();
        b.deletedAt = fromStoredInstant(q->value(4).toString());
        b.deletedBy = q->value(5).toString();
        list << b;
    }
    return list;
}

} // namespace comptoir
