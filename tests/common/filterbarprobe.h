// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What the filter bar's widget tests read and do: the chips shown, a combo box choice.

#include "filterbar.h"
#include "filterchips.h"

#include <QComboBox>
#include <QFrame>
#include <QRegularExpression>
#include <QTest>

namespace comptoir::test {

// The keys of the chips shown ("filterChip-<key>"), sorted.
inline QStringList chipNames(FilterBar *bar)
{
    QStringList names;
    for (const QFrame *chip : bar->chips()->findChildren<QFrame *>(QRegularExpression(QStringLiteral("^filterChip-"))))
        names << chip->objectName().mid(int(qstrlen("filterChip-")));
    names.sort();
    return names;
}

// Picks the entry of `box` that reads `text`; fails the test when there is none.
inline void choose(QComboBox *box, const QString &text)
{
    const int row = box->findText(text);
    QVERIFY2(row >= 0, qPrintable(text));
    box->setCurrentIndex(row);
}

} // namespace comptoir::test
