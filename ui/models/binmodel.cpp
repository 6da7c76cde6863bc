// SPDX-License-Identifier: GPL-3.0-or-later
#include "binmodel.h"

#include "database.h"
#include "money.h"
#include "workspace.h"

#include <QCoreApplication>
#include <QTimer>

namespace comptoir {

BinModel::BinModel(Workspace &workspace, QObject *parent)
    : QAbstractTableModel(parent)
    , m_workspace(workspace)
{
    DealService &deals = workspace.deals();
    connect(&deals, &DealService::dealDeleted, this, &BinModel::scheduleReload);
    connect(&deals, &DealService::dealRestored, this, &BinModel::scheduleReload);
    connect(&deals, &DealService::dealPurged, this, &BinModel::scheduleReload);
    reload();
}

void BinModel::scheduleReload()
{
    // Once per burst: restoring 500 deals sends 500 signals.
    if (std::exchange(m_reloadPending, true))
        return;
    QTimer::singleShot(0, this, [this] {
        m_reloadPending = false;
        reload();
    });
}

void BinModel::reload()
{
    auto deals = binnedDeals(m_workspace.db(), m_workspace.actor(), DealFilter{}, Limit);
    beginResetModel();
    if (deals)
        m_deals = std::move(deals).value();
    else
        m_deals.clear();
    endResetModel();
    if (!deals)
        Q_EMIT errorOccurred(deals.error().message);
}

void BinModel::setLocale(const QLocale &locale)
{
    m_locale = locale;
    if (!m_deals.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

Id BinModel::dealId(int row) const
{
    return row >= 0 && row < m_deals.size() ? m_deals[row].id : 0;
}

int BinModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_deals.size());
}

int BinModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BinModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const BinnedDeal &deal = m_deals[index.row()];
    if (role == IdRole)
        return QVariant::fromValue(deal.id);
    if (role == Qt::TextAlignmentRole && index.column() == AmountColumn)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case TitleColumn:
        return deal.title;
    case AmountColumn:
        return money::format(deal.amountMinor, deal.currency, m_locale);
    case DeletedAtColumn:
        return m_locale.toString(deal.deletedAt.toLocalTime(), QLocale::ShortFormat);
    case DeletedByColumn:
        return deal.deletedBy;
    }
    return {};
}

QVariant BinModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TitleColumn:
        return tr("Title");
    case AmountColumn:
        return tr("Amount");
    case DeletedAtColumn:
        return tr("Deleted");
    case DeletedByColumn:
        return tr("Deleted by");
    }
    return {};
}

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(RestoreDealsCommand)
};
} // namespace

RestoreDealsCommand::RestoreDealsCommand(Workspace &workspace, QList<Id> dealIds)
    : DealCommand(workspace, Text::tr("Restore %n deal(s)", nullptr, int(dealIds.size())))
    , m_ids(std::move(dealIds))
{
}

Status RestoreDealsCommand::doRedo()
{
    for (Id id : std::as_const(m_ids)) {
        if (Status s = m_workspace.deals().restore(m_workspace.actor(), id); !s)
            return s;
    }
    return {};
}

Status RestoreDealsCommand::doUndo()
{
    for (Id id : std::as_const(m_ids)) {
        if (Status s = m_workspace.deals().remove(m_workspace.actor(), id); !s)
            return s;
    }
    return {};
}

Status purgeDeals(Workspace &workspace, const QList<Id> &dealIds)
{
    Transaction tx(workspace.db());
    if (!tx)
        return tx.error();
    for (Id id : dealIds) {
        if (Status s = workspace.deals().purge(workspace.actor(), id); !s)
            return s;
    }
    return tx.commit();
}

} // namespace comptoir
