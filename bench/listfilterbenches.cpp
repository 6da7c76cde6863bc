// SPDX-License-Identifier: GPL-3.0-or-later
// filter_indexed, filter_unindexed, count, search_keystroke, export: the list's filters on a
// large database, timed the way the list uses them (the model on the filter, then the first
// screen of rows it shows, and for lists counted on a worker the time until the count is in),
// and the CSV export of every deal.

#include "benchmarks.h"

#include "dealexport.h"
#include "deallistmodel.h"
#include "workspace.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>
#include <functional>

namespace comptoir::bench {
namespace {

constexpr int VisibleRows = 50;

// The roles QStyledItemDelegate reads to paint a cell.
constexpr int PaintRoles[]
    = { Qt::DisplayRole,    Qt::DecorationRole, Qt::TextAlignmentRole, Qt::FontRole,
        Qt::ForegroundRole, Qt::BackgroundRole, Qt::CheckStateRole };

Result<std::unique_ptr<Workspace>> openDemo(const QString &path)
{
    if (!QFileInfo::exists(path))
        return Error::notFound(
            QStringLiteral("%1 does not exist; make it with: comptoir --db %1 demo --deals 1000000").arg(path));
    return Workspace::open(path);
}

// Runs the event loop until the model's worker is done (its rows and count are in), at most
// 60 s. False when it never ended.
bool waitForCount(DealListModel &model)
{
    if (!model.isCounting())
        return true;
    QEventLoop loop;
    QObject::connect(&model, &DealListModel::countingChanged, &loop, [&loop](bool counting) {
        if (!counting)
            loop.quit();
    });
    QTimer::singleShot(60000, &loop, &QEventLoop::quit);
    loop.exec();
    return !model.isCounting();
}

// What the user waits for once the model has the filter: the first screen of rows. When the
// head the model showed at once is shorter than a screen and the worker is still reading, the
// rest of the screen comes from the worker, so that is waited for too. Then every painted role
// of that screen is read. False when the rows never came.
bool showFirstPage(DealListModel &model)
{
    if (model.rowCount() < VisibleRows && !waitForCount(model))
        return false;
    const int rows = std::min(VisibleRows, model.rowCount());
    for (int row = 0; row < rows; ++row) {
        for (int column = 0; column < model.columnCount(); ++column) {
            for (const int role : PaintRoles)
                model.data(model.index(row, column), role);
        }
    }
    return true;
}

// A sample of the first page (from `timer`'s start) and one of the count (from the same start;
// the same as the first page's when the count came with it).
struct Samples
{
    Figure firstPage;
    Figure count;
    Status take(DealListModel &model, const QElapsedTimer &timer)
    {
        if (!showFirstPage(model))
            return Error::invalid(QStringLiteral("the worker never delivered the list"));
        firstPage.samplesMs << double(timer.nsecsElapsed()) / 1e6;
        if (!waitForCount(model))
            return Error::invalid(QStringLiteral("the worker never delivered the count"));
        count.samplesMs << double(timer.nsecsElapsed()) / 1e6;
        firstPage.rows = count.rows = model.rowCount();
        return {};
    }
    QList<Figure> figures()
    {
        firstPage.peakRssKib = count.peakRssKib = selfPeakRssKib();
        return {firstPage, count};
    }
};

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
        DealListModel model(ws, filter, DealSort{});
        if (!showFirstPage(model))
            return Error::invalid(QStringLiteral("the worker never delivered the list"));
        return model.rowCount();
    });
}

// Criteria no index serves (a source and an amount range), sorted by amount: the model built
// on them and its first page (filter_unindexed), then until the worker has the whole list with
// its count and totals (filter_unindexed_count).
Result<QList<Figure>> filterUnindexedBench(const Options &options)
{
    auto workspace = openDemo(options.db);
    if (!workspace)
        return workspace.error();
    Samples samples;
    samples.firstPage.bench = QStringLiteral("filter_unindexed");
    samples.count.bench = QStringLiteral("filter_unindexed_count");
    DealFilter filter;
    filter.sourceCode = QStringLiteral("WEB");
    filter.minAmountMinor = 50000;
    filter.maxAmountMinor = 500000;
    const int runs = options.runs > 0 ? options.runs : 10;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        DealListModel model(**workspace, filter, DealSort{DealColumn::Amount, true});
        if (Status taken = samples.take(model, timer); !taken)
            return taken.error();
    }
    return samples.figures();
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

// Typing "hélène dup" one key at a time into the list's model, as the filter bar does (it
// applies each keystroke at once, without a delay): for each keystroke the time from setFilter
// to its first page read (search_keystroke), then until the worker's count is in
// (search_keystroke_count), before the next key. The model starts on every deal, its ids read.
// One sample per keystroke (the space too) and run; rows is what the whole text finds.
Result<QList<Figure>> searchKeystrokeBench(const Options &options)
{
    auto workspace = openDemo(options.db);
    if (!workspace)
        return workspace.error();
    const QString typed = QStringLiteral("hélène dup");
    Samples samples;
    samples.firstPage.bench = QStringLiteral("search_keystroke");
    samples.count.bench = QStringLiteral("search_keystroke_count");
    const int runs = options.runs > 0 ? options.runs : 5;
    for (int i = 0; i < runs; ++i) {
        DealListModel model(**workspace);
        model.waitForSnapshot();
        for (int n = 1; n <= typed.size(); ++n) {
            DealFilter filter;
            filter.search = typed.left(n);
            QElapsedTimer timer;
            timer.start();
            model.setFilter(filter);
            const int head = model.rowCount();
            if (Status taken = samples.take(model, timer); !taken)
                return taken.error();
            // Each keystroke on stderr (stdout keeps one JSON line per figure).
            fprintf(stderr, "search_keystroke \"%s\": head %d rows, first page %.1f ms, count %.1f ms, %lld rows\n",
                    qPrintable(filter.search), head, samples.firstPage.samplesMs.last(),
                    samples.count.samplesMs.last(), samples.count.rows);
        }
    }
    return samples.figures();
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
