// SPDX-License-Identifier: GPL-3.0-or-later
#include "kanbancolumn.h"

#include "cardpainter.h"

#include "boardmodel.h"
#include "kanbandelegate.h"

#include <QDrag>
#include <QKeyEvent>
#include <QMimeData>
#include <QPainter>
#include <QPainterPath>
#include <QToolButton>
#include <QVBoxLayout>

namespace comptoir {

KanbanCardList::KanbanCardList(QWidget *parent)
    : QListView(parent)
{
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setDragDropMode(QAbstractItemView::DragDrop);
    setDefaultDropAction(Qt::MoveAction);
    setDragEnabled(true);
    setAcceptDrops(true);
    setDropIndicatorShown(false); // the sort decides where a card lands, not the drop point
    setUniformItemSizes(true);    // one size for all cards: no measuring of 100,000 rows
    setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setFrameShape(QFrame::NoFrame);
    setSpacing(0);
    viewport()->setAutoFillBackground(false);
    setAutoFillBackground(false);
    setMouseTracking(true);
    connect(this, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        if (const auto *m = qobject_cast<const BoardModel *>(model()); m && m->dealId(index))
            Q_EMIT dealActivated(m->dealId(index));
    });
}

QList<Id> KanbanCardList::selectedDealIds() const
{
    QList<Id> ids;
    const auto *m = qobject_cast<const BoardModel *>(model());
    if (!m || !selectionModel())
        return ids;
    QModelIndexList rows = selectionModel()->selectedIndexes();
    std::sort(rows.begin(), rows.end());
    for (const QModelIndex &i : std::as_const(rows)) {
        if (const Id id = m->dealId(i))
            ids << id;
    }
    if (ids.isEmpty() && currentDealId())
        ids << currentDealId();
    return ids;
}

Id KanbanCardList::currentDealId() const
{
    const auto *m = qobject_cast<const BoardModel *>(model());
    return m ? m->dealId(currentIndex()) : 0;
}

void KanbanCardList::keyPressEvent(QKeyEvent *event)
{
    const Qt::KeyboardModifiers mods = event->modifiers() & ~Qt::KeypadModifier;
    const int key = event->key();
    if ((key == Qt::Key_Left || key == Qt::Key_Right) && mods == (Qt::ControlModifier | Qt::ShiftModifier)) {
        if (const Id id = currentDealId())
            Q_EMIT moveRequested(id, key == Qt::Key_Right ? 1 : -1);
        event->accept();
        return;
    }
    if ((key == Qt::Key_Left || key == Qt::Key_Right) && mods == Qt::NoModifier) {
        Q_EMIT neighbourRequested(key == Qt::Key_Right ? 1 : -1);
        event->accept();
        return;
    }
    if ((key == Qt::Key_Return || key == Qt::Key_Enter) && mods == Qt::NoModifier) {
        if (const Id id = currentDealId())
            Q_EMIT dealActivated(id);
        event->accept();
        return;
    }
    if (key == Qt::Key_Delete && mods == Qt::NoModifier) {
        if (const QList<Id> ids = selectedDealIds(); !ids.isEmpty())
            Q_EMIT deleteRequested(ids);
        event->accept();
        return;
    }
    QListView::keyPressEvent(event);
}

void KanbanCardList::startDrag(Qt::DropActions supportedActions)
{
    QModelIndexList cards = selectionModel()->selectedIndexes();
    if (cards.isEmpty() && currentIndex().isValid())
        cards << currentIndex();
    std::sort(cards.begin(), cards.end());
    QMimeData *data = cards.isEmpty() ? nullptr : model()->mimeData(cards);
    if (!data)
        return;
    auto *drag = new QDrag(this);
    drag->setMimeData(data);
    // The first card as it looks, with a count badge when several move together.
    const QModelIndex first = cards.constFirst();
    const QRect rect = visualRect(first);
    const qreal dpr = devicePixelRatioF();
    QPixmap pixmap(rect.size() * dpr);
    pixmap.setDevicePixelRatio(dpr);
    pixmap.fill(Qt::transparent);
    {
        QPainter painter(&pixmap);
        QStyleOptionViewItem option;
        initViewItemOption(&option);
        option.rect = QRect(QPoint(0, 0), rect.size());
        option.state |= QStyle::State_Selected;
        painter.setOpacity(0.92);
        itemDelegate()->paint(&painter, option, first);
        if (cards.size() > 1) {
            const QString count = QString::number(cards.size());
            const int side = fontMetrics().height() + 6;
            const QRect badge(rect.width() - side - 4, 0, side, side);
            painter.setRenderHint(QPainter::Antialiasing);
            painter.setPen(Qt::NoPen);
            painter.setBrush(palette().color(QPalette::Highlight));
            painter.drawEllipse(badge);
            painter.setPen(palette().color(QPalette::HighlightedText));
            painter.drawText(badge, Qt::AlignCenter, count);
        }
    }
    drag->setPixmap(pixmap);
    drag->setHotSpot(viewport()->mapFromGlobal(QCursor::pos()) - rect.topLeft());
    // The Won and Lost zones show for as long as the drag lasts.
    Q_EMIT dragStarted(data);
    drag->exec(supportedActions, Qt::MoveAction);
    Q_EMIT dragFinished();
}

