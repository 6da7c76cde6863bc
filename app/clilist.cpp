// SPDX-License-Identifier: GPL-3.0-or-later
// "deals list", "deals count", "deals bulk" and the recycle bin: delete, restore, purge.
#include "clilist.h"

#include "bulkservice.h"
#include "clideals.h"
#include "cliformat.h"
#include "clitr.h"
#include "money.h"
#include "recyclebin.h"
#include "stores.h"

#include <QJsonDocument>

namespace comptoir::app {

namespace {

constexpr int PageSize = 2000;
constexpr int TitleWidth = 40;

QString elide(const QString &text, int width)
{
    return text.size() <= width ? text : text.left(width - 1) + QChar(0x2026);
}

QStringList listCells(const DealRow &row)
{
    return {QString::number(row.id),         elide(row.title, TitleWidth),
            formatAmount(row.amountMinor, row.currency), row.pipelineName,
            row.stageName,                   row.companyName,
            row.contactName,                 formatDate(row.createdAt.toLocalTime().date())};
}

// Visits the rows of `ids` a page at a time, so that a million deals never sit in memory.
template<typename F>
Status forEachRow(Workspace &workspace, const QVector<Id> &ids, F visit)
{
    for (qsizetype start = 0; start < ids.size(); start += PageSize) {
        auto rows = workspace.query().rows(workspace.actor(), ids.mid(start, PageSize));
        if (!rows)
            return rows.error();
        for (const DealRow &row : std::as_const(*rows))
            visit(row);
    }
    return {};
}

int listBinned(Workspace &ws, const DealFilter &filter, int limit, bool json)
{
    auto binned = binnedDeals(ws.db(), ws.actor(), filter, limit);
    if (!binned)
        return fail(binned.error());
    if (json) {
        QJsonArray array;
        for (const BinnedDeal &b : std::as_const(*binned)) {
            array.append(QJsonObject{{QStringLiteral("id"), b.id},
                                     {QStringLiteral("title"), b.title},
                                     {QStringLiteral("amount"), money::toDecimalString(b.amountMinor, b.currency)},
                                     {QStringLiteral("currency"), b.currency},
                                     {QStringLiteral("deleted_at"), b.deletedAt.toUTC().toString(Qt::ISODateWithMs)},
                                     {QStringLiteral("deleted_by"), b.deletedBy}});
        }
        printJson(array);
        return ExitOk;
    }
    TextTable table({Cli::tr("ID"), Cli::tr("Title"), Cli::tr("Amount"), Cli::tr("Deleted"), Cli::tr("By")},
                    {TextTable::Align::Right, TextTable::Align::Left, TextTable::Align::Right});
    for (const BinnedDeal &b : std::as_const(*binned))
        table.addRow({QString::number(b.id), elide(b.title, TitleWidth), formatAmount(b.amountMinor, b.currency),
                      formatInstant(b.deletedAt), b.deletedBy});
    out() << table.render()
          << Cli::tr("%Ln deal(s) in the recycle bin", nullptr, int(binned->size()))
          << QLatin1Char('\n');
    return ExitOk;
}

} // namespace

int dealsList(Session &session, const QStringList &args)
{
    CommandParser parser(QStringLiteral("deals list ") + FilterOptions::synopsis()
                             + QStringLiteral(" [--sort FIELD[:desc]] [--limit N] [--deleted] [--json]"),
                         Cli::tr("Lists deals, by id unless sorted otherwise."));
    FilterOptions filters;
    filters.addTo(parser);
    const QCommandLineOption sortOpt(QStringLiteral("sort"), Cli::tr("Sort by this field, :desc for descending."),
                                     QStringLiteral("FIELD[:desc]"));
    const QCommandLineOption limitOpt(QStringLiteral("limit"), Cli::tr("At most N deals."), QStringLiteral("N"));
    const QCommandLineOption deletedOpt(QStringLiteral("deleted"), Cli::tr("The deals in the recycle bin."));
    const QCommandLineOption json = jsonOption();
    for (const auto &option : {sortOpt, limitOpt, deletedOpt, json})
        parser.addOption(option);
    if (auto code = parser.parse(args, 0, 0))
        return *code;
    int limit = -1;
    if (parser.isSet(limitOpt)) {
        bool ok = false;
        limit = parser.value(limitOpt).toInt(&ok);
        if (!ok || limit < 0)
            return fail(Cli::tr("'%1' is not a number of deals.").arg(parser.value(limitOpt)), ExitUsage);
    }
    auto sort = parseSort(parser.value(sortOpt), DealSort{DealColumn::Id, false});
    if (!sort)
        return fail(sort.error());

    Workspace *ws = session.workspace();
    if (!ws)
        return ExitFailure;
    auto filter = filters.filter(*ws, parser);
    if (!filter)
        return fail(filter.error());
    if (parser.isSet(deletedOpt))
        return listBinned(*ws, *filter, limit, parser.isSet(json));
    auto ids = ws->query().ids(ws->actor(), *filter, *sort);
    if (!ids)
        return fail(ids.error());
    if (limit >= 0 && ids->size() > limit)
        ids->resize(limit);

    if (parser.isSet(json)) {
        // One object per line: valid JSON that stays streamable for very long lists.
        bool first = true;
        out() << QLatin1Char('[');
        auto printed = forEachRow(*ws, *ids, [&first](const DealRow &row) {
            out() << (first ? "\n  " : ",\n  ")
                  << QString::fromUtf8(QJsonDocument(dealToJson(row)).toJson(QJsonDocument::Compact));
            first = false;
        });
        if (!printed)
            return fail(printed.error());
        out() << (first ? "]\n" : "\n]\n");
        return ExitOk;
    }

    using Align = TextTable::Align;
    TextTable table({Cli::tr("ID"), Cli::tr("Title"), Cli::tr("Amount"), Cli::tr("Pipeline"), Cli::tr("Stage"),
                     Cli::tr("Company"), Cli::tr("Contact"), Cli::tr("Created")},
                    {Align::Right, Align::Left, Align::Right});
    // Two passes: the first sizes the columns, the second prints.
    auto measured = forEachRow(*ws, *ids, [&table](const DealRow &row) { table.measure(listCells(row)); });
    if (!measured)
        return fail(measured.error());
    out() << table.header();
    auto printed = forEachRow(*ws, *ids, [&table](const DealRow &row) { out() << table.format(listCells(row)); });
    if (!printed)
        return fail(printed.error());
    out() << Cli::tr("%Ln deal(s)", nullptr, int(ids->size())) << QLatin1Char('\n');
    return ExitOk;
}

int dealsCount(Session &session, const QStringList &args)
{
    CommandParser parser(QStringLiteral("deals count ") + FilterOptions::synopsis() + QStringLiteral(" [--json]"),
                         Cli::tr("Counts the matching deals and totals their amounts per currency."));
    FilterOptions filters;
    filters.addTo(parser);
    const QCommandLineOption json = jsonOption();
    parser.addOption(json);
    if (auto code = parser.parse(args, 0, 0))
        return *code;
    Workspace *ws = session.workspace();
    if (!ws)
        return ExitFailure;
    auto filter = filters.filter(*ws, parser);
    if (!filter)
        return fail(filter.error());
    auto summary = ws->query().summary(ws->actor(), *filter);
    if (!summary)
        return fail(summary.error());
    if (parser.isSet(json)) {
        printJson(QJsonObject{{QStringLiteral("count"), summary->count},
                              {QStringLiteral("total"), totalsToJson(summary->totals)}});
        return ExitOk;
    }
    out() << Cli::tr("%Ln deal(s)", nullptr, int(summary->count));
    if (!summary->totals.isEmpty())
        out() << QStringLiteral(", ") << Cli::tr("total %1").arg(formatTotals(summary->totals));
    out() << QLatin1Char('\n');
    return ExitOk;
}

int dealsBulk(Session &session, const QStringList &args)
{
    CommandParser parser(QStringLiteral("deals bulk ") + FilterOptions::synopsis()
                             + QStringLiteral(" (--set FIELD=VALUE | --close won|lost | --delete) [--json]"),
                         Cli::tr("Changes every matching deal at once, in one transaction with its history. FIELD is "
                                 "stage, pipeline (its stage: PIPELINE/STAGE), responsible, type or source."));
    FilterOptions filters;
    filters.addTo(parser);
    const QCommandLineOption setOpt(QStringLiteral("set"), Cli::tr("The field to change and its new value."),
                                    QStringLiteral("FIELD=VALUE"));
    const QCommandLineOption closeOpt(QStringLiteral("close"), Cli::tr("Close as won or lost."), QStringLiteral("won|lost"));
    const QCommandLineOption deleteOpt(QStringLiteral("delete"), Cli::tr("Move them to the recycle bin."));
    const QCommandLineOption json = jsonOption();
    for (const auto &option : {setOpt, closeOpt, deleteOpt, json})
        parser.addOption(option);
    if (auto code = parser.parse(args, 0, 0))
        return *code;
    const int actions = int(parser.isSet(setOpt)) + int(parser.isSet(closeOpt)) + int(parser.isSet(deleteOpt));
    if (actions != 1 || parser.values(setOpt).size() > 1)
        return fail(Cli::tr("Give one action: --set FIELD=VALUE, --close won|lost or --delete.") + QLatin1Char('\n')
                        + parser.usageLine(),
                    ExitUsage);
    QString field, value;
    if (parser.isSet(setOpt)) {
        const QString set = parser.value(setOpt);
        const qsizetype eq = set.indexOf(QLatin1Char('='));
        if (eq <= 0)
            return fail(Cli::tr("--set: '%1' is not FIELD=VALUE.").arg(set), ExitUsage);
        field = set.left(eq).trimmed().toLower();
        value = set.mid(eq + 1).trimmed();
        const QStringList known{QStringLiteral("stage"), QStringLiteral("pipeline"), QStringLiteral("responsible"),
                                QStringLiteral("type"), QStringLiteral("source")};
        if (!known.contains(field))
            return fail(Cli::tr("--set: unknown field '%1'. Fields: %2.").arg(field, known.join(QStringLiteral(", "))));
    }
    if (parser.isSet(closeOpt) && parser.value(closeOpt) != u"won" && parser.value(closeOpt) != u"lost")
        return fail(Cli::tr("--close: give won or lost, not '%1'.").arg(parser.value(closeOpt)), ExitUsage);

    Workspace *ws = session.workspace();
    if (!ws)
        return ExitFailure;
    auto filter = filters.filter(*ws, parser);
    if (!filter)
        return fail(filter.error());
    BulkService bulk(ws->db(), ws->clock());
    const BulkTarget target = BulkTarget::matching(*filter);
    Result<BulkUndo> done = Error::invalid({});
    if (parser.isSet(deleteOpt)) {
        done = bulk.remove(ws->actor(), target);
    } else if (parser.isSet(closeOpt)) {
        done = bulk.close(ws->actor(), target, parser.value(closeOpt) == u"won" ? Outcome::Won : Outcome::Lost);
    } else if (field == u"stage" || field == u"pipeline") {
        std::optional<Pipeline> pipeline;
        QString stageText = value;
        if (field == u"pipeline") {
            const QStringList parts = value.split(QLatin1Char('/'));
            auto resolved = ws->pipelines().resolve(ws->actor(), parts.first());
            if (!resolved)
                return fail(resolved.error());
            pipeline = *resolved;
            stageText = parts.size() > 1 ? parts.mid(1).join(QLatin1Char('/')) : QString();
        } else if (filter->pipelineId) {
            auto resolved = ws->pipelines().pipeline(ws->actor(), *filter->pipelineId);
            if (!resolved)
                return fail(resolved.error());
            pipeline = *resolved;
        }
        Result<Stage> stage = stageText.isEmpty() && pipeline && pipeline->firstStage()
            ? Result<Stage>(*pipeline->firstStage())
            : resolveStageOption(*ws, pipeline, stageText);
        if (!stage)
            return fail(stage.error());
        done = field == u"stage" ? bulk.setStage(ws->actor(), target, stage->id)
                                 : bulk.setPipeline(ws->actor(), target, stage->id);
    } else if (field == u"responsible") {
        auto users = UserStore(ws->db()).all();
        if (!users)
            return fail(users.error());
        std::optional<Id> user;
        for (const User &u : std::as_const(*users)) {
            if (QString::number(u.id) == value || u.login.compare(value, Qt::CaseInsensitive) == 0
                || u.name.compare(value, Qt::CaseInsensitive) == 0)
                user = u.id;
        }
        if (!user)
            return fail(Cli::tr("--set: no user '%1'.").arg(value));
        done = bulk.setResponsible(ws->actor(), target, *user);
    } else if (field == u"type") {
        done = bulk.setType(ws->actor(), target, value);
    } else {
        done = bulk.setSource(ws->actor(), target, value);
    }
    if (!done)
        return fail(done.error());
    if (parser.isSet(json)) {
        printJson(QJsonObject{{QStringLiteral("changed"), done->count()}});
        return ExitOk;
    }
    out() << Cli::tr("%Ln deal(s) changed.", nullptr, int(done->count()))
          << QLatin1Char('\n');
    return ExitOk;
}

namespace {
int binAction(Session &session, const QStringList &args, const QString &name, const QString &description,
              Status (DealService::*action)(const Actor &, Id), const QString &done)
{
    CommandParser parser(QStringLiteral("deals %1 ID").arg(name), description);
    if (auto code = parser.parse(args, 1, 1))
        return *code;
    auto id = parseId(parser.positional().first());
    if (!id)
        return fail(id.error());
    Workspace *ws = session.workspace();
    if (!ws)
        return ExitFailure;
    if (auto s = (ws->deals().*action)(ws->actor(), *id); !s)
        return fail(s.error());
    out() << done.arg(*id) << QLatin1Char('\n');
    return ExitOk;
}
} // namespace

int dealsDelete(Session &session, const QStringList &args)
{
    return binAction(session, args, QStringLiteral("delete"), Cli::tr("Moves a deal to the recycle bin."),
                     &DealService::remove, Cli::tr("Deal %1 moved to the recycle bin."));
}

int dealsRestore(Session &session, const QStringList &args)
{
    return binAction(session, args, QStringLiteral("restore"), Cli::tr("Brings a deal back from the recycle bin."),
                     &DealService::restore, Cli::tr("Deal %1 restored."));
}

int dealsPurge(Session &session, const QStringList &args)
{
    return binAction(session, args, QStringLiteral("purge"), Cli::tr("Deletes a deal of the recycle bin for good."),
                     &DealService::purge, Cli::tr("Deal %1 deleted for good."));
}

} // namespace comptoir::app
