// SPDX-License-Identifier: GPL-3.0-or-later
#include "importhistorydialog.h"

#include "importrunner.h"
#include "workspace.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace comptoir {

using namespace comptoir::import;

namespace {

enum Column { IdColumn, FileColumn, DateColumn, UserColumn, CreatedColumn, UpdatedColumn, SkippedColumn, StateColumn };

} // namespace

ImportHistoryDialog::ImportHistoryDialog(Workspace &workspace, QWidget *parent)
    : QDialog(parent), m_workspace(workspace), m_runner(new ImportRunner(workspace, this))
{
    setObjectName(QStringLiteral("importHistoryDialog"));
    setWindowTitle(tr("Import History"));
    m_table = new QTableWidget(0, 8, this);
    m_table->setObjectName(QStringLiteral("importHistoryTable"));
    m_table->setHorizontalHeaderLabels({ tr("#"), tr("File"), tr("Imported"), tr("By"), tr("Created"), tr("Updated"),
                                         tr("Skipped"), tr("State") });
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->horizontalHeader()->setSectionResizeMode(FileColumn, QHeaderView::Stretch);
    m_table->setColumnWidth(DateColumn, 150);
    m_note = new QLabel(this);
    m_note->setWordWrap(true);
    m_show = new QPushButton(tr("&Show These Deals"), this);
    m_show->setObjectName(QStringLiteral("historyShowButton"));
    m_undo = new QPushButton(tr("&Undo Import…"), this);
    m_undo->setObjectName(QStringLiteral("historyUndoButton"));
    auto *box = new QDialogButtonBox(QDialogButtonBox::Close, this);
    box->addButton(m_show, QDialogButtonBox::ActionRole);
    box->addButton(m_undo, QDialogButtonBox::ActionRole);
    connect(box, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_show, &QPushButton::clicked, this, [this] {
        if (const Id id = selectedImport()) {
            Q_EMIT showDealsRequested(id);
            accept();
        }
    });
    connect(m_undo, &QPushButton::clicked, this, &ImportHistoryDialog::confirmUndo);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &ImportHistoryDialog::updateButtons);
    connect(m_runner, &ImportRunner::undoFinished, this, [this](const Status &status, Id importId) {
        if (!status) {
            QMessageBox::warning(this, tr("Undo Import"), status.error().message);
        } else {
            m_note->setText(tr("Import %1 undone.").arg(importId));
            Q_EMIT databaseChanged();
        }
        reload();
        selectImport(importId);
        Q_EMIT undoFinished(status.ok());
    });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_note);
    layout->addWidget(box);
    resize(860, 420);
    reload();
}

void ImportHistoryDialog::reload()
{
    auto records = ImportService(m_workspace.db(), m_workspace.clock()).list();
    m_records = records ? *records : QList<ImportRecord> {};
    if (!records)
        m_note->setText(records.error().message);
    std::reverse(m_records.begin(), m_records.end()); // newest first
    m_table->setRowCount(int(m_records.size()));
    const QLocale locale;
    for (int r = 0; r < m_records.size(); ++r) {
        const ImportRecord &record = m_records.at(r);
        auto number = [&locale](qint64 n) {
            auto *item = new QTableWidgetItem(locale.toString(n));
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            return item;
        };
        m_table->setItem(r, IdColumn, number(record.id));
        m_table->setItem(r, FileColumn, new QTableWidgetItem(record.fileName));
        m_table->setItem(r, DateColumn, new QTableWidgetItem(locale.toString(record.startedAt.toLocalTime(), QLocale::ShortFormat)));
        m_table->setItem(r, UserColumn, new QTableWidgetItem(record.user));
        m_table->setItem(r, CreatedColumn, number(record.created));
        m_table->setItem(r, UpdatedColumn, number(record.updated));
        m_table->setItem(r, SkippedColumn, number(record.skipped));
        auto *state = new QTableWidgetItem(record.undoneAt ? tr("undone %1").arg(locale.toString(record.undoneAt->toLocalTime(), QLocale::ShortFormat))
                                                           : tr("in the database"));
        if (record.undoneAt)
            state->setForeground(palette().placeholderText());
        m_table->setItem(r, StateColumn, state);
    }
    if (m_records.isEmpty())
        m_note->setText(tr("No import yet: File → Import Deals brings deals in from a CSV file."));
    if (!m_records.isEmpty() && m_table->selectedItems().isEmpty())
        m_table->selectRow(0);
    updateButtons();
}

Id ImportHistoryDialog::selectedImport() const
{
    const auto rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? 0 : m_records.value(rows.constFirst().row()).id;
}

void ImportHistoryDialog::selectImport(Id importId)
{
    for (int r = 0; r < m_records.size(); ++r) {
        if (m_records.at(r).id == importId)
            m_table->selectRow(r);
    }
}

void ImportHistoryDialog::updateButtons()
{
    const Id id = selectedImport();
    bool undone = true;
    for (const ImportRecord &r : std::as_const(m_records)) {
        if (r.id == id)
            undone = r.undoneAt.has_value();
    }
    m_show->setEnabled(id != 0 && !undone && !m_runner->isRunning());
    m_undo->setEnabled(id != 0 && !undone && !m_runner->isRunning());
}

void ImportHistoryDialog::confirmUndo()
{
    const Id id = selectedImport();
    if (id == 0)
        return;
    const auto answer = QMessageBox::question(this, tr("Undo Import"),
                                              tr("Remove the deals import %1 created and restore the ones it changed?")
                                                  .arg(id));
    if (answer == QMessageBox::Yes)
        undoSelected();
}

void ImportHistoryDialog::undoSelected()
{
    const Id id = selectedImport();
    if (id == 0 || m_runner->isRunning())
        return;
    m_note->setText(tr("Undoing import %1…").arg(id));
    m_runner->undo(id);
    updateButtons();
}

} // namespace comptoir
