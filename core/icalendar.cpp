// SPDX-License-Identifier: GPL-3.0-or-later
#include "icalendar.h"

#include "activityservice.h"
#include "clock.h"
#include "database.h"

#include <QCoreApplication>

#include <libical/ical.h>

#include <memory>

namespace comptoir::ical {

namespace {

struct ComponentFree
{
    void operator()(icalcomponent *c) const { icalcomponent_free(c); }
};
using Component = std::unique_ptr<icalcomponent, ComponentFree>;

icaltimetype toIcal(const QDateTime &instant)
{
    return icaltime_from_timet_with_zone(time_t(instant.toSecsSinceEpoch()), 0, icaltimezone_get_utc_timezone());
}

QString typeText(ActivityType type)
{
    return ActivityService::typeName(type);
}

icalproperty *xProperty(const char *name, const QString &value)
{
    icalproperty *p = icalproperty_new_x(value.toUtf8().constData());
    icalproperty_set_x_name(p, name);
    return p;
}

QString xValue(icalcomponent *c, const char *name)
{
    for (icalproperty *p = icalcomponent_get_first_property(c, ICAL_X_PROPERTY); p;
         p = icalcomponent_get_next_property(c, ICAL_X_PROPERTY)) {
        if (qstrcmp(icalproperty_get_x_name(p), name) == 0)
            return QString::fromUtf8(icalproperty_get_x(p));
    }
    return {};
}

// An instant from an iCalendar time: UTC, in its TZID's zone, or floating in `floating`.
QDateTime fromIcal(icaltimetype t, const QTimeZone &floating)
{
    if (t.is_date)
        return QDateTime(QDate(t.year, t.month, t.day), QTime(9, 0), floating).toUTC();
    if (icaltime_is_utc(t) || t.zone)
        return QDateTime::fromSecsSinceEpoch(qint64(icaltime_as_timet_with_zone(t, t.zone)), Qt::UTC);
    return QDateTime(QDate(t.year, t.month, t.day), QTime(t.hour, t.minute, t.second), floating).toUTC();
}

// The events of a parse: those of each VCALENDAR, or a bare VEVENT some tools write alone.
QList<icalcomponent *> events(icalcomponent *root)
{
    QList<icalcomponent *> found;
    const auto collect = [&found](icalcomponent *cal) {
        for (icalcomponent *c = icalcomponent_get_first_component(cal, ICAL_VEVENT_COMPONENT); c;
             c = icalcomponent_get_next_component(cal, ICAL_VEVENT_COMPONENT))
            found << c;
    };
    switch (icalcomponent_isa(root)) {
    case ICAL_VEVENT_COMPONENT:
        found << root;
        break;
    case ICAL_VCALENDAR_COMPONENT:
        collect(root);
        break;
    default:
        for (icalcomponent *cal = icalcomponent_get_first_component(root, ICAL_VCALENDAR_COMPONENT); cal;
             cal = icalcomponent_get_next_component(root, ICAL_VCALENDAR_COMPONENT))
            collect(cal);
        if (found.isEmpty()) {
            for (icalcomponent *c = icalcomponent_get_first_component(root, ICAL_VEVENT_COMPONENT); c;
                 c = icalcomponent_get_next_component(root, ICAL_VEVENT_COMPONENT))
                found << c;
        }
    }
    return found;
}

bool holdsCalendar(icalcomponent *root)
{
    const icalcomponent_kind kind = icalcomponent_isa(root);
    return kind == ICAL_VCALENDAR_COMPONENT || kind == ICAL_VEVENT_COMPONENT
        || icalcomponent_get_first_component(root, ICAL_VCALENDAR_COMPONENT)
        || icalcomponent_get_first_component(root, ICAL_VEVENT_COMPONENT);
}
} // namespace

QByteArray exportActivities(const QList<Activity> &activities, const QHash<Id, QString> &dealTitles)
{
    Component cal(icalcomponent_new(ICAL_VCALENDAR_COMPONENT));
    icalcomponent_add_property(cal.get(), icalproperty_new_version("2.0"));
    icalcomponent_add_property(cal.get(), icalproperty_new_prodid("-//Comptoir//Comptoir CRM//EN"));
    icalcomponent_add_property(cal.get(), icalproperty_new_calscale("GREGORIAN"));
    icalcomponent_add_property(cal.get(), icalproperty_new_method(ICAL_METHOD_PUBLISH));
    const icaltimetype stamp = toIcal(QDateTime::currentDateTimeUtc());
    for (const Activity &a : activities) {
        icalcomponent *event = icalcomponent_new(ICAL_VEVENT_COMPONENT);
        const QByteArray uid = QStringLiteral("activity-%1@comptoir").arg(a.id).toUtf8();
        icalcomponent_add_property(event, icalproperty_new_uid(uid.constData()));
        icalcomponent_add_property(event, icalproperty_new_dtstamp(stamp));
        icalcomponent_add_property(event, icalproperty_new_dtstart(toIcal(a.deadline)));
        // Meetings span their duration; a call or a task is a short slot at its deadline.
        const int minutes = a.type == ActivityType::Meeting && a.durationMinutes ? *a.durationMinutes : 15;
        icalcomponent_add_property(event, icalproperty_new_dtend(toIcal(a.deadline.addSecs(qint64(minutes) * 60))));
        QString summary = typeText(a.type) + QStringLiteral(": ") + a.subject;
        if (const QString title = dealTitles.value(a.dealId); !title.isEmpty())
            summary += QStringLiteral(" — ") + title;
        icalcomponent_add_property(event, icalproperty_new_summary(summary.toUtf8().constData()));
        if (!a.description.isEmpty())
            icalcomponent_add_property(event, icalproperty_new_description(a.description.toUtf8().constData()));
        icalcomponent_add_property(event, icalproperty_new_categories(typeText(a.type).toUtf8().constData()));
        if (!a.done)
            icalcomponent_add_property(event, icalproperty_new_status(ICAL_STATUS_CONFIRMED));
        icalcomponent_add_property(event, icalproperty_new_transp(ICAL_TRANSP_OPAQUE));
        icalcomponent_add_property(event, xProperty("X-COMPTOIR-TYPE", activityTypeToText(a.type)));
        icalcomponent_add_property(event, xProperty("X-COMPTOIR-SUBJECT", a.subject));
        icalcomponent_add_property(event, xProperty("X-COMPTOIR-DEAL", QString::number(a.dealId)));
        icalcomponent_add_component(cal.get(), event);
    }
    char *text = icalcomponent_as_ical_string_r(cal.get());
    const QByteArray bytes(text);
    icalmemory_free_buffer(text);
    return bytes;
}

Result<QByteArray> exportFiltered(const Database &db, const Actor &actor, const DealFilter &filter, int *count)
{
    QVariantList values;
    auto where = dealWhereClause(db, actor, filter, values);
    if (!where)
        return where.error();
    auto q = db.exec(QStringLiteral("SELECT a.id, a.deal_id, a.type, a.subject, a.description, a.deadline, a.duration_min, "
                                    "d.title FROM activities a JOIN deals d ON d.id = a.deal_id "
                                    "WHERE a.done = 0 AND %1 ORDER BY a.deadline, a.id")
                         .arg(*where),
                     values);
    if (!q)
        return q.error();
    QList<Activity> activities;
    QHash<Id, QString> titles;
    while (q->next()) {
        Activity a;
        a.id = q->value(0).toLongLong();
        a.dealId = q->value(1).toLongLong();
        a.type = activityTypeFromText(q->value(2).toString()).value_or(ActivityType::Todo);
        a.subject = q->value(3).toString();
        a.description = q->value(4).toString();
        a.deadline = fromStoredInstant(q->value(5).toString());
        if (!q->value(6).isNull())
            a.durationMinutes = q->value(6).toInt();
        titles.insert(a.dealId, q->value(7).toString());
        activities << a;
    }
    if (count)
        *count = int(activities.size());
    return exportActivities(activities, titles);
}

Result<ParseResult> parseEvents(const QByteArray &text, const QTimeZone &floatingZone)
{
    // Some writers start the file with a UTF-8 byte order mark, which the parser does not skip.
    const QByteArray body = text.startsWith("\xEF\xBB\xBF") ? text.mid(3) : text;
    Component root(icalparser_parse_string(body.constData()));
    if (!root)
        return Error::invalid(QCoreApplication::translate("ICalendar", "The file holds no iCalendar data."));
    if (!holdsCalendar(root.get()))
        return Error::invalid(QCoreApplication::translate("ICalendar", "The file holds no calendar (no BEGIN:VCALENDAR)."));
    ParseResult result;
    for (icalcomponent *c : events(root.get())) {
        {
            const QString summary = QString::fromUtf8(icalcomponent_get_summary(c));
            for (icalproperty *p = icalcomponent_get_first_property(c, ICAL_XLICERROR_PROPERTY); p;
                 p = icalcomponent_get_next_property(c, ICAL_XLICERROR_PROPERTY))
                result.warnings << QCoreApplication::translate("ICalendar", "“%1”: %2").arg(summary, QString::fromUtf8(icalproperty_get_xlicerror(p)));
            const icaltimetype start = icalcomponent_get_dtstart(c);
            if (icaltime_is_null_time(start) || !icaltime_is_valid_time(start)) {
                result.warnings << QCoreApplication::translate("ICalendar", "“%1” has no start: skipped.").arg(summary);
                continue;
            }
            Activity a;
            a.type = activityTypeFromText(xValue(c, "X-COMPTOIR-TYPE")).value_or(ActivityType::Meeting);
            const QString subject = xValue(c, "X-COMPTOIR-SUBJECT");
            a.subject = !subject.isEmpty() ? subject : summary.trimmed();
            if (a.subject.isEmpty())
                a.subject = QCoreApplication::translate("ICalendar", "Imported event");
            a.description = QString::fromUtf8(icalcomponent_get_description(c));
            a.deadline = fromIcal(start, floatingZone);
            const icaltimetype end = icalcomponent_get_dtend(c);
            if (a.type == ActivityType::Meeting && !start.is_date && !icaltime_is_null_time(end)) {
                const qint64 minutes = a.deadline.secsTo(fromIcal(end, floatingZone)) / 60;
                if (minutes > 0 && minutes <= 14 * 24 * 60)
                    a.durationMinutes = int(minutes);
            }
            result.activities << a;
        }
    }
    return result;
}

Result<ParseResult> importEvents(ActivityService &service, Database &db, const Actor &actor, Id dealId,
                                 const QByteArray &text)
{
    auto parsed = parseEvents(text);
    if (!parsed)
        return parsed.error();
    Transaction tx(db);
    if (!tx)
        return tx.error();
    ParseResult planned;
    planned.warnings = parsed->warnings;
    for (Activity a : std::as_const(parsed->activities)) {
        a.dealId = dealId;
        auto stored = service.plan(actor, a);
        if (!stored)
            return stored.error();
        planned.activities << *stored;
    }
    if (auto s = tx.commit(); !s)
        return s.error();
    return planned;
}

} // namespace comptoir::ical
