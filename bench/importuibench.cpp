// SPDX-License-Identifier: GPL-3.0-or-later
// import_ui: the import wizard over a generated CSV of N deals (default 200,000), each run on a
// new database. Prints the longest stall of the window's thread while the import runs (a 5 ms
// timer measures the gaps between its ticks; the target is 50 ms), the time Cancel takes to
// end an import half-way (target 250 ms) and the wizard's import time.

#include "benchmarks.h"

#include "importdryrunpage.h"
#include "importrulespage.h"
#include "importrunpage.h"
#include "importrunner.h"
#include "importwizard.h"
#include "workspace.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTimer>

namespace comptoir::bench {
namespace {

// Runs the event loop until pred() holds or timeoutMs passes.
bool waitFor(const std::function<bool()> &pred, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (!pred()) {
        if (timer.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
    }
    return true;
}

struct Run
{
    double stallMs = 0;
    double importMs = 0;
    double cancelMs = -1;
};

// One wizard from the file to the end of the import (or its cancel at half the file).
Result<Run> runWizard(const QString &csv, bool cancelHalfWay)
{
    QTemporaryDir dir;
    auto workspace = Workspace::open(dir.filePath(QStringLiteral("bench.db")));
    if (!workspace)
        return workspace.error();
    Run run;
    {
        ImportWizard wizard(**workspace);
        wizard.show();
        wizard.setFile(csv);
        wizard.next();
        wizard.next();
        auto *rules = static_cast<ImportRulesPage *>(wizard.page(ImportWizard::RulesPageId));
        if (!waitFor([rules] { return !rules->isScanning(); }, 600000))
            return Error::invalid(QStringLiteral("the rules page never finished reading the file"));
        wizard.settings().rules.unknownStages = import::UnknownStages::Create;
        wizard.next();
        auto *dryRun = static_cast<ImportDryRunPage *>(wizard.page(ImportWizard::DryRunPageId));
        if (!waitFor([dryRun] { return !dryRun->isRunning(); }, 600000) || !dryRun->isComplete())
            return Error::invalid(QStringLiteral("the dry run found errors"));

        QElapsedTimer sinceTick;
        qint64 stall = 0;
        QTimer probe;
        probe.setInterval(5);
        QObject::connect(&probe, &QTimer::timeout, [&] { stall = std::max(stall, sinceTick.restart()); });
        qint64 done = 0, total = 1;
        QObject::connect(wizard.runner(), &ImportRunner::progressChanged, [&](qint64 d, qint64 t) {
            done = d;
            total = std::max<qint64>(t, 1);
        });
        auto *runPage = static_cast<ImportRunPage *>(wizard.page(ImportWizard::RunPageId));
        QElapsedTimer importTimer;
        importTimer.start();
        sinceTick.start();
        probe.start();
        wizard.next(); // Import
        if (cancelHalfWay) {
            if (!waitFor([&] { return done * 2 >= total || !runPage->isRunning(); }, 600000))
                return Error::invalid(QStringLiteral("no progress"));
            QElapsedTimer cancel;
            cancel.start();
            wizard.findChild<QPushButton *>(QStringLiteral("cancelImportButton"))->click();
            waitFor([runPage] { return !runPage->isRunning(); }, 60000);
            run.cancelMs = double(cancel.nsecsElapsed()) / 1e6;
        } else {
            waitFor([runPage] { return !runPage->isRunning(); }, 600000);
            if (!wizard.settings().result)
                return Error::invalid(QStringLiteral("the import did not commit"));
        }
        probe.stop();
        run.importMs = double(importTimer.nsecsElapsed()) / 1e6;
        run.stallMs = double(stall);
    }
    return run;
}

} // namespace

Result<QList<Figure>> importUiBench(const Options &options)
{
    const int rows = options.rows > 0 ? options.rows : 200000;
    const int runs = options.runs > 0 ? options.runs : 3;
    QTemporaryDir dir;
    const QString csv = dir.filePath(QStringLiteral("deals.csv"));
    if (auto s = writeImportCsv(csv, rows); !s)
        return s.error();
    Figure stall { QStringLiteral("import_ui_stall"), rows, {}, 0, -1 };
    Figure import { QStringLiteral("import_ui"), rows, {}, 0, -1 };
    Figure cancel { QStringLiteral("import_ui_cancel"), rows, {}, 0, -1 };
    for (int i = 0; i < runs; ++i) {
        for (bool cancelHalfWay : { false, true }) {
            auto run = runWizard(csv, cancelHalfWay);
            if (!run)
                return run.error();
            stall.samplesMs.append(run->stallMs);
            if (cancelHalfWay)
                cancel.samplesMs.append(run->cancelMs);
            else
                import.samplesMs.append(run->importMs);
        }
    }
    for (Figure *f : { &stall, &import, &cancel })
        f->peakRssKib = selfPeakRssKib();
    return QList<Figure> { import, stall, cancel };
}

} // namespace comptoir::bench
