// SPDX-License-Identifier: GPL-3.0-or-later
// CustomFieldService: definitions, and the values of deals with their history.
#include "customfields.h"

#include "access.h"
#include "clock.h"
#include "database.h"
#include "money.h"
#include "stores.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace comptoir {

namespace {
const QString selectFields = QStringLiteral(
    "SELECT id, name, type, required, options, coalesce(currency, 'EUR'), sort FROM custom_fields");

QString optionsJson(const QStringList &options)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(options)).toJson(QJsonDocument::Compact));
}

QStringList optionsFromJson(const QString &json)
{
    QStringList list;
    for (const QJsonValue &v : QJsonDocument::fromJson(json.toUtf8()).array())
        list << v.toString();
    return list;
}

CustomField fieldFromRow(const QSqlQuery &q)
{
    CustomField f;
    f.id = q.value(0).toLongLong();
    f.name = q.value(1).toString();
    f.type = fieldTypeFromText(q.value(2).toString()).value_or(FieldType::Text);
    f.required = q.value(3).toBool();
    f.options = optionsFromJson(q.value(4).toString());
    f.currency = q.value(5).toString();
    f.sort = q.value(6).toInt();
    return f;
}

// The columns (value_text, value_int, value_real) a typed value is stored in.
QVariantList toStorage(const CustomField &field, const QVariant &value)
{
    const QVariant none;
    switch (field.type) {
    case FieldType::Number:
        return {none, none, value.toDouble()};
    case FieldType::Money:
        return {none, value.toLongLong(), none};
    case FieldType::Checkbox:
        return {none, value.toBool() ? 1 : 0, none};
    case FieldType::MultiList:
        return {optionsJson(value.toStringList()), none, none};
    case FieldType::Date:
    case FieldType::DateTime:
        return {customfields::exportText(field, value), none, none};
    default:
        return {value.toString(), none, none};
    }
}

QVariant fromStorage(const CustomField &field, const QVariant &text, const QVariant &integer, const QVariant &real)
{
    switch (field.type) {
    case FieldType::Number:
        return real.toDouble();
    case FieldType::Money:
        return qlonglong(integer.toLongLong());
    case FieldType::Checkbox:
        return integer.toLongLong() != 0;
    case FieldType::MultiList:
        return optionsFromJson(text.toString());
    case FieldType::Date:
        return QDate::fromString(text.toString(), Qt::ISODate);
    case FieldType::DateTime:
        return QDateTime::fromString(text.toString(), Qt::ISODate).toUTC();
    default:
        return text.toString();
    }
}

// Values as the service's callers may hand them (an int for money, a QString for a checkbox
// ticked in a CSV) brought to the one type each field stores.
QVariant normalised(const CustomField &field, const QVariant &value)
{
    if (!value.isValid() || value.isNull())
        return field.type == FieldType::Checkbox ? QVariant(false) : QVariant();
    if (field.type == FieldType::Money && value.typeId() == QMetaType::Int)
        return qlonglong(value.toInt());
    if (field.type == FieldType::Number && (value.typeId() == QMetaType::Int || value.typeId() == QMetaType::LongLong))
        return value.toDouble();
    if (field.type == FieldType::DateTime && value.typeId() == QMetaType::QDateTime)
        return value.toDateTime().toUTC();
    return value;
}
} // namespace

namespace customfields {

Result<QList<CustomField>> definitions(const Database &db)
{
    auto q = db.exec(selectFields + QStringLiteral(" ORDER BY sort, id"));
    if (!q)
        return q.error();
    QList<CustomField> list;
    while (q->next())
        list << fieldFromRow(*q);
    return list;
}

Result<QHash<Id, CustomValues>> valuesOf(const Database &db, const QList<Id> &dealIds)
{
    auto defs = definitions(db);
    if (!defs)
        return defs.error();
    return valuesOf(db, *defs, dealIds);
}

Result<QHash<Id, CustomValues>> valuesOf(const Database &db, const QList<CustomField> &fields, const QList<Id> &dealIds)
{
    QHash<Id, CustomValues> result;
    if (fields.isEmpty())
        return result;
    QHash<Id, CustomField> byId;
    for (const CustomField &f : fields)
        byId.insert(f.id, f);
    constexpr int chunk = 500; // well under SQLite's limit of bound values
    for (qsizetype start = 0; start < dealIds.size(); start += chunk) {
        const QList<Id> part = dealIds.mid(start, chunk);
        QStringList marks;
        QVariantList args;
        for (Id id : part) {
            marks << QStringLiteral("?");
            args << id;
        }
        auto q = db.exec(QStringLiteral("SELECT deal_id, field_id, value_text, value_int, value_real FROM deal_field_values "
                                        "WHERE deal_id IN (%1)").arg(marks.join(QLatin1Char(','))),
                         args);
        if (!q)
            return q.error();
        while (q->next()) {
            const auto f = byId.constFind(q->value(1).toLongLong());
            if (f == byId.constEnd())
                continue;
            result[q->value(0).toLongLong()].insert(f->id, fromStorage(*f, q->value(2), q->value(3), q->value(4)));
        }
    }
    return result;
}

Result<QHash<Id, QStringList>> exportCells(const Database &db, const QList<CustomField> &fields, const QList<Id> &dealIds)
{
    auto values = valuesOf(db, dealIds);
    if (!values)
        return values.error();
    QHash<Id, QStringList> cells;
    for (Id id : dealIds) {
        const CustomValues dealValues = values->value(id);
        QStringList row;
        for (const CustomField &f : fields)
            row << exportText(f, dealValues.value(f.id));
        cells.insert(id, row);
    }
    return cells;
}

} // namespace customfields

