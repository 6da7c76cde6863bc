// SPDX-License-Identifier: GPL-3.0-or-later
#include "kanbanview.h"

#include "boardmodel.h"
#include "kanbancolumn.h"
#include "kanbanquickcreate.h"

#include <QComboBox>
#include <QDragEnterEvent>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QMimeData>
#include <QPainter>
#include <QPainterPath>
#include <QScrollArea>
#include <QScrollBar>

namespace comptoir {

namespace {
constexpr int ColumnWidth = 272;
}

KanbanDropZone::KanbanDropZone(Outcome outcome, BoardModel *model, QWidget *parent)
    : QFrame(parent)
    , m_outcome(outcome)
    , m_model(model)
{
    setObjectName(outcome == Outcome::Won ? QStringLiteral("wonDropZone") : QStringLiteral("lostDropZone"));
    setAcceptDrops(true);
    setMinimumHeight(QFontMetrics(font()).height() * 3);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void KanbanDropZone::dragEnterEvent(QDragEnterEvent *event)
{
    if (m_model && !m_model->decodeDealIds(event->mimeData()).isEmpty()) {
        event->setDropAction(Qt::MoveAction);
        event->accept();
        m_hovered = true;
        update();
    }
}

void KanbanDropZone::dragLeaveEvent(QDragLeaveEvent *)
{
    m_hovered = false;
    update();
}

void KanbanDropZone::dropEvent(QDropEvent *event)
{
    m_hovered = false;
    update();
    const QList<Id> ids = m_model ? m_model->decodeDealIds(event->mimeData()) : QList<Id>();
    if (ids.isEmpty())
        return;
    event->setDropAction(Qt::MoveAction);
    event->accept();
    // Queued: the Lost question must not open inside the drag's own event loop.
    QMetaObject::invokeMethod(this, [this, ids] { Q_EMIT dropped(ids, m_outcome); }, Qt::QueuedConnection);
}

void KanbanDropZone::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const bool won = m_outcome == Outcome::Won;
    const QColor base = won ? QColor(0x2f, 0x9e, 0x44) : QColor(0xd6, 0x45, 0x45);
    QColor fill = base;
    fill.setAlpha(m_hovered ? 70 : 28);
    QPainterPath path;
    path.addRoundedRect(QRectF(rect()).adjusted(1, 1, -1, -1), 8, 8);
    p.fillPath(path, fill);
    p.setPen(QPen(base, m_hovered ? 2.0 : 1.2, Qt::DashLine));
    p.drawPath(path);
    QFont f = font();
    f.setBold(true);
    f.setPointSizeF(f.pointSizeF() * 1.15);
    p.setFont(f);
    p.setPen(base.darker(115));
    p.drawText(rect(), Qt::AlignCenter, won ? tr("Won") : tr("Lost"));
}

KanbanView::KanbanView(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("kanbanView"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 8);
    layout->setSpacing(6);

    auto *bar = new QHBoxLayout;
    auto *sortLabel = new QLabel(tr("&Order cards by:"), this);
    m_sort = new QComboBox(this);
    m_sort->setObjectName(QStringLiteral("kanbanSort"));
    m_sort->addItem(tr("Attention"), int(BoardSort::Attention));
    m_sort->addItem(tr("Amount"), int(BoardSort::Amount));
    m_sort->addItem(tr("Expected close date"), int(BoardSort::CloseDate));
    m_sort->addItem(tr("Created"), int(BoardSort::Created));
    m_sort->setToolTip(tr("Attention: overdue activities first, then due today, then no activity, then future ones"));
    sortLabel->setBuddy(m_sort);
    connect(m_sort, &QComboBox::currentIndexChanged, this, [this] {
        if (m_model)
            m_model->setSort(BoardSort(m_sort->currentData().toInt()));
    });
    bar->addWidget(sortLabel);
    bar->addWidget(m_sort);
    bar->addStretch(1);
    layout->addLayout(bar);

    m_scroll = new QScrollArea(this);
    m_scroll->setObjectName(QStringLiteral("kanbanScroll"));
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_board = new QWidget(m_scroll);
    m_columnsLayout = new QHBoxLayout(m_board);
    m_columnsLayout->setContentsMargins(0, 0, 0, 0);
    m_columnsLayout->setSpacing(8);
    m_scroll->setWidget(m_board);
    layout->addWidget(m_scroll, 1);

    m_zones = new QWidget(this);
    auto *zones = new QHBoxLayout(m_zones);
    zones->setContentsMargins(0, 0, 0, 0);
    zones->setSpacing(12);
    layout->addWidget(m_zones);
    m_zones->hide();

    m_askLostReason = [](QWidget *parent, const QList<QPair<QString, QString>> &reasons) -> std::optional<QString> {
        QStringList names{tr("No reason given")};
        for (const auto &r : reasons)
            names << r.second;
        bool ok = false;
        const QString chosen = QInputDialog::getItem(parent, tr("Deal Lost"), tr("Why was it lost? (optional)"),
                                                     names, 0, false, &ok);
        if (!ok)
            return std::nullopt;
        for (const auto &r : reasons) {
            if (r.second == chosen)
                return r.first;
        }
        return QString();
    };
    m_confirm = [](QWidget *parent, const QString &question) {
        return QMessageBox::question(parent, tr("Delete Deals"), question,
                                     QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
            == QMessageBox::Yes;
    };
}

KanbanView::~KanbanView() = default;

void KanbanView::setModel(BoardModel *model)
{
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_model = model;
    delete m_won;
    delete m_lost;
    m_won = m_lost = nullptr;
    if (m_model) {
        connect(m_model, &QAbstractItemModel::modelReset, this, &KanbanView::rebuild);
        connect(m_model, &QObject::destroyed, this, [this] {
            m_model = nullptr;
            rebuild();
        });
        m_won = new KanbanDropZone(Outcome::Won, m_model, m_zones);
        m_lost = new KanbanDropZone(Outcome::Lost, m_model, m_zones);
        m_zones->layout()->addWidget(m_won);
        m_zones->layout()->addWidget(m_lost);
        connect(m_won, &KanbanDropZone::dropped, this, &KanbanView::closeDeals);
        connect(m_lost, &KanbanDropZone::dropped, this, &KanbanView::closeDeals);
        const QSignalBlocker blocker(m_sort);
        m_sort->setCurrentIndex(m_sort->findData(int(m_model->sort())));
    }
    rebuild();
}

void KanbanView::rebuild()
{
    const bool hadFocus = m_board->isAncestorOf(focusWidget());
    qDeleteAll(m_columns);
    m_columns.clear();
    while (QLayoutItem *item = m_columnsLayout->takeAt(0))
        delete item;
    if (m_model) {
        for (int row = 0; row < m_model->rowCount(); ++row) {
            auto *column = new KanbanColumn(m_model, row, m_board);
            column->setFixedWidth(ColumnWidth);
            m_columnsLayout->addWidget(column);
            KanbanCardList *list = column->list();
            const int index = int(m_columns.size());
            connect(list, &KanbanCardList::neighbourRequested, this, [this, index](int step) { focusColumn(index, step); });
            connect(list, &KanbanCardList::moveRequested, this, &KanbanView::moveByStep);
            connect(list, &KanbanCardList::dealActivated, this, &KanbanView::dealActivated);
            connect(list, &KanbanCardList::deleteRequested, this, &KanbanView::removeWithConfirmation);
            connect(list, &KanbanCardList::dragStarted, this, [this] { showDropZones(true); });
            connect(list, &KanbanCardList::dragFinished, this, [this] { showDropZones(false); });
            connect(column, &KanbanColumn::quickCreateRequested, this, &KanbanView::openQuickCreate);
            m_columns << column;
        }
        if (!m_columns.isEmpty()) {
            m_waitingFirstPaint = true;
            m_columns.constFirst()->list()->viewport()->installEventFilter(this);
        }
    }
    m_columnsLayout->addStretch(1);
    if (hadFocus)
        focusDeal();
}

bool KanbanView::eventFilter(QObject *watched, QEvent *event)
{
    if (m_waitingFirstPaint && event->type() == QEvent::Paint) {
        m_waitingFirstPaint = false;
        watched->removeEventFilter(this);
        QMetaObject::invokeMethod(this, &KanbanView::firstPainted, Qt::QueuedConnection);
    }
    return QWidget::eventFilter(watched, event);
}

KanbanColumn *KanbanView::columnOf(Id stageId) const
{
    for (KanbanColumn *c : m_columns) {
        if (c->stageId() == stageId)
            return c;
    }
    return nullptr;
}

bool KanbanView::dropZonesVisible() const
{
    return m_zones->isVisible();
}

void KanbanView::showDropZones(bool shown)
{
    m_zones->setVisible(shown);
}

void KanbanView::focusDeal(Id dealId)
{
    if (!m_model || m_columns.isEmpty())
        return;
    QModelIndex index = dealId ? m_model->dealIndex(dealId) : QModelIndex();
    KanbanColumn *column = index.isValid() ? columnOf(m_model->stageId(index)) : nullptr;
    if (!column) {
        for (KanbanColumn *c : m_columns) {
            if (m_model->rowCount(c->list()->rootIndex()) > 0) {
                column = c;
                index = m_model->index(0, 0, c->list()->rootIndex());
                break;
            }
        }
    }
    if (!column)
        column = m_columns.constFirst();
    column->list()->setFocus(Qt::OtherFocusReason);
    if (index.isValid()) {
        column->list()->setCurrentIndex(index);
        column->list()->scrollTo(index);
        m_scroll->ensureWidgetVisible(column);
    }
}

void KanbanView::focusColumn(int from, int step)
{
    // The nearest column in that direction that has cards; the card at the same height.
    const int row = m_columns[from]->list()->currentIndex().row();
    for (int c = from + step; c >= 0 && c < m_columns.size(); c += step) {
        KanbanCardList *list = m_columns[c]->list();
        const int count = m_model->rowCount(list->rootIndex());
        if (count == 0)
            continue;
        list->setFocus(Qt::OtherFocusReason);
        list->setCurrentIndex(m_model->index(std::clamp(row, 0, count - 1), 0, list->rootIndex()));
        m_scroll->ensureWidgetVisible(m_columns[c]);
        return;
    }
}

void KanbanView::moveByStep(Id dealId, int step)
{
    const QModelIndex index = m_model->dealIndex(dealId);
    const int from = index.isValid() ? index.parent().row() : -1;
    const int to = from + step;
    if (from < 0 || to < 0 || to >= m_model->rowCount())
        return;
    if (!m_model->moveDeals({dealId}, m_model->stageId(m_model->index(to, 0))))
        return;
    focusDeal(dealId); // the focus follows the card
}

void KanbanView::closeDeals(const QList<Id> &dealIds, Outcome outcome)
{
    if (!m_model || dealIds.isEmpty())
        return;
    QString reason;
    if (outcome == Outcome::Lost) {
        const auto answer = m_askLostReason(this, m_model->lostReasons());
        if (!answer)
            return;
        reason = *answer;
    }
    (void)m_model->closeDeals(dealIds, outcome, reason);
}

void KanbanView::removeWithConfirmation(const QList<Id> &dealIds)
{
    if (!m_model || dealIds.isEmpty())
        return;
    const QString question = dealIds.size() == 1
        ? tr("Move “%1” to the recycle bin?").arg(m_model->dealIndex(dealIds.first()).data().toString())
        : tr("Move %n deal(s) to the recycle bin?", nullptr, int(dealIds.size()));
    if (m_confirm(this, question))
        (void)m_model->removeDeals(dealIds);
}

void KanbanView::openQuickCreate(Id stageId, QWidget *anchor)
{
    if (!m_model)
        return;
    auto *popup = new KanbanQuickCreate(m_model, stageId, this);
    popup->setAttribute(Qt::WA_DeleteOnClose);
    QWidget *at = anchor ? anchor : static_cast<QWidget *>(columnOf(stageId));
    const QPoint pos = at ? at->mapToGlobal(QPoint(0, at->height())) : mapToGlobal(QPoint(20, 40));
    popup->move(pos);
    popup->show();
    popup->activateWindow();
}

} // namespace comptoir
