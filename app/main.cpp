// SPDX-License-Identifier: GPL-3.0-or-later
// comptoir: the window by default, headless subcommands otherwise ("comptoir --help").
#include "cli.h"
#include "i18n.h"
#include "launch.h"
#include "mallocsettings.h"
#include "sqlitebind.h"
#include "window.h"

#include <QApplication>
#include <QCoreApplication>
#include <QElapsedTimer>

#include <memory>

using namespace comptoir::app;

int main(int argc, char *argv[])
{
    comptoir::configureSqlite();
    comptoir::configureMalloc();
    QElapsedTimer sinceMain;
    sinceMain.start();

    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    // Decided before any application object exists: subcommands must run without a display.
    const AppKind kind = appKindFor(parseGlobalOptions(arguments));
    if (kind == AppKind::Offscreen && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    std::unique_ptr<QCoreApplication> app;
    if (kind == AppKind::Console)
        app = std::make_unique<QCoreApplication>(argc, argv);
    else
        app = std::make_unique<QApplication>(argc, argv);
    // Where QSettings and QStandardPaths::AppDataLocation (the default database) live.
    // The same names as the ui's QSettings("Comptoir", "Comptoir").
    QCoreApplication::setOrganizationName(QStringLiteral("Comptoir"));
    QCoreApplication::setApplicationName(QStringLiteral("Comptoir"));
    QCoreApplication::setApplicationVersion(QStringLiteral(COMPTOIR_VERSION));

    // Parsed again now that translations can be loaded: error messages come out translated.
    GlobalOptions options = parseGlobalOptions(arguments);
    auto locale = localeForLanguage(options.lang, kind != AppKind::Console);
    if (!locale)
        return fail(locale.error().message, ExitUsage);
    installTranslations(*locale);
    options = parseGlobalOptions(arguments);

    if (kind == AppKind::Window)
        return runWindow(options, sinceMain);
    return runCommand(options);
}
