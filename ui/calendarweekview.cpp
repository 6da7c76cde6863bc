// SPDX-License-Identifier: GPL-3.0-or-later
#include "calendarweekview.h"

#include "calendarmodel.h"
#include "calendarweekmodel.h"

#include <QApplication>
#include <QDrag>
#include <QDragEnterEvent>
#include <QKeyEvent>
#include <QMimeData>
#include <QPainter>
#include <QScrollArea>
#include <QScrollBar>
#include <QVBoxLayout>

namespace comptoir {

namespace {
// Above the hours: the week number in the gutter, each day's name and date (today in a
// highlight disc) and, for the date fields, the day's deals (dragged to another day here).
class WeekHeader final : public QWidget
{
public:
    explicit WeekHeader(QWidget *parent)
        : QWidget(parent)
    {
        setAcceptDrops(true);
        setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    }
    void setModel(CalendarWeekModel *model)
    {
        m_model = model;
        updateGeometry();
        update();
    }
    int lines() const { return m_model && !m_model->hasTime() ? CalendarWeekModel::AllDayItems + 1 : 0; }
    QSize sizeHint() const override
    {
        const int line = fontMetrics().height() + 4;
        return {600, 2 * line + 8 + lines() * line};
    }
    WeekGeometry geometry() const { return {52, width() - m_rightMargin}; }
    // The room of the hours' scroll bar, so that the days stand above their columns.
    void setRightMargin(int margin) { m_rightMargin = margin; }

protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter p(this);
        p.setRenderHint(QPainter::Antialiasing);
        const QPalette &pal = palette();
        p.fillRect(rect(), pal.color(QPalette::Window));
        if (!m_model)
            return;
        const WeekGeometry g = geometry();
        const QFontMetrics fm = fontMetrics();
        const int line = fm.height() + 4;
        p.setPen(pal.color(QPalette::PlaceholderText));
        p.drawText(QRect(0, 4, g.gutter - 6, 2 * line), Qt::AlignRight | Qt::AlignVCenter,
                   QCoreApplication::translate("comptoir::CalendarWeekView", "W%1").arg(m_model->weekNumber()));
        QFont bold = font();
        bold.setWeight(QFont::Bold);
        for (int column = 0; column < 7; ++column) {
            const CalendarWeekModel::Day &day = m_model->day(column);
            const QRectF cell(g.left(column), 4, g.dayWidth(), 2 * line);
            const bool today = day.date == m_model->today();
            p.setFont(font());
            p.setPen(pal.color(QPalette::PlaceholderText));
            p.drawText(cell.adjusted(0, 0, 0, -line), Qt::AlignCenter,
                       m_model->locale().dayName(day.date.dayOfWeek(), QLocale::ShortFormat));
            const QRectF disc(cell.center().x() - line / 2.0 - 2, cell.top() + line, line + 4, line);
            if (today) {
                p.setPen(Qt::NoPen);
                p.setBrush(pal.color(QPalette::Highlight));
                p.drawRoundedRect(disc, line / 2.0, line / 2.0);
                p.setPen(pal.color(QPalette::HighlightedText));
            } else {
                p.setPen(pal.color(QPalette::Text));
            }
            p.setFont(bold);
            p.drawText(disc, Qt::AlignCenter, QString::number(day.date.day()));
            p.setFont(font());
            for (int i = 0; i < lines() - 1 && i < day.allDay.size(); ++i) {
                const CalendarItem &item = day.allDay.at(i);
                const QRectF r = itemRect(column, i);
                QColor colour(item.stageColor);
                p.setPen(Qt::NoPen);
                p.setBrush(colour.isValid() ? colour.lighter(170) : pal.color(QPalette::Base));
                p.drawRoundedRect(r, 3, 3);
                p.setPen(pal.color(QPalette::Text));
                p.drawText(r.adjusted(4, 0, -2, 0), Qt::AlignLeft | Qt::AlignVCenter,
                           fm.elidedText(item.dealTitle, Qt::ElideRight, int(r.width()) - 6));
            }
            if (lines() > 0 && day.allDayCount > std::min<qint64>(day.allDay.size(), lines() - 1)) {
                p.setPen(pal.color(QPalette::Link));
                p.drawText(itemRect(column, lines() - 1), Qt::AlignLeft | Qt::AlignVCenter,
                           QCoreApplication::translate("comptoir::CalendarWeekView", "+%1").arg(m_model->locale().toString(day.allDayCount - std::min<qint64>(day.allDay.size(), lines() - 1))));
            }
        }
        p.setPen(pal.color(QPalette::Mid));
        p.drawLine(QPointF(g.gutter, height() - 0.5), QPointF(width(), height() - 0.5));
    }
    void mousePressEvent(QMouseEvent *event) override
    {
        m_pressed.reset();
        m_pressPos = event->position().toPoint();
        const int column = geometry().columnAt(m_pressPos.x());
        if (!m_model || column < 0)
            return;
        const CalendarWeekModel::Day &day = m_model->day(column);
        for (int i = 0; i < day.allDay.size() && i < lines() - 1; ++i) {
            if (itemRect(column, i).contains(m_pressPos))
                m_pressed = day.allDay.at(i);
        }
    }
    void mouseMoveEvent(QMouseEvent *event) override
    {
        if (!m_pressed || (event->position().toPoint() - m_pressPos).manhattanLength() < QApplication::startDragDistance())
            return;
        auto *drag = new QDrag(this);
        drag->setMimeData(CalendarModel::encodeItem(*m_pressed));
        m_pressed.reset();
        drag->exec(Qt::MoveAction, Qt::MoveAction);
    }
    void dragEnterEvent(QDragEnterEvent *event) override
    {
        if (m_model && m_model->field() != CalendarField::Created && CalendarModel::decodeItem(event->mimeData()))
            event->acceptProposedAction();
    }
    void dragMoveEvent(QDragMoveEvent *event) override
    {
        if (geometry().columnAt(event->position().toPoint().x()) >= 0)
            event->acceptProposedAction();
        else
            event->ignore();
    }
    // A drop on a day keeps the item's time.
    void dropEvent(QDropEvent *event) override
    {
        const int column = geometry().columnAt(event->position().toPoint().x());
        const auto item = CalendarModel::decodeItem(event->mimeData());
        if (!m_model || column < 0 || !item)
            return event->ignore();
        event->acceptProposedAction();
        (void)m_model->moveItem(*item, m_model->day(column).date);
    }

private:
    QRectF itemRect(int column, int i) const
    {
        const WeekGeometry g = geometry();
        const int line = fontMetrics().height() + 4;
        return QRectF(g.left(column) + 2, 8 + 2 * line + i * line, g.dayWidth() - 4, line - 2);
    }
    QPointer<CalendarWeekModel> m_model;
    int m_rightMargin = 0;
    std::optional<CalendarItem> m_pressed;
    QPoint m_pressPos;
};
} // namespace

