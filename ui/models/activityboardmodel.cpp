// SPDX-License-Identifier: GPL-3.0-or-later
#include "activityboardmodel.h"

#include "activitycommands.h"
#include "activityservice.h"
#include "dealformat.h"
#include "money.h"
#include "workcalendar.h"
#include "workspace.h"

#include <QColor>
#include <QDataStream>
#include <QIODevice>
#include <QMimeData>

namespace comptoir {

ActivityBoardModel::ActivityBoardModel(Workspace &workspace, QObject *parent)
    : QAbstractItemModel(parent)
    , m_workspace(workspace)
{
    m_refreshTimer.setSingleShot(true);
    m_refreshTimer.setInterval(0);
    connect(&m_refreshTimer, &QTimer::timeout, this, &ActivityBoardModel::refresh);
    // Any committed change may move a card between columns: the deal's columns are read
    // again, once, after the change.
    ActivityService *activities = &workspace.activities();
    for (auto signal : {&ActivityService::activityCreated, &ActivityService::activityChanged,
                        &ActivityService::activityRemoved})
        connect(activities, signal, this, [this](Id, Id dealId) { markDealDirty(dealId); });
    DealService *deals = &workspace.deals();
    for (auto signal : {&DealService::dealCreated, &DealService::dealChanged, &DealService::dealDeleted,
                        &DealService::dealRestored, &DealService::dealPurged})
        connect(deals, signal, this, &ActivityBoardModel::markDealDirty);
    connect(deals, &DealService::dealMoved, this, [this](Id dealId, Id, Id) { markDealDirty(dealId); });
    reload();
}

ActivityBoardModel::~ActivityBoardModel() = default;

ActivityBoardQuery ActivityBoardModel::query() const
{
    return ActivityBoardQuery(m_workspace.db(), m_workspace.clock(), m_zone, m_locale.firstDayOfWeek());
}

ActivityBoardRules ActivityBoardModel::rules() const
{
    auto calendar = WorkCalendar::load(m_workspace.db());
    return ActivityBoardRules(m_workspace.clock(), calendar ? *calendar : WorkCalendar(), m_zone,
                              m_locale.firstDayOfWeek());
}

void ActivityBoardModel::setFilter(const DealFilter &filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    reload();
}

void ActivityBoardModel::setLocale(const QLocale &locale)
{
    m_locale = locale;
    reload();
}

void ActivityBoardModel::setTimeZone(const QTimeZone &zone)
{
    m_zone = zone;
    reload();
}

void ActivityBoardModel::markDealDirty(Id dealId)
{
    m_dirtyDeals.insert(dealId);
    m_refreshTimer.start();
}

void ActivityBoardModel::reload()
{
    m_refreshTimer.stop();
    m_dirtyDeals.clear();
    m_columnBefore.clear();
    const ActivityBoardQuery q = query();
    m_loadedDay = q.bounds().now.toTimeZone(m_zone).date();
    auto summaries = q.columns(m_workspace.actor(), m_filter);
    beginResetModel();
    for (int c = 0; c < ActivityColumnCount; ++c) {
        Column &column = m_columns[size_t(c)];
        column.cards.clear();
        column.next.reset();
        column.summary = summaries ? summaries->at(c) : ActivityColumnSummary{ActivityColumn(c), 0, {}};
    }
    for (int c = 0; c < ActivityColumnCount; ++c)
        loadPage(c);
    m_notifying = true;
    endResetModel();
    m_notifying = false;
    if (!summaries)
        Q_EMIT errorOccurred(summaries.error().message);
    Q_EMIT columnsChanged();
}

void ActivityBoardModel::loadPage(int c)
{
    Column &column = m_columns[size_t(c)];
    auto page = query().cards(m_workspace.actor(), m_filter, ActivityColumn(c), column.next, PageSize);
    if (!page) {
        column.next.reset();
        Q_EMIT errorOccurred(page.error().message);
        return;
    }
    column.cards += page->cards;
    column.next = page->next;
}

QModelIndex ActivityBoardModel::dealIndex(Id dealId) const
{
    for (int c = 0; c < ActivityColumnCount; ++c) {
        const QList<ActivityCard> &cards = m_columns[size_t(c)].cards;
        for (int r = 0; r < cards.size(); ++r) {
            if (cards.at(r).deal.id == dealId)
                return index(r, 0, index(c, 0));
        }
    }
    return {};
}

const ActivityCard *ActivityBoardModel::card(const QModelIndex &index) const
{
    if (!index.isValid() || index.internalId() == 0)
        return nullptr;
    const Column &column = m_columns[size_t(index.internalId() - 1)];
    return index.row() < column.cards.size() ? &column.cards.at(index.row()) : nullptr;
}

int ActivityBoardModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return ActivityColumnCount;
    if (parent.internalId() != 0 || parent.column() != 0)
        return 0;
    return int(m_columns[size_t(parent.row())].cards.size());
}

int ActivityBoardModel::columnCount(const QModelIndex &) const
{
    return 1;
}

