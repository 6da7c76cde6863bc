// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace comptoir::bench {

// One printed figure: the timings of every run, summarised as percentiles.
struct Figure
{
    QString bench;
    qint64 rows = 0;
    QList<double> samplesMs;
    long peakRssKib = 0;
    long rssGrowthKib = -1; // scroll_memory: peak resident growth over the run; printed when >= 0
};

// The nearest-rank percentile (p in 0..100) of the samples; 0 when there are none.
double percentile(QList<double> samples, double p);

// {"bench": ..., "rows": ..., "runs": ..., "p50_ms": ..., "p95_ms": ..., "peak_rss_kib": ...}
QByteArray toJsonLine(const Figure &figure);

// The peak resident set size of this process so far (getrusage ru_maxrss), in KiB.
long selfPeakRssKib();

} // namespace comptoir::bench
