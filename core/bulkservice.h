// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dealfilter.h"
#include "dealservice.h"
#include "entities.h"
#include "result.h"

#include <QObject>
#include <QVector>
#include <optional>
#include <variant>

namespace comptoir {

class Clock;
class Database;

// Which deals a bulk action applies to: the ones chosen in the list, or every deal matching a
// filter (not only the rows a view has loaded).
struct BulkTarget
{
    std::variant<QVector<Id>, DealFilter> deals;
    static BulkTarget ids(QVector<Id> ids) { return {std::move(ids)}; }
    static BulkTarget matching(DealFilter filter) { return {std::move(filter)}; }
};

// The columns of a deal a bulk action may change, as they were: what undo writes back.
struct BulkRow
{
    Id id = 0;
    QVariant pipelineId, stageId, probability, closed, closedAt, lostReason, lostNote, responsibleId, typeCode,
        sourceCode, deletedAt, deletedBy, updatedAt;
};

// What a bulk action did, enough to undo it as one step.
struct BulkUndo
{
    QString action; // "stage", "pipeline", "responsible", "type", "source", "close", "delete"
    QVector<BulkRow> before;
    qint64 count() const { return before.size(); }
};

// Bulk actions of the list (F3): each is one transaction that writes the change and one
// history row per changed field of each deal, set-based in SQL so that "all 200,000 filtered
// deals" take seconds, not minutes. Deals the actor may not see or change are left out;
// deals already in the wanted state are left untouched (and out of the undo).
class BulkService final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BulkService)
public:
    BulkService(Database &db, const Clock &clock, QObject *parent = nullptr);

    // A stage of the deals' pipeline; deals of another pipeline are refused (move them to the
    // pipeline instead). A won or lost stage closes, a stage in progress reopens.
    Result<BulkUndo> setStage(const Actor &actor, const BulkTarget &target, Id stageId);
    // To another pipeline, on the chosen stage of it.
    Result<BulkUndo> setPipeline(const Actor &actor, const BulkTarget &target, Id targetStageId);
    Result<BulkUndo> setResponsible(const Actor &actor, const BulkTarget &target, Id userId);
    // A code of the list, or empty to clear the field.
    Result<BulkUndo> setType(const Actor &actor, const BulkTarget &target, const QString &code);
    Result<BulkUndo> setSource(const Actor &actor, const BulkTarget &target, const QString &code);
    // Won: each deal's pipeline's won stage; lost: its first lost stage.
    Result<BulkUndo> close(const Actor &actor, const BulkTarget &target, Outcome outcome);
    // Lost, with a reason (a lost-reason code, or empty) and a note written on each deal closed.
    Result<BulkUndo> closeLost(const Actor &actor, const BulkTarget &target, const QString &lostReason,
                               const QString &note = {});
    // To the recycle bin.
    Result<BulkUndo> remove(const Actor &actor, const BulkTarget &target);
    // Puts every deal of the undo back as it was, in one transaction with its history rows.
    Status undo(const Actor &actor, const BulkUndo &undo);

Q_SIGNALS:
    // After the commit: the list and the boards read their snapshot again.
    void dealsChanged(const QVector<comptoir::Id> &ids);

private:
    struct Change;
    Result<BulkUndo> run(const Actor &actor, const BulkTarget &target, const Change &change);
    Status fillTargets(const Actor &actor, const BulkTarget &target, const Change &change);
    Status writeHistory(const Actor &actor);
    Status applyTargets();
    Database &m_db;
    const Clock &m_clock;
};

} // namespace comptoir
