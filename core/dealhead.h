// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dealquery.h"
#include "result.h"

#include <QVector>
#include <optional>

namespace comptoir {

class Database;

// The first deals of a list whose count no kept total gives (a search, a source, a date...),
// read within a few milliseconds so that the list shows its first screen at once while a
// worker thread reads the whole list (IdSnapshotLoad).
//
// Sorting every match before showing the first one costs a row look-up per match: a 2-letter
// search matches 100,000 deals of a million. Instead, the head walks the index of the sort
// column in order and keeps the deals that match, until it has `limit` of them. The search is
// tested in C++ against the ids the full-text indexes give for each word (deals, companies,
// contacts), read once; the other criteria stay in SQL. A word of one letter (or of two,
// beside a longer one) is tested by the text of the few deals the others leave. When the
// rarer words reach few deals, those are met along the index by id, or sorted whole when very
// few (the head is then the whole list, however long). The walk stops after `budgetMs` or when
// the matches are too sparse for it to pay, with what it found: those are still the list's
// first deals, in order.
struct DealHead
{
    QVector<Id> ids;
    // True when ids is the whole list; then summary holds its count and totals.
    bool complete = false;
    DealSummary summary;
};

// How the head finds its deals (dealhead.cpp); the defaults suit a million deals, tests
// lower them to take each way on a small database.
struct DealHeadLimits
{
    // A search word reaching at most this many ids (its deals, companies and contacts) has its
    // deals read; those of such words, intersected, are the candidates, if at most
    // `candidateDeals`.
    qsizetype wordReach = 20000;
    qsizetype candidateDeals = 200000;
    // At most this many candidates are read and sorted whole (then the head is the whole list);
    // more are met along the sort index by their ids alone.
    qsizetype sortWhole = 3000;
};

// Whether the sort has an index a head can walk (created, amount, title, dates, id).
bool dealHeadWalkable(const Database &db, const DealSort &sort);

Result<DealHead> readDealHead(const Database &db, const Actor &actor, const DealFilter &filter,
                              const DealSort &sort, int limit, int budgetMs, const DealHeadLimits &limits = {});

// At least as many as the live deals (the totals kept per stage), read without the deals.
Result<qint64> liveDealsUpperBound(const Database &db);

} // namespace comptoir
