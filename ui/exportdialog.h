// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dealexport.h"
#include "dealfilter.h"
#include "dealquery.h"
#include "result.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;
class QRadioButton;

namespace comptoir {

class Workspace;

// File > Export Deals (F9): the deals of the current filter and sort to a CSV file, with the
// list's visible columns or every field, in UTF-8 or the Excel flavour. A large export shows
// its progress with Cancel; a cancelled or failed export leaves no file behind.
class ExportDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExportDialog)
public:
    // `visibleFields`: the export keys of the list's visible columns, in their order.
    ExportDialog(Workspace &workspace, const DealFilter &filter, const DealSort &sort, qint64 count,
                 const QStringList &visibleFields, QWidget *parent = nullptr);

    void setPath(const QString &path);
    QString path() const;
    void setAllFields(bool all);
    void setFlavour(CsvFlavour flavour);
    ExportOptions options() const;

    // Writes the file (through a temporary one, renamed at the end). Returns the number of deals
    // written; a cancel is an error with code Conflict.
    Result<qint64> exportNow();

    void accept() override;

private:
    void browse();
    void updateState();

    Workspace &m_workspace;
    DealFilter m_filter;
    DealSort m_sort;
    qint64 m_count;
    QStringList m_visibleFields;
    QStringList m_allFields;
    QLineEdit *m_path = nullptr;
    QRadioButton *m_visible = nullptr;
    QRadioButton *m_all = nullptr;
    QRadioButton *m_utf8 = nullptr;
    QRadioButton *m_excel = nullptr;
    QLabel *m_summary = nullptr;
};

} // namespace comptoir
