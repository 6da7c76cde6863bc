// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "entities.h"
#include "result.h"

#include <QDateTime>
#include <QObject>

namespace comptoir {

class Clock;
class Database;
class Transaction;

struct Comment
{
    Id id = 0;
    Id dealId = 0;
    std::optional<Id> userId;
    QString userName;
    QDateTime at;
    QString body;
};

// The comments of a deal: the editor's timeline. Each call is one transaction that writes the
// comment and its history row together, for a deal the actor can see (and change, to write).
class CommentService final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CommentService)
public:
    CommentService(Database &db, const Clock &clock, QObject *parent = nullptr);

    // Newest first.
    Result<QList<Comment>> forDeal(const Actor &actor, Id dealId) const;
    // The text is kept as written, surrounding blank lines aside; an empty one is refused.
    Result<Comment> add(const Actor &actor, Id dealId, const QString &body);
    // Its author, or whoever may change the deal, removes a comment; the history keeps its text.
    Status remove(const Actor &actor, Id commentId);

Q_SIGNALS:
    void commentsChanged(Id dealId);

private:
    Status recordAndCommit(Transaction &tx, const Actor &actor, Id dealId, const QDateTime &at, const QString &type,
                           const QString &oldValue, const QString &newValue, const QString &description);
    Database &m_db;
    const Clock &m_clock;
};

} // namespace comptoir
