// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "entities.h"

#include <QDialog>

class QComboBox;
class QPlainTextEdit;
class QRadioButton;

namespace comptoir {

// Won or lost (F1): lost asks for the failure stage (when there are several), an optional
// reason from the editable list and a note.
class CloseDealDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CloseDealDialog)
public:
    CloseDealDialog(const Pipeline &pipeline, const QList<ListItem> &lostReasons, QWidget *parent = nullptr);

    // The success stage, or the chosen failure stage.
    Id stageId() const;
    bool won() const;
    QString reasonCode() const; // empty when none was chosen
    QString note() const;

private:
    void updateEnabled();

    Pipeline m_pipeline;
    QRadioButton *m_won = nullptr;
    QRadioButton *m_lost = nullptr;
    QComboBox *m_failureStage = nullptr;
    QComboBox *m_reason = nullptr;
    QPlainTextEdit *m_note = nullptr;
};

} // namespace comptoir
