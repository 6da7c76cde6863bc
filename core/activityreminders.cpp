// SPDX-License-Identifier: GPL-3.0-or-later
// ActivityService's reminders (F6): their texts, the CLI's forms, the ones due now, snooze and
// dismiss.
#include "activityservice.h"

#include "clock.h"
#include "database.h"
#include "stores.h"

#include <QRegularExpression>

namespace comptoir {

QString ActivityService::reminderText(std::optional<int> minutes)
{
    if (!minutes)
        return tr("No reminder");
    // The offsets the activity dialog offers read well in English without plural forms.
    switch (*minutes) {
    case 0:
        return tr("At the deadline");
    case 5:
        return tr("5 minutes before");
    case 15:
        return tr("15 minutes before");
    case 30:
        return tr("30 minutes before");
    case 60:
        return tr("1 hour before");
    case 24 * 60:
        return tr("1 day before");
    default:
        break;
    }
    if (*minutes % (24 * 60) == 0)
        return tr("%n day(s) before", nullptr, *minutes / (24 * 60));
    if (*minutes % 60 == 0)
        return tr("%n hour(s) before", nullptr, *minutes / 60);
    return tr("%n minute(s) before", nullptr, *minutes);
}

Result<std::optional<int>> ActivityService::parseReminder(const QString &text)
{
    const QString t = text.trimmed().toLower();
    if (t.isEmpty() || t == QLatin1String("none"))
        return std::optional<int>();
    static const QRegularExpression pattern(QStringLiteral("^(\\d{1,4})\\s*(m|min|h|d)?$"));
    const auto match = pattern.match(t);
    const int number = match.hasMatch() ? match.captured(1).toInt() : -1;
    const QString unit = match.captured(2);
    if (number < 0 || (number > 0 && unit.isEmpty()))
        return Error::invalid(tr("“%1” is not a reminder: give 0 (at the deadline), minutes (15m), hours (1h), days (1d) "
                                 "or none.")
                                  .arg(text.trimmed()),
                              QStringLiteral("reminder"));
    const int minutes = unit == QLatin1String("d") ? number * 24 * 60 : unit == QLatin1String("h") ? number * 60 : number;
    if (minutes > MaxReminderMinutes)
        return Error::invalid(tr("A reminder can be at most 30 days before the deadline."), QStringLiteral("reminder"));
    return std::optional<int>(minutes);
}

namespace {
const QString DueReminders = QStringLiteral(
    "SELECT a.id, d.title FROM activities a JOIN deals d ON d.id = a.deal_id "
    "WHERE a.responsible_id = ? AND a.done = 0 AND a.reminder_dismissed = 0 AND a.remind_at IS NOT NULL "
    "AND a.remind_at <= ? AND (a.reminder_snoozed_until IS NULL OR a.reminder_snoozed_until <= ?) "
    "AND d.deleted_at IS NULL "
    "ORDER BY coalesce(a.reminder_snoozed_until, a.remind_at), a.id");
} // namespace

Result<QList<DueReminder>> ActivityService::dueReminders(const Actor &actor) const
{
    const QString now = toStoredInstant(m_clock.now());
    auto q = m_db.exec(DueReminders, {actor.userId, now, now});
    if (!q)
        return q.error();
    QList<std::pair<Id, QString>> rows;
    while (q->next())
        rows.append({q->value(0).toLongLong(), q->value(1).toString()});
    QList<DueReminder> due;
    for (const auto &[id, title] : rows) {
        auto activity = ActivityStore(m_db).byId(id);
        if (!activity)
            return activity.error();
        due.append(DueReminder{*activity, title});
    }
    return due;
}

Status ActivityService::writeReminderState(const Actor &actor, Id activityId, const QDateTime &snoozedUntil,
                                           bool dismissed)
{
    auto stored = get(actor, activityId);
    if (!stored)
        return stored.error();
    Activity after = *stored;
    after.reminderSnoozedUntil = snoozedUntil;
    after.reminderDismissed = dismissed;
    if (auto s = ActivityStore(m_db).update(after); !s)
        return s;
    m_db.afterCommit([this, activityId] { Q_EMIT reminderChanged(activityId); });
    return {};
}

Status ActivityService::snoozeReminder(const Actor &actor, Id activityId, int minutes)
{
    if (minutes <= 0 || minutes > MaxReminderMinutes)
        return Error::invalid(tr("A snooze lasts from 1 minute to 30 days."), QStringLiteral("snooze"));
    return writeReminderState(actor, activityId, m_clock.now().addSecs(60 * qint64(minutes)), false);
}

Status ActivityService::dismissReminder(const Actor &actor, Id activityId)
{
    return writeReminderState(actor, activityId, QDateTime(), true);
}

} // namespace comptoir
