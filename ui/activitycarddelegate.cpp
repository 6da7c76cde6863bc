// SPDX-License-Identifier: GPL-3.0-or-later
#include "activitycarddelegate.h"

#include "activityboardmodel.h"

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

QString ActivityCardDelegate::typeGlyph(ActivityType type)
{
    switch (type) {
    case ActivityType::Call:
        return QStringLiteral("☎");
    case ActivityType::Meeting:
        return QStringLiteral("◷");
    case ActivityType::Task:
        return QStringLiteral("✔");
    case ActivityType::Email:
        return QStringLiteral("✉");
    case ActivityType::Todo:
        break;
    }
    return QStringLiteral("•");
}

QColor ActivityCardDelegate::typeColor(ActivityType type)
{
    switch (type) {
    case ActivityType::Call:
        return QColor(0x2f, 0x80, 0xd1);
    case ActivityType::Meeting:
        return QColor(0x8e, 0x5a, 0xc8);
    case ActivityType::Task:
        return QColor(0x2f, 0x9e, 0x44);
    case ActivityType::Email:
        return QColor(0xd9, 0x7b, 0x1c);
    case ActivityType::Todo:
        break;
    }
    return QColor(0x6b, 0x72, 0x80);
}

QSize ActivityCardDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    const QFontMetrics title(titleFont(option.font));
    const QFontMetrics normal(option.font);
    const QFontMetrics small(smallFont(option.font));
    const int height = 2 * Margin + 2 * Padding + title.height() + normal.height() + small.height() * 2 + 3 * 4;
    int width = 220;
    if (const auto *view = qobject_cast<const QAbstractItemView *>(option.widget))
        width = std::max(120, view->viewport()->width());
    return {width, height};
}

void ActivityCardDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QPalette &pal = option.palette;
    const bool selected = option.state & QStyle::State_Selected;
    const bool focused = option.state & QStyle::State_HasFocus;
    const QRectF card = QRectF(option.rect).adjusted(Margin, Margin / 2.0, -Margin, -Margin / 2.0);

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
    const QColor stage = index.data(ActivityBoardModel::StageColorRole).value<QColor>();
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
    painter->drawText(QRectF(inner.left(), y, w, nm.height()), Qt::AlignLeft | Qt::AlignVCenter,
                      nm.elidedText(index.data(ActivityBoardModel::AmountTextRole).toString(), Qt::ElideRight, w));
    y += nm.height() + 4;

    painter->setFont(sFont);
    painter->setPen(muted);
    const QString client = index.data(ActivityBoardModel::ClientRole).toString();
    painter->drawText(QRectF(inner.left(), y, w, sm.height()), Qt::AlignLeft | Qt::AlignVCenter,
                      sm.elidedText(client.isEmpty() ? QApplication::translate("comptoir::ActivityCardDelegate", "No client")
                                                     : client,
                                    Qt::ElideRight, w));
    y += sm.height() + 4;

    // The nearest activity: a type badge, the subject, the deadline on the right.
    const int type = index.data(ActivityBoardModel::ActivityTypeRole).toInt();
    if (type < 0) {
        painter->setPen(QColor(0xe0, 0xa1, 0x00).darker(isDark(pal) ? 70 : 115));
        painter->drawText(QRectF(inner.left(), y, w, sm.height()), Qt::AlignLeft | Qt::AlignVCenter,
                          QApplication::translate("comptoir::ActivityCardDelegate", "No activity planned"));
    } else {
        const QColor colour = typeColor(ActivityType(type));
        const qreal badge = sm.height();
        QPainterPath b;
        b.addRoundedRect(QRectF(inner.left(), y, badge, badge), 3, 3);
        painter->fillPath(b, colour);
        painter->setPen(Qt::white);
        painter->drawText(QRectF(inner.left(), y, badge, badge), Qt::AlignCenter, typeGlyph(ActivityType(type)));
        const QString when = index.data(ActivityBoardModel::DeadlineTextRole).toString();
        const int whenWidth = std::min(sm.horizontalAdvance(when) + 2, w / 2);
        const bool overdue = index.data(ActivityBoardModel::ColumnRole).toInt() == int(ActivityColumn::Overdue);
        painter->setPen(overdue ? QColor(0xd6, 0x45, 0x45) : muted);
        painter->drawText(QRectF(inner.right() - whenWidth, y, whenWidth, sm.height()), Qt::AlignRight | Qt::AlignVCenter,
                          sm.elidedText(when, Qt::ElideRight, whenWidth));
        painter->setPen(text);
        const int subjectLeft = int(inner.left() + badge + 6);
        const int subjectWidth = int(inner.right() - whenWidth - 8 - subjectLeft);
        painter->drawText(QRectF(subjectLeft, y, subjectWidth, sm.height()), Qt::AlignLeft | Qt::AlignVCenter,
                          sm.elidedText(index.data(ActivityBoardModel::ActivitySubjectRole).toString(), Qt::ElideRight,
                                        subjectWidth));
    }
    painter->restore();
}

} // namespace comptoir
