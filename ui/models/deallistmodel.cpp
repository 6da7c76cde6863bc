// SPDX-License-Identifier: GPL-3.0-or-later
#include "deallistmodel.h"

#include "dealcolumns.h"
#include "dealformat.h"
#include "money.h"
#include "stores.h"
#include "workspace.h"

#include <QColor>
#include <algorithm>

namespace comptoir {

namespace {

// The row where `now` has one id more than `before`, all else equal in order; -1 otherwise.
int singleInsertion(const QVector<Id> &before, const QVector<Id> &now)
{
    if (now.size() != before.size() + 1)
        return -1;
    const auto split = std::mismatch(before.cbegin(), before.cend(), now.cbegin());
    const auto row = split.second - now.cbegin();
    return std::equal(split.first, before.cend(), split.second + 1) ? int(row) : -1;
}

} // namespace

DealListModel::DealListModel(Workspace &workspace, QObject *parent)
    : DealListModel(workspace, DealFilter {}, DealSort {}, parent)
{
}

DealListModel::DealListModel(Workspace &workspace, const DealFilter &filter, const DealSort &sort,
                             QObject *parent)
    : QAbstractTableModel(parent)
    , m_workspace(workspace)
    , m_filter(filter)
    , m_sort(sort)
{
    // A burst of changes (an import, a bulk move) costs one new snapshot, not one per deal.
    m_reloadTimer.setSingleShot(true);
    m_reloadTimer.setInterval(0);
    connect(&m_reloadTimer, &QTimer::timeout, this, &DealListModel::reload);

    DealService &deals = workspace.deals();
    connect(&deals, &DealService::dealCreated, this, &DealListModel::scheduleReload);
    connect(&deals, &DealService::dealChanged, this, &DealListModel::scheduleReload);
    connect(&deals, &DealService::dealMoved, this, &DealListModel::scheduleReload);
    connect(&deals, &DealService::dealDeleted, this, &DealListModel::scheduleReload);
    connect(&deals, &DealService::dealRestored, this, &DealListModel::scheduleReload);
    // Stage names and colours, company names: the rows show them.
    connect(&workspace.pipelines(), &PipelineService::pipelinesChanged, this,
            &DealListModel::scheduleReload);
    connect(&workspace.clients(), &ClientService::clientsChanged, this,
            &DealListModel::scheduleReload);
    connect(&workspace.customFields(), &CustomFieldService::valuesChanged, this,
            &DealListModel::scheduleReload);
    connect(&workspace.customFields(), &CustomFieldService::fieldsChanged, this,
            &DealListModel::updateCustomColumns);
    updateCustomColumns();

    auto ids = resetSnapshot(m_filter);
    m_reloadTimer.stop(); // what updateCustomColumns() may have asked for is this snapshot
    if (ids)
        m_ids = std::move(ids).value();
    else
        report(ids.error());
}

DealListModel::~DealListModel() = default;

void DealListModel::setErrorHandler(ErrorHandler handler)
{
    m_errorHandler = std::move(handler);
}

void DealListModel::setLocale(const QLocale &locale)
{
    m_locale = locale;
    if (!m_ids.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1),
                           { Qt::DisplayRole });
}

void DealListModel::setFilter(const DealFilter &filter)
{
    const bool wasCounting = m_counting;
    auto ids = resetSnapshot(filter);
    if (!ids) {
        report(ids.error());
        if (wasCounting != m_counting)
            Q_EMIT countingChanged(m_counting);
        return;
    }
    // Another filter is another list: nothing of the old one carries over.
    m_reloadTimer.stop();
    beginResetModel();
    m_filter = filter;
    m_ids = std::move(ids).value();
    invalidateRows();
    endResetModel();
    if (wasCounting != m_counting)
        Q_EMIT countingChanged(m_counting);
    Q_EMIT snapshotChanged();
}

void DealListModel::sort(int column, Qt::SortOrder order)
{
    DealSort sort; // a column the view does not know: back to the default order
    if (column >= 0 && column < ColumnCount)
        sort = DealSort { DealColumn(column), order == Qt::DescendingOrder };
    else if (const auto field = customFieldAt(column))
        sort = DealSort { DealColumn::Id, order == Qt::DescendingOrder, field->id };
    if (sort == m_sort)
        return;
    m_sort = sort;
    reload();
}

void DealListModel::scheduleReload()
{
    m_reloadTimer.start();
}

