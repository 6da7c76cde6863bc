// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "entities.h"
#include "result.h"

#include <QHash>
#include <QLocale>
#include <QObject>
#include <QVariant>

namespace comptoir {

class Clock;
class Database;

enum class FieldType { Text, Number, Money, Date, DateTime, List, MultiList, Checkbox, Url, Phone, Email };
// "text", "number", "money", "date", "datetime", "list", "multilist", "checkbox", "url", "phone", "email"
QString fieldTypeToText(FieldType type);
std::optional<FieldType> fieldTypeFromText(const QString &text);
QStringList fieldTypeKeys();
// What a person reads: "Text", "Date and time", "Multiple choice list"... (translated).
QString fieldTypeTitle(FieldType type);

// A custom field of every deal (F5). Its key, "cf_<id>", names it in form layouts, list
// columns, export field keys and filters; people see its name.
struct CustomField
{
    Id id = 0;
    QString name;
    FieldType type = FieldType::Text;
    bool required = false;
    QStringList options;                     // the choices of a list or multi-list, in order
    QString currency = QStringLiteral("EUR"); // of a money field
    int sort = 0;

    QString key() const { return keyFor(id); }
    static QString keyFor(Id id) { return QStringLiteral("cf_") + QString::number(id); }
    // The id in a "cf_<id>" key; nullopt for anything else (a built-in field).
    static std::optional<Id> idFromKey(const QString &key);
};

// The values of a deal's custom fields by field id. A value is typed by its field:
//   Text, Url, Phone, Email, List: QString      Number: double
//   Money: qint64 minor units (the field's currency)
//   Date: QDate      DateTime: QDateTime (UTC)      MultiList: QStringList      Checkbox: bool
// An absent or null QVariant is an empty value (a checkbox's empty is false).
using CustomValues = QHash<Id, QVariant>;

namespace customfields {
// Text as a person types it (or a CSV cell, or the command line) into the field's value, with
// the locale's decimal mark and date order; ISO dates and decimal points are always accepted.
// List values match an option case-insensitively; a multi-list takes labels separated by
// "|" or ",". Empty text gives a null value. The error quotes the text and names the field.
Result<QVariant> parse(const CustomField &field, const QString &text, const QLocale &locale = QLocale());
// Checks a typed value: its type, required, list options, URL, e-mail and phone formats.
// The error's field is the field's key, its message names the field.
Status validate(const CustomField &field, const QVariant &value);
// True for a null value, an empty string or list; a checkbox is never empty.
bool isEmpty(const CustomField &field, const QVariant &value);
// The value as people read it in the locale: "1 234,50 €", "27/11/2026", "Yes", "A, B".
QString format(const CustomField &field, const QVariant &value, const QLocale &locale = QLocale());
// The value for files and JSON, locale-independent: decimal point, ISO dates and instants,
// money as "1234.50", a multi-list as "A|B", a checkbox as "1"/"0", empty as "".
QString exportText(const CustomField &field, const QVariant &value);

// Read paths without a service, for the CSV export and list models (which hold a const
// Database): the definitions in form order, and the values of many deals (deal id -> values).
// No access check: callers pass ids that already went through dealWhereClause.
Result<QList<CustomField>> definitions(const Database &db);
Result<QHash<Id, CustomValues>> valuesOf(const Database &db, const QList<Id> &dealIds);
// The same for the given fields only (a list's custom columns), without reading the definitions.
Result<QHash<Id, CustomValues>> valuesOf(const Database &db, const QList<CustomField> &fields, const QList<Id> &dealIds);
// The export columns: header = the field's name, key = its key; the cells of `dealIds` in
// the order of `fields`, written with exportText (empty for no value).
Result<QHash<Id, QStringList>> exportCells(const Database &db, const QList<CustomField> &fields, const QList<Id> &dealIds);
} // namespace customfields

// Custom field definitions and the values of deals. Definitions need the owner (AccessPolicy);
// values follow the deal's rights. Each call is one transaction (nested in the caller's, so a
// deal editor can save the deal and its values together) that writes the change and its
// history rows: one "field_changed" row per value, field = the field's name.
class CustomFieldService final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CustomFieldService)
public:
    explicit CustomFieldService(Database &db, const Clock &clock, QObject *parent = nullptr);

    Result<QList<CustomField>> fields() const; // by sort, then id
    Result<CustomField> field(Id id) const;
    // By key ("cf_3"), id ("3") or name, case-insensitive; the error lists the known names.
    Result<CustomField> resolve(const QString &keyIdOrName) const;

    // Adds a definition (name unique, options for lists). Returns it with its id.
    Result<CustomField> add(const Actor &actor, CustomField field);
    // Name, required, options and currency; the type does not change. Options renamed in place
    // (same position, new text) rename the stored values; a removed option is refused while
    // deals use it.
    Result<CustomField> update(const Actor &actor, const CustomField &field);
    // Renames one option of a list or multi-list and every stored value that uses it.
    Status renameOption(const Actor &actor, Id fieldId, const QString &from, const QString &to);
    // Deletes the definition, its values and its places in form layouts. History rows stay.
    Status remove(const Actor &actor, Id fieldId);

    // The deal's values (only non-empty ones are present).
    Result<CustomValues> values(const Actor &actor, Id dealId) const;
    // Writes the given values (others are left as they are), checking each one; nothing is
    // written when one is invalid. One history row per value that changed.
    Status setValues(const Actor &actor, Id dealId, const CustomValues &values);
    // parse() + setValues() for one field given by key, id or name: the command line's
    // "deals update ID --field NAME=VALUE".
    Status setFromText(const Actor &actor, Id dealId, const QString &field, const QString &text,
                       const QLocale &locale = QLocale());
    // The required fields that `values` leaves empty (the editor's check before saving).
    Result<QList<CustomField>> missingRequired(const CustomValues &values) const;

    // The values of several deals at once for list columns and the export: deal id -> values.
    Result<QHash<Id, CustomValues>> valuesOf(const QList<Id> &dealIds) const;

Q_SIGNALS:
    void fieldsChanged();
    void valuesChanged(comptoir::Id dealId);

private:
    Status requireOwner(const Actor &actor) const;
    Database &m_db;
    const Clock &m_clock;
};

} // namespace comptoir
