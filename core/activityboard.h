// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The Activities board (F3, issue 7): six fixed columns placing each deal by the deadline of
// its nearest open activity (deals.next_activity_at, kept by the schema's triggers), their
// counts and totals, the cards of a column page by page, and the drop rules.

#include "dealfilter.h"
#include "dealquery.h"
#include "entities.h"
#include "result.h"
#include "workcalendar.h"

#include <QDateTime>
#include <QHash>
#include <QMap>
#include <QTimeZone>

#include <optional>

namespace comptoir {

class ActivityService;
class Clock;
class Database;

enum class ActivityColumn { Overdue, Today, ThisWeek, NextWeek, Later, None };
inline constexpr int ActivityColumnCount = 6;

// The column's title, translated ("Overdue", "Today", ... "Without activities").
QString activityColumnTitle(ActivityColumn column);

// The instants separating the dated columns, in UTC: overdue before `now`, today before
// `tomorrow`, this week before `nextWeek`, next week before `weekAfter`, later after.
// Computed in a time zone (local midnights, DST included) with the locale's first day.
struct ActivityBounds
{
    QDateTime now;
    QDateTime tomorrow;
    QDateTime nextWeek;
    QDateTime weekAfter;
};
ActivityBounds activityBounds(const QDateTime &now, const QTimeZone &zone, Qt::DayOfWeek firstDay);
ActivityColumn activityColumnOf(const QDateTime &nearestDeadline, const ActivityBounds &bounds);

// One card: the deal and its nearest open activity (none in "Without activities").
struct ActivityCard
{
    DealRow deal;
    std::optional<Activity> activity;
};

struct ActivityColumnSummary
{
    ActivityColumn column = ActivityColumn::None;
    qint64 count = 0;
    QMap<QString, qint64> totals; // currency -> minor units
};

struct ActivityCursor
{
    QString deadline;  // the stored next_activity_at of the last card (empty in None)
    QString createdAt; // read in "Without activities" only
    Id id = 0;
};

struct ActivityPage
{
    QList<ActivityCard> cards;
    std::optional<ActivityCursor> next; // set when more cards may follow
};

// Read paths of the board. Every query goes through dealWhereClause (live deals, visibility,
// the shared filter); "now" comes from the clock.
class ActivityBoardQuery final
{
public:
    ActivityBoardQuery(const Database &db, const Clock &clock, const QTimeZone &zone = QTimeZone::systemTimeZone(),
                       Qt::DayOfWeek firstDay = Qt::Monday);

    ActivityBounds bounds() const;
    // The six columns in board order with their counts and totals per currency.
    Result<QList<ActivityColumnSummary>> columns(const Actor &actor, const DealFilter &filter) const;
    // One column's count and totals (what a drop changes).
    Result<ActivityColumnSummary> column(const Actor &actor, const DealFilter &filter, ActivityColumn column) const;
    // Up to `limit` cards of `column` after `after`: by deadline then deal id (the order of the
    // deals_next_activity index, so a page stops after `limit` rows); in "Without activities",
    // newest deal first.
    Result<ActivityPage> cards(const Actor &actor, const DealFilter &filter, ActivityColumn column,
                               const std::optional<ActivityCursor> &after, int limit) const;
    // The nearest open activity of each deal (deals without one are absent).
    Result<QHash<Id, Activity>> nearestActivities(const QList<Id> &dealIds) const;
    // The column each of these deals sits in now; deals the actor does not see or the filter
    // leaves out (or in the recycle bin) are absent.
    Result<QHash<Id, ActivityColumn>> columnsOf(const Actor &actor, const DealFilter &filter,
                                                const QList<Id> &dealIds) const;

private:
    Result<QList<ActivityColumnSummary>> summaries(const Actor &actor, const DealFilter &filter,
                                                   const QList<ActivityColumn> &which) const;
    Result<QList<ActivityColumnSummary>> indexedSummaries(const QString &where, const QVariantList &whereValues,
                                                          const QList<ActivityColumn> &which) const;
    const Database &m_db;
    const Clock &m_clock;
    QTimeZone m_zone;
    Qt::DayOfWeek m_firstDay;
};

// The drop rules of the board. Dropping on a dated column moves the deadline of the deal's
// nearest open activity, or plans a new one (type and subject given) when it has none.
class ActivityBoardRules final
{
public:
    ActivityBoardRules(const Clock &clock, WorkCalendar calendar, const QTimeZone &zone = QTimeZone::systemTimeZone(),
                       Qt::DayOfWeek firstDay = Qt::Monday);

    // Today: today at the next full hour (the last minute of today when that hour is
    // tomorrow). This week: +1 day, or today at the next full hour when today is the last
    // working day of the week (or later). Next week: +7 days. Later: +14 days. Days keep the
    // activity's local time of day (the next full hour's for a new activity). Overdue and
    // Without activities refuse.
    Result<QDateTime> deadlineFor(ActivityColumn target, const QDateTime &current = {}) const;

private:
    const Clock &m_clock;
    WorkCalendar m_calendar;
    QTimeZone m_zone;
    Qt::DayOfWeek m_firstDay;
};

// What a drop did, for undo: the activity moved (with its old deadline) or created.
struct ActivityDrop
{
    Activity activity;       // as stored after the drop
    QDateTime oldDeadline;   // invalid when the activity was created
    bool created = false;
};

// Applies a drop through ActivityService (one transaction, history, signals).
Result<ActivityDrop> dropDealOnColumn(ActivityService &service, const ActivityBoardRules &rules, const Actor &actor,
                                      Id dealId, ActivityColumn target, ActivityType newType = ActivityType::Call,
                                      const QString &newSubject = {});

} // namespace comptoir
