// SPDX-License-Identifier: GPL-3.0-or-later
// "report activities", "calendar", "export activities OUT.ics", "import ics IN.ics --deal ID".
#include "cli.h"
#include "cliformat.h"
#include "clilist.h"
#include "clitr.h"

#include "activityboard.h"
#include "calendarquery.h"
#include "icalendar.h"
#include "workcalendar.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QSaveFile>

namespace comptoir::app {

QJsonObject activityToJson(const Activity &a); // cliactivities.cpp

namespace {
QJsonObject cardToJson(const ActivityCard &card)
{
    QJsonObject o = dealToJson(card.deal);
    o[QStringLiteral("activity")] = card.activity ? QJsonValue(activityToJson(*card.activity)) : QJsonValue();
    return o;
}

QString cardLine(const ActivityCard &card)
{
    QString line = QStringLiteral("  %1  %2  %3").arg(card.deal.id).arg(card.deal.title,
                                                                          formatAmount(card.deal.amountMinor, card.deal.currency));
    if (card.activity)
        line += QStringLiteral("  [%1 %2: %3]").arg(formatInstant(card.activity->deadline),
                                                    ActivityService::typeName(card.activity->type), card.activity->subject);
    return line;
}
} // namespace

int reportActivities(Session &session, const QStringList &args)
{
    CommandParser parser(QStringLiteral("report activities ") + FilterOptions::synopsis()
                             + QStringLiteral(" [--limit N] [--json]"),
                         Cli::tr("The Activities board: the six columns with their counts, totals and deals."));
    FilterOptions filters;
    filters.addTo(parser);
    const QCommandLineOption limit(QStringLiteral("limit"), Cli::tr("Deals listed per column (default 20)."),
                                   QStringLiteral("N"));
    const QCommandLineOption json = jsonOption();
    parser.addOption(limit);
    parser.addOption(json);
    if (auto code = parser.parse(args, 0, 0))
        return *code;
    const int perColumn = parser.isSet(limit) ? parser.value(limit).toInt() : 20;
    if (perColumn < 0)
        return fail(Cli::tr("--limit must be a positive number."), ExitUsage);
    Workspace *ws = session.workspace();
    if (!ws)
        return ExitFailure;
    auto filter = filters.filter(*ws, parser);
    if (!filter)
        return fail(filter.error());
    ActivityBoardQuery query(ws->db(), ws->clock(), QTimeZone::systemTimeZone(), QLocale().firstDayOfWeek());
    auto columns = query.columns(ws->actor(), *filter);
    if (!columns)
        return fail(columns.error());
    QJsonArray array;
    for (const ActivityColumnSummary &c : *columns) {
        QList<ActivityCard> cards;
        if (perColumn > 0) {
            auto page = query.cards(ws->actor(), *filter, c.column, std::nullopt, perColumn);
            if (!page)
                return fail(page.error());
            cards = page->cards;
        }
        if (parser.isSet(json)) {
            static const char *const keys[] = {"overdue", "today", "this_week", "next_week", "later", "none"};
            QJsonObject o;
            o[QStringLiteral("column")] = QLatin1String(keys[int(c.column)]);
            o[QStringLiteral("title")] = activityColumnTitle(c.column);
            o[QStringLiteral("count")] = c.count;
            o[QStringLiteral("totals")] = totalsToJson(c.totals);
            QJsonArray deals;
            for (const ActivityCard &card : std::as_const(cards))
                deals.append(cardToJson(card));
            o[QStringLiteral("deals")] = deals;
            array.append(o);
        } else {
            out() << activityColumnTitle(c.column) << QStringLiteral(" (") << c.count << QStringLiteral(")  ")
                  << formatTotals(c.totals) << QLatin1Char('\n');
            for (const ActivityCard &card : std::as_const(cards))
                out() << cardLine(card) << QLatin1Char('\n');
        }
    }
    if (parser.isSet(json))
        printJson(array);
    return ExitOk;
}

int runCalendar(Session &session, const QStringList &args)
{
    CommandParser parser(QStringLiteral("calendar --from D --to D [--field close_date|begin_date|created|activities] ")
                             + FilterOptions::synopsis() + QStringLiteral(" [--json]"),
                         Cli::tr("Deals on a date field, or open activities by deadline, day by day."));
    FilterOptions filters;
    filters.addTo(parser);
    const QCommandLineOption from(QStringLiteral("from"), Cli::tr("First day, YYYY-MM-DD (required)."), QStringLiteral("D"));
    const QCommandLineOption to(QStringLiteral("to"), Cli::tr("Last day, YYYY-MM-DD (required)."), QStringLiteral("D"));
    const QCommandLineOption field(QStringLiteral("field"), Cli::tr("What to show (default: activities)."),
                                   QStringLiteral("FIELD"));
    const QCommandLineOption json = jsonOption();
    for (const auto &o : {from, to, field, json})
        parser.addOption(o);
    if (auto code = parser.parse(args, 0, 0))
        return *code;
    const QDate first = QDate::fromString(parser.value(from), Qt::ISODate);
    const QDate last = QDate::fromString(parser.value(to), Qt::ISODate);
    if (!first.isValid() || !last.isValid() || last < first || first.daysTo(last) > 366)
        return fail(Cli::tr("--from and --to must be days (YYYY-MM-DD), in order, at most a year apart.") + QLatin1Char('\n')
                        + parser.usageLine(),
                    ExitUsage);
    const auto which = calendarFieldFromText(parser.isSet(field) ? parser.value(field) : QStringLiteral("activities"));
    if (!which)
        return fail(Cli::tr("Unknown field '%1' (close_date, begin_date, created, activities).").arg(parser.value(field)),
                    ExitUsage);
    Workspace *ws = session.workspace();
    if (!ws)
        return ExitFailure;
    auto filter = filters.filter(*ws, parser);
    if (!filter)
        return fail(filter.error());
    auto items = CalendarQuery(ws->db()).items(ws->actor(), *filter, *which, first, last);
    if (!items)
        return fail(items.error());
    if (parser.isSet(json)) {
        QJsonArray array;
        for (const CalendarItem &i : std::as_const(*items)) {
            QJsonObject o;
            o[QStringLiteral("date")] = i.date.toString(Qt::ISODate);
            o[QStringLiteral("deal_id")] = i.dealId;
            o[QStringLiteral("deal_title")] = i.dealTitle;
            o[QStringLiteral("amount")] = QJsonValue(formatAmount(i.amountMinor, i.currency));
            if (i.isActivity()) {
                o[QStringLiteral("activity_id")] = i.activityId;
                o[QStringLiteral("type")] = activityTypeToText(i.type);
                o[QStringLiteral("subject")] = i.subject;
                o[QStringLiteral("start")] = toStoredInstant(i.start);
                o[QStringLiteral("duration_min")] = i.durationMinutes ? QJsonValue(*i.durationMinutes) : QJsonValue();
            }
            array.append(o);
        }
        printJson(array);
        return ExitOk;
    }
    QDate shown;
    for (const CalendarItem &i : std::as_const(*items)) {
        if (i.date != shown) {
            shown = i.date;
            out() << QLocale().toString(shown, QLocale::LongFormat) << QLatin1Char('\n');
        }
        if (i.isActivity())
            out() << QStringLiteral("  %1  %2: %3 — %4 (%5)")
                         .arg(QLocale().toString(i.start.toLocalTime().time(), QLocale::ShortFormat),
                              ActivityService::typeName(i.type), i.subject, i.dealTitle)
                         .arg(i.dealId)
                  << QLatin1Char('\n');
        else
            out() << QStringLiteral("  %1  %2 (%3)").arg(i.dealTitle, formatAmount(i.amountMinor, i.currency)).arg(i.dealId)
                  << QLatin1Char('\n');
    }
    return ExitOk;
}

int exportActivitiesIcs(Session &session, const QStringList &args)
{
    CommandParser parser(QStringLiteral("export activities OUT.ics ") + FilterOptions::synopsis(),
                         Cli::tr("Writes the open activities of the matching deals to an iCalendar file that "
                                 "Thunderbird, Google Calendar and Outlook import."));
    FilterOptions filters;
    filters.addTo(parser);
    if (auto code = parser.parse(args, 1, 1))
        return *code;
    Workspace *ws = session.workspace();
    if (!ws)
        return ExitFailure;
    auto filter = filters.filter(*ws, parser);
    if (!filter)
        return fail(filter.error());
    int count = 0;
    auto ics = ical::exportFiltered(ws->db(), ws->actor(), *filter, &count);
    if (!ics)
        return fail(ics.error());
    const QString path = parser.positional().first();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(*ics) != ics->size() || !file.commit())
        return fail(Cli::tr("Cannot write %1: %2").arg(path, file.errorString()));
    out() << Cli::tr("%n activities written to %1.", nullptr, count).arg(path) << QLatin1Char('\n');
    return ExitOk;
}

