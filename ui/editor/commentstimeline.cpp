// SPDX-License-Identifier: GPL-3.0-or-later
#include "commentstimeline.h"

#include "dealformat.h"
#include "workspace.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QKeyEvent>
#include <QVBoxLayout>

namespace comptoir {

CommentsTimeline::CommentsTimeline(Workspace &workspace, const QLocale &locale, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_comments(workspace.db(), workspace.clock())
    , m_locale(locale)
{
    m_input = new QPlainTextEdit(this);
    m_input->setObjectName(QStringLiteral("commentInput"));
    m_input->setPlaceholderText(tr("Write a comment… (Ctrl+Enter adds it)"));
    m_input->setTabChangesFocus(true);
    m_input->setFixedHeight(m_input->fontMetrics().lineSpacing() * 4 + 12);
    m_add = new QPushButton(tr("Add &comment"), this);
    m_add->setObjectName(QStringLiteral("addCommentButton"));
    m_add->setEnabled(false);
    m_remove = new QPushButton(tr("Remove"), this);
    m_remove->setObjectName(QStringLiteral("removeCommentButton"));
    m_remove->setEnabled(false);
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #8e2a1f;"));
    m_message->hide();
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("commentsList"));
    m_list->setWordWrap(true);
    m_list->setAlternatingRowColors(true);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setSpacing(3); // a gap between comments: each is an author line and its text

    connect(m_input, &QPlainTextEdit::textChanged, this, [this] {
        m_add->setEnabled(m_dealId != 0 && !m_input->toPlainText().trimmed().isEmpty());
        m_message->hide();
    });
    connect(m_add, &QPushButton::clicked, this, &CommentsTimeline::addTyped);
    m_input->installEventFilter(this);
    connect(m_list, &QListWidget::itemSelectionChanged, this,
            [this] { m_remove->setEnabled(!m_list->selectedItems().isEmpty()); });
    connect(m_remove, &QPushButton::clicked, this, &CommentsTimeline::removeSelected);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_message);
    buttons->addStretch(1);
    buttons->addWidget(m_remove);
    buttons->addWidget(m_add);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_input);
    layout->addLayout(buttons);
    layout->addWidget(m_list, 1);
}

bool CommentsTimeline::eventFilter(QObject *watched, QEvent *event)
{
    // Ctrl+Enter in the box adds the comment; Enter alone starts a new line.
    if (watched == m_input && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter)
            && key->modifiers().testFlag(Qt::ControlModifier)) {
            addTyped();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void CommentsTimeline::setDeal(Id dealId)
{
    m_dealId = dealId;
    m_input->clear();
    m_input->setEnabled(dealId != 0);
    if (!dealId)
        m_input->setPlaceholderText(tr("Save the deal first to comment on it."));
    else
        m_input->setPlaceholderText(tr("Write a comment… (Ctrl+Enter adds it)"));
    reload();
}

void CommentsTimeline::reload()
{
    m_list->clear();
    m_count = 0;
    if (!m_dealId)
        return;
    const auto comments = m_comments.forDeal(m_workspace.actor(), m_dealId);
    if (!comments) {
        m_message->setText(comments.error().message);
        m_message->show();
        return;
    }
    for (const Comment &comment : *comments) {
        auto *item = new QListWidgetItem(QStringLiteral("%1 · %2\n%3")
                                             .arg(comment.userName, dealformat::dateTime(comment.at, m_locale),
                                                  comment.body),
                                         m_list);
        item->setData(Qt::UserRole, comment.id);
        item->setToolTip(comment.body);
    }
    m_count = int(comments->size());
}

bool CommentsTimeline::addTyped()
{
    if (!m_dealId)
        return false;
    const auto added = m_comments.add(m_workspace.actor(), m_dealId, m_input->toPlainText());
    if (!added) {
        m_message->setText(added.error().message);
        m_message->show();
        return false;
    }
    m_input->clear();
    reload();
    Q_EMIT commentsChanged(m_count);
    return true;
}

void CommentsTimeline::removeSelected()
{
    const QList<QListWidgetItem *> selected = m_list->selectedItems();
    if (selected.isEmpty())
        return;
    if (QMessageBox::question(this, tr("Remove the comment"),
                              tr("Remove this comment? The deal's history keeps its text."))
        != QMessageBox::Yes)
        return;
    if (const Status removed = m_comments.remove(m_workspace.actor(), selected.first()->data(Qt::UserRole).toLongLong());
        !removed) {
        m_message->setText(removed.error().message);
        m_message->show();
        return;
    }
    reload();
    Q_EMIT commentsChanged(m_count);
}

} // namespace comptoir
