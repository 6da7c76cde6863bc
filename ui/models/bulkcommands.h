// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "bulkservice.h"
#include "entities.h"
#include "result.h"

#include <QUndoCommand>
#include <functional>

namespace comptoir {

class Workspace;

// One bulk action of the list, as the user chose it.
struct BulkAction
{
    enum class Kind { Stage, Pipeline, Responsible, Type, Source, Won, Lost, Delete };
    Kind kind = Kind::Stage;
    Id id = 0;       // the stage (Stage, Pipeline: the target stage) or the user (Responsible)
    QString code;    // the type or source code (empty clears it), or the lost reason
    QString note;    // Lost: the note
    QString label;   // the chosen value as the user reads it, for the undo menu
};

// What the UI wants to know while a bulk action runs. `progress` is called with done = 0 first
// and done = total last; returning false cancels (the first run only: undo and redo finish).
struct BulkHooks
{
    std::function<bool(qint64 done, qint64 total)> progress;
    std::function<void()> changed; // after each commit: views read their deals again
    std::function<void(const Error &)> failed; // an undo or redo that failed
};

// Deals handled per statement: small enough to report progress several times a second.
inline constexpr int BulkChunk = 5000;

// Runs the action on the target. Large targets (more than one chunk) with a progress hook run
// chunk by chunk inside ONE transaction, reporting between chunks; a cancel rolls it all back.
// The undo of every chunk is merged into one.
Result<BulkUndo> runBulk(Workspace &workspace, const BulkAction &action, const BulkTarget &target,
                         const std::function<bool(qint64, qint64)> &progress = {});
// Puts the deals back, chunked the same way (never cancelled).
Status undoBulk(Workspace &workspace, const BulkUndo &undo,
                const std::function<bool(qint64, qint64)> &progress = {});

// A bulk action on the window's undo stack: one step whatever the number of deals.
class BulkCommand final : public QUndoCommand
{
public:
    // Runs the action once; when it changed at least one deal, pushes the command on `stack`
    // (without running it again). Returns the number of deals changed (0: nothing pushed).
    static Result<qint64> execute(Workspace &workspace, const BulkAction &action, const BulkTarget &target,
                                  QUndoStack *stack, BulkHooks hooks = {});

    void redo() override;
    void undo() override;
    qint64 count() const { return m_undo.count(); }
    const std::optional<Error> &lastError() const { return m_error; }

    // "Move 3 deals to “Won”": the text of the undo menu.
    static QString describe(const BulkAction &action, qint64 count);

private:
    BulkCommand(Workspace &workspace, BulkAction action, BulkUndo undo, BulkHooks hooks);
    void fail(const Error &error);

    Workspace &m_workspace;
    BulkAction m_action;
    BulkUndo m_undo;
    BulkHooks m_hooks;
    std::optional<Error> m_error;
    bool m_done = true; // the first redo already ran in execute()
};

} // namespace comptoir
