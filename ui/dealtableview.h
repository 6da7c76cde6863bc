// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dealquery.h"

#include <QTableView>

class QMenu;

namespace comptoir {

class DealListModel;

// The list view of deals: one row per deal, sorting by a header click (done by the model in
// SQL), columns the user can hide, move and resize, the current deal kept across reloads.
// Fixed row heights and no size-to-contents anywhere, so a million rows cost what one
// screenful does.
class DealTableView final : public QTableView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DealTableView)
public:
    explicit DealTableView(QWidget *parent = nullptr);

    void setDealModel(DealListModel *model);
    DealListModel *dealModel() const { return m_model; }

    // Column order, widths and hidden columns by column key, for QSettings (the sort is the
    // model's). restoreHeaderState() also reads the header states older versions saved.
    QByteArray saveHeaderState() const;
    bool restoreHeaderState(const QByteArray &state);
    void resetColumns();
    // A menu with one checkable entry per column, for the header and the View menu.
    void fillColumnsMenu(QMenu *menu);
    // The column chooser dialog (show, hide and reorder every column at once).
    void chooseColumns();
    // The keys (dealColumnKey) of the shown columns, in their on-screen order: what an export
    // of "the visible columns" holds.
    QStringList visibleColumnKeys() const;

    Id currentDealId() const;
    void selectDeal(Id id);

Q_SIGNALS:
    void dealActivated(comptoir::Id id);

protected:
    // F2 edits the simple fields in place (DealListModel::isEditableColumn); a double click
    // still opens the deal.
    bool edit(const QModelIndex &index, EditTrigger trigger, QEvent *event) override;

private:
    void showHeaderMenu(const QPoint &position);
    void rememberCurrent();
    void restoreCurrent();

    DealListModel *m_model = nullptr;
    Id m_currentBeforeReset = 0;
    QPersistentModelIndex m_inlineEdit;
};

} // namespace comptoir
