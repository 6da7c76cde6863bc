// SPDX-License-Identifier: GPL-3.0-or-later
#include "kanbandelegate.h"

#include "cardpainter.h"

#include "boardmodel.h"
#include "boardquery.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QPainter>
#include <QPainterPath>

namespace comptoir {

using cards::isDark;

QColor KanbanCardDelegate::stateColor(int state)
{
    switch (ActivityState(state)) {
    case ActivityState::Overdue:
        return QColor(0xd6, 0x45, 0x45);
    case ActivityState::Today:
        return QColor(0x2f, 0x9e, 0x44);
    case ActivityState::None:
        return QColor(0xe0, 0xa1, 0x00);
    case ActivityState::Future:
        break;
    }
    return QColor(0x86, 0x8e, 0x9c);
}

QSize KanbanCardDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    return cards::sizeHint(option, 240);
}

void KanbanCardDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                               const QModelIndex &index) const
{
    painter->save();
    const QPalette &pal = option.palette;
    const QString client = index.data(BoardModel::ClientRole).toString();
    const cards::LastLine line = cards::paintCard(
        painter, option, index.data(BoardModel::StageColorRole).value<QColor>(), index.data().toString(),
        index.data(BoardModel::AmountTextRole).toString(),
        client.isEmpty() ? QApplication::translate("comptoir::KanbanCardDelegate", "No client") : client);
    const QRectF &inner = line.inner;
    const QFontMetrics &sm = line.metrics;
    const QColor &muted = line.muted;
    const qreal y = line.y;
    const int w = line.width;

    // Last line: the next activity as a coloured dot and date on the right, the responsible left.
    const int state = index.data(BoardModel::ActivityStateRole).toInt();
    QString when = index.data(BoardModel::NextActivityTextRole).toString();
    if (when.isEmpty())
        when = QApplication::translate("comptoir::KanbanCardDelegate", "No activity");
    const QColor colour = stateColor(state);
    const int whenWidth = std::min(sm.horizontalAdvance(when) + 2, w / 2);
    const qreal dot = sm.height() * 0.45;
    const qreal whenLeft = inner.right() - whenWidth;
    painter->setPen(Qt::NoPen);
    painter->setBrush(colour);
    painter->drawEllipse(QRectF(whenLeft - dot - 5, y + (sm.height() - dot) / 2, dot, dot));
    painter->setPen(state == int(ActivityState::Future) ? muted : colour.darker(isDark(pal) ? 70 : 115));
    painter->drawText(QRectF(whenLeft, y, whenWidth, sm.height()), Qt::AlignRight | Qt::AlignVCenter,
                      sm.elidedText(when, Qt::ElideRight, whenWidth));
    painter->setPen(muted);
    const int respWidth = int(whenLeft - dot - 12 - inner.left());
    painter->drawText(QRectF(inner.left(), y, respWidth, sm.height()), Qt::AlignLeft | Qt::AlignVCenter,
                      sm.elidedText(index.data(BoardModel::ResponsibleRole).toString(), Qt::ElideRight, respWidth));
    painter->restore();
}

} // namespace comptoir
