// SPDX-License-Identifier: GPL-3.0-or-later
#include "database.h"
#include "stores.h"

#include <QCoreApplication>

namespace comptoir {

namespace {
const QString SelectStages = QStringLiteral(
    "SELECT id, pipeline_id, name, color, sort, semantic, probability FROM stages");

Stage stageFrom(const QSqlQuery &q)
{
    Stage s;
    s.id = q.value(0).toLongLong();
    s.pipelineId = q.value(1).toLongLong();
    s.name = q.value(2).toString();
    s.color = q.value(3).toString();
    s.sort = q.value(4).toInt();
    s.semantic = semanticFromText(q.value(5).toString()).value_or(StageSemantic::Process);
    if (!q.value(6).isNull())
        s.probability = q.value(6).toInt();
    return s;
}

QVariant nullable(const std::optional<int> &v)
{
    return v ? QVariant(*v) : QVariant();
}

Status done(const Result<QSqlQuery> &q)
{
    if (!q)
        return q.error();
    return {};
}
} // namespace

Result<QList<Pipeline>> PipelineStore::all() const
{
    auto q = m_db.exec(QStringLiteral("SELECT id, name, sort, is_default FROM pipelines ORDER BY sort, id"));
    if (!q)
        return q.error();
    QList<Pipeline> pipelines;
    QHash<Id, qsizetype> index;
    while (q->next()) {
        Pipeline p;
        p.id = q->value(0).toLongLong();
        p.name = q->value(1).toString();
        p.sort = q->value(2).toInt();
        p.isDefault = q->value(3).toBool();
        index.insert(p.id, pipelines.size());
        pipelines.append(p);
    }
    auto s = m_db.exec(SelectStages + QStringLiteral(" ORDER BY pipeline_id, sort, id"));
    if (!s)
        return s.error();
    while (s->next()) {
        Stage stage = stageFrom(*s);
        if (auto it = index.constFind(stage.pipelineId); it != index.constEnd())
            pipelines[*it].stages.append(stage);
    }
    return pipelines;
}

Result<Pipeline> PipelineStore::byId(Id id) const
{
    auto q = m_db.exec(QStringLiteral("SELECT id, name, sort, is_default FROM pipelines WHERE id = ?"), {id});
    if (!q)
        return q.error();
    if (!q->next())
        return Error::notFound(QCoreApplication::translate("Stores", "There is no pipeline %1.").arg(id));
    Pipeline p;
    p.id = q->value(0).toLongLong();
    p.name = q->value(1).toString();
    p.sort = q->value(2).toInt();
    p.isDefault = q->value(3).toBool();
    auto s = m_db.exec(SelectStages + QStringLiteral(" WHERE pipeline_id = ? ORDER BY sort, id"), {id});
    if (!s)
        return s.error();
    while (s->next())
        p.stages.append(stageFrom(*s));
    return p;
}

Result<Stage> PipelineStore::stage(Id stageId) const
{
    auto q = m_db.exec(SelectStages + QStringLiteral(" WHERE id = ?"), {stageId});
    if (!q)
        return q.error();
    if (!q->next())
        return Error::notFound(QCoreApplication::translate("Stores", "There is no stage %1.").arg(stageId));
    return stageFrom(*q);
}

Result<Id> PipelineStore::insertPipeline(const Pipeline &pipeline) const
{
    auto q = m_db.exec(QStringLiteral("INSERT INTO pipelines (name, sort, is_default) VALUES (?, ?, ?)"),
                       {pipeline.name, pipeline.sort, int(pipeline.isDefault)});
    if (!q)
        return q.error();
    return q->lastInsertId().toLongLong();
}

Status PipelineStore::updatePipeline(const Pipeline &pipeline) const
{
    return done(m_db.exec(QStringLiteral("UPDATE pipelines SET name = ?, sort = ?, is_default = ? WHERE id = ?"),
                          {pipeline.name, pipeline.sort, int(pipeline.isDefault), pipeline.id}));
}

Status PipelineStore::deletePipeline(Id id) const
{
    if (auto s = done(m_db.exec(QStringLiteral("DELETE FROM stages WHERE pipeline_id = ?"), {id})); !s)
        return s;
    return done(m_db.exec(QStringLiteral("DELETE FROM pipelines WHERE id = ?"), {id}));
}

Result<Id> PipelineStore::insertStage(const Stage &stage) const
{
    auto q = m_db.exec(QStringLiteral("INSERT INTO stages (pipeline_id, name, color, sort, semantic, probability) "
                                      "VALUES (?, ?, ?, ?, ?, ?)"),
                       {stage.pipelineId, stage.name, stage.color, stage.sort, semanticToText(stage.semantic),
                        nullable(stage.probability)});
    if (!q)
        return q.error();
    return q->lastInsertId().toLongLong();
}

Status PipelineStore::updateStage(const Stage &stage) const
{
    return done(m_db.exec(QStringLiteral("UPDATE stages SET name = ?, color = ?, sort = ?, semantic = ?, probability = ? "
                                         "WHERE id = ?"),
                          {stage.name, stage.color, stage.sort, semanticToText(stage.semantic),
                           nullable(stage.probability), stage.id}));
}

Status PipelineStore::deleteStage(Id stageId) const
{
    return done(m_db.exec(QStringLiteral("DELETE FROM stages WHERE id = ?"), {stageId}));
}

Result<qint64> PipelineStore::dealCountInStage(Id stageId) const
{
    auto v = m_db.scalar(QStringLiteral("SELECT count(*) FROM deals WHERE stage_id = ? AND deleted_at IS NULL"), {stageId});
    if (!v)
        return v.error();
    return v->toLongLong();
}

Result<qint64> PipelineStore::dealCountInPipeline(Id pipelineId) const
{
    auto v = m_db.scalar(QStringLiteral("SELECT count(*) FROM deals WHERE pipeline_id = ? AND deleted_at IS NULL"), {pipelineId});
    if (!v)
        return v.error();
    return v->toLongLong();
}

} // namespace comptoir
