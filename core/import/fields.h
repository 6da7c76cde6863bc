// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>
#include <optional>

namespace comptoir::import {

// What a column of an import file fills. Ignore leaves the column out.
enum class Field {
    Ignore,
    // deal
    ExternalId, Title, Amount, Currency, Stage, Pipeline, Responsible, Type, Source, BeginDate,
    CloseDate, Probability, Comment, CreatedDate,
    // client
    CompanyName, ContactFirstName, ContactLastName, ContactFullName, Email, Phone,
    // product row
    ProductName, Quantity, Price, Discount, Tax,
    // an activity of a history file (migration): the deal is named by ExternalId
    ActivityDate, ActivityType, ActivityText,
};

// What an import file holds: deals (with their clients and product rows), or for a migration
// companies, contacts, products, or the history of deals imported before.
enum class ImportKind { Deals, Companies, Contacts, Products, History };
QString importKindKey(ImportKind kind); // "deals", "companies", "contacts", "products", "history"
std::optional<ImportKind> importKindFromKey(QStringView key);
// The fields a file of this kind can fill, in the order a wizard lists them.
QList<Field> fieldsFor(ImportKind kind);

// Every field of a deals file, in the order a wizard lists them (fieldsFor(ImportKind::Deals)).
QList<Field> allFields();
// The stable key of a field, used by --map and saved profiles: "amount", "company_name"...
QString fieldKey(Field field);
std::optional<Field> fieldFromKey(QStringView key);
// A name for a person ("Amount", "Company name"), translated.
QString fieldLabel(Field field);
// "deal", "client" or "product".
QString fieldGroup(Field field);

// A header folded for comparison: lower case, no accents, letters and digits only
// ("Nom de l'affaire" -> "nomdelaffaire", "close_value" -> "closevalue").
QString normaliseHeader(QStringView header);

// The field a header names, by French and English names and synonyms; Ignore when unknown.
Field matchHeader(QStringView header);

// A CRM's export format: its header names and what they fill.
struct Preset
{
    QString key; // "salesforce", "bitrix24-fr"...
    QString name; // for a person
    QHash<QString, Field> headers; // by normaliseHeader()
};
QList<Preset> presets();
std::optional<Preset> presetByKey(QStringView key);
// The preset whose headers cover the most of these columns (at least half), if any.
std::optional<Preset> recognisePreset(const QStringList &header);

// One field per column: the preset's names first, then the synonyms. A field goes to the first
// column that names it; later columns naming it again are ignored.
QList<Field> autoMap(const QStringList &header, const Preset *preset = nullptr);
// The same for a file of another kind: the names of its own fields ("Name" is the company's name
// in a companies file, "Date" and "Subject" an activity's in a history file); other fields ignored.
QList<Field> autoMapFor(ImportKind kind, const QStringList &header, const Preset *preset = nullptr);

} // namespace comptoir::import
