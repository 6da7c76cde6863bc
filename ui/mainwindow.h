// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QMainWindow>
#include <QTimer>
#include <memory>

class QAction;
class QActionGroup;
class QComboBox;
class QLabel;
class QMenu;
class QStackedWidget;
class QToolBar;
class QUndoStack;

namespace comptoir {

class BinModel;
class BoardModel;
class BulkBar;
class RecycleBinView;
class DealListModel;
class KanbanView;
class ActivitiesView;
class ActivityBoardModel;
class CalendarView;
class CalendarModel;
class DealTableView;
class FilterBar;
struct DealFilter;
class PipelineListModel;
class ReminderWindow;
class Workspace;

// The application window on one open database: a pipeline selector and a view switcher in the
// toolbar, the current view in the middle (the deal list today; Kanban, Activities and
// Calendar come with their issues), the number and total of the shown deals in the status bar.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)
public:
    // Remember: restore and save the geometry, columns and sort, and record opened databases in
    // QSettings. Ephemeral leaves the user's settings alone (screenshots, tests).
    enum class Persistence { Remember, Ephemeral };
    enum class OpenMode { Existing, Create };

    explicit MainWindow(std::unique_ptr<Workspace> workspace, QWidget *parent = nullptr,
                        Persistence persistence = Persistence::Remember);
    ~MainWindow() override;

    // The database opened last (QSettings), or empty when there is none or its file is gone.
    static QString lastDatabasePath();
    static QStringList recentDatabasePaths();
    // The names selectView() accepts: the views that exist in this version.
    static QStringList viewNames();

    Workspace &workspace() { return *m_workspace; }
    DealListModel *dealModel() const { return m_dealModel; }
    DealTableView *dealTable() const { return m_table; }
    BoardModel *boardModel() const { return m_boardModel; }
    KanbanView *kanbanView() const { return m_kanban; }
    ActivitiesView *activitiesView() const { return m_activities; }
    ActivityBoardModel *activityBoardModel() const { return m_activityModel; }
    CalendarView *calendarView() const { return m_calendar; }
    CalendarModel *calendarModel() const { return m_calendarModel; }
    // The one undo stack of the window: every view's undoable actions go on it.
    QUndoStack *undoStack() const { return m_undoStack; }
    // The filter bar every view shares: connect to its filterChanged() to follow it.
    FilterBar *filterBar() const { return m_filterBar; }
    // The list's selection bar with its bulk actions, and the recycle bin view.
    BulkBar *bulkBar() const { return m_bulkBar; }
    RecycleBinView *recycleBinView() const { return m_bin; }
    QAction *exportAction() const { return m_exportAction; }

    // Replaces the open database. Existing refuses a missing file (rather than creating an empty
    // database in its place); Create refuses an existing one. Shows nothing: the caller decides.
    Status openDatabase(const QString &path, OpenMode mode = OpenMode::Existing);
    Status selectView(const QString &name);
    // Recomputes the count and totals of the status bar now.
    void refreshStatus();
    // Shows the reminders due now in the reminder window (hidden when none is due). Runs at
    // start and every 30 seconds when the window remembers its settings (not in screenshots or
    // ephemeral tests, which call it directly). Returns how many are due.
    Result<int> checkReminders();
    ReminderWindow *reminderWindow() const { return m_reminderWindow; }

Q_SIGNALS:
    // Once, after the window's first paint reached the screen (startup measurements wait on it).
    void firstPainted();
    void workspaceChanged();

protected:
    void closeEvent(QCloseEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void createActions();
    void createMenus();
    void createToolBar();
    void createStatusBar();
    void attachWorkspace();
    void restoreSettings();
    void saveSettings();
    void rememberDatabase();
    void updateTitle();
    void updateRecentMenu();
    void updateCount();
    void scheduleTotals();

    void chooseNewDatabase();
    void chooseDatabaseToOpen();
    void openInteractively(const QString &path, OpenMode mode);
    void pipelineChosen(int row);
    void showBoardPipelineInSelector();
    void attachBoard();
    // The Activities board (mainwindowactivities.cpp).
    void createActivityViews();
    void attachActivityViews();
    void ensureActivityModels();
    bool selectActivityView(const QString &name);
    // The filter bar (mainwindowfilter.cpp).
    void createFilterBar();
    void attachFilterBar();
    void applyFilter(const DealFilter &filter);
    void showDeal(qint64 dealId);
    void newDeal();
    void showSettings();
    void showError(const QString &message);
    void showAbout();
    // The list's actions (mainwindowlist.cpp): bulk bar, recycle bin, export.
    void createListActions();
    void createListWidgets();
    void attachListWidgets();
    bool selectListView(const QString &name);
    void updateBulkBar();
    void afterBulkChange();
    void exportDeals();
    // The reminders (mainwindowreminders.cpp).
    void createReminders();
    void attachReminders();

    std::unique_ptr<Workspace> m_workspace;
    const Persistence m_persistence;
    bool m_painted = false;

    DealListModel *m_dealModel = nullptr;
    PipelineListModel *m_pipelineModel = nullptr;

    QStackedWidget *m_views = nullptr;
    DealTableView *m_table = nullptr;
    BoardModel *m_boardModel = nullptr;
    KanbanView *m_kanban = nullptr;
    ActivitiesView *m_activities = nullptr;
    ActivityBoardModel *m_activityModel = nullptr;
    CalendarView *m_calendar = nullptr;
    CalendarModel *m_calendarModel = nullptr;
    QUndoStack *m_undoStack = nullptr;
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
    QComboBox *m_pipelineSelector = nullptr;
    QLabel *m_countLabel = nullptr;
    QLabel *m_totalLabel = nullptr;
    QTimer m_totalsTimer;
    // A search typed in the filter bar reaches the board once the typing pauses (the list at
    // once: it shows a search's first deals within milliseconds, the board reads every column).
    QTimer m_boardSearchTimer;
    FilterBar *m_filterBar = nullptr;

    QAction *m_newAction = nullptr;
    QAction *m_newDealAction = nullptr;
    QAction *m_settingsAction = nullptr;
    QAction *m_openAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_selectAllAction = nullptr;
    QAction *m_refreshAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_aboutQtAction = nullptr;
    QActionGroup *m_viewGroup = nullptr;
    QAction *m_kanbanAction = nullptr;
    QAction *m_listAction = nullptr;
    QAction *m_activitiesAction = nullptr;
    QAction *m_calendarAction = nullptr;
    QMenu *m_recentMenu = nullptr;
    QMenu *m_columnsMenu = nullptr;
    BulkBar *m_bulkBar = nullptr;
    QToolBar *m_bulkToolBar = nullptr;
    BinModel *m_binModel = nullptr;
    RecycleBinView *m_bin = nullptr;
    QAction *m_binAction = nullptr;
    QAction *m_exportAction = nullptr;
    ReminderWindow *m_reminderWindow = nullptr;
    QTimer m_reminderTimer;
};

} // namespace comptoir
