// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>

namespace comptoir::app {

// The translation context of the executable's own messages: Cli::tr("...").
class Cli final
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

} // namespace comptoir::app
