// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "entities.h"

#include <QDialog>
#include <QTimeZone>

namespace comptoir {

class WorkCalendar;
class Workspace;

// The quick choices of the proactive prompt (F5).
enum class FollowUp { Tomorrow, InThreeWorkingDays, NextMonday };

// When a quick choice falls: tomorrow at the next full hour; 3 working days later at the next
// full hour (the default deadline); next Monday at 9:00. In `zone`, returned in UTC.
QDateTime followUpDeadline(FollowUp choice, const QDateTime &now, const WorkCalendar &calendar,
                           const QTimeZone &zone = QTimeZone::systemTimeZone());

// "Proactive CRM": asked when the editor of an open deal without a planned activity closes.
// Keyboard-first: 1 tomorrow, 2 in 3 working days, 3 next Monday, 4 pick a date, Esc no.
// A choice plans a call on the deal at once.
class ProactivePrompt final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProactivePrompt)
public:
    ProactivePrompt(Workspace &workspace, const Deal &deal, QWidget *parent = nullptr);

    // Plans the follow-up due at `deadline` (or asks for the details when invalid); false when
    // nothing was planned.
    bool plan(const QDateTime &deadline);

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void choose(int key);

    Workspace &m_workspace;
    Deal m_deal;
};

} // namespace comptoir
