// SPDX-License-Identifier: GPL-3.0-or-later
// "export deals OUT.csv": the filtered deals to a CSV file.
#include "clilist.h"

#include "clitr.h"
#include "dealexport.h"

#include <QSaveFile>

namespace comptoir::app {

int exportActivitiesIcs(Session &session, const QStringList &args); // clicalendar.cpp

int runExport(Session &session, const QStringList &args)
{
    if (args.value(0) == u"activities")
        return exportActivitiesIcs(session, args.mid(1));
    if (args.value(0) != u"deals") {
        if (args.value(0) == u"--help" || args.value(0) == u"-h") {
            out() << Cli::tr("Usage: comptoir [--db FILE] export deals OUT.csv ...") << QLatin1Char('\n');
            return ExitOk;
        }
        return fail(Cli::tr("Only deals can be exported: comptoir export deals OUT.csv."), ExitUsage);
    }
    CommandParser parser(QStringLiteral("export deals OUT.csv ") + FilterOptions::synopsis()
                             + QStringLiteral(" [--sort FIELD[:desc]] [--fields F,F,...] [--all-fields] [--excel]"),
                         Cli::tr("Writes the matching deals to a CSV file (UTF-8, comma), or for Excel with --excel "
                                 "(byte-order mark; semicolon and decimal comma in languages that write 1,5)."));
    FilterOptions filters;
    filters.addTo(parser);
    const QCommandLineOption sortOpt(QStringLiteral("sort"), Cli::tr("Sort by this field, :desc for descending."),
                                     QStringLiteral("FIELD[:desc]"));
    const QCommandLineOption fieldsOpt(QStringLiteral("fields"),
                                       Cli::tr("The columns, comma-separated, among: %1, and the custom fields "
                                               "(by name or key, as \"fields list\" shows them).")
                                           .arg(exportFieldKeys().join(QStringLiteral(", "))),
                                       QStringLiteral("F,F,..."));
    const QCommandLineOption allOpt(QStringLiteral("all-fields"), Cli::tr("Every field of the deals, custom fields included."));
    const QCommandLineOption excelOpt(QStringLiteral("excel"), Cli::tr("The flavour Excel opens directly."));
    for (const auto &option : {sortOpt, fieldsOpt, allOpt, excelOpt})
        parser.addOption(option);
    if (auto code = parser.parse(args.mid(1), 1, 1))
        return *code;
    auto sort = parseSort(parser.value(sortOpt), DealSort{DealColumn::Id, false});
    if (!sort)
        return fail(sort.error());
    ExportOptions options;
    options.locale = QLocale();
    options.flavour = parser.isSet(excelOpt) ? CsvFlavour::Excel : CsvFlavour::Utf8;

    Workspace *ws = session.workspace();
    if (!ws)
        return ExitFailure;
    // The custom fields of this database are columns too: by key ("cf_3") or by name.
    auto allFields = exportFieldKeys(ws->db());
    if (!allFields)
        return fail(allFields.error());
    if (parser.isSet(allOpt)) {
        options.fields = *allFields;
    } else if (parser.isSet(fieldsOpt)) {
        for (const QString &part : parser.value(fieldsOpt).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const QString f = part.trimmed();
            if (exportFieldKeys().contains(f, Qt::CaseInsensitive)) {
                options.fields << f;
            } else if (auto custom = ws->customFields().resolve(f)) {
                options.fields << custom->key();
            } else {
                QStringList known = exportFieldKeys();
                if (auto custom = ws->customFields().fields()) {
                    for (const CustomField &field : std::as_const(*custom))
                        known << field.name;
                }
                return fail(Cli::tr("--fields: unknown field '%1'. Fields: %2.").arg(f, known.join(QStringLiteral(", "))));
            }
        }
    }
    auto filter = filters.filter(*ws, parser);
    if (!filter)
        return fail(filter.error());
    const QString path = parser.positional().first();
    // Written aside and renamed at the end: a failed export never leaves half a file.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(Cli::tr("Cannot write “%1”: %2").arg(path, file.errorString()));
    auto written = exportDeals(ws->db(), ws->actor(), *filter, *sort, &file, options);
    if (!written)
        return fail(written.error());
    if (!file.commit())
        return fail(Cli::tr("Cannot write “%1”: %2").arg(path, file.errorString()));
    out() << Cli::tr("%Ln deal(s) exported to %1.", nullptr, int(*written)).arg(path)
          << QLatin1Char('\n');
    return ExitOk;
}

} // namespace comptoir::app
