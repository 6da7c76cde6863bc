// SPDX-License-Identifier: GPL-3.0-or-later
// CustomFieldService: checking and changing definitions, and renaming list options.
#include "customfields.h"

#include "database.h"
#include "money.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

namespace comptoir {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(comptoir::CustomFieldService)
};

bool hasOptions(FieldType type)
{
    return type == FieldType::List || type == FieldType::MultiList;
}

// How many deals hold `option` in the field's values.
Result<qint64> dealsUsing(const Database &db, const CustomField &f, const QString &option)
{
    const QString sql = f.type == FieldType::List
        ? QStringLiteral("SELECT count(*) FROM deal_field_values WHERE field_id = ? AND value_text = ?")
        : QStringLiteral("SELECT count(*) FROM deal_field_values v WHERE v.field_id = ? "
                         "AND EXISTS (SELECT 1 FROM json_each(v.value_text) WHERE json_each.value = ?)");
    auto n = db.scalar(sql, {f.id, option});
    if (!n)
        return n.error();
    return n->toLongLong();
}

Status renameValues(const Database &db, const CustomField &f, const QString &from, const QString &to)
{
    if (f.type == FieldType::List) {
        auto q = db.exec(QStringLiteral("UPDATE deal_field_values SET value_text = ? WHERE field_id = ? AND value_text = ?"),
                         {to, f.id, from});
        return q ? Status() : Status(q.error());
    }
    auto q = db.exec(QStringLiteral("SELECT deal_id, value_text FROM deal_field_values v WHERE v.field_id = ? "
                                    "AND EXISTS (SELECT 1 FROM json_each(v.value_text) WHERE json_each.value = ?)"),
                     {f.id, from});
    if (!q)
        return q.error();
    QList<std::pair<Id, QString>> rewritten;
    while (q->next()) {
        QJsonArray labels = QJsonDocument::fromJson(q->value(1).toString().toUtf8()).array();
        for (qsizetype i = 0; i < labels.size(); ++i) {
            if (labels.at(i).toString() == from)
                labels.replace(i, to);
        }
        rewritten.append({q->value(0).toLongLong(), QString::fromUtf8(QJsonDocument(labels).toJson(QJsonDocument::Compact))});
    }
    for (const auto &[dealId, json] : rewritten) {
        if (auto u = db.exec(QStringLiteral("UPDATE deal_field_values SET value_text = ? WHERE field_id = ? AND deal_id = ?"),
                             {json, f.id, dealId}); !u)
            return u.error();
    }
    return {};
}
} // namespace

// Name given and unique, choices for lists (each once, no "|"), a currency for money.
Status checkDefinition(const Database &db, const CustomField &f)
{
    if (f.name.trimmed().isEmpty())
        return Error::invalid(Text::tr("A custom field needs a name."), QStringLiteral("name"));
    if (f.name.startsWith(QLatin1String("cf_")))
        return Error::invalid(Text::tr("A custom field name cannot start with “cf_”."), QStringLiteral("name"));
    auto same = db.scalar(QStringLiteral("SELECT count(*) FROM custom_fields WHERE name = ? COLLATE NOCASE AND id <> ?"),
                          {f.name.trimmed(), f.id});
    if (!same)
        return same.error();
    if (same->toLongLong() > 0)
        return Error::invalid(Text::tr("A custom field named “%1” already exists.").arg(f.name.trimmed()), QStringLiteral("name"));
    if (hasOptions(f.type)) {
        if (f.options.isEmpty())
            return Error::invalid(Text::tr("The list “%1” needs at least one choice.").arg(f.name), QStringLiteral("options"));
        QSet<QString> seen;
        for (const QString &o : f.options) {
            if (o.trimmed().isEmpty() || o != o.trimmed())
                return Error::invalid(Text::tr("The choices of “%1” cannot be empty or start or end with a space.").arg(f.name),
                                      QStringLiteral("options"));
            if (o.contains(QLatin1Char('|')))
                return Error::invalid(Text::tr("The choice “%1” cannot contain “|”.").arg(o), QStringLiteral("options"));
            if (seen.contains(o.toLower()))
                return Error::invalid(Text::tr("The choice “%1” is listed twice.").arg(o), QStringLiteral("options"));
            seen.insert(o.toLower());
        }
    } else if (!f.options.isEmpty()) {
        return Error::invalid(Text::tr("Only list fields have choices."), QStringLiteral("options"));
    }
    if (f.type == FieldType::Money && !money::isValidCurrencyCode(f.currency))
        return Error::invalid(Text::tr("“%1” is not a currency code (three letters, e.g. EUR).").arg(f.currency),
                              QStringLiteral("currency"));
    return {};
}

Result<CustomField> CustomFieldService::update(const Actor &actor, const CustomField &input)
{
    if (auto s = requireOwner(actor); !s)
        return s.error();
    auto stored = field(input.id);
    if (!stored)
        return stored.error();
    CustomField f = input;
    f.name = f.name.trimmed();
    if (f.type != stored->type)
        return Error::invalid(tr("The type of a custom field cannot change."), QStringLiteral("type"));
    if (auto s = checkDefinition(m_db, f); !s)
        return s.error();
    if (f.type == FieldType::Money && f.currency != stored->currency) {
        auto used = m_db.scalar(QStringLiteral("SELECT count(*) FROM deal_field_values WHERE field_id = ?"), {f.id});
        if (!used)
            return used.error();
        if (used->toLongLong() > 0)
            return Error::invalid(tr("The currency of “%1” cannot change while deals hold amounts in it.").arg(stored->name),
                                  QStringLiteral("currency"));
    }

    Transaction tx(m_db);
    if (!tx)
        return tx.error();
    // An option whose text changed at the same place was renamed: its values follow. One that
    // disappeared may go only when no deal uses it.
    for (qsizetype i = 0; i < stored->options.size(); ++i) {
        const QString &old = stored->options.at(i);
        if (f.options.contains(old))
            continue;
        if (i < f.options.size() && !stored->options.contains(f.options.at(i))) {
            if (auto s = renameValues(m_db, *stored, old, f.options.at(i)); !s)
                return s.error();
            continue;
        }
        auto used = dealsUsing(m_db, *stored, old);
        if (!used)
            return used.error();
        if (*used > 0)
            return Error::invalid(tr("The choice “%1” is used by %n deal(s); it cannot be removed.", nullptr, int(*used)).arg(old),
                                  QStringLiteral("options"));
    }
    const QString json = QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(f.options)).toJson(QJsonDocument::Compact));
    auto q = m_db.exec(QStringLiteral("UPDATE custom_fields SET name = ?, required = ?, options = ?, currency = ?, sort = ? "
                                      "WHERE id = ?"),
                       {f.name, int(f.required), json, f.type == FieldType::Money ? QVariant(f.currency) : QVariant(),
                        f.sort, f.id});
    if (!q)
        return q.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    m_db.afterCommit([this] { Q_EMIT fieldsChanged(); });
    return f;
}

Status CustomFieldService::renameOption(const Actor &actor, Id fieldId, const QString &from, const QString &to)
{
    auto f = field(fieldId);
    if (!f)
        return f.error();
    const qsizetype at = f->options.indexOf(from);
    if (at < 0)
        return Error::invalid(tr("“%1” is not a choice of “%2”.").arg(from, f->name), QStringLiteral("options"));
    CustomField changed = *f;
    changed.options[at] = to.trimmed();
    auto updated = update(actor, changed);
    return updated ? Status() : Status(updated.error());
}

} // namespace comptoir
