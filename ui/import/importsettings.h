// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "csv/dialect.h"
#include "csv/encoding.h"
#include "csv/sniffer.h"
#include "import/importservice.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace comptoir {

// What the wizard's pages settle, page by page, and what the runs gave back.
struct ImportSettings
{
    QString path;
    std::optional<csv::Detection> detection; // as found when the file was chosen
    csv::Encoding encoding = csv::Encoding::Utf8;
    csv::Dialect dialect;
    QStringList header; // as read with the settings above
    QList<QStringList> rows; // the first data rows, for the preview and the samples
    QString readError; // why the file cannot be read with these settings, if it cannot

    import::ImportKind kind = import::ImportKind::Deals; // what the file holds (a migration: others)
    QString presetKey; // the export format the mapping started from ("" = automatic)
    QList<import::Field> mapping; // one per column of header
    QStringList mappedHeader; // the header the mapping was made for
    import::ImportKind mappedKind = import::ImportKind::Deals; // and the kind
    import::ValueRules rules;
    bool rulesSet = false; // the rules come from the seller or a profile, not defaults
    bool skipErrorRows = false; // import the rows without errors, the errors to errorFile()

    std::optional<import::ImportSummary> dryRun;
    std::optional<import::ImportSummary> result; // of the committed import

    // The request for the import service: what the import honours of these settings.
    import::ImportRequest request(bool dryRun) const;
    // Where the errors of the rows left out go: "NAME-errors.csv" next to the file.
    QString errorFile() const;
};

// The first rows of a file read under the given settings, header apart. Reads only what it shows.
struct FilePreview
{
    QStringList header;
    QList<QStringList> rows;
    QString error;
};
FilePreview readPreview(const QString &path, csv::Encoding encoding, const csv::Dialect &dialect,
                        int maxRows = 50);

} // namespace comptoir