void DealListModel::applySnapshot(QVector<Id> ids)
{
    if (ids == m_ids) {
        // Same deals in the same places: only what they show may have changed.
        invalidateRows();
        if (!m_ids.isEmpty())
            Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
    } else if (m_ids.isEmpty()) {
        beginInsertRows({}, 0, int(ids.size()) - 1);
        m_ids = std::move(ids);
        invalidateRows();
        endInsertRows();
    } else if (ids.isEmpty()) {
        beginRemoveRows({}, 0, int(m_ids.size()) - 1);
        m_ids.clear();
        invalidateRows();
        endRemoveRows();
    } else if (const int inserted = singleInsertion(m_ids, ids); inserted >= 0) {
        beginInsertRows({}, inserted, inserted);
        m_ids = std::move(ids);
        invalidateRows();
        endInsertRows();
    } else if (const int removed = singleInsertion(ids, m_ids); removed >= 0) {
        beginRemoveRows({}, removed, removed);
        m_ids = std::move(ids);
        invalidateRows();
        endRemoveRows();
    } else if (ids.size() == m_ids.size()) {
        // A new order (a sort, a moved deal): selections and the current index follow their deal.
        Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
        const QModelIndexList before = persistentIndexList();
        QVector<Id> beforeIds;
        beforeIds.reserve(before.size());
        for (const QModelIndex &index : before)
            beforeIds << m_ids.value(index.row());
        m_ids = std::move(ids);
        invalidateRows();
        QModelIndexList after;
        after.reserve(before.size());
        // A view holds a handful of persistent indexes (current, selection corners): scanning
        // for them is cheaper than building the id index for a million rows.
        const bool scan = before.size() <= 16;
        for (qsizetype i = 0; i < before.size(); ++i) {
            const auto found = scan ? m_ids.indexOf(beforeIds[i]) : rowOf(beforeIds[i]);
            after << (found >= 0 ? index(int(found), before[i].column()) : QModelIndex());
        }
        changePersistentIndexList(before, after);
        Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
    } else {
        beginResetModel();
        m_ids = std::move(ids);
        invalidateRows();
        endResetModel();
    }
    Q_EMIT snapshotChanged();
}

void DealListModel::invalidateRows()
{
    ++m_generation;
    m_pages.clear();
    m_index.clear();
    m_listNamesLoaded = false;
}

Id DealListModel::dealId(int row) const
{
    ensureIds(row + 1);
    return row >= 0 && row < m_ids.size() ? m_ids[row] : Id(0);
}

int DealListModel::rowOf(Id id) const
{
    ensureIds(m_ids.size());
    if (!m_index.isBuilt())
        m_index.build(m_ids);
    return m_index.rowOf(id, m_ids);
}

std::optional<DealRow> DealListModel::dealRow(int row) const
{
    const DealRow *found = this->row(row);
    return found ? std::optional<DealRow>(*found) : std::nullopt;
}

void DealListModel::fetchRows(int first, int last) const
{
    first = std::max(first, 0);
    last = std::min(last, int(m_ids.size()) - 1);
    for (int p = first / PageSize; first <= last && p <= last / PageSize; ++p)
        page(p);
}

const DealListModel::Page *DealListModel::page(int pageIndex) const
{
    if (auto found = m_pages.find(pageIndex);
        found != m_pages.end() && found->generation == m_generation) {
        found->lastUse = ++m_useClock;
        return &*found;
    }
    const qsizetype first = qsizetype(pageIndex) * PageSize;
    if (first < 0 || first >= m_ids.size())
        return nullptr;
    ensureIds(first + PageSize);
    const QVector<Id> ids = m_ids.mid(first, PageSize);
    const quint64 generation = m_generation;
    const auto rows = m_workspace.query().rows(m_workspace.actor(), ids, m_customFields);
    if (generation != m_generation)
        return nullptr; // the snapshot changed under the query: its rows belong to no row now

    Page fresh;
    fresh.generation = generation;
    fresh.lastUse = ++m_useClock;
    fresh.rows.resize(std::size_t(ids.size()));
    if (rows) {
        // rows() keeps the order asked for and leaves out deals deleted since the snapshot.
        qsizetype next = 0;
        for (qsizetype i = 0; i < ids.size() && next < rows->size(); ++i) {
            if (rows->at(next).id == ids[i])
                fresh.rows[std::size_t(i)] = rows->at(next++);
        }
    } else {
        // Kept as failed so that repaints do not query (and report) again until a new snapshot.
        fresh.failed = true;
        if (m_reportedGeneration != generation) {
            m_reportedGeneration = generation;
            report(rows.error());
        }
    }

    if (m_pages.size() >= MaxCachedPages) {
        const auto oldest
            = std::min_element(m_pages.begin(), m_pages.end(),
                               [](const Page &a, const Page &b) { return a.lastUse < b.lastUse; });
        m_pages.erase(oldest);
    }
    return &*m_pages.insert(pageIndex, std::move(fresh));
}

const DealRow *DealListModel::row(int row) const
{
    if (row < 0 || row >= m_ids.size())
        return nullptr;
    const Page *found = page(row / PageSize);
    if (!found)
        return nullptr;
    const auto &slot = found->rows[std::size_t(row % PageSize)];
    return slot ? &*slot : nullptr;
}

int DealListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_ids.size());
}

int DealListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount + customColumnCount();
}

