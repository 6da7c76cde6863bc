// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "entities.h"

#include <QListView>
#include <QPersistentModelIndex>
#include <QWidget>

class QMimeData;
class QToolButton;

namespace comptoir {

class BoardModel;

// The cards of one stage: a list view rooted at the stage's index of the board model. It
// scrolls on its own and reads more cards from the model as it nears its end. Keys it does not
// handle itself (moving to another column, moving a card) go to the board through signals.
class KanbanCardList final : public QListView
{
    Q_OBJECT
public:
    explicit KanbanCardList(QWidget *parent = nullptr);

    QList<Id> selectedDealIds() const;
    Id currentDealId() const;

Q_SIGNALS:
    void neighbourRequested(int step);    // Left/Right: focus the previous/next column
    void moveRequested(Id dealId, int step); // Ctrl+Shift+Left/Right: the card to the previous/next stage
    void dealActivated(Id dealId);        // Enter or double click
    void deleteRequested(const QList<Id> &dealIds);
    // Around a drag of cards; `data` is what the drag carries (for as long as the drag runs).
    void dragStarted(const QMimeData *data);
    void dragFinished();

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void startDrag(Qt::DropActions supportedActions) override;
    void resizeEvent(QResizeEvent *event) override;
};

// The column header, painted: the stage colour, name, count, total and weighted total, and
// a "+" button for a quick create in this stage.
class KanbanColumnHeader final : public QWidget
{
    Q_OBJECT
public:
    KanbanColumnHeader(BoardModel *model, const QPersistentModelIndex &stage, QWidget *parent = nullptr);
    QSize sizeHint() const override;
    QToolButton *addButton() const { return m_add; }
    void updateToolTip();

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    BoardModel *m_model;
    QPersistentModelIndex m_stage;
    QToolButton *m_add;
};

class KanbanColumn final : public QWidget
{
    Q_OBJECT
public:
    KanbanColumn(BoardModel *model, int stageRow, QWidget *parent = nullptr);

    Id stageId() const { return m_stageId; }
    KanbanCardList *list() const { return m_list; }
    KanbanColumnHeader *header() const { return m_header; }

Q_SIGNALS:
    void quickCreateRequested(Id stageId, QWidget *anchor);

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    Id m_stageId = 0;
    KanbanColumnHeader *m_header;
    KanbanCardList *m_list;
};

} // namespace comptoir
