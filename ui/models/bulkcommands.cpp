// SPDX-License-Identifier: GPL-3.0-or-later
#include "bulkcommands.h"

#include "database.h"
#include "workspace.h"

#include <QCoreApplication>
#include <QUndoStack>

namespace comptoir {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(BulkCommand)
};

Error cancelled()
{
    return Error{Error::Code::Conflict, Text::tr("The bulk action was cancelled; no deal was changed."), {}, {}};
}

Result<BulkUndo> applyOnce(BulkService &bulk, const Actor &actor, const BulkAction &action, const BulkTarget &target)
{
    switch (action.kind) {
    case BulkAction::Kind::Stage:
        return bulk.setStage(actor, target, action.id);
    case BulkAction::Kind::Pipeline:
        return bulk.setPipeline(actor, target, action.id);
    case BulkAction::Kind::Responsible:
        return bulk.setResponsible(actor, target, action.id);
    case BulkAction::Kind::Type:
        return bulk.setType(actor, target, action.code);
    case BulkAction::Kind::Source:
        return bulk.setSource(actor, target, action.code);
    case BulkAction::Kind::Won:
        return bulk.close(actor, target, Outcome::Won);
    case BulkAction::Kind::Lost:
        return bulk.closeLost(actor, target, action.code, action.note);
    case BulkAction::Kind::Delete:
        return bulk.remove(actor, target);
    }
    return Error::invalid(Text::tr("Unknown bulk action."));
}

// The ids a target stands for, in id order: the chunks of a long run.
Result<QVector<Id>> targetIds(Workspace &workspace, const BulkTarget &target)
{
    if (const auto *ids = std::get_if<QVector<Id>>(&target.deals))
        return *ids;
    return workspace.query().ids(workspace.actor(), std::get<DealFilter>(target.deals),
                                 DealSort{DealColumn::Id, false});
}

} // namespace

Result<BulkUndo> runBulk(Workspace &workspace, const BulkAction &action, const BulkTarget &target,
                         const std::function<bool(qint64, qint64)> &progress)
{
    BulkService bulk(workspace.db(), workspace.clock());
    const Actor actor = workspace.actor();
    const auto *listed = std::get_if<QVector<Id>>(&target.deals);
    if (!progress || (listed && listed->size() <= BulkChunk))
        return applyOnce(bulk, actor, action, target); // one set-based statement: the fastest

    auto ids = targetIds(workspace, target);
    if (!ids)
        return ids.error();
    const qint64 total = ids->size();
    if (!progress(0, total))
        return cancelled();
    if (total <= BulkChunk) {
        auto undo = applyOnce(bulk, actor, action, BulkTarget::ids(*ids));
        progress(total, total);
        return undo;
    }
    // The chunks nest in one transaction (BulkService's own become savepoints): all or nothing.
    Transaction tx(workspace.db());
    if (!tx)
        return tx.error();
    BulkUndo merged;
    for (qint64 done = 0; done < total; done += BulkChunk) {
        auto chunk = applyOnce(bulk, actor, action, BulkTarget::ids(ids->mid(done, BulkChunk)));
        if (!chunk)
            return chunk.error();
        merged.action = chunk->action;
        merged.before.append(chunk->before);
        if (!progress(std::min(total, done + BulkChunk), total))
            return cancelled();
    }
    if (auto s = tx.commit(); !s)
        return s.error();
    return merged;
}

Status undoBulk(Workspace &workspace, const BulkUndo &undo, const std::function<bool(qint64, qint64)> &progress)
{
    BulkService bulk(workspace.db(), workspace.clock());
    const qint64 total = undo.count();
    if (!progress || total <= BulkChunk)
        return bulk.undo(workspace.actor(), undo);
    progress(0, total);
    Transaction tx(workspace.db());
    if (!tx)
        return tx.error();
    for (qint64 done = 0; done < total; done += BulkChunk) {
        const BulkUndo chunk{undo.action, undo.before.mid(done, BulkChunk)};
        if (auto s = bulk.undo(workspace.actor(), chunk); !s)
            return s;
        progress(std::min(total, done + BulkChunk), total);
    }
    return tx.commit();
}

BulkCommand::BulkCommand(Workspace &workspace, BulkAction action, BulkUndo undo, BulkHooks hooks)
    : QUndoCommand(describe(action, undo.count()))
    , m_workspace(workspace)
    , m_action(std::move(action))
    , m_undo(std::move(undo))
    , m_hooks(std::move(hooks))
{
}

Result<qint64> BulkCommand::execute(Workspace &workspace, const BulkAction &action, const BulkTarget &target,
                                    QUndoStack *stack, BulkHooks hooks)
{
    auto undo = runBulk(workspace, action, target, hooks.progress);
    if (!undo)
        return undo.error();
    const qint64 count = undo->count();
    if (hooks.changed)
        hooks.changed();
    if (count == 0 || !stack)
        return count;
    stack->push(new BulkCommand(workspace, action, std::move(undo).value(), std::move(hooks)));
    return count;
}

void BulkCommand::redo()
{
    if (std::exchange(m_done, false))
        return;
    QVector<Id> ids;
    ids.reserve(m_undo.before.size());
    for (const BulkRow &row : std::as_const(m_undo.before))
        ids << row.id;
    // Only the deals the first run changed: the others were already as wanted and still are.
    auto progress = m_hooks.progress ? [p = m_hooks.progress](qint64 d, qint64 t) { p(d, t); return true; }
                                     : std::function<bool(qint64, qint64)>();
    auto again = runBulk(m_workspace, m_action, BulkTarget::ids(ids), progress);
    if (!again)
        return fail(again.error());
    m_undo = std::move(again).value();
    m_error.reset();
    if (m_hooks.changed)
        m_hooks.changed();
}

void BulkCommand::undo()
{
    auto progress = m_hooks.progress ? [p = m_hooks.progress](qint64 d, qint64 t) { p(d, t); return true; }
                                     : std::function<bool(qint64, qint64)>();
    if (auto s = undoBulk(m_workspace, m_undo, progress); !s)
        return fail(s.error());
    m_error.reset();
    if (m_hooks.changed)
        m_hooks.changed();
}

void BulkCommand::fail(const Error &error)
{
    m_error = error;
    if (m_hooks.failed)
        m_hooks.failed(error);
}

QString BulkCommand::describe(const BulkAction &action, qint64 count)
{
    const int n = int(std::min<qint64>(count, std::numeric_limits<int>::max()));
    switch (action.kind) {
    case BulkAction::Kind::Stage:
        return Text::tr("Move %n deal(s) to “%1”", nullptr, n).arg(action.label);
    case BulkAction::Kind::Pipeline:
        return Text::tr("Move %n deal(s) to the pipeline “%1”", nullptr, n).arg(action.label);
    case BulkAction::Kind::Responsible:
        return Text::tr("Give %n deal(s) to %1", nullptr, n).arg(action.label);
    case BulkAction::Kind::Type:
        return Text::tr("Set the type of %n deal(s)", nullptr, n);
    case BulkAction::Kind::Source:
        return Text::tr("Set the source of %n deal(s)", nullptr, n);
    case BulkAction::Kind::Won:
        return Text::tr("Close %n deal(s) as won", nullptr, n);
    case BulkAction::Kind::Lost:
        return Text::tr("Close %n deal(s) as lost", nullptr, n);
    case BulkAction::Kind::Delete:
        return Text::tr("Delete %n deal(s)", nullptr, n);
    }
    return {};
}

} // namespace comptoir
