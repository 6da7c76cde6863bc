// SPDX-License-Identifier: GPL-3.0-or-later
#include "importactions.h"

#include "boardmodel.h"
#include "deallistmodel.h"
#include "importhistorydialog.h"
#include "importwizard.h"
#include "mainwindow.h"

#include <QCoreApplication>
#include <QPushButton>
#include <QStatusBar>

namespace comptoir {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ImportActions)
};

// Views on the database read it again after an import or an undo, which wrote through
// another connection.
void refreshViews(MainWindow *window)
{
    window->dealModel()->reload();
    if (BoardModel *board = window->boardModel())
        board->reload();
    window->refreshStatus();
}

} // namespace

void showImportWizard(MainWindow *window)
{
    auto *wizard = new ImportWizard(window->workspace(), window);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    QObject::connect(wizard, &ImportWizard::databaseChanged, window, [window] { refreshViews(window); });
    QObject::connect(wizard, &ImportWizard::showDealsRequested, window,
                     [window](Id importId) { showImportedDeals(window, importId); });
    wizard->open();
}

void showImportHistory(MainWindow *window)
{
    auto *dialog = new ImportHistoryDialog(window->workspace(), window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    QObject::connect(dialog, &ImportHistoryDialog::databaseChanged, window, [window] { refreshViews(window); });
    QObject::connect(dialog, &ImportHistoryDialog::showDealsRequested, window,
                     [window](Id importId) { showImportedDeals(window, importId); });
    dialog->open();
}

void showImportedDeals(MainWindow *window, Id importId)
{
    // Only this import's deals, whatever the other criteria said: the seller wants to see
    // what came in.
    DealFilter filter;
    filter.importId = importId;
    window->dealModel()->setFilter(filter);
    (void)window->selectView(QStringLiteral("list"));
    window->refreshStatus();

    auto *chip = window->statusBar()->findChild<QPushButton *>(QStringLiteral("importFilterButton"));
    if (!chip) {
        chip = new QPushButton(window->statusBar());
        chip->setObjectName(QStringLiteral("importFilterButton"));
        chip->setFlat(true);
        chip->setToolTip(Text::tr("Show every deal again"));
        window->statusBar()->addPermanentWidget(chip);
        QObject::connect(chip, &QPushButton::clicked, window, [window, chip] {
            DealFilter filter = window->dealModel()->filter();
            filter.importId.reset();
            window->dealModel()->setFilter(filter);
            window->refreshStatus();
            chip->deleteLater();
        });
    }
    chip->setText(Text::tr("Import %1 only  ✕").arg(importId));
    chip->show();
}

} // namespace comptoir
