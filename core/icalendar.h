// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// iCalendar (RFC 5545) export and import of activities, written and read with libical.
//
// Export: one VEVENT per activity, because Google Calendar and Outlook import events and
// ignore to-dos: a meeting spans its duration, other activities take a 15-minute slot at their
// deadline. UIDs are stable ("activity-<id>@comptoir") so importing again updates rather than
// duplicates. Import: each VEVENT becomes a meeting of the chosen deal at its start (the first
// occurrence of a recurring event), with its duration; all-day events are due at 09:00.

#include "dealfilter.h"
#include "entities.h"
#include "result.h"

#include <QByteArray>
#include <QHash>
#include <QStringList>
#include <QTimeZone>

namespace comptoir {

class ActivityService;
class Database;

namespace ical {

// The VCALENDAR text for `activities`; `dealTitles` names each activity's deal in the
// summary ("Call: subject — deal").
QByteArray exportActivities(const QList<Activity> &activities, const QHash<Id, QString> &dealTitles);

// The open activities of the deals matching `filter` (visibility included), by deadline.
Result<QByteArray> exportFiltered(const Database &db, const Actor &actor, const DealFilter &filter,
                                  int *count = nullptr);

struct ParseResult
{
    QList<Activity> activities; // drafts: dealId 0, not stored
    QStringList warnings;       // events skipped and why, parser complaints
};

// Reads the VEVENTs of an iCalendar text. Fails only when the text holds no VCALENDAR at all.
// `floatingZone` is the zone of times written without one.
Result<ParseResult> parseEvents(const QByteArray &text, const QTimeZone &floatingZone = QTimeZone::systemTimeZone());

// Plans the events of `text` as activities of `dealId`, in one transaction.
Result<ParseResult> importEvents(ActivityService &service, Database &db, const Actor &actor, Id dealId,
                                 const QByteArray &text);

} // namespace ical
} // namespace comptoir
