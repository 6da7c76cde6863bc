// SPDX-License-Identifier: GPL-3.0-or-later
#include "window.h"

#include "cli.h"
#include "clitr.h"
#include "launch.h"
#include "mainwindow.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QMessageBox>

#include <cstdio>

namespace comptoir::app {

namespace {

QString databaseToOpen(const GlobalOptions &options)
{
    if (!options.db.isEmpty())
        return options.db;
    // Empty when the last database was moved or deleted since: start on the default one rather
    // than recreating an empty file where the old one was.
    const QString last = MainWindow::lastDatabasePath();
    return last.isEmpty() ? Database::defaultPath() : last;
}

} // namespace

int runWindow(const GlobalOptions &options, const QElapsedTimer &sinceMain)
{
    const bool exitAfterFirstPaint = qEnvironmentVariable("COMPTOIR_EXIT_AFTER_FIRST_PAINT") == QLatin1String("1");
    const QString path = databaseToOpen(options);
    auto workspace = Workspace::open(path);
    if (!workspace) {
        fail(workspace.error());
        if (!exitAfterFirstPaint)
            QMessageBox::critical(nullptr, Cli::tr("Comptoir"), workspace.error().message);
        return ExitFailure;
    }
    MainWindow window(std::move(workspace).value());
    if (exitAfterFirstPaint) {
        QObject::connect(&window, &MainWindow::firstPainted, qApp, [&sinceMain] {
            static bool printed = false;
            if (printed)
                return;
            printed = true;
            // The kernel's process start time counts dynamic loading and static constructors
            // too; the timer is the fallback where /proc is missing.
            const qint64 ms = std::max(msSinceProcessStart(), sinceMain.elapsed());
            std::printf("first_paint_ms=%lld\n", static_cast<long long>(ms));
            std::fflush(stdout);
            QMetaObject::invokeMethod(qApp, &QCoreApplication::quit, Qt::QueuedConnection);
        });
    }
    window.show();
    return QApplication::exec();
}

} // namespace comptoir::app
