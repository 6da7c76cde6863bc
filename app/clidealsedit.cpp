// SPDX-License-Identifier: GPL-3.0-or-later
// The "deals" subcommands that change data: add, update, move, close, reopen.
#include "clideals.h"

#include "cliformat.h"
#include "clitr.h"
#include "money.h"

namespace comptoir::app {

namespace {

// The deal named on the command line and its pipeline.
struct Target
{
    Deal deal;
    Pipeline pipeline;
};

Result<Target> loadTarget(Workspace &ws, const QString &idText)
{
    auto id = parseId(idText);
    if (!id)
        return id.error();
    auto deal = ws.deals().get(ws.actor(), *id);
    if (!deal)
        return deal.error();
    auto pipeline = ws.pipelines().pipeline(ws.actor(), deal->pipelineId);
    if (!pipeline)
        return pipeline.error();
    return Target{*deal, *pipeline};
}

} // namespace

int dealsAdd(Session &session, const QStringList &args)
{
    CommandParser parser(QStringLiteral("deals add --title T [--amount A] [--currency C] [--pipeline P] [--stage S] "
                                        "[--contact NAME] [--company NAME] [--json]"),
                         Cli::tr("Creates a deal. The contact and the company are created when they do not exist."));
    const QCommandLineOption title(QStringLiteral("title"), Cli::tr("The deal's title (required)."), QStringLiteral("T"));
    const QCommandLineOption amount(QStringLiteral("amount"),
                                    Cli::tr("The amount, written as in the chosen language (1234.50, 1 234,50)."),
                                    QStringLiteral("A"));
    const QCommandLineOption currency(QStringLiteral("currency"), Cli::tr("ISO currency code (default EUR)."),
                                      QStringLiteral("C"));
    const QCommandLineOption pipelineOpt(QStringLiteral("pipeline"),
                                         Cli::tr("Pipeline, by id or name (default: the default pipeline)."),
                                         QStringLiteral("P"));
    const QCommandLineOption stageOpt(QStringLiteral("stage"), Cli::tr("Stage, by id or name (default: the first)."),
                                      QStringLiteral("S"));
    const QCommandLineOption contact(QStringLiteral("contact"), Cli::tr("Primary contact, \"First Last\"."),
                                     QStringLiteral("NAME"));
    const QCommandLineOption company(QStringLiteral("company"), Cli::tr("Company name."), QStringLiteral("NAME"));
    const QCommandLineOption json = jsonOption();
    for (const auto &option : {title, amount, currency, pipelineOpt, stageOpt, contact, company, json})
        parser.addOption(option);
    if (auto code = parser.parse(args, 0, 0))
        return *code;
    if (parser.value(title).trimmed().isEmpty())
        return fail(Cli::tr("A deal needs a title: give --title.") + QLatin1Char('\n') + parser.usageLine(), ExitUsage);

    Deal draft;
    draft.title = parser.value(title).trimmed();
    if (parser.isSet(currency)) {
        draft.currency = parser.value(currency).trimmed().toUpper();
        if (!money::isValidCurrencyCode(draft.currency))
            return fail(Cli::tr("'%1' is not a currency code: give three letters such as EUR.").arg(parser.value(currency)));
    }
    if (parser.isSet(amount)) {
        auto parsed = money::parse(parser.value(amount), draft.currency, QLocale());
        if (!parsed)
            return fail(parsed.error());
        draft.amountMinor = *parsed;
    }

    Workspace *ws = session.workspace();
    if (!ws)
        return ExitFailure;
    std::optional<Pipeline> pipeline;
    if (parser.isSet(pipelineOpt)) {
        auto resolved = ws->pipelines().resolve(ws->actor(), parser.value(pipelineOpt));
        if (!resolved)
            return fail(resolved.error());
        pipeline = *resolved;
        draft.pipelineId = pipeline->id;
        if (const Stage *first = pipeline->firstStage())
            draft.stageId = first->id;
    }
    if (parser.isSet(stageOpt)) {
        auto stage = resolveStageOption(*ws, pipeline, parser.value(stageOpt));
        if (!stage)
            return fail(stage.error());
        draft.pipelineId = stage->pipelineId;
        draft.stageId = stage->id;
    }

    // The client and the deal are created together or not at all.
    Transaction tx(ws->db());
    if (!tx)
        return fail(tx.error());
    if (parser.isSet(company) && !parser.value(company).trimmed().isEmpty()) {
        auto found = ws->clients().findOrCreateCompany(ws->actor(), parser.value(company).trimmed());
        if (!found)
            return fail(found.error());
        draft.companyId = found->id;
    }
    if (parser.isSet(contact) && !parser.value(contact).trimmed().isEmpty()) {
        auto found = ws->clients().findOrCreateContact(ws->actor(), parser.value(contact).trimmed(), draft.companyId);
        if (!found)
            return fail(found.error());
        draft.contactIds = {found->id};
    }
    auto created = ws->deals().create(ws->actor(), draft);
    if (!created)
        return fail(created.error());
    if (auto committed = tx.commit(); !committed)
        return fail(committed.error());
    return printChangedDeal(*ws, created->id, parser.isSet(json),
                            Cli::tr("Created deal %1 \"%2\".").arg(created->id).arg(created->title));
}

int dealsUpdate(Session &session, const QStringList &args)
{
    CommandParser parser(QStringLiteral("deals update ID --field NAME=VALUE ... [--json]"),
                         Cli::tr("Changes fields of a deal. Fields: %1, and the custom fields (\"fields list\").")
                             .arg(DealService::settableFields().join(QStringLiteral(", "))));
    const QCommandLineOption field(QStringLiteral("field"), Cli::tr("A field and its new value (repeatable)."),
                                   QStringLiteral("NAME=VALUE"));
    const QCommandLineOption json = jsonOption();
    parser.addOption(field);
    parser.addOption(json);
    if (auto code = parser.parse(args, 1, 1))
        return *code;
    const QStringList assignments = parser.values(field);
    if (assignments.isEmpty())
        return fail(Cli::tr("Nothing to change: give --field NAME=VALUE.") + QLatin1Char('\n') + parser.usageLine(),
                    ExitUsage);
    QList<std::pair<QString, QString>> changes;
    for (const QString &assignment : assignments) {
        const qsizetype equals = assignment.indexOf(QLatin1Char('='));
        if (equals <= 0)
            return fail(Cli::tr("'%1' is not NAME=VALUE.").arg(assignment), ExitUsage);
        QString name = assignment.left(equals).trimmed();
        if (DealService::settableFields().contains(name.toLower()))
            name = name.toLower();
        changes.append({name, assignment.mid(equals + 1)});
    }

    auto id = parseId(parser.positional().first());
    if (!id)
        return fail(id.error());
    Workspace *ws = session.workspace();
    if (!ws)
        return ExitFailure;
    // All the fields change, or none.
    Transaction tx(ws->db());
    if (!tx)
        return fail(tx.error());
    QStringList names;
    for (const auto &[name, value] : changes) {
        if (!DealService::settableFields().contains(name)) {
            // Not a built-in field: a custom one, by key or name.
            auto custom = ws->customFields().resolve(name);
            if (!custom) {
                return fail(Cli::tr("Unknown field '%1'. The fields are: %2, and the custom fields (\"fields list\").")
                                .arg(name, DealService::settableFields().join(QStringLiteral(", "))));
            }
            if (auto s = ws->customFields().setFromText(ws->actor(), *id, custom->key(), value, QLocale()); !s)
                return fail(s.error());
            names.append(custom->name);
            continue;
        }
        auto changed = ws->deals().setField(ws->actor(), *id, name, value, QLocale());
        if (!changed)
            return fail(changed.error());
        names.append(name);
    }
    if (auto committed = tx.commit(); !committed)
        return fail(committed.error());
    return printChangedDeal(*ws, *id, parser.isSet(json),
                            Cli::tr("Updated deal %1: %2.").arg(*id).arg(names.join(QStringLiteral(", "))));
}

int dealsMove(Session &session, const QStringList &args)
{
    CommandParser parser(QStringLiteral("deals move ID STAGE [--pipeline P] [--json]"),
                         Cli::tr("Moves a deal to a stage of its pipeline, or of another pipeline with --pipeline. "
                                 "A won or lost stage closes the deal."));
    const QCommandLineOption pipelineOpt(QStringLiteral("pipeline"), Cli::tr("Move to this pipeline (id or name)."),
                                         QStringLiteral("P"));
    const QCommandLineOption json = jsonOption();
    parser.addOption(pipelineOpt);
    parser.addOption(json);
    if (auto code = parser.parse(args, 2, 2))
        return *code;
    Workspace *ws = session.workspace();
    if (!ws)
        return ExitFailure;
    auto target = loadTarget(*ws, parser.positional().at(0));
    if (!target)
        return fail(target.error());
    Pipeline pipeline = target->pipeline;
    if (parser.isSet(pipelineOpt)) {
        auto resolved = ws->pipelines().resolve(ws->actor(), parser.value(pipelineOpt));
        if (!resolved)
            return fail(resolved.error());
        pipeline = *resolved;
    }
    auto stage = PipelineService::resolveStage(pipeline, parser.positional().at(1));
    if (!stage)
        return fail(stage.error());
    const Id id = target->deal.id;
    auto moved = pipeline.id == target->deal.pipelineId ? ws->deals().moveToStage(ws->actor(), id, stage->id)
                                                        : ws->deals().moveToPipeline(ws->actor(), id, stage->id);
    if (!moved)
        return fail(moved.error());
    return printChangedDeal(*ws, id, parser.isSet(json),
                            Cli::tr("Moved deal %1 to %2 / %3.").arg(id).arg(pipeline.name, stage->name));
}

int dealsClose(Session &session, const QStringList &args)
{
    CommandParser parser(QStringLiteral("deals close ID (--won | --lost [--reason R] [--note N]) [--json]"),
                         Cli::tr("Closes a deal as won or lost, from any stage."));
    const QCommandLineOption won(QStringLiteral("won"), Cli::tr("Close as won."));
    const QCommandLineOption lost(QStringLiteral("lost"), Cli::tr("Close as lost."));
    const QCommandLineOption reason(QStringLiteral("reason"), Cli::tr("Why it was lost (a lost reason code or name)."),
                                    QStringLiteral("R"));
    const QCommandLineOption note(QStringLiteral("note"), Cli::tr("A note on why it was lost."), QStringLiteral("N"));
    const QCommandLineOption json = jsonOption();
    for (const auto &option : {won, lost, reason, note, json})
        parser.addOption(option);
    if (auto code = parser.parse(args, 1, 1))
        return *code;
    if (parser.isSet(won) == parser.isSet(lost))
        return fail(Cli::tr("Give either --won or --lost.") + QLatin1Char('\n') + parser.usageLine(), ExitUsage);
    if (parser.isSet(won) && (parser.isSet(reason) || parser.isSet(note)))
        return fail(Cli::tr("--reason and --note go with --lost only."), ExitUsage);
    auto id = parseId(parser.positional().first());
    if (!id)
        return fail(id.error());
    Workspace *ws = session.workspace();
    if (!ws)
        return ExitFailure;
    const Outcome outcome = parser.isSet(won) ? Outcome::Won : Outcome::Lost;
    auto closed = ws->deals().close(ws->actor(), *id, outcome, parser.value(reason), parser.value(note));
    if (!closed)
        return fail(closed.error());
    return printChangedDeal(*ws, *id, parser.isSet(json),
                            outcome == Outcome::Won ? Cli::tr("Closed deal %1 as won.").arg(*id)
                                                    : Cli::tr("Closed deal %1 as lost.").arg(*id));
}

int dealsReopen(Session &session, const QStringList &args)
{
    CommandParser parser(QStringLiteral("deals reopen ID [--stage S] [--json]"),
                         Cli::tr("Moves a closed deal back to a stage in progress (the first by default)."));
    const QCommandLineOption stageOpt(QStringLiteral("stage"), Cli::tr("The stage to reopen on (id or name)."),
                                      QStringLiteral("S"));
    const QCommandLineOption json = jsonOption();
    parser.addOption(stageOpt);
    parser.addOption(json);
    if (auto code = parser.parse(args, 1, 1))
        return *code;
    Workspace *ws = session.workspace();
    if (!ws)
        return ExitFailure;
    auto target = loadTarget(*ws, parser.positional().first());
    if (!target)
        return fail(target.error());
    std::optional<Id> stageId;
    if (parser.isSet(stageOpt)) {
        auto stage = PipelineService::resolveStage(target->pipeline, parser.value(stageOpt));
        if (!stage)
            return fail(stage.error());
        stageId = stage->id;
    }
    const Id id = target->deal.id;
    auto reopened = ws->deals().reopen(ws->actor(), id, stageId);
    if (!reopened)
        return fail(reopened.error());
    const Stage *stage = target->pipeline.stage(reopened->stageId);
    return printChangedDeal(*ws, id, parser.isSet(json),
                            Cli::tr("Reopened deal %1 on %2.").arg(id).arg(stage ? stage->name : QString()));
}

} // namespace comptoir::app
