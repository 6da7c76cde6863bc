// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "entities.h"
#include "import/importservice.h"
#include "result.h"

#include <QObject>
#include <QTimer>
#include <atomic>
#include <functional>
#include <memory>
#include <thread>

namespace comptoir {

class Database;
class Workspace;

// Runs an import, a dry run or an undo on a worker thread, over a connection of its own to the
// workspace's file, so that the window keeps painting: the import is one long transaction.
// One job at a time. The result comes back on the thread that owns the runner.
class ImportRunner final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportRunner)
public:
    explicit ImportRunner(Workspace &workspace, QObject *parent = nullptr);
    // Cancels a running import and waits for the worker: nothing it did stays.
    ~ImportRunner() override;

    // Runs (request.dryRun: simulates) the import; progress and cancel are set by the runner.
    void run(import::ImportRequest request);
    // Undoes a committed import as a whole.
    void undo(Id importId);
    // Asks a running import to stop; it rolls back and reports cancelled.
    void cancel();
    // Cancels and waits for the worker (at most the cancel delay); no result is reported.
    void cancelAndWait();
    bool isRunning() const { return m_running; }

Q_SIGNALS:
    // Bytes of the file read so far, at most every 50 ms while a job runs.
    void progressChanged(qint64 done, qint64 total);
    void finished(const comptoir::Result<comptoir::import::ImportSummary> &summary);
    void undoFinished(const comptoir::Status &status, comptoir::Id importId);

private:
    // job gets the worker's connection, or the error that kept it from opening, and returns
    // what to run on the runner's thread once that connection is closed.
    void start(std::function<std::function<void()>(Result<std::unique_ptr<Database>> &)> job);
    void finish();
    void joinWorker();
    void pollProgress();

    Workspace &m_workspace;
    std::thread m_worker;
    std::atomic_bool m_cancel { false };
    std::atomic<qint64> m_done { 0 };
    std::atomic<qint64> m_total { 0 };
    qint64 m_shownDone = -1;
    bool m_running = false;
    quint64 m_generation = 0; // a result of an abandoned job is not reported
    QTimer m_progressTimer;
};

} // namespace comptoir
