// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "import/importservice.h"
#include "result.h"

#include <QWizardPage>

class QCheckBox;

class QLabel;
class QProgressBar;
class QTableWidget;

namespace comptoir {

class ImportWizard;

// Step 4: the whole import simulated (nothing written): per row what it will do, and each
// error with its line, column and reason. The import is all or nothing, so it waits until
// there are no errors left.
class ImportDryRunPage final : public QWizardPage
{
    Q_OBJECT
public:
    explicit ImportDryRunPage(ImportWizard *wizard);

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;
    bool isRunning() const { return m_running; }

Q_SIGNALS:
    void dryRunFinished();

private:
    void finished(const Result<import::ImportSummary> &summary);
    void showOutcomes(const import::ImportSummary &summary);

    ImportWizard *m_wizard;
    QLabel *m_counts;
    QProgressBar *m_progress;
    QTableWidget *m_table;
    QLabel *m_note;
    QCheckBox *m_skipErrors;
    bool m_running = false;
};

// Human words for what a row does.
QString rowActionText(import::RowAction action);

} // namespace comptoir
