// SPDX-License-Identifier: GPL-3.0-or-later
// scroll_memory: the list scrolled from its first row to its last, a page at a time, every
// column of every row read the way the view paints it; what matters is how much the resident
// memory grows (target: 32 MiB at a million deals), since the model keeps only a few pages.
// export_all: every deal, every field, to a CSV file (the `export` bench writes the list's
// columns only).

#include "benchmarks.h"

#include "dealexport.h"
#include "deallistmodel.h"
#include "workspace.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

namespace comptoir::bench {
namespace {

// A field of /proc/self/status in KiB ("VmRSS", "VmHWM"), or -1.
long statusKib(const char *field)
{
    QFile file(QStringLiteral("/proc/self/status"));
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray prefix = QByteArray(field) + ':';
    for (const QByteArray &line : file.readAll().split('\n')) {
        if (line.startsWith(prefix))
            return line.mid(prefix.size()).trimmed().split(' ').value(0).toLong();
    }
    return -1;
}

// Resets the kernel's peak resident size to the current one, so that VmHWM measures from here.
bool resetPeak()
{
    QFile file(QStringLiteral("/proc/self/clear_refs"));
    return file.open(QIODevice::WriteOnly) && file.write("5") == 1;
}

Result<std::unique_ptr<Workspace>> openDemo(const QString &path)
{
    if (!QFileInfo::exists(path))
        return Error::notFound(
            QStringLiteral("%1 does not exist; make it with: comptoir --db %1 demo --deals 1000000").arg(path));
    return Workspace::open(path);
}

} // namespace

Result<QList<Figure>> scrollMemoryBench(const Options &options)
{
    auto workspace = openDemo(options.db);
    if (!workspace)
        return workspace.error();
    Figure figure;
    figure.bench = QStringLiteral("scroll_memory");
    const int runs = options.runs > 0 ? options.runs : 1;
    long growth = 0;
    for (int run = 0; run < runs; ++run) {
        DealListModel model(**workspace);
        const int rows = model.rowCount();
        const int columns = model.columnCount();
        // From here on: the snapshot of ids is in place, as it is when the list is on screen.
        const bool reset = resetPeak();
        const long before = statusKib("VmRSS");
        QElapsedTimer timer;
        timer.start();
        for (int top = 0; top < rows; top += DealListModel::PageSize) {
            const int bottom = std::min(rows, top + DealListModel::PageSize);
            for (int row = top; row < bottom; ++row) {
                for (int column = 0; column < columns; ++column) {
                    const QModelIndex index = model.index(row, column);
                    model.data(index, Qt::DisplayRole);
                    model.data(index, Qt::ForegroundRole);
                }
            }
        }
        figure.samplesMs.append(double(timer.nsecsElapsed()) / 1e6);
        figure.rows = rows;
        // Without a reset the peak may predate the scroll: the growth is then an upper bound.
        const long peak = reset ? statusKib("VmHWM") : selfPeakRssKib();
        growth = std::max(growth, peak - before);
    }
    figure.peakRssKib = selfPeakRssKib();
    figure.rssGrowthKib = growth;
    return QList<Figure>{figure};
}

Result<QList<Figure>> exportAllBench(const Options &options)
{
    auto workspace = openDemo(options.db);
    if (!workspace)
        return workspace.error();
    Figure figure;
    figure.bench = QStringLiteral("export_all");
    const int runs = options.runs > 0 ? options.runs : 1;
    for (int i = 0; i < runs; ++i) {
        QTemporaryDir dir;
        QFile file(dir.filePath(QStringLiteral("deals.csv")));
        if (!file.open(QIODevice::WriteOnly))
            return Error::storage(QStringLiteral("cannot write the export"), file.errorString());
        ExportOptions exportOptions;
        exportOptions.fields = exportFieldKeys();
        QElapsedTimer timer;
        timer.start();
        auto written = exportDeals((*workspace)->db(), (*workspace)->actor(), DealFilter{}, DealSort{}, &file,
                                   exportOptions);
        figure.samplesMs.append(double(timer.nsecsElapsed()) / 1e6);
        if (!written)
            return written.error();
        figure.rows = *written;
    }
    figure.peakRssKib = selfPeakRssKib();
    return QList<Figure>{figure};
}

} // namespace comptoir::bench
