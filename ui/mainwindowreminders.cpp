// SPDX-License-Identifier: GPL-3.0-or-later
// The main window's reminders (F6): a check at start and every 30 seconds, shown in the
// reminder window, whose "Open deal" opens the deal editor.
#include "mainwindow.h"

#include "deallistmodel.h"
#include "reminderwindow.h"
#include "workspace.h"

#include <QStatusBar>

namespace comptoir {

namespace {
constexpr int ReminderCheckMs = 30 * 1000;
} // namespace

void MainWindow::createReminders()
{
    m_reminderTimer.setInterval(ReminderCheckMs);
    connect(&m_reminderTimer, &QTimer::timeout, this, [this] { (void)checkReminders(); });
}

void MainWindow::attachReminders()
{
    // The window reads the workspace it was made with: a database swap makes a new one.
    delete m_reminderWindow;
    m_reminderWindow = nullptr;
    if (m_persistence == Persistence::Remember) {
        m_reminderTimer.start();
        // Once the window is up, not before: the reminders come on top of it.
        QTimer::singleShot(0, this, [this] { (void)checkReminders(); });
    }
}

Result<int> MainWindow::checkReminders()
{
    if (!m_reminderWindow) {
        m_reminderWindow = new ReminderWindow(*m_workspace, m_dealModel->locale(), this);
        connect(m_reminderWindow, &ReminderWindow::openDealRequested, this, &MainWindow::showDeal);
    }
    // A failed read is not worth a dialog every 30 seconds: the status bar says it.
    auto due = m_reminderWindow->check();
    if (!due)
        statusBar()->showMessage(due.error().message, ReminderCheckMs);
    return due;
}

} // namespace comptoir
