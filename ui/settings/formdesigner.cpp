// SPDX-License-Identifier: GPL-3.0-or-later
#include "formdesigner.h"

#include "workspace.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDropEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QVBoxLayout>

namespace comptoir {

namespace {

constexpr int KeyRole = Qt::UserRole + 1;     // a field's key, empty for a section
constexpr int BuiltinRole = Qt::UserRole + 2; // a section's built-in id ("about", "more")
constexpr int NameRole = Qt::UserRole + 3;    // a section's stored name

bool isSection(const QTreeWidgetItem *item)
{
    return item->data(0, KeyRole).toString().isEmpty();
}

} // namespace

void FormDesignerTree::dropEvent(QDropEvent *event)
{
    QTreeWidget::dropEvent(event);
    Q_EMIT dropped();
}

FormDesigner::FormDesigner(Workspace &workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_layouts(workspace.formLayouts())
    , m_fields(workspace.customFields())
{
    setObjectName(QStringLiteral("formDesigner"));
    m_pipeline = new QComboBox(this);
    m_pipeline->setObjectName(QStringLiteral("formPipeline"));
    if (const auto pipelines = workspace.pipelines().pipelines(workspace.actor())) {
        for (const Pipeline &p : *pipelines)
            m_pipeline->addItem(p.name, p.id);
    }
    m_tree = new FormDesignerTree(this);
    m_tree->setObjectName(QStringLiteral("formTree"));
    m_tree->setHeaderHidden(true);
    m_tree->setDragDropMode(QAbstractItemView::InternalMove);
    m_tree->setDefaultDropAction(Qt::MoveAction);
    m_tree->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    m_tree->setToolTip(tr("Drag sections and fields to reorder them; uncheck to hide; double-click to rename"));
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("formMessage"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #8e2a1f;"));

    auto *addSectionButton = new QPushButton(tr("Add &section…"), this);
    auto *addFieldButton = new QPushButton(tr("Add custom &field…"), this);
    addFieldButton->setObjectName(QStringLiteral("addCustomFieldButton"));
    auto *resetButton = new QPushButton(tr("&Reset to default"), this);
    resetButton->setObjectName(QStringLiteral("resetFormButton"));

    connect(m_pipeline, &QComboBox::currentIndexChanged, this, &FormDesigner::reload);
    connect(m_tree, &FormDesignerTree::dropped, this, &FormDesigner::normalizeAndSave);
    connect(m_tree, &QTreeWidget::itemChanged, this, &FormDesigner::itemChanged);
    connect(addSectionButton, &QPushButton::clicked, this, [this] {
        bool ok = false;
        const QString name = QInputDialog::getText(this, tr("New Section"), tr("Name of the section:"),
                                                   QLineEdit::Normal, QString(), &ok);
        if (ok)
            (void)addSection(name);
    });
    connect(addFieldButton, &QPushButton::clicked, this, &FormDesigner::askAddCustomField);
    connect(resetButton, &QPushButton::clicked, this, [this] { (void)resetLayout(); });

    auto *top = new QHBoxLayout;
    auto *label = new QLabel(tr("Form of the &pipeline:"), this);
    label->setBuddy(m_pipeline);
    top->addWidget(label);
    top->addWidget(m_pipeline, 1);
    auto *buttons = new QVBoxLayout;
    buttons->addWidget(addSectionButton);
    buttons->addWidget(addFieldButton);
    buttons->addWidget(resetButton);
    buttons->addStretch(1);
    auto *middle = new QHBoxLayout;
    middle->addWidget(m_tree, 1);
    middle->addLayout(buttons);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(middle, 1);
    layout->addWidget(m_message);
    reload();
}

Id FormDesigner::currentPipeline() const
{
    return m_pipeline->currentData().toLongLong();
}

void FormDesigner::showPipeline(Id pipelineId)
{
    m_pipeline->setCurrentIndex(std::max(0, m_pipeline->findData(pipelineId)));
    reload();
}

Status FormDesigner::report(const Status &status)
{
    m_message->setText(status ? QString() : status.error().message);
    return status;
}

void FormDesigner::reload()
{
    const auto fields = m_fields.fields();
    m_customFields = fields ? *fields : QList<CustomField>();
    const auto layout = m_layouts.load(currentPipeline());
    const QScopedValueRollback<bool> filling(m_filling, true);
    m_tree->clear();
    if (!layout) {
        m_message->setText(layout.error().message);
        return;
    }
    for (const FormSection &section : layout->sections) {
        auto *sectionItem = new QTreeWidgetItem(m_tree, { section.title() });
        sectionItem->setData(0, BuiltinRole, section.builtin);
        sectionItem->setData(0, NameRole, section.name);
        sectionItem->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable | Qt::ItemIsUserCheckable
                              | Qt::ItemIsDragEnabled | Qt::ItemIsDropEnabled);
        sectionItem->setCheckState(0, section.hidden ? Qt::Unchecked : Qt::Checked);
        QFont bold = sectionItem->font(0);
        bold.setBold(true);
        sectionItem->setFont(0, bold);
        for (const FormFieldRef &field : section.fields) {
            const auto customId = CustomField::idFromKey(field.key);
            auto *fieldItem = new QTreeWidgetItem(sectionItem, { formfields::title(field.key, m_customFields) });
            fieldItem->setData(0, KeyRole, field.key);
            Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable
                | Qt::ItemIsDragEnabled;
            if (customId)
                flags |= Qt::ItemIsEditable; // a custom field's name is its own
            fieldItem->setFlags(flags);
            fieldItem->setCheckState(0, field.hidden ? Qt::Unchecked : Qt::Checked);
            if (customId) {
                for (const CustomField &custom : std::as_const(m_customFields)) {
                    if (custom.id == *customId)
                        fieldItem->setToolTip(0, tr("Custom field: %1").arg(fieldTypeTitle(custom.type)));
                }
            }
        }
        sectionItem->setExpanded(true);
    }
}

FormLayout FormDesigner::shownLayout() const
{
    FormLayout layout;
    layout.pipelineId = currentPipeline();
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *sectionItem = m_tree->topLevelItem(i);
        FormSection section;
        section.builtin = sectionItem->data(0, BuiltinRole).toString();
        section.name = sectionItem->data(0, NameRole).toString();
        section.hidden = sectionItem->checkState(0) == Qt::Unchecked;
        for (int j = 0; j < sectionItem->childCount(); ++j) {
            const QTreeWidgetItem *fieldItem = sectionItem->child(j);
            section.fields.append({ fieldItem->data(0, KeyRole).toString(), fieldItem->checkState(0) == Qt::Unchecked });
        }
        layout.sections.append(section);
    }
    return layout;
}

void FormDesigner::normalizeAndSave()
{
    // A field dropped between sections joins the section above it (or the first one); a
    // section dropped into another goes right after it.
    {
        const QScopedValueRollback<bool> filling(m_filling, true);
        for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
            QTreeWidgetItem *item = m_tree->topLevelItem(i);
            if (isSection(item)) {
                for (int j = item->childCount() - 1; j >= 0; --j) {
                    if (isSection(item->child(j)))
                        m_tree->insertTopLevelItem(i + 1, item->takeChild(j));
                }
                continue;
            }
            QTreeWidgetItem *host = nullptr;
            for (int k = i - 1; k >= 0 && !host; --k)
                host = isSection(m_tree->topLevelItem(k)) ? m_tree->topLevelItem(k) : nullptr;
            for (int k = i + 1; k < m_tree->topLevelItemCount() && !host; ++k)
                host = isSection(m_tree->topLevelItem(k)) ? m_tree->topLevelItem(k) : nullptr;
            if (!host)
                break;
            const bool above = m_tree->indexOfTopLevelItem(host) < i;
            QTreeWidgetItem *field = m_tree->takeTopLevelItem(i);
            if (above)
                host->addChild(field);
            else
                host->insertChild(0, field);
            --i;
        }
    }
    (void)saveLayout(shownLayout());
}

