// SPDX-License-Identifier: GPL-3.0-or-later
#include "cardpainter.h"

#include <QAbstractItemView>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QPixmap>
#include <QPixmapCache>
#include <QStyleOptionViewItem>
#include <QWidget>

namespace comptoir::cards {

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

QSize sizeHint(const QStyleOptionViewItem &option, int fallbackWidth)
{
    const QFontMetrics title(titleFont(option.font));
    const QFontMetrics normal(option.font);
    const QFontMetrics small(smallFont(option.font));
    const int height = 2 * Margin + 2 * Padding + title.height() + normal.height() + small.height() * 2 + 3 * 4;
    int width = fallbackWidth;
    if (const auto *view = qobject_cast<const QAbstractItemView *>(option.widget))
        width = std::max(120, view->viewport()->width());
    return {width, height};
}

namespace {

// The frame of a card filling a `size` item: transparent around it, as paintCard() lays it.
QPixmap cardFrame(QSize size, qreal dpr, const QColor &fill, const QColor &border, qreal penWidth, const QColor &stage)
{
    const QString key = QStringLiteral("comptoir-card/%1x%2@%3/%4/%5/%6/%7")
                            .arg(size.width())
                            .arg(size.height())
                            .arg(dpr)
                            .arg(fill.rgba(), 0, 16)
                            .arg(border.rgba(), 0, 16)
                            .arg(penWidth)
                            .arg(stage.isValid() ? stage.rgba() : 0, 0, 16);
    QPixmap frame;
    if (QPixmapCache::find(key, &frame))
        return frame;
    frame = QPixmap(size * dpr);
    frame.setDevicePixelRatio(dpr);
    frame.fill(Qt::transparent);
    QPainter p(&frame);
    p.setRenderHint(QPainter::Antialiasing);
    const QRectF card = QRectF(QPointF(0, 0), QSizeF(size)).adjusted(Margin, Margin / 2.0, -Margin, -Margin / 2.0);
    QPainterPath path;
    path.addRoundedRect(card.adjusted(0.5, 0.5, -0.5, -0.5), 6, 6);
    p.fillPath(path, fill);
    p.setPen(QPen(border, penWidth));
    p.drawPath(path);
    if (stage.isValid()) {
        QPainterPath strip;
        strip.addRoundedRect(QRectF(card.left() + 0.5, card.top() + 0.5, 4, card.height() - 1), 2, 2);
        p.fillPath(strip, stage);
    }
    p.end();
    QPixmapCache::insert(key, frame);
    return frame;
}

} // namespace

LastLine paintCard(QPainter *painter, const QStyleOptionViewItem &option, const QColor &stage,
                   const QString &title, const QString &amount, const QString &client)
{
    painter->setRenderHint(QPainter::Antialiasing);
    const QPalette &pal = option.palette;
    const bool selected = option.state & QStyle::State_Selected;
    const bool focused = option.state & QStyle::State_HasFocus;
    const QRectF card = QRectF(option.rect).adjusted(Margin, Margin / 2.0, -Margin, -Margin / 2.0);

    // The card: a rounded rectangle a shade off the column, its border the highlight when
    // chosen, and the stage colour as a thin strip on the left, so a card dragged elsewhere
    // says where it is from. Drawn once per look into a pixmap: stroking an antialiased path
    // for every card costs more than the text (the raster engine hands its spans to threads).
    QColor fill = pal.color(QPalette::Base);
    if (selected)
        fill = isDark(pal) ? fill.lighter(130) : QColor::fromHslF(pal.color(QPalette::Highlight).hslHueF(), 0.6, 0.96);
    QColor border = pal.color(QPalette::Mid);
    border.setAlpha(110);
    if (selected || focused)
        border = pal.color(QPalette::Highlight);
    painter->drawPixmap(option.rect.topLeft(),
                        cardFrame(option.rect.size(), painter->device() ? painter->device()->devicePixelRatio() : 1.0,
                                  fill, border, selected || focused ? 1.6 : 1.0, stage));

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
                      tm.elidedText(title, Qt::ElideRight, w));
    y += tm.height() + 4;

    painter->setFont(option.font);
    painter->drawText(QRectF(inner.left(), y, w, nm.height()), Qt::AlignLeft | Qt::AlignVCenter,
                      nm.elidedText(amount, Qt::ElideRight, w));
    y += nm.height() + 4;

    painter->setFont(sFont);
    painter->setPen(muted);
    painter->drawText(QRectF(inner.left(), y, w, sm.height()), Qt::AlignLeft | Qt::AlignVCenter,
                      sm.elidedText(client, Qt::ElideRight, w));
    y += sm.height() + 4;
    return LastLine { inner, y, w, sFont, sm, text, muted };
}

int paintColumnHeading(QPainter &p, const QWidget &header, int left, int right, const QString &name,
                       qint64 count, const QString &totals)
{
    const QFontMetrics fm(header.font());
    QFont bold = header.font();
    bold.setWeight(QFont::Bold);
    const QFontMetrics bm(bold);
    int y = 14;
    const QString countText = QLocale().toString(count);
    const int countWidth = fm.horizontalAdvance(countText) + 12;
    const QString shown = bm.elidedText(name, Qt::ElideRight, right - left - countWidth - 8);
    p.setFont(bold);
    p.setPen(header.palette().color(QPalette::WindowText));
    p.drawText(QRect(left, y, bm.horizontalAdvance(shown) + 1, bm.height()), Qt::AlignLeft | Qt::AlignVCenter, shown);
    // The count as a pill beside the name.
    const QRectF pill(left + bm.horizontalAdvance(shown) + 8, y + 1, countWidth, bm.height() - 2);
    QColor pillColour = header.palette().color(QPalette::Mid);
    pillColour.setAlpha(70);
    p.setPen(Qt::NoPen);
    p.setBrush(pillColour);
    p.drawRoundedRect(pill, pill.height() / 2, pill.height() / 2);
    p.setFont(header.font());
    p.setPen(header.palette().color(QPalette::WindowText));
    p.drawText(pill, Qt::AlignCenter, countText);
    y += bm.height() + 4;
    const int width = header.width() - left - 10;
    p.drawText(QRect(left, y, width, fm.height()), Qt::AlignLeft | Qt::AlignVCenter,
               fm.elidedText(totals, Qt::ElideRight, width));
    return y + fm.height() + 2;
}

} // namespace comptoir::cards
