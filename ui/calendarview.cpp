// SPDX-License-Identifier: GPL-3.0-or-later
#include "calendarview.h"

#include "activitycarddelegate.h"
#include "activityservice.h"
#include "calendarmodel.h"
#include "calendarweekmodel.h"
#include "calendarweekview.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDrag>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QListWidget>
#include <QPainter>
#include <QPainterPath>
#include <QStackedWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace comptoir {

namespace {
// The day list drags the item it shows; the grid receives it through the model.
class DayList final : public QListWidget
{
public:
    DayList(QList<CalendarItem> *items, QWidget *parent)
        : QListWidget(parent)
        , m_items(items)
    {
        setDragEnabled(true);
        setDragDropMode(QAbstractItemView::DragOnly);
    }

protected:
    void startDrag(Qt::DropActions) override
    {
        const int row = currentRow();
        if (row < 0 || row >= m_items->size())
            return;
        auto *drag = new QDrag(this);
        drag->setMimeData(CalendarModel::encodeItem(m_items->at(row)));
        drag->exec(Qt::MoveAction | Qt::CopyAction, Qt::MoveAction);
    }

private:
    QList<CalendarItem> *m_items;
};
} // namespace

void CalendarDayDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QPalette &pal = option.palette;
    const bool inMonth = index.data(CalendarModel::InMonthRole).toBool();
    const bool today = index.data(CalendarModel::IsTodayRole).toBool();
    const bool selected = option.state & QStyle::State_Selected;
    QColor fill = pal.color(QPalette::Base);
    if (!inMonth)
        fill = pal.color(QPalette::Window);
    if (selected)
        fill = QColor::fromHslF(pal.color(QPalette::Highlight).hslHueF(), 0.6, 0.95);
    painter->fillRect(option.rect, fill);
    painter->setPen(pal.color(QPalette::Mid));
    painter->drawRect(QRectF(option.rect).adjusted(0, 0, -0.5, -0.5));

    const QRect r = option.rect.adjusted(6, 4, -6, -4);
    const QFontMetrics fm(option.font);
    QFont bold = option.font;
    bold.setWeight(QFont::Bold);
    const QString day = index.data().toString();
    const int disc = fm.height() + 4;
    if (today) {
        painter->setPen(Qt::NoPen);
        painter->setBrush(pal.color(QPalette::Highlight));
        painter->drawEllipse(QRectF(r.left() - 2, r.top() - 1, disc, disc));
        painter->setPen(pal.color(QPalette::HighlightedText));
    } else {
        painter->setPen(inMonth ? pal.color(QPalette::Text) : pal.color(QPalette::PlaceholderText));
    }
    painter->setFont(today ? bold : option.font);
    painter->drawText(QRectF(r.left() - 2, r.top() - 1, disc, disc), Qt::AlignCenter, day);

    QFont small = option.font;
    small.setPointSizeF(option.font.pointSizeF() * 0.88);
    const QFontMetrics sm(small);
    painter->setFont(small);
    const QVariantList items = index.data(CalendarModel::ItemsRole).toList();
    const qint64 count = index.data(CalendarModel::CountRole).toLongLong();
    int y = r.top() + disc + 2;
    const int line = sm.height() + 2;
    const int room = std::max(0, (r.bottom() - y) / line);
    const int shown = int(std::min<qint64>(items.size(), count > room ? room - 1 : room));
    for (int i = 0; i < shown; ++i) {
        const QVariantMap m = items.at(i).toMap();
        const QColor colour = m.value(QStringLiteral("color")).value<QColor>();
        painter->setPen(Qt::NoPen);
        painter->setBrush(colour.isValid() ? colour : pal.color(QPalette::Mid));
        painter->drawRoundedRect(QRectF(r.left(), y + 2, 4, sm.height() - 2), 2, 2);
        QString text = m.value(QStringLiteral("title")).toString();
        const int type = m.value(QStringLiteral("type")).toInt();
        if (type >= 0)
            text = ActivityCardDelegate::typeGlyph(ActivityType(type)) + QLatin1Char(' ')
                   + m.value(QStringLiteral("time")).toString() + QLatin1Char(' ') + text;
        painter->setPen(pal.color(QPalette::Text));
        painter->drawText(QRect(r.left() + 7, y, r.width() - 7, sm.height()), Qt::AlignLeft | Qt::AlignVCenter,
                          sm.elidedText(text, Qt::ElideRight, r.width() - 7));
        y += line;
    }
    if (count > shown) {
        painter->setPen(pal.color(QPalette::Link));
        painter->drawText(QRect(r.left() + 7, y, r.width() - 7, sm.height()), Qt::AlignLeft | Qt::AlignVCenter,
                          tr("+%1").arg(QLocale().toString(count - shown)));
    }
    painter->restore();
}

