// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dealquery.h"

#include <QString>
#include <Qt>

namespace comptoir::dealcolumns {

// How each list column presents itself, wherever deals are listed (table header, column
// chooser, details).
QString title(DealColumn column);
// Numbers right-aligned so their digits line up; text left.
Qt::Alignment alignment(DealColumn column);
// What a first click on the header sorts by: biggest amounts and newest dates first, names from A.
Qt::SortOrder initialSortOrder(DealColumn column);

} // namespace comptoir::dealcolumns
