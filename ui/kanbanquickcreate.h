// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "entities.h"

#include <QFrame>

class QLabel;
class QLineEdit;
class QStringListModel;

namespace comptoir {

class BoardModel;

// The "+" form of a column: title, amount and client (completed from existing companies and
// contacts). Enter creates the deal in the column's stage through the board model (undoable)
// and closes the form; Escape closes it. An invalid amount keeps it open with the reason.
class KanbanQuickCreate final : public QFrame
{
    Q_OBJECT
public:
    KanbanQuickCreate(BoardModel *model, Id stageId, QWidget *parent = nullptr);

    QLineEdit *titleEdit() const { return m_title; }
    QLineEdit *amountEdit() const { return m_amount; }
    QLineEdit *clientEdit() const { return m_client; }
    // Creates the deal; false (the form stays open with the reason shown) when refused.
    bool submit();

Q_SIGNALS:
    void created(Id dealId);

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void suggest(const QString &text);

    BoardModel *m_model;
    Id m_stageId;
    QLineEdit *m_title;
    QLineEdit *m_amount;
    QLineEdit *m_client;
    QLabel *m_error;
    QStringListModel *m_suggestions;
};

} // namespace comptoir
