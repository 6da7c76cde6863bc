// SPDX-License-Identifier: GPL-3.0-or-later
#include "importrunner.h"

#include "database.h"
#include "workspace.h"

namespace comptoir {

using namespace comptoir::import;

ImportRunner::ImportRunner(Workspace &workspace, QObject *parent) : QObject(parent), m_workspace(workspace)
{
    m_progressTimer.setInterval(50);
    connect(&m_progressTimer, &QTimer::timeout, this, &ImportRunner::pollProgress);
}

ImportRunner::~ImportRunner()
{
    m_cancel = true;
    joinWorker();
}

void ImportRunner::joinWorker()
{
    if (m_worker.joinable())
        m_worker.join();
}

void ImportRunner::pollProgress()
{
    const qint64 done = m_done.load(std::memory_order_relaxed);
    if (done == m_shownDone)
        return;
    m_shownDone = done;
    Q_EMIT progressChanged(done, m_total.load(std::memory_order_relaxed));
}

void ImportRunner::start(std::function<std::function<void()>(Result<std::unique_ptr<Database>> &)> job)
{
    Q_ASSERT(!m_running);
    joinWorker(); // a previous worker has posted its result: it is about to end
    m_running = true;
    ++m_generation;
    m_cancel = false;
    m_done = 0;
    m_total = 0;
    m_shownDone = -1;
    m_progressTimer.start();
    // The worker opens its own connection: an SQLite connection (and a QSqlDatabase) belongs to
    // the thread that opened it, and the window's connection keeps serving the window.
    const Database &primary = m_workspace.db();
    m_worker = std::thread([this, &primary, job = std::move(job)] {
        std::function<void()> deliver;
        {
            auto connection = primary.openConnection();
            deliver = job(connection);
        } // closed here, on the worker, so that joining the thread later costs the window nothing
        // Back on the runner's thread; dropped if the runner is gone by then.
        QMetaObject::invokeMethod(this, std::move(deliver), Qt::QueuedConnection);
    });
}

void ImportRunner::finish()
{
    m_progressTimer.stop();
    pollProgress();
    m_running = false;
    joinWorker();
}

void ImportRunner::run(ImportRequest request)
{
    request.cancel = &m_cancel;
    request.progress = [this](qint64 done, qint64 total) {
        m_total.store(total, std::memory_order_relaxed);
        m_done.store(done, std::memory_order_relaxed);
    };
    const Actor actor = m_workspace.actor();
    const Clock &clock = m_workspace.clock();
    const quint64 generation = m_generation + 1; // start() counts this job
    start([this, actor, &clock, generation, request = std::move(request)](Result<std::unique_ptr<Database>> &connection) {
        auto result = std::make_shared<Result<ImportSummary>>(
            connection ? ImportService(**connection, clock).run(actor, request)
                       : Result<ImportSummary>(connection.error()));
        return std::function<void()>([this, result, generation] {
            if (generation != m_generation)
                return;
            finish();
            Q_EMIT finished(*result);
        });
    });
}

void ImportRunner::undo(Id importId)
{
    const Actor actor = m_workspace.actor();
    const Clock &clock = m_workspace.clock();
    const quint64 generation = m_generation + 1;
    start([this, actor, &clock, importId, generation](Result<std::unique_ptr<Database>> &connection) {
        auto status = std::make_shared<Status>(connection ? ImportService(**connection, clock).undo(actor, importId)
                                                          : Status(connection.error()));
        return std::function<void()>([this, status, importId, generation] {
            if (generation != m_generation)
                return;
            finish();
            Q_EMIT undoFinished(*status, importId);
        });
    });
}

void ImportRunner::cancel()
{
    m_cancel = true;
}

void ImportRunner::cancelAndWait()
{
    if (!m_running)
        return;
    m_cancel = true;
    ++m_generation;
    m_progressTimer.stop();
    m_running = false;
    joinWorker();
}

} // namespace comptoir
