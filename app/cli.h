// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"
#include "workspace.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QStringList>
#include <QTextStream>

#include <memory>
#include <optional>

namespace comptoir::app {

struct GlobalOptions;

enum ExitCode {
    ExitOk = 0,
    ExitFailure = 1, // bad input, not found, refused by a rule or by the database
    ExitUsage = 2, // the command line itself is wrong
};

QTextStream &out();
QTextStream &err();
// Prints "comptoir: message" on stderr and returns the exit code that goes with the error.
int fail(const Error &error);
int fail(const QString &message, int code = ExitFailure);

// The database a command works on, opened when a command first needs it so that usage errors
// never touch the file.
class Session final
{
public:
    explicit Session(QString dbPath) : m_dbPath(std::move(dbPath)) { }

    QString dbPath() const { return m_dbPath; }
    // Prints the refusal and returns nullptr when the database cannot be opened.
    Workspace *workspace();
    // Hands the open workspace over (the screenshot window owns it).
    std::unique_ptr<Workspace> takeWorkspace();

private:
    QString m_dbPath;
    std::unique_ptr<Workspace> m_workspace;
};

// One subcommand's arguments: its options, its positional arguments and its help.
class CommandParser final
{
public:
    // synopsis: "deals add --title T [--amount A] ..." (after "comptoir [--db FILE] ").
    CommandParser(QString synopsis, QString description);
    void addOption(const QCommandLineOption &option);
    // Parses; on --help prints the help, on a mistake prints it with the synopsis. Returns the
    // exit code to stop with, or nothing to go on. Expects `min`..`max` positional arguments.
    std::optional<int> parse(const QStringList &args, int minPositional, int maxPositional);

    bool isSet(const QCommandLineOption &option) const { return m_parser.isSet(option); }
    QString value(const QCommandLineOption &option) const { return m_parser.value(option); }
    QStringList values(const QCommandLineOption &option) const { return m_parser.values(option); }
    QStringList positional() const { return m_parser.positionalArguments(); }
    QString usageLine() const;

private:
    QString helpText() const;
    QString m_synopsis;
    QString m_description;
    QList<QCommandLineOption> m_options;
    QCommandLineParser m_parser;
};

// The --json option every listing command shares.
QCommandLineOption jsonOption();

// Runs a subcommand (the window is not one). Returns the process exit code.
int runCommand(const GlobalOptions &options);

// The subcommands, each given the arguments after its name(s).
int runDemo(Session &session, const QStringList &args);
int runDeals(Session &session, const QStringList &args);
int runPipelines(Session &session, const QStringList &args);
int runReport(Session &session, const QStringList &args);
int runCheck(Session &session, const QStringList &args);
int runScreenshot(Session &session, const QStringList &args);

} // namespace comptoir::app
