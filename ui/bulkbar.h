// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "bulkcommands.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QMenu;
class QToolButton;
class QUndoStack;

namespace comptoir {

class DealTableView;
class Workspace;

// The selection bar of the list (F3): how many deals are selected, an offer to extend the
// selection to every deal of the filter (not only the loaded rows, as Gmail does), and the bulk
// actions: stage, pipeline (with the target stage), responsible, type, source, won, lost (with
// its reason), delete. Each action is one undoable step on the window's undo stack; a large one
// shows its progress and can be cancelled.
class BulkBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BulkBar)
public:
    explicit BulkBar(QWidget *parent = nullptr);

    // The list it acts on; call again after the table got a new model.
    void attach(Workspace *workspace, DealTableView *table, QUndoStack *stack);

    // Deals the actions apply to: the selected rows, or every deal of the filter.
    qint64 selectedCount() const;
    bool allFilteredSelected() const { return m_allFiltered; }
    BulkTarget target() const;
    void selectAllFiltered();

    // Runs an action on the target, as the buttons do once their questions are answered.
    // Returns the number of deals changed.
    Result<qint64> run(BulkAction action);

Q_SIGNALS:
    // Deals changed (a run, an undo or a redo): the views read them again.
    void dealsChanged();
    void errorOccurred(const QString &message);
    // Whether there is a selection to act on (the window shows or hides the bar).
    void activeChanged(bool active);

private:
    void updateSummary();
    // The deals of the filtered list, or -1 while a worker is still counting it (the list's
    // rows are then only the first ones found).
    qint64 filteredTotal() const;
    void interactive(const BulkAction &action);
    void fillStageMenu(QMenu *menu);
    void fillResponsibleMenu(QMenu *menu);
    void fillListMenu(QMenu *menu, const QString &list, BulkAction::Kind kind);
    void askPipeline();
    void askLost();
    void confirmDelete();
    QToolButton *addButton(const QString &text, const QString &objectName);

    Workspace *m_workspace = nullptr;
    QPointer<DealTableView> m_table;
    QPointer<QUndoStack> m_stack;
    QLabel *m_summary = nullptr;
    bool m_allFiltered = false;
    bool m_selecting = false; // our own selectAll(): not a change of the user's selection
    bool m_active = false;
};

} // namespace comptoir
