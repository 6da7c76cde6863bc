// SPDX-License-Identifier: GPL-3.0-or-later
#include "dealhead.h"

#include "database.h"
#include "dealtextmatch.h"
#include "search.h"
#include "sqlitebind.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <algorithm>

#include <sqlite3.h>

namespace comptoir {

namespace {

Error headError(sqlite3 *db)
{
    return Error::storage(QCoreApplication::translate("DealQuery", "Cannot list the deals."),
                          QString::fromUtf8(sqlite3_errmsg(db)));
}

// One prepared statement, finalized on every path.
class Statement
{
    Q_DISABLE_COPY_MOVE(Statement)
public:
    Statement(sqlite3 *db, const QString &sql)
    {
        const QByteArray utf8 = sql.toUtf8();
        m_ok = sqlite3_prepare_v2(db, utf8.constData(), int(utf8.size()), &m_stmt, nullptr) == SQLITE_OK;
    }
    ~Statement() { sqlite3_finalize(m_stmt); }
    bool ok() const { return m_ok; }
    sqlite3_stmt *get() const { return m_stmt; }
    bool bind(int index, const QVariant &value) { return bindSqliteValue(m_stmt, index, value) == SQLITE_OK; }

private:
    sqlite3_stmt *m_stmt = nullptr;
    bool m_ok = false;
};

// Sorted and without duplicates.
void settle(QVector<Id> &ids)
{
    if (!std::is_sorted(ids.cbegin(), ids.cend()))
        std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
}

// The ids one statement returns in its first column, sorted for binary search; nothing when the
// head's time ran out.
Result<std::optional<QVector<Id>>> sortedIds(sqlite3 *db, const QString &sql, const QString &term)
{
    Statement stmt(db, sql);
    if (!stmt.ok() || !stmt.bind(1, term))
        return headError(db);
    QVector<Id> ids;
    int rc;
    while ((rc = sqlite3_step(stmt.get())) == SQLITE_ROW)
        ids.append(sqlite3_column_int64(stmt.get(), 0));
    if (rc == SQLITE_INTERRUPT)
        return std::optional<QVector<Id>>();
    if (rc != SQLITE_DONE)
        return headError(db);
    settle(ids);
    return std::optional<QVector<Id>>(std::move(ids));
}

bool holds(const QVector<Id> &sorted, Id id)
{
    return std::binary_search(sorted.cbegin(), sorted.cend(), id);
}

// What one search word finds: the same three ways as searchCondition() (search.cpp), kept
// apart so that a deal is tested against them without joining anything.
struct WordMatches
{
    QVector<Id> deals;     // deal_search
    QVector<Id> companies; // company_search, and companies of matching e-mails and phones
    QVector<Id> contacts;  // contact_search, and contacts of matching e-mails and phones
};

Result<std::optional<WordMatches>> wordMatches(sqlite3 *db, const QString &term)
{
    WordMatches m;
    const struct
    {
        const char *sql;
        QVector<Id> *ids;
    } lists[] = {
        {"SELECT rowid FROM deal_search WHERE deal_search MATCH ?1", &m.deals},
        {"SELECT rowid FROM company_search WHERE company_search MATCH ?1", &m.companies},
        {"SELECT rowid FROM contact_search WHERE contact_search MATCH ?1", &m.contacts},
    };
    for (const auto &list : lists) {
        auto ids = sortedIds(db, QString::fromLatin1(list.sql), term);
        if (!ids)
            return ids.error();
        if (!*ids)
            return std::optional<WordMatches>();
        *list.ids = std::move(**ids);
    }
    // The owners of matching e-mails and phones, companies and contacts in one pass over the
    // channels (they come in rowid order from the index).
    Statement channels(db, QStringLiteral("SELECT ch.company_id, ch.contact_id FROM channel_search "
                                          "JOIN channels ch ON ch.id = channel_search.rowid "
                                          "WHERE channel_search MATCH ?1"));
    if (!channels.ok() || !channels.bind(1, term))
        return headError(db);
    int rc;
    while ((rc = sqlite3_step(channels.get())) == SQLITE_ROW) {
        if (sqlite3_column_type(channels.get(), 0) != SQLITE_NULL)
            m.companies.append(sqlite3_column_int64(channels.get(), 0));
        if (sqlite3_column_type(channels.get(), 1) != SQLITE_NULL)
            m.contacts.append(sqlite3_column_int64(channels.get(), 1));
    }
    if (rc == SQLITE_INTERRUPT)
        return std::optional<WordMatches>();
    if (rc != SQLITE_DONE)
        return headError(db);
    settle(m.companies);
    settle(m.contacts);
    return std::optional<WordMatches>(std::move(m));
}

// The index that gives each walkable sort's order; empty for the id (the table's own order).
const char *walkIndex(DealColumn column)
{
    switch (column) {
    case DealColumn::Created: return "deals_created";
    case DealColumn::Amount: return "deals_amount";
    case DealColumn::Title: return "deals_title";
    case DealColumn::CloseDate: return "deals_close_date";
    case DealColumn::BeginDate: return "deals_begin_date";
    case DealColumn::Id: return "";
    default: return nullptr;
    }
}

// Stops the statements of the head once its time is up (sqlite3_progress_handler), for as long
// as it lives.
class Deadline
{
    Q_DISABLE_COPY_MOVE(Deadline)
public:
    Deadline(sqlite3 *db, int budgetMs) : m_db(db), m_budgetMs(budgetMs)
    {
        m_timer.start();
        sqlite3_progress_handler(m_db, 2000, &Deadline::passed, this);
    }
    ~Deadline() { sqlite3_progress_handler(m_db, 0, nullptr, nullptr); }
    bool isPast() const { return m_timer.elapsed() >= m_budgetMs; }
    bool isHalfPast() const { return 2 * m_timer.elapsed() >= m_budgetMs; }
    qint64 elapsed() const { return m_timer.elapsed(); }

private:
    static int passed(void *self) { return static_cast<Deadline *>(self)->isPast() ? 1 : 0; }
    sqlite3 *m_db;
    qint64 m_budgetMs;
    QElapsedTimer m_timer;
};

// A walk that found nothing in this many rows matches too few deals for the walk to pay: the
// worker's sorted read of those few is the faster way to them.
constexpr int SparseAfter = 2048;

} // namespace

bool dealHeadWalkable(const Database &db, const DealSort &sort)
{
    if (sort.customFieldId != 0)
        return false; // no index holds a custom field's order
    const char *index = walkIndex(sort.column);
    if (!index)
        return false;
    if (!*index)
        return true;
    Statement stmt(db.handle(), QStringLiteral("SELECT 1 FROM sqlite_master WHERE type = 'index' AND name = ?"));
    return stmt.ok() && stmt.bind(1, QString::fromLatin1(index)) && sqlite3_step(stmt.get()) == SQLITE_ROW;
}

Result<qint64> liveDealsUpperBound(const Database &db)
{
    auto q = db.exec(QStringLiteral("SELECT coalesce(sum(deals), 0) FROM stage_totals"));
    if (!q)
        return q.error();
    return q->next() ? q->value(0).toLongLong() : qint64(0);
}

namespace {

// The text of a column of the current row.
QStringView rowText(sqlite3_stmt *row, int column, QString &buffer)
{
    buffer = QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(row, column)),
                               sqlite3_column_bytes(row, column));
    return buffer;
}


