// SPDX-License-Identifier: GPL-3.0-or-later
#include "commentservice.h"

#include "access.h"
#include "clock.h"
#include "database.h"
#include "stores.h"

#include <QCoreApplication>

namespace comptoir {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(CommentService)
};

// The history shows a comment on one line: its first 120 characters.
QString excerpt(const QString &body)
{
    const QString line = body.simplified();
    return line.size() > 120 ? line.left(119) + QChar(0x2026) : line;
}
} // namespace

CommentService::CommentService(Database &db, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_clock(clock)
{
}

Result<QList<Comment>> CommentService::forDeal(const Actor &actor, Id dealId) const
{
    if (auto s = AccessPolicy(m_db).checkDeal(actor, dealId, false); !s)
        return s.error();
    auto q = m_db.exec(QStringLiteral("SELECT c.id, c.deal_id, c.user_id, u.name, c.at, c.body "
                                      "FROM deal_comments c LEFT JOIN users u ON u.id = c.user_id "
                                      "WHERE c.deal_id = ? ORDER BY c.at DESC, c.id DESC"),
                       { dealId });
    if (!q)
        return q.error();
    QList<Comment> comments;
    while (q->next()) {
        Comment c;
        c.id = q->value(0).toLongLong();
        c.dealId = q->value(1).toLongLong();
        if (!q->value(2).isNull())
            c.userId = q->value(2).toLongLong();
        c.userName = q->value(3).toString();
        c.at = fromStoredInstant(q->value(4).toString());
        c.body = q->value(5).toString();
        comments << c;
    }
    return comments;
}

Result<Comment> CommentService::add(const Actor &actor, Id dealId, const QString &body)
{
    QString text = body;
    // Blank lines around the text go; the lines inside stay as written.
    while (!text.isEmpty() && text.front().isSpace())
        text.remove(0, 1);
    while (!text.isEmpty() && text.back().isSpace())
        text.chop(1);
    if (text.isEmpty())
        return Error::invalid(Text::tr("A comment needs some text."), QStringLiteral("comment"));
    if (auto s = AccessPolicy(m_db).checkDeal(actor, dealId, true); !s)
        return s.error();
    Transaction tx(m_db);
    if (!tx)
        return tx.error();
    Comment comment;
    comment.dealId = dealId;
    comment.userId = actor.userId;
    comment.at = m_clock.now();
    comment.body = text;
    auto inserted = m_db.exec(QStringLiteral("INSERT INTO deal_comments (deal_id, user_id, at, body) "
                                             "VALUES (?, ?, ?, ?)"),
                              { dealId, actor.userId, toStoredInstant(comment.at), text });
    if (!inserted)
        return inserted.error();
    auto id = m_db.scalar(QStringLiteral("SELECT last_insert_rowid()"));
    if (!id)
        return id.error();
    comment.id = id->toLongLong();
    if (auto s = recordAndCommit(tx, actor, dealId, comment.at, history::CommentAdded, {}, text,
                                 Text::tr("Comment: %1").arg(excerpt(text)));
        !s)
        return s.error();
    return comment;
}

// The deal's history row of the change, the commit, and the views told once it is stored.
Status CommentService::recordAndCommit(Transaction &tx, const Actor &actor, Id dealId, const QDateTime &at,
                                       const QString &type, const QString &oldValue, const QString &newValue,
                                       const QString &description)
{
    HistoryEvent event;
    event.dealId = dealId;
    event.at = at;
    event.userId = actor.userId;
    event.type = type;
    event.field = QStringLiteral("comment");
    event.oldValue = oldValue;
    event.newValue = newValue;
    event.description = description;
    if (auto s = HistoryStore(m_db).append(event); !s)
        return s;
    if (auto s = tx.commit(); !s)
        return s;
    m_db.afterCommit([this, dealId] { Q_EMIT commentsChanged(dealId); });
    return {};
}

Status CommentService::remove(const Actor &actor, Id commentId)
{
    auto q = m_db.exec(QStringLiteral("SELECT deal_id, user_id, body FROM deal_comments WHERE id = ?"),
                       { commentId });
    if (!q)
        return q.error();
    if (!q->next())
        return Error::notFound(Text::tr("There is no comment %1.").arg(commentId));
    const Id dealId = q->value(0).toLongLong();
    const bool author = !q->value(1).isNull() && q->value(1).toLongLong() == actor.userId;
    const QString body = q->value(2).toString();
    if (auto s = AccessPolicy(m_db).checkDeal(actor, dealId, !author); !s)
        return s;
    Transaction tx(m_db);
    if (!tx)
        return tx.error();
    if (auto d = m_db.exec(QStringLiteral("DELETE FROM deal_comments WHERE id = ?"), { commentId }); !d)
        return d.error();
    return recordAndCommit(tx, actor, dealId, m_clock.now(), history::CommentRemoved, body, {},
                           Text::tr("Comment removed: %1").arg(excerpt(body)));
}

} // namespace comptoir
