// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "boardquery.h"
#include "dealservice.h"
#include "result.h"

#include <QAbstractItemModel>
#include <QHash>
#include <QLocale>
#include <QSet>
#include <QTimer>
#include <unordered_map>
#include <vector>

class QUndoStack;

namespace comptoir {

class DealCommand;
class Workspace;

// The Kanban board of one pipeline as a tree: the stages at the top level (in board order,
// with their count and totals from SQL aggregates or the maintained totals, never summed from
// the loaded cards) and each stage's cards as its children, read PageSize at a time as a view
// scrolls (canFetchMore/fetchMore per column).
//
// Drag and drop: mimeData() writes the dragged deals and their stages and pipeline under
// MimeType; dropMimeData() on a stage (or one of its cards) moves them with
// DealService::moveToStage, closeDeals() closes them with DealService::close. Every action
// goes through an undoable DealCommand (pushed on the undo stack when one is set).
//
// The model shows what is stored: it refreshes the columns a committed change touched from
// the DealService signals (coalesced; refresh() does it at once).
class BoardModel final : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BoardModel)
public:
    enum Role {
        IdRole = Qt::UserRole + 1, // deal id on cards, stage id on stages
        IsStageRole,               // bool
        StageIdRole,
        PipelineIdRole,
        StageColorRole,  // QColor
        SemanticRole,    // int(StageSemantic)
        CountRole,       // qint64, stages: the number of matching deals
        TotalsTextRole,  // stages: "12 500,00 € · 3 400,00 $"
        WeightedTextRole, // stages: the weighted totals, empty when no stage probability
        ProbabilityRole, // stages: int or invalid
        AmountMinorRole, // cards
        CurrencyRole,
        AmountTextRole,  // cards: money::format in the model's locale
        ClientRole,      // cards: "Company · Contact"
        ResponsibleRole,
        NextActivityRole,      // QDateTime, invalid when none
        NextActivityTextRole,  // the locale's short date (time when today), empty when none
        ActivityStateRole,     // int(ActivityState) against the workspace clock
        ClosedRole,
    };
    Q_ENUM(Role)

    static constexpr int PageSize = 40;
    // Pages of card rows kept per column: a few screens around where the view is.
    static constexpr int CachedPages = 8;
    static QString mimeType() { return QStringLiteral("application/x-comptoir-deal-ids"); }

    BoardModel(Workspace &workspace, Id pipelineId, QObject *parent = nullptr);
    ~BoardModel() override;

    Workspace &workspace() const { return m_workspace; }
    Id pipelineId() const { return m_pipelineId; }
    void setPipeline(Id pipelineId);
    // The shared filter; its pipeline is ignored (the board shows its own).
    void setFilter(const DealFilter &filter);
    DealFilter filter() const { return m_filter; }
    void setSort(BoardSort sort);
    BoardSort sort() const { return m_sort; }
    void setLocale(const QLocale &locale);
    QLocale locale() const { return m_locale; }
    // Where actions go for undo; none: they run and are not undoable.
    void setUndoStack(QUndoStack *stack) { m_undoStack = stack; }

    // Reads everything again (a reset).
    void reload();
    // Applies the pending refresh of the changed columns now.
    void refresh();

    QModelIndex stageIndex(Id stageId) const;
    QModelIndex dealIndex(Id dealId) const; // O(1); invalid when the card is not loaded
    Id dealId(const QModelIndex &index) const;
    Id stageId(const QModelIndex &index) const; // of a stage, or of a card's stage
    // The card's row, read with its page when not in memory; valid until CachedPages more
    // pages of the column are read (or the column changes).
    const DealRow *card(const QModelIndex &index) const;
    const StageSummary *column(int row) const;
    // How many card rows the column of `stageId` holds in memory (its ids aside).
    int cardsInMemory(Id stageId) const;

    // The actions of the board, each one undoable command.
    Status moveDeals(const QList<Id> &dealIds, Id stageId);
    Status closeDeals(const QList<Id> &dealIds, Outcome outcome, const QString &lostReason = {});
    Status removeDeals(const QList<Id> &dealIds);
    Result<Id> createDeal(Id stageId, const QString &title, qint64 amountMinor, const QString &client,
                          const QString &currency = QString());
    // The active currencies of the currencies list, the default (first) one first.
    QStringList currencies();
    // Names of companies and contacts starting with `prefix`, for the quick create's completion.
    QStringList clientSuggestions(const QString &prefix, int limit = 12) const;
    // The active lost reasons (code, name) for the Lost drop zone.
    QList<QPair<QString, QString>> lostReasons() const;
    // The deal ids of a payload of mimeType(), or empty when it is not a valid one.
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
    Qt::DropActions supportedDragActions() const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                         const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;

Q_SIGNALS:
    void errorOccurred(const QString &message);
    // The counts or totals of the columns changed.
    void columnsChanged();

private:
    // A column keeps the ids of every card read so far (8 bytes a card, so a column scrolled to
    // 100,000 cards stays small) and the rows of the last few pages looked at, read by id when
    // a view asks for a card of a page not in memory.
    struct Column
    {
        StageSummary summary;
        QVector<Id> ids;
        std::optional<BoardCursor> next;
        QHash<Id, int> rowOf;
        // Node-based, so that a card handed out stays where it is while others are read.
        mutable std::unordered_map<Id, DealRow> cards;
        mutable QList<QVector<Id>> reads; // the ids of each read of rows, oldest first
    };
    struct Payload
    {
        Id pipelineId = 0;
        QList<QPair<Id, Id>> deals; // deal, its stage when dragged
    };

    std::optional<Payload> decode(const QMimeData *data) const;
    int columnOfStage(Id stageId) const;
    int targetColumn(const QModelIndex &parent) const;
    bool readColumns(QList<StageSummary> &out);
    void loadPage(int column);
    void refreshColumn(int column);
    void reindex(int column);
    void appendIds(int column, const QVector<Id> &ids);
    const DealRow *cachedCard(const Column &column, int row) const;
    void markDirty(Id stageId);
    void markDealDirty(Id dealId);
    void markAllDirty();
    Status run(DealCommand *command);
    void report(const Error &error);

    Workspace &m_workspace;
    Id m_pipelineId;
    DealFilter m_filter;
    BoardSort m_sort = BoardSort::Attention;
    QLocale m_locale;
    QUndoStack *m_undoStack = nullptr;
    std::vector<Column> m_columns;
    QHash<Id, int> m_columnOfDeal;
    QSet<Id> m_dirtyStages;
    bool m_dirtyAll = false;
    QSet<Id> m_staleRows;       // deals whose kept rows are out of date
    bool m_notifying = false; // inside endResetModel() or layoutChanged()
    QTimer m_refreshTimer;
};

} // namespace comptoir
