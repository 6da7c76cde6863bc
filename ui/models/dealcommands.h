// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dealservice.h"
#include "entities.h"
#include "result.h"

#include <QUndoCommand>

namespace comptoir {

class Workspace;

// Undoable deal actions shared by the views (Kanban today, later ones too). Each redo and
// undo is one DealService call per deal inside one transaction, so the history records both
// the change and its undo, and a failure leaves the database as it was.
//
// The first redo() runs through run(); when it fails, the command is not pushed (see
// DealCommand::execute). Later redo()/undo() failures are kept in lastError().
class DealCommand : public QUndoCommand
{
public:
    explicit DealCommand(Workspace &workspace, const QString &text);

    // Runs the command once and, when it succeeded, pushes it on `stack` (without running it a
    // second time) or deletes it when there is no stack. Takes ownership of `command`.
    static Status execute(DealCommand *command, QUndoStack *stack);

    void redo() final;
    void undo() final;
    const std::optional<Error> &lastError() const { return m_error; }

protected:
    virtual Status doRedo() = 0;
    virtual Status doUndo() = 0;
    // Puts a deal back where `before` was: its stage, closed state and lost reason.
    Status restoreState(const Deal &before);
    // The deals as they are now, to restore on undo.
    Status snapshot(const QList<Id> &ids, QList<Deal> &out);
    Workspace &m_workspace;

private:
    Status inTransaction(const std::function<Status()> &f);
    std::optional<Error> m_error;
    bool m_done = false; // the first redo already ran in execute()
};

// Moves deals to a stage (which closes or reopens them as the stage says).
class MoveDealsCommand final : public DealCommand
{
public:
    MoveDealsCommand(Workspace &workspace, QList<Id> dealIds, Id stageId, const QString &stageName);

protected:
    Status doRedo() override;
    Status doUndo() override;

private:
    QList<Id> m_ids;
    Id m_stageId;
    QList<Deal> m_before;
};

// Closes deals as won or lost (with the optional reason), from any stage.
class CloseDealsCommand final : public DealCommand
{
public:
    CloseDealsCommand(Workspace &workspace, QList<Id> dealIds, Outcome outcome, const QString &lostReason = {});

protected:
    Status doRedo() override;
    Status doUndo() override;

private:
    QList<Id> m_ids;
    Outcome m_outcome;
    QString m_reason;
    QList<Deal> m_before;
};

// Creates a deal; undo sends it to the recycle bin, redo brings it back (same id, same history).
class CreateDealCommand final : public DealCommand
{
public:
    // `createdId`, when given, receives the new deal's id on the first run. `newCompany`, when
    // given, names a company to create for the deal: undo deletes it with the deal (unless
    // something else uses it by then), redo creates it again.
    CreateDealCommand(Workspace &workspace, Deal draft, Id *createdId = nullptr,
                      const QString &newCompany = QString());
    Id dealId() const { return m_id; }
    Id companyId() const { return m_companyId; }

protected:
    Status doRedo() override;
    Status doUndo() override;

private:
    Deal m_draft;
    Id m_id = 0;
    Id *m_createdOut = nullptr;
    QString m_newCompany;
    Id m_companyId = 0;          // the company this command created, while it exists
};

// Sends deals to the recycle bin; undo restores them.
class RemoveDealsCommand final : public DealCommand
{
public:
    RemoveDealsCommand(Workspace &workspace, QList<Id> dealIds);

protected:
    Status doRedo() override;
    Status doUndo() override;

private:
    QList<Id> m_ids;
};

} // namespace comptoir
