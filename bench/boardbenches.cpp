// SPDX-License-Identifier: GPL-3.0-or-later
// board_open, board_move: the Kanban board on a large database, timed as a person sees it
// (from nothing to the first painted frame; from a drop to the repainted board).

#include "benchmarks.h"
#include "benchsupport.h"

#include "boardmodel.h"
#include "kanbancolumn.h"
#include "kanbanview.h"
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

Result<Id> defaultPipeline(Workspace &ws)
{
    auto pipeline = ws.pipelines().defaultPipeline(ws.actor());
    if (!pipeline)
        return pipeline.error();
    return pipeline->id;
}

} // namespace

Result<QList<Figure>> boardOpenBench(const Options &options)
{
    if (!qobject_cast<QApplication *>(QCoreApplication::instance()))
        return Error::invalid(QStringLiteral("board_open needs QApplication"));
    auto workspace = openBenchDatabase(options.db);
    if (!workspace)
        return workspace.error();
    Workspace &ws = **workspace;
    auto pipeline = defaultPipeline(ws);
    if (!pipeline)
        return pipeline.error();
    Figure figure;
    figure.bench = QStringLiteral("board_open");
    const int runs = options.runs > 0 ? options.runs : DefaultRuns;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        BoardModel model(ws, *pipeline);
        KanbanView view;
        view.setModel(&model);
        if (!showAndWaitForPaint(view, BoardSize))
            return Error::invalid(QStringLiteral("board_open: the board never painted"));
        figure.samplesMs.append(double(timer.nsecsElapsed()) / 1e6);
        figure.rows = 0;
        for (int c = 0; c < model.rowCount(); ++c)
            figure.rows += model.index(c, 0).data(BoardModel::CountRole).toLongLong();
    }
    figure.peakRssKib = selfPeakRssKib();
    return QList<Figure>{figure};
}

// Moves the first card of the first column to the second and back, alternately; each run is
// one drop: mimeData + dropMimeData (the stage update, its history row, both totals, the
// refreshed columns) and a paint of the two columns it touched into a pixmap.
Result<QList<Figure>> boardMoveBench(const Options &options)
{
    if (!qobject_cast<QApplication *>(QCoreApplication::instance()))
        return Error::invalid(QStringLiteral("board_move needs QApplication"));
    auto workspace = openBenchDatabase(options.db);
    if (!workspace)
        return workspace.error();
    Workspace &ws = **workspace;
    auto pipeline = defaultPipeline(ws);
    if (!pipeline)
        return pipeline.error();
    BoardModel model(ws, *pipeline);
    KanbanView view;
    view.setModel(&model);
    if (!showAndWaitForPaint(view, BoardSize))
        return Error::invalid(QStringLiteral("board_move: the board never painted"));
    if (model.rowCount() < 2 || model.rowCount(model.index(0, 0)) == 0)
        return Error::invalid(QStringLiteral("board_move: the first stage has no deals"));

    QPixmap frame(view.size());
    Figure figure;
    figure.bench = QStringLiteral("board_move");
    const int runs = options.runs > 0 ? options.runs : DefaultRuns;
    Id moved = model.dealId(model.index(0, 0, model.index(0, 0)));
    for (int i = 0; i < runs; ++i) {
        const QModelIndex card = model.dealIndex(moved);
        const int target = card.parent().row() == 0 ? 1 : 0;
        QElapsedTimer timer;
        timer.start();
        std::unique_ptr<QMimeData> data(model.mimeData({card}));
        if (!model.dropMimeData(data.get(), Qt::MoveAction, -1, -1, model.index(target, 0)))
            return Error::invalid(QStringLiteral("board_move: the drop was refused"));
        const double dropped = double(timer.nsecsElapsed()) / 1e6;
        QCoreApplication::processEvents(); // the model's refresh of the columns the change touched
        // Painted into a pixmap: an offscreen window is never exposed, so repaint() alone
        // would paint nothing and the paint would go untimed.
        const double refreshed = double(timer.nsecsElapsed()) / 1e6;
        // What a screen repaints after a move: the two columns it touched.
        for (int column : {0, 1})
            view.columns().at(column)->render(&frame);
        figure.samplesMs.append(double(timer.nsecsElapsed()) / 1e6);
        if (qEnvironmentVariableIsSet("COMPTOIR_BENCH_TRACE"))
            qInfo("drop %.1f ms, refresh %.1f ms, paint %.1f ms", dropped, refreshed - dropped,
                  figure.samplesMs.last() - refreshed);
        if (!model.dealIndex(moved).isValid()) // moved out of the loaded part: take the first card
            moved = model.dealId(model.index(0, 0, model.index(0, 0)));
    }
    for (int c = 0; c < model.rowCount(); ++c)
        figure.rows += model.index(c, 0).data(BoardModel::CountRole).toLongLong();
    figure.peakRssKib = selfPeakRssKib();
    return QList<Figure>{figure};
}

} // namespace comptoir::bench
