// SPDX-License-Identifier: GPL-3.0-or-later
// How DealListModel reads its snapshot of ids: at once for a small list, as a head padded to a
// kept count with the rest read on a worker, or as a head found within a few milliseconds
// (dealhead.h) with the rest, the count and the totals read on a worker; and how the worker's
// ids replace or extend what the views were shown.
#include "deallistmodel.h"

#include "dealhead.h"
#include "workspace.h"

#include <algorithm>

namespace comptoir {

Result<bool> DealListModel::needsWorker(const DealFilter &filter) const
{
    const QString path = m_workspace.db().path();
    if (path.isEmpty() || path == u":memory:")
        return false; // no second connection can read it
    auto count = m_workspace.query().keptCount(m_workspace.actor(), filter);
    if (!count)
        return count.error();
    // A custom field's order costs a look-up per deal (about 2 s for a million): never on this
    // thread for a large list, even when its count is known.
    if (*count && m_sort.customFieldId == 0)
        return false; // the padded head of resetSnapshot, or a small list read at once
    auto deals = liveDealsUpperBound(m_workspace.db());
    if (!deals)
        return deals.error();
    return *deals > m_synchronousLimit;
}

Result<std::unique_ptr<IdSnapshotLoad>> DealListModel::startLoad(const DealFilter &filter)
{
    auto statement = m_workspace.query().idStatement(m_workspace.actor(), filter, m_sort, -1, true);
    if (!statement)
        return statement.error();
    return std::make_unique<IdSnapshotLoad>(m_workspace.db().path(), std::move(statement).value(), true, [this] {
        QMetaObject::invokeMethod(
            this, [this] {
                if (m_load && m_load->isReady())
                    loadReady();
            },
            Qt::QueuedConnection);
    });
}

Result<QVector<Id>> DealListModel::resetSnapshot(const DealFilter &filter)
{
    const DealQuery &query = m_workspace.query();
    const Actor &actor = m_workspace.actor();
    const QString path = m_workspace.db().path();
    m_summary.reset();
    if (!path.isEmpty() && path != u":memory:") {
        auto count = query.keptCount(actor, filter);
        if (!count)
            return count.error();
        if (*count && **count > HeadRows && m_sort.customFieldId == 0) {
            auto head = query.headIds(actor, filter, m_sort, HeadRows);
            if (!head)
                return head.error();
            auto statement = query.idStatement(actor, filter, m_sort);
            if (!statement)
                return statement.error();
            if (head->size() == HeadRows) {
                QVector<Id> ids = std::move(head).value();
                ids.resize(qsizetype(**count)); // zeros until the worker's ids arrive
                m_knownIds = HeadRows;
                // Replacing a running read cancels it.
                m_load = std::make_unique<IdSnapshotLoad>(path, std::move(statement).value(), [this] {
                    QMetaObject::invokeMethod(
                        this, [this] {
                            if (m_load && m_load->isReady())
                                loadReady();
                        },
                        Qt::QueuedConnection);
                });
                m_loadKind = LoadKind::Padded;
                m_counting = false;
                return ids;
            }
        }
    }
    auto worker = needsWorker(filter);
    if (!worker)
        return worker.error();
    if (*worker) {
        // The running read of the previous list is of no use any more: cancelled now, not
        // after the head is read.
        m_load.reset();
        m_counting = false;
        DealHead head;
        if (dealHeadWalkable(m_workspace.db(), m_sort)) {
            auto walked = readDealHead(m_workspace.db(), actor, filter, m_sort, SearchHeadRows, m_headBudgetMs,
                                       m_headLimits);
            if (!walked)
                return walked.error();
            head = std::move(walked).value();
        }
        if (head.complete) {
            m_knownIds = head.ids.size();
            m_summary = head.summary;
            m_counting = false;
            return head.ids;
        }
        auto load = startLoad(filter);
        if (!load)
            return load.error();
        m_load = std::move(load).value();
        m_loadKind = LoadKind::Counting;
        m_counting = true;
        m_knownIds = head.ids.size();
        return head.ids;
    }
    auto ids = query.ids(actor, filter, m_sort);
    if (ids) {
        m_load.reset();
        m_counting = false;
        m_knownIds = ids->size();
    }
    return ids;
}

void DealListModel::setCounting(bool counting)
{
    if (m_counting == counting)
        return;
    m_counting = counting;
    Q_EMIT countingChanged(counting);
}

void DealListModel::loadReady()
{
    if (m_loadKind == LoadKind::Padded) {
        completeSnapshot();
        return;
    }
    const std::unique_ptr<IdSnapshotLoad> load = std::move(m_load);
    auto ids = load->take();
    if (!ids) {
        // The rows found so far stay; the count stays unknown until the next snapshot.
        report(ids.error());
        setCounting(false);
        return;
    }
    m_summary = load->summary();
    if (m_loadKind == LoadKind::Replacing) {
        m_knownIds = ids->size();
        setCounting(false);
        applySnapshot(std::move(ids).value());
        return;
    }
    // The head is the start of the list the worker read, unless something was committed in
    // between: then the list is another one.
    const qsizetype head = m_ids.size();
    if (ids->size() >= head && std::equal(m_ids.cbegin(), m_ids.cend(), ids->cbegin())) {
        if (ids->size() > head) {
            beginInsertRows({}, int(head), int(ids->size()) - 1);
            m_ids = std::move(ids).value();
            invalidateRows(); // the head's last page was read short
            endInsertRows();
        }
    } else {
        beginResetModel();
        m_ids = std::move(ids).value();
        invalidateRows();
        endResetModel();
    }
    m_knownIds = m_ids.size();
    setCounting(false);
    Q_EMIT snapshotChanged();
}

void DealListModel::completeSnapshot() const
{
    if (!m_load || m_loadKind != LoadKind::Padded)
        return;
    auto ids = m_load->take();
    m_load.reset();
    const qsizetype head = m_knownIds;
    m_knownIds = m_ids.size();
    m_index.clear();
    if (!ids) {
        report(ids.error());
        m_reloadTimer.start(); // the rows past the head stay empty until a full snapshot
        return;
    }
    // Something committed between the count and the worker's read: keep the row count the
    // views know for now, and take a whole new snapshot right after.
    const bool same = ids->size() == m_ids.size()
        && std::equal(m_ids.cbegin(), m_ids.cbegin() + head, ids->cbegin());
    if (same) {
        m_ids = std::move(ids).value();
        return;
    }
    std::copy_n(ids->cbegin(), std::min(ids->size(), m_ids.size()), m_ids.begin());
    m_reloadTimer.start();
}

void DealListModel::reload()
{
    m_reloadTimer.stop();
    completeSnapshot();
    auto worker = needsWorker(m_filter);
    if (!worker) {
        report(worker.error());
        return;
    }
    if (*worker) {
        // The list shown stays in place until the worker's snapshot replaces it, with the
        // narrowest change signal (applySnapshot).
        m_load.reset();
        auto load = startLoad(m_filter);
        if (!load) {
            report(load.error());
            return;
        }
        m_load = std::move(load).value();
        m_loadKind = LoadKind::Replacing;
        setCounting(true);
        return;
    }
    auto ids = m_workspace.query().ids(m_workspace.actor(), m_filter, m_sort);
    if (!ids) {
        report(ids.error());
        return;
    }
    m_load.reset();
    m_summary.reset();
    m_knownIds = ids->size();
    setCounting(false);
    applySnapshot(std::move(ids).value());
}

} // namespace comptoir
