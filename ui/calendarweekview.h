// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "calendarquery.h"
#include "calendarweekmodel.h"

#include <QPointer>
#include <QWidget>

class QScrollArea;

namespace comptoir {


// Where things are in the week grid: a gutter of hour labels, then seven day columns.
struct WeekGeometry
{
    int gutter = 52;
    int width = 0;
    double dayWidth() const { return std::max(1.0, (width - gutter) / 7.0); }
    int columnAt(int x) const; // -1 in the gutter or beyond
    double left(int column) const { return gutter + column * dayWidth(); }
};

// The hours of the week: working hours of working days on the base colour, the rest shaded,
// today's column tinted, each item at its local start time with its duration (meetings) or
// half an hour, overlapping items side by side, "+N" on an hour with more items than shown.
// Items are dragged to another day and time (snapped to a quarter of an hour) and dropped
// here; double-click opens the deal.
class WeekCanvas final : public QWidget
{
    Q_OBJECT

public:
    explicit WeekCanvas(QWidget *parent = nullptr);
    void setModel(CalendarWeekModel *model);
    int hourHeight() const { return m_hourHeight; }
    // The point of a day and time, and back (snapped to 15 minutes).
    QPoint pointAt(const QDate &day, const QTime &time) const;
    std::optional<std::pair<QDate, QTime>> slotAt(const QPoint &point) const;
    // The rectangle of a shown activity (or deal, by deal id with activity 0); null when absent.
    QRect itemRect(Id activityId, Id dealId = 0) const;
    const CalendarItem *itemAt(const QPoint &point) const;
    QSize sizeHint() const override;

Q_SIGNALS:
    void dealActivated(comptoir::Id dealId);
    void daySelected(const QDate &day);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dragLeaveEvent(QDragLeaveEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    struct Placed
    {
        CalendarItem item;
        QRectF rect;
    };
    struct More
    {
        QRectF rect;
        qint64 count;
    };
    void relayout();
    void paintItem(QPainter &p, const Placed &placed) const;
    std::optional<std::pair<QDate, QTime>> dropTarget(const QPoint &point) const;
    WeekGeometry geometry() const { return {52, width()}; }

    QPointer<CalendarWeekModel> m_model;
    int m_hourHeight = 48;
    QList<Placed> m_items;
    QList<More> m_more;
    QPoint m_pressPos;
    int m_pressed = -1;      // index in m_items
    int m_grabOffset = 0;    // from the dragged item's top to the press, in pixels
    QRectF m_indicator;      // where a drop would land
};

// The week grid with its header (week number, days with today highlighted, all-day items of
// the date fields) above the scrolled hours, which open on the working hours.
class CalendarWeekView final : public QWidget
{
    Q_OBJECT

public:
    explicit CalendarWeekView(QWidget *parent = nullptr);
    void setModel(CalendarWeekModel *model);
    CalendarWeekModel *model() const { return m_model; }
    WeekCanvas *canvas() const { return m_canvas; }
    QScrollArea *scrollArea() const { return m_scroll; }
    // Scrolls so that the working day's first hour is at the top.
    void scrollToWorkingHours();

Q_SIGNALS:
    void dealActivated(comptoir::Id dealId);
    void daySelected(const QDate &day);
    void weekStep(int weeks);
    void todayRequested();

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    QPointer<CalendarWeekModel> m_model;
    QWidget *m_header;
    QScrollArea *m_scroll;
    WeekCanvas *m_canvas;
    bool m_scrolled = false;
};

} // namespace comptoir
