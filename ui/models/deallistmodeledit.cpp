// SPDX-License-Identifier: GPL-3.0-or-later
// Inline edit of the deal list: which cells may be edited, what their editors start from, and
// the undoable write through DealService::setField().
#include "deallistmodel.h"

#include "dealcolumns.h"
#include "dealcommands.h"
#include "money.h"
#include "stores.h"
#include "workspace.h"

#include <QCoreApplication>
#include <QUndoStack>

namespace comptoir {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(DealListModel)
};

// The DealService::setField() name of an editable column.
QString fieldOf(int column)
{
    switch (column) {
    case DealListModel::TitleColumn:
        return QStringLiteral("title");
    case DealListModel::AmountColumn:
        return QStringLiteral("amount");
    case DealListModel::CloseDateColumn:
        return QStringLiteral("close_date");
    case DealListModel::TypeColumn:
        return QStringLiteral("type");
    case DealListModel::SourceColumn:
        return QStringLiteral("source");
    case DealListModel::ResponsibleColumn:
        return QStringLiteral("responsible");
    default:
        return {};
    }
}

// The field as setField() reads it back whatever the locale: what undo writes.
QString canonical(const DealRow &row, int column)
{
    switch (column) {
    case DealListModel::TitleColumn:
        return row.title;
    case DealListModel::AmountColumn:
        return money::toDecimalString(row.amountMinor, row.currency);
    case DealListModel::CloseDateColumn:
        return row.closeDate.isValid() ? row.closeDate.toString(Qt::ISODate) : QString();
    case DealListModel::TypeColumn:
        return row.typeCode;
    case DealListModel::SourceColumn:
        return row.sourceCode;
    case DealListModel::ResponsibleColumn:
        return QString::number(row.responsibleId);
    default:
        return {};
    }
}

// One field of one deal set from text; undo writes the old value back. Each run is one
// DealService call, so the history holds the change and its undo.
class EditFieldCommand final : public DealCommand
{
public:
    EditFieldCommand(Workspace &workspace, Id dealId, int column, QString newText, QLocale locale, QString oldText)
        : DealCommand(workspace, Text::tr("Edit “%1”").arg(dealcolumns::title(DealColumn(column))))
        , m_id(dealId)
        , m_field(fieldOf(column))
        , m_new(std::move(newText))
        , m_locale(std::move(locale))
        , m_old(std::move(oldText))
    {
    }

protected:
    Status doRedo() override { return set(m_new, m_locale); }
    Status doUndo() override { return set(m_old, QLocale::c()); }

private:
    Status set(const QString &text, const QLocale &locale)
    {
        auto done = m_workspace.deals().setField(m_workspace.actor(), m_id, m_field, text, locale);
        return done ? Status{} : Status{done.error()};
    }
    Id m_id;
    QString m_field;
    QString m_new;
    QLocale m_locale;
    QString m_old;
};

} // namespace

bool DealListModel::isEditableColumn(int column)
{
    return !fieldOf(column).isEmpty();
}

QVariant DealListModel::editValue(const QModelIndex &index) const
{
    if (!index.isValid() || !isEditableColumn(index.column()))
        return {};
    const auto deal = dealRow(index.row());
    if (!deal)
        return {};
    switch (index.column()) {
    case AmountColumn:
        return money::formatNumber(deal->amountMinor, deal->currency, m_locale);
    case CloseDateColumn:
        return deal->closeDate;
    default:
        return canonical(*deal, index.column());
    }
}

QList<std::pair<QString, QString>> DealListModel::editChoices(int column) const
{
    QList<std::pair<QString, QString>> choices;
    if (column == ResponsibleColumn) {
        if (auto users = UserStore(m_workspace.db()).all()) {
            for (const User &user : *users) {
                if (user.active)
                    choices.append({user.name, QString::number(user.id)});
            }
        }
        return choices;
    }
    if (column != TypeColumn && column != SourceColumn)
        return choices;
    choices.append({Text::tr("(none)"), QString()});
    if (auto items = ListStore(m_workspace.db()).items(column == TypeColumn ? lists::DealType : lists::Source)) {
        for (const ListItem &item : *items)
            choices.append({item.name, item.code});
    }
    return choices;
}

bool DealListModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !index.isValid() || !isEditableColumn(index.column()))
        return false;
    const auto deal = dealRow(index.row());
    if (!deal)
        return false;
    const QString text = value.typeId() == QMetaType::QDate ? value.toDate().toString(Qt::ISODate) : value.toString();
    const QString old = canonical(*deal, index.column());
    if (index.column() != AmountColumn && text == old)
        return true; // nothing to write, nothing to undo
    auto *command = new EditFieldCommand(m_workspace, deal->id, index.column(), text, m_locale, old);
    if (const Status s = DealCommand::execute(command, m_undoStack); !s) {
        Q_EMIT errorOccurred(s.error().message);
        return false;
    }
    // DealService's change signal makes the model read the row again, with what was stored.
    return true;
}

} // namespace comptoir
