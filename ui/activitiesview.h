// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "activityboard.h"
#include "activityquickplan.h"

#include <QListView>
#include <QWidget>

#include <functional>

class QToolButton;

namespace comptoir {

class ActivityBoardModel;

// The cards of one column: a list rooted at the column's index; drops go to the board.
class ActivityCardList final : public QListView
{
    Q_OBJECT

public:
    ActivityCardList(ActivityColumn column, QWidget *parent = nullptr);
    ActivityColumn column() const { return m_column; }
    QList<Id> selectedDealIds() const;

Q_SIGNALS:
    void dealsDropped(const QList<Id> &dealIds, comptoir::ActivityColumn column);
    void dealActivated(comptoir::Id dealId);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    ActivityColumn m_column;
};

// The column header: title, count, totals and "+" (not on Overdue and Without activities).
class ActivityColumnHeader final : public QWidget
{
    Q_OBJECT

public:
    // Reads its column's index from the model when painting: a persistent index would not
    // outlive the model's resets (a new filter, a new day).
    ActivityColumnHeader(const ActivityBoardModel *model, ActivityColumn column, QWidget *parent = nullptr);
    QSize sizeHint() const override;
    QToolButton *addButton() const { return m_add; }
    // The whole title, count and totals, which a narrow column elides.
    QString toolTipText() const;

protected:
    bool event(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    const ActivityBoardModel *m_model;
    ActivityColumn m_column;
    QToolButton *m_add = nullptr;
};

// The Activities board (F3): six columns side by side, the Kanban look, drag and drop with
// the board's rules (a deal without activity asks for one in a small popup), "+" creating a
// deal with an activity due in that column, keyboard: Left/Right between columns, Enter opens.
class ActivitiesView final : public QWidget
{
    Q_OBJECT

public:
    explicit ActivitiesView(QWidget *parent = nullptr);
    void setModel(ActivityBoardModel *model);
    ActivityBoardModel *model() const { return m_model; }
    ActivityCardList *list(ActivityColumn column) const { return m_lists.value(int(column)); }
    ActivityColumnHeader *header(ActivityColumn column) const { return m_headers.value(int(column)); }

    // How the popup asks; a dialog by default, tests give their own answer.
    using Asker = std::function<std::optional<QuickPlanAnswer>(QWidget *parent, bool askTitle, const QString &where)>;
    void setAsker(Asker asker) { m_ask = std::move(asker); }

    // The drop of `dealIds` on `column`, asking for an activity when a deal has none.
    void dropDeals(const QList<Id> &dealIds, ActivityColumn column);
    void createInColumn(ActivityColumn column);

Q_SIGNALS:
    void dealActivated(comptoir::Id dealId);
    void firstPainted();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void rebuild();
    ActivityBoardModel *m_model = nullptr;
    QList<ActivityCardList *> m_lists;
    QList<ActivityColumnHeader *> m_headers;
    QList<QWidget *> m_columns;
    QWidget *m_board = nullptr; // inside a scroll area: six columns never widen the window
    Asker m_ask;
    bool m_waitingFirstPaint = false;
};

} // namespace comptoir
