// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cardpainter.h"

#include <QStyledItemDelegate>

namespace comptoir {

// Paints a Kanban card: the title (bold, elided), the amount, the client, and a last line with
// the responsible and the next activity date in its state colour (overdue red, today green,
// none yellow, future grey). Sizes follow the font metrics, so the card scales with the font
// and the device pixel ratio.
class KanbanCardDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // The colour of an activity state (int(ActivityState)).
    static QColor stateColor(int state);
    static constexpr int Margin = cards::Margin;
    static constexpr int Padding = cards::Padding;
};

} // namespace comptoir
