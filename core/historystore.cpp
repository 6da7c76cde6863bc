// SPDX-License-Identifier: GPL-3.0-or-later
#include "clock.h"
#include "database.h"
#include "stores.h"

namespace comptoir {

Status HistoryStore::append(const HistoryEvent &e) const
{
    const QVariant nullText; // SQL NULL
    auto q = m_db.exec(QStringLiteral("INSERT INTO history (deal_id, at, user_id, type, field, old_value, new_value, description) "
                                      "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                       {e.dealId ? QVariant(*e.dealId) : QVariant(), toStoredInstant(e.at),
                        e.userId ? QVariant(*e.userId) : QVariant(), e.type,
                        e.field.isEmpty() ? nullText : QVariant(e.field),
                        e.oldValue.isNull() ? nullText : QVariant(e.oldValue),
                        e.newValue.isNull() ? nullText : QVariant(e.newValue), e.description});
    if (!q)
        return q.error();
    return {};
}

Result<QList<HistoryEvent>> HistoryStore::forDeal(Id dealId) const
{
    auto q = m_db.exec(QStringLiteral("SELECT h.id, h.deal_id, h.at, h.user_id, u.name, h.type, h.field, h.old_value, "
                                      "h.new_value, h.description FROM history h LEFT JOIN users u ON u.id = h.user_id "
                                      "WHERE h.deal_id = ? ORDER BY h.id"),
                       {dealId});
    if (!q)
        return q.error();
    QList<HistoryEvent> events;
    while (q->next()) {
        HistoryEvent e;
        e.id = q->value(0).toLongLong();
        e.dealId = q->value(1).toLongLong();
        e.at = fromStoredInstant(q->value(2).toString());
        if (!q->value(3).isNull())
            e.userId = q->value(3).toLongLong();
        e.userName = q->value(4).toString();
        e.type = q->value(5).toString();
        e.field = q->value(6).toString();
        e.oldValue = q->value(7).toString();
        e.newValue = q->value(8).toString();
        e.description = q->value(9).toString();
        events.append(e);
    }
    return events;
}

Result<qint64> HistoryStore::count() const
{
    auto v = m_db.scalar(QStringLiteral("SELECT count(*) FROM history"));
    if (!v)
        return v.error();
    return v->toLongLong();
}

} // namespace comptoir