CalendarWeekView::CalendarWeekView(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    m_header = new WeekHeader(this);
    m_scroll = new QScrollArea(this);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // The hours scroll under a header of the same width: keep the scroll bar's room in both.
    m_scroll->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOn);
    m_canvas = new WeekCanvas(m_scroll);
    m_scroll->setWidget(m_canvas);
    layout->addWidget(m_header);
    layout->addWidget(m_scroll, 1);
    static_cast<WeekHeader *>(m_header)->setRightMargin(m_scroll->verticalScrollBar()->sizeHint().width());
    setFocusPolicy(Qt::StrongFocus);
    connect(m_canvas, &WeekCanvas::dealActivated, this, &CalendarWeekView::dealActivated);
    connect(m_canvas, &WeekCanvas::daySelected, this, &CalendarWeekView::daySelected);
}

void CalendarWeekView::setModel(CalendarWeekModel *model)
{
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_model = model;
    static_cast<WeekHeader *>(m_header)->setModel(model);
    m_canvas->setModel(model);
    if (model)
        connect(model, &QAbstractItemModel::modelReset, this, [this] {
            m_header->updateGeometry();
            m_header->update();
        });
}

void CalendarWeekView::scrollToWorkingHours()
{
    if (!m_model)
        return;
    m_scroll->verticalScrollBar()->setValue(m_model->workCalendar().dayStart().hour() * m_canvas->hourHeight());
}

void CalendarWeekView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_scrolled) {
        m_scrolled = true;
        // After the layout gave the scroll area its height.
        QMetaObject::invokeMethod(this, &CalendarWeekView::scrollToWorkingHours, Qt::QueuedConnection);
    }
}

void CalendarWeekView::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_PageUp:
        Q_EMIT weekStep(-1);
        return;
    case Qt::Key_PageDown:
        Q_EMIT weekStep(1);
        return;
    case Qt::Key_T:
        if (event->modifiers() == Qt::NoModifier) {
            Q_EMIT todayRequested();
            return;
        }
        break;
    default:
        break;
    }
    QWidget::keyPressEvent(event);
}

} // namespace comptoir
