// SPDX-License-Identifier: GPL-3.0-or-later
#include "dealcolumns.h"

#include <QCoreApplication>

namespace comptoir::dealcolumns {

QString title(DealColumn column)
{
    const char *text = "";
    switch (column) {
    case DealColumn::Id:
        text = QT_TRANSLATE_NOOP("comptoir::DealColumns", "ID");
        break;
    case DealColumn::Title:
        text = QT_TRANSLATE_NOOP("comptoir::DealColumns", "Title");
        break;
    case DealColumn::Amount:
        text = QT_TRANSLATE_NOOP("comptoir::DealColumns", "Amount");
        break;
    case DealColumn::Currency:
        text = QT_TRANSLATE_NOOP("comptoir::DealColumns", "Currency");
        break;
    case DealColumn::Pipeline:
        text = QT_TRANSLATE_NOOP("comptoir::DealColumns", "Pipeline");
        break;
    case DealColumn::Stage:
        text = QT_TRANSLATE_NOOP("comptoir::DealColumns", "Stage");
        break;
    case DealColumn::Company:
        text = QT_TRANSLATE_NOOP("comptoir::DealColumns", "Company");
        break;
    case DealColumn::Contact:
        text = QT_TRANSLATE_NOOP("comptoir::DealColumns", "Contact");
        break;
    case DealColumn::Responsible:
        text = QT_TRANSLATE_NOOP("comptoir::DealColumns", "Responsible");
        break;
    case DealColumn::Type:
        text = QT_TRANSLATE_NOOP("comptoir::DealColumns", "Type");
        break;
    case DealColumn::Source:
        text = QT_TRANSLATE_NOOP("comptoir::DealColumns", "Source");
        break;
    case DealColumn::BeginDate:
        text = QT_TRANSLATE_NOOP("comptoir::DealColumns", "Begin date");
        break;
    case DealColumn::CloseDate:
        text = QT_TRANSLATE_NOOP("comptoir::DealColumns", "Close date");
        break;
    case DealColumn::Probability:
        text = QT_TRANSLATE_NOOP("comptoir::DealColumns", "Probability");
        break;
    case DealColumn::Repeat:
        text = QT_TRANSLATE_NOOP("comptoir::DealColumns", "Repeat");
        break;
    case DealColumn::Created:
        text = QT_TRANSLATE_NOOP("comptoir::DealColumns", "Created");
        break;
    }
    return QCoreApplication::translate("comptoir::DealColumns", text);
}

Qt::Alignment alignment(DealColumn column)
{
    switch (column) {
    case DealColumn::Id:
    case DealColumn::Amount:
    case DealColumn::Probability:
        return Qt::AlignRight | Qt::AlignVCenter;
    case DealColumn::Repeat:
        return Qt::AlignHCenter | Qt::AlignVCenter;
    default:
        return Qt::AlignLeft | Qt::AlignVCenter;
    }
}

Qt::SortOrder initialSortOrder(DealColumn column)
{
    switch (column) {
    case DealColumn::Amount:
    case DealColumn::BeginDate:
    case DealColumn::CloseDate:
    case DealColumn::Probability:
    case DealColumn::Created:
        return Qt::DescendingOrder;
    default:
        return Qt::AscendingOrder;
    }
}

} // namespace comptoir::dealcolumns
