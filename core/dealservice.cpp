// SPDX-License-Identifier: GPL-3.0-or-later
#include "dealservice.h"

#include "access.h"
#include "clock.h"
#include "database.h"
#include "dealdescribe.h"
#include "money.h"
#include "stores.h"

#include <QCoreApplication>

namespace comptoir {

namespace {
// The amount follows the product rows unless the user typed one.
void applyProductTotal(Deal &deal)
{
    if (deal.amountManual || deal.products.isEmpty())
        return;
    qint64 total = 0;
    for (const DealProduct &p : deal.products)
        total += p.totalMinor();
    deal.amountMinor = total;
}

// Stage probability follows the stage unless the user chose another one.
void followStageProbability(Deal &deal, const Stage &from, const Stage &to)
{
    if (!deal.probability || deal.probability == from.probability)
        deal.probability = to.probability;
}
} // namespace

DealService::DealService(Database &db, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_clock(clock)
{
}

Status DealService::record(const Actor &actor, Id dealId, const QString &type, const QString &field,
                           const QString &oldValue, const QString &newValue, const QString &description)
{
    HistoryEvent e;
    e.dealId = dealId;
    e.at = m_clock.now();
    e.userId = actor.userId;
    e.type = type;
    e.field = field;
    e.oldValue = oldValue;
    e.newValue = newValue;
    e.description = description;
    return HistoryStore(m_db).append(e);
}

Result<Deal> DealService::get(const Actor &actor, Id dealId) const
{
    auto visible = AccessPolicy(m_db).dealVisibility(actor, QStringLiteral("d"));
    if (!visible)
        return visible.error();
    QVariantList values{dealId};
    values.append(visible->values);
    auto q = m_db.exec(QStringLiteral("SELECT 1 FROM deals d WHERE d.id = ? AND d.deleted_at IS NULL AND (%1)").arg(visible->sql), values);
    if (!q)
        return q.error();
    if (!q->next())
        return Error::notFound(tr("There is no deal %1.").arg(dealId));
    return DealStore(m_db).byId(dealId);
}

Result<QList<HistoryEvent>> DealService::history(const Actor &actor, Id dealId) const
{
    if (auto d = get(actor, dealId); !d)
        return d.error();
    return HistoryStore(m_db).forDeal(dealId);
}

Result<Deal> DealService::create(const Actor &actor, Deal draft)
{
    if (auto s = AccessPolicy(m_db).checkActor(actor); !s)
        return s.error();
    PipelineStore pipelines(m_db);
    if (draft.stageId != 0 && draft.pipelineId == 0) {
        auto stage = pipelines.stage(draft.stageId);
        if (!stage)
            return Error::invalid(stage.error().message, QStringLiteral("stage"));
        draft.pipelineId = stage->pipelineId;
    }
    if (draft.pipelineId == 0) {
        auto id = m_db.scalar(QStringLiteral("SELECT id FROM pipelines ORDER BY is_default DESC, sort, id LIMIT 1"));
        if (!id)
            return id.error();
        draft.pipelineId = id->toLongLong();
    }
    auto pipeline = pipelines.byId(draft.pipelineId);
    if (!pipeline)
        return Error::invalid(pipeline.error().message, QStringLiteral("pipeline"));
    const Stage *stage = draft.stageId == 0 ? pipeline->firstStage() : pipeline->stage(draft.stageId);
    if (!stage)
        return Error::invalid(tr("The stage %1 is not a stage of “%2”.").arg(draft.stageId).arg(pipeline->name),
                              QStringLiteral("stage"));
    draft.stageId = stage->id;
    if (draft.responsibleId == 0)
        draft.responsibleId = actor.userId;
    if (auto s = AccessPolicy(m_db).canChangeDeal(actor, draft.responsibleId); !s)
        return s.error();
    if (auto s = validateDeal(m_db, draft); !s)
        return s.error();
    if (!draft.probability)
        draft.probability = stage->probability;
    applyProductTotal(draft);

    const QDateTime now = m_clock.now();
    draft.id = 0;
    draft.closed = stage->isClosed();
    draft.closedAt = draft.closed ? now : QDateTime();
    if (stage->semantic != StageSemantic::Failure) {
        draft.lostReason.clear();
        draft.lostNote.clear();
    }
    draft.createdAt = now;
    draft.updatedAt = now;
    draft.createdBy = actor.userId;

    Transaction tx(m_db);
    if (!tx)
        return tx.error();
    auto repeat = DealStore(m_db).clientHasWonDealBefore(draft.companyId, draft.contactIds, now);
    if (!repeat)
        return repeat.error();
    draft.isRepeat = *repeat;
    auto id = DealStore(m_db).insert(draft);
    if (!id)
        return id.error();
    draft.id = *id;
    const QString description = tr("Deal created in “%1”, stage “%2”").arg(pipeline->name, stage->name);
    if (auto s = record(actor, draft.id, history::Created, {}, {}, draft.title, description); !s)
        return s.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    const Id dealId = draft.id;
    m_db.afterCommit([this, dealId] { Q_EMIT dealCreated(dealId); });
    return DealStore(m_db).byId(dealId);
}

Result<Deal> DealService::update(const Actor &actor, const Deal &input)
{
    auto stored = get(actor, input.id);
    if (!stored)
        return stored.error();
    if (auto s = AccessPolicy(m_db).canChangeDeal(actor, stored->responsibleId); !s)
        return s.error();
    if (input.stageId != stored->stageId || input.pipelineId != stored->pipelineId)
        return Error::invalid(tr("Change the stage or the pipeline of a deal by moving it."), QStringLiteral("stage"));

    Deal changed = input;
    // What only the services decide is taken from the stored deal.
    changed.closed = stored->closed;
    changed.closedAt = stored->closedAt;
    changed.createdAt = stored->createdAt;
    changed.createdBy = stored->createdBy;
    changed.isRepeat = stored->isRepeat;
    if (!changed.closed) {
        changed.lostReason.clear();
        changed.lostNote.clear();
    }
    if (auto s = validateDeal(m_db, changed); !s)
        return s.error();
    applyProductTotal(changed);

    const QList<FieldDiff> diffs = diffDeals(m_db, *stored, changed, QLocale());
    if (diffs.isEmpty())
        return *stored;

    Transaction tx(m_db);
    if (!tx)
        return tx.error();
    if (changed.companyId != stored->companyId || changed.contactIds != stored->contactIds) {
        auto repeat = DealStore(m_db).clientHasWonDealBefore(changed.companyId, changed.contactIds, changed.createdAt,
                                                             changed.id);
        if (!repeat)
            return repeat.error();
        changed.isRepeat = *repeat;
    }
    changed.updatedAt = m_clock.now();
    if (auto s = DealStore(m_db).update(changed); !s)
        return s.error();
    for (const FieldDiff &d : diffs) {
        if (auto s = record(actor, changed.id, d.type, d.field, d.oldValue, d.newValue, d.description); !s)
            return s.error();
    }
    if (auto s = tx.commit(); !s)
        return s.error();
    const Id dealId = changed.id;
    m_db.afterCommit([this, dealId] { Q_EMIT dealChanged(dealId); });
    return DealStore(m_db).byId(dealId);
}

Result<Deal> DealService::moveToStage(const Actor &actor, Id dealId, Id stageId)
{
    auto deal = get(actor, dealId);
    if (!deal)
        return deal.error();
    auto target = PipelineStore(m_db).stage(stageId);
    if (!target)
        return Error::invalid(target.error().message, QStringLiteral("stage"));
    if (target->pipelineId != deal->pipelineId)
        return Error::invalid(tr("The stage “%1” belongs to another pipeline. Move the deal to that pipeline instead.")
                                  .arg(target->name),
                              QStringLiteral("stage"));
    if (target->id == deal->stageId)
        return *deal;
    return changeStage(actor, *deal, *target, {}, {}, false);
}

Result<Deal> DealService::close(const Actor &actor, Id dealId, Outcome outcome, const QString &lostReason,
                                const QString &note, std::optional<Id> failureStage)
{
    auto deal = get(actor, dealId);
    if (!deal)
        return deal.error();
    auto pipeline = PipelineStore(m_db).byId(deal->pipelineId);
    if (!pipeline)
        return pipeline.error();
    const Stage *target = nullptr;
    QString reasonCode;
    if (outcome == Outcome::Won) {
        target = pipeline->successStage();
    } else {
        target = failureStage ? pipeline->stage(*failureStage) : pipeline->firstFailureStage();
        if (!target || target->semantic != StageSemantic::Failure)
            return Error::invalid(tr("Choose a lost stage of “%1”.").arg(pipeline->name), QStringLiteral("stage"));
        if (!lostReason.trimmed().isEmpty()) {
            auto reason = ListStore(m_db).find(lists::LostReason, lostReason);
            if (!reason)
                return reason.error();
            if (!*reason) {
                auto known = ListStore(m_db).items(lists::LostReason);
                QStringList names;
                for (const ListItem &i : known.ok() ? *known : QList<ListItem>())
                    names << i.name;
                return Error::invalid(tr("Unknown lost reason “%1”. Known reasons: %2.")
                                          .arg(lostReason.trimmed(), names.join(QStringLiteral(", "))),
                                      QStringLiteral("reason"));
            }
            reasonCode = (*reason)->code;
        }
    }
    if (!target)
        return Error::invalid(tr("“%1” has no won stage.").arg(pipeline->name), QStringLiteral("stage"));
    if (target->id == deal->stageId && reasonCode == deal->lostReason && note == deal->lostNote)
        return *deal;
    return changeStage(actor, *deal, *target, reasonCode, note, false);
}

Result<Deal> DealService::reopen(const Actor &actor, Id dealId, std::optional<Id> stageId)
{
    auto deal = get(actor, dealId);
    if (!deal)
        return deal.error();
    if (!deal->closed)
        return Error::invalid(tr("The deal %1 is not closed.").arg(dealId), QStringLiteral("stage"));
    auto pipeline = PipelineStore(m_db).byId(deal->pipelineId);
    if (!pipeline)
        return pipeline.error();
    const Stage *target = stageId ? pipeline->stage(*stageId) : pipeline->firstStage();
    if (!target || target->isClosed())
        return Error::invalid(tr("A deal reopens on a stage in progress of “%1”.").arg(pipeline->name),
                              QStringLiteral("stage"));
    return changeStage(actor, *deal, *target, {}, {}, false);
}

Result<Deal> DealService::moveToPipeline(const Actor &actor, Id dealId, Id targetStageId)
{
    auto deal = get(actor, dealId);
    if (!deal)
        return deal.error();
    auto target = PipelineStore(m_db).stage(targetStageId);
    if (!target)
        return Error::invalid(target.error().message, QStringLiteral("stage"));
    if (target->pipelineId == deal->pipelineId)
        return moveToStage(actor, dealId, targetStageId);
    return changeStage(actor, *deal, *target, {}, {}, true);
}

Result<Deal> DealService::changeStage(const Actor &actor, Deal deal, const Stage &target, const QString &lostReason,
                                      const QString &note, bool pipelineMove)
{
    if (auto s = AccessPolicy(m_db).canChangeDeal(actor, deal.responsibleId); !s)
        return s.error();
    PipelineStore pipelines(m_db);
    auto from = pipelines.stage(deal.stageId);
    if (!from)
        return from.error();
    const Id fromStageId = deal.stageId;
    const bool wasClosed = deal.closed;
    const QDateTime now = m_clock.now();

    QString fromPipelineName, toPipelineName;
    if (pipelineMove) {
        auto fromPipeline = pipelines.byId(deal.pipelineId);
        auto toPipeline = pipelines.byId(target.pipelineId);
        if (!fromPipeline || !toPipeline)
            return !fromPipeline ? fromPipeline.error() : toPipeline.error();
        fromPipelineName = fromPipeline->name;
        toPipelineName = toPipeline->name;
        deal.pipelineId = target.pipelineId;
    }
    deal.stageId = target.id;
    followStageProbability(deal, *from, target);
    deal.closed = target.isClosed();
    if (deal.closed && (!wasClosed || from->semantic != target.semantic))
        deal.closedAt = now;
    if (!deal.closed)
        deal.closedAt = QDateTime();
    if (target.semantic == StageSemantic::Failure) {
        deal.lostReason = lostReason;
        deal.lostNote = note;
    } else {
        deal.lostReason.clear();
        deal.lostNote.clear();
    }
    deal.updatedAt = now;

    Transaction tx(m_db);
    if (!tx)
        return tx.error();
    if (auto s = DealStore(m_db).update(deal); !s)
        return s.error();
    if (pipelineMove) {
        if (auto s = record(actor, deal.id, history::PipelineMoved, QStringLiteral("pipeline"), fromPipelineName,
                            toPipelineName, tr("Pipeline: %1 → %2").arg(fromPipelineName, toPipelineName));
            !s)
            return s.error();
    }
    if (fromStageId != target.id) {
        if (auto s = record(actor, deal.id, history::StageMoved, QStringLiteral("stage"), from->name, target.name,
                            tr("Stage: %1 → %2").arg(from->name, target.name));
            !s)
            return s.error();
    }
    if (deal.closed && (!wasClosed || from->semantic != target.semantic || !lostReason.isEmpty() || !note.isEmpty())) {
        const QString outcome = target.semantic == StageSemantic::Success ? QStringLiteral("won") : QStringLiteral("lost");
        if (auto s = record(actor, deal.id, history::Closed, QStringLiteral("result"), {}, outcome,
                            describeClosing(m_db, target.semantic, lostReason, note));
            !s)
            return s.error();
    } else if (!deal.closed && wasClosed) {
        if (auto s = record(actor, deal.id, history::Reopened, QStringLiteral("result"),
                            from->semantic == StageSemantic::Success ? QStringLiteral("won") : QStringLiteral("lost"),
                            {}, tr("Deal reopened on “%1”").arg(target.name));
            !s)
            return s.error();
    }
    if (auto s = tx.commit(); !s)
        return s.error();
    const Id dealId = deal.id;
    const Id toStageId = target.id;
    m_db.afterCommit([this, dealId, fromStageId, toStageId] {
        Q_EMIT dealMoved(dealId, fromStageId, toStageId);
        Q_EMIT dealChanged(dealId);
    });
    return DealStore(m_db).byId(dealId);
}

Status DealService::remove(const Actor &actor, Id dealId)
{
    auto deal = get(actor, dealId);
    if (!deal)
        return deal.error();
    if (auto s = AccessPolicy(m_db).canChangeDeal(actor, deal->responsibleId); !s)
        return s;
    Transaction tx(m_db);
    if (!tx)
        return tx.error();
    if (auto s = DealStore(m_db).setDeleted(dealId, m_clock.now(), actor.userId); !s)
        return s;
    if (auto s = record(actor, dealId, history::Deleted, {}, deal->title, {},
                        tr("Deal “%1” moved to the recycle bin").arg(deal->title));
        !s)
        return s;
    if (auto s = tx.commit(); !s)
        return s;
    m_db.afterCommit([this, dealId] { Q_EMIT dealDeleted(dealId); });
    return {};
}

Result<Deal> DealService::binned(const Actor &actor, Id dealId) const
{
    auto deal = DealStore(m_db).byId(dealId);
    if (!deal)
        return deal.error();
    if (!deal->deletedAt.isValid())
        return Error::invalid(tr("The deal %1 is not in the recycle bin.").arg(dealId), QStringLiteral("id"));
    if (auto s = AccessPolicy(m_db).canChangeDeal(actor, deal->responsibleId); !s)
        return Error::notFound(tr("There is no deal %1.").arg(dealId));
    return deal;
}

Status DealService::restore(const Actor &actor, Id dealId)
{
    auto deal = binned(actor, dealId);
    if (!deal)
        return deal.error();
    Transaction tx(m_db);
    if (!tx)
        return tx.error();
    if (auto s = DealStore(m_db).setDeleted(dealId, QDateTime(), 0); !s)
        return s;
    if (auto s = record(actor, dealId, history::Restored, {}, {}, deal->title,
                        tr("Deal “%1” restored from the recycle bin").arg(deal->title));
        !s)
        return s;
    if (auto s = tx.commit(); !s)
        return s;
    m_db.afterCommit([this, dealId] { Q_EMIT dealRestored(dealId); });
    return {};
}

Status DealService::purge(const Actor &actor, Id dealId)
{
    auto deal = binned(actor, dealId);
    if (!deal)
        return deal.error();
    Transaction tx(m_db);
    if (!tx)
        return tx.error();
    // The history outlives the deal: the record of what happened stays.
    if (auto s = record(actor, dealId, history::Purged, {}, deal->title, {},
                        tr("Deal “%1” deleted for good").arg(deal->title));
        !s)
        return s;
    if (auto s = DealStore(m_db).remove(dealId); !s)
        return s;
    if (auto s = tx.commit(); !s)
        return s;
    m_db.afterCommit([this, dealId] { Q_EMIT dealPurged(dealId); });
    return {};
}

} // namespace comptoir
