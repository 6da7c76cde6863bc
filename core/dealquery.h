// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "customfields.h"
#include "dealfilter.h"
#include "entities.h"
#include "result.h"

#include <QMap>
#include <QVariant>
#include <QVector>
#include <optional>

struct sqlite3;

namespace comptoir {

class Database;

// The read paths of deals for lists, counts, totals and reports. Every query goes through the
// AccessPolicy visibility rule (in dealWhereClause). Filtering and sorting happen in SQL.
// The sortable, listable columns. Their keys ("title", "amount", ...) are the only names the
// command line and saved settings accept: nothing else reaches SQL.
enum class DealColumn {
    Id,
    Title,
    Amount,
    Currency,
    Pipeline,
    Stage,
    Company,
    Contact,
    Responsible,
    Type,
    Source,
    BeginDate,
    CloseDate,
    Probability,
    Repeat,
    Created,
};
inline constexpr int DealColumnCount = int(DealColumn::Created) + 1;
QString dealColumnKey(DealColumn column);
std::optional<DealColumn> dealColumnFromKey(const QString &key);

struct DealSort
{
    DealColumn column = DealColumn::Created;
    bool descending = true;
    // Not 0: the id of a custom field whose value sorts instead of `column` (deals without a
    // value come first in ascending order). An integer, never text, reaches the SQL.
    Id customFieldId = 0;
    friend bool operator==(const DealSort &, const DealSort &) = default;
};
// The ORDER BY terms of a sort over deals aliased `d` (ties broken by id), from the whitelist.
QString dealOrderBy(const DealSort &sort);

// One deal as a list shows it: names already resolved.
struct DealRow
{
    Id id = 0;
    QString title;
    qint64 amountMinor = 0;
    QString currency;
    Id pipelineId = 0;
    QString pipelineName;
    Id stageId = 0;
    QString stageName;
    QString stageColor;
    StageSemantic semantic = StageSemantic::Process;
    std::optional<Id> companyId;
    QString companyName;
    std::optional<Id> contactId;
    QString contactName; // the primary contact
    Id responsibleId = 0;
    QString responsibleName;
    QString typeCode;
    QString sourceCode;
    QDate beginDate;
    QDate closeDate;
    std::optional<int> probability;
    bool isRepeat = false;
    bool closed = false;
    QDateTime createdAt;
    QDateTime nextActivityAt;
    // The values of the custom fields the rows were asked with (DealQuery::rows), non-empty
    // ones only: a short list rather than a hash, since a list keeps thousands of rows in memory
    // and an empty QHash with one entry costs kilobytes.
    QList<std::pair<Id, QVariant>> customValues;
    QVariant customValue(Id fieldId) const
    {
        for (const auto &[id, value] : customValues) {
            if (id == fieldId)
                return value;
        }
        return {};
    }
};

struct DealSummary
{
    qint64 count = 0;
    QMap<QString, qint64> totals; // currency -> minor units
};

struct StageSummary
{
    Stage stage;
    qint64 count = 0;
    QMap<QString, qint64> totals;
    QMap<QString, qint64> weightedTotals; // amount × probability, when stages carry one
};

// The query behind a list's id snapshot, as text and bound values, so that another connection
// (a worker thread's) can run it.
struct DealIdStatement
{
    QString sql;
    QVariantList values;
};
// Runs an id statement on any connection to the database.
Result<QVector<Id>> readDealIds(sqlite3 *db, const DealIdStatement &statement);
// Runs an id statement made with totals: the ids, and their count and totals in `summary`, in
// one pass over the matching deals.
Result<QVector<Id>> readDealIdsAndTotals(sqlite3 *db, const DealIdStatement &statement, DealSummary &summary);

class DealQuery final
{
public:
    explicit DealQuery(const Database &db) : m_db(db) { }

    // The ids of the matching deals, in sort order (ties broken by id): the list's snapshot.
    Result<QVector<Id>> ids(const Actor &actor, const DealFilter &filter, const DealSort &sort) const;
    // The first `limit` ids of that order (a list's first screen while the rest loads).
    Result<QVector<Id>> headIds(const Actor &actor, const DealFilter &filter, const DealSort &sort,
                                int limit) const
    {
        return selectIds(actor, filter, sort, limit);
    }
    // With totals, each row also gives the deal's currency and amount (readDealIdsAndTotals).
    Result<DealIdStatement> idStatement(const Actor &actor, const DealFilter &filter,
                                        const DealSort &sort, int limit = -1, bool withTotals = false) const;
    // The number of matching deals when the totals kept per stage answer it without reading the
    // deals (only stage criteria, everything visible); nothing when it would need a scan.
    Result<std::optional<qint64>> keptCount(const Actor &actor, const DealFilter &filter) const;
    // The rows of these deals, in the order given; ids not visible or gone are left out. With
    // custom fields, each row also carries its values of those fields (one more query per 500
    // rows, never one per deal).
    Result<QList<DealRow>> rows(const Actor &actor, const QVector<Id> &ids,
                                const QList<CustomField> &customFields = {}) const;
    // The first `limit` rows (all when -1), for the command line.
    Result<QList<DealRow>> list(const Actor &actor, const DealFilter &filter, const DealSort &sort,
                                int limit = -1) const;
    Result<DealSummary> summary(const Actor &actor, const DealFilter &filter) const;
    // Count and totals per stage of a pipeline, every stage listed (empty ones too): the
    // maintained totals when the actor sees every deal, counted over the deals otherwise.
    Result<QList<StageSummary>> byStage(const Actor &actor, Id pipelineId) const;
    // The same over the deals `filter` selects in that pipeline (its own pipeline is replaced).
    Result<QList<StageSummary>> byStage(const Actor &actor, Id pipelineId, const DealFilter &filter) const;

private:
    Result<QVector<Id>> selectIds(const Actor &actor, const DealFilter &filter, const DealSort &sort, int limit) const;
    const Database &m_db;
};

} // namespace comptoir
