// SPDX-License-Identifier: GPL-3.0-or-later
// The custom-field criteria of the shared deal filter, as SQL over deal_field_values.
#include "dealfilter.h"

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

} // namespace comptoir
