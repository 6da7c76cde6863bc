// SPDX-License-Identifier: GPL-3.0-or-later
// comptoir import deals|companies|contacts|products|history|fields|undo|list: the import service
// on the command line.
#include "cli.h"
#include "clitr.h"

#include "csv/dialect.h"
#include "import/importservice.h"
#include "import/phone.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace comptoir::app {

namespace {

using namespace comptoir::import;

QString delimiterFromOption(const QString &value)
{
    static const QList<std::pair<QString, QString>> names = {
        { QStringLiteral("comma"), QStringLiteral(",") },     { QStringLiteral("semicolon"), QStringLiteral(";") },
        { QStringLiteral("tab"), QStringLiteral("\t") },      { QStringLiteral("\\t"), QStringLiteral("\t") },
        { QStringLiteral("pipe"), QStringLiteral("|") },
    };
    for (const auto &[name, text] : names) {
        if (value.compare(name, Qt::CaseInsensitive) == 0)
            return text;
    }
    return value;
}

void printJson(const QJsonObject &object)
{
    out() << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)) << Qt::endl;
}

QString kindDescription(ImportKind kind)
{
    switch (kind) {
    case ImportKind::Deals:
        return Cli::tr("Import deals, with their companies, contacts and product rows, from a CSV file.");
    case ImportKind::Companies:
        return Cli::tr("Import companies (name, e-mail, phone, comment) from a CSV file; a company known by its name is skipped.");
    case ImportKind::Contacts:
        return Cli::tr("Import contacts (name, e-mail, phone, company, comment) from a CSV file; a known contact (see --match) is skipped.");
    case ImportKind::Products:
        return Cli::tr("Import products (name, price, currency, tax rate) from a CSV file; a product known by its name is skipped.");
    case ImportKind::History:
        return Cli::tr("Import the history of deals imported before (deal external id, date, type, text) as their activities.");
    }
    return {};
}

