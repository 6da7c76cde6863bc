// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "csv/dates.h"
#include "csv/dialect.h"
#include "csv/encoding.h"
#include "entities.h"
#include "import/fields.h"

#include <QList>
#include <QString>
#include <atomic>
#include <optional>

namespace comptoir {

// What the value-rules page needs to know about the whole file: how its dates read, and the
// distinct values of its stage column.
struct FileScan
{
    struct StageValue
    {
        QString value;
        qint64 rows = 0;
    };
    csv::DateOrderGuess dates;
    bool hasDates = false; // a column is mapped to a date field
    QList<StageValue> stages; // in order of first appearance, at most MaxStageValues
    bool moreStages = false; // values beyond MaxStageValues were left out
    qint64 rows = 0;
    QString error;
    bool cancelled = false;

    static constexpr int MaxStageValues = 200;
};

// Reads the file once (any size, constant memory), stopping early when cancel is set.
FileScan scanFile(const QString &path, csv::Encoding encoding, const csv::Dialect &dialect,
                  const QList<import::Field> &mapping, const std::atomic_bool &cancel);

// Where the import will put a stage value of the file, by the import's rules: a stage of the
// pipeline by name, "won"/"lost" words to the success / first failure stage; nothing when the
// value is unknown (the unknown-stage rule decides then).
std::optional<Id> predictStage(const Pipeline &pipeline, const QString &value);

} // namespace comptoir
