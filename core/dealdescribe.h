// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Internal to the core: the checks and the readable history of deal changes, shared by the
// deal service and anything else that writes deals.

#include "entities.h"
#include "result.h"

#include <QLocale>

namespace comptoir {

class Database;

// Checks a deal as it would be stored: title, currency, client, responsible, lists, probability,
// product rows. The error names the field.
Status validateDeal(const Database &db, const Deal &deal);

struct FieldDiff
{
    QString type; // history event type
    QString field;
    QString oldValue;
    QString newValue;
    QString description; // "Amount: 1 200,00 € → 1 450,00 €"
};

// One entry per field that differs, values written as people read them.
QList<FieldDiff> diffDeals(const Database &db, const Deal &before, const Deal &after, const QLocale &locale);

// "Closed as won" / "Closed as lost: Price too high — note".
QString describeClosing(const Database &db, StageSemantic semantic, const QString &reasonCode, const QString &note);

// The names shown for ids and codes (empty when unset or unknown).
QString companyName(const Database &db, std::optional<Id> id);
QString contactNames(const Database &db, const QList<Id> &ids);
QString userName(const Database &db, Id id);
QString listItemName(const Database &db, const QString &list, const QString &code);

} // namespace comptoir
