// SPDX-License-Identifier: GPL-3.0-or-later
// The menus, toolbar, status bar and file dialogs of MainWindow.
#include "mainwindow.h"

#include "deallistmodel.h"
#include "dealtableview.h"
#include "importactions.h"
#include "recentdatabases.h"
#include "workspace.h"

#include <QActionGroup>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>
#include <QToolBar>
#include <QUndoStack>

namespace comptoir {

namespace {

QString databaseFilters()
{
    return MainWindow::tr("Comptoir databases (*.db *.comptoir);;All files (*)");
}

} // namespace

void MainWindow::createActions()
{
    m_newAction = new QAction(tr("&New Database…"), this);
    // Ctrl+N belongs to the object people create most: a deal.
    m_newAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    m_newAction->setStatusTip(tr("Create an empty database in a new file"));
    connect(m_newAction, &QAction::triggered, this, &MainWindow::chooseNewDatabase);

    m_newDealAction = new QAction(tr("New &Deal…"), this);
    m_newDealAction->setObjectName(QStringLiteral("newDealAction"));
    m_newDealAction->setShortcut(QKeySequence::New);
    m_newDealAction->setStatusTip(tr("Open the editor on a new deal in the current pipeline"));
    connect(m_newDealAction, &QAction::triggered, this, &MainWindow::newDeal);

    m_settingsAction = new QAction(tr("&Settings…"), this);
    m_settingsAction->setObjectName(QStringLiteral("settingsAction"));
    m_settingsAction->setShortcut(QKeySequence::Preferences);
    m_settingsAction->setMenuRole(QAction::PreferencesRole);
    m_settingsAction->setStatusTip(tr("Pipelines, stages, lists, working days and forms"));
    connect(m_settingsAction, &QAction::triggered, this, &MainWindow::showSettings);

    m_openAction = new QAction(tr("&Open Database…"), this);
    m_openAction->setShortcut(QKeySequence::Open);
    m_openAction->setStatusTip(tr("Open another database file"));
    connect(m_openAction, &QAction::triggered, this, &MainWindow::chooseDatabaseToOpen);

    m_quitAction = new QAction(tr("&Quit"), this);
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_selectAllAction = new QAction(tr("Select &All"), this);
    m_selectAllAction->setShortcut(QKeySequence::SelectAll);
    connect(m_selectAllAction, &QAction::triggered, m_table, &QAbstractItemView::selectAll);

    m_refreshAction = new QAction(tr("&Refresh"), this);
    m_refreshAction->setShortcut(QKeySequence::Refresh);
    m_refreshAction->setStatusTip(tr("Read the deals again from the database"));
    connect(m_refreshAction, &QAction::triggered, this, [this] {
        m_dealModel->reload();
        refreshStatus();
    });

    m_aboutAction = new QAction(tr("&About Comptoir"), this);
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
    m_aboutQtAction = new QAction(tr("About &Qt"), this);
    m_aboutQtAction->setMenuRole(QAction::AboutQtRole);
    connect(m_aboutQtAction, &QAction::triggered, qApp, &QApplication::aboutQt);

    // The four views of a pipeline. Only the list exists in this version; the others are shown
    // (disabled) so the place they will take is clear, and say when they come.
    m_viewGroup = new QActionGroup(this);
    m_viewGroup->setExclusive(true);
    const auto addView = [this](const QString &text, const QString &icon, const QString &objectName,
                                Qt::Key key, const QString &later) {
        auto *action = new QAction(QIcon(icon), text, m_viewGroup);
        action->setObjectName(objectName);
        action->setCheckable(true);
        action->setShortcut(QKeySequence(Qt::CTRL | key));
        if (!later.isEmpty()) {
            action->setEnabled(false);
            action->setToolTip(later);
            action->setStatusTip(later);
        }
        return action;
    };
    m_kanbanAction = addView(tr("&Kanban"), QStringLiteral(":/icons/view-kanban.svg"),
                             QStringLiteral("kanbanViewAction"), Qt::Key_1, QString());
    m_kanbanAction->setToolTip(tr("Deals as cards in the stages of the pipeline"));
    m_listAction = addView(tr("&List"), QStringLiteral(":/icons/view-list.svg"),
                           QStringLiteral("listViewAction"), Qt::Key_2, QString());
    m_listAction->setToolTip(tr("Deals as a list"));
    m_listAction->setChecked(true);
    m_activitiesAction = addView(tr("&Activities"), QStringLiteral(":/icons/view-activities.svg"),
                                 QStringLiteral("activitiesViewAction"), Qt::Key_3, QString());
    m_activitiesAction->setToolTip(tr("Deals by the deadline of their next activity"));
    m_calendarAction = addView(tr("&Calendar"), QStringLiteral(":/icons/view-calendar.svg"),
                               QStringLiteral("calendarViewAction"), Qt::Key_4, QString());
    m_calendarAction->setToolTip(tr("Deals and activities in a month"));
    connect(m_listAction, &QAction::triggered, this,
            [this] { (void)selectView(QStringLiteral("list")); });
    connect(m_kanbanAction, &QAction::triggered, this,
            [this] { (void)selectView(QStringLiteral("kanban")); });

    // One undo history for the window, shared by the views (Ctrl+Z, Ctrl+Shift+Z).
    m_undoAction = m_undoStack->createUndoAction(this, tr("&Undo"));
    m_undoAction->setObjectName(QStringLiteral("undoAction"));
    m_undoAction->setShortcut(QKeySequence::Undo);
    m_redoAction = m_undoStack->createRedoAction(this, tr("&Redo"));
    m_redoAction->setObjectName(QStringLiteral("redoAction"));
    m_redoAction->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence::Redo});
    createListActions();
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_newDealAction);
    file->addSeparator();
    file->addAction(m_newAction);
    file->addAction(m_openAction);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    m_recentMenu->setObjectName(QStringLiteral("recentMenu"));
    file->addSeparator();
    file->addAction(tr("&Import Deals…"), this, [this] { showImportWizard(this); })
        ->setObjectName(QStringLiteral("importDealsAction"));
    file->addAction(tr("Import &History…"), this, [this] { showImportHistory(this); })
        ->setObjectName(QStringLiteral("importHistoryAction"));
    file->addSeparator();
    file->addAction(m_exportAction);
    file->addSeparator();
    file->addAction(m_quitAction);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(m_undoAction);
    edit->addAction(m_redoAction);
    edit->addSeparator();
    edit->addAction(m_selectAllAction);
    edit->addSeparator();
    edit->addAction(m_settingsAction);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addActions(m_viewGroup->actions());
    view->addSeparator();
    m_columnsMenu = view->addMenu(tr("&Columns"));
    connect(m_columnsMenu, &QMenu::aboutToShow, this, [this] {
        m_columnsMenu->clear();
        m_table->fillColumnsMenu(m_columnsMenu);
    });
    view->addSeparator();
    view->addAction(m_refreshAction);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(m_aboutAction);
    help->addAction(m_aboutQtAction);
}

