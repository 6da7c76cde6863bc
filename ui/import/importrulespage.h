// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "entities.h"
#include "importscan.h"

#include <QList>
#include <QWizardPage>
#include <atomic>
#include <thread>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableWidget;

namespace comptoir {

class ImportWizard;

// Step 3: how values are written (numbers, currency, dates, with a warning when dates read
// two ways), where stage values go, and how clients are recognised.
class ImportRulesPage final : public QWizardPage
{
    Q_OBJECT
public:
    explicit ImportRulesPage(ImportWizard *wizard);
    ~ImportRulesPage() override;

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;
    // True while the file is being read for its dates and stages.
    bool isScanning() const { return m_scanning; }

Q_SIGNALS:
    void scanFinished();

private:
    void startScan();
    void stopScan();
    void scanDone(const FileScan &scan);
    void showRules();
    void rulesChanged();
    void pipelineChosen();
    void showStages();
    const Pipeline *pipeline() const;

    ImportWizard *m_wizard;
    QComboBox *m_decimal;
    QComboBox *m_group;
    QLineEdit *m_currency;
    QComboBox *m_dateOrder;
    QLabel *m_dateNote;
    QComboBox *m_pipeline;
    QTableWidget *m_stages;
    QComboBox *m_unknown;
    QComboBox *m_mapStage;
    QLabel *m_stageNote;
    QComboBox *m_match;
    QWidget *m_stageBox = nullptr;
    QList<Pipeline> m_pipelines;
    FileScan m_scan;
    std::thread m_scanThread;
    std::atomic_bool m_cancelScan { false };
    bool m_scanning = false;
    bool m_filling = false;
};

} // namespace comptoir
