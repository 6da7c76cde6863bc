// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace comptoir {

using Id = qint64;

enum class StageSemantic { Process, Success, Failure };
QString semanticToText(StageSemantic semantic); // "process", "success", "failure"
std::optional<StageSemantic> semanticFromText(const QString &text);

struct Stage
{
    Id id = 0;
    Id pipelineId = 0;
    QString name;
    QString color = QStringLiteral("#8fa3b8");
    int sort = 0;
    StageSemantic semantic = StageSemantic::Process;
    std::optional<int> probability; // default probability of deals on this stage, 0..100

    bool isClosed() const { return semantic != StageSemantic::Process; }
};

struct Pipeline
{
    Id id = 0;
    QString name;
    int sort = 0;
    bool isDefault = false;
    QList<Stage> stages; // in board order: process stages, then success, then failures

    const Stage *stage(Id stageId) const;
    const Stage *firstStage() const;
    const Stage *successStage() const;
    const Stage *firstFailureStage() const;
};

struct User
{
    Id id = 0;
    QString login;
    QString name;
    bool isOwner = false;
    bool active = true;
};

// Who performs a call: every service call and every read path takes one.
struct Actor
{
    Id userId = 0;
};

struct Company
{
    Id id = 0;
    QString name;
    QStringList emails;
    QStringList phones;
    QString comment;
    QDateTime createdAt;
};

struct Contact
{
    Id id = 0;
    QString firstName;
    QString lastName;
    std::optional<Id> companyId;
    QDate birthday;
    QStringList emails;
    QStringList phones;
    QString comment;
    QDateTime createdAt;

    QString displayName() const; // "Hélène Martin"
};

// An entry of an editable list (deal types, sources, lost reasons, currencies).
struct ListItem
{
    Id id = 0;
    QString list;
    QString code;
    QString name;
    int sort = 0;
    bool active = true;
};

namespace lists {
inline const QString DealType = QStringLiteral("deal_type");
inline const QString Source = QStringLiteral("source");
inline const QString LostReason = QStringLiteral("lost_reason");
inline const QString Currency = QStringLiteral("currency");
} // namespace lists

// A product row: quantity in thousandths, discount and tax in basis points (1/100 %).
struct DealProduct
{
    Id id = 0;
    std::optional<Id> productId;
    QString name;
    qint64 quantityMilli = 1000;
    qint64 priceMinor = 0;
    int discountBp = 0;
    int taxRateBp = 0;
    bool taxIncluded = true;
    qint64 discountMinor = 0; // an amount off the unit price instead of a percentage (last: brace initialisers)

    // quantity × (price − discount amount) × (1 − discount %), plus tax when the price is tax-exclusive; rounded
    // half away from zero to the minor unit.
    qint64 totalMinor() const;
};

struct Deal
{
    Id id = 0;
    QString title;
    qint64 amountMinor = 0;
    QString currency = QStringLiteral("EUR");
    bool amountManual = true; // false: the amount follows the product rows
    Id pipelineId = 0;
    Id stageId = 0;
    std::optional<Id> companyId;
    QList<Id> contactIds; // the first one is the primary contact
    Id responsibleId = 0;
    QString typeCode;
    QString sourceCode;
    QDate beginDate;
    QDate closeDate; // expected close date
    std::optional<int> probability;
    QString comment;
    bool isRepeat = false;
    bool closed = false;
    QString lostReason;
    QString lostNote;
    QDateTime closedAt;
    QDateTime createdAt;
    Id createdBy = 0;
    QDateTime updatedAt;
    QDateTime nextActivityAt; // the nearest open activity's deadline (kept by the database)
    QDateTime deletedAt;      // set while the deal is in the recycle bin
    Id deletedBy = 0;
    QList<DealProduct> products;
};

enum class ActivityType { Call, Meeting, Task, Email, Todo };
QString activityTypeToText(ActivityType type);
std::optional<ActivityType> activityTypeFromText(const QString &text);

struct Activity
{
    Id id = 0;
    Id dealId = 0;
    ActivityType type = ActivityType::Todo;
    QString subject;
    QString description;
    QDateTime deadline;
    std::optional<int> durationMinutes;
    Id responsibleId = 0;
    bool done = false;
    QDateTime doneAt;
    QDateTime createdAt;
    // Minutes before the deadline the responsible is reminded (0: at the deadline); none when
    // empty. A snoozed reminder comes back at reminderSnoozedUntil; a dismissed one does not.
    std::optional<int> reminderMinutes;
    QDateTime reminderSnoozedUntil;
    bool reminderDismissed = false;

    // When the reminder falls due (invalid without one).
    QDateTime remindAt() const
    {
        return reminderMinutes && deadline.isValid() ? deadline.addSecs(-60 * qint64(*reminderMinutes)) : QDateTime();
    }
};

// One row of a deal's history (F7). Rows are never edited.
struct HistoryEvent
{
    Id id = 0;
    std::optional<Id> dealId;
    QDateTime at;
    std::optional<Id> userId;
    QString userName;
    QString type; // see history::EventType
    QString field;
    QString oldValue;
    QString newValue;
    QString description;
};

namespace history {
inline const QString Created = QStringLiteral("created");
inline const QString FieldChanged = QStringLiteral("field_changed");
inline const QString StageMoved = QStringLiteral("stage_moved");
inline const QString PipelineMoved = QStringLiteral("pipeline_moved");
inline const QString Closed = QStringLiteral("closed");
inline const QString Reopened = QStringLiteral("reopened");
inline const QString Deleted = QStringLiteral("deleted");   // moved to the recycle bin
inline const QString Restored = QStringLiteral("restored"); // back from the recycle bin
inline const QString Purged = QStringLiteral("purged");     // deleted for good
inline const QString ProductsChanged = QStringLiteral("products_changed");
inline const QString ActivityCreated = QStringLiteral("activity_created");
inline const QString ActivityDone = QStringLiteral("activity_done");
inline const QString CommentAdded = QStringLiteral("comment_added");
inline const QString CommentRemoved = QStringLiteral("comment_removed");
} // namespace history

} // namespace comptoir
