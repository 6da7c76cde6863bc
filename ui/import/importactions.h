// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "entities.h"

namespace comptoir {

class MainWindow;

// File → Import Deals…: the import wizard over the window's database (window-modal).
void showImportWizard(MainWindow *window);
// File → Import History…: the imports, with Show these deals and Undo import.
void showImportHistory(MainWindow *window);
// Filters the window's list to the deals of one import, with a status-bar button that lifts
// that filter again.
void showImportedDeals(MainWindow *window, Id importId);

} // namespace comptoir
