// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "csv/dates.h"
#include "csv/encoding.h"
#include "csv/values.h"
#include "import/fields.h"
#include "result.h"

#include <QHash>
#include <QJsonObject>
#include <QString>
#include <optional>

namespace comptoir {
class Database;
}

namespace comptoir::import {

// What to do with a stage value that is not a stage of the pipeline (nor won / lost).
enum class UnknownStages { Reject, Create, MapTo };
// How a row's contact is recognised among the existing ones.
enum class ContactMatch { Email, Phone, Name };

// The value rules the wizard's third page sets: never guessed per value.
struct ValueRules
{
    csv::NumberFormat numbers = csv::NumberFormat::french();
    QString currency = QStringLiteral("EUR"); // when neither the amount nor a column gives one
    std::optional<csv::DateOrder> dateOrder; // unset: the order the guesser finds, if unique
    QString pipeline; // id or name; empty: the default pipeline
    UnknownStages unknownStages = UnknownStages::Reject;
    QString mapStage; // the stage unknown values go to with MapTo
    ContactMatch contactMatch = ContactMatch::Email;
    // The country whose conventions read phone numbers written without a country code
    // (ISO 3166, as libphonenumber knows them): "06 12 34 56 78" is +33 6... with "FR".
    QString phoneRegion = QStringLiteral("FR");
};

// A saved mapping: header name -> field, the value rules and, optionally, the file's reading
// settings. Saved by name in the database or as a JSON file (--profile NAME|FILE).
struct Profile
{
    QString name;
    QString preset; // a preset key its mapping starts from, or empty
    QHash<QString, Field> mapping; // by header name as written
    ValueRules rules;
    std::optional<csv::Encoding> encoding;
    QChar delimiter; // null: detected

    QJsonObject toJson() const;
    static Result<Profile> fromJson(const QJsonObject &json);
};

QString unknownStagesKey(UnknownStages rule, const QString &mapStage = {}); // "create", "map:Won"
QString contactMatchKey(ContactMatch match); // "email", "phone", "name"
std::optional<ContactMatch> contactMatchFromKey(QStringView key);


Status saveProfile(Database &db, const Profile &profile, const QDateTime &now);
Result<Profile> loadProfile(Database &db, const QString &name);
Result<QStringList> profileNames(Database &db);
// A profile from the database by name, else from a JSON file at that path.
Result<Profile> findProfile(Database &db, const QString &nameOrFile);

} // namespace comptoir::import
