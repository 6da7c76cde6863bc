// SPDX-License-Identifier: GPL-3.0-or-later
#include "importsettings.h"

#include "csv/reader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace comptoir {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ImportWizard)
};

} // namespace

import::ImportRequest ImportSettings::request(bool dryRun) const
{
    import::ImportRequest request;
    request.path = path;
    request.kind = kind;
    request.encoding = encoding;
    request.delimiter = dialect.delimiter;
    request.mapping = mapping;
    request.preset = presetKey;
    request.rules = rules;
    request.dryRun = dryRun;
    request.maxOutcomes = 2000; // the dry-run page lists them; more would only slow the window down
    request.maxErrors = 1000;
    // The check leaves the same rows out (so that its counts are the import's), writing nothing.
    request.skipErrorRows = skipErrorRows;
    if (skipErrorRows && !dryRun)
        request.errorFile = errorFile();
    return request;
}

QString ImportSettings::errorFile() const
{
    const QFileInfo file(path);
    return file.dir().filePath(file.completeBaseName() + QStringLiteral("-errors.csv"));
}

FilePreview readPreview(const QString &path, csv::Encoding encoding, const csv::Dialect &dialect, int maxRows)
{
    FilePreview preview;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        preview.error = Text::tr("Cannot read \"%1\": %2").arg(path, file.errorString());
        return preview;
    }
    csv::ReaderOptions options;
    options.encoding = encoding;
    options.dialect = dialect;
    options.raggedRows = csv::RaggedRows::Pad; // as the import reads
    csv::Reader reader(&file, options);
    if (dialect.hasHeader) {
        if (!reader.readHeader()) {
            preview.error = reader.error().message;
            return preview;
        }
        preview.header = reader.header();
    }
    csv::Record record;
    while (preview.rows.size() < maxRows && reader.next(record))
        preview.rows.append(record.fields);
    if (reader.hasError())
        preview.error = reader.error().message;
    if (!dialect.hasHeader) {
        qsizetype columns = 0;
        for (const QStringList &row : std::as_const(preview.rows))
            columns = std::max(columns, row.size());
        for (qsizetype i = 0; i < columns; ++i)
            preview.header.append(Text::tr("Column %1").arg(i + 1));
    }
    return preview;
}

} // namespace comptoir
