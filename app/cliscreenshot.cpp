// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli.h"
#include "clitr.h"
#include "screenshot.h"
#include "settingsdialog.h"

#include <QRegularExpression>
#include <QSize>

namespace comptoir::app {

int runScreenshot(Session &session, const QStringList &args)
{
    CommandParser parser(QStringLiteral("screenshot (--view VIEW [--page PAGE] | --deal ID) [--size WxH] OUT.png"),
                         Cli::tr("Renders the main window offscreen, showing a view, into a PNG file."));
    const QCommandLineOption view(QStringLiteral("view"), Cli::tr("The view to show (default: list)."),
                                  QStringLiteral("VIEW"), QStringLiteral("list"));
    const QCommandLineOption size(QStringLiteral("size"), Cli::tr("Window size in pixels (default: 1280x800)."),
                                  QStringLiteral("WxH"), QStringLiteral("1280x800"));
    const QCommandLineOption deal(QStringLiteral("deal"), Cli::tr("Show the deal editor on this deal instead of a view."),
                                  QStringLiteral("ID"));
    const QCommandLineOption page(QStringLiteral("page"),
                                  Cli::tr("With --view settings, the page to show: %1 (default: pipelines).")
                                      .arg(SettingsDialog::pageNames().join(QStringLiteral(", "))),
                                  QStringLiteral("PAGE"));
    parser.addOption(view);
    parser.addOption(page);
    parser.addOption(size);
    parser.addOption(deal);
    if (auto code = parser.parse(args, 1, 1))
        return *code;
    static const QRegularExpression sizePattern(QStringLiteral("^(\\d{1,5})x(\\d{1,5})$"));
    const auto match = sizePattern.match(parser.value(size));
    const QSize pixels = match.hasMatch() ? QSize(match.captured(1).toInt(), match.captured(2).toInt()) : QSize();
    if (pixels.width() < 1 || pixels.height() < 1 || pixels.width() > 10000 || pixels.height() > 10000) {
        return fail(Cli::tr("'%1' is not a window size: give WIDTHxHEIGHT in pixels, such as 1280x800.")
                        .arg(parser.value(size)),
                    ExitUsage);
    }
    const bool settingsView = parser.value(view).compare(QLatin1String("settings"), Qt::CaseInsensitive) == 0;
    if (parser.isSet(page) && (!settingsView || parser.isSet(deal)))
        return fail(Cli::tr("--page goes with --view settings."), ExitUsage);
    auto workspace = session.takeWorkspace();
    if (!workspace)
        return ExitFailure;
    const QString target = parser.positional().first();
    bool dealOk = false;
    const qint64 dealId = parser.value(deal).toLongLong(&dealOk);
    if (parser.isSet(deal) && (!dealOk || dealId <= 0))
        return fail(Cli::tr("'%1' is not a deal id.").arg(parser.value(deal)), ExitUsage);
    const Status rendered = parser.isSet(deal)
        ? renderDealScreenshot(std::move(workspace), dealId, pixels, target)
        : settingsView ? renderSettingsScreenshot(std::move(workspace), pixels, target, parser.value(page))
                       : renderScreenshot(std::move(workspace), parser.value(view), pixels, target);
    if (!rendered)
        return fail(rendered.error());
    out() << Cli::tr("Wrote %1 (%2x%3 pixels).").arg(target).arg(pixels.width()).arg(pixels.height())
          << QLatin1Char('\n');
    return ExitOk;
}

} // namespace comptoir::app