CustomFieldService::CustomFieldService(Database &db, const Clock &clock, QObject *parent)
    : QObject(parent), m_db(db), m_clock(clock)
{
}

Status CustomFieldService::requireOwner(const Actor &actor) const
{
    auto user = UserStore(m_db).byId(actor.userId);
    if (!user)
        return Error::forbidden(tr("Unknown user %1.").arg(actor.userId));
    if (!user->isOwner)
        return Error::forbidden(tr("Only an administrator can change custom fields."));
    return {};
}

Result<QList<CustomField>> CustomFieldService::fields() const
{
    return customfields::definitions(m_db);
}

Result<CustomField> CustomFieldService::field(Id id) const
{
    auto q = m_db.exec(selectFields + QStringLiteral(" WHERE id = ?"), {id});
    if (!q)
        return q.error();
    if (!q->next())
        return Error::notFound(tr("There is no custom field %1.").arg(id));
    return fieldFromRow(*q);
}

Result<CustomField> CustomFieldService::resolve(const QString &keyIdOrName) const
{
    auto all = fields();
    if (!all)
        return all.error();
    const QString text = keyIdOrName.trimmed();
    bool isNumber = false;
    const Id number = text.toLongLong(&isNumber);
    const std::optional<Id> fromKey = CustomField::idFromKey(text);
    QStringList names;
    for (const CustomField &f : *all) {
        if ((isNumber && f.id == number) || (fromKey && f.id == *fromKey) || f.name.compare(text, Qt::CaseInsensitive) == 0)
            return f;
        names << f.name;
    }
    if (names.isEmpty())
        return Error::notFound(tr("There is no custom field “%1”: no custom field is defined.").arg(text));
    return Error::notFound(tr("There is no custom field “%1”. Custom fields: %2.").arg(text, names.join(QStringLiteral(", "))));
}

Status checkDefinition(const Database &db, const CustomField &f); // customfielddefs.cpp

Result<CustomField> CustomFieldService::add(const Actor &actor, CustomField f)
{
    if (auto s = requireOwner(actor); !s)
        return s.error();
    f.name = f.name.trimmed();
    f.id = 0;
    if (auto s = checkDefinition(m_db, f); !s)
        return s.error();
    Transaction tx(m_db);
    if (!tx)
        return tx.error();
    auto sort = m_db.scalar(QStringLiteral("SELECT coalesce(max(sort), 0) + 1 FROM custom_fields"));
    if (!sort)
        return sort.error();
    f.sort = sort->toInt();
    auto q = m_db.exec(QStringLiteral("INSERT INTO custom_fields (name, type, required, options, currency, sort, created_at) "
                                      "VALUES (?, ?, ?, ?, ?, ?, ?)"),
                       {f.name, fieldTypeToText(f.type), int(f.required), optionsJson(f.options),
                        f.type == FieldType::Money ? QVariant(f.currency) : QVariant(), f.sort,
                        toStoredInstant(m_clock.now())});
    if (!q)
        return q.error();
    f.id = q->lastInsertId().toLongLong();
    if (auto s = tx.commit(); !s)
        return s.error();
    m_db.afterCommit([this] { Q_EMIT fieldsChanged(); });
    return f;
}

Status CustomFieldService::remove(const Actor &actor, Id fieldId)
{
    if (auto s = requireOwner(actor); !s)
        return s;
    auto f = field(fieldId);
    if (!f)
        return f.error();
    Transaction tx(m_db);
    if (!tx)
        return tx.error();
    if (auto q = m_db.exec(QStringLiteral("DELETE FROM form_fields WHERE field_key = ?"), {f->key()}); !q)
        return q.error();
    if (auto q = m_db.exec(QStringLiteral("DELETE FROM deal_field_values WHERE field_id = ?"), {fieldId}); !q)
        return q.error();
    if (auto q = m_db.exec(QStringLiteral("DELETE FROM custom_fields WHERE id = ?"), {fieldId}); !q)
        return q.error();
    if (auto s = tx.commit(); !s)
        return s;
    m_db.afterCommit([this] { Q_EMIT fieldsChanged(); });
    return {};
}

