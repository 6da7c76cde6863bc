// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "entities.h"
#include "result.h"

#include <QDialog>
#include <QLocale>

class QComboBox;
class QLabel;
class QPushButton;
class QTabWidget;
class QTreeWidget;

namespace comptoir {

class ActivitiesTab;
class CommentsTimeline;
class DetailsForm;
class ProductsTable;
class StageBar;
class Workspace;

// The deal editor window (F5): the stage bar, then the Details, Products, Activities and
// History tabs. Every change stays in the window until Save writes it all in one transaction;
// Cancel with unsaved changes asks first. Closing an open deal that has no planned activity
// proposes to plan one (ProactivePrompt), unless the setting turns it off.
class DealEditor final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DealEditor)
public:
    DealEditor(Workspace &workspace, const QLocale &locale, QWidget *parent = nullptr);

    Status openDeal(Id dealId);
    // A new deal in `pipelineId` (the default pipeline when 0), on its first stage.
    Status newDeal(Id pipelineId = 0);

    // Validates and writes everything; false (with the errors shown) when nothing was saved.
    bool save();
    bool isDirty() const { return m_dirty; }
    Id dealId() const { return m_stored.id; }
    Id targetStage() const { return m_targetStage; }

    StageBar *stageBar() const { return m_stageBar; }
    DetailsForm *detailsForm() const { return m_details; }
    ProductsTable *productsTable() const { return m_products; }
    ActivitiesTab *activitiesTab() const { return m_activities; }
    QTreeWidget *historyList() const { return m_history; }
    CommentsTimeline *commentsTimeline() const { return m_comments; }
    QTabWidget *tabs() const { return m_tabs; }
    QLabel *errorBanner() const { return m_banner; }

    // The QSettings key that turns the proactive prompt off.
    static QString proactivePromptKey();

    void done(int result) override;

Q_SIGNALS:
    void dealSaved(comptoir::Id dealId);

private:
    void buildUi();
    Status load(const Deal &deal);
    void loadHistory();
    void markDirty();
    void updateHeader();
    void updateStageBar();
    void stageClicked(Id stageId);
    void closeRequested();
    void pipelineChosen(int index);
    void applyFormLayout();
    void showBanner(const QStringList &messages);
    void maybeProposeActivity();

    Workspace &m_workspace;
    QLocale m_locale;
    Deal m_stored;
    Pipeline m_pipeline; // the pipeline the deal will be in
    Id m_targetStage = 0;
    QString m_lostReason;
    QString m_lostNote;
    bool m_dirty = false;
    bool m_loading = false;

    QLabel *m_title = nullptr;
    QLabel *m_subtitle = nullptr;
    QComboBox *m_pipelineCombo = nullptr;
    StageBar *m_stageBar = nullptr;
    QLabel *m_banner = nullptr;
    QTabWidget *m_tabs = nullptr;
    DetailsForm *m_details = nullptr;
    ProductsTable *m_products = nullptr;
    ActivitiesTab *m_activities = nullptr;
    QTreeWidget *m_history = nullptr;
    CommentsTimeline *m_comments = nullptr;
    QPushButton *m_saveButton = nullptr;
};

} // namespace comptoir
