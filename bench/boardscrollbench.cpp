// SPDX-License-Identifier: GPL-3.0-or-later
// board_scroll: a Kanban column of many deals scrolled from its top towards its end, one
// screen at a time, as a wheel or the scroll bar would: each step reads the next cards when the
// list nears its end (canFetchMore/fetchMore) and repaints the column.

#include "benchmarks.h"
#include "benchsupport.h"

#include "boardmodel.h"
#include "kanbancolumn.h"
#include "kanbanview.h"
#include "workspace.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QPixmap>
#include <QScrollBar>
#include <QTimer>

#include <unistd.h>

namespace comptoir::bench {
namespace {

constexpr int DefaultSteps = 20000; // a safety stop: the bench ends at 100,000 cards
constexpr int CardsWanted = 100000;

// The resident set size now, in KiB (/proc/self/statm: pages).
long residentKib()
{
    QFile statm(QStringLiteral("/proc/self/statm"));
    if (!statm.open(QIODevice::ReadOnly))
        return 0;
    const QList<QByteArray> fields = statm.readAll().split(' ');
    return fields.size() > 1 ? fields[1].toLong() * (sysconf(_SC_PAGESIZE) / 1024) : 0;
}

} // namespace

Result<QList<Figure>> boardScrollBench(const Options &options)
{
    if (!qobject_cast<QApplication *>(QCoreApplication::instance()))
        return Error::invalid(QStringLiteral("board_scroll needs QApplication"));
    auto workspace = openBenchDatabase(options.db);
    if (!workspace)
        return workspace.error();
    Workspace &ws = **workspace;
    auto pipeline = ws.pipelines().defaultPipeline(ws.actor());
    if (!pipeline)
        return pipeline.error();
    BoardModel model(ws, pipeline->id);
    KanbanView view;
    view.setModel(&model);
    if (!showAndWaitForPaint(view))
        return Error::invalid(QStringLiteral("board_scroll: the board never painted"));

    // The fullest column.
    int fullest = -1;
    qint64 most = 0;
    for (int c = 0; c < model.rowCount(); ++c) {
        const qint64 count = model.index(c, 0).data(BoardModel::CountRole).toLongLong();
        if (count > most) {
            most = count;
            fullest = c;
        }
    }
    if (fullest < 0 || fullest >= view.columns().size() || most < CardsWanted)
        return Error::invalid(QStringLiteral("board_scroll: no column holds %1 deals (the fullest has %2)")
                                  .arg(CardsWanted)
                                  .arg(most));
    KanbanCardList *list = view.columns().at(fullest)->list();
    const long rssBefore = residentKib();
    // The cards painted into a pixmap: an offscreen window is never exposed, so repaint() alone
    // would paint nothing.
    QPixmap frame(list->viewport()->size());
    QScrollBar *bar = list->verticalScrollBar();
    const QModelIndex stage = model.index(fullest, 0);

    Figure figure;
    figure.bench = QStringLiteral("board_scroll");
    const int steps = options.runs > 0 ? options.runs : DefaultSteps;
    const qint64 wanted = std::min<qint64>(most, CardsWanted);
    for (int i = 0; i < steps && model.rowCount(stage) < wanted; ++i) {
        QElapsedTimer timer;
        timer.start();
        bar->setValue(bar->value() + bar->pageStep());
        QCoreApplication::processEvents(); // the fetch a view asks for near its end, the layout
        list->viewport()->render(&frame);
        figure.samplesMs.append(double(timer.nsecsElapsed()) / 1e6);
        if (qEnvironmentVariableIsSet("COMPTOIR_BENCH_TRACE"))
            qInfo("step %d: %.2f ms, %d cards, value %d of %d", i, figure.samplesMs.last(),
                  model.rowCount(stage), bar->value(), bar->maximum());
    }
    figure.rows = model.rowCount(stage); // the cards read by the end
    figure.peakRssKib = selfPeakRssKib();
    figure.rssGrowthKib = residentKib() - rssBefore;
    return QList<Figure>{figure};
}

} // namespace comptoir::bench
