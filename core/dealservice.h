// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "entities.h"
#include "result.h"

#include <QLocale>
#include <QObject>

namespace comptoir {

class Clock;
class Database;

enum class Outcome { Won, Lost };

// The deal use cases (F1, F2, F7, F10). Each call is one transaction that writes the change
// and its history rows together; the change signal is emitted after the commit.
class DealService final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DealService)
public:
    explicit DealService(Database &db, const Clock &clock, QObject *parent = nullptr);

    Result<Deal> get(const Actor &actor, Id dealId) const;
    Result<QList<HistoryEvent>> history(const Actor &actor, Id dealId) const;

    // Creates a deal from a draft. Defaults: the default pipeline, its first stage, the actor as
    // responsible, the stage's probability. A draft on a closed stage is created closed. The
    // repeat flag is set when the client already had a won deal.
    Result<Deal> create(const Actor &actor, Deal draft);
    // Writes every field of `changed` that differs from the stored deal, one history row per
    // field. Stage and pipeline changes go through moveToStage / moveToPipeline.
    Result<Deal> update(const Actor &actor, const Deal &changed);
    // Sets one field from text, as the command line and imports give it: title, amount,
    // currency, company, contact, responsible, type, source, begin_date, close_date,
    // probability, comment. The error names the field and the value.
    Result<Deal> setField(const Actor &actor, Id dealId, const QString &field, const QString &text,
                          const QLocale &locale);
    static QStringList settableFields();

    // Moves the deal to a stage of its pipeline. A success or failure stage closes the deal; a
    // process stage reopens a closed one.
    Result<Deal> moveToStage(const Actor &actor, Id dealId, Id stageId);
    // Closes from any stage: won goes to the success stage, lost to `failureStage` or the first
    // failure stage, with an optional reason (a lost-reason code or name) and note.
    Result<Deal> close(const Actor &actor, Id dealId, Outcome outcome, const QString &lostReason = {},
                       const QString &note = {}, std::optional<Id> failureStage = {});
    // Moves a closed deal back to a process stage (the first one by default).
    Result<Deal> reopen(const Actor &actor, Id dealId, std::optional<Id> stageId = {});
    // Moves the deal to another pipeline, on the chosen stage of that pipeline.
    Result<Deal> moveToPipeline(const Actor &actor, Id dealId, Id targetStageId);
    // Moves the deal to the recycle bin (with who and when); restore() brings it back with its
    // history, purge() deletes a binned deal for good.
    Status remove(const Actor &actor, Id dealId);
    Status restore(const Actor &actor, Id dealId);
    Status purge(const Actor &actor, Id dealId);

Q_SIGNALS:
    void dealCreated(comptoir::Id dealId);
    void dealChanged(comptoir::Id dealId);
    void dealMoved(comptoir::Id dealId, comptoir::Id fromStage, comptoir::Id toStage);
    void dealDeleted(comptoir::Id dealId);
    void dealRestored(comptoir::Id dealId);
    void dealPurged(comptoir::Id dealId);

private:
    Result<Deal> binned(const Actor &actor, Id dealId) const;
    Result<Deal> changeStage(const Actor &actor, Deal deal, const Stage &target, const QString &lostReason,
                             const QString &note, bool pipelineMove);
    Status record(const Actor &actor, Id dealId, const QString &type, const QString &field,
                  const QString &oldValue, const QString &newValue, const QString &description);
    Database &m_db;
    const Clock &m_clock;
};

} // namespace comptoir
