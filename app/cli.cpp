// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli.h"

#include "clilist.h"
#include "clitr.h"
#include "launch.h"

#include <cstdio>

namespace comptoir::app {

int runImport(Session &session, const QStringList &args); // cliimport.cpp
int runFields(Session &session, const QStringList &args); // clifields.cpp
int runProducts(Session &session, const QStringList &args); // cliproducts.cpp
int runActivities(Session &session, const QStringList &args); // cliactivities.cpp
int runCalendar(Session &session, const QStringList &args); // clicalendar.cpp

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

int fail(const QString &message, int code)
{
    out().flush(); // keep what was printed before the error in order
    err() << QStringLiteral("comptoir: ") << message << Qt::endl;
    return code;
}

int fail(const Error &error)
{
    return fail(error.fullText(), ExitFailure);
}

Workspace *Session::workspace()
{
    if (!m_workspace) {
        const QString path = m_dbPath.isEmpty() ? Database::defaultPath() : m_dbPath;
        auto opened = Workspace::open(path);
        if (!opened) {
            fail(opened.error());
            return nullptr;
        }
        m_workspace = std::move(opened).value();
    }
    return m_workspace.get();
}

std::unique_ptr<Workspace> Session::takeWorkspace()
{
    workspace();
    return std::move(m_workspace);
}

CommandParser::CommandParser(QString synopsis, QString description)
    : m_synopsis(std::move(synopsis)), m_description(std::move(description))
{
    // Options after positional arguments are options ("deals show 3 --json").
    m_parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsOptions);
    addOption(QCommandLineOption(QStringList{QStringLiteral("h"), QStringLiteral("help")}, Cli::tr("Show this help.")));
}

void CommandParser::addOption(const QCommandLineOption &option)
{
    m_options.append(option);
    m_parser.addOption(option);
}

QString CommandParser::usageLine() const
{
    return Cli::tr("Usage: comptoir [--db FILE] %1").arg(m_synopsis);
}

QString CommandParser::helpText() const
{
    QStringList names;
    int width = 0;
    for (const QCommandLineOption &option : m_options) {
        QStringList forms;
        for (const QString &name : option.names())
            forms.append((name.size() == 1 ? QStringLiteral("-") : QStringLiteral("--")) + name);
        QString text = forms.join(QStringLiteral(", "));
        if (!option.valueName().isEmpty())
            text += QLatin1Char(' ') + option.valueName();
        width = std::max(width, int(text.size()));
        names.append(text);
    }
    QString help = usageLine() + QStringLiteral("\n\n") + m_description + QStringLiteral("\n\n")
                   + Cli::tr("Options:") + QLatin1Char('\n');
    for (int i = 0; i < m_options.size(); ++i)
        help += QStringLiteral("  ") + names.at(i).leftJustified(width + 2) + m_options.at(i).description()
                + QLatin1Char('\n');
    return help;
}

std::optional<int> CommandParser::parse(const QStringList &args, int minPositional, int maxPositional)
{
    // QCommandLineParser skips the first element, the program name.
    if (!m_parser.parse(QStringList{QStringLiteral("comptoir")} + args))
        return fail(m_parser.errorText() + QLatin1Char('\n') + usageLine(), ExitUsage);
    if (m_parser.isSet(QStringLiteral("help"))) {
        out() << helpText();
        out().flush();
        return ExitOk;
    }
    const QStringList positional = m_parser.positionalArguments();
    if (positional.size() < minPositional)
        return fail(Cli::tr("Missing argument.") + QLatin1Char('\n') + usageLine(), ExitUsage);
    if (maxPositional >= 0 && positional.size() > maxPositional) {
        return fail(Cli::tr("Unexpected argument '%1'.").arg(positional.at(maxPositional)) + QLatin1Char('\n')
                        + usageLine(),
                    ExitUsage);
    }
    return std::nullopt;
}

QCommandLineOption jsonOption()
{
    return QCommandLineOption(QStringLiteral("json"), Cli::tr("Print JSON instead of text."));
}

