// SPDX-License-Identifier: GPL-3.0-or-later
// The hours of the Calendar's week grid: painting, placing items and dragging them.

#include "calendarweekview.h"

#include "activitycarddelegate.h"
#include "calendarmodel.h"
#include "calendarweekmodel.h"
#include "clock.h"
#include "workspace.h"

#include <QApplication>
#include <QDrag>
#include <QDragEnterEvent>
#include <QMimeData>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>

namespace comptoir {

namespace {
constexpr int SnapMinutes = 15;
constexpr int DefaultMinutes = 30; // what an item without duration takes
} // namespace

int WeekGeometry::columnAt(int x) const
{
    if (x < gutter || x >= width)
        return -1;
    return std::clamp(int((x - gutter) / dayWidth()), 0, 6);
}

WeekCanvas::WeekCanvas(QWidget *parent)
    : QWidget(parent)
{
    setAcceptDrops(true);
    setMouseTracking(false);
    m_hourHeight = std::max(52, fontMetrics().height() * 3);
    setMinimumHeight(24 * m_hourHeight);
}

QSize WeekCanvas::sizeHint() const
{
    return {900, 24 * m_hourHeight};
}

void WeekCanvas::setModel(CalendarWeekModel *model)
{
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_model = model;
    if (model)
        connect(model, &QAbstractItemModel::modelReset, this, [this] {
            relayout();
            update();
        });
    relayout();
    update();
}

QPoint WeekCanvas::pointAt(const QDate &day, const QTime &time) const
{
    const int column = m_model ? m_model->columnOf(day) : -1;
    if (column < 0 || !time.isValid())
        return {};
    const WeekGeometry g = geometry();
    const double minutes = time.hour() * 60 + time.minute();
    return QPoint(int(g.left(column) + g.dayWidth() / 2), int(minutes * m_hourHeight / 60.0));
}

std::optional<std::pair<QDate, QTime>> WeekCanvas::slotAt(const QPoint &point) const
{
    const int column = geometry().columnAt(point.x());
    if (!m_model || column < 0 || point.y() < 0 || point.y() >= height())
        return std::nullopt;
    int minutes = int(point.y() * 60.0 / m_hourHeight);
    minutes = std::clamp(minutes / SnapMinutes * SnapMinutes, 0, 24 * 60 - SnapMinutes);
    return std::pair{m_model->day(column).date, QTime(minutes / 60, minutes % 60)};
}

QRect WeekCanvas::itemRect(Id activityId, Id dealId) const
{
    for (const Placed &p : m_items) {
        if (activityId ? p.item.activityId == activityId : (p.item.dealId == dealId && !p.item.isActivity()))
            return p.rect.toAlignedRect();
    }
    return {};
}

const CalendarItem *WeekCanvas::itemAt(const QPoint &point) const
{
    // The last painted is on top.
    for (auto it = m_items.crbegin(); it != m_items.crend(); ++it) {
        if (it->rect.contains(point))
            return &it->item;
    }
    return nullptr;
}

void WeekCanvas::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    relayout();
}

// Each day's shown items as blocks from their start to their end; overlapping blocks form a
// cluster whose items share the day's width in lanes.
void WeekCanvas::relayout()
{
    m_items.clear();
    m_more.clear();
    if (!m_model || !m_model->hasTime())
        return;
    const WeekGeometry g = geometry();
    const QTimeZone zone = m_model->timeZone();
    const double minHeight = fontMetrics().height() + 6;
    for (int column = 0; column < 7; ++column) {
        const CalendarWeekModel::Day &day = m_model->day(column);
        struct Block
        {
            CalendarItem item;
            double top, bottom;
            int lane = 0;
        };
        QList<Block> blocks;
        for (const CalendarSlot &slot : day.hours) {
            for (const CalendarItem &item : slot.items) {
                const QTime t = item.start.toTimeZone(zone).time();
                const double top = (t.hour() * 60 + t.minute()) * m_hourHeight / 60.0;
                const double minutes = std::min(item.durationMinutes.value_or(DefaultMinutes), 24 * 60 - t.hour() * 60);
                blocks.append({item, top, top + std::max(minHeight, minutes * m_hourHeight / 60.0) - 1});
            }
            if (slot.count > slot.items.size()) {
                const double y = slot.hour * m_hourHeight;
                m_more.append({QRectF(g.left(column) + g.dayWidth() - 44, y + m_hourHeight - minHeight, 42, minHeight - 2),
                               slot.count - slot.items.size()});
            }
        }
        std::stable_sort(blocks.begin(), blocks.end(), [](const Block &a, const Block &b) { return a.top < b.top; });
        for (qsizetype start = 0; start < blocks.size();) {
            // One cluster: blocks chained by overlap; each takes the first lane free at its top.
            QList<double> laneEnds;
            qsizetype end = start;
            double clusterBottom = blocks[start].bottom;
            for (; end < blocks.size() && (end == start || blocks[end].top < clusterBottom); ++end) {
                Block &b = blocks[end];
                int lane = 0;
                while (lane < laneEnds.size() && laneEnds[lane] > b.top)
                    ++lane;
                if (lane == laneEnds.size())
                    laneEnds.append(b.bottom);
                else
                    laneEnds[lane] = b.bottom;
                b.lane = lane;
                clusterBottom = std::max(clusterBottom, b.bottom);
            }
            const double laneWidth = (g.dayWidth() - 6) / laneEnds.size();
            for (qsizetype i = start; i < end; ++i) {
                const Block &b = blocks[i];
                m_items.append({b.item, QRectF(g.left(column) + 2 + b.lane * laneWidth, b.top + 1, laneWidth - 2,
                                               b.bottom - b.top - 1)});
            }
            start = end;
        }
    }
}

