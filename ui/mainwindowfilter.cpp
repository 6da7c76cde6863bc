// SPDX-License-Identifier: GPL-3.0-or-later
// The filter bar in MainWindow: on a row of its own under the toolbar, shared by every view.
#include "mainwindow.h"

#include "boardmodel.h"
#include "deallistmodel.h"
#include "filterbar.h"
#include "workspace.h"

#include <QAction>
#include <QToolBar>

namespace comptoir {

void MainWindow::createFilterBar()
{
    m_filterBar = new FilterBar(this);
    auto *row = new QToolBar(tr("Filters"), this);
    row->setObjectName(QStringLiteral("filterToolBar"));
    row->setMovable(false);
    row->setFloatable(false);
    row->toggleViewAction()->setVisible(false);
    row->addWidget(m_filterBar);
    addToolBarBreak();
    addToolBar(row);
    connect(m_filterBar, &FilterBar::filterChanged, this, &MainWindow::applyFilter);
    connect(m_filterBar, &FilterBar::errorOccurred, this, &MainWindow::showError);

    auto *find = new QAction(tr("&Find"), this);
    find->setObjectName(QStringLiteral("findAction"));
    find->setShortcut(QKeySequence::Find);
    connect(find, &QAction::triggered, m_filterBar, &FilterBar::focusSearch);
    addAction(find);
}

void MainWindow::attachFilterBar()
{
    m_filterBar->setWorkspace(m_workspace.get());
    m_filterBar->setPipeline(m_dealModel->filter().pipelineId);
}

// The bar's criteria with the toolbar's pipeline, to the list and the board.
void MainWindow::applyFilter(const DealFilter &filter)
{
    DealFilter f = filter;
    f.pipelineId = m_dealModel->filter().pipelineId;
    m_dealModel->setFilter(f);
    if (m_boardModel)
        m_boardModel->setFilter(f); // it keeps its own pipeline
}

} // namespace comptoir
