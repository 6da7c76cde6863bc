// SPDX-License-Identifier: GPL-3.0-or-later
// comptoir-bench NAME --db FILE [--runs N] [--deals N] [--seed S] [--app PATH]
// Prints one JSON line per figure on stdout; errors go to stderr with a non-zero exit code.

#include "benchmarks.h"
#include "mallocsettings.h"
#include "sqlitebind.h"

#include <QCommandLineParser>
#include <QApplication>

#include <cstdio>
#include <functional>
#include <limits>
#include <map>

using namespace comptoir::bench;

int main(int argc, char *argv[])
{
    // The models live in QtGui, the board benches paint widgets; windows are never mapped, so
    // no display is needed.
    comptoir::configureSqlite();
    comptoir::configureMalloc();
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("comptoir-bench"));

    using Bench = std::function<comptoir::Result<QList<Figure>>(const Options &)>;
    const std::map<QString, Bench> benches {
        { QStringLiteral("demo"), demoBench },
        { QStringLiteral("startup"), startupBench },
        { QStringLiteral("list_open"), listOpenBench },
        { QStringLiteral("list_sort"), listSortBench },
        { QStringLiteral("list_sort_custom"), listSortCustomBench },
        { QStringLiteral("list_sort_company"), listSortCompanyBench },
        { QStringLiteral("list_jump"), listJumpBench },
        { QStringLiteral("import"), importBench },
        { QStringLiteral("import_ui"), importUiBench },
        { QStringLiteral("filter_indexed"), filterIndexedBench },
        { QStringLiteral("filter_unindexed"), filterUnindexedBench },
        { QStringLiteral("count"), countBench },
        { QStringLiteral("search_keystroke"), searchKeystrokeBench },
        { QStringLiteral("export"), exportBench },
        { QStringLiteral("board_open"), boardOpenBench },
        { QStringLiteral("board_move"), boardMoveBench },
        { QStringLiteral("board_scroll"), boardScrollBench },
        { QStringLiteral("activities_open"), activitiesOpenBench },
        { QStringLiteral("activities_move"), activitiesMoveBench },
        { QStringLiteral("calendar_month"), calendarMonthBench },
        { QStringLiteral("scroll_memory"), scrollMemoryBench },
        { QStringLiteral("export_all"), exportAllBench },
    };
    QStringList names;
    for (const auto &[name, bench] : benches)
        names << name;

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Comptoir benchmarks. One JSON line per figure."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("NAME"), names.join(QStringLiteral(", ")));
    const QCommandLineOption dbOption(QStringLiteral("db"), QStringLiteral("Database file."),
                                      QStringLiteral("FILE"));
    const QCommandLineOption runsOption(
        QStringLiteral("runs"), QStringLiteral("Number of timed runs."), QStringLiteral("N"));
    const QCommandLineOption dealsOption(QStringLiteral("deals"),
                                         QStringLiteral("Deals to generate (demo)."),
                                         QStringLiteral("N"), QStringLiteral("1000000"));
    const QCommandLineOption seedOption(QStringLiteral("seed"), QStringLiteral("Demo seed (demo)."),
                                        QStringLiteral("S"), QStringLiteral("1"));
    const QCommandLineOption appOption(QStringLiteral("app"),
                                       QStringLiteral("The comptoir executable (startup)."),
                                       QStringLiteral("PATH"));
    const QCommandLineOption rowsOption(QStringLiteral("rows"),
                                        QStringLiteral("Rows of the generated CSV (import)."),
                                        QStringLiteral("N"), QStringLiteral("100000"));
    parser.addOptions({ dbOption, runsOption, dealsOption, seedOption, appOption, rowsOption });
    parser.process(app);

    const QStringList positional = parser.positionalArguments();
    const auto bench = positional.size() == 1 ? benches.find(positional.first()) : benches.end();
    if (bench == benches.end()) {
        std::fprintf(stderr, "Give one benchmark name: %s\n",
                     qPrintable(names.join(QStringLiteral(", "))));
        return 2;
    }
    Options options;
    options.db = parser.value(dbOption);
    if (options.db.isEmpty()) {
        std::fprintf(stderr, "--db FILE is required\n");
        return 2;
    }
    bool ok = true;
    auto number = [&parser, &ok](const QCommandLineOption &option, qint64 lowest) {
        bool valid = false;
        const qint64 value = parser.value(option).toLongLong(&valid);
        if (!valid || value < lowest || value > std::numeric_limits<int>::max()) {
            std::fprintf(stderr, "--%s: \"%s\" is not a whole number of at least %lld\n",
                         qPrintable(option.names().first()), qPrintable(parser.value(option)),
                         lowest);
            ok = false;
        }
        return value;
    };
    if (parser.isSet(runsOption))
        options.runs = int(number(runsOption, 1));
    options.deals = int(number(dealsOption, 0));
    options.seed = quint32(number(seedOption, 0));
    options.app = parser.value(appOption);
    options.rows = int(number(rowsOption, 1));
    if (!ok)
        return 2;

    const auto figures = bench->second(options);
    if (!figures) {
        std::fprintf(stderr, "%s: %s\n", qPrintable(bench->first),
                     qPrintable(figures.error().fullText()));
        return 1;
    }
    for (const Figure &figure : *figures)
        std::printf("%s\n", toJsonLine(figure).constData());
    return 0;
}
