// SPDX-License-Identifier: GPL-3.0-or-later
#include "idsnapshot.h"

#include "access.h"
#include "database.h"

#include <QCoreApplication>
#include <sqlite3.h>

namespace comptoir {

Result<std::optional<qint64>> DealQuery::keptCount(const Actor &actor, const DealFilter &filter) const
{
    if (!filter.onlyStageCriteria())
        return std::optional<qint64>();
    auto visible = AccessPolicy(m_db).dealVisibility(actor, QStringLiteral("d"));
    if (!visible)
        return visible.error();
    if (!visible->values.isEmpty() || visible->sql != u"1")
        return std::optional<qint64>(); // the totals count every deal, not only the visible ones
    // summary() answers these from the same per-stage totals, without reading the deals.
    auto summary = this->summary(actor, filter);
    if (!summary)
        return summary.error();
    return std::optional<qint64>(summary->count);
}

IdSnapshotLoad::IdSnapshotLoad(const QString &databasePath, DealIdStatement statement,
                               std::function<void()> ready)
    : IdSnapshotLoad(databasePath, std::move(statement), false, std::move(ready))
{
}

IdSnapshotLoad::IdSnapshotLoad(const QString &databasePath, DealIdStatement statement, bool withTotals,
                               std::function<void()> ready)
    : m_ready(std::move(ready))
    , m_withTotals(withTotals)
    , m_result(Error::storage(QString(), QString()))
{
    m_worker = std::thread([this, path = databasePath, statement = std::move(statement)] {
        run(path, statement);
    });
}

IdSnapshotLoad::~IdSnapshotLoad()
{
    cancel();
    m_worker.join();
}

void IdSnapshotLoad::run(const QString &path, const DealIdStatement &statement)
{
    const auto failed = [](const QString &detail) {
        return Error::storage(QCoreApplication::translate("DealQuery", "Cannot list the deals."), detail);
    };
    sqlite3 *db = nullptr;
    Result<QVector<Id>> result = failed(QString());
    const QByteArray file = path.toUtf8();
    if (sqlite3_open_v2(file.constData(), &db, SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX, nullptr)
        == SQLITE_OK) {
        sqlite3_busy_timeout(db, 5000);
        bool go = false;
        {
            std::lock_guard lock(m_mutex);
            go = !m_cancelled;
            if (go)
                m_connection = db;
        }
        if (go && m_withTotals) {
            DealSummary summary;
            result = readDealIdsAndTotals(db, statement, summary);
            if (result) {
                std::lock_guard lock(m_mutex);
                m_summary = summary;
            }
        } else if (go) {
            result = readDealIds(db, statement);
        }
        std::lock_guard lock(m_mutex);
        m_connection = nullptr;
    } else {
        result = failed(QString::fromUtf8(sqlite3_errmsg(db)));
    }
    sqlite3_close(db);

    std::function<void()> ready;
    {
        std::lock_guard lock(m_mutex);
        m_result = std::move(result);
        m_finished = true;
        if (!m_cancelled)
            ready = m_ready;
    }
    m_done.notify_all();
    if (ready)
        ready();
}

bool IdSnapshotLoad::isReady() const
{
    std::lock_guard lock(m_mutex);
    return m_finished;
}

Result<QVector<Id>> IdSnapshotLoad::take()
{
    std::unique_lock lock(m_mutex);
    m_done.wait(lock, [this] { return m_finished; });
    return std::move(m_result);
}

std::optional<DealSummary> IdSnapshotLoad::summary() const
{
    std::lock_guard lock(m_mutex);
    return m_summary;
}

void IdSnapshotLoad::cancel()
{
    std::lock_guard lock(m_mutex);
    m_cancelled = true;
    if (m_connection)
        sqlite3_interrupt(m_connection);
}

} // namespace comptoir
