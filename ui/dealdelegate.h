// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyledItemDelegate>

namespace comptoir {

// Paints the cells of a deal list: the stage as a pill in its colour, lost deals muted. Reads
// only the model's roles (DealListModel::StageColorRole, SemanticRole), whatever the model.
class DealDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DealDelegate)
public:
    explicit DealDelegate(int stageColumn, QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;

private:
    void paintStage(QPainter *painter, const QStyleOptionViewItem &option, const QString &text,
                    QColor color, bool lost) const;
    int m_stageColumn;
};

} // namespace comptoir
