// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "entities.h"

#include <QWidget>

class QHBoxLayout;
class QLabel;
class QPushButton;

namespace comptoir {

// The pipeline's stages as clickable steps across the top of the deal editor (F1, F2). Steps up
// to the current one are filled with their stage colour. The last step closes the deal (won or
// lost); a closed deal shows its result and a Reopen button instead. The bar only says what was
// clicked: the editor decides what it means.
class StageBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StageBar)
public:
    explicit StageBar(QWidget *parent = nullptr);

    // Shows the stages of `pipeline` with `currentStage` selected; `result` is the closing text
    // shown when that stage is closed ("Won", "Lost: Price too high").
    void setState(const Pipeline &pipeline, Id currentStage, const QString &result = {});
    Id currentStage() const { return m_current; }
    // The step button of a stage (tests click it).
    QPushButton *stepButton(Id stageId) const;

Q_SIGNALS:
    void processStageClicked(comptoir::Id stageId);
    void closeRequested();
    void reopenRequested();

private:
    void rebuild();

    Pipeline m_pipeline;
    Id m_current = 0;
    QString m_result;
    QHBoxLayout *m_steps = nullptr;
    QList<QPushButton *> m_buttons;
    QPushButton *m_closeButton = nullptr;
    QPushButton *m_reopenButton = nullptr;
    QLabel *m_resultLabel = nullptr;
};

} // namespace comptoir
