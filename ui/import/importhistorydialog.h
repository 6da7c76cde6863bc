// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "entities.h"
#include "import/importservice.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTableWidget;

namespace comptoir {

class ImportRunner;
class Workspace;

// File → Import History: the imports of this database, newest first, each with "Show these
// deals" and "Undo import".
class ImportHistoryDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit ImportHistoryDialog(Workspace &workspace, QWidget *parent = nullptr);

    void reload();
    // The import on the selected row, or 0.
    Id selectedImport() const;
    void selectImport(Id importId);
    // Undoes the selected import without asking (the button asks first).
    void undoSelected();

Q_SIGNALS:
    void showDealsRequested(comptoir::Id importId);
    void databaseChanged();
    void undoFinished(bool ok);

private:
    void updateButtons();
    void confirmUndo();

    Workspace &m_workspace;
    ImportRunner *m_runner;
    QList<import::ImportRecord> m_records;
    QTableWidget *m_table;
    QLabel *m_note;
    QPushButton *m_show;
    QPushButton *m_undo;
};

} // namespace comptoir
