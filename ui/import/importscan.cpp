// SPDX-License-Identifier: GPL-3.0-or-later
#include "importscan.h"

#include "csv/reader.h"
#include "csv/values.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QRegularExpression>

namespace comptoir {

using namespace comptoir::import;

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ImportWizard)
};

bool isDateField(Field f)
{
    return f == Field::BeginDate || f == Field::CloseDate || f == Field::CreatedDate || f == Field::ActivityDate;
}

} // namespace

FileScan scanFile(const QString &path, csv::Encoding encoding, const csv::Dialect &dialect,
                  const QList<Field> &mapping, const std::atomic_bool &cancel)
{
    FileScan scan;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        scan.error = Text::tr("Cannot read \"%1\": %2").arg(path, file.errorString());
        return scan;
    }
    csv::ReaderOptions options;
    options.encoding = encoding;
    options.dialect = dialect;
    options.raggedRows = csv::RaggedRows::Pad;
    csv::Reader reader(&file, options);
    if (!reader.readHeader()) {
        scan.error = reader.error().message;
        return scan;
    }
    QList<int> dateColumns;
    int stageColumn = -1;
    for (int c = 0; c < mapping.size(); ++c) {
        if (isDateField(mapping.at(c)))
            dateColumns.append(c);
        if (mapping.at(c) == Field::Stage)
            stageColumn = c;
    }
    scan.hasDates = !dateColumns.isEmpty();
    // One guesser for all date columns, as the import does: one export writes its dates one way.
    csv::DateOrderGuesser guesser;
    QHash<QString, int> stageIndex;
    csv::Record record;
    while (reader.next(record)) {
        if ((++scan.rows & 1023) == 0 && cancel.load(std::memory_order_relaxed)) {
            scan.cancelled = true;
            return scan;
        }
        for (int c : std::as_const(dateColumns)) {
            if (c < record.fields.size() && !csv::isBlank(record.fields.at(c)))
                guesser.add(record.fields.at(c), record.line);
        }
        if (stageColumn >= 0 && stageColumn < record.fields.size()) {
            const QString value = record.fields.at(stageColumn).trimmed();
            if (value.isEmpty())
                continue;
            const auto it = stageIndex.constFind(value);
            if (it != stageIndex.constEnd()) {
                ++scan.stages[*it].rows;
            } else if (scan.stages.size() < FileScan::MaxStageValues) {
                stageIndex.insert(value, int(scan.stages.size()));
                scan.stages.append({ value, 1 });
            } else {
                scan.moreStages = true;
            }
        }
    }
    if (reader.hasError())
        scan.error = reader.error().message;
    scan.dates = guesser.result();
    return scan;
}

std::optional<Id> predictStage(const Pipeline &pipeline, const QString &value)
{
    // The same reading as the import's (core/import/importwrite.cpp, Run::stageFor).
    static const QRegularExpression bitrixPrefix(QStringLiteral("^C\\d+:"));
    QString plain = value.trimmed();
    plain.remove(bitrixPrefix);
    const QString key = normaliseHeader(plain);
    if (value.trimmed().isEmpty())
        return pipeline.firstStage() ? std::optional<Id>(pipeline.firstStage()->id) : std::nullopt;
    for (const Stage &stage : pipeline.stages) {
        if (normaliseHeader(stage.name) == key)
            return stage.id;
    }
    static const QStringList won { QStringLiteral("won"), QStringLiteral("gagne"), QStringLiteral("gagnee"),
                                   QStringLiteral("closedwon"), QStringLiteral("win"), QStringLiteral("success") };
    static const QStringList lost { QStringLiteral("lost"), QStringLiteral("perdu"), QStringLiteral("perdue"),
                                    QStringLiteral("closedlost"), QStringLiteral("lose"), QStringLiteral("failure"),
                                    QStringLiteral("apology") };
    if (won.contains(key) && pipeline.successStage())
        return pipeline.successStage()->id;
    if (lost.contains(key) && pipeline.firstFailureStage())
        return pipeline.firstFailureStage()->id;
    return std::nullopt;
}

} // namespace comptoir
