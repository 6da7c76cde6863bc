// SPDX-License-Identifier: GPL-3.0-or-later
// The main window's Activities board: its view, its model on the open workspace, following
// the shared filter, its actions on the window's undo stack.
#include "mainwindow.h"

#include "activitiesview.h"
#include "activityboardmodel.h"
#include "calendarmodel.h"
#include "calendarview.h"
#include "deallistmodel.h"

#include <QAction>
#include <QStackedWidget>

namespace comptoir {

void MainWindow::createActivityViews()
{
    m_activities = new ActivitiesView(m_views);
    m_activities->setObjectName(QStringLiteral("activitiesView"));
    m_views->addWidget(m_activities);
    connect(m_activities, &ActivitiesView::dealActivated, this, &MainWindow::showDeal);
    connect(m_activitiesAction, &QAction::triggered, this, [this] { (void)selectView(QStringLiteral("activities")); });
    m_calendar = new CalendarView(m_views);
    m_calendar->setObjectName(QStringLiteral("calendarView"));
    m_views->addWidget(m_calendar);
    connect(m_calendar, &CalendarView::dealActivated, this, &MainWindow::showDeal);
    connect(m_calendarAction, &QAction::triggered, this, [this] { (void)selectView(QStringLiteral("calendar")); });
}

// The Activities board and the Calendar read their models only once one of them is shown: at
// a million deals they cost more than the rest of the window's start (docs/PERFORMANCE.md).
void MainWindow::attachActivityViews()
{
    if (m_activityModel && &m_activityModel->workspace() == m_workspace.get()) {
        m_activityModel->setFilter(m_dealModel->filter());
        m_calendarModel->setFilter(m_dealModel->filter());
        return;
    }
    // Models of another workspace (or none yet): dropped, made again when a view shows.
    m_activities->setModel(nullptr);
    m_calendar->setModel(nullptr);
    delete m_activityModel;
    delete m_calendarModel;
    m_activityModel = nullptr;
    m_calendarModel = nullptr;
    if (m_views->currentWidget() == m_activities || m_views->currentWidget() == m_calendar)
        ensureActivityModels();
}

void MainWindow::ensureActivityModels()
{
    if (m_activityModel)
        return;
    m_activityModel = new ActivityBoardModel(*m_workspace, this);
    m_activityModel->setFilter(m_dealModel->filter());
    m_activityModel->setUndoStack(m_undoStack);
    // The board follows the shared filter whoever changes it (equal filters cost nothing).
    connect(m_dealModel, &DealListModel::snapshotChanged, m_activityModel,
            [this] { m_activityModel->setFilter(m_dealModel->filter()); });
    m_activities->setModel(m_activityModel);

    m_calendarModel = new CalendarModel(*m_workspace, this);
    m_calendarModel->setFilter(m_dealModel->filter());
    m_calendarModel->setUndoStack(m_undoStack);
    connect(m_dealModel, &DealListModel::snapshotChanged, m_calendarModel,
            [this] { m_calendarModel->setFilter(m_dealModel->filter()); });
    m_calendar->setModel(m_calendarModel);
}

bool MainWindow::selectActivityView(const QString &name)
{
    if (name.compare(QStringLiteral("calendar"), Qt::CaseInsensitive) == 0) {
        ensureActivityModels();
        m_calendarAction->setChecked(true);
        m_views->setCurrentWidget(m_calendar);
        return true;
    }
    if (name.compare(QStringLiteral("activities"), Qt::CaseInsensitive) != 0)
        return false;
    ensureActivityModels();
    m_activitiesAction->setChecked(true);
    m_views->setCurrentWidget(m_activities);
    return true;
}

} // namespace comptoir
