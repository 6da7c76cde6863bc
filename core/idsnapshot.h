// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dealquery.h"
#include "result.h"

#include <QString>
#include <QVector>
#include <condition_variable>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <thread>

namespace comptoir {

// Reads the ids of a list on a worker thread, through a read-only connection of its own to the
// database file, so that walking a million index entries never holds the window: the list
// shows its first screen from a LIMIT query while this runs (WAL lets both read at once).
class IdSnapshotLoad final
{
    Q_DISABLE_COPY_MOVE(IdSnapshotLoad)
public:
    // Starts reading now. `ready` runs on the worker thread once the ids (or an error) are there;
    // never after cancel().
    IdSnapshotLoad(const QString &databasePath, DealIdStatement statement, std::function<void()> ready);
    // The same for a statement made with totals (DealQuery::idStatement): summary() then gives
    // the count and totals of the ids, read in the same pass.
    IdSnapshotLoad(const QString &databasePath, DealIdStatement statement, bool withTotals,
                   std::function<void()> ready);
    // Cancels a read still running and waits for the worker to end.
    ~IdSnapshotLoad();

    bool isReady() const;
    // The ids, waiting for them if needed. Once only.
    Result<QVector<Id>> take();
    // With totals, once take() returned the ids: their count and totals.
    std::optional<DealSummary> summary() const;
    // Stops the read (sqlite3_interrupt); take() then returns an error.
    void cancel();

private:
    void run(const QString &path, const DealIdStatement &statement);

    mutable std::mutex m_mutex;
    std::condition_variable m_done;
    std::function<void()> m_ready;
    sqlite3 *m_connection = nullptr; // while the worker reads, under m_mutex
    bool m_cancelled = false;
    bool m_finished = false;
    bool m_withTotals = false;
    std::optional<DealSummary> m_summary;
    Result<QVector<Id>> m_result;
    std::thread m_worker;
};

} // namespace comptoir
