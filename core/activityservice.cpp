// SPDX-License-Identifier: GPL-3.0-or-later
#include "activityservice.h"

#include "access.h"
#include "clock.h"
#include "database.h"
#include "stores.h"
#include "workcalendar.h"

#include <QLocale>

namespace comptoir {

namespace {
// A new deadline or offset is a new reminder: shown again, whatever became of the old one.
void resetReminderIfMoved(Activity &after, const Activity &before)
{
    if (after.remindAt() != before.remindAt()) {
        after.reminderSnoozedUntil = QDateTime();
        after.reminderDismissed = false;
    }
}
} // namespace

ActivityService::ActivityService(Database &db, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_clock(clock)
{
}

QString ActivityService::typeName(ActivityType type)
{
    switch (type) {
    case ActivityType::Call:
        return tr("Call");
    case ActivityType::Meeting:
        return tr("Meeting");
    case ActivityType::Task:
        return tr("Task");
    case ActivityType::Email:
        return tr("E-mail");
    case ActivityType::Todo:
        return tr("To-do");
    }
    return {};
}

QString ActivityService::formatDeadline(const QDateTime &deadline) const
{
    return QLocale().toString(deadline.toTimeZone(m_zone), QLocale::ShortFormat);
}

Status ActivityService::checkDeal(const Actor &actor, Id dealId, bool forChange) const
{
    return AccessPolicy(m_db).checkDeal(actor, dealId, forChange);
}

Result<Activity> ActivityService::get(const Actor &actor, Id activityId) const
{
    auto activity = ActivityStore(m_db).byId(activityId);
    if (!activity)
        return activity.error();
    if (auto s = checkDeal(actor, activity->dealId, false); !s) {
        if (s.error().code == Error::Code::NotFound)
            return Error::notFound(tr("There is no activity %1.").arg(activityId));
        return s.error();
    }
    return activity;
}

Result<Activity> ActivityService::editable(const Actor &actor, Id activityId) const
{
    auto activity = get(actor, activityId);
    if (!activity)
        return activity.error();
    if (auto s = checkDeal(actor, activity->dealId, true); !s)
        return s.error();
    return activity;
}

Result<QList<Activity>> ActivityService::forDeal(const Actor &actor, Id dealId) const
{
    if (auto s = checkDeal(actor, dealId, false); !s)
        return s.error();
    return ActivityStore(m_db).forDeal(dealId);
}

Result<std::optional<Activity>> ActivityService::nearestOpen(const Actor &actor, Id dealId) const
{
    if (auto s = checkDeal(actor, dealId, false); !s)
        return s.error();
    auto id = m_db.scalar(QStringLiteral("SELECT id FROM activities WHERE deal_id = ? AND done = 0 "
                                         "ORDER BY deadline, id LIMIT 1"),
                          {dealId});
    if (!id)
        return id.error();
    if (!id->isValid())
        return std::optional<Activity>();
    auto activity = ActivityStore(m_db).byId(id->toLongLong());
    if (!activity)
        return activity.error();
    return std::optional<Activity>(*activity);
}

Result<QDateTime> ActivityService::defaultDeadline() const
{
    auto calendar = WorkCalendar::load(m_db);
    if (!calendar)
        return calendar.error();
    return calendar->defaultDeadline(m_clock.now(), m_zone).toUTC();
}

Status ActivityService::validate(const Activity &a) const
{
    if (a.subject.trimmed().isEmpty())
        return Error::invalid(tr("An activity needs a subject."), QStringLiteral("subject"));
    if (!a.deadline.isValid())
        return Error::invalid(tr("An activity needs a deadline."), QStringLiteral("deadline"));
    if (a.durationMinutes && (*a.durationMinutes <= 0 || *a.durationMinutes > 24 * 60 * 14))
        return Error::invalid(tr("The duration must be between 1 minute and 14 days."), QStringLiteral("duration"));
    if (a.reminderMinutes && (*a.reminderMinutes < 0 || *a.reminderMinutes > MaxReminderMinutes))
        return Error::invalid(tr("A reminder can be at most 30 days before the deadline."), QStringLiteral("reminder"));
    auto user = UserStore(m_db).byId(a.responsibleId);
    if (!user) {
        if (user.error().code == Error::Code::NotFound)
            return Error::invalid(tr("There is no user %1.").arg(a.responsibleId), QStringLiteral("responsible"));
        return user.error();
    }
    return {};
}

Status ActivityService::record(const Actor &actor, const Activity &activity, const QString &type,
                               const QString &field, const QString &oldValue, const QString &newValue,
                               const QString &description)
{
    HistoryEvent e;
    e.dealId = activity.dealId;
    e.at = m_clock.now();
    e.userId = actor.userId;
    e.type = type;
    e.field = field;
    e.oldValue = oldValue;
    e.newValue = newValue;
    e.description = description;
    return HistoryStore(m_db).append(e);
}

Result<Activity> ActivityService::plan(const Actor &actor, Activity draft)
{
    if (auto s = checkDeal(actor, draft.dealId, true); !s)
        return s.error();
    if (!draft.deadline.isValid()) {
        auto deadline = defaultDeadline();
        if (!deadline)
            return deadline.error();
        draft.deadline = *deadline;
    }
    if (draft.responsibleId == 0)
        draft.responsibleId = actor.userId;
    if (draft.type != ActivityType::Meeting)
        draft.durationMinutes.reset();
    draft.subject = draft.subject.trimmed();
    if (auto s = validate(draft); !s)
        return s.error();
    draft.id = 0;
    draft.done = false;
    draft.doneAt = QDateTime();
    draft.createdAt = m_clock.now();
    draft.deadline = draft.deadline.toUTC();
    draft.reminderSnoozedUntil = QDateTime();
    draft.reminderDismissed = false;

    Transaction tx(m_db);
    if (!tx)
        return tx.error();
    auto id = ActivityStore(m_db).insert(draft);
    if (!id)
        return id.error();
    draft.id = *id;
    const QString description =
        tr("%1 planned: “%2”, due %3").arg(typeName(draft.type), draft.subject, formatDeadline(draft.deadline));
    if (auto s = record(actor, draft, history::ActivityCreated, QStringLiteral("activity"), {},
                        toStoredInstant(draft.deadline), description);
        !s)
        return s.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    const Id activityId = draft.id;
    const Id dealId = draft.dealId;
    m_db.afterCommit([this, activityId, dealId] { Q_EMIT activityCreated(activityId, dealId); });
    return ActivityStore(m_db).byId(activityId);
}

Result<Activity> ActivityService::write(const Actor &actor, const Activity &after,
                                        const QString &historyType, const QString &field, const QString &oldValue,
                                        const QString &newValue, const QString &description)
{
    Transaction tx(m_db);
    if (!tx)
        return tx.error();
    if (auto s = ActivityStore(m_db).update(after); !s)
        return s.error();
    if (auto s = record(actor, after, historyType, field, oldValue, newValue, description); !s)
        return s.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    const Id activityId = after.id;
    const Id dealId = after.dealId;
    m_db.afterCommit([this, activityId, dealId] { Q_EMIT activityChanged(activityId, dealId); });
    return ActivityStore(m_db).byId(activityId);
}

Result<Activity> ActivityService::update(const Actor &actor, const Activity &changed)
{
    auto stored = editable(actor, changed.id);
    if (!stored)
        return stored.error();
    Activity after = *stored;
    after.type = changed.type;
    after.subject = changed.subject.trimmed();
    after.description = changed.description;
    after.deadline = changed.deadline.toUTC();
    after.durationMinutes = changed.type == ActivityType::Meeting ? changed.durationMinutes : std::nullopt;
    after.responsibleId = changed.responsibleId == 0 ? stored->responsibleId : changed.responsibleId;
    after.reminderMinutes = changed.reminderMinutes;
    resetReminderIfMoved(after, *stored);
    if (auto s = validate(after); !s)
        return s.error();

    QStringList what;
    if (after.type != stored->type)
        what.append(tr("type %1 → %2").arg(typeName(stored->type), typeName(after.type)));
    if (after.subject != stored->subject)
        what.append(tr("subject “%1” → “%2”").arg(stored->subject, after.subject));
    if (after.description != stored->description)
        what.append(tr("description"));
    if (after.deadline != stored->deadline)
        what.append(tr("deadline %1 → %2").arg(formatDeadline(stored->deadline), formatDeadline(after.deadline)));
    if (after.durationMinutes != stored->durationMinutes)
        what.append(tr("duration"));
    if (after.responsibleId != stored->responsibleId)
        what.append(tr("responsible"));
    if (after.reminderMinutes != stored->reminderMinutes)
        what.append(tr("reminder %1 → %2").arg(reminderText(stored->reminderMinutes), reminderText(after.reminderMinutes)));
    if (what.isEmpty())
        return *stored;
    const QString description = tr("%1 “%2” changed: %3").arg(typeName(after.type), after.subject, what.join(QStringLiteral(", ")));
    return write(actor, after, history::ActivityChanged, QStringLiteral("activity"), stored->subject,
                 after.subject, description);
}

Result<Activity> ActivityService::reschedule(const Actor &actor, Id activityId, const QDateTime &deadline)
{
    auto stored = editable(actor, activityId);
    if (!stored)
        return stored.error();
    if (!deadline.isValid())
        return Error::invalid(tr("An activity needs a deadline."), QStringLiteral("deadline"));
    Activity after = *stored;
    after.deadline = deadline.toUTC();
    if (after.deadline == stored->deadline)
        return *stored;
    resetReminderIfMoved(after, *stored);
    const QString description = tr("%1 “%2” moved: %3 → %4")
                                    .arg(typeName(after.type), after.subject, formatDeadline(stored->deadline),
                                         formatDeadline(after.deadline));
    return write(actor, after, history::ActivityRescheduled, QStringLiteral("deadline"),
                 toStoredInstant(stored->deadline), toStoredInstant(after.deadline), description);
}

Result<ActivityDoneResult> ActivityService::markDone(const Actor &actor, Id activityId)
{
    auto stored = editable(actor, activityId);
    if (!stored)
        return stored.error();
    if (stored->done)
        return Error::invalid(tr("The activity “%1” is already done.").arg(stored->subject));
    Activity after = *stored;
    after.done = true;
    after.doneAt = m_clock.now();
    auto written = write(actor, after, history::ActivityDone, QStringLiteral("done"), QStringLiteral("0"),
                         QStringLiteral("1"), tr("%1 done: “%2”").arg(typeName(after.type), after.subject));
    if (!written)
        return written.error();
    auto deadline = defaultDeadline();
    if (!deadline)
        return deadline.error();
    Activity proposal;
    proposal.dealId = written->dealId;
    proposal.type = written->type;
    proposal.responsibleId = written->responsibleId;
    proposal.durationMinutes = written->durationMinutes;
    proposal.deadline = *deadline;
    return ActivityDoneResult{*written, proposal};
}

Result<Activity> ActivityService::reopen(const Actor &actor, Id activityId)
{
    auto stored = editable(actor, activityId);
    if (!stored)
        return stored.error();
    if (!stored->done)
        return *stored;
    Activity after = *stored;
    after.done = false;
    after.doneAt = QDateTime();
    return write(actor, after, history::ActivityReopened, QStringLiteral("done"), QStringLiteral("1"),
                 QStringLiteral("0"), tr("%1 reopened: “%2”").arg(typeName(after.type), after.subject));
}

Status ActivityService::remove(const Actor &actor, Id activityId)
{
    auto stored = editable(actor, activityId);
    if (!stored)
        return stored.error();
    Transaction tx(m_db);
    if (!tx)
        return tx.error();
    auto q = m_db.exec(QStringLiteral("DELETE FROM activities WHERE id = ?"), {activityId});
    if (!q)
        return q.error();
    const QString description = tr("%1 removed: “%2”, due %3")
                                    .arg(typeName(stored->type), stored->subject, formatDeadline(stored->deadline));
    if (auto s = record(actor, *stored, history::ActivityRemoved, QStringLiteral("activity"),
                        toStoredInstant(stored->deadline), {}, description);
        !s)
        return s.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    const Id dealId = stored->dealId;
    m_db.afterCommit([this, activityId, dealId] { Q_EMIT activityRemoved(activityId, dealId); });
    return {};
}

} // namespace comptoir
