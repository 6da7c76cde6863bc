// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Undoable activity actions of the Activities board and the Calendar, on the DealCommand
// base: each redo and undo is one transaction through the services, with history.

#include "calendarquery.h"
#include "dealcommands.h"

#include <QDateTime>

namespace comptoir {

// Moves an activity's deadline; undo puts the old one back.
class MoveActivityCommand final : public DealCommand
{
public:
    MoveActivityCommand(Workspace &workspace, Id activityId, QDateTime from, QDateTime to, const QString &text);

protected:
    Status doRedo() override;
    Status doUndo() override;

private:
    Id m_activityId;
    QDateTime m_from;
    QDateTime m_to;
};

// Plans an activity (optionally on a new deal created with it); undo removes the activity (and
// moves the new deal to the recycle bin), redo plans it again (and restores the deal).
class PlanActivityCommand final : public DealCommand
{
public:
    // `createdDeal`, when given, receives the new deal's id on the first run.
    PlanActivityCommand(Workspace &workspace, Activity draft, std::optional<Deal> newDeal, const QString &text,
                        Id *createdDeal = nullptr);
    Id dealId() const { return m_draft.dealId; }
    Id activityId() const { return m_activityId; }

protected:
    Status doRedo() override;
    Status doUndo() override;

private:
    Activity m_draft;
    std::optional<Deal> m_newDeal;
    bool m_dealCreated = false;
    Id m_activityId = 0;
    Id *m_createdDeal = nullptr;
};

// Moves a calendar item (an activity's deadline, or a deal's close or begin date) to another
// day and, for activities in the week grid, time; undo puts it back.
class MoveCalendarItemCommand final : public DealCommand
{
public:
    MoveCalendarItemCommand(Workspace &workspace, CalendarField field, CalendarItem item, QDate day,
                            std::optional<QTime> time, QTimeZone zone, const QString &text);

protected:
    Status doRedo() override;
    Status doUndo() override;

private:
    CalendarField m_field;
    CalendarItem m_item;
    QDate m_day;
    std::optional<QTime> m_time;
    QTimeZone m_zone;
};

} // namespace comptoir
