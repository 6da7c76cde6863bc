// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dealfilter.h"
#include "dealquery.h"
#include "entities.h"
#include "result.h"

#include <QDateTime>
#include <QVariant>
#include <optional>

namespace comptoir {

class Clock;
class Database;

// The order of the cards in a Kanban column.
enum class BoardSort {
    Attention, // overdue first, then due today, then no activity, then future; newest first on ties
    Amount,    // biggest first
    CloseDate, // nearest expected close date first, deals without one last
    Created,   // newest first
};

// Where an activity deadline stands against "now" (the attention buckets, in board order).
enum class ActivityState { Overdue, Today, None, Future };
ActivityState activityState(const QDateTime &nextActivityAt, const QDateTime &now);

// The position after the last card of a page: the sort key of that card. Opaque to callers,
// who hand it back to read the next page (keyset paging: no OFFSET, so page 1000 costs as
// little as page 1).
struct BoardCursor
{
    int bucket = 0; // the attention bucket of the last card (Attention only)
    QVariant key;   // its sort value (next activity, amount, close date or creation instant)
    QString createdAt;
    Id id = 0;
};

struct BoardPage
{
    QList<DealRow> cards;
    std::optional<BoardCursor> next; // set when more cards may follow
};

// A page of a column as deal ids only: what a board keeps of a column scrolled far down
// (8 bytes a card), reading the cards' rows only for the part on screen.
struct BoardIdPage
{
    QVector<Id> ids;
    std::optional<BoardCursor> next; // set when more cards may follow
};

// The read paths of the Kanban board: the cards of one stage column page by page, and the
// count and totals of every column. Every query goes through dealWhereClause (visibility, live
// deals, the shared filter). "Now" comes from the clock, so tests fix it.
class BoardQuery final
{
public:
    BoardQuery(const Database &db, const Clock &clock) : m_db(db), m_clock(clock) { }

    // Up to `limit` cards of `stageId` matching `filter`, after `after` (the first page when
    // unset), in `sort` order.
    Result<BoardPage> cards(const Actor &actor, const DealFilter &filter, Id stageId, BoardSort sort,
                            const std::optional<BoardCursor> &after, int limit) const;
    // The same page as ids, without reading the deals' rows.
    Result<BoardIdPage> ids(const Actor &actor, const DealFilter &filter, Id stageId, BoardSort sort,
                            const std::optional<BoardCursor> &after, int limit) const;
    // Every stage of `pipelineId` in board order with its count, totals and weighted totals for
    // the deals matching `filter` (whose pipelineId is ignored). Maintained totals answer when
    // the filter selects whole stages; otherwise SQL aggregates.
    Result<QList<StageSummary>> columns(const Actor &actor, Id pipelineId, const DealFilter &filter) const;

private:
    Result<QVector<QPair<Id, BoardCursor>>> keys(const QString &sql, const QVariantList &values, int bucket) const;
    const Database &m_db;
    const Clock &m_clock;
};

} // namespace comptoir
