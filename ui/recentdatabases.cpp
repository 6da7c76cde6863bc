// SPDX-License-Identifier: GPL-3.0-or-later
#include "recentdatabases.h"

#include <QFileInfo>
#include <QSettings>
#include <memory>

namespace comptoir::recentdatabases {

namespace {

const QString RecentKey = QStringLiteral("database/recent");
const QString LastKey = QStringLiteral("database/last");

// QSettings is a QObject, so it cannot be returned by value.
std::unique_ptr<QSettings> settings()
{
    return std::make_unique<QSettings>(QStringLiteral("Comptoir"), QStringLiteral("Comptoir"));
}

QString normalized(const QString &path)
{
    return QFileInfo(path).absoluteFilePath();
}

} // namespace

QStringList list()
{
    return settings()->value(RecentKey).toStringList();
}

void add(const QString &path)
{
    const QString absolute = normalized(path);
    QStringList paths = list();
    paths.removeAll(absolute);
    paths.prepend(absolute);
    while (paths.size() > MaxEntries)
        paths.removeLast();
    const auto s = settings();
    s->setValue(RecentKey, paths);
    s->setValue(LastKey, absolute);
}

void remove(const QString &path)
{
    QStringList paths = list();
    paths.removeAll(normalized(path));
    settings()->setValue(RecentKey, paths);
}

void clear()
{
    settings()->remove(RecentKey);
}

QString last()
{
    const QString path = settings()->value(LastKey).toString();
    return !path.isEmpty() && QFileInfo::exists(path) ? path : QString();
}

} // namespace comptoir::recentdatabases
