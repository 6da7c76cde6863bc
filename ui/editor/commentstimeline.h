// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "commentservice.h"

#include <QLocale>
#include <QWidget>

class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace comptoir {

class Workspace;

// The editor's timeline of comments: the deal's comments newest first (author, date, text) and
// a box to write one. A comment is written when added (Ctrl+Enter or the button), not with the
// editor's Save, like a note pinned to the deal; a new deal takes comments once saved.
class CommentsTimeline final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CommentsTimeline)
public:
    CommentsTimeline(Workspace &workspace, const QLocale &locale, QWidget *parent = nullptr);

    void setDeal(Id dealId);
    int count() const { return m_count; }
    // Adds what the box holds; false (with the message shown) when nothing was written.
    bool addTyped();

    QListWidget *list() const { return m_list; }
    QPlainTextEdit *input() const { return m_input; }
    QPushButton *addButton() const { return m_add; }

Q_SIGNALS:
    // A comment was added or removed: the editor's tab title and history follow.
    void commentsChanged(int count);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void reload();
    void removeSelected();

    Workspace &m_workspace;
    CommentService m_comments;
    QLocale m_locale;
    Id m_dealId = 0;
    int m_count = 0;
    QListWidget *m_list = nullptr;
    QPlainTextEdit *m_input = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_remove = nullptr;
    QLabel *m_message = nullptr;
};

} // namespace comptoir
