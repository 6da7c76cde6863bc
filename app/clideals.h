// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli.h"

namespace comptoir::app {

// The pipeline named by --pipeline (id or name), or the default one when `idOrName` is empty.
Result<Pipeline> pipelineOrDefault(Workspace &workspace, const QString &idOrName);
// The stage named by --stage: in `pipeline` when one was named, otherwise in any pipeline,
// the default pipeline winning when several have a stage of that name.
Result<Stage> resolveStageOption(Workspace &workspace, const std::optional<Pipeline> &pipeline,
                                 const QString &idOrName);
// The deal as lists show it, for printing after a change.
Result<DealRow> dealRow(Workspace &workspace, Id dealId);
// Prints a changed deal: its JSON object, or one line of text.
int printChangedDeal(Workspace &workspace, Id dealId, bool json, const QString &sentence);

int dealsList(Session &session, const QStringList &args);
int dealsShow(Session &session, const QStringList &args);
int dealsAdd(Session &session, const QStringList &args);
int dealsUpdate(Session &session, const QStringList &args);
int dealsMove(Session &session, const QStringList &args);
int dealsClose(Session &session, const QStringList &args);
int dealsReopen(Session &session, const QStringList &args);
int dealsProducts(Session &session, const QStringList &args); // cliproducts.cpp

} // namespace comptoir::app
