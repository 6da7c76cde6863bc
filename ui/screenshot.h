// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QSize>
#include <QString>
#include <memory>

namespace comptoir {

class Workspace;

// Renders the main window on `workspace` at `size`, showing `view` ("list"; later views add
// their names), into the PNG file `outPng`. Needs a QApplication; works on the offscreen
// platform. Leaves the user's settings (geometry, recent databases) untouched. Fails with
// Error::invalid for an unknown view (the message lists the valid ones) or a bad size, and
// with an Io error naming the file when the PNG cannot be written.
Status renderScreenshot(std::unique_ptr<Workspace> workspace, const QString &view,
                        const QSize &size, const QString &outPng);

// Renders the deal editor open on deal `dealId` (NotFound when there is none) into `outPng`.
Status renderDealScreenshot(std::unique_ptr<Workspace> workspace, qint64 dealId, const QSize &size,
                            const QString &outPng);
// Renders the settings dialog on `page` (a name of SettingsDialog::pageNames(), "pipelines" when
// empty; Error::invalid listing the names for an unknown one) into `outPng`; renderScreenshot()
// calls it for the view "settings".
Status renderSettingsScreenshot(std::unique_ptr<Workspace> workspace, const QSize &size, const QString &outPng,
                                const QString &page = {});

} // namespace comptoir