QModelIndex ActivityBoardModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, quintptr(0));
    return createIndex(row, column, quintptr(parent.row() + 1));
}

QModelIndex ActivityBoardModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == 0)
        return {};
    return createIndex(int(child.internalId() - 1), 0, quintptr(0));
}

bool ActivityBoardModel::hasChildren(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return true;
    return parent.internalId() == 0 && parent.column() == 0
        && (!m_columns[size_t(parent.row())].cards.isEmpty() || m_columns[size_t(parent.row())].next.has_value());
}

bool ActivityBoardModel::canFetchMore(const QModelIndex &parent) const
{
    return parent.isValid() && parent.internalId() == 0 && parent.column() == 0
        && m_columns[size_t(parent.row())].next.has_value();
}

void ActivityBoardModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    const int c = parent.row();
    if (m_notifying) {
        // Asked from a reset handler, where no new change may begin: right after.
        QMetaObject::invokeMethod(this, [this, c] { fetchMore(index(c, 0)); }, Qt::QueuedConnection);
        return;
    }
    Column &column = m_columns[size_t(c)];
    const int before = int(column.cards.size());
    auto page = query().cards(m_workspace.actor(), m_filter, ActivityColumn(c), column.next, PageSize);
    if (!page) {
        column.next.reset();
        Q_EMIT errorOccurred(page.error().message);
        return;
    }
    column.next = page->next;
    if (page->cards.isEmpty())
        return;
    beginInsertRows(parent, before, before + int(page->cards.size()) - 1);
    column.cards += page->cards;
    endInsertRows();
}

QVariant ActivityBoardModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (index.internalId() == 0)
        return columnData(index.row(), role);
    const ActivityCard *c = card(index);
    return c ? cardData(*c, role) : QVariant();
}

QVariant ActivityBoardModel::columnData(int column, int role) const
{
    const ActivityColumnSummary &s = m_columns[size_t(column)].summary;
    switch (role) {
    case Qt::DisplayRole:
        return activityColumnTitle(s.column);
    case IdRole:
    case ColumnRole:
        return column;
    case IsColumnRole:
        return true;
    case CountRole:
        return s.count;
    case TotalsTextRole:
        return dealformat::totals(s.totals, m_locale);
    default:
        return {};
    }
}

QVariant ActivityBoardModel::cardData(const ActivityCard &c, int role) const
{
    const DealRow &row = c.deal;
    switch (role) {
    case Qt::DisplayRole:
        return row.title;
    case Qt::ToolTipRole:
        // What the card elides: the whole title, subject and deadline.
        if (!c.activity)
            return row.title;
        return row.title + QLatin1Char('\n') + c.activity->subject + QStringLiteral(" — ")
            + m_locale.toString(c.activity->deadline.toTimeZone(m_zone).date(), QLocale::LongFormat) + QLatin1Char(' ')
            + m_locale.toString(c.activity->deadline.toTimeZone(m_zone).time(), QLocale::ShortFormat);
    case IdRole:
        return row.id;
    case IsColumnRole:
        return false;
    case ColumnRole:
        return int(activityColumnOf(c.activity ? c.activity->deadline : QDateTime(), query().bounds()));
    case StageColorRole:
        return QColor(row.stageColor);
    case StageNameRole:
        return row.stageName;
    case AmountTextRole:
        return money::format(row.amountMinor, row.currency, m_locale);
    case ClientRole: {
        QStringList parts;
        if (!row.companyName.isEmpty())
            parts << row.companyName;
        if (!row.contactName.isEmpty())
            parts << row.contactName;
        return parts.join(QStringLiteral(" · "));
    }
    case ActivityIdRole:
        return c.activity ? c.activity->id : Id(0);
    case ActivityTypeRole:
        return c.activity ? int(c.activity->type) : -1;
    case ActivitySubjectRole:
        return c.activity ? c.activity->subject : QString();
    case DeadlineRole:
        return c.activity ? c.activity->deadline : QDateTime();
    case DeadlineTextRole:
        return c.activity ? dealformat::compactDateTime(c.activity->deadline.toTimeZone(m_zone), m_loadedDay, m_locale)
                          : QString();
    default:
        return {};
    }
}

Qt::ItemFlags ActivityBoardModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    if (index.internalId() == 0)
        return Qt::ItemIsEnabled | Qt::ItemIsDropEnabled;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled | Qt::ItemIsDropEnabled
        | Qt::ItemNeverHasChildren;
}

QHash<int, QByteArray> ActivityBoardModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractItemModel::roleNames();
    names.insert({{IdRole, "id"}, {IsColumnRole, "isColumn"}, {ColumnRole, "column"}, {CountRole, "count"},
                  {TotalsTextRole, "totals"}, {StageColorRole, "stageColor"}, {StageNameRole, "stageName"},
                  {AmountTextRole, "amountText"}, {ClientRole, "client"}, {ActivityIdRole, "activityId"},
                  {ActivityTypeRole, "activityType"}, {ActivitySubjectRole, "activitySubject"},
                  {DeadlineRole, "deadline"}, {DeadlineTextRole, "deadlineText"}});
    return names;
}