void WeekCanvas::paintEvent(QPaintEvent *event)
{
    QPainter p(this);
    const QPalette &pal = palette();
    const WeekGeometry g = geometry();
    p.fillRect(event->rect(), pal.color(QPalette::Window));
    if (!m_model)
        return;
    const QColor highlight = pal.color(QPalette::Highlight);
    const QColor todayTint = QColor::fromHslF(highlight.hslHueF(), 0.6, 0.96);
    for (int column = 0; column < 7; ++column) {
        const QRectF day(g.left(column), 0, g.dayWidth(), height());
        for (int h = 0; h < 24; ++h) {
            const QModelIndex cell = m_model->index(h, column);
            const bool working = cell.data(CalendarWeekModel::IsWorkingRole).toBool();
            const bool today = cell.data(CalendarWeekModel::IsTodayRole).toBool();
            QColor fill = working ? pal.color(QPalette::Base) : pal.color(QPalette::AlternateBase);
            if (today)
                fill = working ? todayTint : todayTint.darker(104);
            p.fillRect(QRectF(day.left(), h * m_hourHeight, day.width(), m_hourHeight), fill);
        }
    }
    p.setPen(pal.color(QPalette::Midlight));
    for (int h = 0; h < 24; ++h) {
        p.drawLine(QPointF(g.gutter, h * m_hourHeight + 0.5), QPointF(width(), h * m_hourHeight + 0.5));
        p.setPen(QPen(pal.color(QPalette::Midlight), 1, Qt::DotLine));
        p.drawLine(QPointF(g.gutter, h * m_hourHeight + m_hourHeight / 2 + 0.5),
                   QPointF(width(), h * m_hourHeight + m_hourHeight / 2 + 0.5));
        p.setPen(pal.color(QPalette::Midlight));
    }
    p.setPen(pal.color(QPalette::Mid));
    for (int column = 0; column <= 7; ++column)
        p.drawLine(QPointF(g.left(column) + 0.5, 0), QPointF(g.left(column) + 0.5, height()));
    p.setPen(pal.color(QPalette::PlaceholderText));
    for (int h = 1; h < 24; ++h)
        p.drawText(QRectF(0, h * m_hourHeight - fontMetrics().height() / 2.0, g.gutter - 6, fontMetrics().height()),
                   Qt::AlignRight | Qt::AlignVCenter, m_model->headerData(h, Qt::Vertical).toString());
    // The current time across today's column.
    if (const int column = m_model->columnOf(m_model->today()); column >= 0) {
        const QTime now = m_model->workspace().clock().now().toTimeZone(m_model->timeZone()).time();
        const double y = (now.hour() * 60 + now.minute()) * m_hourHeight / 60.0;
        p.setPen(QPen(QColor(0xd9, 0x3b, 0x30), 2));
        p.drawLine(QPointF(g.left(column) + 1, y), QPointF(g.left(column) + g.dayWidth() - 1, y));
    }
    p.setRenderHint(QPainter::Antialiasing);
    for (const Placed &placed : std::as_const(m_items)) {
        if (placed.rect.intersects(event->rect()))
            paintItem(p, placed);
    }
    QFont small = font();
    small.setPointSizeF(font().pointSizeF() * 0.9);
    p.setFont(small);
    for (const More &more : std::as_const(m_more)) {
        p.setPen(Qt::NoPen);
        p.setBrush(pal.color(QPalette::Base));
        p.drawRoundedRect(more.rect, 3, 3);
        p.setPen(pal.color(QPalette::Link));
        p.drawText(more.rect, Qt::AlignCenter, tr("+%1").arg(m_model->locale().toString(more.count)));
    }
    if (!m_indicator.isNull()) {
        p.setPen(QPen(highlight, 2, Qt::DashLine));
        p.setBrush(QColor(highlight.red(), highlight.green(), highlight.blue(), 40));
        p.drawRoundedRect(m_indicator, 4, 4);
    }
}

