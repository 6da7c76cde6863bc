// SPDX-License-Identifier: GPL-3.0-or-later
#include "figures.h"

#include <algorithm>
#include <cmath>
#include <sys/resource.h>

namespace comptoir::bench {

double percentile(QList<double> samples, double p)
{
    if (samples.isEmpty())
        return 0;
    std::sort(samples.begin(), samples.end());
    const auto rank = qsizetype(std::ceil(p / 100.0 * double(samples.size())));
    return samples.at(std::clamp<qsizetype>(rank - 1, 0, samples.size() - 1));
}

QByteArray toJsonLine(const Figure &figure)
{
    // Written by hand to keep the documented key order (QJsonObject sorts its keys). The bench
    // name is one of ours, so it needs no escaping; two decimals are well below the noise of a
    // shared two-core machine.
    return QStringLiteral(
               R"({"bench": "%1", "rows": %2, "runs": %3, "p50_ms": %4, "p95_ms": %5, "peak_rss_kib": %6})")
        .arg(figure.bench)
        .arg(figure.rows)
        .arg(figure.samplesMs.size())
        .arg(percentile(figure.samplesMs, 50), 0, 'f', 2)
        .arg(percentile(figure.samplesMs, 95), 0, 'f', 2)
        .arg(qint64(figure.peakRssKib))
        .toUtf8()
        .chopped(1)
        + (figure.rssGrowthKib >= 0
               ? QByteArray(", \"rss_growth_kib\": ") + QByteArray::number(qint64(figure.rssGrowthKib))
               : QByteArray())
        + '}';
}

long selfPeakRssKib()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}

} // namespace comptoir::bench
