// SPDX-License-Identifier: GPL-3.0-or-later
// demo: the time `comptoir demo` takes to fill a new database, from creating the file to
// closing it (so the WAL checkpoint is counted).

#include "benchmarks.h"

#include "demo.h"
#include "workspace.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>

namespace comptoir::bench {
namespace {

void removeDatabase(const QString &path)
{
    for (const QString &suffix : { QString(), QStringLiteral("-wal"), QStringLiteral("-shm") })
        QFile::remove(path + suffix);
}

} // namespace

Result<QList<Figure>> demoBench(const Options &options)
{
    // Each run starts from a new file, so the bench only ever deletes files it made itself.
    if (QFileInfo::exists(options.db))
        return Error::invalid(
            QStringLiteral("%1 exists; the demo bench writes a new file, give another path")
                .arg(options.db));
    Figure figure;
    figure.bench = QStringLiteral("demo");
    figure.rows = options.deals;
    const int runs = options.runs > 0 ? options.runs : 1;
    for (int i = 0; i < runs; ++i) {
        if (i > 0)
            removeDatabase(options.db);
        QElapsedTimer timer;
        timer.start();
        {
            auto workspace = Workspace::open(options.db);
            if (!workspace)
                return workspace.error();
            DemoOptions demo;
            demo.deals = options.deals;
            demo.seed = options.seed;
            const auto stats = generateDemo((*workspace)->db(), (*workspace)->clock(), demo);
            if (!stats)
                return stats.error();
            if (stats->deals != options.deals)
                return Error::invalid(QStringLiteral("the demo wrote %1 deals instead of %2")
                                          .arg(stats->deals)
                                          .arg(options.deals));
        }
        figure.samplesMs.append(double(timer.nsecsElapsed()) / 1e6);
    }
    figure.peakRssKib = selfPeakRssKib();
    return QList<Figure> { figure };
}

} // namespace comptoir::bench
