// SPDX-License-Identifier: GPL-3.0-or-later
#include "dealtableview.h"

#include "columnchooser.h"
#include "dealcolumns.h"
#include "dealdelegate.h"
#include "dealeditdelegate.h"
#include "deallistmodel.h"
#include "money.h"

#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMenu>

namespace comptoir {

namespace {

using Column = DealListModel::Column;

// Shown by default: what a seller scans a list for. The rest is one right-click away.
constexpr Column HiddenByDefault[] = {
    DealListModel::IdColumn,        DealListModel::CurrencyColumn,
    DealListModel::PipelineColumn,  DealListModel::ResponsibleColumn,
    DealListModel::TypeColumn,      DealListModel::SourceColumn,
    DealListModel::BeginDateColumn, DealListModel::ProbabilityColumn,
};

} // namespace

DealTableView::DealTableView(QWidget *parent)
    : QTableView(parent)
{
    setObjectName(QStringLiteral("dealTable"));
    setSelectionBehavior(SelectRows);
    setSelectionMode(ExtendedSelection);
    setEditTriggers(NoEditTriggers);
    setAlternatingRowColors(true);
    setShowGrid(false);
    setWordWrap(false);
    setTextElideMode(Qt::ElideRight);
    setCornerButtonEnabled(false);
    setHorizontalScrollMode(ScrollPerPixel);
    setItemDelegate(new DealEditDelegate(DealListModel::StageColumn, this));
    connect(itemDelegate(), &QAbstractItemDelegate::closeEditor, this, [this] {
        if (m_inlineEdit.isValid())
            closePersistentEditor(m_inlineEdit);
        m_inlineEdit = QPersistentModelIndex();
        setFocus();
    });
    connect(itemDelegate(), &QAbstractItemDelegate::commitData, this, [this](QWidget *editor) {
        // Written once: the focus leaving the editor as it closes must not write it again.
        if (m_inlineEdit.isValid() && editor == indexWidget(m_inlineEdit))
            editor->removeEventFilter(itemDelegate());
    });

    // Uniform rows: the view never asks a row for its height, so a million rows lay out at once.
    QHeaderView *rows = verticalHeader();
    rows->setSectionResizeMode(QHeaderView::Fixed);
    rows->setDefaultSectionSize(fontMetrics().height() + 12);
    rows->hide();

    QHeaderView *columns = horizontalHeader();
    columns->setSectionsMovable(true);
    columns->setHighlightSections(false);
    columns->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    columns->setTextElideMode(Qt::ElideRight);
    columns->setMinimumSectionSize(fontMetrics().horizontalAdvance(QLatin1Char('M')) * 3);
    columns->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(columns, &QHeaderView::customContextMenuRequested, this,
            &DealTableView::showHeaderMenu);

    connect(this, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        if (const Id id = index.data(DealListModel::IdRole).value<Id>(); id != 0)
            Q_EMIT dealActivated(id);
    });
}

void DealTableView::setDealModel(DealListModel *model)
{
    QItemSelectionModel *oldSelection = selectionModel();
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_model = model;
    setSortingEnabled(false);
    setModel(model);
    delete oldSelection; // setModel() gives the view a new one and leaves the old to us
    if (!model)
        return;
    connect(model, &QAbstractItemModel::modelAboutToBeReset, this, &DealTableView::rememberCurrent);
    connect(model, &QAbstractItemModel::modelReset, this, &DealTableView::restoreCurrent);
    // A custom field made while the list shows: offered by the column chooser, not imposed.
    connect(model, &QAbstractItemModel::columnsInserted, this, [this](const QModelIndex &, int first, int last) {
        for (int column = first; column <= last; ++column)
            horizontalHeader()->setSectionHidden(column, true);
    });

    // The indicator first, so that enabling sorting re-sorts by what the model already has.
    const DealSort sort = model->currentSort();
    horizontalHeader()->setSortIndicator(
        model->sortColumn(), sort.descending ? Qt::DescendingOrder : Qt::AscendingOrder);
    setSortingEnabled(true);
    if (!horizontalHeader()->sectionsHidden())
        resetColumns();
}

