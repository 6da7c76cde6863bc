// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "entities.h"
#include "result.h"

#include <QDialog>

class QFormLayout;
class QLabel;
class QTabWidget;
class QTreeWidget;

namespace comptoir {

class Workspace;

// A read-only look at one deal: its fields, product rows and history, as stored. Stands in
// until the deal editor exists, so a double-click in the list always shows something true.
class DealDetailsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DealDetailsDialog)
public:
    explicit DealDetailsDialog(QWidget *parent = nullptr);

    // Reads the deal and its history; on error the dialog is left empty and not to be shown.
    Status load(Workspace &workspace, Id dealId, const QLocale &locale = {});

private:
    enum class Wrap { None, Words };
    void addField(const QString &label, const QString &value, Wrap wrap = Wrap::None);

    QLabel *m_title;
    QLabel *m_subtitle;
    QTabWidget *m_tabs;
    QFormLayout *m_fields;
    QTreeWidget *m_products;
    QTreeWidget *m_history;
};

} // namespace comptoir
