// SPDX-License-Identifier: GPL-3.0-or-later
#include "activitiesview.h"

#include "cardpainter.h"

#include "activityboardmodel.h"
#include "activitycarddelegate.h"

#include <QDragEnterEvent>
#include <QHBoxLayout>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QMessageBox>
#include <QMimeData>
#include <QPainter>
#include <QPainterPath>
#include <QPaintEvent>
#include <QScrollArea>
#include <QToolButton>
#include <QToolTip>
#include <QVBoxLayout>

namespace comptoir {

namespace {
bool isDated(ActivityColumn c)
{
    return c != ActivityColumn::Overdue && c != ActivityColumn::None;
}

QColor columnColor(ActivityColumn c)
{
    switch (c) {
    case ActivityColumn::Overdue:
        return QColor(0xd6, 0x45, 0x45);
    case ActivityColumn::Today:
        return QColor(0x2f, 0x9e, 0x44);
    case ActivityColumn::ThisWeek:
        return QColor(0x2f, 0x80, 0xd1);
    case ActivityColumn::NextWeek:
        return QColor(0x5b, 0x6b, 0xc0);
    case ActivityColumn::Later:
        return QColor(0x86, 0x8e, 0x9c);
    case ActivityColumn::None:
        break;
    }
    return QColor(0xe0, 0xa1, 0x00);
}

// A column panel a shade off the window, as the Kanban's.
class ColumnPanel final : public QWidget
{
public:
    using QWidget::QWidget;

protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter p(this);
        p.setRenderHint(QPainter::Antialiasing);
        QColor panel = palette().color(QPalette::Window);
        panel = panel.lightness() < 128 ? panel.lighter(115) : panel.darker(104);
        QPainterPath path;
        path.addRoundedRect(QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5), 8, 8);
        p.fillPath(path, panel);
    }
};
} // namespace

ActivityCardList::ActivityCardList(ActivityColumn column, QWidget *parent)
    : QListView(parent)
    , m_column(column)
{
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setDragDropMode(QAbstractItemView::DragDrop);
    setDefaultDropAction(Qt::MoveAction);
    setDragEnabled(true);
    setAcceptDrops(true);
    setDropIndicatorShown(false);
    setUniformItemSizes(true);
    setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setFrameShape(QFrame::NoFrame);
    viewport()->setAutoFillBackground(false);
    connect(this, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        if (const Id id = index.data(ActivityBoardModel::IdRole).toLongLong(); id && index.parent().isValid())
            Q_EMIT dealActivated(id);
    });
}

QList<Id> ActivityCardList::selectedDealIds() const
{
    QList<Id> ids;
    if (!selectionModel())
        return ids;
    QModelIndexList rows = selectionModel()->selectedIndexes();
    std::sort(rows.begin(), rows.end());
    for (const QModelIndex &i : std::as_const(rows))
        ids << i.data(ActivityBoardModel::IdRole).toLongLong();
    if (ids.isEmpty() && currentIndex().isValid())
        ids << currentIndex().data(ActivityBoardModel::IdRole).toLongLong();
    return ids;
}

void ActivityCardList::dragEnterEvent(QDragEnterEvent *event)
{
    if (isDated(m_column) && event->mimeData()->hasFormat(ActivityBoardModel::mimeType()))
        event->acceptProposedAction();
    else
        event->ignore();
}

void ActivityCardList::dragMoveEvent(QDragMoveEvent *event)
{
    if (isDated(m_column) && event->mimeData()->hasFormat(ActivityBoardModel::mimeType()))
        event->acceptProposedAction();
    else
        event->ignore();
}

void ActivityCardList::dropEvent(QDropEvent *event)
{
    const auto *m = qobject_cast<const ActivityBoardModel *>(model());
    const QList<Id> ids = m ? m->decodeDealIds(event->mimeData()) : QList<Id>();
    if (ids.isEmpty() || !isDated(m_column)) {
        event->ignore();
        return;
    }
    // Copy, not move: the board reads its columns again; the source must not remove rows.
    event->setDropAction(Qt::CopyAction);
    event->accept();
    Q_EMIT dealsDropped(ids, m_column);
}

void ActivityCardList::keyPressEvent(QKeyEvent *event)
{
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) && currentIndex().isValid()) {
        Q_EMIT dealActivated(currentIndex().data(ActivityBoardModel::IdRole).toLongLong());
        event->accept();
        return;
    }
    QListView::keyPressEvent(event);
}

ActivityColumnHeader::ActivityColumnHeader(const ActivityBoardModel *model, ActivityColumn column, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_column(column)
{
    if (isDated(column)) {
        m_add = new QToolButton(this);
        m_add->setText(QStringLiteral("+"));
        m_add->setAutoRaise(true);
        m_add->setToolTip(tr("New deal with an activity due here"));
    }
}

QSize ActivityColumnHeader::sizeHint() const
{
    const QFontMetrics fm(font());
    return {200, 14 + fm.height() * 2 + 14};
}

void ActivityColumnHeader::resizeEvent(QResizeEvent *)
{
    if (m_add)
        m_add->setGeometry(width() - 30, 8, 24, 24);
}

QString ActivityColumnHeader::toolTipText() const
{
    const QModelIndex column = m_model->columnIndex(m_column);
    QStringList lines{QStringLiteral("<b>%1</b> (%2)").arg(column.data().toString().toHtmlEscaped(),
                                                           locale().toString(column.data(ActivityBoardModel::CountRole).toLongLong()))};
    const QString total = column.data(ActivityBoardModel::TotalsTextRole).toString();
    if (!total.isEmpty())
        lines << total.toHtmlEscaped();
    return lines.join(QStringLiteral("<br>"));
}

bool ActivityColumnHeader::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        QToolTip::showText(static_cast<QHelpEvent *>(event)->globalPos(), toolTipText(), this);
        return true;
    }
    return QWidget::event(event);
}

