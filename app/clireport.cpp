// SPDX-License-Identifier: GPL-3.0-or-later
// Read-only overviews: pipelines list, report pipeline, check.
#include "clideals.h"
#include "cliformat.h"
#include "clitr.h"

namespace comptoir::app {

namespace {

// "pipelines list" / "report pipeline": a group with one subcommand today.
int runSingle(const QString &group, const QString &name, const QStringList &args,
              int (*runner)(Session &, const QStringList &), Session &session)
{
    if (args.value(0) == name)
        return runner(session, args.mid(1));
    if (args.isEmpty())
        return fail(Cli::tr("Missing argument: did you mean \"%1 %2\"?").arg(group, name), ExitUsage);
    return fail(Cli::tr("Unknown command '%1 %2'. Did you mean \"%1 %3\"?").arg(group, args.first(), name), ExitUsage);
}

int pipelinesList(Session &session, const QStringList &args)
{
    CommandParser parser(QStringLiteral("pipelines list [--json]"),
                         Cli::tr("Lists the pipelines with their stages and the semantic of each stage."));
    const QCommandLineOption json = jsonOption();
    parser.addOption(json);
    if (auto code = parser.parse(args, 0, 0))
        return *code;
    Workspace *ws = session.workspace();
    if (!ws)
        return ExitFailure;
    auto pipelines = ws->pipelines().pipelines(ws->actor());
    if (!pipelines)
        return fail(pipelines.error());
    if (parser.isSet(json)) {
        QJsonArray array;
        for (const Pipeline &pipeline : std::as_const(*pipelines))
            array.append(pipelineToJson(pipeline, true));
        printJson(array);
        return ExitOk;
    }
    using Align = TextTable::Align;
    for (const Pipeline &pipeline : std::as_const(*pipelines)) {
        out() << (pipeline.isDefault ? Cli::tr("%1  %2 (default)") : Cli::tr("%1  %2"))
                     .arg(pipeline.id)
                     .arg(pipeline.name)
              << QLatin1Char('\n');
        TextTable table({Cli::tr("ID"), Cli::tr("Stage"), Cli::tr("Semantic"), Cli::tr("Probability")},
                        {Align::Right, Align::Left, Align::Left, Align::Right});
        for (const Stage &stage : pipeline.stages) {
            table.addRow({QString::number(stage.id), stage.name, semanticToText(stage.semantic),
                          stage.probability ? QStringLiteral("%1 %").arg(*stage.probability) : QString()});
        }
        const QStringList lines = table.render().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        for (const QString &line : lines)
            out() << QStringLiteral("    ") << line << QLatin1Char('\n');
        out() << QLatin1Char('\n');
    }
    return ExitOk;
}

int reportPipeline(Session &session, const QStringList &args)
{
    CommandParser parser(QStringLiteral("report pipeline [--pipeline P] [--json]"),
                         Cli::tr("Counts the deals of each stage of a pipeline and totals their amounts."));
    const QCommandLineOption pipelineOpt(QStringLiteral("pipeline"),
                                         Cli::tr("Pipeline, by id or name (default: the default pipeline)."),
                                         QStringLiteral("P"));
    const QCommandLineOption json = jsonOption();
    parser.addOption(pipelineOpt);
    parser.addOption(json);
    if (auto code = parser.parse(args, 0, 0))
        return *code;
    Workspace *ws = session.workspace();
    if (!ws)
        return ExitFailure;
    auto pipeline = pipelineOrDefault(*ws, parser.value(pipelineOpt));
    if (!pipeline)
        return fail(pipeline.error());
    auto stages = ws->query().byStage(ws->actor(), pipeline->id);
    if (!stages)
        return fail(stages.error());

    if (parser.isSet(json)) {
        QJsonArray array;
        for (const StageSummary &summary : std::as_const(*stages)) {
            array.append(QJsonObject{
                {QStringLiteral("id"), summary.stage.id},
                {QStringLiteral("name"), summary.stage.name},
                {QStringLiteral("semantic"), semanticToText(summary.stage.semantic)},
                {QStringLiteral("count"), summary.count},
                {QStringLiteral("total"), totalsToJson(summary.totals)},
                {QStringLiteral("weighted_total"), totalsToJson(summary.weightedTotals)},
            });
        }
        printJson(QJsonObject{{QStringLiteral("pipeline"), pipelineToJson(*pipeline, false)},
                              {QStringLiteral("stages"), array}});
        return ExitOk;
    }
    using Align = TextTable::Align;
    TextTable table({Cli::tr("Stage"), Cli::tr("Semantic"), Cli::tr("Deals"), Cli::tr("Total")},
                    {Align::Left, Align::Left, Align::Right, Align::Right});
    qint64 count = 0;
    QMap<QString, qint64> totals;
    for (const StageSummary &summary : std::as_const(*stages)) {
        table.addRow({summary.stage.name, semanticText(summary.stage.semantic), QLocale().toString(summary.count),
                      formatTotals(summary.totals)});
        count += summary.count;
        for (auto it = summary.totals.cbegin(); it != summary.totals.cend(); ++it)
            totals[it.key()] += it.value();
    }
    table.addRow({Cli::tr("All stages"), QString(), QLocale().toString(count), formatTotals(totals)});
    out() << pipeline->name << QLatin1Char('\n') << table.render();
    return ExitOk;
}

} // namespace

int runPipelines(Session &session, const QStringList &args)
{
    return runSingle(QStringLiteral("pipelines"), QStringLiteral("list"), args, &pipelinesList, session);
}

int reportActivities(Session &session, const QStringList &args); // clicalendar.cpp

int runReport(Session &session, const QStringList &args)
{
    if (args.value(0) == u"activities")
        return reportActivities(session, args.mid(1));
    return runSingle(QStringLiteral("report"), QStringLiteral("pipeline"), args, &reportPipeline, session);
}

int runCheck(Session &session, const QStringList &args)
{
    CommandParser parser(QStringLiteral("check [--json]"),
                         Cli::tr("Opens the database (which refuses a foreign, newer or damaged file), checks its "
                                 "integrity and counts its deals. Exits with 1 when something is wrong."));
    const QCommandLineOption json = jsonOption();
    parser.addOption(json);
    if (auto code = parser.parse(args, 0, 0))
        return *code;
    Workspace *ws = session.workspace();
    if (!ws)
        return ExitFailure;
    auto integrity = ws->db().quickCheck();
    if (!integrity)
        return fail(integrity.error());
    auto summary = ws->query().summary(ws->actor(), DealFilter{});
    if (!summary)
        return fail(summary.error());
    const int version = ws->db().schemaVersion();
    const bool ok = *integrity == QLatin1String("ok") && version == Database::latestSchemaVersion();
    if (parser.isSet(json)) {
        printJson(QJsonObject{{QStringLiteral("ok"), ok},
                              {QStringLiteral("path"), ws->db().path()},
                              {QStringLiteral("schema_version"), version},
                              {QStringLiteral("integrity"), *integrity},
                              {QStringLiteral("deals"), summary->count}});
    } else {
        out() << formatFields({{Cli::tr("Database"), ws->db().path()},
                               {Cli::tr("Schema version"), QString::number(version)},
                               {Cli::tr("Integrity"), *integrity},
                               {Cli::tr("Deals"), QLocale().toString(summary->count)}})
              << (ok ? Cli::tr("The database is sound.") : Cli::tr("The database has problems."))
              << QLatin1Char('\n');
    }
    return ok ? ExitOk : ExitFailure;
}

} // namespace comptoir::app
