// SPDX-License-Identifier: GPL-3.0-or-later
#include "stagebar.h"

#include <QColor>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace comptoir {

namespace {

QString textColorOn(const QColor &background)
{
    // Dark text on light stage colours, white on dark ones (perceived luminance).
    const double luminance = 0.299 * background.redF() + 0.587 * background.greenF() + 0.114 * background.blueF();
    return luminance > 0.6 ? QStringLiteral("#1d2733") : QStringLiteral("#ffffff");
}

QString stepStyle(const QColor &fill, bool current)
{
    return QStringLiteral("QPushButton { background: %1; color: %2; border: none; border-radius: 3px;"
                          " padding: 6px 12px; font-weight: %3; }"
                          "QPushButton:focus { outline: none; border: 2px solid #1d2733; }"
                          "QPushButton:hover { border: 1px solid #1d2733; }")
        .arg(fill.name(), textColorOn(fill), current ? QStringLiteral("bold") : QStringLiteral("normal"));
}

} // namespace

StageBar::StageBar(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("stageBar"));
    m_steps = new QHBoxLayout(this);
    m_steps->setContentsMargins(0, 0, 0, 0);
    m_steps->setSpacing(3);
}

QPushButton *StageBar::stepButton(Id stageId) const
{
    for (QPushButton *button : m_buttons) {
        if (button->property("stageId").toLongLong() == stageId)
            return button;
    }
    return nullptr;
}

void StageBar::setState(const Pipeline &pipeline, Id currentStage, const QString &result)
{
    m_pipeline = pipeline;
    m_current = currentStage;
    m_result = result;
    rebuild();
}

void StageBar::rebuild()
{
    qDeleteAll(m_buttons);
    m_buttons.clear();
    delete m_closeButton;
    delete m_reopenButton;
    delete m_resultLabel;
    m_closeButton = m_reopenButton = nullptr;
    m_resultLabel = nullptr;
    while (m_steps->count() > 0)
        delete m_steps->takeAt(0);

    const Stage *current = m_pipeline.stage(m_current);
    const bool closed = current && current->isClosed();
    int currentIndex = -1;
    for (int i = 0; i < m_pipeline.stages.size(); ++i) {
        if (m_pipeline.stages[i].id == m_current)
            currentIndex = i;
    }
    const QColor pending(QStringLiteral("#e3e8ee"));
    for (int i = 0; i < m_pipeline.stages.size(); ++i) {
        const Stage &stage = m_pipeline.stages[i];
        if (stage.isClosed())
            continue;
        auto *button = new QPushButton(stage.name, this);
        button->setObjectName(QStringLiteral("stageStep%1").arg(stage.id));
        button->setProperty("stageId", stage.id);
        button->setCursor(Qt::PointingHandCursor);
        const bool reached = closed || i <= currentIndex;
        button->setStyleSheet(stepStyle(reached ? QColor(stage.color) : pending, stage.id == m_current));
        button->setToolTip(closed ? tr("Reopen the deal on “%1”").arg(stage.name)
                                  : tr("Move the deal to “%1”").arg(stage.name));
        button->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
        const Id id = stage.id;
        connect(button, &QPushButton::clicked, this, [this, id] { Q_EMIT processStageClicked(id); });
        m_steps->addWidget(button, 1);
        m_buttons.append(button);
    }

    if (closed) {
        m_resultLabel = new QLabel(m_result.isEmpty() ? current->name : m_result, this);
        m_resultLabel->setObjectName(QStringLiteral("stageResult"));
        const QColor color(current->color);
        m_resultLabel->setStyleSheet(QStringLiteral("QLabel { background: %1; color: %2; border-radius: 3px;"
                                                    " padding: 6px 12px; font-weight: bold; }")
                                         .arg(color.name(), textColorOn(color)));
        m_resultLabel->setToolTip(m_resultLabel->text());
        m_steps->addWidget(m_resultLabel, 2);
        m_reopenButton = new QPushButton(tr("&Reopen"), this);
        m_reopenButton->setObjectName(QStringLiteral("reopenButton"));
        m_reopenButton->setToolTip(tr("Move the deal back to its first stage"));
        connect(m_reopenButton, &QPushButton::clicked, this, &StageBar::reopenRequested);
        m_steps->addWidget(m_reopenButton);
    } else {
        m_closeButton = new QPushButton(tr("Close deal…"), this);
        m_closeButton->setObjectName(QStringLiteral("closeDealButton"));
        m_closeButton->setToolTip(tr("Close the deal as won or lost"));
        m_closeButton->setCursor(Qt::PointingHandCursor);
        m_closeButton->setStyleSheet(stepStyle(pending, false));
        m_closeButton->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
        connect(m_closeButton, &QPushButton::clicked, this, &StageBar::closeRequested);
        m_steps->addWidget(m_closeButton, 1);
    }
}

} // namespace comptoir
