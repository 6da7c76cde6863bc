// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QElapsedTimer;

namespace comptoir::app {

struct GlobalOptions;

// Opens the main window on --db, or on the last database used, or on the default one, and
// runs the event loop. With COMPTOIR_EXIT_AFTER_FIRST_PAINT=1 it prints
// "first_paint_ms=<ms since the process started>" once the window has painted, and quits.
int runWindow(const GlobalOptions &options, const QElapsedTimer &sinceMain);

} // namespace comptoir::app