CalendarGrid::CalendarGrid(QWidget *parent)
    : QTableView(parent)
{
    setSelectionMode(QAbstractItemView::SingleSelection);
    setAcceptDrops(true);
    setDragDropMode(QAbstractItemView::DropOnly);
    setDropIndicatorShown(true);
    setShowGrid(false);
    horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    verticalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setItemDelegate(new CalendarDayDelegate(this));
}

void CalendarGrid::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_PageUp:
        Q_EMIT monthStep(-1);
        return;
    case Qt::Key_PageDown:
        Q_EMIT monthStep(1);
        return;
    case Qt::Key_T:
        if (event->modifiers() == Qt::NoModifier) {
            Q_EMIT todayRequested();
            return;
        }
        break;
    default:
        break;
    }
    QTableView::keyPressEvent(event);
}

void CalendarGrid::resizeEvent(QResizeEvent *event)
{
    QTableView::resizeEvent(event);
}

CalendarView::CalendarView(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    auto *bar = new QHBoxLayout;
    auto *previous = m_previous = new QToolButton(this);
    previous->setText(QStringLiteral("‹"));
    previous->setToolTip(tr("Previous month (Page Up)"));
    auto *next = m_next = new QToolButton(this);
    next->setText(QStringLiteral("›"));
    next->setToolTip(tr("Next month (Page Down)"));
    m_monthButton = new QToolButton(this);
    m_monthButton->setText(tr("Month"));
    m_monthButton->setCheckable(true);
    m_monthButton->setChecked(true);
    m_weekButton = new QToolButton(this);
    m_weekButton->setText(tr("Week"));
    m_weekButton->setToolTip(tr("The week by hours"));
    m_weekButton->setCheckable(true);
    auto *modes = new QButtonGroup(this);
    modes->addButton(m_monthButton);
    modes->addButton(m_weekButton);
    auto *today = new QToolButton(this);
    today->setText(tr("Today"));
    today->setToolTip(tr("Go to today (T)"));
    m_title = new QLabel(this);
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setWeight(QFont::DemiBold);
    m_title->setFont(big);
    m_field = new QComboBox(this);
    m_field->addItem(tr("Activities by deadline"), int(CalendarField::Activities));
    m_field->addItem(tr("Deals by expected close date"), int(CalendarField::CloseDate));
    m_field->addItem(tr("Deals by begin date"), int(CalendarField::BeginDate));
    m_field->addItem(tr("Deals by creation date"), int(CalendarField::Created));
    bar->addWidget(previous);
    bar->addWidget(today);
    bar->addWidget(next);
    bar->addSpacing(12);
    bar->addWidget(m_title, 1);
    bar->addWidget(m_monthButton);
    bar->addWidget(m_weekButton);
    bar->addSpacing(12);
    bar->addWidget(m_field);
    layout->addLayout(bar);
    auto *body = new QHBoxLayout;
    m_pages = new QStackedWidget(this);
    m_grid = new CalendarGrid(m_pages);
    m_weekView = new CalendarWeekView(m_pages);
    m_pages->addWidget(m_grid);
    m_pages->addWidget(m_weekView);
    m_dayList = new DayList(&m_dayItems, this);
    m_dayList->setMaximumWidth(280);
    body->addWidget(m_pages, 1);
    body->addWidget(m_dayList);
    layout->addLayout(body, 1);

    connect(previous, &QToolButton::clicked, this, [this] { step(-1); });
    connect(next, &QToolButton::clicked, this, [this] { step(1); });
    connect(m_weekButton, &QToolButton::toggled, this, &CalendarView::setWeekMode);
    connect(m_weekView, &CalendarWeekView::weekStep, this, &CalendarView::step);
    connect(m_weekView, &CalendarWeekView::todayRequested, this, &CalendarView::goToday);
    connect(m_weekView, &CalendarWeekView::daySelected, this, &CalendarView::showDay);
    connect(m_weekView, &CalendarWeekView::dealActivated, this, &CalendarView::dealActivated);
    connect(today, &QToolButton::clicked, this, &CalendarView::goToday);
    connect(m_grid, &CalendarGrid::monthStep, this, &CalendarView::stepMonth);
    connect(m_grid, &CalendarGrid::todayRequested, this, &CalendarView::goToday);
    connect(m_field, &QComboBox::currentIndexChanged, this, [this] {
        if (m_model)
            m_model->setField(CalendarField(m_field->currentData().toInt()));
        if (m_weekModel)
            m_weekModel->setField(CalendarField(m_field->currentData().toInt()));
    });
    connect(m_grid, &QAbstractItemView::clicked, this,
            [this](const QModelIndex &index) { showDay(index.data(CalendarModel::DateRole).toDate()); });
    connect(m_dayList, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        const int row = m_dayList->row(item);
        if (row >= 0 && row < m_dayItems.size())
            Q_EMIT dealActivated(m_dayItems.at(row).dealId);
    });
}

