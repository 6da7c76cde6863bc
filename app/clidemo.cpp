// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli.h"
#include "clitr.h"
#include "demo.h"

#include <QElapsedTimer>

#include <cstdio>
#include <unistd.h>

namespace comptoir::app {

int runDemo(Session &session, const QStringList &args)
{
    CommandParser parser(QStringLiteral("demo [--deals N] [--seed S]"),
                         Cli::tr("Adds believable demo data: companies, contacts, deals over the last two years "
                                 "and their activities. The same seed gives the same data."));
    const QCommandLineOption deals(QStringLiteral("deals"), Cli::tr("How many deals (default %1).").arg(DemoOptions().deals),
                                   QStringLiteral("N"));
    const QCommandLineOption seed(QStringLiteral("seed"), Cli::tr("Seed of the random choices (default %1).")
                                                              .arg(DemoOptions().seed),
                                  QStringLiteral("S"));
    parser.addOption(deals);
    parser.addOption(seed);
    if (auto code = parser.parse(args, 0, 0))
        return *code;
    DemoOptions options;
    bool ok = true;
    if (parser.isSet(deals)) {
        options.deals = parser.value(deals).toInt(&ok);
        if (!ok || options.deals < 0)
            return fail(Cli::tr("'%1' is not a number of deals.").arg(parser.value(deals)), ExitUsage);
    }
    if (parser.isSet(seed)) {
        options.seed = parser.value(seed).toUInt(&ok);
        if (!ok)
            return fail(Cli::tr("'%1' is not a seed: give a whole number.").arg(parser.value(seed)), ExitUsage);
    }
    Workspace *ws = session.workspace();
    if (!ws)
        return ExitFailure;

    // On a terminal the progress line rewrites itself; in a log it gets a line per tenth.
    const bool terminal = isatty(fileno(stderr));
    int lastTenth = -1;
    options.progress = [terminal, &lastTenth](int done, int total) {
        const int tenth = total > 0 ? int(qint64(done) * 10 / total) : 10;
        if (tenth == lastTenth)
            return;
        lastTenth = tenth;
        err() << Cli::tr("demo: %1 of %2 deals").arg(QLocale().toString(done), QLocale().toString(total))
              << (terminal ? "\r" : "\n");
        err().flush();
    };
    QElapsedTimer timer;
    timer.start();
    auto stats = generateDemo(ws->db(), ws->clock(), options);
    if (terminal && lastTenth >= 0)
        err() << Qt::endl;
    if (!stats)
        return fail(stats.error());
    const QLocale locale;
    out() << Cli::tr("Added %1 deals (%2 won, %3 repeat), %4 companies, %5 contacts and %6 activities in %7 s.")
                 .arg(locale.toString(stats->deals), locale.toString(stats->won), locale.toString(stats->repeat),
                      locale.toString(stats->companies), locale.toString(stats->contacts),
                      locale.toString(stats->activities), locale.toString(timer.elapsed() / 1000.0, 'f', 1))
          << QLatin1Char('\n');
    return ExitOk;
}

} // namespace comptoir::app
