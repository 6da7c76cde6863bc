// SPDX-License-Identifier: GPL-3.0-or-later
// activities_open, activities_move, calendar_month: the Activities board and the Calendar's
// month on a large database (comptoir --db FILE demo --deals 100000, then the SQL of
// docs/PERFORMANCE-activities.md brings it to 300,000 activities).

#include "benchmarks.h"
#include "benchsupport.h"

#include "activitiesview.h"
#include "activityboardmodel.h"
#include "calendarmodel.h"
#include "calendarweekmodel.h"
#include "calendarquery.h"
#include "database.h"
#include "workcalendar.h"
#include "workspace.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFileInfo>
#include <QMimeData>
#include <QPixmap>
#include <QTimer>

#include <memory>

namespace comptoir::bench {
namespace {

constexpr int DefaultRuns = 20;
const QSize BoardSize(1600, 900);

qint64 boardRows(const ActivityBoardModel &model)
{
    qint64 rows = 0;
    for (int c = 0; c < ActivityColumnCount; ++c)
        rows += model.summary(ActivityColumn(c)).count;
    return rows;
}

// Counts the paint events of the widgets it watches.
struct PaintCounter final : QObject
{
    int count = 0;
    bool eventFilter(QObject *, QEvent *event) override
    {
        if (event->type() == QEvent::Paint)
            ++count;
        return false;
    }
};

} // namespace

Result<QList<Figure>> activitiesOpenBench(const Options &options)
{
    if (!qobject_cast<QApplication *>(QCoreApplication::instance()))
        return Error::invalid(QStringLiteral("activities_open needs QApplication"));
    auto workspace = openBenchDatabase(options.db, 100000);
    if (!workspace)
        return workspace.error();
    Workspace &ws = **workspace;
    Figure figure;
    figure.bench = QStringLiteral("activities_open");
    const int runs = options.runs > 0 ? options.runs : DefaultRuns;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        ActivityBoardModel model(ws);
        ActivitiesView view;
        view.setModel(&model);
        if (!showAndWaitForPaint(view, BoardSize))
            return Error::invalid(QStringLiteral("activities_open: the board never painted"));
        figure.samplesMs.append(double(timer.nsecsElapsed()) / 1e6);
        figure.rows = boardRows(model);
    }
    figure.peakRssKib = selfPeakRssKib();
    return QList<Figure>{figure};
}

// Drops the first card of Over two weeks on Next week and back, alternately: the deadline
// update with its history row and the triggers on the deal (one committed transaction), the
// refresh of the two columns it touched, and the repaint of what changed (the window's
// update request, as on screen). COMPTOIR_BENCH_TRACE=1 prints the two apart.
Result<QList<Figure>> activitiesMoveBench(const Options &options)
{
    if (!qobject_cast<QApplication *>(QCoreApplication::instance()))
        return Error::invalid(QStringLiteral("activities_move needs QApplication"));
    auto workspace = openBenchDatabase(options.db, 100000);
    if (!workspace)
        return workspace.error();
    Workspace &ws = **workspace;
    ActivityBoardModel model(ws);
    ActivitiesView view;
    view.setModel(&model);
    if (!showAndWaitForPaint(view, BoardSize))
        return Error::invalid(QStringLiteral("activities_move: the board never painted"));
    const QModelIndex later = model.columnIndex(ActivityColumn::Later);
    if (model.rowCount(later) == 0)
        return Error::invalid(QStringLiteral("activities_move: no deal is due in two weeks or later"));
    const Id moved = model.index(0, 0, later).data(ActivityBoardModel::IdRole).toLongLong();
    QPixmap frame(view.list(ActivityColumn::Later)->parentWidget()->size());
    PaintCounter painted;
    for (const ActivityColumn column : {ActivityColumn::NextWeek, ActivityColumn::Later})
        view.list(column)->viewport()->installEventFilter(&painted);
    Figure figure;
    figure.bench = QStringLiteral("activities_move");
    const int runs = options.runs > 0 ? options.runs : DefaultRuns;
    for (int i = 0; i < runs; ++i) {
        const ActivityColumn target = i % 2 == 0 ? ActivityColumn::NextWeek : ActivityColumn::Later;
        const ActivityColumn source = i % 2 == 0 ? ActivityColumn::Later : ActivityColumn::NextWeek;
        QElapsedTimer timer;
        timer.start();
        // Through the model's drop path when the card is loaded, as the view drops it; after
        // a move it may sit beyond the loaded page of its new column: then what a drop calls
        // once the payload is decoded.
        const QModelIndex card = model.dealIndex(moved);
        bool dropped = false;
        if (card.isValid()) {
            std::unique_ptr<QMimeData> data(model.mimeData({card}));
            dropped = model.dropMimeData(data.get(), Qt::MoveAction, -1, -1, model.columnIndex(target));
        } else {
            dropped = model.moveDeals(QList<Id>{moved}, target).ok();
        }
        if (!dropped)
            return Error::invalid(QStringLiteral("activities_move: the drop was refused"));
        const double droppedMs = double(timer.nsecsElapsed()) / 1e6;
        painted.count = 0;
        QCoreApplication::processEvents(); // the update request: the changed parts are painted
        // Should the platform skip painting a window nobody sees, paint the two columns into
        // a pixmap instead, so that the paint is never left out of the figure.
        if (painted.count == 0) {
            for (const ActivityColumn column : {source, target})
                view.list(column)->parentWidget()->render(&frame);
        }
        figure.samplesMs.append(double(timer.nsecsElapsed()) / 1e6);
        if (qEnvironmentVariableIsSet("COMPTOIR_BENCH_TRACE"))
            qInfo("drop and refresh %.1f ms, repaint %.1f ms (%d list paints)", droppedMs,
                  figure.samplesMs.last() - droppedMs, painted.count);
    }
    figure.rows = boardRows(model);
    figure.peakRssKib = selfPeakRssKib();
    return QList<Figure>{figure};
}