void MainWindow::createToolBar()
{
    QToolBar *bar = addToolBar(tr("Main Toolbar"));
    bar->setObjectName(QStringLiteral("mainToolBar"));
    bar->setMovable(false);
    bar->setFloatable(false);
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    bar->setIconSize(QSize(18, 18));

    auto *label = new QLabel(tr("&Pipeline:"), bar);
    label->setContentsMargins(4, 0, 6, 0);
    m_pipelineSelector = new QComboBox(bar);
    m_pipelineSelector->setObjectName(QStringLiteral("pipelineSelector"));
    m_pipelineSelector->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_pipelineSelector->setMinimumContentsLength(16);
    m_pipelineSelector->setToolTip(tr("The pipeline whose deals are shown"));
    label->setBuddy(m_pipelineSelector);
    connect(m_pipelineSelector, &QComboBox::currentIndexChanged, this, &MainWindow::pipelineChosen);
    bar->addWidget(label);
    bar->addWidget(m_pipelineSelector);

    // The view switcher sits at the right end, apart from the filter.
    auto *spacer = new QWidget(bar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    bar->addWidget(spacer);
    bar->addActions(m_viewGroup->actions());
}

void MainWindow::createStatusBar()
{
    m_countLabel = new QLabel(this);
    m_countLabel->setObjectName(QStringLiteral("dealCountLabel"));
    m_countLabel->setContentsMargins(6, 0, 6, 0);
    m_totalLabel = new QLabel(this);
    m_totalLabel->setObjectName(QStringLiteral("dealTotalLabel"));
    m_totalLabel->setContentsMargins(6, 0, 6, 0);
    statusBar()->addWidget(m_countLabel);
    statusBar()->addPermanentWidget(m_totalLabel);
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList paths = recentdatabases::list();
    const QString current = QFileInfo(m_workspace->db().path()).absoluteFilePath();
    for (qsizetype i = 0; i < paths.size(); ++i) {
        const QString &path = paths[i];
        const QString shown
            = fontMetrics().elidedText(QDir::toNativeSeparators(path), Qt::ElideMiddle, 480);
        // Numbered for the keyboard: &1 to &8.
        QAction *action = m_recentMenu->addAction(QStringLiteral("&%1 %2").arg(i + 1).arg(shown));
        action->setToolTip(QDir::toNativeSeparators(path));
        action->setEnabled(path != current);
        connect(action, &QAction::triggered, this,
                [this, path] { openInteractively(path, OpenMode::Existing); });
    }
    if (!paths.isEmpty())
        m_recentMenu->addSeparator();
    QAction *clear = m_recentMenu->addAction(tr("&Clear Menu"));
    clear->setEnabled(!paths.isEmpty());
    connect(clear, &QAction::triggered, this, [this] {
        recentdatabases::clear();
        updateRecentMenu();
    });
}

void MainWindow::chooseNewDatabase()
{
    QFileDialog dialog(this, tr("New Database"), QFileInfo(m_workspace->db().path()).absolutePath(),
                       databaseFilters());
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setDefaultSuffix(QStringLiteral("db"));
    // An existing file is refused by openDatabase(): never replaced, so no overwrite question.
    dialog.setOption(QFileDialog::DontConfirmOverwrite);
    if (dialog.exec() == QDialog::Accepted && !dialog.selectedFiles().isEmpty())
        openInteractively(dialog.selectedFiles().constFirst(), OpenMode::Create);
}

void MainWindow::chooseDatabaseToOpen()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open Database"), QFileInfo(m_workspace->db().path()).absolutePath(),
        databaseFilters());
    if (!path.isEmpty())
        openInteractively(path, OpenMode::Existing);
}

void MainWindow::openInteractively(const QString &path, OpenMode mode)
{
    const Status opened = openDatabase(path, mode);
    if (opened)
        return;
    if (mode == OpenMode::Existing && !QFileInfo::exists(path)) {
        recentdatabases::remove(path);
        updateRecentMenu();
    }
    QMessageBox box(QMessageBox::Warning, tr("Cannot Open Database"),
                    tr("Comptoir could not open %1.").arg(QDir::toNativeSeparators(path)),
                    QMessageBox::Ok, this);
    box.setInformativeText(opened.error().message);
    box.setDetailedText(opened.error().detail);
    box.exec();
}

} // namespace comptoir
