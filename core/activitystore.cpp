// SPDX-License-Identifier: GPL-3.0-or-later
#include "clock.h"
#include "database.h"
#include "stores.h"

#include <QCoreApplication>

namespace comptoir {

namespace {
const QString SelectActivities = QStringLiteral(
    "SELECT id, deal_id, type, subject, description, deadline, duration_min, responsible_id, done, done_at, "
    "created_at, reminder_min, reminder_snoozed_until, reminder_dismissed FROM activities");

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
    if (!q.value(11).isNull())
        a.reminderMinutes = q.value(11).toInt();
    a.reminderSnoozedUntil = fromStoredInstant(q.value(12).toString());
    a.reminderDismissed = q.value(13).toBool();
    return a;
}

QVariantList values(const Activity &a)
{
    return {a.dealId, activityTypeToText(a.type), a.subject, a.description, toStoredInstant(a.deadline),
            a.durationMinutes ? QVariant(*a.durationMinutes) : QVariant(),
            a.responsibleId, int(a.done),
            a.doneAt.isValid() ? QVariant(toStoredInstant(a.doneAt)) : QVariant(),
            toStoredInstant(a.createdAt),
            a.reminderMinutes ? QVariant(*a.reminderMinutes) : QVariant(),
            a.remindAt().isValid() ? QVariant(toStoredInstant(a.remindAt())) : QVariant(),
            a.reminderSnoozedUntil.isValid() ? QVariant(toStoredInstant(a.reminderSnoozedUntil)) : QVariant(),
            int(a.reminderDismissed)};
}
} // namespace

Result<Id> ActivityStore::insert(const Activity &activity) const
{
    auto q = m_db.exec(QStringLiteral("INSERT INTO activities (deal_id, type, subject, description, deadline, duration_min, "
                                      "responsible_id, done, done_at, created_at, reminder_min, remind_at, "
                                      "reminder_snoozed_until, reminder_dismissed) "
                                      "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                       values(activity));
    if (!q)
        return q.error();
    return q->lastInsertId().toLongLong();
}

Status ActivityStore::update(const Activity &activity) const
{
    QVariantList v = values(activity);
    v.append(activity.id);
    auto q = m_db.exec(QStringLiteral("UPDATE activities SET deal_id = ?, type = ?, subject = ?, description = ?, deadline = ?, "
                                      "duration_min = ?, responsible_id = ?, done = ?, done_at = ?, created_at = ?, "
                                      "reminder_min = ?, remind_at = ?, reminder_snoozed_until = ?, "
                                      "reminder_dismissed = ? WHERE id = ?"),
                       v);
    if (!q)
        return q.error();
    return {};
}

Result<QList<Activity>> ActivityStore::forDeal(Id dealId) const
{
    auto q = m_db.exec(SelectActivities + QStringLiteral(" WHERE deal_id = ? ORDER BY deadline, id"), {dealId});
    if (!q)
        return q.error();
    QList<Activity> list;
    while (q->next())
        list.append(activityFrom(*q));
    return list;
}

Result<Activity> ActivityStore::byId(Id id) const
{
    auto q = m_db.exec(SelectActivities + QStringLiteral(" WHERE id = ?"), {id});
    if (!q)
        return q.error();
    if (!q->next())
        return Error::notFound(QCoreApplication::translate("Stores", "There is no activity %1.").arg(id));
    return activityFrom(*q);
}

} // namespace comptoir
