// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "import/importservice.h"
#include "result.h"

#include <QElapsedTimer>
#include <QWizardPage>

class QLabel;
class QProgressBar;
class QPushButton;

namespace comptoir {

class ImportWizard;

// Step 5: the import itself, on a worker thread, with a progress bar and Cancel (which leaves
// the database exactly as it was).
class ImportRunPage final : public QWizardPage
{
    Q_OBJECT
public:
    explicit ImportRunPage(ImportWizard *wizard);

    void initializePage() override;
    bool isComplete() const override;
    bool isRunning() const { return m_running; }

Q_SIGNALS:
    void importFinished();

private:
    void start();
    void finished(const Result<import::ImportSummary> &summary);

    ImportWizard *m_wizard;
    QLabel *m_status;
    QProgressBar *m_progress;
    QPushButton *m_cancel;
    QPushButton *m_again;
    QElapsedTimer m_clock;
    bool m_running = false;
};

// Step 6: what the import did, with "Show these deals" and "Undo import".
class ImportSummaryPage final : public QWizardPage
{
    Q_OBJECT
public:
    explicit ImportSummaryPage(ImportWizard *wizard);

    void initializePage() override;

Q_SIGNALS:
    void undoFinished(bool ok);

private:
    void undo();

    ImportWizard *m_wizard;
    QLabel *m_text;
    QPushButton *m_show;
    QPushButton *m_undo;
};

} // namespace comptoir
