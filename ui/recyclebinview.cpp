// SPDX-License-Identifier: GPL-3.0-or-later
#include "recyclebinview.h"

#include "binmodel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace comptoir {

RecycleBinView::RecycleBinView(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("recycleBin"));
    m_caption = new QLabel(this);
    m_caption->setObjectName(QStringLiteral("binCaption"));
    m_caption->setWordWrap(true);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("binTable"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 12);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_table->horizontalHeader()->setHighlightSections(false);

    m_restore = new QPushButton(tr("&Restore"), this);
    m_restore->setObjectName(QStringLiteral("binRestore"));
    m_restore->setToolTip(tr("Bring the selected deals back, with their history"));
    m_purge = new QPushButton(tr("&Delete Permanently…"), this);
    m_purge->setObjectName(QStringLiteral("binPurge"));
    m_purge->setToolTip(tr("Delete the selected deals for good; this cannot be undone"));
    connect(m_restore, &QPushButton::clicked, this, [this] {
        if (const Status s = restoreSelected(); !s)
            Q_EMIT errorOccurred(s.error().message);
    });
    connect(m_purge, &QPushButton::clicked, this, &RecycleBinView::askPurge);

    auto *top = new QHBoxLayout;
    top->addWidget(m_caption, 1);
    top->addWidget(m_restore);
    top->addWidget(m_purge);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 0);
    layout->addLayout(top);
    layout->addWidget(m_table, 1);
    updateState();
}

void RecycleBinView::setModel(BinModel *model, Workspace *workspace, QUndoStack *stack)
{
    QItemSelectionModel *old = m_table->selectionModel();
    m_model = model;
    m_workspace = workspace;
    m_stack = stack;
    m_table->setModel(model);
    delete old;
    if (model) {
        connect(model, &QAbstractItemModel::modelReset, this, &RecycleBinView::updateState);
        connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
                &RecycleBinView::updateState);
        QHeaderView *header = m_table->horizontalHeader();
        header->setSectionResizeMode(BinModel::TitleColumn, QHeaderView::Stretch);
        const int wide = fontMetrics().horizontalAdvance(QString(18, QLatin1Char('n')));
        for (int column = BinModel::AmountColumn; column < BinModel::ColumnCount; ++column)
            header->resizeSection(column, wide);
    }
    updateState();
}

QList<Id> RecycleBinView::selectedIds() const
{
    QList<Id> ids;
    if (!m_model || !m_table->selectionModel())
        return ids;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
        ids << m_model->dealId(index.row());
    return ids;
}

Status RecycleBinView::restoreSelected()
{
    const QList<Id> ids = selectedIds();
    if (ids.isEmpty() || !m_workspace)
        return {};
    return DealCommand::execute(new RestoreDealsCommand(*m_workspace, ids), m_stack);
}

Status RecycleBinView::purgeSelected()
{
    const QList<Id> ids = selectedIds();
    if (ids.isEmpty() || !m_workspace)
        return {};
    return purgeDeals(*m_workspace, ids);
}

void RecycleBinView::askPurge()
{
    const qsizetype count = selectedIds().size();
    if (count == 0)
        return;
    QMessageBox box(QMessageBox::Warning, tr("Delete Permanently"),
                    tr("Delete %n deal(s) for good?", nullptr, int(count)), QMessageBox::Cancel, this);
    box.setInformativeText(tr("This cannot be undone."));
    QPushButton *remove = box.addButton(tr("Delete Permanently"), QMessageBox::DestructiveRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    if (box.clickedButton() != remove)
        return;
    if (const Status s = purgeSelected(); !s)
        Q_EMIT errorOccurred(s.error().message);
}

void RecycleBinView::updateState()
{
    const int rows = m_model ? m_model->rowCount() : 0;
    const bool chosen = m_table->selectionModel() && m_table->selectionModel()->hasSelection();
    m_restore->setEnabled(chosen);
    m_purge->setEnabled(chosen);
    if (rows == 0)
        m_caption->setText(tr("The recycle bin is empty. Deleted deals wait here until you restore them or delete them for good."));
    else if (m_model->truncated())
        m_caption->setText(tr("The %Ln most recently deleted deal(s).", nullptr, rows));
    else
        m_caption->setText(tr("%Ln deleted deal(s). Restore brings a deal back with its history.", nullptr, rows));
}

} // namespace comptoir
