// SPDX-License-Identifier: GPL-3.0-or-later
// BoardModel: what the cards and columns show, drag and drop, and the undoable actions.
#include "boardmodel.h"

#include "dealcommands.h"
#include "dealformat.h"
#include "money.h"
#include "stores.h"
#include "workspace.h"

#include <QColor>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMimeData>

namespace comptoir {

namespace {

QString clientText(const DealRow &row)
{
    if (row.companyName.isEmpty())
        return row.contactName;
    if (row.contactName.isEmpty())
        return row.companyName;
    return row.companyName + QStringLiteral(" · ") + row.contactName;
}

} // namespace

QVariant BoardModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.model() != this)
        return {};
    if (index.internalId() == 0) {
        const StageSummary *s = column(index.row());
        if (!s)
            return {};
        switch (role) {
        case Qt::DisplayRole:
        case Qt::ToolTipRole:
            return s->stage.name;
        case IdRole:
        case StageIdRole:
            return s->stage.id;
        case IsStageRole:
            return true;
        case PipelineIdRole:
            return s->stage.pipelineId;
        case StageColorRole:
            return QColor(s->stage.color);
        case SemanticRole:
            return int(s->stage.semantic);
        case CountRole:
            return s->count;
        case TotalsTextRole:
            return dealformat::totals(s->totals, m_locale);
        case WeightedTextRole:
            // Only meaningful when the stage carries a probability below certainty.
            if (!s->stage.probability || s->stage.isClosed())
                return QString();
            return dealformat::totals(s->weightedTotals, m_locale);
        case ProbabilityRole:
            return s->stage.probability ? QVariant(*s->stage.probability) : QVariant();
        default:
            return {};
        }
    }
    const DealRow *row = card(index);
    if (!row)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return row->title;
    case Qt::ToolTipRole: {
        const QString client = clientText(*row);
        return client.isEmpty() ? row->title : row->title + QLatin1Char('\n') + client;
    }
    case IdRole:
        return row->id;
    case IsStageRole:
        return false;
    case StageIdRole:
        return row->stageId;
    case PipelineIdRole:
        return row->pipelineId;
    case StageColorRole:
        return QColor(row->stageColor);
    case SemanticRole:
        return int(row->semantic);
    case AmountMinorRole:
        return row->amountMinor;
    case CurrencyRole:
        return row->currency;
    case AmountTextRole:
        return money::format(row->amountMinor, row->currency, m_locale);
    case ClientRole:
        return clientText(*row);
    case ResponsibleRole:
        return row->responsibleName;
    case NextActivityRole:
        return row->nextActivityAt;
    case NextActivityTextRole: {
        if (!row->nextActivityAt.isValid())
            return QString();
        const ActivityState state = activityState(row->nextActivityAt, m_workspace.clock().now());
        const QDateTime local = row->nextActivityAt.toLocalTime();
        return state == ActivityState::Today ? m_locale.toString(local.time(), QLocale::ShortFormat)
                                             : m_locale.toString(local.date(), QLocale::ShortFormat);
    }
    case ActivityStateRole:
        return int(activityState(row->nextActivityAt, m_workspace.clock().now()));
    case ClosedRole:
        return row->closed;
    default:
        return {};
    }
}

Qt::ItemFlags BoardModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    if (index.internalId() == 0)
        return Qt::ItemIsEnabled | Qt::ItemIsDropEnabled;
    // A card passes a drop to its column.
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled | Qt::ItemIsDropEnabled
        | Qt::ItemNeverHasChildren;
}

QStringList BoardModel::mimeTypes() const
{
    return {mimeType()};
}

Qt::DropActions BoardModel::supportedDropActions() const
{
    return Qt::MoveAction;
}

Qt::DropActions BoardModel::supportedDragActions() const
{
    return Qt::MoveAction;
}

// The payload holds everything a drop needs: the pipeline and each deal with the stage it was
// dragged from, so a drop on another board (another window, another pipeline) is judged on it.
QMimeData *BoardModel::mimeData(const QModelIndexList &indexes) const
{
    QJsonArray deals;
    QSet<Id> seen;
    for (const QModelIndex &i : indexes) {
        const DealRow *row = card(i);
        if (!row || seen.contains(row->id))
            continue;
        seen.insert(row->id);
        deals.append(QJsonObject{{QStringLiteral("id"), row->id}, {QStringLiteral("stage"), row->stageId}});
    }
    if (deals.isEmpty())
        return nullptr;
    auto *data = new QMimeData;
    const QJsonObject payload{{QStringLiteral("pipeline"), m_pipelineId}, {QStringLiteral("deals"), deals}};
    data->setData(mimeType(), QJsonDocument(payload).toJson(QJsonDocument::Compact));
    return data;
}

