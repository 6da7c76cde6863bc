// SPDX-License-Identifier: GPL-3.0-or-later
// "comptoir fields list|add|remove": the custom fields of deals.
#include "cli.h"
#include "cliformat.h"
#include "clitr.h"

#include "customfields.h"
#include "formlayout.h"

namespace comptoir::app {

namespace {

QJsonObject fieldToJson(const CustomField &f)
{
    QJsonObject o;
    o.insert(QStringLiteral("id"), f.id);
    o.insert(QStringLiteral("key"), f.key());
    o.insert(QStringLiteral("name"), f.name);
    o.insert(QStringLiteral("type"), fieldTypeToText(f.type));
    o.insert(QStringLiteral("required"), f.required);
    o.insert(QStringLiteral("options"), QJsonArray::fromStringList(f.options));
    o.insert(QStringLiteral("currency"), f.type == FieldType::Money ? QJsonValue(f.currency) : QJsonValue());
    return o;
}

int fieldsList(Session &session, const QStringList &args)
{
    CommandParser parser(QStringLiteral("fields list [--json]"), Cli::tr("Lists the custom fields of deals."));
    const QCommandLineOption json = jsonOption();
    parser.addOption(json);
    if (auto code = parser.parse(args, 0, 0))
        return *code;
    Workspace *ws = session.workspace();
    if (!ws)
        return ExitFailure;
    auto fields = ws->customFields().fields();
    if (!fields)
        return fail(fields.error());
    if (parser.isSet(json)) {
        QJsonArray list;
        for (const CustomField &f : *fields)
            list.append(fieldToJson(f));
        printJson(list);
        return ExitOk;
    }
    if (fields->isEmpty()) {
        out() << Cli::tr("No custom fields.") << Qt::endl;
        return ExitOk;
    }
    TextTable table({Cli::tr("Key"), Cli::tr("Name"), Cli::tr("Type"), Cli::tr("Required"), Cli::tr("Choices")});
    for (const CustomField &f : *fields) {
        const QString detail = f.type == FieldType::Money ? f.currency : f.options.join(QStringLiteral(" | "));
        table.addRow({f.key(), f.name, fieldTypeTitle(f.type), f.required ? Cli::tr("yes") : Cli::tr("no"), detail});
    }
    out() << table.render();
    return ExitOk;
}

int fieldsAdd(Session &session, const QStringList &args)
{
    CommandParser parser(QStringLiteral("fields add --name N --type T [--options A|B|C] [--required] [--currency C]\n"
                                        "          [--pipeline P] [--json]"),
                         Cli::tr("Adds a custom field to every deal. Types: %1.").arg(fieldTypeKeys().join(QStringLiteral(", "))));
    const QCommandLineOption name(QStringLiteral("name"), Cli::tr("The field's name."), QStringLiteral("N"));
    const QCommandLineOption type(QStringLiteral("type"), Cli::tr("Its type."), QStringLiteral("T"));
    const QCommandLineOption options(QStringLiteral("options"), Cli::tr("The choices of a list, separated by |."),
                                     QStringLiteral("A|B|C"));
    const QCommandLineOption required(QStringLiteral("required"), Cli::tr("A deal cannot be saved without a value."));
    const QCommandLineOption currency(QStringLiteral("currency"), Cli::tr("The currency of a money field (default EUR)."),
                                      QStringLiteral("C"));
    const QCommandLineOption pipeline(QStringLiteral("pipeline"),
                                      Cli::tr("Show the field in this pipeline's form only (hidden in the others)."),
                                      QStringLiteral("P"));
    const QCommandLineOption json = jsonOption();
    for (const auto &o : {name, type, options, required, currency, pipeline, json})
        parser.addOption(o);
    if (auto code = parser.parse(args, 0, 0))
        return *code;
    if (!parser.isSet(name) || !parser.isSet(type))
        return fail(Cli::tr("Give --name and --type.") + QLatin1Char('\n') + parser.usageLine(), ExitUsage);
    const auto fieldType = fieldTypeFromText(parser.value(type));
    if (!fieldType) {
        return fail(Cli::tr("Unknown type '%1'. Types: %2.").arg(parser.value(type), fieldTypeKeys().join(QStringLiteral(", "))),
                    ExitUsage);
    }
    CustomField f;
    f.name = parser.value(name);
    f.type = *fieldType;
    f.required = parser.isSet(required);
    if (parser.isSet(options)) {
        for (const QString &o : parser.value(options).split(QLatin1Char('|'), Qt::SkipEmptyParts))
            f.options << o.trimmed();
    }
    if (parser.isSet(currency))
        f.currency = parser.value(currency).trimmed().toUpper();

    Workspace *ws = session.workspace();
    if (!ws)
        return ExitFailure;
    // The definition and its places in the forms change together.
    Transaction tx(ws->db());
    if (!tx)
        return fail(tx.error());
    std::optional<Pipeline> only;
    if (parser.isSet(pipeline)) {
        auto resolved = ws->pipelines().resolve(ws->actor(), parser.value(pipeline));
        if (!resolved)
            return fail(resolved.error());
        only = *resolved;
    }
    auto added = ws->customFields().add(ws->actor(), f);
    if (!added)
        return fail(added.error());
    if (only) {
        auto pipelines = ws->pipelines().pipelines(ws->actor());
        if (!pipelines)
            return fail(pipelines.error());
        for (const Pipeline &p : *pipelines) {
            if (auto s = ws->formLayouts().setFieldHidden(ws->actor(), p.id, added->key(), p.id != only->id); !s)
                return fail(s.error());
        }
    }
    if (auto s = tx.commit(); !s)
        return fail(s.error());
    if (parser.isSet(json)) {
        printJson(fieldToJson(*added));
        return ExitOk;
    }
    out() << Cli::tr("Added the field %1 \"%2\" (%3).").arg(added->key(), added->name, fieldTypeTitle(added->type));
    if (only)
        out() << QLatin1Char(' ') << Cli::tr("Shown in the form of \"%1\" only.").arg(only->name);
    out() << Qt::endl;
    return ExitOk;
}

int fieldsRemove(Session &session, const QStringList &args)
{
    CommandParser parser(QStringLiteral("fields remove FIELD [--json]"),
                         Cli::tr("Deletes a custom field (by key, id or name) and its values. The history keeps its changes."));
    const QCommandLineOption json = jsonOption();
    parser.addOption(json);
    if (auto code = parser.parse(args, 1, 1))
        return *code;
    Workspace *ws = session.workspace();
    if (!ws)
        return ExitFailure;
    auto f = ws->customFields().resolve(parser.positional().first());
    if (!f)
        return fail(f.error());
    if (auto s = ws->customFields().remove(ws->actor(), f->id); !s)
        return fail(s.error());
    if (parser.isSet(json)) {
        printJson(fieldToJson(*f));
        return ExitOk;
    }
    out() << Cli::tr("Removed the field %1 \"%2\".").arg(f->key(), f->name) << Qt::endl;
    return ExitOk;
}

} // namespace

int runFields(Session &session, const QStringList &args)
{
    using Runner = int (*)(Session &, const QStringList &);
    const QList<std::pair<QString, Runner>> commands = {
        {QStringLiteral("list"), &fieldsList},
        {QStringLiteral("add"), &fieldsAdd},
        {QStringLiteral("remove"), &fieldsRemove},
    };
    const QString sub = args.value(0);
    for (const auto &[name, runner] : commands) {
        if (name == sub)
            return runner(session, args.mid(1));
    }
    const QString usage = Cli::tr("Usage: comptoir [--db FILE] fields list|add|remove ...");
    if (sub == QLatin1String("--help") || sub == QLatin1String("-h")) {
        out() << usage << QLatin1Char('\n');
        return ExitOk;
    }
    if (sub.isEmpty())
        return fail(Cli::tr("Missing argument.") + QLatin1Char('\n') + usage, ExitUsage);
    return fail(Cli::tr("Unknown command 'fields %1'. The fields commands are: list, add, remove.").arg(sub), ExitUsage);
}

} // namespace comptoir::app
