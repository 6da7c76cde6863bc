// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "entities.h"
#include "result.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QListWidget;

namespace comptoir {

class Workspace;

// Settings → Lists: the editable lists deals choose from (types, sources, lost reasons,
// currencies). Entries are renamed in place and switched off rather than deleted, so the deals
// that carry one keep reading it.
class ListsPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ListsPage)
public:
    explicit ListsPage(Workspace &workspace, QWidget *parent = nullptr);

    void showList(const QString &list);
    QString currentList() const;
    QListWidget *items() const { return m_items; }
    QLabel *messageLabel() const { return m_message; }

    Status addItem(const QString &name);
    Status renameItem(Id id, const QString &name);
    Status setItemActive(Id id, bool active);

private:
    void reload();

    Workspace &m_workspace;
    QComboBox *m_list = nullptr;
    QListWidget *m_items = nullptr;
    QLabel *m_message = nullptr;
    QList<ListItem> m_shown;
    bool m_filling = false;
};

} // namespace comptoir