QByteArray jsonArray(const QVector<Id> &ids)
{
    QByteArray json;
    json.reserve(ids.size() * 8 + 2);
    json += '[';
    for (qsizetype i = 0; i < ids.size(); ++i) {
        if (i)
            json += ',';
        json += QByteArray::number(ids[i]);
    }
    json += ']';
    return json;
}

// The deals a word reaches: its own, its companies' and its contacts'; nothing when the
// head's time ran out.
Result<std::optional<QVector<Id>>> dealsOf(sqlite3 *db, const WordMatches &word, qsizetype enough)
{
    QVector<Id> deals = word.deals;
    const struct
    {
        const char *sql;
        const QVector<Id> *owners;
    } links[] = {
        {"SELECT id FROM deals WHERE company_id IN (SELECT value FROM json_each(?1)) AND company_id IS NOT NULL",
         &word.companies},
        {"SELECT deal_id FROM deal_contacts WHERE contact_id IN (SELECT value FROM json_each(?1))", &word.contacts},
    };
    for (const auto &link : links) {
        if (link.owners->isEmpty())
            continue;
        Statement stmt(db, QString::fromLatin1(link.sql));
        const QByteArray json = jsonArray(*link.owners);
        if (!stmt.ok() || sqlite3_bind_text(stmt.get(), 1, json.constData(), int(json.size()), SQLITE_TRANSIENT) != SQLITE_OK)
            return headError(db);
        int rc;
        while ((rc = sqlite3_step(stmt.get())) == SQLITE_ROW)
            deals.append(sqlite3_column_int64(stmt.get(), 0));
        if (rc == SQLITE_INTERRUPT)
            return std::optional<QVector<Id>>();
        if (rc != SQLITE_DONE)
            return headError(db);
        if (deals.size() > enough)
            break;
    }
    settle(deals);
    return std::optional<QVector<Id>>(std::move(deals));
}

qsizetype reach(const WordMatches &word)
{
    return word.deals.size() + word.companies.size() + word.contacts.size();
}

} // namespace

