// SPDX-License-Identifier: GPL-3.0-or-later
#include "dealeditor.h"

#include "activitiestab.h"
#include "clientpicker.h"
#include "closedealdialog.h"
#include "commentstimeline.h"
#include "dealformat.h"
#include "dealsave.h"
#include "customfields.h"
#include "formlayout.h"
#include "detailsform.h"
#include "money.h"
#include "proactiveprompt.h"
#include "settingsdialog.h"
#include "productstable.h"
#include "stagebar.h"
#include "stores.h"
#include "workspace.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QShortcut>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace comptoir {

DealEditor::DealEditor(Workspace &workspace, const QLocale &locale, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_locale(locale)
{
    setObjectName(QStringLiteral("dealEditor"));
    setWindowFlag(Qt::WindowMaximizeButtonHint);
    buildUi();
    resize(980, 720);
}

QString DealEditor::proactivePromptKey()
{
    return QStringLiteral("editor/proposeActivity");
}

void DealEditor::buildUi()
{
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("editorTitle"));
    m_title->setStyleSheet(QStringLiteral("font-size: 15pt; font-weight: bold; color: #1d2733;"));
    m_title->setTextFormat(Qt::PlainText);
    m_subtitle = new QLabel(this);
    m_subtitle->setObjectName(QStringLiteral("editorSubtitle"));
    m_subtitle->setStyleSheet(QStringLiteral("color: #5b6b7b;"));
    m_pipelineCombo = new QComboBox(this);
    m_pipelineCombo->setObjectName(QStringLiteral("editorPipeline"));
    m_pipelineCombo->setToolTip(tr("Move the deal to another pipeline"));
    m_pipelineCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    connect(m_pipelineCombo, &QComboBox::activated, this, &DealEditor::pipelineChosen);
    auto *pipelineLabel = new QLabel(tr("Pi&peline:"), this);
    pipelineLabel->setBuddy(m_pipelineCombo);

    m_stageBar = new StageBar(this);
    connect(m_stageBar, &StageBar::processStageClicked, this, &DealEditor::stageClicked);
    connect(m_stageBar, &StageBar::closeRequested, this, &DealEditor::closeRequested);
    connect(m_stageBar, &StageBar::reopenRequested, this, [this] {
        if (const Stage *first = m_pipeline.firstStage())
            stageClicked(first->id);
    });

    m_banner = new QLabel(this);
    m_banner->setObjectName(QStringLiteral("editorErrors"));
    m_banner->setWordWrap(true);
    m_banner->setStyleSheet(QStringLiteral("QLabel { background: #fbe3e0; color: #8e2a1f; border: 1px solid #e6b0a8;"
                                           " border-radius: 3px; padding: 6px; }"));
    m_banner->hide();

    m_details = new DetailsForm(m_workspace, m_locale, this);
    connect(m_details, &DetailsForm::edited, this, &DealEditor::markDirty);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    // Fields wider than a long title read badly: the form keeps a comfortable width.
    auto *page = new QWidget(scroll);
    auto *pageLayout = new QHBoxLayout(page);
    pageLayout->setContentsMargins(0, 0, 0, 0);
    m_details->setMaximumWidth(820);
    pageLayout->addWidget(m_details, 1);
    pageLayout->addStretch(0);
    scroll->setWidget(page);

    m_products = new ProductsTable(m_locale, this);
    connect(m_products, &ProductsTable::edited, this, [this] {
        m_details->setAmountFollowsRows(m_products->amountFollows() && !m_products->rows().isEmpty(),
                                        m_products->totalMinor());
        markDirty();
    });
    // The picker follows the catalogue, also when it is edited from this editor's own button.
    connect(&m_workspace.products(), &ProductService::catalogueChanged, m_products, [this] {
        if (const auto catalogue = m_workspace.products().products(true))
            m_products->setCatalogue(*catalogue);
    });
    connect(m_products, &ProductsTable::editCatalogueRequested, this, [this] {
        auto *settings = new SettingsDialog(m_workspace, this);
        settings->setAttribute(Qt::WA_DeleteOnClose);
        settings->showPage(SettingsDialog::Page::Products);
        settings->open();
    });
    m_activities = new ActivitiesTab(m_workspace, m_locale, this);
    connect(m_activities, &ActivitiesTab::edited, this, &DealEditor::markDirty);

    m_history = new QTreeWidget(this);
    m_history->setObjectName(QStringLiteral("historyList"));
    m_history->setRootIsDecorated(false);
    m_history->setAlternatingRowColors(true);
    m_history->setWordWrap(true);
    m_history->setHeaderLabels({ tr("When"), tr("Who"), tr("What") });
    m_history->header()->setStretchLastSection(true);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("editorTabs"));
    m_tabs->addTab(scroll, tr("&Details"));
    m_tabs->addTab(m_products, tr("P&roducts"));
    m_tabs->addTab(m_activities, tr("&Activities"));
    m_tabs->addTab(m_history, tr("&History"));
    m_comments = new CommentsTimeline(m_workspace, m_locale, this);
    connect(m_comments, &CommentsTimeline::commentsChanged, this, [this](int count) {
        m_tabs->setTabText(m_tabs->indexOf(m_comments), tr("Co&mments (%1)").arg(count));
        loadHistory(); // a comment is a history event too
    });
    m_tabs->addTab(m_comments, tr("Co&mments"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_saveButton = buttons->button(QDialogButtonBox::Save);
    m_saveButton->setObjectName(QStringLiteral("saveButton"));
    m_saveButton->setToolTip(tr("Write every change of this window (Ctrl+S)"));
    buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (save())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *saveShortcut = new QShortcut(QKeySequence::Save, this);
    connect(saveShortcut, &QShortcut::activated, m_saveButton, &QPushButton::click);

    auto *header = new QHBoxLayout;
    auto *titles = new QVBoxLayout;
    titles->setSpacing(2);
    titles->addWidget(m_title);
    titles->addWidget(m_subtitle);
    header->addLayout(titles, 1);
    header->addWidget(pipelineLabel, 0, Qt::AlignTop);
    header->addWidget(m_pipelineCombo, 0, Qt::AlignTop);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(m_stageBar);
    layout->addWidget(m_banner);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(buttons);
}

Status DealEditor::openDeal(Id dealId)
{
    auto deal = m_workspace.deals().get(m_workspace.actor(), dealId);
    if (!deal)
        return deal.error();
    return load(*deal);
}

Status DealEditor::newDeal(Id pipelineId)
{
    Deal deal;
    auto pipeline = pipelineId ? m_workspace.pipelines().pipeline(m_workspace.actor(), pipelineId)
                               : m_workspace.pipelines().defaultPipeline(m_workspace.actor());
    if (!pipeline)
        return pipeline.error();
    deal.pipelineId = pipeline->id;
    deal.stageId = pipeline->firstStage() ? pipeline->firstStage()->id : 0;
    deal.responsibleId = m_workspace.actor().userId;
    deal.probability = pipeline->firstStage() ? pipeline->firstStage()->probability : std::nullopt;
    deal.amountManual = true;
    deal.beginDate = m_workspace.clock().now().toLocalTime().date();
    return load(deal);
}

Status DealEditor::load(const Deal &deal)
{
    const Actor actor = m_workspace.actor();
    auto pipeline = m_workspace.pipelines().pipeline(actor, deal.pipelineId);
    if (!pipeline)
        return pipeline.error();
    auto pipelines = m_workspace.pipelines().pipelines(actor);
    if (!pipelines)
        return pipelines.error();
    QList<Activity> activities;
    if (deal.id) {
        auto stored = m_workspace.activities().forDeal(actor, deal.id);
        if (!stored)
            return stored.error();
        activities = *stored;
    }

    m_loading = true;
    m_stored = deal;
    m_pipeline = *pipeline;
    m_targetStage = deal.stageId;
    m_lostReason = deal.lostReason;
    m_lostNote = deal.lostNote;
    m_pipelineCombo->clear();
    for (const Pipeline &p : *pipelines)
        m_pipelineCombo->addItem(p.name, p.id);
    m_pipelineCombo->setCurrentIndex(m_pipelineCombo->findData(deal.pipelineId));

    CustomFieldService &customFields = m_workspace.customFields();
    const auto fields = customFields.fields();
    m_details->setCustomFields(fields ? *fields : QList<CustomField>());
    applyFormLayout();
    m_details->setDeal(deal);
    if (deal.id) {
        if (const auto values = customFields.values(actor, deal.id))
            m_details->setCustomValues(*values);
    } else {
        m_details->setCustomValues({});
    }
    ClientChoice company;
    if (deal.companyId) {
        company.id = deal.companyId;
        if (auto c = m_workspace.clients().company(actor, *deal.companyId))
            company.name = c->name;
    }
    QList<ClientChoice> contacts;
    for (const Id contactId : deal.contactIds) {
        if (auto c = m_workspace.clients().contact(actor, contactId))
            contacts.append(ClientChoice { c->displayName(), contactId, {}, {} });
    }
    m_details->clientPicker()->setClient(company, contacts);
    const bool follows = !deal.amountManual || deal.products.isEmpty();
    m_products->setRows(deal.products, deal.currency, follows);
    if (const auto catalogue = m_workspace.products().products(true))
        m_products->setCatalogue(*catalogue);
    m_details->setAmountFollowsRows(follows && !deal.products.isEmpty(), m_products->totalMinor());
    m_activities->setActivities(activities);
    loadHistory();
    m_comments->setDeal(m_stored.id);
    m_tabs->setTabText(m_tabs->indexOf(m_comments),
                       m_comments->count() ? tr("Co&mments (%1)").arg(m_comments->count()) : tr("Co&mments"));
    m_details->showErrors({});
    m_banner->hide();
    m_loading = false;
    m_dirty = false;
    updateHeader();
    updateStageBar();
    return {};
}

void DealEditor::applyFormLayout()
{
    // The pipeline's layout (F5): its visible sections and fields in order. Company and
    // contacts share the client picker, followed by the repeat flag.
    const auto layout = m_workspace.formLayouts().load(m_pipeline.id);
    if (!layout) {
        m_details->setSections(DetailsForm::defaultSections());
        return;
    }
    QList<DetailsSection> sections;
    bool clientShown = false;
    for (const FormSection &section : layout->sections) {
        if (section.hidden)
            continue;
        DetailsSection shown { section.title(), {} };
        for (const FormFieldRef &field : section.fields) {
            if (field.hidden)
                continue;
            if (field.key == QLatin1String("company") || field.key == QLatin1String("contacts")) {
                if (!clientShown)
                    shown.fields << QStringLiteral("client") << QStringLiteral("repeat");
                clientShown = true;
            } else {
                shown.fields << field.key;
            }
        }
        sections << shown;
    }
    m_details->setSections(sections);
}

void DealEditor::loadHistory()
{
    m_history->clear();
    if (!m_stored.id) {
        m_tabs->setTabText(3, tr("&History"));
        return;
    }
    const auto events = m_workspace.deals().history(m_workspace.actor(), m_stored.id);
    if (!events)
        return;
    // Newest first: what happened last is what one opens a deal to see.
    for (auto event = events->crbegin(); event != events->crend(); ++event) {
        auto *item = new QTreeWidgetItem(m_history);
        item->setText(0, dealformat::dateTime(event->at, m_locale));
        item->setText(1, event->userName);
        item->setText(2, event->description);
        item->setToolTip(2, event->description);
    }
    m_history->resizeColumnToContents(0);
    m_history->resizeColumnToContents(1);
    m_tabs->setTabText(3, tr("&History (%1)").arg(events->size()));
}

void DealEditor::markDirty()
{
    if (m_loading)
        return;
    m_dirty = true;
    updateHeader();
}

void DealEditor::updateHeader()
{
    const QString title = m_stored.title.isEmpty() ? tr("New deal") : m_stored.title;
    m_title->setText(title);
    const Stage *stage = m_pipeline.stage(m_targetStage);
    const QString stageName = stage ? stage->name : QString();
    if (m_stored.id) {
        m_subtitle->setText(tr("Deal %1 · %2 · %3", "id · amount · stage")
                                .arg(m_stored.id)
                                .arg(money::format(m_stored.amountMinor, m_stored.currency, m_locale), stageName));
        setWindowTitle(tr("%1 — Deal %2%3", "title, id, unsaved marker")
                           .arg(title)
                           .arg(m_stored.id)
                           .arg(m_dirty ? QStringLiteral(" *") : QString()));
    } else {
        m_subtitle->setText(tr("Not saved yet · %1", "stage").arg(stageName));
        setWindowTitle(tr("New Deal"));
    }
}

void DealEditor::updateStageBar()
{
    const Stage *target = m_pipeline.stage(m_targetStage);
    QString result;
    if (target && target->semantic == StageSemantic::Success) {
        result = tr("Won");
    } else if (target && target->semantic == StageSemantic::Failure) {
        const QString reason = m_lostReason.isEmpty() ? QString()
                                                      : [&] {
                                                            auto item = ListStore(m_workspace.db())
                                                                            .find(lists::LostReason, m_lostReason);
                                                            return item && *item ? (*item)->name : m_lostReason;
                                                        }();
        result = reason.isEmpty() ? tr("Lost (%1)").arg(target->name) : tr("Lost: %1").arg(reason);
    }
    if (target && target->isClosed() && m_stored.closedAt.isValid() && m_targetStage == m_stored.stageId)
        result = tr("%1 · %2", "result · date").arg(result, dealformat::date(m_stored.closedAt.toLocalTime().date(), m_locale));
    m_stageBar->setState(m_pipeline, m_targetStage, result);
}

void DealEditor::stageClicked(Id stageId)
{
    if (stageId == m_targetStage)
        return;
    m_targetStage = stageId;
    m_lostReason.clear();
    m_lostNote.clear();
    markDirty();
    updateHeader();
    updateStageBar();
}

void DealEditor::closeRequested()
{
    QList<ListItem> reasons;
    if (auto items = ListStore(m_workspace.db()).items(lists::LostReason))
        reasons = *items;
    CloseDealDialog dialog(m_pipeline, reasons, this);
    if (dialog.exec() != QDialog::Accepted || !dialog.stageId())
        return;
    m_targetStage = dialog.stageId();
    m_lostReason = dialog.reasonCode();
    m_lostNote = dialog.note();
    markDirty();
    updateHeader();
    updateStageBar();
}

void DealEditor::pipelineChosen(int index)
{
    const Id pipelineId = m_pipelineCombo->itemData(index).toLongLong();
    if (pipelineId == m_pipeline.id)
        return;
    auto target = m_workspace.pipelines().pipeline(m_workspace.actor(), pipelineId);
    if (!target) {
        showBanner({ target.error().message });
        m_pipelineCombo->setCurrentIndex(m_pipelineCombo->findData(m_pipeline.id));
        return;
    }
    // Moving to another pipeline is explicit about where the deal lands (F2).
    QStringList names;
    for (const Stage &stage : target->stages)
        names << stage.name;
    bool ok = false;
    const QString chosen = QInputDialog::getItem(this, tr("Move to Another Pipeline"),
                                                 tr("Stage of the deal in “%1”:").arg(target->name), names, 0,
                                                 false, &ok);
    if (!ok) {
        m_pipelineCombo->setCurrentIndex(m_pipelineCombo->findData(m_pipeline.id));
        return;
    }
    m_pipeline = *target;
    m_targetStage = target->stages.value(int(names.indexOf(chosen))).id;
    m_lostReason.clear();
    m_lostNote.clear();
    applyFormLayout();
    markDirty();
    updateHeader();
    updateStageBar();
}

void DealEditor::showBanner(const QStringList &messages)
{
    m_banner->setText(messages.join(QLatin1Char('\n')));
    m_banner->setVisible(!messages.isEmpty());
}

bool DealEditor::save()
{
    DealEdit edit;
    edit.deal = m_stored;
    QHash<QString, QString> errors = m_details->applyTo(edit.deal);
    edit.customValues = m_details->customValues(errors);
    edit.hasCustomValues = !edit.customValues.isEmpty();
    edit.company = m_details->clientPicker()->company();
    edit.contacts = m_details->clientPicker()->contacts();
    edit.deal.products = m_products->rows();
    edit.deal.amountManual = !m_products->amountFollows() || edit.deal.products.isEmpty();
    QStringList elsewhere;
    if (const QString productError = m_products->firstError(); !productError.isEmpty())
        elsewhere << productError;
    elsewhere << m_details->showErrors(errors);
    if (!errors.isEmpty() || !elsewhere.isEmpty()) {
        showBanner(errors.isEmpty() ? elsewhere : QStringList { tr("Some fields need attention.") } + elsewhere);
        if (!errors.isEmpty())
            m_tabs->setCurrentIndex(0);
        return false;
    }
    edit.targetPipeline = m_pipeline.id;
    edit.targetStage = m_targetStage;
    edit.lostReason = m_lostReason;
    edit.lostNote = m_lostNote;
    edit.planned = m_activities->planned();
    edit.doneIds = m_activities->doneIds();

    const auto saved = saveDealEdit(m_workspace, edit);
    if (!saved) {
        const QString key = DetailsForm::fieldKeyFor(saved.error().field);
        const QStringList notShown = m_details->showErrors({ { key, saved.error().message } });
        showBanner(notShown.isEmpty() ? QStringList { tr("The deal was not saved: a field needs attention.") }
                                      : QStringList { tr("The deal was not saved: %1").arg(notShown.join(QLatin1Char(' '))) });
        if (notShown.isEmpty())
            m_tabs->setCurrentIndex(0);
        return false;
    }
    const Id id = saved->id;
    (void)load(*saved);
    Q_EMIT dealSaved(id);
    return true;
}

void DealEditor::done(int result)
{
    if (result == QDialog::Rejected && m_dirty) {
        QMessageBox box(QMessageBox::Question, tr("Unsaved Changes"),
                        tr("This deal has changes that are not saved."), QMessageBox::NoButton, this);
        box.setObjectName(QStringLiteral("unsavedChangesBox"));
        box.setInformativeText(tr("Save them before closing?"));
        box.setStandardButtons(QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel);
        box.setDefaultButton(QMessageBox::Save);
        const int answer = box.exec();
        if (answer == QMessageBox::Cancel)
            return;
        if (answer == QMessageBox::Save) {
            if (!save())
                return;
            result = QDialog::Accepted;
        }
    }
    QDialog::done(result);
    maybeProposeActivity();
}

void DealEditor::maybeProposeActivity()
{
    if (!m_stored.id || m_stored.closed)
        return;
    if (!QSettings(QStringLiteral("Comptoir"), QStringLiteral("Comptoir")).value(proactivePromptKey(), true).toBool())
        return;
    const auto nearest = m_workspace.activities().nearestOpen(m_workspace.actor(), m_stored.id);
    if (!nearest || nearest->has_value())
        return;
    auto *prompt = new ProactivePrompt(m_workspace, m_stored, parentWidget());
    prompt->setAttribute(Qt::WA_DeleteOnClose);
    prompt->open();
}

} // namespace comptoir
