// SPDX-License-Identifier: GPL-3.0-or-later
#include "dealcommands.h"

#include "database.h"
#include "workspace.h"

#include <QCoreApplication>
#include <QUndoStack>

namespace comptoir {

namespace {
// tr() with literals that lupdate finds, in the context "DealCommand".
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(DealCommand)
};
} // namespace

DealCommand::DealCommand(Workspace &workspace, const QString &text)
    : QUndoCommand(text)
    , m_workspace(workspace)
{
}

Status DealCommand::execute(DealCommand *command, QUndoStack *stack)
{
    command->redo();
    if (command->m_error) {
        const Error error = *command->m_error;
        delete command;
        return error;
    }
    command->m_done = true;
    if (stack)
        stack->push(command); // calls redo(), which skips the run already done
    else
        delete command;
    return {};
}

Status DealCommand::inTransaction(const std::function<Status()> &f)
{
    Transaction tx(m_workspace.db());
    if (!tx)
        return tx.error();
    if (Status s = f(); !s)
        return s;
    return tx.commit();
}

void DealCommand::redo()
{
    if (m_done) {
        m_done = false;
        return;
    }
    const Status s = inTransaction([this] { return doRedo(); });
    m_error = s ? std::nullopt : std::optional<Error>(s.error());
}

void DealCommand::undo()
{
    const Status s = inTransaction([this] { return doUndo(); });
    m_error = s ? std::nullopt : std::optional<Error>(s.error());
}

Status DealCommand::snapshot(const QList<Id> &ids, QList<Deal> &out)
{
    out.clear();
    for (Id id : ids) {
        auto deal = m_workspace.deals().get(m_workspace.actor(), id);
        if (!deal)
            return deal.error();
        out << *deal;
    }
    return {};
}

Status DealCommand::restoreState(const Deal &before)
{
    auto pipeline = m_workspace.pipelines().pipeline(m_workspace.actor(), before.pipelineId);
    if (!pipeline)
        return pipeline.error();
    const Stage *stage = pipeline->stage(before.stageId);
    if (!stage)
        return Error::notFound(Text::tr("The stage of this deal no longer exists."));
    DealService &deals = m_workspace.deals();
    const Actor actor = m_workspace.actor();
    Result<Deal> done = Error::storage({}, {});
    switch (stage->semantic) {
    case StageSemantic::Failure:
        done = deals.close(actor, before.id, Outcome::Lost, before.lostReason, before.lostNote, stage->id);
        break;
    case StageSemantic::Success:
    case StageSemantic::Process:
        done = deals.moveToStage(actor, before.id, stage->id);
        break;
    }
    if (!done)
        return done.error();
    return {};
}

MoveDealsCommand::MoveDealsCommand(Workspace &workspace, QList<Id> dealIds, Id stageId, const QString &stageName)
    : DealCommand(workspace, Text::tr("Move %n deal(s) to %1", nullptr, int(dealIds.size())).arg(stageName))
    , m_ids(std::move(dealIds))
    , m_stageId(stageId)
{
}

Status MoveDealsCommand::doRedo()
{
    if (Status s = snapshot(m_ids, m_before); !s)
        return s;
    for (Id id : std::as_const(m_ids)) {
        if (auto moved = m_workspace.deals().moveToStage(m_workspace.actor(), id, m_stageId); !moved)
            return moved.error();
    }
    return {};
}

Status MoveDealsCommand::doUndo()
{
    for (const Deal &deal : std::as_const(m_before)) {
        if (Status s = restoreState(deal); !s)
            return s;
    }
    return {};
}

CloseDealsCommand::CloseDealsCommand(Workspace &workspace, QList<Id> dealIds, Outcome outcome,
                                     const QString &lostReason)
    : DealCommand(workspace, outcome == Outcome::Won ? Text::tr("Mark %n deal(s) as won", nullptr, int(dealIds.size()))
                                                     : Text::tr("Mark %n deal(s) as lost", nullptr, int(dealIds.size())))
    , m_ids(std::move(dealIds))
    , m_outcome(outcome)
    , m_reason(lostReason)
{
}

Status CloseDealsCommand::doRedo()
{
    if (Status s = snapshot(m_ids, m_before); !s)
        return s;
    for (Id id : std::as_const(m_ids)) {
        if (auto closed = m_workspace.deals().close(m_workspace.actor(), id, m_outcome, m_reason); !closed)
            return closed.error();
    }
    return {};
}

Status CloseDealsCommand::doUndo()
{
    for (const Deal &deal : std::as_const(m_before)) {
        if (Status s = restoreState(deal); !s)
            return s;
    }
    return {};
}

CreateDealCommand::CreateDealCommand(Workspace &workspace, Deal draft, Id *createdId,
                                     const QString &newCompany)
    : DealCommand(workspace, Text::tr("Create “%1”").arg(draft.title))
    , m_draft(std::move(draft))
    , m_createdOut(createdId)
    , m_newCompany(newCompany.simplified())
{
}

Status CreateDealCommand::doRedo()
{
    const Actor actor = m_workspace.actor();
    if (!m_newCompany.isEmpty() && m_companyId == 0) {
        // Created again after an undo deleted it (a new id: nothing refers to the old one).
        Company company;
        company.name = m_newCompany;
        auto created = m_workspace.clients().createCompany(actor, company);
        if (!created)
            return created.error();
        m_companyId = created->id;
        m_draft.companyId = m_companyId;
        if (m_id != 0) {
            if (Status s = m_workspace.deals().restore(actor, m_id); !s)
                return s;
            auto given = m_workspace.deals().setField(actor, m_id, QStringLiteral("company"),
                                                      m_newCompany, QLocale::c());
            return given ? Status() : Status(given.error());
        }
    }
    if (m_id != 0) // created before and undone: the same deal comes back from the recycle bin
        return m_workspace.deals().restore(actor, m_id);
    auto created = m_workspace.deals().create(actor, m_draft);
    if (!created)
        return created.error();
    m_id = created->id;
    if (m_createdOut) {
        *m_createdOut = m_id;
        m_createdOut = nullptr; // the caller's variable is gone by the next redo
    }
    return {};
}

Status CreateDealCommand::doUndo()
{
    if (Status s = m_workspace.deals().remove(m_workspace.actor(), m_id); !s)
        return s;
    if (m_companyId == 0)
        return {};
    // The company typed in the quick create goes with its deal, unless it got used meanwhile:
    // then it stays, and a redo gives the deal back to it.
    if (m_workspace.clients().removeUnusedCompany(m_workspace.actor(), m_companyId, m_id))
        m_companyId = 0;
    return {};
}

RemoveDealsCommand::RemoveDealsCommand(Workspace &workspace, QList<Id> dealIds)
    : DealCommand(workspace, Text::tr("Delete %n deal(s)", nullptr, int(dealIds.size())))
    , m_ids(std::move(dealIds))
{
}

Status RemoveDealsCommand::doRedo()
{
    for (Id id : std::as_const(m_ids)) {
        if (Status s = m_workspace.deals().remove(m_workspace.actor(), id); !s)
            return s;
    }
    return {};
}

Status RemoveDealsCommand::doUndo()
{
    for (Id id : std::as_const(m_ids)) {
        if (Status s = m_workspace.deals().restore(m_workspace.actor(), id); !s)
            return s;
    }
    return {};
}

} // namespace comptoir
