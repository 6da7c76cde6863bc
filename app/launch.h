// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace comptoir::app {

// The options that come before (or anywhere around) the subcommand, and the subcommand itself.
struct GlobalOptions
{
    bool ok = true;
    QString error;
    bool help = false;
    bool version = false;
    QString db; // empty: the default database (or, for the window, the last one opened)
    QString lang; // empty: the system locale
    QString command; // empty: open the window
    QStringList commandArgs; // what follows the command
};

// Parses without needing a QCoreApplication, so that main() can choose which application
// object to create. Calling it again once translations are loaded gives translated errors.
GlobalOptions parseGlobalOptions(const QStringList &arguments);

enum class AppKind {
    Console, // QCoreApplication: no display needed
    Window, // QApplication on the platform the user has
    Offscreen, // QApplication rendering offscreen (screenshot)
};
AppKind appKindFor(const GlobalOptions &options);

// Milliseconds between the kernel starting this process and now, read from /proc/self/stat, so
// that dynamic loading and static initialisation count too. -1 when it cannot be read.
// The kernel keeps the start time in clock ticks (10 ms here), so this errs late by < 1 tick.
qint64 msSinceProcessStart();

} // namespace comptoir::app
