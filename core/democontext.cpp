// SPDX-License-Identifier: GPL-3.0-or-later
#include "democontext.h"

#include "database.h"
#include "pipelineservice.h"
#include "stores.h"

#include <QCoreApplication>

#include <algorithm>

namespace comptoir::demo {

namespace {

Status readCodes(const Database &db, const QString &list, std::vector<std::string> &codes)
{
    const auto items = ListStore(db).items(list);
    if (!items)
        return items.error();
    for (const ListItem &item : *items)
        codes.push_back(item.code.toStdString());
    return {};
}

// The history of demo deals reads like the one DealService writes: same texts, same context.
PipelineInfo pipelineInfo(const Pipeline &pipeline, qsizetype pipelineCount)
{
    PipelineInfo info;
    info.id = pipeline.id;
    info.service = !pipeline.isDefault;
    // The default pipeline gets three deals out of four.
    info.weight = pipeline.isDefault ? 3.0 * std::max<qsizetype>(1, pipelineCount - 1) : 1.0;
    for (const Stage &stage : pipeline.stages) {
        const StageInfo stageInfo { stage.id, stage.probability,
                                    QCoreApplication::translate("DealService",
                                                                "Deal created in “%1”, stage “%2”")
                                        .arg(pipeline.name, stage.name)
                                        .toStdString() };
        switch (stage.semantic) {
        case StageSemantic::Process:
            info.process.push_back(stageInfo);
            break;
        case StageSemantic::Success:
            info.success = stageInfo;
            break;
        case StageSemantic::Failure:
            info.failures.push_back(stageInfo);
            break;
        }
    }
    return info;
}

// A database holding only the default pipeline gets a second one, so that the demo shows
// deals in several pipelines.
Status addServicePipeline(const Database &db, const QList<Pipeline> &existing)
{
    PipelineStore store(db);
    Pipeline pipeline;
    pipeline.name = QCoreApplication::translate("comptoir::Demo", "Customer service");
    pipeline.sort = existing.isEmpty() ? 1 : existing.last().sort + 1;
    pipeline.stages = PipelineService::defaultStages();
    const auto id = store.insertPipeline(pipeline);
    if (!id)
        return id.error();
    const auto stored = store.byId(*id);
    if (!stored)
        return stored.error();
    if (!stored->stages.isEmpty())
        return {}; // the store wrote the stages with the pipeline
    for (Stage stage : std::as_const(pipeline.stages)) {
        stage.pipelineId = *id;
        if (const auto stageId = store.insertStage(stage); !stageId)
            return stageId.error();
    }
    return {};
}

} // namespace

Result<Context> loadContext(const Database &db)
{
    Context context;
    const auto users = UserStore(db).all();
    if (!users)
        return users.error();
    for (const User &user : *users) {
        if (user.active)
            context.users.push_back(user.id);
    }
    if (context.users.empty())
        return Error::invalid(QCoreApplication::translate(
            "comptoir::Demo", "The database has no active user to give the demo deals to."));

    std::vector<std::string> currencies;
    for (auto [list, codes] : { std::pair { lists::DealType, &context.dealTypes },
                                std::pair { lists::Source, &context.sources },
                                std::pair { lists::Currency, &currencies } }) {
        if (auto status = readCodes(db, list, *codes); !status)
            return status.error();
    }
    const auto reasons = ListStore(db).items(lists::LostReason);
    if (!reasons)
        return reasons.error();
    // The history of demo deals reads like the one DealService writes: same texts, same context.
    context.wonText = QCoreApplication::translate("DealService", "Closed as won").toStdString();
    context.lostText = QCoreApplication::translate("DealService", "Closed as lost").toStdString();
    for (const ListItem &reason : *reasons)
        context.lostReasons.push_back(
            { reason.code.toStdString(), context.lostText + ": " + reason.name.toStdString() });
    auto listed = [&currencies](const char *code) {
        return std::find(currencies.begin(), currencies.end(), code) != currencies.end();
    };
    if (!listed("EUR") && !currencies.empty())
        context.euro = currencies.front();
    context.pound = listed("GBP") ? "GBP" : "";
    context.dollar = listed("USD") ? "USD" : "";

    auto pipelines = PipelineStore(db).all();
    if (!pipelines)
        return pipelines.error();
    if (pipelines->size() == 1) {
        if (auto status = addServicePipeline(db, *pipelines); !status)
            return status.error();
        pipelines = PipelineStore(db).all();
        if (!pipelines)
            return pipelines.error();
    }
    for (const Pipeline &pipeline : std::as_const(*pipelines)) {
        PipelineInfo info = pipelineInfo(pipeline, pipelines->size());
        if (info.success.id && !info.failures.empty()) // PipelineService::validate guarantees both
            context.pipelines.push_back(std::move(info));
    }
    if (context.pipelines.empty())
        return Error::invalid(QCoreApplication::translate(
            "comptoir::Demo", "The database has no pipeline with a won and a lost stage."));
    return context;
}

} // namespace comptoir::demo