QStringList ActivityBoardModel::mimeTypes() const
{
    return {mimeType()};
}

QMimeData *ActivityBoardModel::mimeData(const QModelIndexList &indexes) const
{
    QByteArray bytes;
    QDataStream stream(&bytes, QIODevice::WriteOnly);
    for (const QModelIndex &i : indexes) {
        if (const ActivityCard *c = card(i))
            stream << qint64(c->deal.id);
    }
    auto *data = new QMimeData;
    data->setData(mimeType(), bytes);
    return data;
}

QList<Id> ActivityBoardModel::decodeDealIds(const QMimeData *data) const
{
    QList<Id> ids;
    if (!data || !data->hasFormat(mimeType()))
        return ids;
    QDataStream stream(data->data(mimeType()));
    while (!stream.atEnd()) {
        qint64 id = 0;
        stream >> id;
        if (stream.status() != QDataStream::Ok || id <= 0)
            return {};
        ids << id;
    }
    return ids;
}

Qt::DropActions ActivityBoardModel::supportedDropActions() const
{
    return Qt::MoveAction;
}

bool ActivityBoardModel::canDropMimeData(const QMimeData *data, Qt::DropAction, int, int,
                                         const QModelIndex &parent) const
{
    if (!parent.isValid())
        return false;
    const int c = parent.internalId() == 0 ? parent.row() : int(parent.internalId() - 1);
    const auto target = ActivityColumn(c);
    return target != ActivityColumn::Overdue && target != ActivityColumn::None && !decodeDealIds(data).isEmpty();
}

bool ActivityBoardModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                                      const QModelIndex &parent)
{
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    const int c = parent.internalId() == 0 ? parent.row() : int(parent.internalId() - 1);
    // Deals without activity need a type and subject: the view asks and calls moveDeals().
    const QList<Id> ids = decodeDealIds(data);
    for (Id id : ids) {
        if (needsNewActivity(id))
            return false;
    }
    return moveDeals(ids, ActivityColumn(c)).ok();
}

bool ActivityBoardModel::needsNewActivity(Id dealId) const
{
    auto nearest = m_workspace.activities().nearestOpen(m_workspace.actor(), dealId);
    return nearest && !nearest->has_value();
}

Status ActivityBoardModel::run(DealCommand *command)
{
    const Status done = DealCommand::execute(command, m_undoStack);
    if (!done)
        Q_EMIT errorOccurred(done.error().message);
    return done;
}

Status ActivityBoardModel::moveDeals(const QList<Id> &dealIds, ActivityColumn target, ActivityType type,
                                     const QString &subject)
{
    const ActivityBoardRules r = rules();
    const ActivityBounds bounds = query().bounds();
    const QString columnTitle = activityColumnTitle(target);
    for (Id dealId : dealIds) {
        auto nearest = m_workspace.activities().nearestOpen(m_workspace.actor(), dealId);
        if (!nearest) {
            Q_EMIT errorOccurred(nearest.error().message);
            return nearest.error();
        }
        const QDateTime current = *nearest ? (*nearest)->deadline : QDateTime();
        auto deadline = r.deadlineFor(target, current);
        if (!deadline) {
            Q_EMIT errorOccurred(deadline.error().message);
            return deadline.error();
        }
        // The nearest deadline is the deal's column: it leaves that one even when its card
        // is not loaded (then no other column needs counting again).
        m_columnBefore.insert(dealId, activityColumnOf(current, bounds));
        Status s;
        if (*nearest) {
            s = run(new MoveActivityCommand(m_workspace, (*nearest)->id, current, *deadline,
                                            tr("Move “%1” to %2").arg((*nearest)->subject, columnTitle)));
        } else {
            Activity draft;
            draft.dealId = dealId;
            draft.type = type;
            draft.subject = subject;
            draft.deadline = *deadline;
            s = run(new PlanActivityCommand(m_workspace, draft, std::nullopt, tr("Plan “%1”").arg(subject)));
        }
        if (!s) {
            refresh();
            return s;
        }
    }
    refresh();
    return {};
}

Result<Id> ActivityBoardModel::createDeal(ActivityColumn column, const QString &title, ActivityType type,
                                          const QString &subject)
{
    auto deadline = rules().deadlineFor(column);
    if (!deadline) {
        Q_EMIT errorOccurred(deadline.error().message);
        return deadline.error();
    }
    Deal deal;
    deal.title = title.trimmed();
    Activity draft;
    draft.type = type;
    draft.subject = subject;
    draft.deadline = *deadline;
    Id dealId = 0;
    const Status s = run(new PlanActivityCommand(m_workspace, draft, deal, tr("New deal “%1”").arg(deal.title), &dealId));
    if (!s)
        return s.error();
    refresh();
    return dealId;
}

} // namespace comptoir
