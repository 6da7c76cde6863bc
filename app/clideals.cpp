// SPDX-License-Identifier: GPL-3.0-or-later
// "deals" and its read-only subcommands: list and show.
#include "clideals.h"

#include "cliformat.h"
#include "clilist.h"
#include "clitr.h"

#include <QJsonDocument>

namespace comptoir::app {

Result<Pipeline> pipelineOrDefault(Workspace &workspace, const QString &idOrName)
{
    if (idOrName.isEmpty())
        return workspace.pipelines().defaultPipeline(workspace.actor());
    return workspace.pipelines().resolve(workspace.actor(), idOrName);
}

Result<Stage> resolveStageOption(Workspace &workspace, const std::optional<Pipeline> &pipeline,
                                 const QString &idOrName)
{
    if (pipeline)
        return PipelineService::resolveStage(*pipeline, idOrName);
    auto preferred = workspace.pipelines().defaultPipeline(workspace.actor());
    if (!preferred)
        return preferred.error();
    return workspace.pipelines().resolveStageAnywhere(workspace.actor(), idOrName, preferred->id);
}

Result<DealRow> dealRow(Workspace &workspace, Id dealId)
{
    auto rows = workspace.query().rows(workspace.actor(), {dealId});
    if (!rows)
        return rows.error();
    if (rows->isEmpty())
        return Error::notFound(Cli::tr("There is no deal %1.").arg(dealId));
    return rows->first();
}

int printChangedDeal(Workspace &workspace, Id dealId, bool json, const QString &sentence)
{
    auto row = dealRow(workspace, dealId);
    if (!row)
        return fail(row.error());
    if (json)
        printJson(dealToJson(*row));
    else
        out() << sentence << QLatin1Char('\n');
    return ExitOk;
}

int dealsShow(Session &session, const QStringList &args)
{
    CommandParser parser(QStringLiteral("deals show ID [--json]"), Cli::tr("Shows a deal's fields and history."));
    const QCommandLineOption json = jsonOption();
    parser.addOption(json);
    if (auto code = parser.parse(args, 1, 1))
        return *code;
    auto id = parseId(parser.positional().first());
    if (!id)
        return fail(id.error());
    Workspace *ws = session.workspace();
    if (!ws)
        return ExitFailure;
    auto deal = ws->deals().get(ws->actor(), *id);
    if (!deal)
        return fail(deal.error());
    auto row = dealRow(*ws, *id);
    if (!row)
        return fail(row.error());
    auto history = ws->deals().history(ws->actor(), *id);
    if (!history)
        return fail(history.error());
    auto customFields = ws->customFields().fields();
    if (!customFields)
        return fail(customFields.error());
    auto customValues = ws->customFields().values(ws->actor(), *id);
    if (!customValues)
        return fail(customValues.error());

    if (parser.isSet(json)) {
        QJsonObject object = dealToJson(*row);
        object.insert(QStringLiteral("type"), deal->typeCode.isEmpty() ? QJsonValue() : deal->typeCode);
        object.insert(QStringLiteral("source"), deal->sourceCode.isEmpty() ? QJsonValue() : deal->sourceCode);
        object.insert(QStringLiteral("begin_date"),
                      deal->beginDate.isValid() ? deal->beginDate.toString(Qt::ISODate) : QJsonValue());
        object.insert(QStringLiteral("probability"), deal->probability ? *deal->probability : QJsonValue());
        object.insert(QStringLiteral("comment"), deal->comment);
        object.insert(QStringLiteral("lost_reason"), deal->lostReason.isEmpty() ? QJsonValue() : deal->lostReason);
        object.insert(QStringLiteral("closed_at"), deal->closedAt.isValid()
                                                       ? deal->closedAt.toUTC().toString(Qt::ISODateWithMs)
                                                       : QJsonValue());
        QJsonObject custom; // by field name, as files write values (customfields::exportText)
        for (const CustomField &f : std::as_const(*customFields)) {
            const QVariant value = customValues->value(f.id);
            custom.insert(f.name, customfields::isEmpty(f, value) ? QJsonValue() : customfields::exportText(f, value));
        }
        object.insert(QStringLiteral("custom_fields"), custom);
        QJsonArray events;
        for (const HistoryEvent &event : std::as_const(*history))
            events.append(historyToJson(event));
        object.insert(QStringLiteral("history"), events);
        printJson(object);
        return ExitOk;
    }

    QList<std::pair<QString, QString>> fields = {
        {Cli::tr("Deal"), QString::number(row->id)},
        {Cli::tr("Title"), row->title},
        {Cli::tr("Amount"), formatAmount(row->amountMinor, row->currency)},
        {Cli::tr("Pipeline"), row->pipelineName},
        {Cli::tr("Stage"), Cli::tr("%1 (%2)").arg(row->stageName, semanticText(row->semantic))},
        {Cli::tr("Company"), row->companyName},
        {Cli::tr("Contact"), row->contactName},
        {Cli::tr("Responsible"), row->responsibleName},
        {Cli::tr("Type"), deal->typeCode},
        {Cli::tr("Source"), deal->sourceCode},
        {Cli::tr("Begins"), formatDate(deal->beginDate)},
        {Cli::tr("Expected close"), formatDate(deal->closeDate)},
        {Cli::tr("Probability"), deal->probability ? QStringLiteral("%1 %").arg(*deal->probability) : QString()},
        {Cli::tr("Repeat"), row->isRepeat ? Cli::tr("yes") : Cli::tr("no")},
        {Cli::tr("Created"), formatInstant(row->createdAt)},
    };
    if (deal->closed)
        fields.append({Cli::tr("Closed"), formatInstant(deal->closedAt)});
    if (!deal->lostReason.isEmpty())
        fields.append({Cli::tr("Lost reason"), deal->lostReason});
    if (!deal->comment.isEmpty())
        fields.append({Cli::tr("Comment"), deal->comment});
    for (const CustomField &f : std::as_const(*customFields))
        fields.append({f.name, customfields::format(f, customValues->value(f.id), QLocale())});
    fields.removeIf([](const auto &field) { return field.second.isEmpty(); });
    out() << formatFields(fields) << QLatin1Char('\n') << Cli::tr("History:") << QLatin1Char('\n');
    TextTable table({Cli::tr("When"), Cli::tr("Who"), Cli::tr("What")});
    for (const HistoryEvent &event : std::as_const(*history))
        table.addRow({formatInstant(event.at), event.userName, event.description});
    out() << table.render();
    return ExitOk;
}

int runDeals(Session &session, const QStringList &args)
{
    using Runner = int (*)(Session &, const QStringList &);
    const QList<std::pair<QString, Runner>> commands = {
        {QStringLiteral("list"), &dealsList},     {QStringLiteral("show"), &dealsShow},
        {QStringLiteral("add"), &dealsAdd},       {QStringLiteral("update"), &dealsUpdate},
        {QStringLiteral("move"), &dealsMove},     {QStringLiteral("close"), &dealsClose},
        {QStringLiteral("reopen"), &dealsReopen},
        {QStringLiteral("count"), &dealsCount},   {QStringLiteral("bulk"), &dealsBulk},
        {QStringLiteral("delete"), &dealsDelete}, {QStringLiteral("restore"), &dealsRestore},
        {QStringLiteral("purge"), &dealsPurge},
        {QStringLiteral("products"), &dealsProducts},
    };
    const QString sub = args.value(0);
    for (const auto &[name, runner] : commands) {
        if (name == sub)
            return runner(session, args.mid(1));
    }
    QStringList names;
    for (const auto &command : commands)
        names.append(command.first);
    const QString known = names.join(QStringLiteral(", "));
    const QString usage = Cli::tr("Usage: comptoir [--db FILE] deals COMMAND ...\nCommands: %1").arg(known);
    if (sub == QLatin1String("--help") || sub == QLatin1String("-h")) {
        out() << usage << QLatin1Char('\n');
        return ExitOk;
    }
    if (sub.isEmpty())
        return fail(Cli::tr("Missing argument.") + QLatin1Char('\n') + usage, ExitUsage);
    return fail(Cli::tr("Unknown command 'deals %1'. The deals commands are: %2.").arg(sub, known), ExitUsage);
}

} // namespace comptoir::app
