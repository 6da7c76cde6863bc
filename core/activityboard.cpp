// SPDX-License-Identifier: GPL-3.0-or-later
#include "activityboard.h"

#include "activityservice.h"
#include "clock.h"
#include "database.h"

#include <QCoreApplication>

namespace comptoir {

namespace {

QString stored(const QDateTime &t)
{
    return toStoredInstant(t);
}

// Parses the columns of activities selected in this order.
const char *const ActivityColumns = "a.id, a.deal_id, a.type, a.subject, a.description, a.deadline, a.duration_min, "
                                    "a.responsible_id, a.done, a.done_at, a.created_at";

Activity activityFrom(const QSqlQuery &q)
{
    Activity a;
    a.id = q.value(0).toLongLong();
    a.dealId = q.value(1).toLongLong();
    a.type = activityTypeFromText(q.value(2).toString()).value_or(ActivityType::Todo);
    a.subject = q.value(3).toString();
    a.description = q.value(4).toString();
    a.deadline = fromStoredInstant(q.value(5).toString());
    if (!q.value(6).isNull())
        a.durationMinutes = q.value(6).toInt();
    a.responsibleId = q.value(7).toLongLong();
    a.done = q.value(8).toBool();
    a.doneAt = fromStoredInstant(q.value(9).toString());
    a.createdAt = fromStoredInstant(q.value(10).toString());
    return a;
}
} // namespace

QString activityColumnTitle(ActivityColumn column)
{
    switch (column) {
    case ActivityColumn::Overdue:
        return QCoreApplication::translate("ActivityBoard", "Overdue");
    case ActivityColumn::Today:
        return QCoreApplication::translate("ActivityBoard", "Today");
    case ActivityColumn::ThisWeek:
        return QCoreApplication::translate("ActivityBoard", "This week");
    case ActivityColumn::NextWeek:
        return QCoreApplication::translate("ActivityBoard", "Next week");
    case ActivityColumn::Later:
        return QCoreApplication::translate("ActivityBoard", "Over two weeks");
    case ActivityColumn::None:
        return QCoreApplication::translate("ActivityBoard", "Without activities");
    }
    return {};
}

ActivityBounds activityBounds(const QDateTime &now, const QTimeZone &zone, Qt::DayOfWeek firstDay)
{
    const QDate today = now.toTimeZone(zone).date();
    const QDate weekStart = WorkCalendar::startOfWeek(today, firstDay);
    const auto midnight = [&zone](const QDate &day) { return QDateTime(day, QTime(0, 0), zone).toUTC(); };
    return {now.toUTC(), midnight(today.addDays(1)), midnight(weekStart.addDays(7)), midnight(weekStart.addDays(14))};
}

ActivityColumn activityColumnOf(const QDateTime &deadline, const ActivityBounds &b)
{
    if (!deadline.isValid())
        return ActivityColumn::None;
    if (deadline < b.now)
        return ActivityColumn::Overdue;
    if (deadline < b.tomorrow)
        return ActivityColumn::Today;
    if (deadline < b.nextWeek)
        return ActivityColumn::ThisWeek;
    if (deadline < b.weekAfter)
        return ActivityColumn::NextWeek;
    return ActivityColumn::Later;
}

ActivityBoardQuery::ActivityBoardQuery(const Database &db, const Clock &clock, const QTimeZone &zone,
                                       Qt::DayOfWeek firstDay)
    : m_db(db)
    , m_clock(clock)
    , m_zone(zone)
    , m_firstDay(firstDay)
{
}

ActivityBounds ActivityBoardQuery::bounds() const
{
    return activityBounds(m_clock.now(), m_zone, m_firstDay);
}

Result<QList<ActivityColumnSummary>> ActivityBoardQuery::columns(const Actor &actor, const DealFilter &filter) const
{
    QList<ActivityColumn> all;
    for (int c = 0; c < ActivityColumnCount; ++c)
        all << ActivityColumn(c);
    return summaries(actor, filter, all);
}

Result<ActivityColumnSummary> ActivityBoardQuery::column(const Actor &actor, const DealFilter &filter,
                                                         ActivityColumn column) const
{
    auto one = summaries(actor, filter, {column});
    if (!one)
        return one.error();
    return one->constFirst();
}

namespace {
// The criteria deals_activity_columns (migration 8) holds besides the column bounds: whole
// pipelines, stages, in progress / won / lost and the responsible (visibility included).
bool coveredByColumnsIndex(const DealFilter &filter)
{
    DealFilter rest = filter;
    rest.pipelineId.reset();
    rest.stageId.reset();
    rest.group = DealFilter::Group::Any;
    rest.responsibleId.reset();
    rest.now = {};
    return rest == DealFilter{};
}

// The condition on next_activity_at of a column, with its bounds appended to `values`.
QString columnRange(ActivityColumn column, const ActivityBounds &b, QVariantList &values)
{
    const QDateTime lower[] = {{}, b.now, b.tomorrow, b.nextWeek, b.weekAfter};
    const QDateTime upper[] = {b.now, b.tomorrow, b.nextWeek, b.weekAfter, {}};
    if (column == ActivityColumn::None)
        return QStringLiteral("d.next_activity_at IS NULL");
    const int c = int(column);
    QStringList terms;
    if (lower[c].isValid()) {
        terms << QStringLiteral("d.next_activity_at >= ?");
        values << stored(lower[c]);
    }
    if (upper[c].isValid()) {
        terms << QStringLiteral("d.next_activity_at < ?");
        values << stored(upper[c]);
    }
    return terms.join(QStringLiteral(" AND "));
}
} // namespace

Result<QList<ActivityColumnSummary>> ActivityBoardQuery::summaries(const Actor &actor, const DealFilter &filter,
                                                                   const QList<ActivityColumn> &which) const
{
    QVariantList whereValues;
    auto where = dealWhereClause(m_db, actor, filter, whereValues);
    if (!where)
        return where.error();
    if (coveredByColumnsIndex(filter))
        return indexedSummaries(*where, whereValues, which);
    // Any other criterion (search, amounts, dates, custom fields...): one pass over the
    // matching deals, the CASE mirroring activityColumnOf().
    const ActivityBounds b = bounds();
    QVariantList values{stored(b.now), stored(b.tomorrow), stored(b.nextWeek), stored(b.weekAfter)};
    values += whereValues;
    auto q = m_db.exec(QStringLiteral("SELECT CASE WHEN d.next_activity_at IS NULL THEN 5 "
                                      "WHEN d.next_activity_at < ? THEN 0 WHEN d.next_activity_at < ? THEN 1 "
                                      "WHEN d.next_activity_at < ? THEN 2 WHEN d.next_activity_at < ? THEN 3 ELSE 4 END AS col, "
                                      "d.currency, count(*), sum(d.amount_minor) FROM deals d WHERE %1 "
                                      "GROUP BY col, d.currency")
                           .arg(*where),
                       values);
    if (!q)
        return q.error();
    QList<ActivityColumnSummary> all;
    for (int c = 0; c < ActivityColumnCount; ++c)
        all.append(ActivityColumnSummary{ActivityColumn(c), 0, {}});
    while (q->next()) {
        const int c = q->value(0).toInt();
        if (c < 0 || c >= ActivityColumnCount)
            continue;
        all[c].count += q->value(2).toLongLong();
        all[c].totals.insert(q->value(1).toString(), q->value(3).toLongLong());
    }
    QList<ActivityColumnSummary> result;
    for (ActivityColumn c : which)
        result << all.at(int(c));
    return result;
}

// Each (currency, column) is one range of deals_activity_columns, counted and summed inside
// the index: no sort, no table row read. The currencies come from a loose index scan (one seek
// per currency) instead of a GROUP BY that would sort every deal.
Result<QList<ActivityColumnSummary>> ActivityBoardQuery::indexedSummaries(const QString &where,
                                                                          const QVariantList &whereValues,
                                                                          const QList<ActivityColumn> &which) const
{
    const QString from = QStringLiteral("deals d INDEXED BY deals_activity_columns WHERE %1 AND d.closed < 2").arg(where);
    auto currencies = m_db.exec(QStringLiteral("WITH RECURSIVE cur(c) AS (SELECT min(d.currency) FROM %1 UNION ALL "
                                               "SELECT (SELECT min(d.currency) FROM %1 AND d.currency > cur.c) "
                                               "FROM cur WHERE cur.c IS NOT NULL) SELECT c FROM cur WHERE c IS NOT NULL")
                                    .arg(from),
                                whereValues + whereValues);
    if (!currencies)
        return currencies.error();
    QStringList codes;
    while (currencies->next())
        codes << currencies->value(0).toString();
    QList<ActivityColumnSummary> result;
    for (ActivityColumn c : which)
        result.append(ActivityColumnSummary{c, 0, {}});
    const ActivityBounds b = bounds();
    for (const QString &code : std::as_const(codes)) {
        QStringList parts;
        QVariantList values;
        for (int i = 0; i < which.size(); ++i) {
            values += whereValues;
            values << code;
            const QString range = columnRange(which.at(i), b, values);
            parts << QStringLiteral("SELECT %1, count(*), sum(d.amount_minor) FROM %2 AND d.currency = ? AND %3")
                         .arg(QString::number(i), from, range);
        }
        auto q = m_db.exec(parts.join(QStringLiteral(" UNION ALL ")), values);
        if (!q)
            return q.error();
        while (q->next()) {
            const int i = q->value(0).toInt();
            const qint64 n = q->value(1).toLongLong();
            if (i < 0 || i >= result.size() || n == 0)
                continue;
            result[i].count += n;
            result[i].totals.insert(code, q->value(2).toLongLong());
        }
    }
    return result;
}

Result<ActivityPage> ActivityBoardQuery::cards(const Actor &actor, const DealFilter &filter, ActivityColumn column,
                                               const std::optional<ActivityCursor> &after, int limit) const
{
    QVariantList values;
    auto where = dealWhereClause(m_db, actor, filter, values);
    if (!where)
        return where.error();
    const ActivityBounds b = bounds();
    QString sql = QStringLiteral("SELECT d.id, d.next_activity_at, d.created_at FROM deals d WHERE ") + *where;
    if (column == ActivityColumn::None) {
        sql += QStringLiteral(" AND d.next_activity_at IS NULL");
        if (after) {
            sql += QStringLiteral(" AND (d.created_at < ? OR (d.created_at = ? AND d.id < ?))");
            values << after->createdAt << after->createdAt << after->id;
        }
        sql += QStringLiteral(" ORDER BY d.created_at DESC, d.id DESC");
    } else {
        const QDateTime lower[] = {{}, b.now, b.tomorrow, b.nextWeek, b.weekAfter};
        const QDateTime upper[] = {b.now, b.tomorrow, b.nextWeek, b.weekAfter, {}};
        const int c = int(column);
        if (lower[c].isValid()) {
            sql += QStringLiteral(" AND d.next_activity_at >= ?");
            values << stored(lower[c]);
        } else {
            sql += QStringLiteral(" AND d.next_activity_at IS NOT NULL");
        }
        if (upper[c].isValid()) {
            sql += QStringLiteral(" AND d.next_activity_at < ?");
            values << stored(upper[c]);
        }
        if (after) {
            sql += QStringLiteral(" AND d.next_activity_at >= ? AND (d.next_activity_at > ? OR (d.next_activity_at = ? "
                                  "AND d.id > ?))");
            values << after->deadline << after->deadline << after->deadline << after->id;
        }
        // The index order (deals_next_activity ends with the rowid): the page is the first
        // `limit` entries of the range, never a sort of the whole column.
        sql += QStringLiteral(" ORDER BY d.next_activity_at, d.id");
    }
    sql += QStringLiteral(" LIMIT ?");
    values << limit;
    auto q = m_db.exec(sql, values);
    if (!q)
        return q.error();
    QVector<Id> ids;
    std::optional<ActivityCursor> last;
    while (q->next()) {
        ids << q->value(0).toLongLong();
        last = ActivityCursor{q->value(1).toString(), q->value(2).toString(), ids.constLast()};
    }
    auto rows = DealQuery(m_db).rows(actor, ids);
    if (!rows)
        return rows.error();
    auto activities = nearestActivities(QList<Id>(ids.cbegin(), ids.cend()));
    if (!activities)
        return activities.error();
    ActivityPage page;
    page.cards.reserve(rows->size());
    for (const DealRow &row : std::as_const(*rows)) {
        ActivityCard card{row, std::nullopt};
        if (auto it = activities->constFind(row.id); it != activities->constEnd())
            card.activity = *it;
        page.cards.append(card);
    }
    if (limit > 0 && ids.size() >= limit)
        page.next = last;
    return page;
}

Result<QHash<Id, Activity>> ActivityBoardQuery::nearestActivities(const QList<Id> &dealIds) const
{
    QHash<Id, Activity> nearest;
    constexpr qsizetype Chunk = 500;
    for (qsizetype start = 0; start < dealIds.size(); start += Chunk) {
        const qsizetype n = std::min(Chunk, dealIds.size() - start);
        QVariantList values;
        QStringList marks;
        for (qsizetype i = 0; i < n; ++i) {
            marks << QStringLiteral("?");
            values << dealIds.at(start + i);
        }
        auto q = m_db.exec(QStringLiteral("SELECT %1 FROM activities a WHERE a.done = 0 AND a.deal_id IN (%2) "
                                          "ORDER BY a.deal_id, a.deadline, a.id")
                               .arg(QLatin1String(ActivityColumns), marks.join(QLatin1Char(','))),
                           values);
        if (!q)
            return q.error();
        while (q->next()) {
            const Id dealId = q->value(1).toLongLong();
            if (!nearest.contains(dealId))
                nearest.insert(dealId, activityFrom(*q));
        }
    }
    return nearest;
}

Result<QHash<Id, ActivityColumn>> ActivityBoardQuery::columnsOf(const Actor &actor, const DealFilter &filter,
                                                                const QList<Id> &dealIds) const
{
    QHash<Id, ActivityColumn> columns;
    const ActivityBounds b = bounds();
    constexpr qsizetype Chunk = 500;
    for (qsizetype start = 0; start < dealIds.size(); start += Chunk) {
        QVariantList values;
        auto where = dealWhereClause(m_db, actor, filter, values);
        if (!where)
            return where.error();
        const qsizetype n = std::min(Chunk, dealIds.size() - start);
        QStringList marks;
        for (qsizetype i = 0; i < n; ++i) {
            marks << QStringLiteral("?");
            values << dealIds.at(start + i);
        }
        auto q = m_db.exec(QStringLiteral("SELECT d.id, d.next_activity_at FROM deals d WHERE %1 AND d.id IN (%2)")
                               .arg(*where, marks.join(QLatin1Char(','))),
                           values);
        if (!q)
            return q.error();
        while (q->next()) {
            const QString next = q->value(1).toString();
            columns.insert(q->value(0).toLongLong(),
                           activityColumnOf(next.isEmpty() ? QDateTime() : fromStoredInstant(next), b));
        }
    }
    return columns;
}

ActivityBoardRules::ActivityBoardRules(const Clock &clock, WorkCalendar calendar, const QTimeZone &zone,
                                       Qt::DayOfWeek firstDay)
    : m_clock(clock)
    , m_calendar(std::move(calendar))
    , m_zone(zone)
    , m_firstDay(firstDay)
{
}

Result<QDateTime> ActivityBoardRules::deadlineFor(ActivityColumn target, const QDateTime &current) const
{
    const QDateTime now = m_clock.now().toTimeZone(m_zone);
    const QDate today = now.date();
    const QDateTime nextHour = WorkCalendar::nextFullHour(now);
    // "Today at the next full hour" must stay today: late in the evening, its last minute.
    const QDateTime todayNextHour = nextHour.date() == today ? nextHour : QDateTime(today, QTime(23, 59), m_zone);
    const QTime timeOfDay = current.isValid() ? current.toTimeZone(m_zone).time() : nextHour.time();
    const auto onDay = [&](int days) { return QDateTime(today.addDays(days), timeOfDay, m_zone).toUTC(); };
    switch (target) {
    case ActivityColumn::Overdue:
        return Error::forbidden(QCoreApplication::translate("ActivityBoard", "Nothing can be dropped on Overdue: choose today or a later column."));
    case ActivityColumn::None:
        return Error::forbidden(QCoreApplication::translate("ActivityBoard", "To take a deal off the plan, mark its activity done."));
    case ActivityColumn::Today:
        return todayNextHour.toUTC();
    case ActivityColumn::ThisWeek: {
        const QDate last = m_calendar.lastWorkingDayOfWeek(today, m_firstDay);
        if (!last.isValid() || today >= last)
            return todayNextHour.toUTC();
        return onDay(1);
    }
    case ActivityColumn::NextWeek:
        return onDay(7);
    case ActivityColumn::Later:
        return onDay(14);
    }
    return Error::invalid(QCoreApplication::translate("ActivityBoard", "Unknown column."));
}

Result<ActivityDrop> dropDealOnColumn(ActivityService &service, const ActivityBoardRules &rules, const Actor &actor,
                                      Id dealId, ActivityColumn target, ActivityType newType, const QString &newSubject)
{
    auto nearest = service.nearestOpen(actor, dealId);
    if (!nearest)
        return nearest.error();
    const QDateTime current = *nearest ? (*nearest)->deadline : QDateTime();
    auto deadline = rules.deadlineFor(target, current);
    if (!deadline)
        return deadline.error();
    if (*nearest) {
        auto moved = service.reschedule(actor, (*nearest)->id, *deadline);
        if (!moved)
            return moved.error();
        return ActivityDrop{*moved, current, false};
    }
    Activity draft;
    draft.dealId = dealId;
    draft.type = newType;
    draft.subject = newSubject;
    draft.deadline = *deadline;
    auto planned = service.plan(actor, draft);
    if (!planned)
        return planned.error();
    return ActivityDrop{*planned, {}, true};
}

} // namespace comptoir