void KanbanCardList::resizeEvent(QResizeEvent *event)
{
    QListView::resizeEvent(event);
    // Cards take the column's width: the delegate's size hint follows the viewport.
    scheduleDelayedItemsLayout();
}

KanbanColumnHeader::KanbanColumnHeader(BoardModel *model, const QPersistentModelIndex &stage, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_stage(stage)
    , m_add(new QToolButton(this))
{
    m_add->setText(QStringLiteral("+"));
    m_add->setAutoRaise(true);
    m_add->setObjectName(QStringLiteral("quickCreateButton"));
    m_add->setToolTip(tr("New deal in “%1”").arg(stage.data().toString()));
    m_add->setAccessibleName(tr("New deal in “%1”").arg(stage.data().toString()));
    QFont f = m_add->font();
    f.setPointSizeF(f.pointSizeF() * 1.3);
    f.setBold(true);
    m_add->setFont(f);
    connect(model, &QAbstractItemModel::dataChanged, this, [this] {
        updateToolTip();
        update();
    });
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    updateToolTip();
}

// The header elides totals in several currencies to the column's width: the tooltip has them
// all, one per line.
void KanbanColumnHeader::updateToolTip()
{
    QStringList lines{QStringLiteral("<b>%1</b> (%2)").arg(m_stage.data().toString().toHtmlEscaped(),
                                                           QLocale().toString(m_stage.data(BoardModel::CountRole).toLongLong()))};
    const QString total = m_stage.data(BoardModel::TotalsTextRole).toString();
    if (!total.isEmpty())
        lines << tr("Total: %1").arg(total.toHtmlEscaped());
    const QString weighted = m_stage.data(BoardModel::WeightedTextRole).toString();
    if (!weighted.isEmpty())
        lines << tr("Weighted (%1 %): %2").arg(m_stage.data(BoardModel::ProbabilityRole).toInt()).arg(weighted.toHtmlEscaped());
    setToolTip(lines.join(QStringLiteral("<br>")));
}

QSize KanbanColumnHeader::sizeHint() const
{
    const QFontMetrics fm(font());
    return {240, 6 + 10 + fm.height() * 3 + 8 + 8};
}

void KanbanColumnHeader::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    const int side = QFontMetrics(font()).height() + 8;
    m_add->setGeometry(width() - side - 8, 12, side, side);
}

void KanbanColumnHeader::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QColor colour = m_stage.data(BoardModel::StageColorRole).value<QColor>();
    // The stage colour as a band across the top.
    QPainterPath band;
    band.addRoundedRect(QRectF(0, 0, width(), 5), 2.5, 2.5);
    p.fillPath(band, colour.isValid() ? colour : palette().color(QPalette::Mid));

    const QString total = m_stage.data(BoardModel::TotalsTextRole).toString();
    const int left = 10;
    const QFontMetrics fm(font());
    const int y = cards::paintColumnHeading(p, *this, left, width() - m_add->width() - 14, m_stage.data().toString(),
                                      m_stage.data(BoardModel::CountRole).toLongLong(),
                                      total.isEmpty() ? tr("No deals") : total);
    const QString weighted = m_stage.data(BoardModel::WeightedTextRole).toString();
    if (!weighted.isEmpty()) {
        QColor muted = palette().color(QPalette::PlaceholderText);
        p.setPen(muted);
        const QString text = tr("Weighted (%1 %): %2").arg(m_stage.data(BoardModel::ProbabilityRole).toInt()).arg(weighted);
        p.drawText(QRect(left, y, width() - left - 10, fm.height()), Qt::AlignLeft | Qt::AlignVCenter,
                   fm.elidedText(text, Qt::ElideRight, width() - left - 10));
    }
}

KanbanColumn::KanbanColumn(BoardModel *model, int stageRow, QWidget *parent)
    : QWidget(parent)
{
    const QModelIndex stage = model->index(stageRow, 0);
    m_stageId = model->stageId(stage);
    setObjectName(QStringLiteral("kanbanColumn_%1").arg(m_stageId));
    m_header = new KanbanColumnHeader(model, stage, this);
    m_list = new KanbanCardList(this);
    m_list->setObjectName(QStringLiteral("kanbanCards_%1").arg(m_stageId));
    m_list->setModel(model);
    m_list->setRootIndex(stage);
    m_list->setItemDelegate(new KanbanCardDelegate(m_list));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 0, 4, 4);
    layout->setSpacing(2);
    layout->addWidget(m_header);
    layout->addWidget(m_list, 1);
    connect(m_header->addButton(), &QToolButton::clicked, this,
            [this] { Q_EMIT quickCreateRequested(m_stageId, m_header->addButton()); });
}

void KanbanColumn::paintEvent(QPaintEvent *)
{
    // A column is a soft panel a shade off the window, so the white cards stand out on it.
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    QColor panel = palette().color(QPalette::Window);
    panel = panel.lightness() < 128 ? panel.lighter(115) : panel.darker(104);
    QPainterPath path;
    path.addRoundedRect(QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5), 8, 8);
    p.fillPath(path, panel);
}

} // namespace comptoir
