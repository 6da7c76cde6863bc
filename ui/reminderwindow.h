// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "activityservice.h"
#include "entities.h"
#include "result.h"

#include <QDialog>
#include <QLocale>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace comptoir {

class Workspace;

// The reminders due now (F6), in a window that does not block the main one: deal, activity,
// deadline as the user's locale writes it. Open deal (Enter), Snooze 10 min or 1 hour, Dismiss
// (Delete) act on the selected reminders. Closing the window only hides it: a reminder neither
// snoozed nor dismissed is shown again at the next check.
class ReminderWindow final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReminderWindow)
public:
    ReminderWindow(Workspace &workspace, const QLocale &locale, QWidget *parent = nullptr);

    // Reads the due reminders; shows and raises the window when there are any, hides it when
    // there are none. Returns how many are due.
    Result<int> check();

    QTreeWidget *list() const { return m_list; }
    // The activities listed, top to bottom.
    QList<Id> shownActivities() const;
    // Selects the row of this activity (only it); false when it is not listed.
    bool select(Id activityId);

    // What the buttons do, on the selected reminders.
    Status snoozeSelected(int minutes);
    Status dismissSelected();
    void openSelected();

Q_SIGNALS:
    void openDealRequested(comptoir::Id dealId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QList<Id> selectedActivities() const;
    void fill(const QList<DueReminder> &due);
    void updateButtons();
    Status report(const Status &status);

    Workspace &m_workspace;
    QLocale m_locale;
    QTreeWidget *m_list = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_open = nullptr;
    QPushButton *m_snoozeShort = nullptr;
    QPushButton *m_snoozeLong = nullptr;
    QPushButton *m_dismiss = nullptr;
};

} // namespace comptoir
