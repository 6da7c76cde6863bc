// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "clientpicker.h"
#include "customfields.h"
#include "entities.h"
#include "result.h"

namespace comptoir {

class Workspace;

// Everything the deal editor changed, written by saveDealEdit() in one transaction.
struct DealEdit
{
    Deal deal;                 // the edited fields; stage and pipeline as stored (0 for a new deal)
    Id targetPipeline = 0;     // where the deal ends up
    Id targetStage = 0;
    QString lostReason;        // when the target stage is a failure stage
    QString lostNote;
    ClientChoice company;      // existing, new (created on save) or none
    QList<ClientChoice> contacts;
    QList<Activity> planned;   // activities to plan (done ones are planned then marked done)
    QList<Id> doneIds;         // stored activities to mark done
    CustomValues customValues; // custom field values to write
    bool hasCustomValues = false;
};

// Writes the edit through the services, in one transaction: new clients, the deal's fields,
// its stage or pipeline move (closing or reopening), custom field values and activities. All
// or nothing: the first failure rolls everything back and is returned (its field names what
// was wrong). Returns the saved deal.
Result<Deal> saveDealEdit(Workspace &workspace, const DealEdit &edit);

} // namespace comptoir
