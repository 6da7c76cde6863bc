// SPDX-License-Identifier: GPL-3.0-or-later
#include "entities.h"

namespace comptoir {

QString semanticToText(StageSemantic semantic)
{
    switch (semantic) {
    case StageSemantic::Process:
        return QStringLiteral("process");
    case StageSemantic::Success:
        return QStringLiteral("success");
    case StageSemantic::Failure:
        return QStringLiteral("failure");
    }
    return {};
}

std::optional<StageSemantic> semanticFromText(const QString &text)
{
    const QString t = text.trimmed().toLower();
    if (t == u"process")
        return StageSemantic::Process;
    if (t == u"success")
        return StageSemantic::Success;
    if (t == u"failure")
        return StageSemantic::Failure;
    return std::nullopt;
}

const Stage *Pipeline::stage(Id stageId) const
{
    for (const Stage &s : stages) {
        if (s.id == stageId)
            return &s;
    }
    return nullptr;
}

const Stage *Pipeline::firstStage() const
{
    return stages.isEmpty() ? nullptr : &stages.first();
}

const Stage *Pipeline::successStage() const
{
    for (const Stage &s : stages) {
        if (s.semantic == StageSemantic::Success)
            return &s;
    }
    return nullptr;
}

const Stage *Pipeline::firstFailureStage() const
{
    for (const Stage &s : stages) {
        if (s.semantic == StageSemantic::Failure)
            return &s;
    }
    return nullptr;
}

QString Contact::displayName() const
{
    if (firstName.isEmpty())
        return lastName;
    if (lastName.isEmpty())
        return firstName;
    return firstName + QLatin1Char(' ') + lastName;
}

qint64 DealProduct::totalMinor() const
{
    // quantity is in thousandths; discount and tax in basis points (10 000 = 100 %).
    const __int128 gross = static_cast<__int128>(quantityMilli) * (priceMinor - discountMinor); // × 1000
    const __int128 net = gross * (10000 - discountBp);                      // × 1000 × 10000
    __int128 scale = static_cast<__int128>(1000) * 10000;
    __int128 value = net;
    if (!taxIncluded && taxRateBp != 0) {
        value = net * (10000 + taxRateBp);
        scale *= 10000;
    }
    const __int128 half = scale / 2;
    const __int128 q = value >= 0 ? (value + half) / scale : -((-value + half) / scale);
    return static_cast<qint64>(q);
}

QString activityTypeToText(ActivityType type)
{
    switch (type) {
    case ActivityType::Call:
        return QStringLiteral("call");
    case ActivityType::Meeting:
        return QStringLiteral("meeting");
    case ActivityType::Task:
        return QStringLiteral("task");
    case ActivityType::Email:
        return QStringLiteral("email");
    case ActivityType::Todo:
        return QStringLiteral("todo");
    }
    return {};
}

std::optional<ActivityType> activityTypeFromText(const QString &text)
{
    const QString t = text.trimmed().toLower();
    if (t == u"call")
        return ActivityType::Call;
    if (t == u"meeting")
        return ActivityType::Meeting;
    if (t == u"task")
        return ActivityType::Task;
    if (t == u"email")
        return ActivityType::Email;
    if (t == u"todo")
        return ActivityType::Todo;
    return std::nullopt;
}

} // namespace comptoir
