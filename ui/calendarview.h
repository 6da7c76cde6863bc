// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "calendarquery.h"

#include <QStyledItemDelegate>
#include <QTableView>
#include <QWidget>

class QComboBox;
class QLabel;
class QListWidget;
class QStackedWidget;
class QToolButton;

namespace comptoir {

class CalendarModel;
class CalendarWeekModel;
class CalendarWeekView;

// A day cell: its number (today in a highlight disc, other months faded), its first items
// (time, type glyph, title in the stage colour) and "+N" when more do not fit.
class CalendarDayDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

// The month grid: arrows move between days, PageUp/PageDown between months, T to today.
class CalendarGrid final : public QTableView
{
    Q_OBJECT

public:
    explicit CalendarGrid(QWidget *parent = nullptr);

Q_SIGNALS:
    void monthStep(int months);
    void todayRequested();

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
};

// The Calendar (F3): a month, or a week by hours, of deals on a chosen date field or of open
// activities by deadline; a click lists the day's items beside the grid, where they can be
// dragged onto another day; double-click or Enter on an item opens its deal. The week grid's
// model is made from the month's when first shown and follows its filter.
class CalendarView final : public QWidget
{
    Q_OBJECT

public:
    explicit CalendarView(QWidget *parent = nullptr);
    void setModel(CalendarModel *model);
    CalendarModel *model() const { return m_model; }
    CalendarGrid *grid() const { return m_grid; }
    QListWidget *dayList() const { return m_dayList; }
    void showDay(const QDate &date);
    void setWeekMode(bool week);
    bool isWeekMode() const { return m_weekMode; }
    CalendarWeekView *weekView() const { return m_weekView; }
    CalendarWeekModel *weekModel() const { return m_weekModel; }

Q_SIGNALS:
    void dealActivated(comptoir::Id dealId);

private:
    void stepMonth(int months);
    void step(int units);
    void goToday();
    void updateTitle();
    void syncWeekModel();
    CalendarModel *m_model = nullptr;
    CalendarWeekModel *m_weekModel = nullptr;
    bool m_weekMode = false;
    CalendarGrid *m_grid;
    CalendarWeekView *m_weekView;
    QStackedWidget *m_pages;
    QToolButton *m_monthButton;
    QToolButton *m_weekButton;
    QToolButton *m_previous;
    QToolButton *m_next;
    QLabel *m_title;
    QComboBox *m_field;
    QListWidget *m_dayList;
    QList<CalendarItem> m_dayItems;
};

} // namespace comptoir
