// SPDX-License-Identifier: GPL-3.0-or-later
#include "dealsave.h"

#include "activityservice.h"
#include "workspace.h"

#include <QCoreApplication>

namespace comptoir {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(DealEditor)
};

Result<std::optional<Id>> companyIdOf(Workspace &workspace, const ClientChoice &choice)
{
    if (choice.isEmpty())
        return std::optional<Id>();
    if (choice.id)
        return std::optional<Id>(*choice.id);
    Company company;
    company.name = choice.name;
    if (!choice.email.isEmpty())
        company.emails << choice.email;
    if (!choice.phone.isEmpty())
        company.phones << choice.phone;
    auto created = workspace.clients().createCompany(workspace.actor(), company);
    if (!created) {
        Error error = created.error();
        error.field = QStringLiteral("company");
        return error;
    }
    return std::optional<Id>(created->id);
}

Result<Id> contactIdOf(Workspace &workspace, const ClientChoice &choice, std::optional<Id> companyId)
{
    if (choice.id)
        return *choice.id;
    Contact contact;
    // The last word is the last name, as ClientService::findOrCreateContact reads names.
    const QString name = choice.name.simplified();
    const qsizetype space = name.lastIndexOf(QLatin1Char(' '));
    contact.firstName = space > 0 ? name.left(space) : QString();
    contact.lastName = space > 0 ? name.mid(space + 1) : name;
    contact.companyId = companyId;
    if (!choice.email.isEmpty())
        contact.emails << choice.email;
    if (!choice.phone.isEmpty())
        contact.phones << choice.phone;
    auto created = workspace.clients().createContact(workspace.actor(), contact);
    if (!created) {
        Error error = created.error();
        error.field = QStringLiteral("contact");
        return error;
    }
    return created->id;
}

Result<Deal> moveIfNeeded(Workspace &workspace, const DealEdit &edit, const Deal &saved)
{
    DealService &deals = workspace.deals();
    const Actor actor = workspace.actor();
    if (edit.targetStage == 0 || edit.targetStage == saved.stageId)
        return saved;
    if (edit.targetPipeline != saved.pipelineId)
        return deals.moveToPipeline(actor, saved.id, edit.targetStage);
    auto pipeline = workspace.pipelines().pipeline(actor, saved.pipelineId);
    if (!pipeline)
        return pipeline.error();
    const Stage *target = pipeline->stage(edit.targetStage);
    if (!target)
        return Error::invalid(Text::tr("The chosen stage is not in this pipeline any more."), QStringLiteral("stage"));
    if (target->semantic == StageSemantic::Success)
        return deals.close(actor, saved.id, Outcome::Won);
    if (target->semantic == StageSemantic::Failure)
        return deals.close(actor, saved.id, Outcome::Lost, edit.lostReason, edit.lostNote, target->id);
    if (saved.closed)
        return deals.reopen(actor, saved.id, target->id);
    return deals.moveToStage(actor, saved.id, target->id);
}

} // namespace

Result<Deal> saveDealEdit(Workspace &workspace, const DealEdit &edit)
{
    const Actor actor = workspace.actor();
    Transaction tx(workspace.db());
    if (!tx)
        return tx.error();

    Deal deal = edit.deal;
    auto companyId = companyIdOf(workspace, edit.company);
    if (!companyId)
        return companyId.error();
    deal.companyId = *companyId;
    deal.contactIds.clear();
    for (const ClientChoice &choice : edit.contacts) {
        auto contactId = contactIdOf(workspace, choice, deal.companyId);
        if (!contactId)
            return contactId.error();
        if (!deal.contactIds.contains(*contactId))
            deal.contactIds.append(*contactId);
    }

    Result<Deal> saved = Error::invalid(QString());
    if (deal.id == 0) {
        // A new deal starts on a process stage; a closing chosen already goes through close()
        // so that its reason and note are recorded like any other.
        auto pipeline = workspace.pipelines().pipeline(actor, edit.targetPipeline);
        if (!pipeline)
            return pipeline.error();
        const Stage *target = pipeline->stage(edit.targetStage);
        const Stage *first = pipeline->firstStage();
        deal.pipelineId = pipeline->id;
        deal.stageId = target && !target->isClosed() ? target->id : (first ? first->id : 0);
        saved = workspace.deals().create(actor, deal);
    } else {
        saved = workspace.deals().update(actor, deal);
    }
    if (!saved)
        return saved.error();
    saved = moveIfNeeded(workspace, edit, *saved);
    if (!saved)
        return saved.error();
    const Id dealId = saved->id;

    if (edit.hasCustomValues) {
        if (auto written = workspace.customFields().setValues(actor, dealId, edit.customValues); !written)
            return written.error();
    }

    ActivityService &activities = workspace.activities();
    for (const Id activityId : edit.doneIds) {
        if (auto done = activities.markDone(actor, activityId); !done)
            return done.error();
    }
    for (Activity activity : edit.planned) {
        const bool done = activity.done;
        activity.id = 0;
        activity.dealId = dealId;
        activity.done = false;
        auto planned = activities.plan(actor, activity);
        if (!planned)
            return planned.error();
        if (done) {
            if (auto marked = activities.markDone(actor, planned->id); !marked)
                return marked.error();
        }
    }

    if (auto committed = tx.commit(); !committed)
        return committed.error();
    return workspace.deals().get(actor, dealId);
}

} // namespace comptoir
