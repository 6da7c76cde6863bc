// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Internal to the demo generator: what the database already holds that demo deals refer to
// (users, lists, pipelines and stages), read once before the bulk load.

#include "result.h"
#include "entities.h"

#include <optional>
#include <string>
#include <vector>

namespace comptoir {

class Database;

namespace demo {

struct StageInfo
{
    Id id = 0;
    std::optional<int> probability;
    std::string createdText; // the history text of a deal created on this stage
};

struct PipelineInfo
{
    Id id = 0;
    double weight = 1.0;
    bool service = false; // smaller, quicker deals
    std::vector<StageInfo> process;
    StageInfo success;
    std::vector<StageInfo> failures;
};

struct LostReason
{
    std::string code;
    std::string closedText; // "Closed as lost: Price too high"
};

// What the database already holds that the deals refer to.
struct Context
{
    std::vector<Id> users;
    std::vector<std::string> dealTypes, sources;
    std::vector<LostReason> lostReasons;
    std::string wonText, lostText;
    std::string euro = "EUR", pound, dollar; // pound and dollar empty when not in the list
    std::vector<PipelineInfo> pipelines;
};

// Reads users, lists and pipelines; adds a second pipeline when there is only one.
Result<Context> loadContext(const Database &db);

} // namespace demo
} // namespace comptoir