namespace {

QString globalHelp()
{
    // Two columns: the synopsis and what it does; long synopses take their own line.
    const QList<std::pair<QString, QString>> commands = {
        {QStringLiteral("demo [--deals N] [--seed S]"), Cli::tr("add realistic demo data")},
        {QStringLiteral("deals list [--search TEXT] [--stage S] [--group won|lost|open]\n"
                        "          [--responsible R] [--min-amount X] [--max-amount Y] [--repeat|--new]\n"
                        "          [--created-from D] [--created-to D] [--filter SAVED]\n"
                        "          [--sort FIELD[:desc]] [--limit N] [--deleted] [--json]"),
         Cli::tr("list deals")},
        {QStringLiteral("deals count [same filters] [--json]"), Cli::tr("count and total the deals")},
        {QStringLiteral("deals bulk [same filters] (--set FIELD=V | --close won|lost\n"
                        "          | --delete)"),
         Cli::tr("change every matching deal")},
        {QStringLiteral("deals delete|restore|purge ID"), Cli::tr("the recycle bin")},
        {QStringLiteral("deals show ID [--json]"), Cli::tr("a deal's fields and history")},
        {QStringLiteral("deals add --title T [--amount A] [--currency C] [--pipeline P]\n"
                        "          [--stage S] [--contact NAME] [--company NAME] [--json]"),
         Cli::tr("create a deal")},
        {QStringLiteral("deals update ID --field NAME=VALUE ..."), Cli::tr("change fields of a deal")},
        {QStringLiteral("deals move ID STAGE"), Cli::tr("move a deal to a stage")},
        {QStringLiteral("deals close ID (--won | --lost [--reason R])"), Cli::tr("close a deal")},
        {QStringLiteral("deals reopen ID [--stage S]"), Cli::tr("reopen a closed deal")},
        {QStringLiteral("pipelines list [--json]"), Cli::tr("pipelines with their stages")},
        {QStringLiteral("fields list [--json]"), Cli::tr("the custom fields of deals")},
        {QStringLiteral("fields add --name N --type T [--options A|B|C] [--required]\n"
                        "          [--currency C] [--pipeline P] [--json]"),
         Cli::tr("add a custom field")},
        {QStringLiteral("fields remove FIELD"), Cli::tr("delete a custom field and its values")},
        {QStringLiteral("products list [--all] [--json]"), Cli::tr("the product catalogue")},
        {QStringLiteral("products add --name N --price X [--currency C] [--tax R%]\n"
                        "          [--tax-included] [--json]"),
         Cli::tr("add a product to the catalogue")},
        {QStringLiteral("deals products DEAL list [--json]"), Cli::tr("a deal's product rows and totals")},
        {QStringLiteral("deals products DEAL add (--product P | --name TEXT) [--qty Q]\n"
                        "          [--price X] [--discount D%|AMOUNT] [--tax R%] [--json]"),
         Cli::tr("add a product row to a deal")},
        {QStringLiteral("deals products DEAL remove ROW"), Cli::tr("remove a product row")},
        {QStringLiteral("activities add DEAL --type call|meeting|task|email|todo\n"
                        "          --subject S [--due DATETIME] [--duration MIN]\n"
                        "          [--remind 0|15m|1h|1d] [--json]"),
         Cli::tr("plan an activity on a deal")},
        {QStringLiteral("activities done ID [--json]"), Cli::tr("mark an activity done, propose the next")},
        {QStringLiteral("activities list DEAL [--json]"), Cli::tr("a deal's activities")},
        {QStringLiteral("report activities [same filters] [--json]"), Cli::tr("the Activities board's six columns")},
        {QStringLiteral("calendar --from D --to D [--field close_date|begin_date|created\n"
                        "          |activities] [same filters] [--json]"),
         Cli::tr("deals or activities day by day")},
        {QStringLiteral("export activities OUT.ics [same filters]"), Cli::tr("open activities to iCalendar")},
        {QStringLiteral("import ics IN.ics --deal ID"), Cli::tr("iCalendar events as meetings of a deal")},
        {QStringLiteral("export deals OUT.csv [same filters] [--excel] [--all-fields]"), Cli::tr("deals to CSV")},
        {QStringLiteral("report pipeline [--pipeline P] [--json]"), Cli::tr("deals and totals per stage")},
        {QStringLiteral("check [--json]"), Cli::tr("check the database")},
        {QStringLiteral("import deals|companies|contacts|products|history|fields|undo|list ..."), Cli::tr("import deals, companies, contacts, products or deal history from CSV files, undo an import")},
        {QStringLiteral("screenshot --view list [--size WxH] OUT.png"), Cli::tr("render the window to a PNG")},
        {QStringLiteral("screenshot --view settings [--page products]\n            [--size WxH] OUT.png"),
         Cli::tr("render a page of the settings dialog to a PNG")},
    };
    constexpr int Column = 48;
    QString help = Cli::tr("Usage: comptoir [--db FILE] [--lang fr|en] [COMMAND ...]") + QStringLiteral("\n\n")
                   + Cli::tr("Comptoir, a desktop CRM for deals. Without a command, opens the window.")
                   + QStringLiteral("\n\n") + Cli::tr("Options:") + QLatin1Char('\n');
    const QList<std::pair<QString, QString>> options = {
        {QStringLiteral("--db FILE"), Cli::tr("the database (default: %1)").arg(Database::defaultPath())},
        {QStringLiteral("--lang fr|en"), Cli::tr("language of texts, amounts and dates (default: the system's)")},
        {QStringLiteral("-h, --help"), Cli::tr("show this help")},
        {QStringLiteral("-v, --version"), Cli::tr("show the version")},
    };
    for (const auto &[name, text] : options)
        help += QStringLiteral("  ") + name.leftJustified(Column) + text + QLatin1Char('\n');
    help += QLatin1Char('\n') + Cli::tr("Commands:") + QLatin1Char('\n');
    for (const auto &[synopsis, text] : commands) {
        const QStringList lines = synopsis.split(QLatin1Char('\n'));
        for (int i = 0; i < lines.size() - 1; ++i)
            help += QStringLiteral("  ") + lines.at(i) + QLatin1Char('\n');
        const QString last = lines.last();
        if (last.size() < Column)
            help += QStringLiteral("  ") + last.leftJustified(Column) + text + QLatin1Char('\n');
        else
            help += QStringLiteral("  ") + last + QLatin1Char('\n') + QString(Column + 2, QLatin1Char(' ')) + text
                    + QLatin1Char('\n');
    }
    help += QLatin1Char('\n') + Cli::tr("\"comptoir COMMAND --help\" describes a command.") + QLatin1Char('\n');
    return help;
}

} // namespace

