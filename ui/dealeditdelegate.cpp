// SPDX-License-Identifier: GPL-3.0-or-later
#include "dealeditdelegate.h"

#include "dealdelegate.h"
#include "deallistmodel.h"

#include <QComboBox>
#include <QDateEdit>
#include <QLineEdit>

namespace comptoir {

DealEditDelegate::DealEditDelegate(int stageColumn, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_painter(new DealDelegate(stageColumn, this))
{
}

void DealEditDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    m_painter->paint(painter, option, index);
}

QSize DealEditDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    return m_painter->sizeHint(option, index);
}

QWidget *DealEditDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                                        const QModelIndex &index) const
{
    const auto *model = qobject_cast<const DealListModel *>(index.model());
    if (!model || !DealListModel::isEditableColumn(index.column()))
        return nullptr;
    switch (index.column()) {
    case DealListModel::CloseDateColumn: {
        auto *edit = new QDateEdit(parent);
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(model->locale().dateFormat(QLocale::ShortFormat));
        return edit;
    }
    case DealListModel::TypeColumn:
    case DealListModel::SourceColumn:
    case DealListModel::ResponsibleColumn: {
        auto *combo = new QComboBox(parent);
        for (const auto &[text, value] : model->editChoices(index.column()))
            combo->addItem(text, value);
        // A choice is made with one click: write it at once rather than on focus out.
        connect(combo, &QComboBox::activated, this, [this, combo] {
            Q_EMIT const_cast<DealEditDelegate *>(this)->commitData(combo);
            Q_EMIT const_cast<DealEditDelegate *>(this)->closeEditor(combo);
        });
        return combo;
    }
    default: {
        auto *line = new QLineEdit(parent);
        line->setFrame(false);
        if (index.column() == DealListModel::AmountColumn)
            line->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        return line;
    }
    }
    Q_UNUSED(option)
}

void DealEditDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    const auto *model = qobject_cast<const DealListModel *>(index.model());
    if (!model)
        return;
    const QVariant value = model->editValue(index);
    if (auto *date = qobject_cast<QDateEdit *>(editor)) {
        date->setDate(value.toDate().isValid() ? value.toDate() : QDate::currentDate());
    } else if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        combo->setCurrentIndex(std::max(0, combo->findData(value.toString())));
    } else if (auto *line = qobject_cast<QLineEdit *>(editor)) {
        line->setText(value.toString());
        line->selectAll();
    }
}

void DealEditDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    if (auto *date = qobject_cast<QDateEdit *>(editor))
        model->setData(index, date->date());
    else if (auto *combo = qobject_cast<QComboBox *>(editor))
        model->setData(index, combo->currentData().toString());
    else if (auto *line = qobject_cast<QLineEdit *>(editor))
        model->setData(index, line->text());
}

} // namespace comptoir
