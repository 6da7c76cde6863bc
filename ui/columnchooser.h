// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QHeaderView;
class QListWidget;
class QPushButton;

namespace comptoir {

// Which columns of the list show, and in what order (F3): a checkable list the user reorders by
// dragging (or with Move Up / Move Down). OK applies it to the header; the window keeps the
// header state in its settings.
class ColumnChooserDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ColumnChooserDialog)
public:
    // `fixedColumn`: a logical column that cannot be hidden (the title), or -1.
    ColumnChooserDialog(QHeaderView *header, int fixedColumn, QWidget *parent = nullptr);

    QListWidget *list() const { return m_list; }
    // The logical columns in the chosen order, and whether each is shown.
    QList<int> order() const;
    bool isShown(int logical) const;
    // Moves and hides the header's sections as chosen.
    void apply() const;
    void accept() override;

private:
    void move(int by);
    void updateButtons();

    QHeaderView *m_header;
    QListWidget *m_list = nullptr;
    QPushButton *m_up = nullptr;
    QPushButton *m_down = nullptr;
};

} // namespace comptoir
