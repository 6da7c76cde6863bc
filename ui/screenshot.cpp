// SPDX-License-Identifier: GPL-3.0-or-later
#include "screenshot.h"

#include "deallistmodel.h"
#include "dealtableview.h"
#include "dealeditor.h"
#include "mainwindow.h"
#include "settingsdialog.h"
#include "workspace.h"

#include <QApplication>
#include <QDir>
#include <QHeaderView>
#include <QPixmap>
#include <QScrollBar>

namespace comptoir {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Screenshot)
};

} // namespace

Status renderScreenshot(std::unique_ptr<Workspace> workspace, const QString &view,
                        const QSize &size, const QString &outPng)
{
    if (!qobject_cast<QApplication *>(QCoreApplication::instance()))
        return Error::invalid(Text::tr("A screenshot needs the graphical application (QApplication)."));
    if (view.compare(QLatin1String("settings"), Qt::CaseInsensitive) == 0)
        return renderSettingsScreenshot(std::move(workspace), size, outPng);
    if (!MainWindow::viewNames().contains(view, Qt::CaseInsensitive))
        return Error::invalid(Text::tr("Unknown view \"%1\". Valid views: %2.")
                                  .arg(view, MainWindow::viewNames().join(QStringLiteral(", "))),
                              QStringLiteral("view"));
    if (size.width() < 320 || size.height() < 240 || size.width() > 7680 || size.height() > 4320)
        return Error::invalid(Text::tr("The size %1x%2 is out of range: from 320x240 to 7680x4320.")
                                  .arg(size.width())
                                  .arg(size.height()),
                              QStringLiteral("size"));

    MainWindow window(std::move(workspace), nullptr, MainWindow::Persistence::Ephemeral);
    if (const Status selected = window.selectView(view); !selected)
        return selected;
    // Laid out and polished as on screen, but never mapped: no flash on a real display.
    window.setAttribute(Qt::WA_DontShowOnScreen);
    window.resize(size);
    window.show();
    QCoreApplication::processEvents();

    // The rows in sight are read now rather than while grabbing, and the totals are summed.
    DealTableView *table = window.dealTable();
    const int first = std::max(0, table->rowAt(0));
    const int last = first
        + table->viewport()->height() / std::max(1, table->verticalHeader()->defaultSectionSize())
        + 1;
    window.dealModel()->fetchRows(first, last);
    window.refreshStatus();
    QCoreApplication::processEvents();

    const QPixmap pixmap = window.grab();
    if (pixmap.isNull() || !pixmap.save(outPng, "PNG"))
        return Error {
            Error::Code::Io,
            Text::tr("Cannot write the screenshot to %1.").arg(QDir::toNativeSeparators(outPng)),
            {},
            QStringLiteral("output")
        };
    return {};
}

namespace {

// Lays `widget` out at `size` without mapping it, grabs it and writes the PNG.
Status grabToPng(QWidget &widget, const QSize &size, const QString &outPng)
{
    if (size.width() < 320 || size.height() < 240 || size.width() > 7680 || size.height() > 4320)
        return Error::invalid(Text::tr("The size %1x%2 is out of range: from 320x240 to 7680x4320.")
                                  .arg(size.width())
                                  .arg(size.height()),
                              QStringLiteral("size"));
    widget.setAttribute(Qt::WA_DontShowOnScreen);
    widget.resize(size);
    widget.show();
    QCoreApplication::processEvents();
    const QPixmap pixmap = widget.grab();
    widget.hide();
    if (pixmap.isNull() || !pixmap.save(outPng, "PNG"))
        return Error { Error::Code::Io,
                       Text::tr("Cannot write the screenshot to %1.").arg(QDir::toNativeSeparators(outPng)),
                       {},
                       QStringLiteral("output") };
    return {};
}

} // namespace

Status renderDealScreenshot(std::unique_ptr<Workspace> workspace, qint64 dealId, const QSize &size,
                            const QString &outPng)
{
    if (!qobject_cast<QApplication *>(QCoreApplication::instance()))
        return Error::invalid(Text::tr("A screenshot needs the graphical application (QApplication)."));
    DealEditor editor(*workspace, QLocale());
    if (const Status opened = editor.openDeal(dealId); !opened)
        return opened;
    return grabToPng(editor, size, outPng);
}

Status renderSettingsScreenshot(std::unique_ptr<Workspace> workspace, const QSize &size, const QString &outPng,
                                const QString &page)
{
    if (!qobject_cast<QApplication *>(QCoreApplication::instance()))
        return Error::invalid(Text::tr("A screenshot needs the graphical application (QApplication)."));
    const auto shown = SettingsDialog::pageNamed(page.isEmpty() ? QStringLiteral("pipelines") : page);
    if (!shown)
        return Error::invalid(Text::tr("Unknown settings page \"%1\". Valid pages: %2.")
                                  .arg(page, SettingsDialog::pageNames().join(QStringLiteral(", "))),
                              QStringLiteral("page"));
    SettingsDialog dialog(*workspace);
    dialog.showPage(*shown);
    return grabToPng(dialog, size, outPng);
}

} // namespace comptoir
