// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "customfields.h"
#include "entities.h"
#include "result.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <optional>
#include <utility>

namespace comptoir {

class Database;

// What the filter bar offers to choose from, read once per database and pipeline: the names
// its chips show and the items of its popup's lists.
struct FilterChoices
{
    // The stages of the chosen pipeline, or of every pipeline ("Pipeline › Stage") when none is.
    QList<std::pair<Id, QString>> stages;
    QList<std::pair<Id, QString>> users;
    QList<std::pair<QString, QString>> types; // code, name
    QList<std::pair<QString, QString>> sources; // code, name
    QStringList currencies;
    QList<CustomField> customFields; // in form order

    QString stageName(Id id) const;
    QString userName(Id id) const;
    QString typeName(const QString &code) const;
    QString sourceName(const QString &code) const;
    // The definition of a custom field, or nothing when it was deleted since.
    std::optional<CustomField> customField(Id id) const;
};

Result<FilterChoices> loadFilterChoices(const Database &db, std::optional<Id> pipelineId);

} // namespace comptoir
