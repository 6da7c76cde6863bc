// SPDX-License-Identifier: GPL-3.0-or-later
#include "dealdelegate.h"

#include "deallistmodel.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>
#include <cmath>

namespace comptoir {

namespace {

constexpr int PillPadding = 8; // text to pill edge, horizontally
constexpr int CellPadding = 6; // text (or pill) to cell edge

bool isLost(const QModelIndex &index)
{
    return index.data(DealListModel::SemanticRole).toInt() == int(StageSemantic::Failure);
}

// Dark text on light stage colours, white on dark ones (WCAG relative luminance).
QColor textOn(const QColor &background)
{
    const auto channel
        = [](double c) { return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4); };
    const double luminance = 0.2126 * channel(background.redF())
        + 0.7152 * channel(background.greenF()) + 0.0722 * channel(background.blueF());
    return luminance > 0.4 ? QColor(0x1f, 0x29, 0x37) : QColor(Qt::white);
}

} // namespace

DealDelegate::DealDelegate(int stageColumn, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_stageColumn(stageColumn)
{
}

void DealDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    // A lost deal stays readable but steps back, so open business stands out.
    if (isLost(index) && !(option->state & QStyle::State_Selected)) {
        const QPalette &palette = option->palette;
        option->palette.setColor(QPalette::Text, palette.color(QPalette::PlaceholderText));
    }
}

void DealDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                         const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString text = opt.text;
    // The style paints the background, selection and focus; the text or the pill go on top with
    // more air than the style's 3 px, so a right-aligned amount never touches the next column.
    opt.text.clear();
    opt.icon = QIcon();
    opt.features &= ~QStyleOptionViewItem::HasDecoration;
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);
    if (text.isEmpty())
        return;

    const QColor stageColor = index.data(DealListModel::StageColorRole).value<QColor>();
    if (index.column() == m_stageColumn && stageColor.isValid()) {
        paintStage(painter, opt, text, stageColor, isLost(index));
        return;
    }
    const QPalette::ColorGroup group = !(opt.state & QStyle::State_Enabled) ? QPalette::Disabled
        : (opt.state & QStyle::State_Active)                                ? QPalette::Active
                                                                            : QPalette::Inactive;
    const QPalette::ColorRole role
        = opt.state & QStyle::State_Selected ? QPalette::HighlightedText : QPalette::Text;
    const QRect textRect = opt.rect.adjusted(CellPadding, 0, -CellPadding, 0);
    painter->save();
    painter->setFont(opt.font);
    painter->setPen(opt.palette.color(group, role));
    painter->drawText(textRect, int(opt.displayAlignment),
                      opt.fontMetrics.elidedText(text, opt.textElideMode, textRect.width()));
    painter->restore();
}

void DealDelegate::paintStage(QPainter *painter, const QStyleOptionViewItem &opt,
                              const QString &text, QColor color, bool lost) const
{
    const QFontMetrics &metrics = opt.fontMetrics;
    const QRect cell = opt.rect.adjusted(CellPadding, 0, -CellPadding, 0);
    const int height = std::min(cell.height() - 6, metrics.height() + 4);
    // One pixel of slack: advance widths are fractional, elision rounds them.
    const int width = std::min(cell.width(), metrics.horizontalAdvance(text) + 2 * PillPadding + 1);
    if (width <= 2 * PillPadding || height <= 0)
        return;
    const QRectF pill(cell.left(), cell.top() + (cell.height() - height) / 2.0, width, height);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    if (lost)
        color.setAlphaF(0.55);
    QPainterPath path;
    path.addRoundedRect(pill, height / 2.0, height / 2.0);
    painter->fillPath(path, color);
    painter->setPen(textOn(color));
    painter->setFont(opt.font);
    const QRectF textRect = pill.adjusted(PillPadding, 0, -PillPadding, 0);
    painter->drawText(textRect, Qt::AlignVCenter | Qt::AlignLeft,
                      metrics.elidedText(text, Qt::ElideRight, int(std::ceil(textRect.width()))));
    painter->restore();
}

QSize DealDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    if (index.column() == m_stageColumn)
        size.rwidth() += 2 * PillPadding;
    size.rwidth() += 2 * CellPadding;
    return size;
}

} // namespace comptoir