void ActivityColumnHeader::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    QPainterPath band;
    band.addRoundedRect(QRectF(0, 0, width(), 5), 2.5, 2.5);
    p.fillPath(band, columnColor(m_column));
    const QModelIndex column = m_model->columnIndex(m_column);
    const QString total = column.data(ActivityBoardModel::TotalsTextRole).toString();
    cards::paintColumnHeading(p, *this, 10, width() - (m_add ? 34 : 10), column.data().toString(),
                              column.data(ActivityBoardModel::CountRole).toLongLong(),
                              total.isEmpty() ? tr("No deals") : total);
}

ActivitiesView::ActivitiesView(QWidget *parent)
    : QWidget(parent)
{
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    m_board = new QWidget(scroll);
    auto *layout = new QHBoxLayout(m_board);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->setSpacing(8);
    scroll->setWidget(m_board);
    outer->addWidget(scroll);
    m_ask = [](QWidget *p, bool askTitle, const QString &where) { return ActivityQuickPlan::ask(p, askTitle, where); };
}

void ActivitiesView::setModel(ActivityBoardModel *model)
{
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_model = model;
    rebuild();
    if (m_model) {
        // Counts and totals change with a reset, or with a refresh of some columns: only
        // those headers are painted again.
        connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
            for (ActivityColumnHeader *h : std::as_const(m_headers))
                h->update();
        });
        connect(m_model, &QAbstractItemModel::dataChanged, this, [this](const QModelIndex &from, const QModelIndex &to) {
            if (from.parent().isValid())
                return;
            for (int c = from.row(); c <= to.row() && c < m_headers.size(); ++c)
                m_headers.at(c)->update();
        });
        connect(m_model, &ActivityBoardModel::errorOccurred, this, [this](const QString &message) {
            if (isVisible())
                QMessageBox::warning(this, tr("Activities"), message);
        });
    }
}

void ActivitiesView::rebuild()
{
    qDeleteAll(m_columns);
    m_columns.clear();
    m_lists.clear();
    m_headers.clear();
    if (!m_model)
        return;
    auto *delegate = new ActivityCardDelegate(this);
    for (int c = 0; c < ActivityColumnCount; ++c) {
        const auto column = ActivityColumn(c);
        auto *panel = new ColumnPanel(m_board);
        auto *v = new QVBoxLayout(panel);
        v->setContentsMargins(4, 0, 4, 4);
        v->setSpacing(2);
        auto *header = new ActivityColumnHeader(m_model, column, panel);
        auto *list = new ActivityCardList(column, panel);
        list->setModel(m_model);
        list->setRootIndex(m_model->columnIndex(column));
        list->setItemDelegate(delegate);
        list->viewport()->installEventFilter(this);
        v->addWidget(header);
        v->addWidget(list, 1);
        panel->setMinimumWidth(200);
        m_board->layout()->addWidget(panel);
        connect(list, &ActivityCardList::dealsDropped, this, &ActivitiesView::dropDeals);
        connect(list, &ActivityCardList::dealActivated, this, &ActivitiesView::dealActivated);
        if (header->addButton())
            connect(header->addButton(), &QToolButton::clicked, this, [this, column] { createInColumn(column); });
        m_columns << panel;
        m_lists << list;
        m_headers << header;
    }
    // The root indexes survive a reset only by row: set them again.
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        for (int c = 0; c < m_lists.size(); ++c)
            m_lists[c]->setRootIndex(m_model->columnIndex(ActivityColumn(c)));
    });
    m_waitingFirstPaint = true;
}

bool ActivitiesView::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Paint && m_waitingFirstPaint && !m_lists.isEmpty()
        && watched == m_lists.constLast()->viewport()) {
        m_waitingFirstPaint = false;
        QMetaObject::invokeMethod(this, &ActivitiesView::firstPainted, Qt::QueuedConnection);
    }
    return QWidget::eventFilter(watched, event);
}

void ActivitiesView::dropDeals(const QList<Id> &dealIds, ActivityColumn column)
{
    if (!m_model)
        return;
    QList<Id> planned, unplanned;
    for (Id id : dealIds)
        (m_model->needsNewActivity(id) ? unplanned : planned) << id;
    if (!planned.isEmpty())
        (void)m_model->moveDeals(planned, column); // a refusal is reported by errorOccurred
    if (unplanned.isEmpty())
        return;
    const auto answer = m_ask(this, false, activityColumnTitle(column));
    if (!answer)
        return;
    (void)m_model->moveDeals(unplanned, column, answer->type, answer->subject);
}

void ActivitiesView::createInColumn(ActivityColumn column)
{
    if (!m_model || !isDated(column))
        return;
    const auto answer = m_ask(this, true, activityColumnTitle(column));
    if (!answer)
        return;
    (void)m_model->createDeal(column, answer->dealTitle, answer->type, answer->subject);
}

} // namespace comptoir