Result<CustomValues> CustomFieldService::values(const Actor &actor, Id dealId) const
{
    auto visible = AccessPolicy(m_db).dealVisibility(actor, QStringLiteral("d"));
    if (!visible)
        return visible.error();
    QVariantList args{dealId};
    args.append(visible->values);
    auto found = m_db.exec(QStringLiteral("SELECT 1 FROM deals d WHERE d.id = ? AND d.deleted_at IS NULL AND (%1)").arg(visible->sql), args);
    if (!found)
        return found.error();
    if (!found->next())
        return Error::notFound(tr("There is no deal %1.").arg(dealId));
    auto all = valuesOf({dealId});
    if (!all)
        return all.error();
    return all->value(dealId);
}

Result<QHash<Id, CustomValues>> CustomFieldService::valuesOf(const QList<Id> &dealIds) const
{
    return customfields::valuesOf(m_db, dealIds);
}

Result<QList<CustomField>> CustomFieldService::missingRequired(const CustomValues &values) const
{
    auto defs = fields();
    if (!defs)
        return defs.error();
    QList<CustomField> missing;
    for (const CustomField &f : *defs) {
        if (f.required && customfields::isEmpty(f, values.value(f.id)))
            missing << f;
    }
    return missing;
}

Status CustomFieldService::setValues(const Actor &actor, Id dealId, const CustomValues &input)
{
    auto stored = values(actor, dealId);
    if (!stored)
        return stored.error();
    auto responsible = m_db.scalar(QStringLiteral("SELECT responsible_id FROM deals WHERE id = ?"), {dealId});
    if (!responsible)
        return responsible.error();
    if (auto s = AccessPolicy(m_db).canChangeDeal(actor, responsible->toLongLong()); !s)
        return s;

    struct Change
    {
        CustomField field;
        QVariant before, after;
    };
    QList<Change> changes;
    for (auto it = input.constBegin(); it != input.constEnd(); ++it) {
        auto f = field(it.key());
        if (!f)
            return f.error();
        const QVariant value = normalised(*f, it.value());
        if (auto s = customfields::validate(*f, value); !s)
            return s;
        const QVariant before = normalised(*f, stored->value(f->id));
        if (customfields::exportText(*f, before) != customfields::exportText(*f, value)
            || customfields::isEmpty(*f, before) != customfields::isEmpty(*f, value))
            changes.append({*f, before, value});
    }
    if (changes.isEmpty())
        return {};
    // The history reads in order of the form, not of a hash.
    std::sort(changes.begin(), changes.end(), [](const Change &a, const Change &b) {
        return std::pair(a.field.sort, a.field.id) < std::pair(b.field.sort, b.field.id);
    });

    Transaction tx(m_db);
    if (!tx)
        return tx.error();
    const QDateTime now = m_clock.now();
    const QLocale locale;
    for (const Change &c : changes) {
        const bool empty = customfields::isEmpty(c.field, c.after)
                           || (c.field.type == FieldType::Checkbox && !c.after.toBool()); // unticked: no row
        if (empty) {
            if (auto q = m_db.exec(QStringLiteral("DELETE FROM deal_field_values WHERE field_id = ? AND deal_id = ?"),
                                   {c.field.id, dealId}); !q)
                return q.error();
        } else {
            QVariantList args{c.field.id, dealId};
            args.append(toStorage(c.field, c.after));
            if (auto q = m_db.exec(QStringLiteral("INSERT OR REPLACE INTO deal_field_values "
                                                  "(field_id, deal_id, value_text, value_int, value_real) VALUES (?, ?, ?, ?, ?)"),
                                   args); !q)
                return q.error();
        }
        auto shown = [&](const QVariant &v) {
            const QString text = customfields::format(c.field, v, locale);
            return text.isEmpty() ? tr("(none)") : text;
        };
        HistoryEvent e;
        e.dealId = dealId;
        e.at = now;
        e.userId = actor.userId;
        e.type = history::FieldChanged;
        e.field = c.field.name;
        e.oldValue = customfields::exportText(c.field, c.before);
        e.newValue = customfields::exportText(c.field, c.after);
        e.description = QStringLiteral("%1: %2 → %3").arg(c.field.name, shown(c.before), shown(c.after));
        if (auto s = HistoryStore(m_db).append(e); !s)
            return s;
    }
    if (auto q = m_db.exec(QStringLiteral("UPDATE deals SET updated_at = ? WHERE id = ?"),
                           {toStoredInstant(now), dealId}); !q)
        return q.error();
    if (auto s = tx.commit(); !s)
        return s;
    m_db.afterCommit([this, dealId] { Q_EMIT valuesChanged(dealId); });
    return {};
}

Status CustomFieldService::setFromText(const Actor &actor, Id dealId, const QString &fieldName, const QString &text,
                                       const QLocale &locale)
{
    auto f = resolve(fieldName);
    if (!f)
        return f.error();
    auto value = customfields::parse(*f, text, locale);
    if (!value)
        return value.error();
    return setValues(actor, dealId, {{f->id, *value}});
}

} // namespace comptoir
