// SPDX-License-Identifier: GPL-3.0-or-later
#include "activitycarddelegate.h"

#include "cardpainter.h"

#include "activityboardmodel.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QPainter>
#include <QPainterPath>

namespace comptoir {

using cards::isDark;

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
    return cards::sizeHint(option, 220);
}

void ActivityCardDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    painter->save();
    const QPalette &pal = option.palette;
    const QString client = index.data(ActivityBoardModel::ClientRole).toString();
    const cards::LastLine line = cards::paintCard(
        painter, option, index.data(ActivityBoardModel::StageColorRole).value<QColor>(), index.data().toString(),
        index.data(ActivityBoardModel::AmountTextRole).toString(),
        client.isEmpty() ? QApplication::translate("comptoir::ActivityCardDelegate", "No client") : client);
    const QRectF &inner = line.inner;
    const QFontMetrics &sm = line.metrics;
    const QColor &text = line.text;
    const QColor &muted = line.muted;
    const qreal y = line.y;
    const int w = line.width;

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