std::optional<BoardModel::Payload> BoardModel::decode(const QMimeData *data) const
{
    if (!data || !data->hasFormat(mimeType()))
        return std::nullopt;
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(data->data(mimeType()), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return std::nullopt;
    const QJsonObject o = doc.object();
    const QJsonValue pipeline = o.value(QStringLiteral("pipeline"));
    const QJsonValue deals = o.value(QStringLiteral("deals"));
    if (!pipeline.isDouble() || !deals.isArray() || deals.toArray().isEmpty())
        return std::nullopt;
    Payload p;
    p.pipelineId = pipeline.toInteger();
    for (const QJsonValue &v : deals.toArray()) {
        const QJsonValue id = v.toObject().value(QStringLiteral("id"));
        const QJsonValue stage = v.toObject().value(QStringLiteral("stage"));
        if (!id.isDouble() || !stage.isDouble() || id.toInteger() <= 0)
            return std::nullopt;
        p.deals.append({id.toInteger(), stage.toInteger()});
    }
    return p;
}

QList<Id> BoardModel::decodeDealIds(const QMimeData *data) const
{
    QList<Id> ids;
    if (const auto p = decode(data)) {
        for (const auto &d : p->deals)
            ids << d.first;
    }
    return ids;
}

int BoardModel::targetColumn(const QModelIndex &parent) const
{
    if (!parent.isValid() || parent.model() != this)
        return -1;
    return parent.internalId() == 0 ? parent.row() : int(parent.internalId()) - 1;
}

bool BoardModel::canDropMimeData(const QMimeData *data, Qt::DropAction action, int, int,
                                 const QModelIndex &parent) const
{
    if (action != Qt::MoveAction)
        return false;
    const int c = targetColumn(parent);
    const auto payload = decode(data);
    if (c < 0 || c >= int(m_columns.size()) || !payload || payload->pipelineId != m_pipelineId)
        return false;
    // Something must actually move.
    const Id target = m_columns[c].summary.stage.id;
    for (const auto &d : payload->deals) {
        if (d.second != target)
            return true;
    }
    return false;
}

bool BoardModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                              const QModelIndex &parent)
{
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    const Id target = m_columns[targetColumn(parent)].summary.stage.id;
    QList<Id> ids;
    const auto payload = decode(data);
    for (const auto &d : payload->deals) {
        if (d.second != target)
            ids << d.first;
    }
    return moveDeals(ids, target).ok();
}

Status BoardModel::run(DealCommand *command)
{
    const Status done = DealCommand::execute(command, m_undoStack);
    if (!done)
        report(done.error());
    // The screen shows what was committed, before the next frame.
    refresh();
    return done;
}

Status BoardModel::moveDeals(const QList<Id> &dealIds, Id stageId)
{
    const int c = columnOfStage(stageId);
    if (dealIds.isEmpty() || c < 0)
        return Error::invalid(tr("There is nothing to move there."));
    return run(new MoveDealsCommand(m_workspace, dealIds, stageId, m_columns[c].summary.stage.name));
}

Status BoardModel::closeDeals(const QList<Id> &dealIds, Outcome outcome, const QString &lostReason)
{
    if (dealIds.isEmpty())
        return Error::invalid(tr("There is nothing to close."));
    return run(new CloseDealsCommand(m_workspace, dealIds, outcome, lostReason));
}

Status BoardModel::removeDeals(const QList<Id> &dealIds)
{
    if (dealIds.isEmpty())
        return Error::invalid(tr("There is nothing to delete."));
    return run(new RemoveDealsCommand(m_workspace, dealIds));
}

Result<Id> BoardModel::createDeal(Id stageId, const QString &title, qint64 amountMinor, const QString &client,
                                  const QString &currency)
{
    Deal draft;
    draft.title = title.trimmed();
    draft.amountMinor = amountMinor;
    if (!currency.isEmpty())
        draft.currency = currency;
    draft.pipelineId = m_pipelineId;
    draft.stageId = stageId;
    const QString name = client.trimmed();
    if (!name.isEmpty()) {
        // An existing contact by its full name, else a company (found or created).
        const Actor actor = m_workspace.actor();
        auto contacts = m_workspace.clients().searchContacts(actor, name, 50);
        if (contacts) {
            for (const Contact &contact : std::as_const(*contacts)) {
                if (contact.displayName().compare(name, Qt::CaseInsensitive) == 0) {
                    draft.contactIds = {contact.id};
                    draft.companyId = contact.companyId;
                    break;
                }
            }
        }
        if (draft.contactIds.isEmpty()) {
            auto companies = m_workspace.clients().searchCompanies(actor, name, 50);
            if (!companies) {
                report(companies.error());
                return companies.error();
            }
            for (const Company &company : std::as_const(*companies)) {
                if (company.name.compare(name.simplified(), Qt::CaseInsensitive) == 0) {
                    draft.companyId = company.id;
                    break;
                }
            }
        }
    }
    // A client name matching no one creates a company with the deal, in the same undoable step.
    const QString newCompany = !name.isEmpty() && draft.contactIds.isEmpty() && !draft.companyId
        ? name
        : QString();
    Id created = 0;
    if (const Status done = run(new CreateDealCommand(m_workspace, draft, &created, newCompany)); !done)
        return done.error();
    return created;
}

QStringList BoardModel::currencies()
{
    QStringList codes;
    if (auto items = ListStore(m_workspace.db()).items(lists::Currency)) {
        for (const ListItem &item : std::as_const(*items))
            codes << item.code;
    } else {
        report(items.error());
    }
    if (codes.isEmpty())
        codes << Deal().currency;
    return codes;
}

QStringList BoardModel::clientSuggestions(const QString &prefix, int limit) const
{
    QStringList names;
    const QString text = prefix.trimmed();
    if (text.isEmpty())
        return names;
    const Actor actor = m_workspace.actor();
    if (auto companies = m_workspace.clients().searchCompanies(actor, text, limit)) {
        for (const Company &c : std::as_const(*companies))
            names << c.name;
    }
    if (auto contacts = m_workspace.clients().searchContacts(actor, text, limit)) {
        for (const Contact &c : std::as_const(*contacts))
            names << c.displayName();
    }
    names.removeDuplicates();
    return names.mid(0, limit);
}

QList<QPair<QString, QString>> BoardModel::lostReasons() const
{
    QList<QPair<QString, QString>> reasons;
    if (auto items = ListStore(m_workspace.db()).items(lists::LostReason)) {
        for (const ListItem &item : std::as_const(*items))
            reasons.append({item.code, item.name});
    }
    return reasons;
}

} // namespace comptoir
