// SPDX-License-Identifier: GPL-3.0-or-later
// The custom-field criteria of the shared deal filter, as SQL over deal_field_values.
#include "dealfilter.h"

#include <QJsonArray>
#include <QJsonObject>

namespace comptoir {

namespace {
// The column a typed value is stored in (see 0004_forms_fields.sql) and the value as stored.
std::pair<QString, QVariant> storedForm(const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::Double:
        // Bound as text and cast in SQL: the C API binders of the list and the export bind
        // strings and integers only.
        return {QStringLiteral("v.value_real"), QString::number(value.toDouble(), 'g', 17)};
    case QMetaType::Int:
    case QMetaType::LongLong:
        return {QStringLiteral("v.value_int"), value.toLongLong()};
    case QMetaType::Bool:
        return {QStringLiteral("v.value_int"), value.toBool() ? 1 : 0};
    case QMetaType::QDate:
        return {QStringLiteral("v.value_text"), value.toDate().toString(Qt::ISODate)};
    case QMetaType::QDateTime:
        return {QStringLiteral("v.value_text"), value.toDateTime().toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ssZ"))};
    default:
        return {QStringLiteral("v.value_text"), value.toString()};
    }
}
} // namespace

void customFieldConditions(const QList<CustomFieldCriterion> &criteria, QStringList &conditions, QVariantList &values)
{
    // The primary key (field_id, deal_id) answers each EXISTS with one index look-up.
    const QString exists = QStringLiteral("EXISTS (SELECT 1 FROM deal_field_values v WHERE v.field_id = ? AND v.deal_id = d.id");
    for (const CustomFieldCriterion &c : criteria) {
        const auto [column, stored] = storedForm(c.value);
        const bool text = column == u"v.value_text" && c.value.typeId() == QMetaType::QString;
        const QString mark = column == u"v.value_real" ? QStringLiteral(" CAST(? AS REAL)") : QStringLiteral(" ?");
        switch (c.op) {
        case CustomFieldCriterion::Op::IsSet:
            conditions << exists + QLatin1Char(')');
            values << c.fieldId;
            break;
        case CustomFieldCriterion::Op::IsEmpty:
            conditions << QStringLiteral("NOT ") + exists + QLatin1Char(')');
            values << c.fieldId;
            break;
        case CustomFieldCriterion::Op::Equals:
            if (c.value.typeId() == QMetaType::Bool && !c.value.toBool()) {
                // An unticked checkbox has no row.
                conditions << QStringLiteral("NOT ") + exists + QStringLiteral(" AND v.value_int = 1)");
                values << c.fieldId;
                break;
            }
            conditions << exists + QStringLiteral(" AND ") + column + (text ? QStringLiteral(" = ? COLLATE NOCASE)") : QStringLiteral(" =") + mark + QLatin1Char(')'));
            values << c.fieldId << stored;
            break;
        case CustomFieldCriterion::Op::Contains:
            conditions << exists + QStringLiteral(" AND instr(lower(v.value_text), lower(?)) > 0)");
            values << c.fieldId << c.value.toString();
            break;
        case CustomFieldCriterion::Op::HasChoice:
            // A multi-list holds a JSON array of labels; a list holds one label.
            conditions << exists + QStringLiteral(" AND EXISTS (SELECT 1 FROM json_each(CASE WHEN json_valid(v.value_text) "
                                                  "THEN v.value_text ELSE json_array(v.value_text) END) j WHERE j.value = ?))");
            values << c.fieldId << c.value.toString();
            break;
        case CustomFieldCriterion::Op::AtLeast:
        case CustomFieldCriterion::Op::AtMost:
            conditions << exists + QStringLiteral(" AND ") + column
                              + (c.op == CustomFieldCriterion::Op::AtLeast ? QStringLiteral(" >=") : QStringLiteral(" <="))
                              + mark + QLatin1Char(')');
            values << c.fieldId << stored;
            break;
        }
    }
}

namespace {
const std::pair<CustomFieldCriterion::Op, const char *> OpKeys[] = {
    {CustomFieldCriterion::Op::Equals, "equals"},       {CustomFieldCriterion::Op::Contains, "contains"},
    {CustomFieldCriterion::Op::HasChoice, "has_choice"}, {CustomFieldCriterion::Op::AtLeast, "at_least"},
    {CustomFieldCriterion::Op::AtMost, "at_most"},       {CustomFieldCriterion::Op::IsSet, "is_set"},
    {CustomFieldCriterion::Op::IsEmpty, "is_empty"},
};
} // namespace

QJsonArray customCriteriaToJson(const QList<CustomFieldCriterion> &criteria)
{
    QJsonArray array;
    for (const CustomFieldCriterion &c : criteria) {
        QJsonObject o{{QStringLiteral("field"), c.fieldId}};
        for (const auto &[op, key] : OpKeys) {
            if (op == c.op)
                o.insert(QStringLiteral("op"), QLatin1String(key));
        }
        QString type, value;
        switch (c.value.typeId()) {
        case QMetaType::Double: type = QStringLiteral("number"); value = QString::number(c.value.toDouble(), 'g', 17); break;
        case QMetaType::Int:
        case QMetaType::LongLong: type = QStringLiteral("integer"); value = QString::number(c.value.toLongLong()); break;
        case QMetaType::Bool: type = QStringLiteral("bool"); value = c.value.toBool() ? QStringLiteral("1") : QStringLiteral("0"); break;
        case QMetaType::QDate: type = QStringLiteral("date"); value = c.value.toDate().toString(Qt::ISODate); break;
        case QMetaType::QDateTime:
            type = QStringLiteral("datetime");
            value = c.value.toDateTime().toUTC().toString(Qt::ISODate);
            break;
        default:
            if (c.value.isValid()) {
                type = QStringLiteral("text");
                value = c.value.toString();
            }
        }
        if (!type.isEmpty()) {
            o.insert(QStringLiteral("type"), type);
            o.insert(QStringLiteral("value"), value);
        }
        array.append(o);
    }
    return array;
}

std::optional<QList<CustomFieldCriterion>> customCriteriaFromJson(const QJsonArray &array)
{
    QList<CustomFieldCriterion> criteria;
    for (const QJsonValue &entry : array) {
        const QJsonObject o = entry.toObject();
        CustomFieldCriterion c;
        c.fieldId = o.value(QStringLiteral("field")).toInteger(0);
        if (c.fieldId <= 0)
            return std::nullopt;
        const QString op = o.value(QStringLiteral("op")).toString();
        const auto known = std::find_if(std::begin(OpKeys), std::end(OpKeys),
                                        [&op](const auto &k) { return op == QLatin1String(k.second); });
        if (known == std::end(OpKeys))
            return std::nullopt;
        c.op = known->first;
        const QString type = o.value(QStringLiteral("type")).toString();
        const QString value = o.value(QStringLiteral("value")).toString();
        bool ok = true;
        if (type == u"number")
            c.value = value.toDouble(&ok);
        else if (type == u"integer")
            c.value = qlonglong(value.toLongLong(&ok));
        else if (type == u"bool")
            c.value = value == u"1";
        else if (type == u"date")
            ok = (c.value = QDate::fromString(value, Qt::ISODate)).toDate().isValid();
        else if (type == u"datetime")
            ok = (c.value = QDateTime::fromString(value, Qt::ISODate).toUTC()).toDateTime().isValid();
        else if (type == u"text")
            c.value = value;
        else if (!type.isEmpty())
            ok = false;
        if (!ok)
            return std::nullopt;
        criteria << c;
    }
    return criteria;
}

} // namespace comptoir
