// SPDX-License-Identifier: GPL-3.0-or-later
#include "boardquery.h"

#include "clock.h"
#include "database.h"
#include "stores.h"

#include <QCoreApplication>
#include <QHash>

namespace comptoir {

namespace {

// The end of the local day holding `now`, as a stored instant: deadlines before it and not
// before now are "due today".
QDateTime endOfDay(const QDateTime &now)
{
    const QDate today = now.toLocalTime().date();
    return QDateTime(today.addDays(1), QTime(0, 0), Qt::LocalTime).toUTC();
}

struct Order
{
    QString key;     // the sort value, an SQL expression over deals d (constants only)
    QString orderBy; // the full ORDER BY, ending with the id tie-break
    QString after;   // the keyset condition; marks: key, key, [created_at, created_at,] id
    bool usesCreated = false;
};

// Attention buckets other than "no activity" all order by the deadline, then newest first.
const Order DeadlineOrder{
    QStringLiteral("d.next_activity_at"),
    QStringLiteral("d.next_activity_at, d.created_at DESC, d.id DESC"),
    QStringLiteral("(d.next_activity_at > ? OR (d.next_activity_at = ? AND (d.created_at < ? OR "
                   "(d.created_at = ? AND d.id < ?))))"),
    true,
};

Order orderFor(BoardSort sort)
{
    switch (sort) {
    case BoardSort::Amount:
        return {QStringLiteral("d.amount_minor"), QStringLiteral("d.amount_minor DESC, d.id DESC"),
                QStringLiteral("(d.amount_minor < ? OR (d.amount_minor = ? AND d.id < ?))"), false};
    case BoardSort::CloseDate: {
        const QString key = QStringLiteral("coalesce(nullif(d.close_date, ''), '9999-12-31')");
        return {key, key + QStringLiteral(", d.id"),
                QStringLiteral("(%1 > ? OR (%1 = ? AND d.id > ?))").arg(key), false};
    }
    case BoardSort::Attention: // handled by buckets; newest first within "no activity"
    case BoardSort::Created:
        break;
    }
    return {QStringLiteral("d.created_at"), QStringLiteral("d.created_at DESC, d.id DESC"),
            QStringLiteral("(d.created_at < ? OR (d.created_at = ? AND d.id < ?))"), false};
}

// True when `filter` selects nothing more than the pipeline, so that the totals kept by
// triggers answer. Judged on the SQL the filter makes rather than on its fields, so that a
// criterion added to DealFilter later can never be silently ignored here.
bool selectsWholePipeline(const Database &db, const Actor &actor, const DealFilter &filter, Id pipelineId)
{
    DealFilter scoped = filter;
    scoped.pipelineId = pipelineId;
    DealFilter plain;
    plain.pipelineId = pipelineId;
    QVariantList scopedValues, plainValues;
    const auto a = dealWhereClause(db, actor, scoped, scopedValues);
    const auto b = dealWhereClause(db, actor, plain, plainValues);
    return a && b && *a == *b && scopedValues == plainValues;
}

} // namespace

ActivityState activityState(const QDateTime &nextActivityAt, const QDateTime &now)
{
    if (!nextActivityAt.isValid())
        return ActivityState::None;
    if (nextActivityAt < now)
        return ActivityState::Overdue;
    return nextActivityAt < endOfDay(now) ? ActivityState::Today : ActivityState::Future;
}

Result<QVector<QPair<Id, BoardCursor>>> BoardQuery::keys(const QString &sql, const QVariantList &values,
                                                          int bucket) const
{
    auto q = m_db.exec(sql, values);
    if (!q)
        return q.error();
    QVector<QPair<Id, BoardCursor>> found;
    while (q->next()) {
        BoardCursor c;
        c.bucket = bucket;
        c.id = q->value(0).toLongLong();
        c.key = q->value(1);
        c.createdAt = q->value(2).toString();
        found.append({c.id, c});
    }
    return found;
}

Result<BoardPage> BoardQuery::cards(const Actor &actor, const DealFilter &filter, Id stageId, BoardSort sort,
                                    const std::optional<BoardCursor> &after, int limit) const
{
    auto found = ids(actor, filter, stageId, sort, after, limit);
    if (!found)
        return found.error();
    auto rows = DealQuery(m_db).rows(actor, found->ids);
    if (!rows)
        return rows.error();
    return BoardPage { std::move(*rows), found->next };
}

Result<BoardIdPage> BoardQuery::ids(const Actor &actor, const DealFilter &filter, Id stageId, BoardSort sort,
                                    const std::optional<BoardCursor> &after, int limit) const
{
    QVariantList base;
    auto where = dealWhereClause(m_db, actor, filter, base);
    if (!where)
        return where.error();
    base << stageId;
    const QString head = QStringLiteral("SELECT d.id, %1, d.created_at FROM deals d WHERE %2 AND d.stage_id = ?");

    QVector<QPair<Id, BoardCursor>> picked;
    if (sort == BoardSort::Attention) {
        const QString now = toStoredInstant(m_clock.now());
        const QString dayEnd = toStoredInstant(endOfDay(m_clock.now()));
        // One range scan of deals_board (stage, deadline, created DESC) per bucket, in order,
        // until the page is full.
        for (int bucket = after ? after->bucket : 0; bucket < 4 && picked.size() < limit; ++bucket) {
            QVariantList values = base;
            QString sql;
            const bool resume = after && after->bucket == bucket;
            if (bucket == 2) {
                sql = head.arg(QStringLiteral("d.next_activity_at"), *where)
                    + QStringLiteral(" AND d.next_activity_at IS NULL");
                if (resume) {
                    sql += QStringLiteral(" AND d.created_at <= ? AND (d.created_at < ? OR (d.created_at = ? AND d.id < ?))");
                    values << after->createdAt << after->createdAt << after->createdAt << after->id;
                }
                sql += QStringLiteral(" ORDER BY d.created_at DESC, d.id DESC");
            } else {
                sql = head.arg(DeadlineOrder.key, *where);
                if (bucket == 0) {
                    sql += QStringLiteral(" AND d.next_activity_at < ?");
                    values << now;
                } else if (bucket == 1) {
                    sql += QStringLiteral(" AND d.next_activity_at >= ? AND d.next_activity_at < ?");
                    values << now << dayEnd;
                } else {
                    sql += QStringLiteral(" AND d.next_activity_at >= ?");
                    values << dayEnd;
                }
                if (resume) {
                    sql += QStringLiteral(" AND d.next_activity_at >= ? AND ") + DeadlineOrder.after;
                    values << after->key << after->key << after->key << after->createdAt << after->createdAt
                           << after->id;
                }
                sql += QStringLiteral(" ORDER BY ") + DeadlineOrder.orderBy;
            }
            sql += QStringLiteral(" LIMIT ?");
            values << (limit - picked.size());
            auto found = keys(sql, values, bucket);
            if (!found)
                return found.error();
            picked += *found;
        }
    } else {
        const Order order = orderFor(sort);
        QVariantList values = base;
        QString sql = head.arg(order.key, *where);
        if (after) {
            sql += QStringLiteral(" AND ") + order.after;
            values << after->key << after->key << after->id;
        }
        sql += QStringLiteral(" ORDER BY ") + order.orderBy + QStringLiteral(" LIMIT ?");
        values << limit;
        auto found = keys(sql, values, 0);
        if (!found)
            return found.error();
        picked = *found;
    }

    BoardIdPage page;
    page.ids.reserve(picked.size());
    for (const auto &p : std::as_const(picked))
        page.ids << p.first;
    if (picked.size() >= limit && limit > 0)
        page.next = picked.constLast().second;
    return page;
}

Result<QList<StageSummary>> BoardQuery::columns(const Actor &actor, Id pipelineId, const DealFilter &filter) const
{
    if (selectsWholePipeline(m_db, actor, filter, pipelineId))
        return DealQuery(m_db).byStage(actor, pipelineId);
    return DealQuery(m_db).byStage(actor, pipelineId, filter);
}

} // namespace comptoir
