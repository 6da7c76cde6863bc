// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "calendarquery.h"
#include "result.h"

#include <QAbstractTableModel>
#include <QLocale>
#include <QTimer>

class QUndoStack;

namespace comptoir {

class DealCommand;
class Workspace;

// The Calendar's month grid: six weeks of seven days from the locale's first day of week,
// each cell a day with its count and first items (CalendarQuery::days). Moves go through
// undoable commands on the window's stack.
class CalendarModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CalendarModel)

public:
    enum Role {
        DateRole = Qt::UserRole + 1, // QDate
        CountRole,                   // qint64: every item of the day
        ItemsRole,                   // QVariantList of QVariantMap (title, time, type, color, ...)
        IsTodayRole,
        InMonthRole,
    };
    Q_ENUM(Role)
    static constexpr int ItemsPerDay = 4;
    static QString mimeType() { return QStringLiteral("application/x-comptoir-calendar-item"); }

    explicit CalendarModel(Workspace &workspace, QObject *parent = nullptr);
    Workspace &workspace() const { return m_workspace; }

    void setMonth(const QDate &anyDay);
    QDate month() const { return m_month; } // the first of the month shown
    QDate firstDay() const { return m_first; }
    void setField(CalendarField field);
    CalendarField field() const { return m_field; }
    void setFilter(const DealFilter &filter);
    DealFilter filter() const { return m_filter; }
    void setLocale(const QLocale &locale);
    QLocale locale() const { return m_locale; }
    void setTimeZone(const QTimeZone &zone);
    QTimeZone timeZone() const { return m_zone; }
    void setUndoStack(QUndoStack *stack) { m_undoStack = stack; }
    QUndoStack *undoStack() const { return m_undoStack; }
    void reload();

    QModelIndex indexOf(const QDate &date) const;
    QDate today() const;
    // Every item of a day, for the list of a clicked day.
    Result<QList<CalendarItem>> itemsOn(const QDate &date) const;
    // Moves an item to another day (and time), as one undoable command.
    Status moveItem(const CalendarItem &item, const QDate &day, std::optional<QTime> time = {});

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QStringList mimeTypes() const override;
    Qt::DropActions supportedDropActions() const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                         const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;

    // The payload of one dragged item, and back.
    static QMimeData *encodeItem(const CalendarItem &item);
    static std::optional<CalendarItem> decodeItem(const QMimeData *data);

Q_SIGNALS:
    void errorOccurred(const QString &message);

private:
    void scheduleReload();
    Workspace &m_workspace;
    CalendarField m_field = CalendarField::Activities;
    DealFilter m_filter;
    QLocale m_locale;
    QTimeZone m_zone = QTimeZone::systemTimeZone();
    QDate m_month;
    QDate m_first;
    QList<CalendarDay> m_days; // 42
    QUndoStack *m_undoStack = nullptr;
    QTimer m_reloadTimer;
};

} // namespace comptoir
