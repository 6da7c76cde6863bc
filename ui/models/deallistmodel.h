// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dealformat.h"
#include "dealhead.h"
#include "dealquery.h"
#include "idrowindex.h"
#include "idsnapshot.h"
#include "result.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QLocale>
#include <QTimer>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

class QUndoStack;

namespace comptoir {

class Workspace;

// The deals of one filter and sort, as a table, for a list of any size (a million deals).
//
// The model never holds the rows of the whole list: it keeps a snapshot of the matching ids in
// sort order (rowCount is its size; filtering and sorting are done by SQL in DealQuery), and
// reads the rows themselves by pages of PageSize, only for the pages a view asks data() for,
// into a small least-recently-used cache. Every new snapshot bumps a generation counter so a
// page read for an older snapshot is never shown.
//
// It follows the DealService change signals: changes are committed data, so the model takes a
// new snapshot (once per burst of signals) and tells views with the narrowest signal that fits:
// dataChanged when the ids did not move, row insertion or removal for a single deal, a layout
// change (persistent indexes follow their deal) when only the order changed, a reset otherwise.
class DealListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DealListModel)
public:
    enum Column {
        IdColumn = int(DealColumn::Id),
        TitleColumn = int(DealColumn::Title),
        AmountColumn = int(DealColumn::Amount),
        CurrencyColumn = int(DealColumn::Currency),
        PipelineColumn = int(DealColumn::Pipeline),
        StageColumn = int(DealColumn::Stage),
        CompanyColumn = int(DealColumn::Company),
        ContactColumn = int(DealColumn::Contact),
        ResponsibleColumn = int(DealColumn::Responsible),
        TypeColumn = int(DealColumn::Type),
        SourceColumn = int(DealColumn::Source),
        BeginDateColumn = int(DealColumn::BeginDate),
        CloseDateColumn = int(DealColumn::CloseDate),
        ProbabilityColumn = int(DealColumn::Probability),
        RepeatColumn = int(DealColumn::Repeat),
        CreatedColumn = int(DealColumn::Created),
        ColumnCount = DealColumnCount,
    };
    Q_ENUM(Column)

    enum Role {
        IdRole = Qt::UserRole + 1, // comptoir::Id, on every column
        StageIdRole,
        StageColorRole, // QColor of the stage
        SemanticRole, // int(StageSemantic)
        AmountMinorRole, // qint64
        CurrencyRole, // ISO code
        ClosedRole, // bool
        RepeatRole, // bool
        PipelineIdRole,
    };
    Q_ENUM(Role)

    using ErrorHandler = std::function<void(const Error &)>;

    static constexpr int PageSize = 128;
    static constexpr int MaxCachedPages = 48;
    // A new list of more deals than this shows its first HeadRows ids at once and reads the
    // rest on a worker thread (when the kept totals give its count without reading the deals).
    static constexpr int HeadRows = 512;
    // A list whose count no kept total gives (a search, a source, a date...) on a database of
    // more than synchronousLimit() deals shows the first SearchHeadRows deals it finds within
    // HeadBudgetMs (dealhead.h), and counts, totals and reads the rest on a worker thread.
    static constexpr int SearchHeadRows = PageSize;
    static constexpr int HeadBudgetMs = 25;
    static constexpr qint64 DefaultSynchronousLimit = 20000;

    explicit DealListModel(Workspace &workspace, QObject *parent = nullptr);
    // Starts on this filter and sort, so that a window restoring its last sort reads the ids once.
    DealListModel(Workspace &workspace, const DealFilter &filter, const DealSort &sort,
                  QObject *parent = nullptr);
    ~DealListModel() override;

    // Where read failures go (besides errorOccurred). A failing page is reported once per
    // snapshot, not at every repaint.
    void setErrorHandler(ErrorHandler handler);
    // The locale amounts and dates are written in; QLocale() by default.
    void setLocale(const QLocale &locale);
    QLocale locale() const { return m_locale; }

    void setFilter(const DealFilter &filter);
    DealFilter filter() const { return m_filter; }
    // A custom field's column sorts by its value (DealSort::customFieldId).
    void sort(int column, Qt::SortOrder order) override;
    DealSort currentSort() const { return m_sort; }
    // The column the current sort is on (a custom field's, or a built-in one).
    int sortColumn() const;

    // After the ColumnCount built-in columns, one column per custom field of deals, in the
    // order the fields were made (by id): a field added later is a column added at the end, so
    // the columns a header has moved or hidden keep their place. They follow the field
    // definitions as they change (columns inserted, removed, renamed).
    int customColumnCount() const { return int(m_customFields.size()); }
    // The field of a custom column; nothing for a built-in column.
    std::optional<CustomField> customFieldAt(int column) const;
    // "title", "amount"... (dealColumnKey) or "cf_<id>": the column's name in saved settings
    // and export field lists. columnOfKey() is its inverse, -1 for a key no column has.
    QString columnKey(int column) const;
    int columnOfKey(const QString &key) const;
    // Takes a new snapshot now (change signals do it on their own, coalesced).
    void reload();
    // False while the ids past the first screen are still being read on a worker thread; any
    // call that needs them (dealId, rowOf, data of a far row...) waits for them.
    bool isSnapshotComplete() const { return !m_load; }
    void waitForSnapshot() const { completeSnapshot(); }
    // True while a worker counts the list: rowCount() is then only the deals found so far (the
    // rest arrive as inserted rows), or the previous snapshot's while a reload runs.
    bool isCounting() const { return m_counting; }
    // The count and totals of the list when the model read them with its ids (a list counted
    // on a worker); nothing otherwise (DealQuery::summary answers those at once).
    std::optional<DealSummary> knownSummary() const { return m_summary; }
    // Lists on a database of at most this many live deals are read at once, on this thread.
    void setSynchronousLimit(qint64 deals) { m_synchronousLimit = deals; }
    qint64 synchronousLimit() const { return m_synchronousLimit; }
    // How long the head of such a list may take on this thread (HeadBudgetMs by default).
    void setHeadBudget(int ms) { m_headBudgetMs = ms; }
    // How the head finds its deals (dealhead.h); tests force one way or another.
    void setHeadLimits(const DealHeadLimits &limits) { m_headLimits = limits; }

    Id dealId(int row) const;
    int rowOf(Id id) const;
    // The row as the list shows it, reading its page when needed.
    std::optional<DealRow> dealRow(int row) const;
    // Reads the pages holding rows first..last now (a screenshot, a jump), not at paint time.
    void fetchRows(int first, int last) const;
    int cachedPageCount() const { return int(m_pages.size()); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    // Inline edit of simple fields (deallistmodeledit.cpp): title, amount, expected close date,
    // type, source and responsible. setData() takes the text DealService::setField() reads (in
    // the model's locale), writes it in one transaction with its history and, when an undo
    // stack is set, pushes the change on it; a refused value is reported (errorOccurred) and
    // leaves the deal unchanged.
    static bool isEditableColumn(int column);
    // What a cell editor starts from: the title, the amount as the locale writes it, the date,
    // the type or source code, the responsible's id.
    QVariant editValue(const QModelIndex &index) const;
    // The values a list column offers (type, source, responsible): text shown, value to set.
    QList<std::pair<QString, QString>> editChoices(int column) const;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    void setUndoStack(QUndoStack *stack) { m_undoStack = stack; }
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    void errorOccurred(const QString &message);
    // A new snapshot is in place: the count and the totals of the list may have changed.
    void snapshotChanged();
    // A worker started or finished counting the list (isCounting()).
    void countingChanged(bool counting);

private:
    struct Page
    {
        quint64 generation = 0;
        quint64 lastUse = 0;
        bool failed = false;
        std::vector<std::optional<DealRow>> rows; // aligned with the snapshot; empty when gone
    };

    void scheduleReload();
    void applySnapshot(QVector<Id> ids);
    // The ids of a new list (a filter, the first snapshot): all of them, or for a large list its
    // head padded to its count, with m_load reading the rest.
    Result<QVector<Id>> resetSnapshot(const DealFilter &filter);
    void ensureIds(qsizetype count) const
    {
        if (count > m_knownIds)
            completeSnapshot();
    }
    void completeSnapshot() const;
    // The worker of a counted or reloaded list is done (on this thread).
    void loadReady();
    void setCounting(bool counting);
    // Whether this filter's list is read on a worker: a file database larger than the limit
    // and no kept count.
    Result<bool> needsWorker(const DealFilter &filter) const;
    // A worker reading the whole list of this filter with its count and totals.
    Result<std::unique_ptr<IdSnapshotLoad>> startLoad(const DealFilter &filter);
    void invalidateRows();
    const Page *page(int pageIndex) const;
    const DealRow *row(int row) const;
    void loadListNames() const;
    void report(const Error &error) const;
    // Reads the custom field definitions and brings the custom columns in line with them.
    void updateCustomColumns();

    Workspace &m_workspace;
    DealFilter m_filter;
    DealSort m_sort;
    QLocale m_locale;
    ErrorHandler m_errorHandler;
    QUndoStack *m_undoStack = nullptr;
    mutable QTimer m_reloadTimer;

    mutable QVector<Id> m_ids;
    mutable qsizetype m_knownIds = 0; // m_ids[0, m_knownIds) are read; the rest is m_load's
    mutable std::unique_ptr<IdSnapshotLoad> m_load;
    // What m_load's ids are for: the rest of a head padded to its kept count, the rest of a
    // head whose count it tells, or a new snapshot replacing the shown one once read.
    enum class LoadKind { Padded, Counting, Replacing };
    LoadKind m_loadKind = LoadKind::Padded;
    bool m_counting = false;
    std::optional<DealSummary> m_summary;
    qint64 m_synchronousLimit = DefaultSynchronousLimit;
    int m_headBudgetMs = HeadBudgetMs;
    DealHeadLimits m_headLimits;
    quint64 m_generation = 1;
    mutable IdRowIndex m_index;
    mutable QHash<int, Page> m_pages;
    mutable quint64 m_useClock = 0;
    mutable quint64 m_reportedGeneration = 0;
    mutable bool m_listNamesLoaded = false;
    mutable dealformat::ListNames m_listNames;
    QList<CustomField> m_customFields; // by id
};

} // namespace comptoir