void DealTableView::resetColumns()
{
    QHeaderView *header = horizontalHeader();
    for (int visual = 0; visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        if (logical != visual)
            header->moveSection(visual, logical);
    }
    const QFontMetrics metrics = fontMetrics();
    const int pad = metrics.horizontalAdvance(QLatin1Char('M')) * 2;
    const auto fit = [&](const QString &sample) { return metrics.horizontalAdvance(sample) + pad; };
    const QLocale locale = m_model ? m_model->locale() : QLocale();
    const QString sampleDate = locale.toString(QDate(2024, 12, 31), QLocale::ShortFormat);

    for (int column = 0; column < DealListModel::ColumnCount; ++column) {
        // Room for the title and the sort arrow at least.
        int width = fit(dealcolumns::title(DealColumn(column))) + pad;
        switch (Column(column)) {
        case DealListModel::IdColumn:
            width = std::max(width, fit(QStringLiteral("0000000")));
            break;
        case DealListModel::TitleColumn:
            width = fit(QString(36, QLatin1Char('n')));
            break;
        case DealListModel::AmountColumn:
            width = std::max(width, fit(money::format(9999999'99, QStringLiteral("EUR"), locale)));
            break;
        case DealListModel::StageColumn:
            width = std::max(width, fit(QString(18, QLatin1Char('n'))));
            break;
        case DealListModel::PipelineColumn:
        case DealListModel::ResponsibleColumn:
            width = std::max(width, fit(QString(16, QLatin1Char('n'))));
            break;
        case DealListModel::CompanyColumn:
        case DealListModel::ContactColumn:
            width = std::max(width, fit(QString(22, QLatin1Char('n'))));
            break;
        case DealListModel::TypeColumn:
        case DealListModel::SourceColumn:
            width = std::max(width, fit(QString(12, QLatin1Char('n'))));
            break;
        case DealListModel::BeginDateColumn:
        case DealListModel::CloseDateColumn:
            width = std::max(width, fit(sampleDate));
            break;
        case DealListModel::CreatedColumn:
            width = std::max(width,
                             fit(locale.toString(QDateTime(QDate(2024, 12, 31), QTime(23, 59)),
                                                 QLocale::ShortFormat)));
            break;
        default:
            break;
        }
        header->resizeSection(column, width);
        header->setSectionHidden(column, false);
    }
    // Custom fields are there to be chosen (F5): hidden until they are.
    const int columns = m_model ? m_model->columnCount() : 0;
    for (int column = DealListModel::ColumnCount; column < columns; ++column) {
        const QString name = m_model->headerData(column, Qt::Horizontal).toString();
        header->resizeSection(column, std::max(fit(name) + pad, fit(QString(12, QLatin1Char('n')))));
        header->setSectionHidden(column, true);
    }
    // Last: a narrow column of check marks reads best at the edge.
    header->moveSection(header->visualIndex(DealListModel::RepeatColumn), header->count() - 1);
    for (const Column column : HiddenByDefault)
        header->setSectionHidden(column, true);
    // The title takes what the other columns leave; the others keep the width the user gives.
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(DealListModel::TitleColumn, QHeaderView::Stretch);
}

void DealTableView::fillColumnsMenu(QMenu *menu)
{
    QHeaderView *header = horizontalHeader();
    for (int visual = 0; visual < header->count(); ++visual) {
        const int column = header->logicalIndex(visual);
        QAction *action = menu->addAction(header->model()->headerData(column, Qt::Horizontal).toString());
        action->setCheckable(true);
        action->setChecked(!header->isSectionHidden(column));
        // The title names the deal: a list without it would be a list of numbers.
        action->setEnabled(column != DealListModel::TitleColumn);
        connect(action, &QAction::toggled, this,
                [header, column](bool shown) { header->setSectionHidden(column, !shown); });
    }
    menu->addSeparator();
    connect(menu->addAction(tr("Choose Columns…")), &QAction::triggered, this,
            &DealTableView::chooseColumns);
    connect(menu->addAction(tr("Reset Columns")), &QAction::triggered, this,
            &DealTableView::resetColumns);
}

bool DealTableView::edit(const QModelIndex &index, EditTrigger trigger, QEvent *event)
{
    // The list model predates inline edit and flags no cell editable, so the editor is opened
    // here, as a persistent editor closed again when the delegate is done with it.
    if (trigger == EditKeyPressed && m_model && index.isValid() && !m_inlineEdit.isValid()
        && DealListModel::isEditableColumn(index.column())) {
        m_inlineEdit = index;
        openPersistentEditor(index);
        if (QWidget *editor = indexWidget(index))
            editor->setFocus();
        return true;
    }
    return QTableView::edit(index, trigger, event);
}

void DealTableView::chooseColumns()
{
    ColumnChooserDialog dialog(horizontalHeader(), DealListModel::TitleColumn, this);
    dialog.exec();
}

QStringList DealTableView::visibleColumnKeys() const
{
    QStringList keys;
    const QHeaderView *header = horizontalHeader();
    for (int visual = 0; visual < header->count(); ++visual) {
        const int column = header->logicalIndex(visual);
        if (!header->isSectionHidden(column))
            keys << m_model->columnKey(column);
    }
    return keys;
}

void DealTableView::showHeaderMenu(const QPoint &position)
{
    QMenu menu(this);
    fillColumnsMenu(&menu);
    menu.exec(horizontalHeader()->viewport()->mapToGlobal(position));
}

// The columns by key ("title", "cf_3"), in their on-screen order, with width and visibility:
// a custom field's column is its own whatever fields were added or removed since, and a
// database with other fields keeps what the two share.
QByteArray DealTableView::saveHeaderState() const
{
    const QHeaderView *header = horizontalHeader();
    if (!m_model)
        return header->saveState();
    QJsonArray columns;
    for (int visual = 0; visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        columns.append(QJsonObject{{QStringLiteral("key"), m_model->columnKey(logical)},
                                   {QStringLiteral("width"), header->sectionSize(logical)},
                                   {QStringLiteral("hidden"), header->isSectionHidden(logical)}});
    }
    return QJsonDocument(QJsonObject{{QStringLiteral("columns"), columns}}).toJson(QJsonDocument::Compact);
}

bool DealTableView::restoreHeaderState(const QByteArray &state)
{
    QHeaderView *header = horizontalHeader();
    if (!m_model || state.isEmpty()) {
        resetColumns();
        return false;
    }
    const QJsonDocument layout = QJsonDocument::fromJson(state);
    if (!layout.isObject()) {
        // The header's own state, as versions before custom columns saved it: built-in
        // columns only, so every custom column is left hidden.
        if (!header->restoreState(state) || header->count() != m_model->columnCount()) {
            resetColumns();
            return false;
        }
        for (int column = DealListModel::ColumnCount; column < header->count(); ++column)
            header->setSectionHidden(column, true);
        header->setSectionHidden(DealListModel::TitleColumn, false);
        return true;
    }
    resetColumns();
    int visual = 0;
    for (const QJsonValue &value : layout.object().value(QStringLiteral("columns")).toArray()) {
        const QJsonObject column = value.toObject();
        const int logical = m_model->columnOfKey(column.value(QStringLiteral("key")).toString());
        if (logical < 0)
            continue; // a field since deleted, or one of another database
        header->moveSection(header->visualIndex(logical), visual++);
        if (logical != DealListModel::TitleColumn) { // the title stretches
            const int width = column.value(QStringLiteral("width")).toInt();
            if (width > 0)
                header->resizeSection(logical, width);
            header->setSectionHidden(logical, column.value(QStringLiteral("hidden")).toBool());
        }
    }
    return true;
}

Id DealTableView::currentDealId() const
{
    return currentIndex().data(DealListModel::IdRole).value<Id>();
}

void DealTableView::selectDeal(Id id)
{
    if (!m_model || id == 0)
        return;
    const int row = m_model->rowOf(id);
    if (row < 0)
        return;
    const QModelIndex index
        = m_model->index(row, currentIndex().isValid() ? currentIndex().column() : 1);
    setCurrentIndex(index);
    scrollTo(index);
}

void DealTableView::rememberCurrent()
{
    m_currentBeforeReset = currentDealId();
}

void DealTableView::restoreCurrent()
{
    const Id id = std::exchange(m_currentBeforeReset, 0);
    selectDeal(id);
}

} // namespace comptoir
