// SPDX-License-Identifier: GPL-3.0-or-later
// "activities": plan an activity on a deal, mark one done, list a deal's activities.
#include "cli.h"
#include "cliformat.h"
#include "clitr.h"

#include "activityservice.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTimeZone>

namespace comptoir::app {

QJsonObject activityToJson(const Activity &a)
{
    QJsonObject o;
    o[QStringLiteral("id")] = a.id == 0 ? QJsonValue() : QJsonValue(a.id);
    o[QStringLiteral("deal_id")] = a.dealId;
    o[QStringLiteral("type")] = activityTypeToText(a.type);
    o[QStringLiteral("subject")] = a.subject;
    o[QStringLiteral("description")] = a.description;
    o[QStringLiteral("deadline")] = a.deadline.isValid() ? QJsonValue(toStoredInstant(a.deadline)) : QJsonValue();
    o[QStringLiteral("duration_min")] = a.durationMinutes ? QJsonValue(*a.durationMinutes) : QJsonValue();
    o[QStringLiteral("responsible_id")] = a.responsibleId;
    o[QStringLiteral("done")] = a.done;
    o[QStringLiteral("done_at")] = a.doneAt.isValid() ? QJsonValue(toStoredInstant(a.doneAt)) : QJsonValue();
    o[QStringLiteral("reminder_min")] = a.reminderMinutes ? QJsonValue(*a.reminderMinutes) : QJsonValue();
    o[QStringLiteral("reminder_dismissed")] = a.reminderDismissed;
    return o;
}

// "2026-03-04T14:00", "2026-03-04 14:00", with seconds or a zone ("Z", "+01:00"); a time
// without a zone is local time; a date alone means 09:00 local.
Result<QDateTime> parseDateTimeArgument(const QString &text)
{
    const QString t = text.trimmed();
    QDateTime dt = QDateTime::fromString(t, Qt::ISODateWithMs);
    if (!dt.isValid())
        dt = QDateTime::fromString(QString(t).replace(QLatin1Char(' '), QLatin1Char('T')), Qt::ISODate);
    if (!dt.isValid()) {
        const QDate date = QDate::fromString(t, Qt::ISODate);
        if (date.isValid())
            dt = QDateTime(date, QTime(9, 0));
    }
    if (!dt.isValid())
        return Error::invalid(Cli::tr("'%1' is not a date and time (write 2026-03-04T14:00).").arg(text));
    return dt.toUTC();
}

namespace {

QString describe(const Activity &a)
{
    QString text = Cli::tr("%1 “%2”, due %3")
                       .arg(ActivityService::typeName(a.type), a.subject, formatInstant(a.deadline));
    if (a.durationMinutes)
        text += Cli::tr(" (%n min)", nullptr, *a.durationMinutes);
    if (a.reminderMinutes)
        text += Cli::tr(", reminder: %1").arg(ActivityService::reminderText(a.reminderMinutes));
    return text;
}

int activitiesAdd(Session &session, const QStringList &args)
{
    CommandParser parser(QStringLiteral("activities add DEAL --type TYPE --subject S [--due DATETIME] [--duration MIN] "
                                        "[--description TEXT] [--remind 0|15m|1h|1d] [--json]"),
                         Cli::tr("Plans an activity on a deal. Without --due, it is due 3 working days later at "
                                 "the next full hour."));
    const QCommandLineOption type(QStringLiteral("type"), Cli::tr("call, meeting, task, email or todo (required)."),
                                  QStringLiteral("TYPE"));
    const QCommandLineOption subject(QStringLiteral("subject"), Cli::tr("What to do (required)."), QStringLiteral("S"));
    const QCommandLineOption due(QStringLiteral("due"), Cli::tr("Deadline, 2026-03-04T14:00 (local time) or a date."),
                                 QStringLiteral("DATETIME"));
    const QCommandLineOption duration(QStringLiteral("duration"), Cli::tr("Length of a meeting in minutes."),
                                      QStringLiteral("MIN"));
    const QCommandLineOption description(QStringLiteral("description"), Cli::tr("Details."), QStringLiteral("TEXT"));
    const QCommandLineOption remind(QStringLiteral("remind"),
                                    Cli::tr("Reminder before the deadline: 0 (at the deadline), 5m, 15m, 30m, 1h, 1d "
                                            "or none (default)."),
                                    QStringLiteral("WHEN"));
    const QCommandLineOption json = jsonOption();
    for (const auto &option : {type, subject, due, duration, description, remind, json})
        parser.addOption(option);
    if (auto code = parser.parse(args, 1, 1))
        return *code;
    auto dealId = parseId(parser.positional().first());
    if (!dealId)
        return fail(dealId.error());
    const auto activityType = activityTypeFromText(parser.value(type).trimmed().toLower());
    if (!activityType)
        return fail(Cli::tr("Unknown activity type '%1' (call, meeting, task, email, todo).").arg(parser.value(type)) + QLatin1Char('\n')
                        + parser.usageLine(),
                    ExitUsage);
    if (!parser.isSet(subject))
        return fail(Cli::tr("--subject is required.") + QLatin1Char('\n') + parser.usageLine(), ExitUsage);
    Activity draft;
    draft.dealId = *dealId;
    draft.type = *activityType;
    draft.subject = parser.value(subject);
    draft.description = parser.value(description);
    if (parser.isSet(due)) {
        auto deadline = parseDateTimeArgument(parser.value(due));
        if (!deadline)
            return fail(deadline.error().message, ExitUsage);
        draft.deadline = *deadline;
    }
    if (parser.isSet(duration)) {
        bool ok = false;
        const int minutes = parser.value(duration).toInt(&ok);
        if (!ok)
            return fail(Cli::tr("'%1' is not a number of minutes.").arg(parser.value(duration)), ExitUsage);
        draft.durationMinutes = minutes;
    }
    if (parser.isSet(remind)) {
        const auto reminder = ActivityService::parseReminder(parser.value(remind));
        if (!reminder)
            return fail(reminder.error().message, ExitUsage);
        draft.reminderMinutes = *reminder;
    }
    Workspace *ws = session.workspace();
    if (!ws)
        return ExitFailure;
    auto planned = ws->activities().plan(ws->actor(), draft);
    if (!planned)
        return fail(planned.error());
    if (parser.isSet(json))
        printJson(activityToJson(*planned));
    else
        out() << Cli::tr("Activity %1 planned on deal %2: %3").arg(planned->id).arg(planned->dealId).arg(describe(*planned))
              << QLatin1Char('\n');
    return ExitOk;
}

int activitiesDone(Session &session, const QStringList &args)
{
    CommandParser parser(QStringLiteral("activities done ID [--json]"),
                         Cli::tr("Marks an activity done and shows the next one it proposes (not planned)."));
    const QCommandLineOption json = jsonOption();
    parser.addOption(json);
    if (auto code = parser.parse(args, 1, 1))
        return *code;
    auto id = parseId(parser.positional().first());
    if (!id)
        return fail(id.error());
    Workspace *ws = session.workspace();
    if (!ws)
        return ExitFailure;
    auto done = ws->activities().markDone(ws->actor(), *id);
    if (!done)
        return fail(done.error());
    if (parser.isSet(json)) {
        QJsonObject o;
        o[QStringLiteral("done")] = activityToJson(done->done);
        o[QStringLiteral("proposal")] = activityToJson(done->proposal);
        printJson(o);
    } else {
        out() << Cli::tr("Activity %1 done: %2").arg(done->done.id).arg(done->done.subject) << QLatin1Char('\n')
              << Cli::tr("Next, proposed: %1 due %2")
                     .arg(ActivityService::typeName(done->proposal.type), formatInstant(done->proposal.deadline))
              << QLatin1Char('\n');
    }
    return ExitOk;
}

int activitiesList(Session &session, const QStringList &args)
{
    CommandParser parser(QStringLiteral("activities list DEAL [--json]"), Cli::tr("Lists a deal's activities by deadline."));
    const QCommandLineOption json = jsonOption();
    parser.addOption(json);
    if (auto code = parser.parse(args, 1, 1))
        return *code;
    auto id = parseId(parser.positional().first());
    if (!id)
        return fail(id.error());
    Workspace *ws = session.workspace();
    if (!ws)
        return ExitFailure;
    auto list = ws->activities().forDeal(ws->actor(), *id);
    if (!list)
        return fail(list.error());
    if (parser.isSet(json)) {
        QJsonArray array;
        for (const Activity &a : *list)
            array.append(activityToJson(a));
        printJson(array);
        return ExitOk;
    }
    TextTable table({Cli::tr("ID"), Cli::tr("Type"), Cli::tr("Subject"), Cli::tr("Deadline"), Cli::tr("Reminder"),
                     Cli::tr("Done")},
                    {TextTable::Align::Right});
    for (const Activity &a : *list)
        table.addRow({QString::number(a.id), ActivityService::typeName(a.type), a.subject, formatInstant(a.deadline),
                      a.reminderMinutes ? ActivityService::reminderText(a.reminderMinutes) : QString(),
                      a.done ? Cli::tr("yes") : QString()});
    out() << table.render();
    return ExitOk;
}

} // namespace

int runActivities(Session &session, const QStringList &args)
{
    const QString sub = args.value(0);
    const QStringList rest = args.mid(1);
    if (sub == QLatin1String("add"))
        return activitiesAdd(session, rest);
    if (sub == QLatin1String("done"))
        return activitiesDone(session, rest);
    if (sub == QLatin1String("list"))
        return activitiesList(session, rest);
    return fail(Cli::tr("Usage: comptoir [--db FILE] activities add|done|list ..."), ExitUsage);
}

} // namespace comptoir::app
