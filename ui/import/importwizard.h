// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "entities.h"
#include "importsettings.h"

#include <QWizard>

namespace comptoir {

class ImportRunner;
class Workspace;

// File → Import deals: choose the file and how it is written, map its columns, set the value
// rules, check everything in a dry run, import (on a worker thread, with Cancel), then a
// summary with "Show these deals" and "Undo import".
class ImportWizard final : public QWizard
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportWizard)
public:
    enum PageId { FilePageId, MappingPageId, RulesPageId, DryRunPageId, RunPageId, SummaryPageId };

    explicit ImportWizard(Workspace &workspace, QWidget *parent = nullptr);
    ~ImportWizard() override;

    Workspace &workspace() { return m_workspace; }
    ImportRunner *runner() const { return m_runner; }
    ImportSettings &settings() { return m_settings; }

    // Chooses the file, as the file dialog or a drop does.
    void setFile(const QString &path);

Q_SIGNALS:
    // The seller wants the list to show the deals of this import.
    void showDealsRequested(comptoir::Id importId);
    // An import or an undo committed: views on the database should read it again.
    void databaseChanged();

protected:
    // Cancel or Escape while an import runs stops the import; the window stays open.
    void reject() override;

private:
    Workspace &m_workspace;
    ImportSettings m_settings;
    ImportRunner *m_runner = nullptr;
};

} // namespace comptoir
