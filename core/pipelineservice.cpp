// SPDX-License-Identifier: GPL-3.0-or-later
#include "pipelineservice.h"

#include "access.h"
#include "clock.h"
#include "database.h"
#include "stores.h"

#include <QCoreApplication>

namespace comptoir {

namespace {
QStringList names(const QList<Pipeline> &pipelines)
{
    QStringList list;
    for (const Pipeline &p : pipelines)
        list << p.name;
    return list;
}

QStringList names(const QList<Stage> &stages)
{
    QStringList list;
    for (const Stage &s : stages)
        list << s.name;
    return list;
}

// Renumbers the sort keys of the pipeline's stages as they are ordered in the list.
Status renumber(const PipelineStore &store, QList<Stage> stages)
{
    for (int i = 0; i < stages.size(); ++i) {
        if (stages[i].sort == i)
            continue;
        stages[i].sort = i;
        if (auto s = store.updateStage(stages[i]); !s)
            return s;
    }
    return {};
}
} // namespace

PipelineService::PipelineService(Database &db, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_clock(clock)
{
}

QList<Stage> PipelineService::defaultStages()
{
    struct Def
    {
        const char *name;
        const char *color;
        StageSemantic semantic;
        int probability;
    };
    static const Def defs[] = {
        {QT_TRANSLATE_NOOP("Defaults", "New"), "#39a8ef", StageSemantic::Process, 10},
        {QT_TRANSLATE_NOOP("Defaults", "Consultation"), "#2fc6f6", StageSemantic::Process, 20},
        {QT_TRANSLATE_NOOP("Defaults", "Quote"), "#55d0e0", StageSemantic::Process, 40},
        {QT_TRANSLATE_NOOP("Defaults", "Payment"), "#47e4c2", StageSemantic::Process, 70},
        {QT_TRANSLATE_NOOP("Defaults", "Delivery"), "#ffa900", StageSemantic::Process, 90},
        {QT_TRANSLATE_NOOP("Defaults", "Won"), "#7bd500", StageSemantic::Success, 100},
        {QT_TRANSLATE_NOOP("Defaults", "Lost"), "#ff5752", StageSemantic::Failure, 0},
    };
    QList<Stage> stages;
    int sort = 0;
    for (const Def &d : defs) {
        Stage s;
        s.name = QCoreApplication::translate("Defaults", d.name);
        s.color = QString::fromLatin1(d.color);
        s.semantic = d.semantic;
        s.probability = d.probability;
        s.sort = sort++;
        stages.append(s);
    }
    return stages;
}

Status PipelineService::validate(const Pipeline &pipeline)
{
    if (pipeline.name.trimmed().isEmpty())
        return Error::invalid(tr("A pipeline needs a name."), QStringLiteral("name"));
    int success = 0;
    int failure = 0;
    bool closedSeen = false;
    for (const Stage &s : pipeline.stages) {
        if (s.name.trimmed().isEmpty())
            return Error::invalid(tr("Every stage of “%1” needs a name.").arg(pipeline.name), QStringLiteral("stages"));
        if (s.semantic == StageSemantic::Success)
            ++success;
        if (s.semantic == StageSemantic::Failure)
            ++failure;
        if (s.semantic == StageSemantic::Process && closedSeen)
            return Error::invalid(tr("In “%1”, the process stages must come before the won and lost stages.")
                                      .arg(pipeline.name),
                                  QStringLiteral("stages"));
        if (s.semantic == StageSemantic::Failure && success == 0)
            return Error::invalid(tr("In “%1”, the won stage must come before the lost stages.").arg(pipeline.name),
                                  QStringLiteral("stages"));
        closedSeen = closedSeen || s.isClosed();
        if (s.probability && (*s.probability < 0 || *s.probability > 100))
            return Error::invalid(tr("The probability of “%1” must be between 0 and 100 %.").arg(s.name),
                                  QStringLiteral("probability"));
    }
    if (pipeline.stages.isEmpty() || pipeline.stages.first().semantic != StageSemantic::Process)
        return Error::invalid(tr("“%1” needs at least one stage in progress, first.").arg(pipeline.name),
                              QStringLiteral("stages"));
    if (success != 1)
        return Error::invalid(tr("“%1” must have exactly one won stage (it has %2).").arg(pipeline.name).arg(success),
                              QStringLiteral("stages"));
    if (failure < 1)
        return Error::invalid(tr("“%1” must have at least one lost stage.").arg(pipeline.name), QStringLiteral("stages"));
    return {};
}

Status PipelineService::commit(Transaction &tx)
{
    if (auto s = tx.commit(); !s)
        return s;
    // Views hear of the change once it is stored.
    m_db.afterCommit([this] { Q_EMIT pipelinesChanged(); });
    return {};
}

Status PipelineService::requireAdmin(const Actor &actor) const
{
    auto user = UserStore(m_db).byId(actor.userId);
    if (!user)
        return Error::forbidden(tr("Unknown user %1.").arg(actor.userId));
    if (!user->isOwner)
        return Error::forbidden(tr("Only an administrator can change pipelines and stages."));
    return {};
}

Result<QList<Pipeline>> PipelineService::pipelines(const Actor &actor) const
{
    if (auto s = AccessPolicy(m_db).checkActor(actor); !s)
        return s.error();
    return PipelineStore(m_db).all();
}

Result<Pipeline> PipelineService::pipeline(const Actor &actor, Id id) const
{
    if (auto s = AccessPolicy(m_db).checkActor(actor); !s)
        return s.error();
    return PipelineStore(m_db).byId(id);
}

Result<Pipeline> PipelineService::defaultPipeline(const Actor &actor) const
{
    auto all = pipelines(actor);
    if (!all)
        return all.error();
    for (const Pipeline &p : *all) {
        if (p.isDefault)
            return p;
    }
    if (!all->isEmpty())
        return all->first();
    return Error::notFound(tr("The database has no pipeline."));
}

Result<Pipeline> PipelineService::resolve(const Actor &actor, const QString &idOrName) const
{
    auto all = pipelines(actor);
    if (!all)
        return all.error();
    const QString wanted = idOrName.trimmed();
    bool isNumber = false;
    const Id id = wanted.toLongLong(&isNumber);
    for (const Pipeline &p : *all) {
        if ((isNumber && p.id == id) || p.name.compare(wanted, Qt::CaseInsensitive) == 0)
            return p;
    }
    return Error::notFound(tr("Unknown pipeline “%1”. Known pipelines: %2.")
                               .arg(wanted, names(*all).join(QStringLiteral(", "))));
}

Result<Stage> PipelineService::resolveStage(const Pipeline &pipeline, const QString &idOrName)
{
    const QString wanted = idOrName.trimmed();
    bool isNumber = false;
    const Id id = wanted.toLongLong(&isNumber);
    for (const Stage &s : pipeline.stages) {
        if ((isNumber && s.id == id) || s.name.compare(wanted, Qt::CaseInsensitive) == 0)
            return s;
    }
    return Error::notFound(tr("Unknown stage “%1” in pipeline “%2”. Its stages: %3.")
                               .arg(wanted, pipeline.name, names(pipeline.stages).join(QStringLiteral(", "))));
}

Result<Stage> PipelineService::resolveStageAnywhere(const Actor &actor, const QString &idOrName,
                                                    std::optional<Id> preferred) const
{
    auto all = pipelines(actor);
    if (!all)
        return all.error();
    QList<Stage> matches;
    for (const Pipeline &p : *all) {
        if (auto s = resolveStage(p, idOrName)) {
            if (preferred && p.id == *preferred)
                return *s;
            matches.append(*s);
        }
    }
    if (matches.size() == 1)
        return matches.first();
    if (matches.isEmpty()) {
        QStringList known;
        for (const Pipeline &p : *all)
            known << p.name + QStringLiteral(": ") + names(p.stages).join(QStringLiteral(", "));
        return Error::notFound(tr("Unknown stage “%1”. Known stages — %2.")
                                   .arg(idOrName.trimmed(), known.join(QStringLiteral("; "))));
    }
    return Error::invalid(tr("The stage “%1” exists in several pipelines; name the pipeline too.")
                              .arg(idOrName.trimmed()),
                          QStringLiteral("stage"));
}

Result<Pipeline> PipelineService::create(const Actor &actor, const QString &name)
{
    if (auto s = requireAdmin(actor); !s)
        return s.error();
    Pipeline p;
    p.name = name.trimmed();
    p.stages = defaultStages();
    if (auto s = validate(p); !s)
        return s.error();
    Transaction tx(m_db);
    if (!tx)
        return tx.error();
    PipelineStore store(m_db);
    auto sort = m_db.scalar(QStringLiteral("SELECT coalesce(max(sort), -1) + 1 FROM pipelines"));
    if (!sort)
        return sort.error();
    p.sort = sort->toInt();
    auto id = store.insertPipeline(p);
    if (!id)
        return id.error();
    for (Stage &stage : p.stages) {
        stage.pipelineId = *id;
        auto sid = store.insertStage(stage);
        if (!sid)
            return sid.error();
        stage.id = *sid;
    }
    p.id = *id;
    if (auto s = tx.commit(); !s)
        return s.error();
    m_db.afterCommit([this] { Q_EMIT pipelinesChanged(); });
    return p;
}

Status PipelineService::rename(const Actor &actor, Id pipelineId, const QString &name)
{
    if (auto s = requireAdmin(actor); !s)
        return s;
    PipelineStore store(m_db);
    auto p = store.byId(pipelineId);
    if (!p)
        return p.error();
    p->name = name.trimmed();
    if (p->name.isEmpty())
        return Error::invalid(tr("A pipeline needs a name."), QStringLiteral("name"));
    Transaction tx(m_db);
    if (!tx)
        return tx.error();
    if (auto s = store.updatePipeline(*p); !s)
        return s;
    return commit(tx);
}

Status PipelineService::movePipeline(const Actor &actor, Id pipelineId, int position)
{
    if (auto s = requireAdmin(actor); !s)
        return s;
    PipelineStore store(m_db);
    auto all = store.all();
    if (!all)
        return all.error();
    QList<Pipeline> pipelines = *all;
    qsizetype from = -1;
    for (qsizetype i = 0; i < pipelines.size(); ++i) {
        if (pipelines[i].id == pipelineId)
            from = i;
    }
    if (from < 0)
        return Error::notFound(tr("Pipeline %1 does not exist.").arg(pipelineId));
    if (position < 0 || position >= pipelines.size())
        return Error::invalid(tr("A pipeline can move to positions 1 to %1.").arg(pipelines.size()),
                              QStringLiteral("position"));
    pipelines.move(from, position);
    Transaction tx(m_db);
    if (!tx)
        return tx.error();
    for (qsizetype i = 0; i < pipelines.size(); ++i) {
        if (pipelines[i].sort == int(i))
            continue;
        pipelines[i].sort = int(i);
        if (auto s = store.updatePipeline(pipelines[i]); !s)
            return s;
    }
    return commit(tx);
}

Status PipelineService::setDefault(const Actor &actor, Id pipelineId)
{
    if (auto s = requireAdmin(actor); !s)
        return s;
    PipelineStore store(m_db);
    auto target = store.byId(pipelineId);
    if (!target)
        return target.error();
    Transaction tx(m_db);
    if (!tx)
        return tx.error();
    if (auto q = m_db.exec(QStringLiteral("UPDATE pipelines SET is_default = 0 WHERE is_default = 1")); !q)
        return q.error();
    target->isDefault = true;
    if (auto s = store.updatePipeline(*target); !s)
        return s;
    return commit(tx);
}

Status PipelineService::remove(const Actor &actor, Id pipelineId)
{
    if (auto s = requireAdmin(actor); !s)
        return s;
    PipelineStore store(m_db);
    auto p = store.byId(pipelineId);
    if (!p)
        return p.error();
    if (p->isDefault)
        return Error::forbidden(tr("“%1” is the default pipeline and cannot be deleted. Make another pipeline "
                                   "the default first.")
                                    .arg(p->name));
    auto count = store.dealCountInPipeline(pipelineId);
    if (!count)
        return count.error();
    if (*count > 0)
        return Error::forbidden(tr("“%1” holds %n deal(s). Move or delete them before deleting the pipeline.", nullptr, int(*count))
                                    .arg(p->name));
    Transaction tx(m_db);
    if (!tx)
        return tx.error();
    // Its deals in the recycle bin go with it, for good; their history stays.
    auto purged = m_db.exec(QStringLiteral("INSERT INTO history (deal_id, at, user_id, type, old_value, description) "
                                           "SELECT id, ?, ?, 'purged', title, ? || title || ? FROM deals "
                                           "WHERE pipeline_id = ? AND deleted_at IS NOT NULL"),
                            {toStoredInstant(m_clock.now()), actor.userId,
                             tr("Deleted for good with the pipeline “%1”: ").arg(p->name), QString(), pipelineId});
    if (!purged)
        return purged.error();
    if (auto q = m_db.exec(QStringLiteral("DELETE FROM deals WHERE pipeline_id = ? AND deleted_at IS NOT NULL"),
                           {pipelineId});
        !q)
        return q.error();
    if (auto s = store.deletePipeline(pipelineId); !s)
        return s;
    return commit(tx);
}

Result<Stage> PipelineService::addStage(const Actor &actor, Id pipelineId, const QString &name, StageSemantic semantic,
                                        int position)
{
    if (auto s = requireAdmin(actor); !s)
        return s.error();
    PipelineStore store(m_db);
    auto p = store.byId(pipelineId);
    if (!p)
        return p.error();
    Stage stage;
    stage.pipelineId = pipelineId;
    stage.name = name.trimmed();
    stage.semantic = semantic;
    if (semantic == StageSemantic::Success)
        stage.color = QStringLiteral("#7bd500");
    else if (semantic == StageSemantic::Failure)
        stage.color = QStringLiteral("#ff5752");

    int processCount = 0;
    for (const Stage &s : p->stages)
        processCount += s.semantic == StageSemantic::Process ? 1 : 0;
    qsizetype index = p->stages.size(); // failure stages go last
    if (semantic == StageSemantic::Process)
        index = (position < 0 || position > processCount) ? processCount : position;
    else if (semantic == StageSemantic::Success)
        index = processCount;
    QList<Stage> stages = p->stages;
    stages.insert(index, stage);
    Pipeline changed = *p;
    changed.stages = stages;
    if (auto s = validate(changed); !s)
        return s.error();

    Transaction tx(m_db);
    if (!tx)
        return tx.error();
    stage.sort = int(index);
    auto id = store.insertStage(stage);
    if (!id)
        return id.error();
    stage.id = *id;
    stages[index] = stage;
    if (auto s = renumber(store, stages); !s)
        return s.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    m_db.afterCommit([this] { Q_EMIT pipelinesChanged(); });
    return stage;
}

Status PipelineService::updateStage(const Actor &actor, const Stage &stage)
{
    if (auto s = requireAdmin(actor); !s)
        return s;
    PipelineStore store(m_db);
    auto stored = store.stage(stage.id);
    if (!stored)
        return stored.error();
    Stage changed = *stored;
    changed.name = stage.name.trimmed();
    changed.color = stage.color;
    changed.probability = stage.probability;
    if (changed.name.isEmpty())
        return Error::invalid(tr("A stage needs a name."), QStringLiteral("name"));
    if (changed.probability && (*changed.probability < 0 || *changed.probability > 100))
        return Error::invalid(tr("The probability of “%1” must be between 0 and 100 %.").arg(changed.name),
                              QStringLiteral("probability"));
    Transaction tx(m_db);
    if (!tx)
        return tx.error();
    if (auto s = store.updateStage(changed); !s)
        return s;
    return commit(tx);
}

Status PipelineService::moveStage(const Actor &actor, Id stageId, int position)
{
    if (auto s = requireAdmin(actor); !s)
        return s;
    PipelineStore store(m_db);
    auto stage = store.stage(stageId);
    if (!stage)
        return stage.error();
    if (stage->semantic != StageSemantic::Process)
        return Error::forbidden(tr("The won and lost stages stay at the end of the pipeline."));
    auto p = store.byId(stage->pipelineId);
    if (!p)
        return p.error();
    QList<Stage> stages = p->stages;
    int processCount = 0;
    for (const Stage &s : stages)
        processCount += s.semantic == StageSemantic::Process ? 1 : 0;
    if (position < 0 || position >= processCount)
        return Error::invalid(tr("A stage in progress can move to positions 1 to %1.").arg(processCount),
                              QStringLiteral("position"));
    qsizetype from = 0;
    while (stages[from].id != stageId)
        ++from;
    stages.move(from, position);
    Transaction tx(m_db);
    if (!tx)
        return tx.error();
    if (auto s = renumber(store, stages); !s)
        return s;
    return commit(tx);
}

Status PipelineService::removeStage(const Actor &actor, Id stageId, std::optional<Id> moveDealsTo)
{
    if (auto s = requireAdmin(actor); !s)
        return s;
    PipelineStore store(m_db);
    auto stage = store.stage(stageId);
    if (!stage)
        return stage.error();
    auto p = store.byId(stage->pipelineId);
    if (!p)
        return p.error();
    if (p->firstStage()->id == stageId)
        return Error::forbidden(tr("“%1” is the first stage of “%2” and cannot be deleted.").arg(stage->name, p->name));
    if (p->successStage() && p->successStage()->id == stageId)
        return Error::forbidden(tr("“%1” is the won stage of “%2” and cannot be deleted.").arg(stage->name, p->name));
    if (p->firstFailureStage() && p->firstFailureStage()->id == stageId)
        return Error::forbidden(tr("“%1” is the first lost stage of “%2” and cannot be deleted.").arg(stage->name, p->name));

    auto count = store.dealCountInStage(stageId);
    if (!count)
        return count.error();
    auto all = m_db.scalar(QStringLiteral("SELECT count(*) FROM deals WHERE stage_id = ?"), {stageId});
    if (!all)
        return all.error();
    const Stage *target = nullptr;
    if (*count == 0 && all->toLongLong() > 0 && !moveDealsTo) {
        // Only deals in the recycle bin: they wait on the first stage, should they be restored.
        moveDealsTo = p->firstStage()->id;
    }
    if (all->toLongLong() > 0) {
        if (!moveDealsTo)
            return Error::forbidden(tr("“%1” holds %n deal(s). Choose the stage they move to.", nullptr, int(*count))
                                        .arg(stage->name));
        target = p->stage(*moveDealsTo);
        if (!target || target->id == stageId)
            return Error::invalid(tr("The deals of “%1” can only move to another stage of “%2”.").arg(stage->name, p->name),
                                  QStringLiteral("stage"));
    }

    Transaction tx(m_db);
    if (!tx)
        return tx.error();
    if (target) {
        // Each moved deal keeps a trace of why it changed stage.
        const QString now = toStoredInstant(m_clock.now());
        const QString description = tr("Stage: %1 → %2 (the stage “%1” was deleted)").arg(stage->name, target->name);
        auto h = m_db.exec(QStringLiteral("INSERT INTO history (deal_id, at, user_id, type, field, old_value, new_value, "
                                          "description) SELECT id, ?, ?, 'stage_moved', 'stage', ?, ?, ? FROM deals "
                                          "WHERE stage_id = ?"),
                           {now, actor.userId, stage->name, target->name, description, stageId});
        if (!h)
            return h.error();
        const bool closed = target->isClosed();
        if (stage->isClosed() && !closed) {
            // Deals leaving a closed stage for one in progress are reopened, as a move would.
            auto r = m_db.exec(QStringLiteral("INSERT INTO history (deal_id, at, user_id, type, field, old_value, "
                                              "new_value, description) SELECT id, ?, ?, 'reopened', 'result', ?, NULL, ? "
                                              "FROM deals WHERE stage_id = ?"),
                               {now, actor.userId,
                                stage->semantic == StageSemantic::Success ? QStringLiteral("won") : QStringLiteral("lost"),
                                tr("Deal reopened on “%1”").arg(target->name), stageId});
            if (!r)
                return r.error();
        }
        const bool keepsLostReason = target->semantic == StageSemantic::Failure;
        auto q = m_db.exec(QStringLiteral("UPDATE deals SET stage_id = ?, closed = ?, updated_at = ?, "
                                          "closed_at = CASE WHEN ? THEN coalesce(closed_at, ?) ELSE NULL END, "
                                          "lost_reason = CASE WHEN ? THEN lost_reason ELSE NULL END, "
                                          "lost_note = CASE WHEN ? THEN lost_note ELSE NULL END "
                                          "WHERE stage_id = ?"),
                           {target->id, int(closed), now, int(closed), now, int(keepsLostReason), int(keepsLostReason),
                            stageId});
        if (!q)
            return q.error();
    }
    if (auto s = store.deleteStage(stageId); !s)
        return s;
    QList<Stage> remaining = p->stages;
    remaining.removeIf([stageId](const Stage &s) { return s.id == stageId; });
    if (auto s = renumber(store, remaining); !s)
        return s;
    return commit(tx);
}

} // namespace comptoir
