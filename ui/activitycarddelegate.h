// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "entities.h"

#include "cardpainter.h"

#include <QStyledItemDelegate>

namespace comptoir {

// A card of the Activities board, in the Kanban card's look: the deal (title, amount, client,
// stage colour strip) and its nearest activity (type badge, subject, deadline).
class ActivityCardDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;
    static constexpr int Margin = cards::Margin;
    static constexpr int Padding = cards::Padding;

    // A glyph and a colour per activity type (shared with the calendar).
    static QString typeGlyph(ActivityType type);
    static QColor typeColor(ActivityType type);

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace comptoir
