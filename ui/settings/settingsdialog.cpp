// SPDX-License-Identifier: GPL-3.0-or-later
#include "settingsdialog.h"

#include "calendarpage.h"
#include "dealeditor.h"
#include "formdesigner.h"
#include "listspage.h"
#include "pipelinespage.h"
#include "productspage.h"
#include "workspace.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QSettings>
#include <QTabWidget>
#include <QVBoxLayout>

namespace comptoir {

SettingsDialog::SettingsDialog(Workspace &workspace, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Settings"));

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("settingsTabs"));
    m_pipelines = new PipelinesPage(workspace, m_tabs);
    m_tabs->addTab(m_pipelines, tr("&Pipelines"));
    m_lists = new ListsPage(workspace, m_tabs);
    m_tabs->addTab(m_lists, tr("&Lists"));
    m_calendar = new CalendarPage(workspace, m_tabs);
    m_tabs->addTab(m_calendar, tr("&Working days"));
    m_forms = new FormDesigner(workspace, m_tabs);
    m_tabs->addTab(m_forms, tr("&Forms"));
    m_products = new ProductsPage(workspace, QLocale(), m_tabs);
    m_tabs->addTab(m_products, tr("P&roducts"));

    auto *editorPage = new QWidget(m_tabs);
    m_propose = new QCheckBox(tr("When I close an open deal that has no planned activity, propose to plan one"),
                              editorPage);
    m_propose->setObjectName(QStringLiteral("proposeActivityBox"));
    QSettings settings(QStringLiteral("Comptoir"), QStringLiteral("Comptoir"));
    m_propose->setChecked(settings.value(DealEditor::proactivePromptKey(), true).toBool());
    connect(m_propose, &QCheckBox::toggled, this, [](bool on) {
        QSettings(QStringLiteral("Comptoir"), QStringLiteral("Comptoir")).setValue(DealEditor::proactivePromptKey(), on);
    });
    auto *editorLayout = new QVBoxLayout(editorPage);
    editorLayout->addWidget(m_propose);
    editorLayout->addStretch(1);
    m_tabs->addTab(editorPage, tr("&Deal editor"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(buttons);
    resize(860, 560);
}

QStringList SettingsDialog::pageNames()
{
    return {QStringLiteral("pipelines"), QStringLiteral("lists"), QStringLiteral("working-days"),
            QStringLiteral("forms"),     QStringLiteral("products"), QStringLiteral("editor")};
}

std::optional<SettingsDialog::Page> SettingsDialog::pageNamed(const QString &name)
{
    const qsizetype index = pageNames().indexOf(name.trimmed().toLower());
    if (index < 0)
        return std::nullopt;
    return Page(index);
}

void SettingsDialog::showPage(Page page)
{
    // The tabs are added in the order of Page.
    m_tabs->setCurrentIndex(int(page));
}

} // namespace comptoir