void FormDesigner::itemChanged(QTreeWidgetItem *item, int)
{
    if (m_filling)
        return;
    if (isSection(item)) {
        const QString text = item->text(0).trimmed();
        FormSection probe;
        probe.builtin = item->data(0, BuiltinRole).toString();
        // A built-in section renamed back to its default name follows the language again.
        item->setData(0, NameRole, !probe.builtin.isEmpty() && text == probe.title() ? QString() : text);
        (void)saveLayout(shownLayout());
        return;
    }
    const auto customId = CustomField::idFromKey(item->data(0, KeyRole).toString());
    if (customId) {
        for (const CustomField &custom : std::as_const(m_customFields)) {
            if (custom.id == *customId && custom.name != item->text(0).trimmed()) {
                CustomField renamed = custom;
                renamed.name = item->text(0).trimmed();
                const auto updated = m_fields.update(m_workspace.actor(), renamed);
                (void)report(updated ? Status() : Status(updated.error()));
                if (!updated) {
                    reload();
                    return;
                }
            }
        }
    }
    (void)saveLayout(shownLayout());
}

Status FormDesigner::saveLayout(const FormLayout &layout)
{
    const Status status = report(m_layouts.save(m_workspace.actor(), currentPipeline(), layout));
    reload();
    return status;
}

Status FormDesigner::resetLayout()
{
    const Status status = report(m_layouts.reset(m_workspace.actor(), currentPipeline()));
    reload();
    return status;
}

Status FormDesigner::addSection(const QString &name)
{
    FormLayout layout = shownLayout();
    FormSection section;
    section.name = name.trimmed();
    layout.sections.append(section);
    return saveLayout(layout);
}

Status FormDesigner::addCustomField(const CustomField &field)
{
    const auto added = m_fields.add(m_workspace.actor(), field);
    if (!added)
        return report(added.error());
    (void)report({});
    reload();
    return {};
}

void FormDesigner::askAddCustomField()
{
    QDialog dialog(this);
    dialog.setWindowTitle(tr("New Custom Field"));
    auto *name = new QLineEdit(&dialog);
    auto *type = new QComboBox(&dialog);
    for (const QString &key : fieldTypeKeys()) {
        if (const auto t = fieldTypeFromText(key))
            type->addItem(fieldTypeTitle(*t), key);
    }
    auto *required = new QCheckBox(tr("Required"), &dialog);
    auto *options = new QPlainTextEdit(&dialog);
    options->setPlaceholderText(tr("One choice per line (lists only)"));
    options->setFixedHeight(options->fontMetrics().lineSpacing() * 5 + 12);
    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), name);
    form->addRow(tr("&Type:"), type);
    form->addRow(QString(), required);
    form->addRow(tr("&Choices:"), options);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addLayout(form);
    layout->addWidget(buttons);
    if (dialog.exec() != QDialog::Accepted)
        return;
    CustomField field;
    field.name = name->text().trimmed();
    field.type = fieldTypeFromText(type->currentData().toString()).value_or(FieldType::Text);
    field.required = required->isChecked();
    for (const QString &line : options->toPlainText().split(QLatin1Char('\n'))) {
        if (!line.trimmed().isEmpty())
            field.options << line.trimmed();
    }
    (void)addCustomField(field);
}

} // namespace comptoir
