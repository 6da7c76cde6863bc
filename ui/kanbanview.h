// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "boardquery.h"
#include "dealfilter.h"
#include "dealservice.h"
#include "entities.h"

#include <QFrame>
#include <QWidget>
#include <functional>
#include <optional>

class QComboBox;
class QHBoxLayout;
class QLabel;
class QScrollArea;
class QUndoStack;

namespace comptoir {

class BoardModel;
class KanbanColumn;
class Workspace;

// A drop target at the bottom of the board, shown while a card is dragged: Won or Lost.
class KanbanDropZone final : public QFrame
{
    Q_OBJECT
public:
    KanbanDropZone(Outcome outcome, BoardModel *model, QWidget *parent = nullptr);
    Outcome outcome() const { return m_outcome; }

Q_SIGNALS:
    void dropped(const QList<Id> &dealIds, Outcome outcome);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragLeaveEvent(QDragLeaveEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    Outcome m_outcome;
    BoardModel *m_model;
    bool m_hovered = false;
};

// The Kanban board of one pipeline: a column per stage side by side (each scrolling on its
// own), cards painted by KanbanCardDelegate, drag and drop between columns and onto the Won
// and Lost zones, keyboard navigation and moves, quick create and delete. Every change goes
// through the BoardModel, whose actions are undoable on the shared undo stack.
class KanbanView final : public QWidget
{
    Q_OBJECT
public:
    explicit KanbanView(QWidget *parent = nullptr);
    ~KanbanView() override;

    // Shows `model` (not owned); nullptr clears the board.
    void setModel(BoardModel *model);
    BoardModel *model() const { return m_model; }

    QList<KanbanColumn *> columns() const { return m_columns; }
    KanbanColumn *columnOf(Id stageId) const;
    KanbanDropZone *wonZone() const { return m_won; }
    KanbanDropZone *lostZone() const { return m_lost; }
    bool dropZonesVisible() const;

    // How the Lost zone asks for the optional reason: returns the reason code ("" for none),
    // or nothing when the user cancels. A dialog by default; tests give their own answer.
    using LostReasonAsker = std::function<std::optional<QString>(QWidget *parent, const QList<QPair<QString, QString>> &reasons)>;
    void setLostReasonAsker(LostReasonAsker asker) { m_askLostReason = std::move(asker); }
    // How Delete confirms; a question box by default.
    using Confirmer = std::function<bool(QWidget *parent, const QString &question)>;
    void setConfirmer(Confirmer confirmer) { m_confirm = std::move(confirmer); }

    // Focuses the card of `dealId` (loaded), or the first card of the first column.
    void focusDeal(Id dealId = 0);
    void closeDeals(const QList<Id> &dealIds, Outcome outcome);
    void openQuickCreate(Id stageId, QWidget *anchor = nullptr);

Q_SIGNALS:
    void dealActivated(Id dealId);
    // Once the columns painted their first frame after setModel (for the board_open bench).
    void firstPainted();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void rebuild();
    void showDropZones(bool shown);
    void focusColumn(int from, int step);
    void moveByStep(Id dealId, int step);
    void removeWithConfirmation(const QList<Id> &dealIds);

    BoardModel *m_model = nullptr;
    QScrollArea *m_scroll = nullptr;
    QWidget *m_board = nullptr;
    QHBoxLayout *m_columnsLayout = nullptr;
    QWidget *m_zones = nullptr;
    KanbanDropZone *m_won = nullptr;
    KanbanDropZone *m_lost = nullptr;
    QComboBox *m_sort = nullptr;
    QList<KanbanColumn *> m_columns;
    LostReasonAsker m_askLostReason;
    Confirmer m_confirm;
    bool m_waitingFirstPaint = false;
};

} // namespace comptoir
