// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "customfields.h"
#include "formlayout.h"
#include "result.h"

#include <QTreeWidget>

class QComboBox;
class QLabel;

namespace comptoir {

class Workspace;

// The section and field tree of the form designer: drops are allowed anywhere, then the
// designer puts any field dropped outside a section back into one.
class FormDesignerTree final : public QTreeWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FormDesignerTree)
public:
    using QTreeWidget::QTreeWidget;

Q_SIGNALS:
    void dropped();

protected:
    void dropEvent(QDropEvent *event) override;
};

// Settings → Forms (F5): per pipeline, the sections of the deal editor's Details tab and their
// fields, reordered by drag and drop, renamed (sections, custom fields), hidden (unchecked),
// plus new sections, new custom fields and "reset to default". Each change is saved at once
// through FormLayoutService.
class FormDesigner final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FormDesigner)
public:
    explicit FormDesigner(Workspace &workspace, QWidget *parent = nullptr);

    void showPipeline(Id pipelineId);
    Id currentPipeline() const;
    // The layout as the tree shows it.
    FormLayout shownLayout() const;
    QTreeWidget *tree() const { return m_tree; }
    QLabel *messageLabel() const { return m_message; }

    Status saveLayout(const FormLayout &layout);
    Status resetLayout();
    Status addSection(const QString &name);
    Status addCustomField(const CustomField &field);

private:
    void reload();
    void normalizeAndSave();
    void itemChanged(QTreeWidgetItem *item, int column);
    void askAddCustomField();
    Status report(const Status &status);

    Workspace &m_workspace;
    FormLayoutService &m_layouts;
    CustomFieldService &m_fields;
    QList<CustomField> m_customFields;
    QComboBox *m_pipeline = nullptr;
    FormDesignerTree *m_tree = nullptr;
    QLabel *m_message = nullptr;
    bool m_filling = false;
};

} // namespace comptoir
