// SPDX-License-Identifier: GPL-3.0-or-later
#include "importwizard.h"

#include "importdryrunpage.h"
#include "importfilepage.h"
#include "importmappingpage.h"
#include "importrulespage.h"
#include "importrunner.h"
#include "importrunpage.h"

namespace comptoir {

ImportWizard::ImportWizard(Workspace &workspace, QWidget *parent)
    : QWizard(parent), m_workspace(workspace), m_runner(new ImportRunner(workspace, this))
{
    setObjectName(QStringLiteral("importWizard"));
    setWindowTitle(tr("Import Deals"));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setOption(QWizard::HaveHelpButton, false);
    setOption(QWizard::NoCancelButtonOnLastPage);
    setPage(FilePageId, new ImportFilePage(this));
    setPage(MappingPageId, new ImportMappingPage(this));
    setPage(RulesPageId, new ImportRulesPage(this));
    setPage(DryRunPageId, new ImportDryRunPage(this));
    setPage(RunPageId, new ImportRunPage(this));
    setPage(SummaryPageId, new ImportSummaryPage(this));
    setStartId(FilePageId);
    resize(980, 700);
}

ImportWizard::~ImportWizard() = default;

void ImportWizard::setFile(const QString &path)
{
    static_cast<ImportFilePage *>(page(FilePageId))->setFile(path);
}

void ImportWizard::reject()
{
    if (m_runner->isRunning()) {
        m_runner->cancel(); // the run page reports it, and nothing was written
        return;
    }
    QWizard::reject();
}

} // namespace comptoir
