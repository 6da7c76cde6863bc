// SPDX-License-Identifier: GPL-3.0-or-later
#include "activitycommands.h"

#include "workspace.h"

namespace comptoir {

MoveActivityCommand::MoveActivityCommand(Workspace &workspace, Id activityId, QDateTime from, QDateTime to,
                                         const QString &text)
    : DealCommand(workspace, text)
    , m_activityId(activityId)
    , m_from(std::move(from))
    , m_to(std::move(to))
{
}

Status MoveActivityCommand::doRedo()
{
    auto moved = m_workspace.activities().reschedule(m_workspace.actor(), m_activityId, m_to);
    return moved ? Status() : Status(moved.error());
}

Status MoveActivityCommand::doUndo()
{
    auto moved = m_workspace.activities().reschedule(m_workspace.actor(), m_activityId, m_from);
    return moved ? Status() : Status(moved.error());
}

PlanActivityCommand::PlanActivityCommand(Workspace &workspace, Activity draft, std::optional<Deal> newDeal,
                                         const QString &text, Id *createdDeal)
    : DealCommand(workspace, text)
    , m_draft(std::move(draft))
    , m_newDeal(std::move(newDeal))
    , m_createdDeal(createdDeal)
{
}

Status PlanActivityCommand::doRedo()
{
    const Actor actor = m_workspace.actor();
    if (m_newDeal) {
        if (!m_dealCreated) {
            auto deal = m_workspace.deals().create(actor, *m_newDeal);
            if (!deal)
                return deal.error();
            m_draft.dealId = deal->id;
            m_dealCreated = true;
            if (m_createdDeal)
                *m_createdDeal = deal->id;
            m_createdDeal = nullptr; // only the first run reports
        } else if (Status s = m_workspace.deals().restore(actor, m_draft.dealId); !s) {
            return s;
        }
    }
    auto planned = m_workspace.activities().plan(actor, m_draft);
    if (!planned)
        return planned.error();
    m_activityId = planned->id;
    return {};
}

Status PlanActivityCommand::doUndo()
{
    const Actor actor = m_workspace.actor();
    if (Status s = m_workspace.activities().remove(actor, m_activityId); !s)
        return s;
    if (m_newDeal)
        return m_workspace.deals().remove(actor, m_draft.dealId);
    return {};
}

MoveCalendarItemCommand::MoveCalendarItemCommand(Workspace &workspace, CalendarField field, CalendarItem item, QDate day,
                                                 std::optional<QTime> time, QTimeZone zone, const QString &text)
    : DealCommand(workspace, text)
    , m_field(field)
    , m_item(std::move(item))
    , m_day(day)
    , m_time(time)
    , m_zone(std::move(zone))
{
}

Status MoveCalendarItemCommand::doRedo()
{
    return moveCalendarItem(m_workspace.deals(), m_workspace.activities(), m_workspace.actor(), m_field, m_item, m_day,
                            m_time, m_zone);
}

Status MoveCalendarItemCommand::doUndo()
{
    if (m_item.isActivity()) {
        auto moved = m_workspace.activities().reschedule(m_workspace.actor(), m_item.activityId, m_item.start);
        return moved ? Status() : Status(moved.error());
    }
    return moveCalendarItem(m_workspace.deals(), m_workspace.activities(), m_workspace.actor(), m_field, m_item,
                            m_item.date, std::nullopt, m_zone);
}

} // namespace comptoir
