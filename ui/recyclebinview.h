// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"
#include "entities.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;
class QUndoStack;

namespace comptoir {

class BinModel;
class Workspace;

// The recycle bin as a view of the window: deleted deals with who deleted them and when.
// Restore brings the selected ones back with their history (undoable); Delete Permanently
// removes them for good after a confirmation.
class RecycleBinView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecycleBinView)
public:
    explicit RecycleBinView(QWidget *parent = nullptr);

    void setModel(BinModel *model, Workspace *workspace, QUndoStack *stack);
    BinModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }

    QList<Id> selectedIds() const;
    // What the buttons do, without asking: for the buttons and the tests.
    Status restoreSelected();
    Status purgeSelected();

Q_SIGNALS:
    void errorOccurred(const QString &message);

private:
    void updateState();
    void askPurge();

    BinModel *m_model = nullptr;
    Workspace *m_workspace = nullptr;
    QPointer<QUndoStack> m_stack;
    QLabel *m_caption = nullptr;
    QTableView *m_table = nullptr;
    QPushButton *m_restore = nullptr;
    QPushButton *m_purge = nullptr;
};

} // namespace comptoir
