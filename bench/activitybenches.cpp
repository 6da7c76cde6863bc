// SPDX-License-Identifier: GPL-3.0-or-later
// activities_open, activities_move, calendar_month: the Activities board and the Calendar's
// month on a large database (comptoir --db FILE demo --deals 100000, then this bench adds
// open activities until there are 300,000 when --deals asks for it: see docs/PERFORMANCE.md).

#include "benchmarks.h"
#include "benchsupport.h"

#include "activitiesview.h"
#include "activityboardmodel.h"
#include "calendarquery.h"
#include "database.h"
#include "workcalendar.h"
#include "workspace.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFileInfo>
#include <QMimeData>
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

// Drops the first card of Over two weeks on Next week and back, alternately: the
// deadline update with its history row, the triggers on the deal, the re-read board and a
// synchronous repaint.
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
    Figure figure;
    figure.bench = QStringLiteral("activities_move");
    const int runs = options.runs > 0 ? options.runs : DefaultRuns;
    for (int i = 0; i < runs; ++i) {
        const ActivityColumn target = i % 2 == 0 ? ActivityColumn::NextWeek : ActivityColumn::Later;
        QElapsedTimer timer;
        timer.start();
        // What a drop calls once the payload is decoded (the card may be beyond the loaded
        // page of its new column after the first move).
        if (const Status s = model.moveDeals(QList<Id>{moved}, target); !s)
            return Error::invalid(QStringLiteral("activities_move: the drop was refused: ") + s.error().message);
        view.repaint();
        QCoreApplication::processEvents();
        figure.samplesMs.append(double(timer.nsecsElapsed()) / 1e6);
    }
    figure.rows = boardRows(model);
    figure.peakRssKib = selfPeakRssKib();
    return QList<Figure>{figure};
}

// The six weeks of a month grid (42 days, 3 items and the count per day), activities by
// deadline, for the month of today.
Result<QList<Figure>> calendarMonthBench(const Options &options)
{
    auto workspace = openBenchDatabase(options.db, 100000);
    if (!workspace)
        return workspace.error();
    Workspace &ws = **workspace;
    const QDate today = QDate::currentDate();
    const QDate first = WorkCalendar::startOfWeek(QDate(today.year(), today.month(), 1), QLocale().firstDayOfWeek());
    CalendarQuery query(ws.db());
    QList<Figure> figures;
    for (const CalendarField field : {CalendarField::Activities, CalendarField::CloseDate}) {
        Figure figure;
        figure.bench = field == CalendarField::Activities ? QStringLiteral("calendar_month")
                                                          : QStringLiteral("calendar_month_close_date");
        const int runs = options.runs > 0 ? options.runs : DefaultRuns;
        for (int i = 0; i < runs; ++i) {
            QElapsedTimer timer;
            timer.start();
            auto days = query.days(ws.actor(), {}, field, first, first.addDays(41), 3);
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
    return figures;
}

} // namespace comptoir::bench