Result<DealHead> readDealHead(const Database &database, const Actor &actor, const DealFilter &filter,
                              const DealSort &sort, int limit, int budgetMs, const DealHeadLimits &limits)
{
    sqlite3 *db = database.handle();
    const Deadline deadline(db, budgetMs);

    DealFilter rest = filter;
    rest.search.clear();
    QVariantList values;
    auto where = dealWhereClause(database, actor, rest, values);
    if (!where)
        return where.error();
    QString conditions = *where;
    // The list's amount range keeps off deals_amount (dealfilter.cpp); a walk of that index
    // wants the range as its bounds instead, not as a test of each row from the top.
    if (sort.column == DealColumn::Amount && filter.minAmountMinor) {
        conditions += QStringLiteral(" AND d.amount_minor >= ?");
        values << *filter.minAmountMinor;
    }
    if (sort.column == DealColumn::Amount && filter.maxAmountMinor) {
        conditions += QStringLiteral(" AND d.amount_minor <= ?");
        values << *filter.maxAmountMinor;
    }
    const char *index = sort.customFieldId != 0 ? nullptr : walkIndex(sort.column);
    if (!index)
        return Error::invalid(QStringLiteral("readDealHead: the sort has no index to walk"));

    DealHead head;
    // Words of three letters or more are tested against the ids their full-text indexes give,
    // read once, longest (likely rarest) first; those ids count in the budget. A one-letter
    // word has no prefix index and reaches most of the deals, a two-letter one often a tenth
    // of them: when a longer word narrows the list, such words are tested on the few deals it
    // leaves by their text instead (DealTextMatcher). A two-letter word alone is read by ids.
    QList<WordMatches> words;
    QStringList shortWords;
    QList<QPair<QString, QString>> terms; // folded word, FTS5 term
    for (const QString &term : searchTerms(filter.search))
        terms.append({foldSearchText(QStringView(term).mid(1, term.size() - 3)), term});
    std::stable_sort(terms.begin(), terms.end(), [](const auto &a, const auto &b) { return a.first.size() > b.first.size(); });
    const bool narrowed = !terms.isEmpty() && terms.first().first.size() >= 3;
    for (const auto &[folded, term] : std::as_const(terms)) {
        if (folded.size() < 2 || (folded.size() == 2 && narrowed)) {
            shortWords << folded;
            continue;
        }
        auto matches = wordMatches(db, term);
        if (!matches)
            return matches.error();
        if (!*matches) {
            if (qEnvironmentVariableIsSet("COMPTOIR_HEAD_TRACE"))
                qInfo("head: out of time reading the ids of %s", qPrintable(term));
            return head; // nothing found in time: the worker reads it all
        }
        words << std::move(**matches);
    }
    if (shortWords.size() > DealTextMatcher::MaxWords)
        return head;
    DealTextMatcher text(db, shortWords);
    Statement contactsOf(db, QStringLiteral("SELECT contact_id FROM deal_contacts WHERE deal_id = ?"));
    if (!text.ok() || !contactsOf.ok())
        return headError(db);

    // The deals the rarer words reach, intersected: a deal matches a word only when the word
    // reaches it, so the list is among them.
    std::optional<QVector<Id>> candidates;
    std::sort(words.begin(), words.end(), [](const auto &a, const auto &b) { return reach(a) < reach(b); });
    for (const WordMatches &word : std::as_const(words)) {
        if (reach(word) > limits.wordReach)
            break;
        if (candidates && candidates->size() <= limits.sortWhole)
            break; // few enough already
        auto deals = dealsOf(db, word, limits.candidateDeals);
        if (!deals)
            return deals.error();
        if (!*deals) {
            if (qEnvironmentVariableIsSet("COMPTOIR_HEAD_TRACE"))
                qInfo("head: out of time reading the deals of a word");
            return head;
        }
        if (!candidates) {
            candidates = std::move(**deals);
        } else {
            QVector<Id> both;
            std::set_intersection(candidates->cbegin(), candidates->cend(), (*deals)->cbegin(), (*deals)->cend(),
                                  std::back_inserter(both));
            candidates = std::move(both);
        }
    }
    if (candidates && candidates->size() > limits.candidateDeals)
        candidates.reset();

    // Three ways to the first deals in the list's order: few candidates are read and sorted
    // whole (the head is then the whole list); more are met along the sort index, whose
    // entries alone (a covering walk) say which to read; without candidates each entry's row
    // is read and tested.
    const QString columns = QStringLiteral("d.id, d.company_id, d.currency, d.amount_minor, d.title, d.comment");
    const QString from = *index ? QStringLiteral("deals d INDEXED BY ") + QLatin1String(index)
                                : QStringLiteral("deals d NOT INDEXED");
    const bool sortWhole = candidates && candidates->size() <= limits.sortWhole;
    const bool preTest = candidates && !sortWhole;
    QString sql;
    QByteArray driving;
    if (sortWhole) {
        driving = jsonArray(*candidates);
        // json_each first (CROSS JOIN): the sort index would otherwise be walked whole.
        sql = QStringLiteral("SELECT %1 FROM json_each(?1) j CROSS JOIN deals d ON d.id = j.value WHERE %2 ORDER BY %3")
                  .arg(columns, conditions, dealOrderBy(sort));
    } else {
        sql = QStringLiteral("SELECT %1 FROM %2 WHERE %3 ORDER BY %4")
                  .arg(preTest ? QStringLiteral("d.id") : columns, from, conditions, dealOrderBy(sort));
    }
    Statement walk(db, sql);
    bool bound = walk.ok();
    int first = 1;
    if (bound && sortWhole) {
        bound = sqlite3_bind_text(walk.get(), 1, driving.constData(), int(driving.size()), SQLITE_TRANSIENT) == SQLITE_OK;
        first = 2;
    }
    for (int i = 0; bound && i < values.size(); ++i)
        bound = walk.bind(i + first, values[i]);
    Statement rowOf(db, QStringLiteral("SELECT %1 FROM deals d WHERE d.id = ?").arg(columns));
    if (!bound || !rowOf.ok())
        return headError(db);

    QVector<Id> contacts;
    QString title;
    QString comment;
    // Whether the deal of this row (columns as above) holds every word.
    const auto matches = [&](sqlite3_stmt *row) {
        const Id id = sqlite3_column_int64(row, 0);
        const bool hasCompany = sqlite3_column_type(row, 1) != SQLITE_NULL;
        const Id company = sqlite3_column_int64(row, 1);
        bool contactsRead = false;
        for (const WordMatches &word : std::as_const(words)) {
            if (holds(word.deals, id) || (hasCompany && holds(word.companies, company)))
                continue;
            if (!contactsRead && !word.contacts.isEmpty()) {
                contactsRead = true;
                contacts.clear();
                sqlite3_reset(contactsOf.get());
                sqlite3_bind_int64(contactsOf.get(), 1, id);
                while (sqlite3_step(contactsOf.get()) == SQLITE_ROW)
                    contacts.append(sqlite3_column_int64(contactsOf.get(), 0));
            }
            if (!std::any_of(contacts.cbegin(), contacts.cend(),
                             [&word](Id contact) { return holds(word.contacts, contact); }))
                return false;
        }
        return text.isEmpty()
            || text.matches(id, rowText(row, 4, title), rowText(row, 5, comment), hasCompany ? company : 0);
    };

    int rc;
    qint64 walked = 0;
    while ((rc = sqlite3_step(walk.get())) == SQLITE_ROW) {
        ++walked;
        // Half of the limit is a screenful and more: past half the budget, that is enough for
        // a walk (the worker brings the rest); the candidates sorted whole are read to the end.
        if (walked % 256 == 0
            && (deadline.isPast() || (!candidates && walked >= SparseAfter && head.ids.isEmpty())
                || (!sortWhole && head.ids.size() >= limit / 2 && deadline.isHalfPast())))
            break;
        sqlite3_stmt *row = walk.get();
        if (preTest) {
            const Id id = sqlite3_column_int64(row, 0);
            if (!holds(*candidates, id))
                continue;
            sqlite3_reset(rowOf.get());
            sqlite3_bind_int64(rowOf.get(), 1, id);
            if (sqlite3_step(rowOf.get()) != SQLITE_ROW)
                continue;
            row = rowOf.get();
        }
        if (!matches(row))
            continue;
        head.ids.append(sqlite3_column_int64(row, 0));
        ++head.summary.count;
        const QString currency = QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(row, 2)),
                                                   sqlite3_column_bytes(row, 2));
        head.summary.totals[currency] += sqlite3_column_int64(row, 3);
        // Few candidates sorted whole: the head reads the whole list if it has the time.
        if (!sortWhole && head.ids.size() >= limit)
            break;
    }
    if (qEnvironmentVariableIsSet("COMPTOIR_HEAD_TRACE"))
        qInfo("head: %d words, %d short, %lld candidates, %s, walked %lld, found %d, rc %d, %lld ms", int(words.size()),
              int(shortWords.size()), candidates ? qint64(candidates->size()) : qint64(-1),
              sortWhole ? "sorted whole" : preTest ? "covering walk" : "walk", walked, int(head.ids.size()), rc,
              deadline.elapsed());
    if (rc != SQLITE_ROW && rc != SQLITE_DONE && rc != SQLITE_INTERRUPT)
        return headError(db);
    // Only a walk that ran to its end read the whole list; one stopped at `limit` may have
    // had nothing after it, but that is the worker's to tell.
    head.complete = rc == SQLITE_DONE;
    if (!head.complete)
        head.summary = DealSummary{};
    return head;
}

} // namespace comptoir