// The six weeks of a month grid (42 days, the first CalendarModel::ItemsPerDay items and the
// count per day), activities by deadline and deals by close date, for the month of today; and
// the week grid of today's week (calendar_week).
Result<QList<Figure>> calendarMonthBench(const Options &options)
{
    auto workspace = openBenchDatabase(options.db, 100000);
    if (!workspace)
        return workspace.error();
    Workspace &ws = **workspace;
    const QDate today = QDate::currentDate();
    const QDate first = WorkCalendar::startOfWeek(QDate(today.year(), today.month(), 1), QLocale().firstDayOfWeek());
    QList<Figure> figures;
    for (const CalendarField field : {CalendarField::Activities, CalendarField::CloseDate}) {
        Figure figure;
        figure.bench = field == CalendarField::Activities ? QStringLiteral("calendar_month")
                                                          : QStringLiteral("calendar_month_close_date");
        const int runs = options.runs > 0 ? options.runs : DefaultRuns;
        for (int i = 0; i < runs; ++i) {
            QElapsedTimer timer;
            timer.start();
            const CalendarQuery query(ws.db()); // as the model does at each reload
            auto days = query.days(ws.actor(), {}, field, first, first.addDays(41), CalendarModel::ItemsPerDay);
            if (!days)
                return days.error();
            figure.samplesMs.append(double(timer.nsecsElapsed()) / 1e6);
            figure.rows = 0;
            for (const CalendarDay &d : std::as_const(*days))
                figure.rows += d.count;
        }
        figure.peakRssKib = selfPeakRssKib();
        figures << figure;
    }
    // The week grid of today's week: 7 days by 24 hours, a busy day read hour by hour.
    Figure week;
    week.bench = QStringLiteral("calendar_week");
    const QDate monday = WorkCalendar::startOfWeek(today, QLocale().firstDayOfWeek());
    const int runs = options.runs > 0 ? options.runs : DefaultRuns;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        const CalendarQuery query(ws.db());
        week.rows = 0;
        for (int d = 0; d < 7; ++d) {
            auto hours = query.hours(ws.actor(), {}, CalendarField::Activities, monday.addDays(d),
                                     CalendarWeekModel::ItemsPerHour);
            if (!hours)
                return hours.error();
            for (const CalendarSlot &slot : std::as_const(*hours))
                week.rows += slot.count;
        }
        week.samplesMs.append(double(timer.nsecsElapsed()) / 1e6);
    }
    week.peakRssKib = selfPeakRssKib();
    figures << week;
    return figures;
}

} // namespace comptoir::bench
