// SPDX-License-Identifier: GPL-3.0-or-later
#include "columnchooser.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace comptoir {

namespace {
constexpr int LogicalRole = Qt::UserRole + 1;
}

ColumnChooserDialog::ColumnChooserDialog(QHeaderView *header, int fixedColumn, QWidget *parent)
    : QDialog(parent)
    , m_header(header)
{
    setObjectName(QStringLiteral("columnChooser"));
    setWindowTitle(tr("Choose Columns"));
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("columnList"));
    m_list->setDragDropMode(QAbstractItemView::InternalMove);
    m_list->setDefaultDropAction(Qt::MoveAction);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    QAbstractItemModel *model = header->model();
    for (int visual = 0; visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        auto *item = new QListWidgetItem(model->headerData(logical, Qt::Horizontal).toString(), m_list);
        item->setData(LogicalRole, logical);
        Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled;
        if (logical != fixedColumn)
            flags |= Qt::ItemIsUserCheckable;
        else
            item->setToolTip(tr("The title always shows: it names the deal."));
        item->setFlags(flags);
        item->setCheckState(header->isSectionHidden(logical) ? Qt::Unchecked : Qt::Checked);
    }
    m_up = new QPushButton(tr("Move &Up"), this);
    m_down = new QPushButton(tr("Move &Down"), this);
    connect(m_up, &QPushButton::clicked, this, [this] { move(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { move(+1); });
    connect(m_list, &QListWidget::currentRowChanged, this, &ColumnChooserDialog::updateButtons);

    auto *side = new QVBoxLayout;
    side->addWidget(m_up);
    side->addWidget(m_down);
    side->addStretch(1);
    auto *middle = new QHBoxLayout;
    middle->addWidget(m_list, 1);
    middle->addLayout(side);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &ColumnChooserDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Tick the columns to show; drag them into the order you want."), this));
    layout->addLayout(middle, 1);
    layout->addWidget(buttons);
    m_list->setCurrentRow(0);
    updateButtons();
}

QList<int> ColumnChooserDialog::order() const
{
    QList<int> columns;
    for (int row = 0; row < m_list->count(); ++row)
        columns << m_list->item(row)->data(LogicalRole).toInt();
    return columns;
}

bool ColumnChooserDialog::isShown(int logical) const
{
    for (int row = 0; row < m_list->count(); ++row) {
        const QListWidgetItem *item = m_list->item(row);
        if (item->data(LogicalRole).toInt() == logical)
            return item->checkState() == Qt::Checked;
    }
    return false;
}

void ColumnChooserDialog::apply() const
{
    const QList<int> columns = order();
    for (int visual = 0; visual < columns.size(); ++visual) {
        const int from = m_header->visualIndex(columns[visual]);
        if (from != visual)
            m_header->moveSection(from, visual);
        m_header->setSectionHidden(columns[visual], !isShown(columns[visual]));
    }
}

void ColumnChooserDialog::accept()
{
    apply();
    QDialog::accept();
}

void ColumnChooserDialog::move(int by)
{
    const int row = m_list->currentRow();
    const int to = row + by;
    if (row < 0 || to < 0 || to >= m_list->count())
        return;
    QListWidgetItem *item = m_list->takeItem(row);
    m_list->insertItem(to, item);
    m_list->setCurrentRow(to);
}

void ColumnChooserDialog::updateButtons()
{
    const int row = m_list->currentRow();
    m_up->setEnabled(row > 0);
    m_down->setEnabled(row >= 0 && row + 1 < m_list->count());
}

} // namespace comptoir