int importIcs(Session &session, const QStringList &args)
{
    CommandParser parser(QStringLiteral("import ics IN.ics --deal ID [--json]"),
                         Cli::tr("Plans the events of an iCalendar file as meetings of a deal, in one transaction."));
    const QCommandLineOption deal(QStringLiteral("deal"), Cli::tr("The deal the activities belong to (required)."),
                                  QStringLiteral("ID"));
    const QCommandLineOption json = jsonOption();
    parser.addOption(deal);
    parser.addOption(json);
    if (auto code = parser.parse(args, 1, 1))
        return *code;
    if (!parser.isSet(deal))
        return fail(Cli::tr("--deal is required.") + QLatin1Char('\n') + parser.usageLine(), ExitUsage);
    auto dealId = parseId(parser.value(deal));
    if (!dealId)
        return fail(dealId.error());
    QFile file(parser.positional().first());
    if (!file.open(QIODevice::ReadOnly))
        return fail(Cli::tr("Cannot read %1: %2").arg(file.fileName(), file.errorString()));
    Workspace *ws = session.workspace();
    if (!ws)
        return ExitFailure;
    auto imported = ical::importEvents(ws->activities(), ws->db(), ws->actor(), *dealId, file.readAll());
    if (!imported)
        return fail(imported.error());
    for (const QString &w : std::as_const(imported->warnings))
        err() << QStringLiteral("comptoir: ") << w << Qt::endl;
    if (parser.isSet(json)) {
        QJsonArray array;
        for (const Activity &a : std::as_const(imported->activities))
            array.append(activityToJson(a));
        printJson(array);
    } else {
        out() << Cli::tr("%n activities planned on deal %1.", nullptr, int(imported->activities.size())).arg(*dealId)
              << QLatin1Char('\n');
    }
    return ExitOk;
}

} // namespace comptoir::app
