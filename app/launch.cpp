// SPDX-License-Identifier: GPL-3.0-or-later
#include "launch.h"

#include "clitr.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>

#include <ctime>
#include <utility>
#include <unistd.h>

namespace comptoir::app {

namespace {

// --db and --lang are also accepted after the subcommand ("comptoir deals list --db x.db"),
// where people naturally put them; they are taken out before the subcommand parses its own.
void extractTrailingGlobals(GlobalOptions &options)
{
    QStringList rest;
    const QStringList &args = options.commandArgs;
    for (int i = 0; i < args.size(); ++i) {
        const QString &arg = args.at(i);
        bool taken = false;
        for (const auto &[name, target] : {std::pair{QStringLiteral("--db"), &options.db},
                                           std::pair{QStringLiteral("--lang"), &options.lang}}) {
            if (arg == name) {
                if (i + 1 >= args.size()) {
                    options.ok = false;
                    options.error = Cli::tr("Missing value after '%1'.")
                                        .arg(name);
                    return;
                }
                *target = args.at(++i);
                taken = true;
            } else if (arg.startsWith(name + QLatin1Char('='))) {
                *target = arg.mid(name.size() + 1);
                taken = true;
            }
        }
        if (!taken)
            rest.append(arg);
    }
    options.commandArgs = rest;
}

} // namespace

GlobalOptions parseGlobalOptions(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    const QCommandLineOption db(QStringLiteral("db"), QString(), QStringLiteral("FILE"));
    const QCommandLineOption lang(QStringLiteral("lang"), QString(), QStringLiteral("LANG"));
    const QCommandLineOption help(QStringList{QStringLiteral("h"), QStringLiteral("help")});
    const QCommandLineOption version(QStringList{QStringLiteral("v"), QStringLiteral("version")});
    parser.addOptions({db, lang, help, version});

    GlobalOptions options;
    if (!parser.parse(arguments)) {
        options.ok = false;
        options.error = parser.errorText();
        return options;
    }
    options.help = parser.isSet(help);
    options.version = parser.isSet(version);
    options.db = parser.value(db);
    options.lang = parser.value(lang);
    const QStringList positional = parser.positionalArguments();
    if (!positional.isEmpty()) {
        options.command = positional.first();
        options.commandArgs = positional.mid(1);
        extractTrailingGlobals(options);
    }
    return options;
}

AppKind appKindFor(const GlobalOptions &options)
{
    if (!options.ok || options.help || options.version)
        return AppKind::Console;
    if (options.command.isEmpty())
        return AppKind::Window;
    if (options.command == QLatin1String("screenshot"))
        return AppKind::Offscreen;
    return AppKind::Console;
}

qint64 msSinceProcessStart()
{
    QFile stat(QStringLiteral("/proc/self/stat"));
    if (!stat.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray line = stat.readAll();
    // The command name (field 2) is in parentheses and may hold spaces: count from after it.
    const qsizetype close = line.lastIndexOf(')');
    if (close < 0)
        return -1;
    const QList<QByteArray> fields = line.mid(close + 2).split(' ');
    constexpr int StartTimeField = 22 - 3; // fields from the state (3rd) on
    if (fields.size() <= StartTimeField)
        return -1;
    bool ok = false;
    const qint64 startTicks = fields.at(StartTimeField).toLongLong(&ok);
    const long ticksPerSecond = sysconf(_SC_CLK_TCK);
    timespec now {};
    // The kernel counts the start time on the boot-time clock (suspend included).
    if (!ok || ticksPerSecond <= 0 || clock_gettime(CLOCK_BOOTTIME, &now) != 0)
        return -1;
    const qint64 nowMs = qint64(now.tv_sec) * 1000 + now.tv_nsec / 1000000;
    const qint64 elapsed = nowMs - startTicks * 1000 / ticksPerSecond;
    return elapsed >= 0 ? elapsed : -1;
}

} // namespace comptoir::app
