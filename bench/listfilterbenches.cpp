// SPDX-License-Identifier: GPL-3.0-or-later
// filter_indexed, filter_unindexed, count, search_keystroke, export: the list's filters on a
// large database, timed the way the list uses them (a snapshot of ids in sort order, then the
// first screen of rows), and the CSV export of every deal.

#include "benchmarks.h"

#include "dealexport.h"
#include "deallistmodel.h"
#include "workspace.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <functional>

namespace comptoir::bench {
namespace {

constexpr int VisibleRows = 50;

Result<std::unique_ptr<Workspace>> openDemo(const QString &path)
{
    if (!QFileInfo::exists(path))
        return Error::notFound(
            QStringLiteral("%1 does not exist; make it with: comptoir --db %1 demo --deals 1000000").arg(path));
    return Workspace::open(path);
}

// The model on this filter, and every role of its first screen of rows read: what the list
// shows after a change of the filter bar. Returns the number of rows of the list.
int showFirstPage(Workspace &ws, const DealFilter &filter, const DealSort &sort)
{
    DealListModel model(ws, filter, sort);
    const int rows = std::min(VisibleRows, model.rowCount());
    for (int row = 0; row < rows; ++row) {
        for (int column = 0; column < model.columnCount(); ++column)
            model.data(model.index(row, column), Qt::DisplayRole);
    }
    return model.rowCount();
}

using Timed = std::function<Result<qint64>(Workspace &)>;

Result<QList<Figure>> timeRuns(const QString &name, const Options &options, int defaultRuns, const Timed &timed)
{
    auto workspace = openDemo(options.db);
    if (!workspace)
        return workspace.error();
    Figure figure;
    figure.bench = name;
    const int runs = options.runs > 0 ? options.runs : defaultRuns;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        auto rows = timed(**workspace);
        figure.samplesMs.append(double(timer.nsecsElapsed()) / 1e6);
        if (!rows)
            return rows.error();
        figure.rows = *rows;
    }
    figure.peakRssKib = selfPeakRssKib();
    return QList<Figure>{figure};
}

Result<Id> processStage(Workspace &ws, int index)
{
    auto pipeline = ws.pipelines().defaultPipeline(ws.actor());
    if (!pipeline)
        return pipeline.error();
    if (pipeline->stages.size() <= index)
        return Error::invalid(QStringLiteral("the default pipeline has too few stages"));
    return pipeline->stages[index].id;
}

} // namespace

// An indexed criterion (a stage: deals_stage) with the default sort (newest first).
Result<QList<Figure>> filterIndexedBench(const Options &options)
{
    return timeRuns(QStringLiteral("filter_indexed"), options, 20, [](Workspace &ws) -> Result<qint64> {
        auto stage = processStage(ws, 1);
        if (!stage)
            return stage.error();
        DealFilter filter;
        filter.stageId = *stage;
        return showFirstPage(ws, filter, DealSort{});
    });
}

// Criteria no index serves (a source and an amount range), sorted by amount: a full scan.
Result<QList<Figure>> filterUnindexedBench(const Options &options)
{
    return timeRuns(QStringLiteral("filter_unindexed"), options, 10, [](Workspace &ws) -> Result<qint64> {
        DealFilter filter;
        filter.sourceCode = QStringLiteral("WEB");
        filter.minAmountMinor = 50000;
        filter.maxAmountMinor = 500000;
        return showFirstPage(ws, filter, DealSort{DealColumn::Amount, true});
    });
}

// The exact count and totals of a filter the stage totals cannot answer (the status bar).
Result<QList<Figure>> countBench(const Options &options)
{
    return timeRuns(QStringLiteral("count"), options, 20, [](Workspace &ws) -> Result<qint64> {
        DealFilter filter;
        filter.group = DealFilter::Group::Open;
        filter.novelty = DealFilter::Novelty::Repeat;
        auto summary = ws.query().summary(ws.actor(), filter);
        if (!summary)
            return summary.error();
        return summary->count;
    });
}

// Typing "hélène dup" one key at a time: each keystroke a new search, its list of ids in sort
// order and its first page. One sample per keystroke (the spaces too) and run; rows is what the
// whole text finds.
Result<QList<Figure>> searchKeystrokeBench(const Options &options)
{
    auto workspace = openDemo(options.db);
    if (!workspace)
        return workspace.error();
    const QString typed = QStringLiteral("hélène dup");
    Figure figure;
    figure.bench = QStringLiteral("search_keystroke");
    const int runs = options.runs > 0 ? options.runs : 5;
    for (int i = 0; i < runs; ++i) {
        for (int n = 1; n <= typed.size(); ++n) {
            DealFilter filter;
            filter.search = typed.left(n);
            QElapsedTimer timer;
            timer.start();
            figure.rows = showFirstPage(**workspace, filter, DealSort{});
            figure.samplesMs.append(double(timer.nsecsElapsed()) / 1e6);
        }
    }
    figure.peakRssKib = selfPeakRssKib();
    return QList<Figure>{figure};
}

// Every deal, the list's columns, to a CSV file.
Result<QList<Figure>> exportBench(const Options &options)
{
    return timeRuns(QStringLiteral("export"), options, 3, [](Workspace &ws) -> Result<qint64> {
        QTemporaryDir dir;
        QFile file(dir.filePath(QStringLiteral("deals.csv")));
        if (!file.open(QIODevice::WriteOnly))
            return Error::storage(QStringLiteral("cannot write the export"), file.errorString());
        return exportDeals(ws.db(), ws.actor(), DealFilter{}, DealSort{}, &file, ExportOptions{});
    });
}

} // namespace comptoir::bench