int importDeals(Session &session, const QStringList &args, ImportKind kind)
{
    CommandParser parser(QStringLiteral("import ") + importKindKey(kind) + QStringLiteral(" IN.csv [--profile NAME|FILE] [--map HEADER=FIELD ...] "
                                        "[--pipeline P] [--encoding E] [--delimiter D] [--date-order dmy|mdy|ymd] "
                                        "[--decimal-comma|--decimal-point] [--unknown-stages create|reject|map:STAGE] "
                                        "[--match email|phone|name] [--phone-region CC] [--skip-error-rows [--errors-file F]] "
                                        "[--dry-run] [--progress] [--json]"),
                         kindDescription(kind) + QLatin1Char(' ')
                             + Cli::tr("All or nothing: any error leaves the database as it was, unless --skip-error-rows."));
    const QCommandLineOption profile(QStringLiteral("profile"), Cli::tr("A saved profile, or a JSON profile file."), QStringLiteral("NAME|FILE"));
    const QCommandLineOption preset(QStringLiteral("preset"), Cli::tr("A CRM export format (salesforce, hubspot, pipedrive, odoo, twenty, bitrix24-en, bitrix24-fr, maven, generic)."), QStringLiteral("KEY"));
    const QCommandLineOption map(QStringLiteral("map"), Cli::tr("Fill FIELD from the column HEADER (see \"import fields\")."), QStringLiteral("HEADER=FIELD"));
    const QCommandLineOption pipeline(QStringLiteral("pipeline"), Cli::tr("The pipeline (default: the default one)."), QStringLiteral("P"));
    const QCommandLineOption encoding(QStringLiteral("encoding"), Cli::tr("The file's encoding (default: detected)."), QStringLiteral("E"));
    const QCommandLineOption delimiter(QStringLiteral("delimiter"), Cli::tr("The delimiter (default: detected)."), QStringLiteral("D"));
    const QCommandLineOption dateOrder(QStringLiteral("date-order"), Cli::tr("dmy, mdy or ymd (default: from the dates)."), QStringLiteral("ORDER"));
    const QCommandLineOption comma(QStringLiteral("decimal-comma"), Cli::tr("Numbers are written 1 234,56."));
    const QCommandLineOption point(QStringLiteral("decimal-point"), Cli::tr("Numbers are written 1,234.56."));
    const QCommandLineOption currency(QStringLiteral("currency"), Cli::tr("The currency of amounts that name none (default EUR)."), QStringLiteral("CODE"));
    const QCommandLineOption unknown(QStringLiteral("unknown-stages"), Cli::tr("create, reject or map:STAGE."), QStringLiteral("RULE"));
    const QCommandLineOption match(QStringLiteral("match"), Cli::tr("How contacts are recognised: email, phone or name."), QStringLiteral("RULE"));
    const QCommandLineOption region(QStringLiteral("phone-region"), Cli::tr("The country of phone numbers written without a country code (default FR)."), QStringLiteral("CC"));
    const QCommandLineOption progress(QStringLiteral("progress"), Cli::tr("Say on the error output how much of the file has been read."));
    const QCommandLineOption dryRun(QStringLiteral("dry-run"), Cli::tr("Check and count, write nothing."));
    const QCommandLineOption save(QStringLiteral("save-profile"), Cli::tr("Save the mapping and rules under this name."), QStringLiteral("NAME"));
    const QCommandLineOption skipErrors(QStringLiteral("skip-error-rows"),
                                        Cli::tr("Import the rows without errors and leave the others out, their errors written to a CSV file."));
    const QCommandLineOption errorsFile(QStringLiteral("errors-file"),
                                        Cli::tr("Where --skip-error-rows writes the errors (default: IN-errors.csv beside the file)."),
                                        QStringLiteral("F"));
    for (const auto &o : { profile, preset, map, pipeline, encoding, delimiter, dateOrder, comma, point, currency, unknown, match, region, skipErrors, errorsFile, progress, dryRun, save, jsonOption() })
        parser.addOption(o);
    if (auto code = parser.parse(args, 1, 1))
        return *code;
    const bool json = parser.isSet(jsonOption());

    ImportRequest request;
    request.kind = kind;
    request.path = parser.positional().constFirst();
    Profile settings;
    Workspace *workspace = session.workspace();
    if (!workspace)
        return ExitFailure;
    bool numbersGiven = false;
    if (parser.isSet(profile)) {
        auto found = findProfile(workspace->db(), parser.value(profile));
        if (!found)
            return fail(found.error());
        settings = *found;
        numbersGiven = true;
    }
    settings.name = parser.value(save);
    if (parser.isSet(preset))
        settings.preset = parser.value(preset);
    for (const QString &pair : parser.values(map)) {
        const int eq = pair.lastIndexOf(QLatin1Char('='));
        const auto field = eq > 0 ? fieldFromKey(pair.mid(eq + 1).trimmed()) : std::nullopt;
        if (!field)
            return fail(Cli::tr("--map %1: write HEADER=FIELD with a field of \"comptoir import fields\".").arg(pair), ExitUsage);
        settings.mapping.insert(pair.left(eq), *field);
    }
    if (parser.isSet(pipeline))
        settings.rules.pipeline = parser.value(pipeline);
    if (parser.isSet(encoding)) {
        auto e = csv::encodingFromName(parser.value(encoding));
        if (!e)
            return fail(e.error().message, ExitUsage);
        settings.encoding = *e;
    }
    if (parser.isSet(delimiter)) {
        const QString d = delimiterFromOption(parser.value(delimiter));
        if (d.size() != 1)
            return fail(Cli::tr("--delimiter takes one character, or comma, semicolon, tab or pipe."), ExitUsage);
        settings.delimiter = d.at(0);
    }
    if (parser.isSet(dateOrder)) {
        settings.rules.dateOrder = csv::dateOrderFromKey(parser.value(dateOrder));
        if (!settings.rules.dateOrder)
            return fail(Cli::tr("--date-order takes dmy, mdy or ymd."), ExitUsage);
    }
    if (parser.isSet(comma) || parser.isSet(point)) {
        settings.rules.numbers = parser.isSet(comma) ? csv::NumberFormat::french() : csv::NumberFormat::english();
        numbersGiven = true;
    }
    if (parser.isSet(currency))
        settings.rules.currency = parser.value(currency).toUpper();
    if (parser.isSet(unknown)) {
        const QString rule = parser.value(unknown);
        if (rule == QLatin1String("create"))
            settings.rules.unknownStages = UnknownStages::Create;
        else if (rule == QLatin1String("reject"))
            settings.rules.unknownStages = UnknownStages::Reject;
        else if (rule.startsWith(QLatin1String("map:")) && rule.size() > 4) {
            settings.rules.unknownStages = UnknownStages::MapTo;
            settings.rules.mapStage = rule.mid(4);
        } else
            return fail(Cli::tr("--unknown-stages takes create, reject or map:STAGE."), ExitUsage);
    }
    if (parser.isSet(match)) {
        const auto m = contactMatchFromKey(parser.value(match));
        if (!m)
            return fail(Cli::tr("--match takes email, phone or name."), ExitUsage);
        settings.rules.contactMatch = *m;
    }
    if (parser.isSet(region)) {
        settings.rules.phoneRegion = parser.value(region).toUpper();
        if (!isKnownPhoneRegion(settings.rules.phoneRegion))
            return fail(Cli::tr("--phone-region takes a country code such as FR, BE or US."), ExitUsage);
    }

    ImportService service(workspace->db(), workspace->clock());
    if (!numbersGiven) {
        // Files split by semicolons come from spreadsheets set to a decimal comma (French Excel);
        // the others write a decimal point.
        auto analysis = service.analyse(request.path, settings.encoding, settings.delimiter);
        const bool semicolon = analysis && (settings.delimiter.isNull() ? analysis->detection.sniff.dialect.delimiter
                                                                          : settings.delimiter) == u';';
        settings.rules.numbers = semicolon ? csv::NumberFormat::french() : csv::NumberFormat::english();
    }
    request.encoding = settings.encoding;
    request.delimiter = settings.delimiter;
    request.preset = settings.preset;
    request.overrides = settings.mapping;
    request.rules = settings.rules;
    request.dryRun = parser.isSet(dryRun);
    if (parser.isSet(errorsFile) && !parser.isSet(skipErrors))
        return fail(Cli::tr("--errors-file goes with --skip-error-rows."), ExitUsage);
    request.skipErrorRows = parser.isSet(skipErrors);
    if (request.skipErrorRows && !request.dryRun) {
        const QFileInfo in(request.path);
        request.errorFile = parser.isSet(errorsFile)
            ? parser.value(errorsFile)
            : in.dir().filePath(in.completeBaseName() + QStringLiteral("-errors.csv"));
    }
    if (parser.isSet(progress)) {
        // Machine-readable with --json (one object a line), else a sentence.
        request.progress = [json](qint64 done, qint64 total) {
            if (json)
                err() << QStringLiteral("{\"progress_bytes\":%1,\"total_bytes\":%2}").arg(done).arg(total) << Qt::endl;
            else
                err() << Cli::tr("Read %1 % of the file.").arg(total > 0 ? done * 100 / total : 100) << Qt::endl;
        };
    }
    auto summary = service.run(workspace->actor(), request);
    if (!summary) {
        if (json)
            printJson({ { QStringLiteral("import_id"), QJsonValue() }, { QStringLiteral("created"), 0 },
                        { QStringLiteral("updated"), 0 }, { QStringLiteral("skipped"), 0 },
                        { QStringLiteral("errors"), QJsonArray { QJsonObject { { QStringLiteral("line"), 0 },
                                                                               { QStringLiteral("column"), 0 },
                                                                               { QStringLiteral("message"), summary.error().message } } } } });
        return fail(summary.error());
    }
    if (summary->committed && !settings.name.isEmpty()) {
        if (auto s = saveProfile(workspace->db(), settings, workspace->clock().now()); !s)
            return fail(s.error());
    }
    if (json) {
        QJsonArray errors;
        for (const RowError &e : summary->errors)
            errors.append(QJsonObject { { QStringLiteral("line"), e.line }, { QStringLiteral("column"), e.column },
                                        { QStringLiteral("message"), e.message } });
        printJson({ { QStringLiteral("import_id"), summary->committed ? QJsonValue(summary->importId) : QJsonValue() },
                    { QStringLiteral("created"), summary->created }, { QStringLiteral("updated"), summary->updated },
                    { QStringLiteral("skipped"), summary->skipped }, { QStringLiteral("products"), summary->products },
                    { QStringLiteral("companies_created"), summary->companiesCreated },
                    { QStringLiteral("contacts_created"), summary->contactsCreated },
                    { QStringLiteral("rows"), summary->rows }, { QStringLiteral("dry_run"), request.dryRun },
                    { QStringLiteral("error_count"), summary->errorCount },
                    { QStringLiteral("error_rows_left_out"), summary->errorRows },
                    { QStringLiteral("errors_file"), summary->errorRows > 0 && !request.errorFile.isEmpty()
                                                         ? QJsonValue(request.errorFile) : QJsonValue() },
                    { QStringLiteral("warnings"), QJsonArray::fromStringList(summary->warnings) },
                    { QStringLiteral("errors"), errors } });
    } else {
        if (summary->committed)
            out() << Cli::tr("Import %1: %2 created, %3 updated, %4 skipped.")
                         .arg(summary->importId).arg(summary->created).arg(summary->updated).arg(summary->skipped)
                  << Qt::endl;
        else if (request.dryRun && summary->errorCount == 0)
            out() << Cli::tr("Dry run: %1 would be created, %2 updated, %3 skipped; nothing was written.")
                         .arg(summary->created).arg(summary->updated).arg(summary->skipped)
                  << Qt::endl;
        for (const QString &w : summary->warnings)
            out() << w << Qt::endl;
        for (const RowError &e : summary->errors)
            err() << e.message << Qt::endl;
        if (summary->errorCount > summary->errors.size())
            err() << Cli::tr("... and %Ln more error(s).", nullptr, int(summary->errorCount - summary->errors.size())) << Qt::endl;
    }
    if (summary->committed && summary->errorRows > 0) {
        // The rows without errors are in; the others are left out, their errors in the file.
        if (!json)
            err() << Cli::tr("%n row(s) with errors left out; their errors are in %1.", nullptr, int(summary->errorRows))
                         .arg(QDir::toNativeSeparators(request.errorFile))
                  << Qt::endl;
        return ExitOk;
    }
    if (summary->errorCount > 0 && !(request.dryRun && request.skipErrorRows))
        return fail(Cli::tr("Nothing was imported: %n error(s).", nullptr, int(summary->errorCount)), ExitFailure);
    return ExitOk;
}