void WeekCanvas::paintItem(QPainter &p, const Placed &placed) const
{
    const CalendarItem &item = placed.item;
    const QRectF r = placed.rect;
    QColor colour(item.stageColor);
    if (!colour.isValid())
        colour = palette().color(QPalette::Mid);
    QPainterPath path;
    path.addRoundedRect(r, 4, 4);
    p.fillPath(path, QColor::fromHslF(colour.hslHueF() < 0 ? 0 : colour.hslHueF(), colour.hslSaturationF() * 0.5, 0.93));
    p.fillRect(QRectF(r.left(), r.top() + 1, 3, r.height() - 2), colour);
    p.setPen(palette().color(QPalette::Mid));
    p.setBrush(Qt::NoBrush);
    p.drawPath(path);
    // Long titles and short blocks: nothing is drawn outside the block.
    p.save();
    p.setClipRect(r);
    const QRectF text = r.adjusted(6, 2, -3, -2);
    const QFontMetrics fm = fontMetrics();
    const QTime start = item.start.toTimeZone(m_model->timeZone()).time();
    QString first = m_model->locale().toString(start, QLocale::ShortFormat);
    if (item.isActivity())
        first = ActivityCardDelegate::typeGlyph(item.type) + QLatin1Char(' ') + first;
    const QString title = item.isActivity() ? item.subject : item.dealTitle;
    p.setPen(palette().color(QPalette::Text));
    if (text.height() < 2 * fm.height()) {
        p.drawText(text, Qt::AlignLeft | Qt::AlignTop,
                   fm.elidedText(first + QLatin1Char(' ') + title, Qt::ElideRight, int(text.width())));
        p.restore();
        return;
    }
    QFont bold = font();
    bold.setWeight(QFont::DemiBold);
    p.setFont(bold);
    p.drawText(text, Qt::AlignLeft | Qt::AlignTop, QFontMetrics(bold).elidedText(title, Qt::ElideRight, int(text.width())));
    p.setFont(font());
    QString second = first;
    if (item.durationMinutes)
        second += QStringLiteral(" · ") + tr("%n min", nullptr, *item.durationMinutes);
    if (item.isActivity())
        second += QStringLiteral(" · ") + item.dealTitle;
    p.setPen(palette().color(QPalette::PlaceholderText));
    p.drawText(text.adjusted(0, fm.height(), 0, 0), Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, second);
    p.restore();
}

void WeekCanvas::mousePressEvent(QMouseEvent *event)
{
    m_pressed = -1;
    if (event->button() != Qt::LeftButton)
        return QWidget::mousePressEvent(event);
    const QPoint pos = event->position().toPoint();
    for (int i = int(m_items.size()) - 1; i >= 0; --i) {
        if (m_items.at(i).rect.contains(pos)) {
            m_pressed = i;
            m_pressPos = pos;
            m_grabOffset = pos.y() - int(m_items.at(i).rect.top());
            return;
        }
    }
    if (const auto slot = slotAt(pos))
        Q_EMIT daySelected(slot->first);
}

void WeekCanvas::mouseMoveEvent(QMouseEvent *event)
{
    if (m_pressed < 0 || !(event->buttons() & Qt::LeftButton) || !m_model
        || (event->position().toPoint() - m_pressPos).manhattanLength() < QApplication::startDragDistance())
        return;
    const CalendarItem item = m_items.at(m_pressed).item;
    m_pressed = -1;
    auto *drag = new QDrag(this);
    drag->setMimeData(CalendarModel::encodeItem(item));
    drag->exec(Qt::MoveAction, Qt::MoveAction);
    m_grabOffset = 0;
}

void WeekCanvas::mouseDoubleClickEvent(QMouseEvent *event)
{
    if (const CalendarItem *item = itemAt(event->position().toPoint()))
        Q_EMIT dealActivated(item->dealId);
}

std::optional<std::pair<QDate, QTime>> WeekCanvas::dropTarget(const QPoint &point) const
{
    // The item's top goes where it was held from: a block grabbed by its middle lands with
    // its middle under the pointer.
    return slotAt(QPoint(point.x(), std::max(0, point.y() - m_grabOffset)));
}

void WeekCanvas::dragEnterEvent(QDragEnterEvent *event)
{
    if (m_model && m_model->field() != CalendarField::Created && CalendarModel::decodeItem(event->mimeData()))
        event->acceptProposedAction();
}

void WeekCanvas::dragMoveEvent(QDragMoveEvent *event)
{
    const auto target = dropTarget(event->position().toPoint());
    if (!target) {
        event->ignore();
        m_indicator = {};
        update();
        return;
    }
    event->acceptProposedAction();
    const WeekGeometry g = geometry();
    const QPoint at = pointAt(target->first, target->second);
    const int column = m_model->columnOf(target->first);
    m_indicator = QRectF(g.left(column) + 2, at.y(), g.dayWidth() - 5, m_hourHeight / 2.0);
    update();
}

void WeekCanvas::dragLeaveEvent(QDragLeaveEvent *)
{
    m_indicator = {};
    update();
}

void WeekCanvas::dropEvent(QDropEvent *event)
{
    m_indicator = {};
    update();
    const auto item = CalendarModel::decodeItem(event->mimeData());
    const auto target = dropTarget(event->position().toPoint());
    if (!m_model || !item || !target)
        return event->ignore();
    event->acceptProposedAction();
    // Deals on a date field keep no time: only the day changes.
    const std::optional<QTime> time = m_model->hasTime() ? std::optional<QTime>(target->second) : std::nullopt;
    (void)m_model->moveItem(*item, target->first, time); // a refusal is reported by errorOccurred
}

} // namespace comptoir