Qt::ItemFlags DealListModel::flags(const QModelIndex &index) const
{
    if (!index.isValid()
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

QVariant DealListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid()
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int column = index.column();
    switch (role) {
    case IdRole:
        ensureIds(index.row() + 1);
        return m_ids[index.row()];
    case Qt::TextAlignmentRole:
        if (const auto field = customFieldAt(column))
            return int(dealformat::customAlignment(*field));
        return int(dealcolumns::alignment(DealColumn(column)));
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
    case Qt::DecorationRole:
    case StageIdRole:
    case StageColorRole:
    case SemanticRole:
    case AmountMinorRole:
    case CurrencyRole:
    case ClosedRole:
    case RepeatRole:
    case PipelineIdRole:
        break;
    default:
        return {};
    }

    const DealRow *deal = row(index.row());
    if (!deal)
        return {};
    // A custom column's text; the deal's own roles below, as on every column.
    if (column >= ColumnCount && (role == Qt::DisplayRole || role == Qt::ToolTipRole || role == Qt::DecorationRole)) {
        const CustomField &field = m_customFields[column - ColumnCount];
        const QVariant value = deal->customValue(field.id);
        if (role == Qt::DisplayRole)
            return dealformat::customCellText(field, value, m_locale);
        if (role == Qt::ToolTipRole && field.type == FieldType::MultiList && !customfields::isEmpty(field, value))
            return customfields::format(field, value, m_locale); // a long list is cut in its cell
        return {};
    }
    switch (role) {
    case Qt::DisplayRole:
        if (column == TypeColumn || column == SourceColumn)
            loadListNames();
        return dealformat::cellText(*deal, DealColumn(column), m_locale, m_listNames);
    case Qt::ToolTipRole: {
        const QString tip = dealformat::cellToolTip(*deal, DealColumn(column));
        return tip.isEmpty() ? QVariant() : QVariant(tip);
    }
    case Qt::DecorationRole:
        if (column == StageColumn)
            return QColor(deal->stageColor);
        return {};
    case StageIdRole:
        return deal->stageId;
    case StageColorRole:
        return QColor(deal->stageColor);
    case SemanticRole:
        return int(deal->semantic);
    case AmountMinorRole:
        return deal->amountMinor;
    case CurrencyRole:
        return deal->currency;
    case ClosedRole:
        return deal->closed;
    case RepeatRole:
        return deal->isRepeat;
    case PipelineIdRole:
        return deal->pipelineId;
    }
    return {};
}

void DealListModel::loadListNames() const
{
    if (m_listNamesLoaded)
        return;
    m_listNamesLoaded = true;
    m_listNames = {};
    const ListStore store(m_workspace.db());
    // Inactive entries too: old deals keep codes that were retired since.
    for (auto [list, names] : { std::pair { lists::DealType, &m_listNames.types },
                                std::pair { lists::Source, &m_listNames.sources } }) {
        const auto items = store.items(list, false);
        if (!items) {
            report(items.error()); // the codes are shown instead of the names
            continue;
        }
        for (const ListItem &item : *items)
            names->insert(item.code, item.name);
    }
}

QVariant DealListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal) {
        if (const auto field = customFieldAt(section)) {
            switch (role) {
            case Qt::DisplayRole:
                return field->name;
            case Qt::ToolTipRole:
                return tr("Custom field: %1").arg(fieldTypeTitle(field->type));
            case Qt::TextAlignmentRole:
                return int(dealformat::customAlignment(*field));
            case Qt::InitialSortOrderRole:
                return QVariant::fromValue(field->type == FieldType::Money || field->type == FieldType::Number
                                                   || field->type == FieldType::Date || field->type == FieldType::DateTime
                                               ? Qt::DescendingOrder
                                               : Qt::AscendingOrder);
            default:
                return {};
            }
        }
    }
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    const auto column = DealColumn(section);
    switch (role) {
    case Qt::DisplayRole:
        return dealcolumns::title(column);
    case Qt::TextAlignmentRole:
        return int(dealcolumns::alignment(column));
    case Qt::InitialSortOrderRole:
        return QVariant::fromValue(dealcolumns::initialSortOrder(column));
    default:
        return {};
    }
}

QHash<int, QByteArray> DealListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(IdRole, "dealId");
    names.insert(StageIdRole, "stageId");
    names.insert(StageColorRole, "stageColor");
    names.insert(SemanticRole, "semantic");
    names.insert(AmountMinorRole, "amountMinor");
    names.insert(CurrencyRole, "currency");
    names.insert(ClosedRole, "closed");
    names.insert(RepeatRole, "repeat");
    names.insert(PipelineIdRole, "pipelineId");
    return names;
}

void DealListModel::report(const Error &error) const
{
    if (m_errorHandler)
        m_errorHandler(error);
    Q_EMIT const_cast<DealListModel *>(this)->errorOccurred(error.message);
}

} // namespace comptoir
