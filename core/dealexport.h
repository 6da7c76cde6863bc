// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dealfilter.h"
#include "dealquery.h"
#include "result.h"

#include <QLocale>
#include <QStringList>
#include <functional>

class QIODevice;

namespace comptoir {

class Database;

enum class CsvFlavour {
    Utf8,  // RFC 4180: comma, UTF-8 without BOM, decimal point
    Excel, // what Excel opens with a double click: BOM, semicolon where the locale's decimal
           // mark is a comma (and that decimal comma), comma elsewhere
};

struct ExportOptions
{
    // Field keys in order (exportFieldKeys(), custom fields as "cf_<id>"); empty: the list's
    // default columns.
    QStringList fields;
    CsvFlavour flavour = CsvFlavour::Utf8;
    QLocale locale; // decides the Excel separator and decimal mark
    // Called every few thousand rows; returning false cancels the export.
    std::function<bool(qint64 done, qint64 total)> progress;
};

// Every built-in field an export can hold: the list's columns, then the rest of the deal.
QStringList exportFieldKeys();
// Those, then every custom field of deals ("cf_<id>", in form order): "all fields".
Result<QStringList> exportFieldKeys(const Database &db);
QStringList defaultExportFieldKeys();
// The header of a built-in field in the file (translated); a custom field's is its name.
QString exportFieldHeader(const QString &key);

// Writes the filtered deals, in the sort order, to `device` as CSV: one header row, then one
// row per deal, streamed (memory stays flat for a million deals). Text cells that a spreadsheet
// would run as a formula are neutralised. A custom field's cells are written like the built-in
// fields of their kind: amounts and numbers with the flavour's decimal mark, ISO dates, local
// date-times, yes/no, list labels, a multi-list as "A|B". Returns the number of deals written;
// a cancel is an error with code Conflict and nothing more is written. Unknown field keys are
// an error naming them.
Result<qint64> exportDeals(const Database &db, const Actor &actor, const DealFilter &filter, const DealSort &sort,
                           QIODevice *device, const ExportOptions &options);

} // namespace comptoir
