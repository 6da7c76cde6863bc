// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The Calendar (F3, issue 7): deals on one of their dates, or open activities by deadline, per
// local day; and moving an item to another day (or time).

#include "dealfilter.h"
#include "entities.h"
#include "result.h"

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QTimeZone>

#include <optional>

namespace comptoir {

class ActivityService;
class Database;
class DealService;

enum class CalendarField { CloseDate, BeginDate, Created, Activities };
QString calendarFieldToText(CalendarField field); // close_date, begin_date, created, activities
std::optional<CalendarField> calendarFieldFromText(const QString &text);

struct CalendarItem
{
    Id dealId = 0;
    Id activityId = 0;          // activities only
    QDate date;                 // the local day it sits on
    QDateTime start;            // activities: the deadline; created: the instant; else invalid
    std::optional<int> durationMinutes;
    ActivityType type = ActivityType::Todo;
    QString subject;            // activities: the subject; deals: empty
    QString dealTitle;
    qint64 amountMinor = 0;
    QString currency;
    QString stageColor;
    bool isActivity() const { return activityId != 0; }
};

struct CalendarDay
{
    QDate date;
    qint64 count = 0;           // every item of the day
    QList<CalendarItem> items;  // the first ones, in time order
};

// One hour of a day in the week grid.
struct CalendarSlot
{
    QDateTime start;            // the hour's first instant (UTC)
    int hour = 0;               // its local hour, 0-23
    qint64 count = 0;           // every item starting in it
    QList<CalendarItem> items;  // the first ones, in time order
};

// Only open activities are shown: the calendar is the plan ahead.
class CalendarQuery final
{
public:
    explicit CalendarQuery(const Database &db, const QTimeZone &zone = QTimeZone::systemTimeZone());

    // Every item from `from` to `to` (both included), by day then time.
    Result<QList<CalendarItem>> items(const Actor &actor, const DealFilter &filter, CalendarField field,
                                      const QDate &from, const QDate &to) const;
    // Each day from `from` to `to` with its count and its first `perDay` items (a month grid).
    Result<QList<CalendarDay>> days(const Actor &actor, const DealFilter &filter, CalendarField field,
                                    const QDate &from, const QDate &to, int perDay) const;
    // The local hours of a day (the week grid) with their counts and first `perHour` items, for
    // the fields that have a time (activities, creation); an item sits in the hour it starts.
    // calendarweek.cpp.
    Result<QList<CalendarSlot>> hours(const Actor &actor, const DealFilter &filter, CalendarField field,
                                      const QDate &day, int perHour) const;
    static bool hasTime(CalendarField field) { return field == CalendarField::Activities || field == CalendarField::Created; }

private:
    Result<QList<CalendarItem>> select(const Actor &actor, const DealFilter &filter, CalendarField field,
                                       const QDate &from, const QDate &to, int limit) const;
    Result<qint64> count(const Actor &actor, const DealFilter &filter, CalendarField field, const QDate &day) const;
    // True when the day counts may come from activities_deadline alone (see days()).
    bool countsFromIndex(const Actor &actor, const DealFilter &filter, CalendarField field) const;
    Result<qint64> indexCount(const QDateTime &from, const QDateTime &to) const;
    Result<QList<QDateTime>> binnedDeadlines(const QDateTime &from, const QDateTime &to) const;
    Result<QHash<QDate, qint64>> binnedPerDay(const QDate &from, const QDate &to) const;
    // Items whose key is in [lower, upper) (stored instants or ISO days), in index order.
    Result<QList<CalendarItem>> selectBetween(const Actor &actor, const DealFilter &filter, CalendarField field,
                                              const QString &lower, const QString &upper, int limit) const;
    Result<qint64> countBetween(const Actor &actor, const DealFilter &filter, CalendarField field,
                                const QDateTime &from, const QDateTime &to) const;
    QDateTime midnight(const QDate &day) const;
    // dealWhereClause, built once for an actor and filter: a month is 84 queries, a week up
    // to 336, and each would otherwise read the actor's user row again.
    Result<QString> where(const Actor &actor, const DealFilter &filter, QVariantList &values) const;

    struct WhereCache
    {
        Id userId = 0;
        DealFilter filter;
        QString sql;
        QVariantList values;
    };
    const Database &m_db;
    QTimeZone m_zone;
    mutable std::optional<WhereCache> m_where;
};

// Moves an item to `day` (deals: that date; activities: that day at the same local time, or at
// `time` when given). The creation date cannot move.
Status moveCalendarItem(DealService &deals, ActivityService &activities, const Actor &actor, CalendarField field,
                        const CalendarItem &item, const QDate &day, std::optional<QTime> time = {},
                        const QTimeZone &zone = QTimeZone::systemTimeZone());

} // namespace comptoir
