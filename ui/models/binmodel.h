// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dealcommands.h"
#include "recyclebin.h"

#include <QAbstractTableModel>
#include <QLocale>

namespace comptoir {

class Workspace;

// The deals of the recycle bin (F3, F7): title, amount, when and by whom they were deleted,
// last deleted first. Follows the deal service's delete, restore and purge signals.
class BinModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BinModel)
public:
    enum Column { TitleColumn, AmountColumn, DeletedAtColumn, DeletedByColumn, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1 };
    // The bin lists the most recent deletions; older ones stay in it, one search away.
    static constexpr int Limit = 10000;

    explicit BinModel(Workspace &workspace, QObject *parent = nullptr);

    void reload();
    void setLocale(const QLocale &locale);
    Id dealId(int row) const;
    // True when the bin holds more deals than the model lists.
    bool truncated() const { return m_deals.size() >= Limit; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void errorOccurred(const QString &message);

private:
    void scheduleReload();
    Workspace &m_workspace;
    QLocale m_locale;
    QList<BinnedDeal> m_deals;
    bool m_reloadPending = false;
};

// Brings deals back from the bin with their history; undo sends them back to it.
class RestoreDealsCommand final : public DealCommand
{
public:
    RestoreDealsCommand(Workspace &workspace, QList<Id> dealIds);

protected:
    Status doRedo() override;
    Status doUndo() override;

private:
    QList<Id> m_ids;
};

// Deletes binned deals for good, in one transaction. Not undoable: the window asks first.
Status purgeDeals(Workspace &workspace, const QList<Id> &dealIds);

} // namespace comptoir
