// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <functional>

namespace comptoir {

class Clock;
class Database;

struct DemoOptions
{
    int deals = 500;
    quint32 seed = 1;
    // Called now and then with the number of deals written so far.
    std::function<void(int done, int total)> progress;
};

struct DemoStats
{
    int companies = 0;
    int contacts = 0;
    int deals = 0;
    int won = 0;
    int repeat = 0;
    int activities = 0;
};

// Believable demo data: French and English companies and contacts, deals spread over the last
// two years across stages and pipelines, amounts with a realistic (log-normal) spread, won
// history so that some deals are repeat, and activities. Deterministic for a given seed and
// clock. Written in one transaction with the creation history of every deal.
Result<DemoStats> generateDemo(Database &db, const Clock &clock, const DemoOptions &options);

} // namespace comptoir
