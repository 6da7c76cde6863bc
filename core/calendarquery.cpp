// SPDX-License-Identifier: GPL-3.0-or-later
#include "calendarquery.h"

#include "access.h"
#include "activityservice.h"
#include "clock.h"
#include "database.h"
#include "dealservice.h"

#include <QCoreApplication>

namespace comptoir {

namespace {
const char *const FieldNames[] = {"close_date", "begin_date", "created", "activities"};

// The text of each field's query: the day column (deals) or instant column, what is selected,
// and from where. Constants only; the deals table is `d` as dealWhereClause wants.
struct FieldSql
{
    QString from;
    QString select;
    QString key;     // the column ranges and order apply to
    bool instant;    // key holds UTC instants (else 'YYYY-MM-DD' days)
};

FieldSql fieldSql(CalendarField field)
{
    const QString dealCols = QStringLiteral("d.id, d.title, d.amount_minor, d.currency, s.color");
    switch (field) {
    case CalendarField::Activities:
        return {QStringLiteral("activities a JOIN deals d ON d.id = a.deal_id JOIN stages s ON s.id = d.stage_id"),
                dealCols + QStringLiteral(", a.deadline, a.id, a.type, a.subject, a.duration_min"),
                QStringLiteral("a.deadline"), true};
    case CalendarField::Created:
        return {QStringLiteral("deals d JOIN stages s ON s.id = d.stage_id"), dealCols + QStringLiteral(", d.created_at"),
                QStringLiteral("d.created_at"), true};
    case CalendarField::BeginDate:
        return {QStringLiteral("deals d JOIN stages s ON s.id = d.stage_id"), dealCols + QStringLiteral(", d.begin_date"),
                QStringLiteral("d.begin_date"), false};
    case CalendarField::CloseDate:
        break;
    }
    return {QStringLiteral("deals d JOIN stages s ON s.id = d.stage_id"), dealCols + QStringLiteral(", d.close_date"),
            QStringLiteral("d.close_date"), false};
}
} // namespace

namespace {
// What the activities themselves must be: open, and the user's under "My activities".
QString activityConditions(const DealFilter &filter, QVariantList &values)
{
    if (!filter.activityResponsibleId)
        return QStringLiteral(" AND a.done = 0");
    values << *filter.activityResponsibleId;
    return QStringLiteral(" AND a.done = 0 AND a.responsible_id = ?");
}
} // namespace

QString calendarFieldToText(CalendarField field)
{
    return QString::fromLatin1(FieldNames[int(field)]);
}

std::optional<CalendarField> calendarFieldFromText(const QString &text)
{
    for (int i = 0; i < 4; ++i) {
        if (text == QLatin1String(FieldNames[i]))
            return CalendarField(i);
    }
    return std::nullopt;
}

CalendarQuery::CalendarQuery(const Database &db, const QTimeZone &zone)
    : m_db(db)
    , m_zone(zone)
{
}

Result<QString> CalendarQuery::where(const Actor &actor, const DealFilter &filter, QVariantList &values) const
{
    if (!m_where || m_where->userId != actor.userId || !(m_where->filter == filter)) {
        QVariantList built;
        auto sql = dealWhereClause(m_db, actor, filter, built);
        if (!sql)
            return sql.error();
        m_where = WhereCache{actor.userId, filter, *sql, built};
    }
    values += m_where->values;
    return m_where->sql;
}

QDateTime CalendarQuery::midnight(const QDate &day) const
{
    return QDateTime(day, QTime(0, 0), m_zone).toUTC();
}

Result<QList<CalendarItem>> CalendarQuery::select(const Actor &actor, const DealFilter &filter, CalendarField field,
                                                  const QDate &from, const QDate &to, int limit) const
{
    if (fieldSql(field).instant)
        return selectBetween(actor, filter, field, toStoredInstant(midnight(from)),
                             toStoredInstant(midnight(to.addDays(1))), limit);
    return selectBetween(actor, filter, field, from.toString(Qt::ISODate), to.addDays(1).toString(Qt::ISODate), limit);
}

Result<QList<CalendarItem>> CalendarQuery::selectBetween(const Actor &actor, const DealFilter &filter,
                                                         CalendarField field, const QString &lower,
                                                         const QString &upper, int limit) const
{
    const FieldSql f = fieldSql(field);
    QVariantList values;
    auto clause = where(actor, filter, values);
    if (!clause)
        return clause.error();
    QString sql = QStringLiteral("SELECT %1 FROM %2 WHERE %3 AND %4 >= ? AND %4 < ?").arg(f.select, f.from, *clause, f.key);
    values << lower << upper;
    if (field == CalendarField::Activities)
        sql += activityConditions(filter, values);
    // The order of the key's index (it ends with the rowid): LIMIT stops after the day's first
    // items instead of sorting the whole day.
    sql += QStringLiteral(" ORDER BY %1, %2").arg(f.key, field == CalendarField::Activities ? QStringLiteral("a.id")
                                                                                           : QStringLiteral("d.id"));
    if (limit > 0) {
        sql += QStringLiteral(" LIMIT ?");
        values << limit;
    }
    auto q = m_db.exec(sql, values);
    if (!q)
        return q.error();
    QList<CalendarItem> items;
    while (q->next()) {
        CalendarItem item;
        item.dealId = q->value(0).toLongLong();
        item.dealTitle = q->value(1).toString();
        item.amountMinor = q->value(2).toLongLong();
        item.currency = q->value(3).toString();
        item.stageColor = q->value(4).toString();
        if (f.instant) {
            item.start = fromStoredInstant(q->value(5).toString());
            item.date = item.start.toTimeZone(m_zone).date();
        } else {
            item.date = QDate::fromString(q->value(5).toString(), Qt::ISODate);
        }
        if (field == CalendarField::Activities) {
            item.activityId = q->value(6).toLongLong();
            item.type = activityTypeFromText(q->value(7).toString()).value_or(ActivityType::Todo);
            item.subject = q->value(8).toString();
            if (!q->value(9).isNull())
                item.durationMinutes = q->value(9).toInt();
        }
        items.append(item);
    }
    return items;
}

Result<qint64> CalendarQuery::count(const Actor &actor, const DealFilter &filter, CalendarField field,
                                    const QDate &day) const
{
    if (fieldSql(field).instant)
        return countBetween(actor, filter, field, midnight(day), midnight(day.addDays(1)));
    QVariantList values;
    auto clause = where(actor, filter, values);
    if (!clause)
        return clause.error();
    values << day.toString(Qt::ISODate);
    auto q = m_db.exec(QStringLiteral("SELECT count(*) FROM deals d WHERE %1 AND %2 = ?").arg(*clause, fieldSql(field).key),
                       values);
    if (!q)
        return q.error();
    return q->next() ? q->value(0).toLongLong() : 0;
}

Result<qint64> CalendarQuery::countBetween(const Actor &actor, const DealFilter &filter, CalendarField field,
                                           const QDateTime &from, const QDateTime &to) const
{
    const FieldSql f = fieldSql(field);
    QVariantList values;
    auto clause = where(actor, filter, values);
    if (!clause)
        return clause.error();
    // The stage join is not needed to count; the deal's is (visibility, recycle bin, filter).
    const QString source = field == CalendarField::Activities
                               ? QStringLiteral("activities a JOIN deals d ON d.id = a.deal_id")
                               : QStringLiteral("deals d");
    QString sql = QStringLiteral("SELECT count(*) FROM %1 WHERE %2").arg(source, *clause);
    sql += QStringLiteral(" AND %1 >= ? AND %1 < ?").arg(f.key);
    values << toStoredInstant(from) << toStoredInstant(to);
    if (field == CalendarField::Activities)
        sql += activityConditions(filter, values);
    auto q = m_db.exec(sql, values);
    if (!q)
        return q.error();
    return q->next() ? q->value(0).toLongLong() : 0;
}

bool CalendarQuery::countsFromIndex(const Actor &actor, const DealFilter &filter, CalendarField field) const
{
    if (field != CalendarField::Activities)
        return false;
    DealFilter rest = filter;
    rest.now = {};
    if (!(rest == DealFilter{}))
        return false;
    auto all = AccessPolicy(m_db).seesAllDeals(actor);
    return all && *all;
}

Result<qint64> CalendarQuery::indexCount(const QDateTime &from, const QDateTime &to) const
{
    auto q = m_db.exec(QStringLiteral("SELECT count(*) FROM activities a WHERE a.done = 0 AND a.deadline >= ? "
                                      "AND a.deadline < ?"),
                       {toStoredInstant(from), toStoredInstant(to)});
    if (!q)
        return q.error();
    return q->next() ? q->value(0).toLongLong() : 0;
}

Result<QList<QDateTime>> CalendarQuery::binnedDeadlines(const QDateTime &from, const QDateTime &to) const
{
    // From the deals in the recycle bin (few) to their open activities, never the other way.
    auto q = m_db.exec(QStringLiteral("SELECT a.deadline FROM deals d CROSS JOIN activities a ON a.deal_id = d.id "
                                      "WHERE d.deleted_at IS NOT NULL AND a.done = 0 AND a.deadline >= ? AND a.deadline < ?"),
                       {toStoredInstant(from), toStoredInstant(to)});
    if (!q)
        return q.error();
    QList<QDateTime> deadlines;
    while (q->next())
        deadlines << fromStoredInstant(q->value(0).toString());
    return deadlines;
}

Result<QHash<QDate, qint64>> CalendarQuery::binnedPerDay(const QDate &from, const QDate &to) const
{
    auto deadlines = binnedDeadlines(midnight(from), midnight(to.addDays(1)));
    if (!deadlines)
        return deadlines.error();
    QHash<QDate, qint64> perDay;
    for (const QDateTime &t : std::as_const(*deadlines))
        ++perDay[t.toTimeZone(m_zone).date()];
    return perDay;
}

Result<QList<CalendarItem>> CalendarQuery::items(const Actor &actor, const DealFilter &filter, CalendarField field,
                                                 const QDate &from, const QDate &to) const
{
    return select(actor, filter, field, from, to, 0);
}

Result<QList<CalendarDay>> CalendarQuery::days(const Actor &actor, const DealFilter &filter, CalendarField field,
                                               const QDate &from, const QDate &to, int perDay) const
{
    // Day by day: each is a short range scan of an index (deadline, date or creation), so a
    // month costs the same whatever the days before and after hold.
    // A full day is counted. The owner's unfiltered activities are counted inside
    // activities_deadline, less those of deals in the recycle bin (read once for the range):
    // joining each activity to its deal would read thousands of rows per busy day.
    const bool fromIndex = countsFromIndex(actor, filter, field);
    std::optional<QHash<QDate, qint64>> binned;
    QList<CalendarDay> result;
    for (QDate day = from; day <= to; day = day.addDays(1)) {
        CalendarDay d;
        d.date = day;
        auto items = select(actor, filter, field, day, day, perDay);
        if (!items)
            return items.error();
        d.items = std::move(*items);
        if (d.items.size() < perDay) {
            d.count = d.items.size();
        } else if (fromIndex) {
            if (!binned) {
                auto perDayBinned = binnedPerDay(from, to);
                if (!perDayBinned)
                    return perDayBinned.error();
                binned = std::move(*perDayBinned);
            }
            auto n = indexCount(midnight(day), midnight(day.addDays(1)));
            if (!n)
                return n.error();
            d.count = *n - binned->value(day);
        } else {
            auto n = count(actor, filter, field, day);
            if (!n)
                return n.error();
            d.count = *n;
        }
        result.append(d);
    }
    return result;
}

Status moveCalendarItem(DealService &deals, ActivityService &activities, const Actor &actor, CalendarField field,
                        const CalendarItem &item, const QDate &day, std::optional<QTime> time, const QTimeZone &zone)
{
    if (!day.isValid())
        return Error::invalid(QCoreApplication::translate("Calendar", "Choose a day."));
    if (field == CalendarField::Activities) {
        const QDateTime local = item.start.toTimeZone(zone);
        const QDateTime target(day, time.value_or(local.time()), zone);
        auto moved = activities.reschedule(actor, item.activityId, target.toUTC());
        if (!moved)
            return moved.error();
        return {};
    }
    if (field == CalendarField::Created)
        return Error::forbidden(QCoreApplication::translate("Calendar", "The creation date of a deal cannot change."));
    auto deal = deals.get(actor, item.dealId);
    if (!deal)
        return deal.error();
    Deal changed = *deal;
    if (field == CalendarField::CloseDate)
        changed.closeDate = day;
    else
        changed.beginDate = day;
    auto updated = deals.update(actor, changed);
    if (!updated)
        return updated.error();
    return {};
}

} // namespace comptoir
