// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "entities.h"
#include "result.h"

#include <QObject>

namespace comptoir {

class Clock;
class Database;
class Transaction;

// Pipelines and their stages, with the F2 rules:
// - one default pipeline, which cannot be deleted; a pipeline holding deals cannot be deleted;
// - a pipeline has process stages first (in order), then exactly one success stage, then one
//   or more failure stages;
// - the first stage, the success stage and the first failure stage cannot be deleted; a stage
//   holding deals is deleted only when the caller says where its deals go.
class PipelineService final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PipelineService)
public:
    explicit PipelineService(Database &db, const Clock &clock, QObject *parent = nullptr);

    Result<QList<Pipeline>> pipelines(const Actor &actor) const;
    Result<Pipeline> pipeline(const Actor &actor, Id id) const;
    Result<Pipeline> defaultPipeline(const Actor &actor) const;
    // By id ("3") or by name, case-insensitive; the error lists the known names.
    Result<Pipeline> resolve(const Actor &actor, const QString &idOrName) const;
    // A stage of `pipeline` by id or name, case-insensitive.
    static Result<Stage> resolveStage(const Pipeline &pipeline, const QString &idOrName);
    // A stage of any pipeline by id or name; a name shared by several pipelines is ambiguous
    // unless `preferred` holds it.
    Result<Stage> resolveStageAnywhere(const Actor &actor, const QString &idOrName,
                                       std::optional<Id> preferred = {}) const;

    // A new pipeline with the default stages in the current language.
    Result<Pipeline> create(const Actor &actor, const QString &name);
    Status rename(const Actor &actor, Id pipelineId, const QString &name);
    Status setDefault(const Actor &actor, Id pipelineId);
    // Moves a pipeline to `position` (0-based) in the order pipelines are listed.
    Status movePipeline(const Actor &actor, Id pipelineId, int position);
    Status remove(const Actor &actor, Id pipelineId);

    // Adds a stage. Process stages go before the success stage (at `position` among the
    // process stages, or last when -1); failure stages go last.
    Result<Stage> addStage(const Actor &actor, Id pipelineId, const QString &name,
                           StageSemantic semantic, int position = -1);
    // Name, colour and probability. The semantic of a stage does not change here.
    Status updateStage(const Actor &actor, const Stage &stage);
    // Moves a process stage to `position` among the process stages.
    Status moveStage(const Actor &actor, Id stageId, int position);
    // Deletes a stage; its deals move to `moveDealsTo` (a stage of the same pipeline), which
    // is required when it holds deals.
    Status removeStage(const Actor &actor, Id stageId, std::optional<Id> moveDealsTo = {});

    // Checks the stage rules on a pipeline as it would be stored.
    static Status validate(const Pipeline &pipeline);
    // The default stages of a new pipeline, in the current language (New, Consultation,
    // Quote, Payment, Delivery, Won, Lost).
    static QList<Stage> defaultStages();

Q_SIGNALS:
    void pipelinesChanged();

private:
    Status requireAdmin(const Actor &actor) const;
    // Commits the change and tells the views, once it is stored.
    Status commit(Transaction &tx);
    Database &m_db;
    const Clock &m_clock;
};

} // namespace comptoir
