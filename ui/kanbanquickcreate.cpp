// SPDX-License-Identifier: GPL-3.0-or-later
#include "kanbanquickcreate.h"

#include "boardmodel.h"
#include "money.h"
#include "moneyinput.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QFormLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QStringListModel>

namespace comptoir {

KanbanQuickCreate::KanbanQuickCreate(BoardModel *model, Id stageId, QWidget *parent)
    : QFrame(parent, Qt::Popup)
    , m_model(model)
    , m_stageId(stageId)
    , m_title(new QLineEdit(this))
    , m_amount(new QLineEdit(this))
    , m_client(new QLineEdit(this))
    , m_error(new QLabel(this))
    , m_suggestions(new QStringListModel(this))
{
    setObjectName(QStringLiteral("kanbanQuickCreate"));
    setFrameShape(QFrame::StyledPanel);
    setMinimumWidth(300);
    const QModelIndex stage = model->stageIndex(stageId);
    auto *layout = new QFormLayout(this);
    auto *heading = new QLabel(tr("<b>New deal in %1</b>").arg(stage.data().toString().toHtmlEscaped()), this);
    layout->addRow(heading);
    m_title->setPlaceholderText(tr("What is being sold"));
    m_title->setObjectName(QStringLiteral("quickTitle"));
    // The default currency unless the amount names another ("1 200 $", "USD 1200").
    m_amount->setPlaceholderText(money::format(0, model->currencies().constFirst(), model->locale()));
    m_amount->setObjectName(QStringLiteral("quickAmount"));
    m_client->setPlaceholderText(tr("Company or contact"));
    m_client->setObjectName(QStringLiteral("quickClient"));
    layout->addRow(tr("&Title:"), m_title);
    layout->addRow(tr("&Amount:"), m_amount);
    layout->addRow(tr("&Client:"), m_client);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_error->hide();
    layout->addRow(m_error);
    auto *hint = new QLabel(tr("Enter creates the deal, Escape cancels."), this);
    hint->setEnabled(false);
    layout->addRow(hint);

    auto *completer = new QCompleter(m_suggestions, this);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setCompletionMode(QCompleter::PopupCompletion);
    m_client->setCompleter(completer);
    connect(m_client, &QLineEdit::textEdited, this, &KanbanQuickCreate::suggest);
    for (QLineEdit *edit : {m_title, m_amount, m_client})
        connect(edit, &QLineEdit::returnPressed, this, [this] {
            // Enter in the client field while its completion list is open picks an entry first.
            if (m_client->completer()->popup()->isVisible())
                return;
            submit();
        });
    m_title->setFocus();
}

void KanbanQuickCreate::suggest(const QString &text)
{
    m_suggestions->setStringList(m_model->clientSuggestions(text));
}

bool KanbanQuickCreate::submit()
{
    const QString title = m_title->text().trimmed();
    if (title.isEmpty()) {
        m_error->setText(tr("Give the deal a title."));
        m_error->show();
        m_title->setFocus();
        return false;
    }
    const QStringList currencies = m_model->currencies();
    money::TypedAmount amount{0, currencies.constFirst()};
    if (!m_amount->text().trimmed().isEmpty()) {
        const auto parsed = money::parseTyped(m_amount->text(), currencies, currencies.constFirst(),
                                              m_model->locale());
        if (!parsed) {
            m_error->setText(parsed.error().message);
            m_error->show();
            m_amount->setFocus();
            return false;
        }
        amount = *parsed;
    }
    const auto made = m_model->createDeal(m_stageId, title, amount.minor, m_client->text(), amount.currency);
    if (!made) {
        m_error->setText(made.error().message);
        m_error->show();
        return false;
    }
    Q_EMIT created(*made);
    close();
    return true;
}

void KanbanQuickCreate::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape) {
        close();
        return;
    }
    QFrame::keyPressEvent(event);
}

} // namespace comptoir
