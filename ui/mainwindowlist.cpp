// SPDX-License-Identifier: GPL-3.0-or-later
// What the list lets the seller do, in MainWindow: the selection bar with the bulk actions, the
// recycle bin view and File > Export Deals.
#include "mainwindow.h"

#include "binmodel.h"
#include "boardmodel.h"
#include "bulkbar.h"
#include "deallistmodel.h"
#include "dealtableview.h"
#include "exportdialog.h"
#include "recyclebinview.h"
#include "workspace.h"

#include <QActionGroup>
#include <QStackedWidget>
#include <QStatusBar>
#include <QToolBar>
#include <QUndoStack>

namespace comptoir {

namespace {
const QString BinViewName = QStringLiteral("bin");
} // namespace

void MainWindow::createListActions()
{
    m_exportAction = new QAction(tr("&Export Deals…"), this);
    m_exportAction->setObjectName(QStringLiteral("exportAction"));
    m_exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    m_exportAction->setStatusTip(tr("Write the deals of the list to a CSV file"));
    connect(m_exportAction, &QAction::triggered, this, &MainWindow::exportDeals);

    m_binAction = new QAction(QIcon::fromTheme(QStringLiteral("user-trash")), tr("Recycle &Bin"), m_viewGroup);
    m_binAction->setObjectName(QStringLiteral("binViewAction"));
    m_binAction->setCheckable(true);
    m_binAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_5));
    m_binAction->setToolTip(tr("Deleted deals, to restore or delete for good"));
    connect(m_binAction, &QAction::triggered, this, [this] { (void)selectView(BinViewName); });
}

void MainWindow::createListWidgets()
{
    m_bin = new RecycleBinView(m_views);
    m_views->addWidget(m_bin);
    connect(m_bin, &RecycleBinView::errorOccurred, this, &MainWindow::showError);

    // The selection bar sits on a row of its own above the list, only while deals are selected.
    m_bulkBar = new BulkBar(this);
    m_bulkToolBar = new QToolBar(tr("Selection"), this);
    m_bulkToolBar->setObjectName(QStringLiteral("bulkToolBar"));
    m_bulkToolBar->setMovable(false);
    m_bulkToolBar->setFloatable(false);
    m_bulkToolBar->toggleViewAction()->setVisible(false);
    m_bulkToolBar->addWidget(m_bulkBar);
    addToolBarBreak();
    addToolBar(m_bulkToolBar);
    m_bulkToolBar->hide();
    connect(m_bulkBar, &BulkBar::activeChanged, this, &MainWindow::updateBulkBar);
    connect(m_views, &QStackedWidget::currentChanged, this, &MainWindow::updateBulkBar);
    connect(m_bulkBar, &BulkBar::dealsChanged, this, &MainWindow::afterBulkChange);
    connect(m_bulkBar, &BulkBar::errorOccurred, this, &MainWindow::showError);
}

void MainWindow::attachListWidgets()
{
    BinModel *old = m_binModel;
    m_binModel = new BinModel(*m_workspace, this);
    m_binModel->setLocale(m_dealModel->locale());
    connect(m_binModel, &BinModel::errorOccurred, this, &MainWindow::showError, Qt::QueuedConnection);
    m_bin->setModel(m_binModel, m_workspace.get(), m_undoStack);
    delete old;
    m_dealModel->setUndoStack(m_undoStack); // inline edits are undoable
    m_bulkBar->attach(m_workspace.get(), m_table, m_undoStack);
    updateBulkBar();
}

bool MainWindow::selectListView(const QString &name)
{
    if (name.compare(BinViewName, Qt::CaseInsensitive) != 0)
        return false;
    m_binAction->setChecked(true);
    m_views->setCurrentWidget(m_bin);
    return true;
}

void MainWindow::updateBulkBar()
{
    const bool wanted = m_views->currentWidget() == m_table && m_bulkBar->selectedCount() > 0;
    if (wanted != m_bulkToolBar->isVisible())
        m_bulkToolBar->setVisible(wanted);
}

// Bulk actions write set-based SQL, not through the deal service's per-deal signals: every view
// reads its deals again.
void MainWindow::afterBulkChange()
{
    m_dealModel->reload();
    if (m_boardModel)
        m_boardModel->reload();
    m_binModel->reload();
    scheduleTotals();
}

void MainWindow::exportDeals()
{
    ExportDialog dialog(*m_workspace, m_dealModel->filter(), m_dealModel->currentSort(), m_dealModel->rowCount(),
                        m_table->visibleColumnKeys(), this);
    if (dialog.exec() == QDialog::Accepted)
        statusBar()->showMessage(tr("Exported to %1").arg(dialog.path()), 8000);
}

} // namespace comptoir