void CalendarView::setModel(CalendarModel *model)
{
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_model = model;
    m_grid->setModel(model);
    // The week model belongs to the month's workspace: made again for a new one.
    m_weekView->setModel(nullptr);
    delete m_weekModel;
    m_weekModel = nullptr;
    if (!model) {
        m_pages->setCurrentWidget(m_grid);
        return;
    }
    connect(model, &QAbstractItemModel::modelReset, this, &CalendarView::updateTitle);
    connect(model, &QAbstractItemModel::modelReset, this, &CalendarView::syncWeekModel);
    if (m_weekMode)
        setWeekMode(true);
    connect(m_grid->selectionModel(), &QItemSelectionModel::currentChanged, this, [this](const QModelIndex &current) {
        const QDate date = current.data(CalendarModel::DateRole).toDate();
        if (date.isValid() && m_model && date.month() != m_model->month().month()) {
            m_model->setMonth(date);
            m_grid->setCurrentIndex(m_model->indexOf(date));
        }
        showDay(date);
    });
    updateTitle();
    m_grid->setCurrentIndex(model->indexOf(model->today()));
}

void CalendarView::updateTitle()
{
    if (m_weekMode && m_weekModel) {
        const QDate first = m_weekModel->firstDay();
        const QDate last = first.addDays(6);
        const QLocale locale;
        m_title->setText(tr("Week %1 · %2 – %3")
                             .arg(m_weekModel->weekNumber())
                             .arg(locale.toString(first, tr("d MMM")), locale.toString(last, tr("d MMM yyyy"))));
        return;
    }
    if (!m_model)
        return;
    m_title->setText(QLocale().standaloneMonthName(m_model->month().month()) + QLatin1Char(' ')
                     + QString::number(m_model->month().year()));
}

void CalendarView::setWeekMode(bool week)
{
    m_weekMode = week;
    {
        const QSignalBlocker blocker(m_weekButton);
        m_weekButton->setChecked(week);
        m_monthButton->setChecked(!week);
    }
    m_previous->setToolTip(week ? tr("Previous week (Page Up)") : tr("Previous month (Page Up)"));
    m_next->setToolTip(week ? tr("Next week (Page Down)") : tr("Next month (Page Down)"));
    if (week && m_model && !m_weekModel) {
        m_weekModel = new CalendarWeekModel(m_model->workspace(), this);
        syncWeekModel();
        const QModelIndex current = m_grid->currentIndex();
        const QDate day = current.isValid() ? current.data(CalendarModel::DateRole).toDate() : m_model->today();
        m_weekModel->setWeek(day);
        m_weekView->setModel(m_weekModel);
        connect(m_weekModel, &QAbstractItemModel::modelReset, this, &CalendarView::updateTitle);
    }
    m_pages->setCurrentWidget(week && m_weekModel ? static_cast<QWidget *>(m_weekView) : m_grid);
    (week ? static_cast<QWidget *>(m_weekView) : m_grid)->setFocus();
    updateTitle();
}

// The week grid shows what the month shows: its field, filter, locale, zone and undo stack.
void CalendarView::syncWeekModel()
{
    if (!m_model || !m_weekModel)
        return;
    m_weekModel->setUndoStack(m_model->undoStack());
    if (m_weekModel->locale() != m_model->locale())
        m_weekModel->setLocale(m_model->locale());
    if (m_weekModel->timeZone() != m_model->timeZone())
        m_weekModel->setTimeZone(m_model->timeZone());
    m_weekModel->setField(m_model->field());
    m_weekModel->setFilter(m_model->filter());
}

void CalendarView::step(int units)
{
    if (!m_weekMode || !m_weekModel) {
        stepMonth(units);
        return;
    }
    m_weekModel->setWeek(m_weekModel->firstDay().addDays(7 * units));
}

void CalendarView::stepMonth(int months)
{
    if (!m_model)
        return;
    const QDate target = m_model->month().addMonths(months);
    m_model->setMonth(target);
    m_grid->setCurrentIndex(m_model->indexOf(target));
}

void CalendarView::goToday()
{
    if (m_weekMode && m_weekModel) {
        m_weekModel->setWeek(m_weekModel->today());
        m_weekView->scrollToWorkingHours();
    }
    if (!m_model)
        return;
    m_model->setMonth(m_model->today());
    m_grid->setCurrentIndex(m_model->indexOf(m_model->today()));
}

void CalendarView::showDay(const QDate &date)
{
    m_dayList->clear();
    m_dayItems.clear();
    if (!m_model || !date.isValid())
        return;
    auto items = m_model->itemsOn(date);
    if (!items)
        return;
    m_dayItems = *items;
    for (const CalendarItem &i : std::as_const(m_dayItems)) {
        QString text = i.dealTitle;
        if (i.isActivity())
            text = QStringLiteral("%1 %2  %3\n%4")
                       .arg(ActivityCardDelegate::typeGlyph(i.type),
                            QLocale().toString(i.start.toLocalTime().time(), QLocale::ShortFormat), i.subject, i.dealTitle);
        m_dayList->addItem(text);
    }
}

} // namespace comptoir
