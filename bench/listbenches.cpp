// SPDX-License-Identifier: GPL-3.0-or-later
// list_open, list_sort, list_jump: the deal list model on a large database, timed the way a
// view uses it (construct or sort, then read what a screen of rows paints).

#include "benchmarks.h"
#include "benchsupport.h"

#include "deallistmodel.h"
#include "workspace.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>

#include <functional>
#include <memory>

namespace comptoir::bench {
namespace {

constexpr int VisibleRows = 50;
constexpr int JumpRow = 900000;
constexpr int DefaultRuns = 20;

// The roles QStyledItemDelegate reads to paint a cell.
constexpr int PaintRoles[]
    = { Qt::DisplayRole,    Qt::DecorationRole, Qt::TextAlignmentRole, Qt::FontRole,
        Qt::ForegroundRole, Qt::BackgroundRole, Qt::CheckStateRole };

// Reads every painted role of rows first..first+count-1; the sum keeps the reads from being
// optimised away and tells that the rows were there.
qint64 readRows(const DealListModel &model, int first, int count)
{
    qint64 filled = 0;
    for (int row = first; row < first + count; ++row) {
        for (int column = 0; column < model.columnCount(); ++column) {
            const QModelIndex index = model.index(row, column);
            for (const int role : PaintRoles)
                filled += model.data(index, role).isValid() ? 1 : 0;
        }
    }
    return filled;
}

// Runs `timed` once per run on a fresh model (built outside the timing when `untimedModel`).
// `timed` returns the number of filled cells, or -1 when the rows it needs are not there.
Result<QList<Figure>>
run(const QString &name, const Options &options, bool untimedModel,
    const std::function<qint64(std::unique_ptr<DealListModel> &, Workspace &)> &timed)
{
    auto workspace = openBenchDatabase(options.db);
    if (!workspace)
        return workspace.error();
    Workspace &ws = **workspace;
    Figure figure;
    figure.bench = name;
    const int runs = options.runs > 0 ? options.runs : DefaultRuns;
    for (int i = 0; i < runs; ++i) {
        std::unique_ptr<DealListModel> model;
        if (untimedModel) {
            // A list the user sorts or scrolls far has long had its ids read by the worker.
            model = std::make_unique<DealListModel>(ws);
            model->waitForSnapshot();
        }
        QElapsedTimer timer;
        timer.start();
        const qint64 filled = timed(model, ws);
        figure.samplesMs.append(double(timer.nsecsElapsed()) / 1e6);
        if (filled <= 0)
            return Error::invalid(
                QStringLiteral("%1: the list has %2 deals, too few for this bench")
                    .arg(name)
                    .arg(model ? model->rowCount() : 0));
        figure.rows = model->rowCount();
    }
    figure.peakRssKib = selfPeakRssKib();
    return QList<Figure> { figure };
}

} // namespace

Result<QList<Figure>> listOpenBench(const Options &options)
{
    return run(QStringLiteral("list_open"), options, false,
               [](std::unique_ptr<DealListModel> &model, Workspace &ws) {
                   model = std::make_unique<DealListModel>(ws);
                   return model->rowCount() > 0
                       ? readRows(*model, 0, std::min(VisibleRows, model->rowCount()))
                       : -1;
               });
}

Result<QList<Figure>> listSortBench(const Options &options)
{
    return run(QStringLiteral("list_sort"), options, true,
               [](std::unique_ptr<DealListModel> &model, Workspace &) {
                   model->sort(DealListModel::AmountColumn, Qt::AscendingOrder);
                   return model->rowCount() > 0
                       ? readRows(*model, 0, std::min(VisibleRows, model->rowCount()))
                       : -1;
               });
}

Result<QList<Figure>> listSortCustomBench(const Options &options)
{
    return run(QStringLiteral("list_sort_custom"), options, true,
               [](std::unique_ptr<DealListModel> &model, Workspace &) {
                   if (model->customColumnCount() == 0)
                       return qint64(-1); // the database has no custom field
                   // Sorted on a worker: timed until its ids replace the list shown.
                   model->sort(DealListModel::ColumnCount, Qt::AscendingOrder);
                   while (model->isCounting())
                       QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 5);
                   return model->rowCount() > 0
                       ? readRows(*model, 0, std::min(VisibleRows, model->rowCount()))
                       : -1;
               });
}

Result<QList<Figure>> listSortCompanyBench(const Options &options)
{
    return run(QStringLiteral("list_sort_company"), options, true,
               [](std::unique_ptr<DealListModel> &model, Workspace &) {
                   model->sort(DealListModel::CompanyColumn, Qt::AscendingOrder);
                   while (model->isCounting())
                       QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 5);
                   return model->rowCount() > 0
                       ? readRows(*model, 0, std::min(VisibleRows, model->rowCount()))
                       : -1;
               });
}

Result<QList<Figure>> listJumpBench(const Options &options)
{
    return run(QStringLiteral("list_jump"), options, true,
               [](std::unique_ptr<DealListModel> &model, Workspace &) {
                   if (model->rowCount() < JumpRow + VisibleRows)
                       return qint64(-1);
                   return readRows(*model, JumpRow, VisibleRows);
               });
}

} // namespace comptoir::bench
