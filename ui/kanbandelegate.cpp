// SPDX-License-Identifier: GPL-3.0-or-later
#include "kanbandelegate.h"

#include "boardmodel.h"
#include "boardquery.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QPainter>
#include <QPainterPath>

namespace comptoir {

namespace {

QFont titleFont(const QFont &base)
{
    QFont f = base;
    f.setWeight(QFont::DemiBold);
    return f;
}

QFont smallFont(const QFont &base)
{
    QFont f = base;
    f.setPointSizeF(base.pointSizeF() * 0.9);
    return f;
}

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightness() < 128;
}

} // namespace

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
    const QFontMetrics title(titleFont(option.font));
    const QFontMetrics normal(option.font);
    const QFontMetrics small(smallFont(option.font));
    const int height = 2 * Margin + 2 * Padding + title.height() + normal.height() + small.height() * 2 + 3 * 4;
    // As wide as the column's viewport: the list lays cards out one per row.
    int width = 240;
    if (const auto *view = qobject_cast<const QAbstractItemView *>(option.widget))
        width = std::max(120, view->viewport()->width());
    return {width, height};
}

void KanbanCardDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                               const QModelIndex &index) const
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QPalette &pal = option.palette;
    const bool selected = option.state & QStyle::State_Selected;
    const bool focused = option.state & QStyle::State_HasFocus;
    const QRectF card = QRectF(option.rect).adjusted(Margin, Margin / 2.0, -Margin, -Margin / 2.0);

    // The card: a rounded rectangle a shade off the column, its border the highlight when chosen.
    QPainterPath path;
    path.addRoundedRect(card.adjusted(0.5, 0.5, -0.5, -0.5), 6, 6);
    QColor fill = pal.color(QPalette::Base);
    if (selected)
        fill = isDark(pal) ? fill.lighter(130) : QColor::fromHslF(pal.color(QPalette::Highlight).hslHueF(), 0.6, 0.96);
    painter->fillPath(path, fill);
    QColor border = pal.color(QPalette::Mid);
    border.setAlpha(110);
    if (selected || focused)
        border = pal.color(QPalette::Highlight);
    painter->setPen(QPen(border, selected || focused ? 1.6 : 1.0));
    painter->drawPath(path);
    // The stage colour as a thin strip on the left, so a card dragged elsewhere says where it is from.
    const QColor stage = index.data(BoardModel::StageColorRole).value<QColor>();
    if (stage.isValid()) {
        QPainterPath strip;
        strip.addRoundedRect(QRectF(card.left() + 0.5, card.top() + 0.5, 4, card.height() - 1), 2, 2);
        painter->fillPath(strip, stage);
    }

    const QRectF inner = card.adjusted(Padding + 2, Padding - 1, -Padding, -Padding);
    const QFont tFont = titleFont(option.font);
    const QFont sFont = smallFont(option.font);
    const QFontMetrics tm(tFont), nm(option.font), sm(sFont);
    const QColor text = pal.color(QPalette::Text);
    QColor muted = pal.color(QPalette::PlaceholderText);
    if (!muted.isValid() || muted == text)
        muted = pal.color(QPalette::Dark);
    qreal y = inner.top();
    const int w = int(inner.width());

    painter->setFont(tFont);
    painter->setPen(text);
    painter->drawText(QRectF(inner.left(), y, w, tm.height()), Qt::AlignLeft | Qt::AlignVCenter,
                      tm.elidedText(index.data().toString(), Qt::ElideRight, w));
    y += tm.height() + 4;

    painter->setFont(option.font);
    painter->setPen(text);
    painter->drawText(QRectF(inner.left(), y, w, nm.height()), Qt::AlignLeft | Qt::AlignVCenter,
                      nm.elidedText(index.data(BoardModel::AmountTextRole).toString(), Qt::ElideRight, w));
    y += nm.height() + 4;

    painter->setFont(sFont);
    painter->setPen(muted);
    const QString client = index.data(BoardModel::ClientRole).toString();
    painter->drawText(QRectF(inner.left(), y, w, sm.height()), Qt::AlignLeft | Qt::AlignVCenter,
                      sm.elidedText(client.isEmpty() ? QApplication::translate("comptoir::KanbanCardDelegate", "No client") : client,
                                    Qt::ElideRight, w));
    y += sm.height() + 4;

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