int importFields(const QStringList &args)
{
    CommandParser parser(QStringLiteral("import fields [deals|companies|contacts|products|history]"),
                         Cli::tr("The fields --map accepts for a file of this kind (default: deals)."));
    if (auto code = parser.parse(args, 0, 1))
        return *code;
    const auto kind = importKindFromKey(parser.positional().value(0, QStringLiteral("deals")));
    if (!kind)
        return fail(Cli::tr("The kinds of import files are deals, companies, contacts, products and history."), ExitUsage);
    for (Field f : fieldsFor(*kind))
        out() << fieldKey(f).leftJustified(20) << fieldGroup(f).leftJustified(9) << fieldLabel(f) << Qt::endl;
    out() << QStringLiteral("ignore").leftJustified(29) << fieldLabel(Field::Ignore) << Qt::endl;
    return ExitOk;
}

int importUndo(Session &session, const QStringList &args)
{
    CommandParser parser(QStringLiteral("import undo IMPORT_ID"), Cli::tr("Remove everything an import created and restore what it changed."));
    if (auto code = parser.parse(args, 1, 1))
        return *code;
    bool ok = false;
    const Id id = parser.positional().constFirst().toLongLong(&ok);
    if (!ok)
        return fail(Cli::tr("IMPORT_ID must be a number."), ExitUsage);
    Workspace *workspace = session.workspace();
    if (!workspace)
        return ExitFailure;
    ImportService service(workspace->db(), workspace->clock());
    if (auto s = service.undo(workspace->actor(), id); !s)
        return fail(s.error());
    out() << Cli::tr("Import %1 undone.").arg(id) << Qt::endl;
    return ExitOk;
}

