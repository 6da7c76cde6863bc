// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyledItemDelegate>

namespace comptoir {

class DealDelegate;

// The deal list's delegate with cell editors: paints as DealDelegate does, and edits the simple
// fields in place (a line for the title and the amount, a calendar for the expected close date,
// a list for type, source and responsible). Values go through DealListModel::setData(), which
// writes them with DealService and makes the change undoable.
class DealEditDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DealEditDelegate)
public:
    explicit DealEditDelegate(int stageColumn, QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;

private:
    DealDelegate *m_painter;
};

} // namespace comptoir
