// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "entities.h"

#include <QDialog>

#include <optional>

class QComboBox;
class QLineEdit;
class QPushButton;

namespace comptoir {

// What the small planning popup gives back.
struct QuickPlanAnswer
{
    QString dealTitle; // only when a new deal is created with its activity
    ActivityType type = ActivityType::Call;
    QString subject;
};

// The keyboard-first popup of the Activities board: the type (1 to 5 or the arrows) and the
// subject, and the deal title when "+" creates a deal. Enter plans, Esc cancels.
class ActivityQuickPlan final : public QDialog
{
    Q_OBJECT

public:
    ActivityQuickPlan(bool askTitle, const QString &where, QWidget *parent = nullptr);
    QuickPlanAnswer answer() const;
    static std::optional<QuickPlanAnswer> ask(QWidget *parent, bool askTitle, const QString &where);

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void updateOk();
    QLineEdit *m_title = nullptr;
    QComboBox *m_type;
    QLineEdit *m_subject;
    QPushButton *m_ok;
};

} // namespace comptoir