int importList(Session &session, const QStringList &args)
{
    CommandParser parser(QStringLiteral("import list [--json]"), Cli::tr("The imports, oldest first."));
    parser.addOption(jsonOption());
    if (auto code = parser.parse(args, 0, 0))
        return *code;
    Workspace *workspace = session.workspace();
    if (!workspace)
        return ExitFailure;
    auto records = ImportService(workspace->db(), workspace->clock()).list();
    if (!records)
        return fail(records.error());
    QJsonArray array;
    for (const ImportRecord &r : *records) {
        const QString started = r.startedAt.toString(Qt::ISODate);
        const QString undone = r.undoneAt ? r.undoneAt->toString(Qt::ISODate) : QString();
        if (parser.isSet(jsonOption())) {
            array.append(QJsonObject { { QStringLiteral("import_id"), r.id }, { QStringLiteral("file"), r.fileName },
                                       { QStringLiteral("started_at"), started }, { QStringLiteral("user"), r.user },
                                       { QStringLiteral("created"), r.created }, { QStringLiteral("updated"), r.updated },
                                       { QStringLiteral("skipped"), r.skipped },
                                       { QStringLiteral("undone_at"), r.undoneAt ? QJsonValue(undone) : QJsonValue() } });
        } else {
            out() << QStringLiteral("%1  %2  %3  %4: ").arg(r.id).arg(started, r.user, r.fileName)
                  << Cli::tr("%1 created, %2 updated, %3 skipped").arg(r.created).arg(r.updated).arg(r.skipped)
                  << (r.undoneAt ? Cli::tr(" (undone %1)").arg(undone) : QString()) << Qt::endl;
        }
    }
    if (parser.isSet(jsonOption()))
        out() << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact)) << Qt::endl;
    return ExitOk;
}

} // namespace

int importIcs(Session &session, const QStringList &args); // clicalendar.cpp

int runImport(Session &session, const QStringList &args)
{
    const QString sub = args.value(0);
    const QStringList rest = args.mid(1);
    if (const auto kind = importKindFromKey(sub))
        return importDeals(session, rest, *kind);
    if (sub == QLatin1String("fields"))
        return importFields(rest);
    if (sub == QLatin1String("ics"))
        return importIcs(session, rest);
    if (sub == QLatin1String("undo"))
        return importUndo(session, rest);
    if (sub == QLatin1String("list"))
        return importList(session, rest);
    return fail(Cli::tr("Usage: comptoir [--db FILE] import deals|companies|contacts|products|history|fields|undo|list ... "
                        "(see \"import deals --help\")"),
                ExitUsage);
}

} // namespace comptoir::app
