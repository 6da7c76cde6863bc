// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What the view benches share: opening a demo database made beforehand, and showing a view
// offscreen until its first painted frame.

#include "result.h"
#include "workspace.h"

#include <QEventLoop>
#include <QFileInfo>
#include <QSize>
#include <QTimer>
#include <QWidget>

#include <memory>

namespace comptoir::bench {

// Never bench a database made on the spot: an empty list would look very fast.
inline Result<std::unique_ptr<Workspace>> openBenchDatabase(const QString &path, int demoDeals = 1000000)
{
    if (!QFileInfo::exists(path))
        return Error::notFound(QStringLiteral("%1 does not exist; make it with: comptoir --db %1 demo --deals %2")
                                   .arg(path)
                                   .arg(demoDeals));
    return Workspace::open(path);
}

// Shows the view (never mapped) at `size` and waits for its firstPainted() signal, at most 10 s.
template<typename View>
bool showAndWaitForPaint(View &view, QSize size = QSize(1600, 900))
{
    QEventLoop loop;
    bool painted = false;
    QObject::connect(&view, &View::firstPainted, &loop, [&] {
        painted = true;
        loop.quit();
    });
    QTimer::singleShot(10000, &loop, &QEventLoop::quit);
    view.setAttribute(Qt::WA_DontShowOnScreen);
    view.resize(size);
    view.show();
    if (!painted)
        loop.exec();
    return painted;
}

} // namespace comptoir::bench
