// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "entities.h"

#include <QDialog>
#include <optional>

class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace comptoir {

class Workspace;

// Plans one activity (F6): type, subject, description, deadline (with a duration for a
// meeting), responsible and reminder. Fills an Activity draft; the caller plans it.
class ActivityDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ActivityDialog)
public:
    ActivityDialog(Workspace &workspace, const Activity &draft, QWidget *parent = nullptr);

    Activity activity() const;
    // The reminder offsets offered, in minutes before the deadline (none first).
    static QList<std::optional<int>> reminderChoices();

    void accept() override;

private:
    void typeChanged();

    Activity m_draft;
    QComboBox *m_type = nullptr;
    QLineEdit *m_subject = nullptr;
    QPlainTextEdit *m_description = nullptr;
    QDateTimeEdit *m_deadline = nullptr;
    QSpinBox *m_duration = nullptr;
    QLabel *m_durationLabel = nullptr;
    QComboBox *m_responsible = nullptr;
    QComboBox *m_reminder = nullptr;
    QLabel *m_error = nullptr;
};

} // namespace comptoir
