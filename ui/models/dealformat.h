// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dealquery.h"
#include "entities.h"

#include <QHash>

#include <QLocale>
#include <QMap>
#include <QString>

namespace comptoir::dealformat {

// Words and numbers a deal list shows, shared by the list model, the status bar and the
// details dialog so that they read the same everywhere.

// "In progress", "Won", "Lost".
QString semanticText(StageSemantic semantic);
// "40 %" in French, "40%" in English.
QString probability(int percent, const QLocale &locale);
// The locale's short date; empty for an unset date.
QString date(const QDate &date, const QLocale &locale);
// The instant in local time, the locale's short format.
QString dateTime(const QDateTime &instant, const QLocale &locale);
// A deadline as short as a card can show it, in local time `instant` (already in the zone
// wanted): the time alone on `today`, the day and month without the year and the time in the
// same year ("28/11 14:30" in French), the locale's short date and time otherwise.
QString compactDateTime(const QDateTime &instant, const QDate &today, const QLocale &locale);
// One amount per currency, biggest currency first: "12 500,00 € · 3 400,00 $".
QString totals(const QMap<QString, qint64> &totals, const QLocale &locale);

// Names of the editable-list codes a deal row carries.
struct ListNames
{
    QHash<QString, QString> types; // deal type code -> name
    QHash<QString, QString> sources; // source code -> name
};

// What a list cell shows for a deal: amounts in the locale's money format, dates short,
// list codes by their names (the code itself when unknown).
QString cellText(const DealRow &row, DealColumn column, const QLocale &locale,
                 const ListNames &names);
// The longer explanation of a cell, or an empty string.
QString cellToolTip(const DealRow &row, DealColumn column);
// What a custom field's column shows: the value as customfields::format() writes it in the
// locale, except a ticked checkbox, a check mark (an unticked one is left blank so that the
// ticked ones stand out down the column).
QString customCellText(const CustomField &field, const QVariant &value, const QLocale &locale);
// Numbers and amounts right-aligned, check marks centred, the rest left.
Qt::Alignment customAlignment(const CustomField &field);

} // namespace comptoir::dealformat
