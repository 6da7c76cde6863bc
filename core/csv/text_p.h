// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Private to core/csv: the translation context of every CSV message ("Csv"), so that lupdate
// files them together and a translator sees them side by side.

#include <QCoreApplication>

namespace comptoir::csv {

class Csv
{
    Q_DECLARE_TR_FUNCTIONS(Csv)
};

} // namespace comptoir::csv
