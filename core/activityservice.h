// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "entities.h"
#include "result.h"

#include <QObject>
#include <QTimeZone>

#include <optional>

namespace comptoir {

class Clock;
class Database;

namespace history {
inline const QString ActivityChanged = QStringLiteral("activity_changed");
inline const QString ActivityRescheduled = QStringLiteral("activity_rescheduled");
inline const QString ActivityReopened = QStringLiteral("activity_reopened");
inline const QString ActivityRemoved = QStringLiteral("activity_removed");
} // namespace history

// What markDone() gives back: the activity as stored, and a draft of the next one (same deal,
// type and responsible, due at the default deadline) that the caller may plan or drop.
struct ActivityDoneResult
{
    Activity done;
    Activity proposal;
};

// A reminder due now: the activity and the title of its deal.
struct DueReminder
{
    Activity activity;
    QString dealTitle;
};

// The activity use cases (F6). Each change is one transaction writing the activity and a
// readable history row on its deal together; deals.next_activity_at follows through the
// schema's triggers; the signals are emitted after the commit. The actor must see the deal
// and be allowed to change it (AccessPolicy).
class ActivityService final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ActivityService)

public:
    explicit ActivityService(Database &db, const Clock &clock, QObject *parent = nullptr);

    // The zone deadlines are shown and defaulted in (the system's unless a test sets one).
    QTimeZone timeZone() const { return m_zone; }
    void setTimeZone(const QTimeZone &zone) { m_zone = zone; }

    Result<Activity> get(const Actor &actor, Id activityId) const;
    Result<QList<Activity>> forDeal(const Actor &actor, Id dealId) const; // by deadline
    // The open activity with the earliest deadline, if any.
    Result<std::optional<Activity>> nearestOpen(const Actor &actor, Id dealId) const;

    // The default deadline now: 3 working days later at the next full hour (WorkCalendar).
    Result<QDateTime> defaultDeadline() const;

    // Plans an activity from a draft (dealId, type, subject required). Defaults: the default
    // deadline when none is given, the actor as responsible. Only meetings keep a duration.
    Result<Activity> plan(const Actor &actor, Activity draft);
    // Writes type, subject, description, deadline, duration and responsible of `changed`.
    Result<Activity> update(const Actor &actor, const Activity &changed);
    // Moves the deadline (the Activities board and the calendar drag).
    Result<Activity> reschedule(const Actor &actor, Id activityId, const QDateTime &deadline);
    Result<ActivityDoneResult> markDone(const Actor &actor, Id activityId);
    Result<Activity> reopen(const Actor &actor, Id activityId);
    Status remove(const Actor &actor, Id activityId);

    // The reminders of the actor's open activities due at the clock's now, by due time: past
    // deadline minus offset, not dismissed, and past the end of their snooze if snoozed.
    // Activities of deals in the recycle bin are left out.
    Result<QList<DueReminder>> dueReminders(const Actor &actor) const;
    // Shows the reminder again `minutes` from now. No history row: snoozing is the user's own
    // bookkeeping, not a change of the deal.
    Status snoozeReminder(const Actor &actor, Id activityId, int minutes);
    // The reminder is not shown again (until the deadline or the offset changes).
    Status dismissReminder(const Actor &actor, Id activityId);

    // A reminder is at most this long before the deadline, a snooze at most this long.
    static constexpr int MaxReminderMinutes = 30 * 24 * 60;

    static QString typeName(ActivityType type); // "Call", "Meeting", ... (translated)
    // "No reminder", "At the deadline", "15 minutes before", "1 hour before", "1 day before".
    static QString reminderText(std::optional<int> minutes);
    // "0" (at the deadline), "15m", "1h", "1d", "none" -> minutes before the deadline.
    static Result<std::optional<int>> parseReminder(const QString &text);

Q_SIGNALS:
    void activityCreated(comptoir::Id activityId, comptoir::Id dealId);
    void activityChanged(comptoir::Id activityId, comptoir::Id dealId);
    void activityRemoved(comptoir::Id activityId, comptoir::Id dealId);
    // A reminder was snoozed or dismissed (activityChanged covers the other changes).
    void reminderChanged(comptoir::Id activityId);

private:
    // The deal's responsible when the actor may change it.
    Status checkDeal(const Actor &actor, Id dealId, bool forChange) const;
    Result<Activity> editable(const Actor &actor, Id activityId) const;
    Status writeReminderState(const Actor &actor, Id activityId, const QDateTime &snoozedUntil, bool dismissed);
    Status validate(const Activity &activity) const;
    Status record(const Actor &actor, const Activity &activity, const QString &type, const QString &field,
                  const QString &oldValue, const QString &newValue, const QString &description);
    QString formatDeadline(const QDateTime &deadline) const;
    Result<Activity> write(const Actor &actor, const Activity &after,
                           const QString &historyType, const QString &field, const QString &oldValue,
                           const QString &newValue, const QString &description);

    Database &m_db;
    const Clock &m_clock;
    QTimeZone m_zone = QTimeZone::systemTimeZone();
};

} // namespace comptoir
