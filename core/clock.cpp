// SPDX-License-Identifier: GPL-3.0-or-later
#include "clock.h"

namespace comptoir {

const Clock &Clock::system()
{
    static const Clock clock;
    return clock;
}

QString toStoredInstant(const QDateTime &instant)
{
    if (!instant.isValid())
        return {};
    return instant.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ"));
}

QDateTime fromStoredInstant(const QString &text)
{
    if (text.isEmpty())
        return {};
    QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString(text, Qt::ISODate);
    return t.toUTC();
}

} // namespace comptoir
