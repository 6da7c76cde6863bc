// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "figures.h"
#include "result.h"

#include <QString>

namespace comptoir::bench {

struct Options
{
    QString db; // --db FILE
    int runs = 0; // --runs N; 0: the bench's own default
    int deals = 1000000; // --deals N (demo)
    quint32 seed = 1; // --seed S (demo)
    QString app; // --app PATH (startup); default: <build>/app/comptoir
    int rows = 0; // --rows N (import); 0: the bench's own default
};

// The French CSV of N deals both import benches load (10 columns, ~235 bytes a row, 1 contact
// for 5 deals, 1 company for 20).
Status writeImportCsv(const QString &path, int rows);

// Each bench returns its figures, or an error naming what went wrong.
Result<QList<Figure>> demoBench(const Options &options);
Result<QList<Figure>> startupBench(const Options &options);
Result<QList<Figure>> listOpenBench(const Options &options);
Result<QList<Figure>> listSortBench(const Options &options);
// The same sorted by the first custom column (a field of the database), and by company: two
// sorts that read a value per deal outside the deals table.
Result<QList<Figure>> listSortCustomBench(const Options &options);
Result<QList<Figure>> listSortCompanyBench(const Options &options);
Result<QList<Figure>> listJumpBench(const Options &options);
Result<QList<Figure>> importBench(const Options &options);
Result<QList<Figure>> importUiBench(const Options &options);
Result<QList<Figure>> filterIndexedBench(const Options &options);
Result<QList<Figure>> filterUnindexedBench(const Options &options);
Result<QList<Figure>> countBench(const Options &options);
Result<QList<Figure>> searchKeystrokeBench(const Options &options);
Result<QList<Figure>> exportBench(const Options &options);
Result<QList<Figure>> boardOpenBench(const Options &options);
Result<QList<Figure>> boardMoveBench(const Options &options);
Result<QList<Figure>> boardScrollBench(const Options &options);
Result<QList<Figure>> activitiesOpenBench(const Options &options);
Result<QList<Figure>> activitiesMoveBench(const Options &options);
Result<QList<Figure>> calendarMonthBench(const Options &options);
Result<QList<Figure>> scrollMemoryBench(const Options &options);
Result<QList<Figure>> exportAllBench(const Options &options);

} // namespace comptoir::bench