int runCommand(const GlobalOptions &options)
{
    if (!options.ok)
        return fail(options.error + QLatin1Char('\n') + Cli::tr("Try \"comptoir --help\"."), ExitUsage);
    if (options.help) {
        out() << globalHelp();
        return ExitOk;
    }
    if (options.version) {
        out() << QStringLiteral("comptoir %1\n").arg(QStringLiteral(COMPTOIR_VERSION));
        return ExitOk;
    }
    using Runner = int (*)(Session &, const QStringList &);
    const QList<std::pair<QString, Runner>> commands = {
        {QStringLiteral("demo"), &runDemo},
        {QStringLiteral("deals"), &runDeals},
        {QStringLiteral("pipelines"), &runPipelines},
        {QStringLiteral("report"), &runReport},
        {QStringLiteral("export"), &runExport},
        {QStringLiteral("check"), &runCheck},
        {QStringLiteral("import"), &runImport},
        {QStringLiteral("fields"), &runFields},
        {QStringLiteral("products"), &runProducts},
        {QStringLiteral("activities"), &runActivities},
        {QStringLiteral("calendar"), &runCalendar},
        {QStringLiteral("screenshot"), &runScreenshot},
    };
    for (const auto &[name, runner] : commands) {
        if (name == options.command) {
            Session session(options.db);
            const int code = runner(session, options.commandArgs);
            out().flush();
            return code;
        }
    }
    return fail(Cli::tr("Unknown command '%1'. Try \"comptoir --help\".").arg(options.command), ExitUsage);
}

} // namespace comptoir::app
