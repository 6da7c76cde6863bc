// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The look shared by the column headings and the cards of the Kanban board and of the Activities board: a rounded card
// a shade off its column with the stage's colour as a strip on the left, the deal's title,
// amount and client on three lines, and a fourth line each board fills with its own.

#include <QColor>
#include <QFont>
#include <QFontMetrics>
#include <QRectF>
#include <QSize>
#include <QString>

class QPainter;
class QPalette;
class QWidget;
class QStyleOptionViewItem;

namespace comptoir::cards {

inline constexpr int Margin = 5;  // between cards and to the column edge
inline constexpr int Padding = 9; // inside a card

QFont titleFont(const QFont &base);
QFont smallFont(const QFont &base);
bool isDark(const QPalette &palette);

// As wide as the list's viewport (`fallbackWidth` outside a view), four lines high.
QSize sizeHint(const QStyleOptionViewItem &option, int fallbackWidth);

// Where the fourth line goes, with what the caller paints it with.
struct LastLine
{
    QRectF inner; // the card's content area
    qreal y = 0;  // the top of the fourth line
    int width = 0;
    QFont font;   // the small font, already set on the painter
    QFontMetrics metrics;
    QColor text;
    QColor muted;
};

// Paints the card and its first three lines (the client line shows `client` as given: the
// caller words an empty one). The painter must be saved by the caller, and restored after the
// fourth line.
LastLine paintCard(QPainter *painter, const QStyleOptionViewItem &option, const QColor &stage,
                   const QString &title, const QString &amount, const QString &client);

// A board column's heading in `header`'s font and palette, from x = `left` to `right`: the
// name in bold with the count as a pill beside it, then `totals` on the next line. Returns the
// top of the line below.
int paintColumnHeading(QPainter &painter, const QWidget &header, int left, int right, const QString &name,
                       qint64 count, const QString &totals);

} // namespace comptoir::cards
