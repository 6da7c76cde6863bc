// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "activityboard.h"
#include "result.h"

#include <QAbstractItemModel>
#include <QLocale>
#include <QSet>
#include <QTimer>

#include <array>

class QUndoStack;

namespace comptoir {

class DealCommand;
class Workspace;

// The Activities board as a tree: the six columns at the top level (count and totals from SQL,
// never summed from loaded cards) and each column's cards as its children, read PageSize at a
// time as a view scrolls (canFetchMore/fetchMore per column).
//
// Drops go through moveDeals(): the rules of ActivityBoardRules, one undoable command per
// deal. A deal without activity needs a type and subject (the view asks).
//
// The model shows what is stored: when an activity or deal changes it refreshes (coalesced;
// refresh() does it at once) only the columns the deal left and entered, with row removals
// and insertions under those columns, as the Kanban BoardModel does; the other columns keep
// their rows. A reset happens only for reload() (filter, locale, zone, a new day).
class ActivityBoardModel final : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ActivityBoardModel)

public:
    enum Role {
        IdRole = Qt::UserRole + 1, // deal id on cards, the column number on columns
        IsColumnRole,
        ColumnRole,           // int(ActivityColumn), cards and columns
        CountRole,            // columns
        TotalsTextRole,       // columns
        StageColorRole,       // cards: QColor
        StageNameRole,
        AmountTextRole,
        ClientRole,
        ActivityIdRole,       // cards: 0 without activity
        ActivityTypeRole,     // cards: int(ActivityType), -1 without activity
        ActivitySubjectRole,
        DeadlineRole,         // QDateTime
        DeadlineTextRole,     // the time today, the day, month and time this year (dealformat::compactDateTime)
    };
    Q_ENUM(Role)

    static constexpr int PageSize = 40;
    static QString mimeType() { return QStringLiteral("application/x-comptoir-activity-deals"); }

    explicit ActivityBoardModel(Workspace &workspace, QObject *parent = nullptr);
    ~ActivityBoardModel() override;

    Workspace &workspace() const { return m_workspace; }
    void setFilter(const DealFilter &filter);
    DealFilter filter() const { return m_filter; }
    void setLocale(const QLocale &locale);
    // The zone and first day of week columns are computed in (system zone, the locale's).
    void setTimeZone(const QTimeZone &zone);
    void setUndoStack(QUndoStack *stack) { m_undoStack = stack; }
    // Reads everything again (a reset).
    void reload();
    // Applies the pending refresh of the changed columns now.
    void refresh();

    QModelIndex columnIndex(ActivityColumn column) const { return index(int(column), 0); }
    QModelIndex dealIndex(Id dealId) const;
    const ActivityCard *card(const QModelIndex &index) const;
    const ActivityColumnSummary &summary(ActivityColumn column) const { return m_columns[size_t(column)].summary; }
    ActivityBoardRules rules() const;

    // True when the deal has no open activity (a drop must then ask for type and subject).
    bool needsNewActivity(Id dealId) const;
    // Moves the nearest activity of each deal as the target column says, or plans one of
    // `type`/`subject` for deals without; each an undoable command.
    Status moveDeals(const QList<Id> &dealIds, ActivityColumn target, ActivityType type = ActivityType::Call,
                     const QString &subject = {});
    // "+" in a column: a new deal with an activity due there.
    Result<Id> createDeal(ActivityColumn column, const QString &title, ActivityType type, const QString &subject);

    QList<Id> decodeDealIds(const QMimeData *data) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    QHash<int, QByteArray> roleNames() const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    Qt::DropActions supportedDropActions() const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                         const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;

Q_SIGNALS:
    void errorOccurred(const QString &message);
    void columnsChanged();

private:
    struct Column
    {
        ActivityColumnSummary summary;
        QList<ActivityCard> cards;
        std::optional<ActivityCursor> next;
    };
    ActivityBoardQuery query() const;
    QVariant columnData(int column, int role) const;
    QVariant cardData(const ActivityCard &card, int role) const;
    void loadPage(int column);
    void markDealDirty(Id dealId);
    void refreshColumn(int column);
    Status run(DealCommand *command);

    Workspace &m_workspace;
    DealFilter m_filter;
    QLocale m_locale;
    QTimeZone m_zone = QTimeZone::systemTimeZone();
    QUndoStack *m_undoStack = nullptr;
    std::array<Column, ActivityColumnCount> m_columns;
    QTimer m_refreshTimer;
    QSet<Id> m_dirtyDeals;
    QHash<Id, ActivityColumn> m_columnBefore; // of deals this model moved: where they were
    QDate m_loadedDay;                         // "today" of the last reload, in m_zone
    bool m_notifying = false; // inside endResetModel() or layoutChanged()
};

} // namespace comptoir
