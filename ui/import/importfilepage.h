// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWizardPage>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QStandardItemModel;
class QTableView;

namespace comptoir {

class ImportWizard;

// Step 1: the file (chosen or dropped), how it is written (detected, each setting changeable)
// and a live preview of its first rows under those settings.
class ImportFilePage final : public QWizardPage
{
    Q_OBJECT
public:
    explicit ImportFilePage(ImportWizard *wizard);

    void setFile(const QString &path);
    bool isComplete() const override;

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void chooseFile();
    void fillSettings();
    void settingsChanged();
    void showPreview();

    ImportWizard *m_wizard;
    QLineEdit *m_path;
    QComboBox *m_kind;
    QComboBox *m_encoding;
    QComboBox *m_delimiter;
    QComboBox *m_quote;
    QCheckBox *m_header;
    QLabel *m_detected;
    QLabel *m_problem;
    QTableView *m_preview;
    QStandardItemModel *m_model;
    bool m_filling = false;
};

} // namespace comptoir
